using TldToolkit.Validation;

namespace TldToolkit.Domains;

/// <summary>Syntax checks shared by ASCII labels and the U-label form of IDN labels.</summary>
internal static class LdhLabel
{
    private const int MaxReportedCharacters = 10;

    public static bool IsLdh(int c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';

    /// <summary>Leading/trailing hyphen and "--" in positions 3–4 (allowed only for the xn-- A-label prefix).</summary>
    public static void CheckHyphens(ReadOnlySpan<char> label, bool isALabel, ref ErrorCollector errors, string path)
    {
        if (label.Length > 0 && (label[0] == '-' || label[^1] == '-'))
            errors.Add(ErrorCodes.LabelHyphenEdge, path, arguments: new ErrorArguments { Value = ErrorValues.Safe(label) });
        if (!isALabel && label.Length >= 4 && label[2] == '-' && label[3] == '-')
            errors.Add(ErrorCodes.LabelHyphen34, path, arguments: new ErrorArguments { Value = ErrorValues.Safe(label) });
    }

    /// <summary>One <see cref="ErrorCodes.LabelInvalidCharacter"/> per distinct offending code point (at most ten).</summary>
    public static void ReportInvalidCharacters(ReadOnlySpan<char> label, Func<int, bool> isValid, ref ErrorCollector errors, string path)
    {
        var seen = new List<int>();
        foreach (var rune in label.EnumerateRunes())
        {
            // A lone surrogate enumerates as U+FFFD, which is never valid: it is reported as such.
            if (isValid(rune.Value) || seen.Contains(rune.Value)) continue;
            seen.Add(rune.Value);
            errors.Add(ErrorCodes.LabelInvalidCharacter, path, arguments: new ErrorArguments
            {
                Value = ErrorValues.Character(rune.Value),
                Detail = ErrorValues.Number(rune.Value),
            });
            if (seen.Count == MaxReportedCharacters) break;
        }
    }

    /// <summary>The A-label length against DNS (1–63 octets) and the TLD's own bounds.</summary>
    public static void CheckLength(int octets, Rules.LabelRules rules, ref ErrorCollector errors, string path)
    {
        int min = Math.Max(1, rules.MinLength), max = Math.Min(63, rules.MaxLength);
        if (octets < min)
            errors.Add(ErrorCodes.LabelTooShort, path, arguments: new ErrorArguments { Min = min, Max = max, Actual = octets });
        else if (octets > max)
            errors.Add(ErrorCodes.LabelTooLong, path, arguments: new ErrorArguments { Min = min, Max = max, Actual = octets });
    }
}
