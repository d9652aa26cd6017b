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
        return sb.ToString();
    }

    /// <summary>"legalType" → "LegalType".</summary>
    public static string Pascal(string camel) =>
        camel.Length == 0 ? camel : char.ToUpperInvariant(camel[0]) + camel.Substring(1);

    /// <summary>
    /// A readable member name from an option's English label ("Canadian citizen" → CanadianCitizen),
    /// falling back to its value; accents folded, other characters separate words.
    /// </summary>
    public static string Member(string label, string value)
    {
        var fromLabel = Words(WithoutParentheses(label));
        if (fromLabel.Length == 0) fromLabel = Words(label);
        if (fromLabel.Length > 0 && fromLabel.Length <= 48) return Start(fromLabel);
        var fromValue = Words(value);
        if (fromValue.Length > 0) return Start(fromValue);
        return fromLabel.Length > 0 ? Start(fromLabel) : "";
    }

    /// <summary>"Trademark registered in Canada (holder may be foreign)" → "Trademark registered in Canada ".</summary>
    private static string WithoutParentheses(string text)
    {
        var sb = new StringBuilder();
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Start(string s) => IsIdentifierStart(s[0]) ? s : "Option" + s;

    private static string Words(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        bool upperNext = true;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 0x80 && char.IsLetterOrDigit(c))
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else if (c == '\'' || c == '\u2019')
            {
                // "Owner's" stays one word.
            }
            else
            {
                upperNext = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Makes every name unique by appending 2, 3, ... to later repeats.</summary>
    public static List<string> Uniquify(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
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
        return best is not null && bestDistance <= limit ? best : null;
    }
}
