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
    /// True when every code point is NFC_Quick_Check=Yes with canonical combining class 0 and assigned
    /// in the UCD the tables were built from (<see cref="IdnProperties.QuickNfc"/>): such text is NFC
    /// without asking ICU. False means "ask" (lone surrogates included).
    /// </summary>
    public static bool IsQuickNfc(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (cp < 0x300) continue;
            if (char.IsSurrogate((char)cp))
            {
                if (!char.IsHighSurrogate((char)cp) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                cp = char.ConvertToUtf32((char)cp, text[++i]);
            }
            if ((IdnProperties.Get(cp) & IdnProperties.QuickNfc) == 0) return false;
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
