namespace TldToolkit.Text;

/// <summary>
/// Bidirectional isolation of a value inserted into right-to-left text: U+2068 FIRST STRONG ISOLATE
/// … U+2069 POP DIRECTIONAL ISOLATE, so a domain name, code or English label keeps its own direction
/// and cannot reorder the Arabic sentence around it. The value must already have passed through
/// <see cref="SafeText"/>, which escapes every bidi control a customer typed (U+2068 becomes the text
/// "[U+2068]"): the only isolates in a message are the balanced pairs this class adds, and rendered
/// messages are shown as they are (they are not passed through SafeText again, which would escape them).
/// </summary>
public static class Bidi
{
    /// <summary>U+2068 FIRST STRONG ISOLATE.</summary>
    public const char FirstStrongIsolate = '\u2068';

    /// <summary>U+2069 POP DIRECTIONAL ISOLATE.</summary>
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// Right-to-left wording with every Latin run the wording itself contains (example.com.au, +CC.NNNN,
    /// ASCII, xn--…) isolated: a run starts at an ASCII letter or a '+' before a letter or digit, and takes
    /// letters, digits and . + - – … /. Placeholders (<c>{name}</c>, <c>{0:p:…}</c>) and text already
    /// isolated are left alone, since their values are isolated where they are inserted.
    /// </summary>
    public static string IsolateLatinRuns(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        System.Text.StringBuilder? builder = null;
        int depth = 0, braces = 0, copied = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == FirstStrongIsolate) { depth++; continue; }
            if (c == PopDirectionalIsolate) { if (depth > 0) depth--; continue; }
            if (c == '{') { braces++; continue; }
            if (c == '}') { if (braces > 0) braces--; continue; }
            if (depth > 0 || braces > 0 || !StartsRun(text, i)) continue;
            int end = i + 1;
            while (end < text.Length && InRun(text[end])) end++;
            while (end > i + 1 && text[end - 1] is '.' or '-') end--; // a sentence's full stop stays outside
            builder ??= new System.Text.StringBuilder(text.Length + 16);
            builder.Append(text, copied, i - copied).Append(FirstStrongIsolate).Append(text, i, end - i).Append(PopDirectionalIsolate);
            copied = end;
            i = end - 1;
        }
        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool StartsRun(string text, int i)
    {
        char c = text[i];
        bool start = char.IsAsciiLetter(c) || (c == '+' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]));
        if (!start || i == 0) return start;
        char before = text[i - 1];
        return !(char.IsAsciiLetterOrDigit(before) || before is '-' or '.' or '+' or '_');
    }

    private static bool InRun(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-' or '–' or '…' or '/';

    /// <summary><paramref name="value"/> between U+2068 and U+2069; an empty value stays empty.</summary>
    public static string Isolate(string value) =>
        string.IsNullOrEmpty(value) ? value ?? "" : FirstStrongIsolate + value + PopDirectionalIsolate;
}
