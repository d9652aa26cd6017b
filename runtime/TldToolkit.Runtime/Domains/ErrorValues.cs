using System.Globalization;
using System.Text;

namespace TldToolkit.Domains;

/// <summary>Renders offending input for <see cref="Validation.ErrorArguments.Value"/>: short, and with invisible or hostile characters spelled out.</summary>
internal static class ErrorValues
{
    private const int MaxChars = 100;

    /// <summary>The input, truncated, with controls, format characters (bidi overrides) and lone surrogates shown as U+XXXX.</summary>
    public static string Safe(ReadOnlySpan<char> value)
    {
        var sb = new StringBuilder(Math.Min(value.Length, MaxChars) + 8);
        int shown = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (shown++ >= MaxChars) { sb.Append('…'); break; }
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || IsInvisible(CharUnicodeInfo.GetUnicodeCategory(c))) sb.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A character and its code point: "ł (U+0142)"; invisible characters only as the code point.</summary>
    public static string CodePoint(int codePoint) =>
        IsShowable(codePoint) ? $"{char.ConvertFromUtf32(codePoint)} ({Number(codePoint)})" : Number(codePoint);

    /// <summary>The character itself: "_"; invisible characters as their code point.</summary>
    public static string Character(int codePoint) => IsShowable(codePoint) ? char.ConvertFromUtf32(codePoint) : Number(codePoint);

    /// <summary>"U+005F".</summary>
    public static string Number(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsShowable(int codePoint) =>
        codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) && !IsInvisible(CharUnicodeInfo.GetUnicodeCategory(codePoint));

    private static bool IsInvisible(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;
}
