using System.Runtime.CompilerServices;
using System.Text;

namespace TldToolkit.Idn;

/// <summary>The Bidi rule of RFC 5893 section 2, on one label.</summary>
internal static class BidiRule
{
    private const uint R = 1u << (int)BidiClass.R, AL = 1u << (int)BidiClass.AL, AN = 1u << (int)BidiClass.AN,
        L = 1u << (int)BidiClass.L, EN = 1u << (int)BidiClass.EN, ES = 1u << (int)BidiClass.ES, CS = 1u << (int)BidiClass.CS,
        ET = 1u << (int)BidiClass.ET, ON = 1u << (int)BidiClass.ON, BN = 1u << (int)BidiClass.BN, NSM = 1u << (int)BidiClass.NSM;

    /// <summary>The classes that make a label right-to-left (and its name a "Bidi domain name"): R, AL, AN.</summary>
    public const uint RtlClasses = R | AL | AN;
    private const uint RtlAllowed = R | AL | AN | EN | ES | CS | ET | ON | BN | NSM; // condition 2
    private const uint LtrAllowed = L | EN | ES | CS | ET | ON | BN | NSM; // condition 5

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
        uint classes = 0;
        BidiClass first = BidiClass.L, lastNonNsm = BidiClass.L;
        bool isFirst = true;
        foreach (var rune in label.EnumerateRunes())
        {
            var c = UnicodeProperties.GetBidiClass(rune.Value);
            if (isFirst) { first = lastNonNsm = c; isFirst = false; }
            classes |= 1u << (int)c;
            if (c != BidiClass.NSM) lastNonNsm = c;
        }
        return IsSatisfied(classes, first, lastNonNsm);
    }

    /// <summary>
    /// Conditions 1–6 on a summary of a non-empty label: the set of its Bidi classes as bits
    /// (1 &lt;&lt; class), the class of its first character and that of its last character that is not NSM
    /// (the first character's class when all others are NSM).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSatisfied(uint classes, BidiClass first, BidiClass lastNonNsm)
    {
        uint last = 1u << (int)lastNonNsm;
        if (first is BidiClass.R or BidiClass.AL)
            return (classes & ~RtlAllowed) == 0 // condition 2
                && (last & (R | AL | EN | AN)) != 0 // condition 3
                && (classes & (EN | AN)) != (EN | AN); // condition 4
        if (first == BidiClass.L)
            return (classes & ~LtrAllowed) == 0 // condition 5
                && (last & (L | EN)) != 0; // condition 6
        return false; // condition 1
    }
}
