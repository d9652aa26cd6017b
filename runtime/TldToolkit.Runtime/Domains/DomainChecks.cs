using TldToolkit.Catalog;
using TldToolkit.Idn;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Domains;

/// <summary>Checks the domain of an order against a TLD's label and IDN rules.</summary>
internal static class DomainChecks
{
    /// <summary>The error path of every problem found here.</summary>
    public const string ErrorPath = "domain";

    private const int MaxNameOctets = 253;

    /// <summary>
    /// Longest input (after trimming) that is processed at all. UTS #46 drops ignorable characters,
    /// so a valid name may be typed longer than 253 characters, but not by this much.
    /// </summary>
    public const int MaxInputLength = 2048;

    /// <summary>
    /// Normalises <paramref name="input"/> (trim, case fold, full-width and ideographic full stops),
    /// checks that it is exactly one registrable label under <paramref name="rules"/>' TLD (or an
    /// alias) and that the label meets the TLD's syntax and IDN rules. Errors go to path "domain".
    /// Returns true and the parsed name when the domain is valid. Never throws.
    /// </summary>
    /// <remarks>
    /// A valid lower-case ASCII name is checked without allocating: <paramref name="name"/> then
    /// reuses <paramref name="input"/> and the rules' own TLD string. In <see cref="IdnMode.Idna2008Strict"/>
    /// only ASCII labels are case-folded; an IDN label must already be a U-label (or A-label).
    /// </remarks>
    public static bool CheckDomain(string? input, TldRules rules, ref ErrorCollector errors, out DomainName name, string? idnLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (input is not null && (TryValidLowerAscii(input, rules, out name) || IdnFastPath.TryValid(input, rules, idnLanguage, out name))) return true;
        int before = errors.Count;
        CheckSlow(input ?? "", rules, idnLanguage, ref errors, out name);
        return errors.Count == before;
    }

    // The hot path: "example.com" under "com" — no allocation, nothing reported.
    private static bool TryValidLowerAscii(string input, TldRules rules, out DomainName name)
    {
        name = default;
        if (input.Length > MaxNameOctets || !Uts46Processor.IsLowerLdhName(input)) return false;
        if (!TryAsciiSuffix(input, rules.Tld, out int labelLength))
        {
            string? alias = null;
            foreach (var candidate in rules.Aliases)
                if (TryAsciiSuffix(input, candidate, out labelLength)) { alias = candidate; break; }
            if (alias is null) return false;
            return TryFinish(input, alias, labelLength, rules.Labels, out name);
        }
        return TryFinish(input, rules.Tld, labelLength, rules.Labels, out name);
    }

    private static bool TryAsciiSuffix(string input, string tld, out int labelLength)
    {
        labelLength = input.Length - tld.Length - 1;
        return labelLength > 0 && input.EndsWith(tld, StringComparison.Ordinal) && input[labelLength] == '.';
    }

    private static bool TryFinish(string input, string tld, int labelLength, LabelRules labels, out DomainName name)
    {
        name = default;
        var label = input.AsSpan(0, labelLength);
        if (label.Contains('.') || label.Length < Math.Max(1, labels.MinLength) || label.Length > Math.Min(63, labels.MaxLength)) return false;
        if (label[0] == '-' || label[^1] == '-' || (label.Length >= 4 && label[2] == '-' && label[3] == '-')) return false;
        name = new DomainName(input, input, tld);
        return true;
    }

    private static void CheckSlow(string input, TldRules rules, string? idnLanguage, ref ErrorCollector errors, out DomainName name)
    {
        name = new DomainName("", "", rules.Tld);
        var trimmed = input.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            errors.Add(ErrorCodes.DomainInvalid, ErrorPath, arguments: new ErrorArguments { Value = "", Detail = "empty" });
            return;
        }
        if (trimmed.Length > MaxInputLength)
        {
            errors.Add(ErrorCodes.DomainTooLong, ErrorPath, arguments: new ErrorArguments { Value = ErrorValues.Safe(trimmed), Max = MaxNameOctets, Actual = trimmed.Length });
            return;
        }

        string normalized = NormalizeDots(trimmed);
        if (!DomainSplitter.TrySplit(normalized, rules, out var tld, out string below))
        {
            errors.Add(ErrorCodes.TldNotSupported, ErrorPath, arguments: new ErrorArguments { Value = ErrorValues.Safe(normalized), Detail = $"not a name under .{rules.Tld}" });
            return;
        }
        if (below.Length == 0 || below.Contains('.'))
        {
            errors.Add(ErrorCodes.DomainNotRegistrable, ErrorPath, arguments: new ErrorArguments
            {
                Value = ErrorValues.Safe(normalized),
                Detail = $"expected exactly one label before .{rules.Tld}",
            });
            return;
        }

        CheckLabel(below, rules, idnLanguage, ref errors, out string aLabel, out string uLabel);
        int total = aLabel.Length + 1 + tld.Ascii.Length;
        if (total > MaxNameOctets)
            errors.Add(ErrorCodes.DomainTooLong, ErrorPath, arguments: new ErrorArguments { Value = ErrorValues.Safe(normalized), Max = MaxNameOctets, Actual = total });
        name = new DomainName(aLabel + "." + tld.Ascii, uLabel + "." + tld.Unicode, tld.Ascii);
    }

    private static void CheckLabel(string label, TldRules rules, string? idnLanguage, ref ErrorCollector errors, out string aLabel, out string uLabel)
    {
        bool isIdn = !System.Text.Ascii.IsValid(label) || label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase);
        if (!isIdn)
        {
            aLabel = uLabel = label.ToLowerInvariant(); // ASCII: DNS labels are case-insensitive
            LdhLabel.ReportInvalidCharacters(aLabel, LdhLabel.IsLdh, ref errors, ErrorPath);
            LdhLabel.CheckHyphens(aLabel, isALabel: false, ref errors, ErrorPath);
        }
        else if (!rules.Labels.Idn.Supported)
        {
            aLabel = uLabel = label;
            errors.Add(ErrorCodes.IdnNotSupported, ErrorPath, arguments: new ErrorArguments { Value = ErrorValues.Safe(label) });
            return;
        }
        else
        {
            IdnLabelCheck.Check(label, rules, idnLanguage, ref errors, ErrorPath, out aLabel, out uLabel);
        }
        LdhLabel.CheckLength(aLabel.Length, rules.Labels, ref errors, ErrorPath);
    }

    private static string NormalizeDots(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 512 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++) buffer[i] = TldCatalog.IsDot(name[i]) ? '.' : name[i];
        // A fully qualified name ends with the root's dot; it is not part of the registrable name.
        if (buffer.Length > 1 && buffer[^1] == '.') buffer = buffer[..^1];
        return new string(buffer);
    }
}
