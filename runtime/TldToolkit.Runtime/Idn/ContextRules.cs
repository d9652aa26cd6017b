using System.Text;

namespace TldToolkit.Idn;

/// <summary>The contextual rules of RFC 5892 appendix A (CONTEXTJ A.1–A.2, CONTEXTO A.3–A.9).</summary>
internal static class ContextRules
{
    private const int ZeroWidthNonJoiner = 0x200C, ZeroWidthJoiner = 0x200D;

    /// <summary>True when every ZWNJ / ZWJ in the label meets its rule.</summary>
    public static bool JoinersSatisfied(ReadOnlySpan<char> label)
    {
        if (label.IndexOfAny('\u200C', '\u200D') < 0) return true;
        Span<int> buffer = label.Length <= 256 ? stackalloc int[label.Length] : new int[label.Length];
        var codePoints = ToCodePoints(label, buffer);
        for (int i = 0; i < codePoints.Length; i++)
        {
            int cp = codePoints[i];
            if (cp == ZeroWidthJoiner && !(i > 0 && UnicodeProperties.IsVirama(codePoints[i - 1]))) return false;
            if (cp == ZeroWidthNonJoiner && !ZwnjSatisfied(codePoints, i)) return false;
        }
        return true;
    }

    // A.1: after a virama, or (L|D) T* ZWNJ T* (R|D) by Joining_Type.
    private static bool ZwnjSatisfied(ReadOnlySpan<int> cps, int at)
    {
        if (at > 0 && UnicodeProperties.IsVirama(cps[at - 1])) return true;
        int before = at - 1;
        while (before >= 0 && UnicodeProperties.GetJoiningType(cps[before]) == JoiningType.T) before--;
        if (before < 0 || UnicodeProperties.GetJoiningType(cps[before]) is not (JoiningType.L or JoiningType.D)) return false;
        int after = at + 1;
        while (after < cps.Length && UnicodeProperties.GetJoiningType(cps[after]) == JoiningType.T) after++;
        return after < cps.Length && UnicodeProperties.GetJoiningType(cps[after]) is JoiningType.R or JoiningType.D;
    }

    /// <summary>True when every CONTEXTO code point in the label meets its rule (A.3–A.9).</summary>
    public static bool ContextOSatisfied(ReadOnlySpan<int> cps)
    {
        bool hasArabicIndic = false, hasExtendedArabicIndic = false, hasKanaOrHan = false, hasKatakanaMiddleDot = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            switch (cp)
            {
                case 0x00B7: // A.3 MIDDLE DOT: between two 'l'
                    if (i == 0 || i == cps.Length - 1 || cps[i - 1] != 'l' || cps[i + 1] != 'l') return false;
                    break;
                case 0x0375: // A.4 GREEK LOWER NUMERAL SIGN: followed by Greek
                    if (i == cps.Length - 1 || UnicodeProperties.GetScript(cps[i + 1]) != "Grek") return false;
                    break;
                case 0x05F3 or 0x05F4: // A.5, A.6 HEBREW GERESH / GERSHAYIM: preceded by Hebrew
                    if (i == 0 || UnicodeProperties.GetScript(cps[i - 1]) != "Hebr") return false;
                    break;
                case 0x30FB: // A.7 KATAKANA MIDDLE DOT: label has Hiragana, Katakana or Han
                    hasKatakanaMiddleDot = true;
                    break;
                case >= 0x0660 and <= 0x0669: // A.8
                    hasArabicIndic = true;
                    break;
                case >= 0x06F0 and <= 0x06F9: // A.9
                    hasExtendedArabicIndic = true;
                    break;
            }
            if (cp != 0x30FB && UnicodeProperties.GetScript(cp) is "Hira" or "Kana" or "Hani") hasKanaOrHan = true;
        }
        if (hasKatakanaMiddleDot && !hasKanaOrHan) return false;
        return !(hasArabicIndic && hasExtendedArabicIndic);
    }

    /// <summary>Decodes well-formed UTF-16 into code points (lone surrogates become U+FFFD).</summary>
    public static ReadOnlySpan<int> ToCodePoints(ReadOnlySpan<char> text, Span<int> buffer)
    {
        int count = 0;
        foreach (var rune in text.EnumerateRunes()) buffer[count++] = rune.Value;
        return buffer[..count];
    }
}
