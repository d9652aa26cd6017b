using TldToolkit.Idn;
using TldToolkit.Rules;

namespace TldToolkit.Domains;

/// <summary>Finds which of a TLD's names (ASCII, Unicode, aliases) ends a normalised domain name.</summary>
internal static class DomainSplitter
{
    /// <summary>The matched TLD: its ASCII instance from the rules, its Unicode form and the length of the suffix in the input.</summary>
    public readonly record struct TldMatch(string Ascii, string Unicode, int SuffixLength);

    /// <summary>Longest of the TLD's names that is the whole of <paramref name="name"/> or follows a '.' at its end (ASCII case-insensitive).</summary>
    public static bool TryMatch(ReadOnlySpan<char> name, TldRules rules, out TldMatch match)
    {
        match = default;
        Consider(name, rules.Tld, rules.Tld, rules.UnicodeTld, ref match);
        Consider(name, rules.UnicodeTld, rules.Tld, rules.UnicodeTld, ref match);
        foreach (var alias in rules.Aliases)
            Consider(name, alias, alias, UnicodeOf(alias), ref match);
        return match.Ascii is not null;
    }

    private static void Consider(ReadOnlySpan<char> name, string candidate, string ascii, string unicode, ref TldMatch best)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length <= best.SuffixLength) return;
        if (!name.EndsWith(candidate, StringComparison.OrdinalIgnoreCase)) return;
        if (name.Length > candidate.Length && name[name.Length - candidate.Length - 1] != '.') return;
        best = new TldMatch(ascii, unicode, candidate.Length);
    }

    private static string UnicodeOf(string asciiTld)
    {
        if (!asciiTld.Contains("xn--", StringComparison.OrdinalIgnoreCase)) return asciiTld;
        var result = Idna.ToUnicode(asciiTld, default);
        return result.Succeeded ? result.Value : asciiTld;
    }
}
