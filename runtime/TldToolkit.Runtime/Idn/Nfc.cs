using System.Text;

namespace TldToolkit.Idn;

/// <summary>
/// NFC through <see cref="string.Normalize()"/> (system ICU), made total: .NET refuses strings with
/// lone surrogates or noncharacters (ArgumentException). Those code points are disallowed in IDNA
/// anyway, so they are replaced with U+FFFD and the caller records the error.
/// </summary>
internal static class Nfc
{
    /// <summary>The NFC form of <paramref name="text"/>; <paramref name="replaced"/> when unnormalisable code points became U+FFFD.</summary>
    public static string Normalize(string text, out bool replaced)
    {
        replaced = false;
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            replaced = true;
            string sanitized = Sanitize(text);
            try { return sanitized.Normalize(NormalizationForm.FormC); }
            catch (ArgumentException) { return sanitized; }
        }
    }

    /// <summary>True when <paramref name="text"/> is in NFC; false also when it cannot be normalised at all.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        if (IsQuickNfc(text)) return true;
        try { return text.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return false; }
    }

    /// <summary>
    /// True when every code point is NFC_QC=Yes with canonical combining class 0 in ranges known to be so
    /// (Latin below U+0300, Latin Extended Additional, Cyrillic letters, Arabic letters and digits,
    /// kana, CJK ideographs, Hangul syllables): such text is NFC without asking ICU. False means "ask".
    /// </summary>
    public static bool IsQuickNfc(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < 0x300) continue;
            if (c is (>= '\u1E00' and <= '\u1EFF') or (>= '\u0400' and <= '\u0482') or (>= '\u0620' and <= '\u064A') or (>= '\u0660' and <= '\u0669')
                or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3'))
                continue;
            return false;
        }
        return true;
    }

    private static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) // lone surrogates enumerate as U+FFFD
        {
            if (IsNoncharacter(rune.Value)) sb.Append('\uFFFD');
            else sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    private static bool IsNoncharacter(int cp) => cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
}
