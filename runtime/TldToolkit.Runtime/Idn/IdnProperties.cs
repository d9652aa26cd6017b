using System.Runtime.CompilerServices;
using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn;

/// <summary>
/// Reads <see cref="IdnPropertyTable"/>: one lookup gives what the UTS #46 checks ask of a code point
/// (status valid or deviation, quick NFC, Bidi_Class) instead of one binary search per property.
/// </summary>
internal static class IdnProperties
{
    /// <summary>UTS #46 status valid.</summary>
    public const int Valid = IdnPropertyTable.Valid;
    /// <summary>UTS #46 status deviation.</summary>
    public const int Deviation = IdnPropertyTable.Deviation;
    /// <summary>NFC_Quick_Check=Yes with canonical combining class 0 (text of only such code points is NFC).</summary>
    public const int QuickNfc = IdnPropertyTable.QuickNfc;

    /// <summary>The property bits of <paramref name="codePoint"/> (0 to U+10FFFF; a lone surrogate code point reads as unassigned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Get(int codePoint)
    {
        int index = (IdnPropertyTable.Top[codePoint >> IdnPropertyTable.TopShift] << IdnPropertyTable.IndexShift)
            | ((codePoint >> IdnPropertyTable.BlockShift) & ((1 << IdnPropertyTable.IndexShift) - 1));
        return IdnPropertyTable.Data[IdnPropertyTable.Offsets[index] + (codePoint & ((1 << IdnPropertyTable.BlockShift) - 1))];
    }

    /// <summary>The Bidi_Class held in property bits from <see cref="Get"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BidiClass BidiClassOf(int properties) => (BidiClass)(properties >> IdnPropertyTable.BidiShift);

    /// <summary>True when the property bits say the code point maps to itself and passes V7: valid, or a deviation when nontransitional.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAllowed(int properties, bool transitional) =>
        (properties & (transitional ? Valid : Valid | Deviation)) != 0;
}
