using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Parsing;

/// <summary>How TLD data names become C# identifiers.</summary>
internal static class Names
{
    /// <summary>"ca" → "Ca", "com.au" → "ComAu", "xn--p1ai" → "XnP1ai"; a leading digit gets "Tld".</summary>
    public static string ClassName(string asciiTld)
    {
        var sb = new StringBuilder();
        foreach (var part in asciiTld.Split('.', '-'))
        {
            if (part.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(part[0]));
            sb.Append(part, 1, part.Length - 1);
        }
        if (sb.Length == 0 || !IsIdentifierStart(sb[0])) sb.Insert(0, "Tld");
        var name = sb.ToString();
        // The name is the prefix of the TLD's types (CaRegisterRequest, CaLegalType, the definition CaTld) and the
        // property on the Tlds class (Tlds.Ca), which may not hide one of that class's own members.
        return ReservedNames.TldsMembers.Contains(name) ? name + "Tld" : name;
    }

    /// <summary>The name of the TLD's definition class: "Ca" → "CaTld". The suffix keeps .contact or .directory from
    /// hiding TldToolkit.Orders.Contact or System.IO.Directory in code that imports the catalog's namespace.</summary>
    public static string DefinitionName(string className) => className + "Tld";

    /// <summary>"legalType" → "LegalType".</summary>
    public static string Pascal(string camel) =>
        camel.Length == 0 ? camel : char.ToUpperInvariant(camel[0]) + camel.Substring(1);

    /// <summary>
    /// The member name of an option that names none, made from its value (never its label, so that editing or
    /// translating a label renames nothing): the ASCII letters and digits, each word capitalised, accents folded
    /// ("CCO" → CCO, "en" → En, "private-company" → PrivateCompany, "1" → Option1); empty when there are none.
    /// </summary>
    public static string MemberFromValue(string value)
    {
        var made = string.Concat(WordList(value));
        return made.Length > 0 ? Start(made) : "";
    }

    private static string Start(string s) => IsIdentifierStart(s[0]) ? s : "Option" + s;

    /// <summary>The ASCII words of a text, each capitalised ("Société générale" → Societe, Generale).</summary>
    private static List<string> WordList(string text)
    {
        string decomposed = text;
        if (!IsAscii(text)) // ASCII text is its own decomposition; Normalize would go through ICU for nothing
        {
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormD);
            }
            catch (System.ArgumentException)
            {
                decomposed = text; // lone surrogates: keep the ASCII letters and digits we can
            }
        }
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 0x80 && char.IsLetterOrDigit(c))
            {
                sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
            else if (c == '\'' || c == '\u2019')
            {
                // "Owner's" stays one word.
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
            if (c >= 0x80) return false;
        return true;
    }

    /// <summary>Makes every name unique by appending 2, 3, ... to later repeats and to names already <paramref name="taken"/>.</summary>
    public static List<string> Uniquify(IEnumerable<string> names, IEnumerable<string>? taken = null)
    {
        var seen = new HashSet<string>(taken ?? new string[0], System.StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var candidate = name;
            for (int i = 2; !seen.Add(candidate); i++) candidate = name + i.ToString(CultureInfo.InvariantCulture);
            result.Add(candidate);
        }
        return result;
    }

    private static bool IsIdentifierStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = System.Math.Min(System.Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.Length];
    }

    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = Distance(name, candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        int limit = System.Math.Max(2, name.Length / 3);
        if (best is not null && bestDistance <= limit) return best;
        // A truncated or extended name ("maxHorizon" for "maxHorizonYears").
        if (name.Length >= 4)
            foreach (var candidate in candidates)
                if (candidate.StartsWith(name, System.StringComparison.OrdinalIgnoreCase) || name.StartsWith(candidate, System.StringComparison.OrdinalIgnoreCase))
                    return candidate;
        return null;
    }
}
