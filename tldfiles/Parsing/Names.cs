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
    /// A readable member name from an option's English label ("Canadian citizen" → CanadianCitizen),
    /// falling back to its value; accents folded, other characters separate words.
    /// </summary>
    public static string Member(string label, string value)
    {
        if (IsAscii(label) && IsAscii(value)) return MemberAscii(label, value);
        return MemberSlow(label, value);
    }

    // Member for ASCII label and value (the usual case), with the same result as MemberSlow: the words are
    // collected into one reused char buffer (word ends in a reused list) instead of a string per word,
    // a StringBuilder per step and a list per step; only the result is allocated.
    [System.ThreadStatic]
    private static char[]? t_wordChars;
    [System.ThreadStatic]
    private static List<int>? t_wordEnds;

    private static string MemberAscii(string label, string value)
    {
        var ends = t_wordEnds ??= new List<int>();
        var chars = t_wordChars;
        if (chars is null || chars.Length < label.Length || chars.Length < value.Length)
            chars = t_wordChars = new char[System.Math.Max(256, System.Math.Max(label.Length, value.Length))];

        AsciiWords(label, skipParentheses: true, chars, ends);
        int length = ShortenedLength(chars, ends);
        if (length == 0)
        {
            AsciiWords(label, skipParentheses: false, chars, ends);
            length = ShortenedLength(chars, ends);
        }
        if (length > 0) return Start(new string(chars, 0, length));
        AsciiWords(value, skipParentheses: false, chars, ends);
        length = ends.Count == 0 ? 0 : ends[ends.Count - 1];
        return length > 0 ? Start(new string(chars, 0, length)) : "";
    }

    // WordList (of WithoutParentheses when asked) for ASCII text: the words one after another in chars, each
    // one's end in ends.
    private static void AsciiWords(string text, bool skipParentheses, char[] chars, List<int> ends)
    {
        ends.Clear();
        int length = 0, depth = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (skipParentheses)
            {
                if (c == '(')
                {
                    depth++;
                    continue;
                }
                if (c == ')' && depth > 0)
                {
                    depth--;
                    continue;
                }
                if (depth > 0) continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            {
                chars[length++] = inWord ? c : char.ToUpperInvariant(c);
                inWord = true;
            }
            else if (c == '\'')
            {
                // "Owner's" stays one word.
            }
            else if (inWord)
            {
                ends.Add(length);
                inWord = false;
            }
        }
        if (inWord) ends.Add(length);
    }

    // Shorten over the words in chars/ends: the length of the kept words (a prefix of chars).
    private static int ShortenedLength(char[] chars, List<int> ends)
    {
        int count = ends.Count;
        int kept = 0, length = 0;
        for (int i = 0; i < count; i++)
        {
            int wordLength = ends[i] - (i == 0 ? 0 : ends[i - 1]);
            if (kept > 0 && length + wordLength > MaxMemberLength) break;
            kept++;
            length += wordLength;
        }
        if (kept < count)
        {
            for (int i = kept - 1; i >= 2; i--)
            {
                if (!IsConnective(chars, ends, i)) continue;
                kept = i;
                break;
            }
        }
        while (kept > 1 && IsConnective(chars, ends, kept - 1)) kept--;
        return kept == 0 ? 0 : ends[kept - 1];
    }

    private static readonly string[] ConnectiveList = { "A", "An", "And", "As", "At", "By", "For", "From", "In", "Of", "On", "Or", "The", "To", "With" };

    private static bool IsConnective(char[] chars, List<int> ends, int word)
    {
        int start = word == 0 ? 0 : ends[word - 1];
        int length = ends[word] - start;
        foreach (var connective in ConnectiveList)
        {
            if (connective.Length != length) continue;
            int k = 0;
            while (k < length && chars[start + k] == connective[k]) k++;
            if (k == length) return true;
        }
        return false;
    }

    private static string MemberSlow(string label, string value)
    {
        var fromLabel = Shorten(WordList(WithoutParentheses(label)));
        if (fromLabel.Length == 0) fromLabel = Shorten(WordList(label));
        if (fromLabel.Length > 0) return Start(fromLabel);
        var fromValue = string.Concat(WordList(value));
        return fromValue.Length > 0 ? Start(fromValue) : "";
    }

    private const int MaxMemberLength = 48;

    private static readonly HashSet<string> Connectives = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "A", "An", "And", "As", "At", "By", "For", "From", "In", "Of", "On", "Or", "The", "To", "With",
    };

    /// <summary>Whole words up to <see cref="MaxMemberLength"/> characters, cut at a phrase boundary, not ending on "Of", "And" ...</summary>
    private static string Shorten(List<string> words)
    {
        var kept = new List<string>();
        int length = 0;
        foreach (var word in words)
        {
            if (kept.Count > 0 && length + word.Length > MaxMemberLength) break;
            kept.Add(word);
            length += word.Length;
        }
        if (kept.Count < words.Count)
        {
            // Cut where a phrase ends rather than mid-phrase: before the last "or", "in", "of" ... kept.
            for (int i = kept.Count - 1; i >= 2; i--)
            {
                if (!Connectives.Contains(kept[i])) continue;
                kept.RemoveRange(i, kept.Count - i);
                break;
            }
        }
        while (kept.Count > 1 && Connectives.Contains(kept[kept.Count - 1])) kept.RemoveAt(kept.Count - 1);
        return string.Concat(kept);
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

    /// <summary>Makes every name unique by appending 2, 3, ... to later repeats.</summary>
    private static bool IsAscii(string text)
    {
        foreach (char c in text)
            if (c >= 0x80) return false;
        return true;
    }

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
        if (best is not null && bestDistance <= limit) return best;
        // A truncated or extended name ("maxHorizon" for "maxHorizonYears").
        if (name.Length >= 4)
            foreach (var candidate in candidates)
                if (candidate.StartsWith(name, System.StringComparison.OrdinalIgnoreCase) || name.StartsWith(candidate, System.StringComparison.OrdinalIgnoreCase))
                    return candidate;
        return null;
    }
}
