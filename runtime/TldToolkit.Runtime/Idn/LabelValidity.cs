using System.Text;

namespace TldToolkit.Idn;

/// <summary>The validity criteria of UTS #46 section 4.1 (Unicode 17) for one label, except CheckBidi (a whole-name rule).</summary>
internal static class LabelValidity
{
    /// <summary>Checks <paramref name="label"/>; <paramref name="checkNfc"/> for labels decoded from Punycode (others were normalised whole).</summary>
    public static IdnaErrors Check(ReadOnlySpan<char> label, in IdnaOptions options, bool transitional, bool checkNfc)
    {
        var errors = IdnaErrors.None;
        if (label.IsEmpty) return errors;
        if (checkNfc && !Nfc.IsNormalized(label)) errors |= IdnaErrors.NotNfc; // V1
        errors |= CheckHyphens(label, options.CheckHyphens); // V2, V3, V4
        if (label.Contains('.')) errors |= IdnaErrors.LabelSeparator; // V5
        if (Rune.DecodeFromUtf16(label, out var first, out _) == System.Buffers.OperationStatus.Done
            && UnicodeProperties.IsCombiningMark(first.Value))
            errors |= IdnaErrors.LeadingCombiningMark; // V6
        foreach (var rune in label.EnumerateRunes())
        {
            // V7 and U1; a lone surrogate enumerates as U+FFFD, which is disallowed.
            if (!IsAllowed(rune.Value, transitional, options.UseStd3AsciiRules)) { errors |= IdnaErrors.Disallowed; break; }
        }
        if (options.CheckJoiners && !ContextRules.JoinersSatisfied(label)) errors |= IdnaErrors.ContextJ;
        return errors;
    }

    /// <summary>V2 / V3 when CheckHyphens; otherwise V4 (no "xn--" prefix).</summary>
    public static IdnaErrors CheckHyphens(ReadOnlySpan<char> label, bool checkHyphens)
    {
        var errors = IdnaErrors.None;
        if (checkHyphens)
        {
            if (label.Length >= 4 && label[2] == '-' && label[3] == '-') errors |= IdnaErrors.Hyphen34;
            if (label.Length > 0 && (label[0] == '-' || label[^1] == '-')) errors |= IdnaErrors.HyphenEdge;
        }
        else if (label.StartsWith("xn--", StringComparison.Ordinal))
        {
            errors |= IdnaErrors.Hyphen34;
        }
        return errors;
    }

    private static bool IsAllowed(int codePoint, bool transitional, bool std3)
    {
        bool allowed = IdnProperties.IsAllowed(IdnProperties.Get(codePoint), transitional);
        if (allowed && std3 && codePoint < 0x80) allowed = codePoint is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
        return allowed;
    }
}
