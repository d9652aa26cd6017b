using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Domains;

/// <summary>A domain name split into its registrable label and TLD, in A-label and U-label form.</summary>
/// <param name="Ascii">Whole name as A-labels, lower case (xn--fuball-cta.de).</param>
/// <param name="Unicode">Whole name as U-labels (fußball.de).</param>
/// <param name="Tld">The TLD part in ASCII (de, com.au).</param>
public readonly record struct DomainName(string Ascii, string Unicode, string Tld)
{
    /// <summary>The registrable label in ASCII (A-label when an IDN).</summary>
    public ReadOnlySpan<char> AsciiLabel => Ascii.AsSpan(0, Math.Max(0, Ascii.Length - Tld.Length - 1));
}

/// <summary>Checks the domain of an order against a TLD's label and IDN rules.</summary>
public static class DomainChecks
{
    /// <summary>
    /// Normalises <paramref name="input"/> (trim, case fold, full-width and ideographic full stops),
    /// checks that it is exactly one registrable label under <paramref name="rules"/>' TLD (or an
    /// alias) and that the label meets the TLD's syntax and IDN rules. Errors go to path "domain".
    /// Returns true and the parsed name when the domain is valid. Never throws.
    /// </summary>
    public static bool CheckDomain(string? input, TldRules rules, ref ErrorCollector errors, out DomainName name, string? idnLanguage = null)
        => throw new NotImplementedException("IDN/domain work in progress (issue 4)");
}
