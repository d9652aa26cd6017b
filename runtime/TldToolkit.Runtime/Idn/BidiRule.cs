using System.Text;

namespace TldToolkit.Idn;

/// <summary>The Bidi rule of RFC 5893 section 2, on one label.</summary>
internal static class BidiRule
{
    /// <summary>True when the label has a character of Bidi_Class R, AL or AN (which makes the whole name a "Bidi domain name").</summary>
    public static bool HasRtl(ReadOnlySpan<char> label)
    {
        foreach (var rune in label.EnumerateRunes())
            if (UnicodeProperties.GetBidiClass(rune.Value) is BidiClass.R or BidiClass.AL or BidiClass.AN) return true;
        return false;
    }

    /// <summary>True when the label satisfies conditions 1–6. An empty label passes (emptiness is checked elsewhere).</summary>
    public static bool IsSatisfied(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty) return true;
        Rune.DecodeFromUtf16(label, out var first, out _);
        var firstClass = UnicodeProperties.GetBidiClass(first.Value);
        bool rtl;
        if (firstClass is BidiClass.R or BidiClass.AL) rtl = true;
        else if (firstClass == BidiClass.L) rtl = false;
        else return false; // condition 1

        bool hasEn = false, hasAn = false;
        BidiClass lastNonNsm = firstClass;
        foreach (var rune in label.EnumerateRunes())
        {
            var c = UnicodeProperties.GetBidiClass(rune.Value);
            bool allowed = rtl
                ? c is BidiClass.R or BidiClass.AL or BidiClass.AN or BidiClass.EN or BidiClass.ES or BidiClass.CS
                    or BidiClass.ET or BidiClass.ON or BidiClass.BN or BidiClass.NSM // condition 2
                : c is BidiClass.L or BidiClass.EN or BidiClass.ES or BidiClass.CS or BidiClass.ET or BidiClass.ON
                    or BidiClass.BN or BidiClass.NSM; // condition 5
            if (!allowed) return false;
            hasEn |= c == BidiClass.EN;
            hasAn |= c == BidiClass.AN;
            if (c != BidiClass.NSM) lastNonNsm = c;
        }
        if (rtl)
        {
            if (lastNonNsm is not (BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN)) return false; // condition 3
            if (hasEn && hasAn) return false; // condition 4
            return true;
        }
        return lastNonNsm is BidiClass.L or BidiClass.EN; // condition 6
    }
}
