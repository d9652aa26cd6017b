using TldToolkit.Idn;
using TldToolkit.Rules;

namespace TldToolkit.Domains;

/// <summary>Finds which of a TLD's names (ASCII, Unicode, aliases) ends a normalised domain name.</summary>
internal static class DomainSplitter
{
    /// <summary>The matched TLD: its ASCII instance from the rules, its Unicode form and the length of the suffix in the input.</summary>
    public readonly record struct TldMatch(string Ascii, string Unicode, int SuffixLength);

    private const int MaxTldLabels = 4;

    /// <summary>
    /// Splits <paramref name="name"/> into the part below the TLD and the TLD. A TLD typed with
    /// mappable characters ("ＤＥ", "COM") is found through UTS #46 mapping of the suffix alone, so
    /// the registrable part is never mapped here (strict IDNA2008 must see it as typed).
    /// </summary>
    public static bool TrySplit(string name, TldRules rules, out TldMatch match, out string below)
    {
        below = "";
        if (TryMatch(name, rules, out match))
        {
            below = name[..Math.Max(0, name.Length - match.SuffixLength - 1)];
            return true;
        }
        int start = name.Length;
        for (int labels = 0; labels < MaxTldLabels && start > 0; labels++)
        {
            int dot = name.LastIndexOf('.', start - 1);
            start = dot + 1;
            string mapped = Idna.ToUnicode(name[start..], default).Value;
            if (TryMatch(mapped, rules, out match) && match.SuffixLength == mapped.Length)
            {
                below = dot < 0 ? "" : name[..dot];
                return true;
            }
            start = dot;
        }
        match = default;
        return false;
    }

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
