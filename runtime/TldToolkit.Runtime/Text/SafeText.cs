using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace TldToolkit.Text;

/// <summary>
/// Makes customer input safe to quote back in messages and logs: control characters (C0, DEL, C1),
/// bidirectional embeddings, overrides, isolates and marks, line/paragraph separators and other
/// invisible format characters are shown as <c>[U+202E]</c>; lone surrogates become U+FFFD; long
/// values are cut with an ellipsis, never inside a surrogate pair or an escape.
/// </summary>
public static class SafeText
{
    /// <summary>The default maximum length of a quoted value, in characters before the ellipsis.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>
    /// True for characters that must never be echoed raw: C0 controls, DEL, C1 controls, U+061C,
    /// U+200E/U+200F, U+202A–U+202E, U+2066–U+2069, U+2028/U+2029, U+FEFF, the interlinear
    /// annotation and object replacement controls U+FFF9–U+FFFC.
    /// </summary>
    public static bool IsUnsafe(char c) => c switch
    {
        <= '\u001F' or '\u007F' or (>= '\u0080' and <= '\u009F') => true,
        '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        >= '\uFFF9' and <= '\uFFFC' => true,
        _ => false,
    };

    /// <summary>True when <paramref name="value"/> holds an unsafe character or a lone surrogate (vectorised search).</summary>
    public static bool ContainsUnsafe(ReadOnlySpan<char> value)
    {
        // Printable ASCII is the common case: values of up to 16 characters (names, cities, postal codes) are
        // tested with at most two vector compares, longer ones with one vectorised scan; the set search only
        // sees what follows the first other character.
        int start = value.Length <= 16 ? FirstNotPrintableAscii(value) : value.IndexOfAnyExcept(PrintableAscii);
        if (start < 0) return false;
        value = value[start..];
        while (true)
        {
            int i = value.IndexOfAny(UnsafeOrSurrogate);
            if (i < 0) return false;
            char c = value[i];
            if (IsUnsafe(c)) return true;
            if (!char.IsHighSurrogate(c) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return true;
            value = value[(i + 2)..];
        }
    }

    /// <summary>True for a value of 1-16 characters, all printable ASCII (so nothing unsafe): the common case, answered inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsShortPrintableAscii(string value)
    {
        int length = value.Length;
        if (length is < 4 or > 16 || !Vector128.IsHardwareAccelerated)
            return length is > 0 and <= 16 && FirstNotPrintableAscii(value) < 0;
        var low = Vector128.Create((ushort)0x20);
        var span = Vector128.Create((ushort)(0x7E - 0x20));
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value.AsSpan()));
        if (length < 8)
        {
            // 4-7 characters: the first four and the last four (overlapping) in one vector.
            ref byte bytes = ref Unsafe.As<ushort, byte>(ref first);
            var both = Vector128.Create(Unsafe.ReadUnaligned<ulong>(ref bytes), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (length - 4) * 2)));
            return !Vector128.GreaterThanAny(both.AsUInt16() - low, span);
        }
        return !Vector128.GreaterThanAny(Vector128.LoadUnsafe(ref first) - low, span)
            && !Vector128.GreaterThanAny(Vector128.LoadUnsafe(ref first, (nuint)(length - 8)) - low, span);
    }

    // Index of the first character outside U+0020-U+007E in a value of at most 16 characters, or -1.
    private static int FirstNotPrintableAscii(ReadOnlySpan<char> value)
    {
        if (value.Length >= 8 && Vector128.IsHardwareAccelerated)
        {
            // Two overlapping loads cover 8-16 characters; (c - 0x20) > 0x5E unsigned is "not printable ASCII".
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
            var low = Vector128.Create((ushort)0x20);
            var span = Vector128.Create((ushort)(0x7E - 0x20));
            var head = Vector128.LoadUnsafe(ref first) - low;
            var tail = Vector128.LoadUnsafe(ref first, (nuint)(value.Length - 8)) - low;
            if (!Vector128.GreaterThanAny(head, span) && !Vector128.GreaterThanAny(tail, span)) return -1;
        }
        for (int i = 0; i < value.Length; i++)
            if ((uint)(value[i] - 0x20) > 0x7E - 0x20) return i;
        return -1;
    }

    // SearchValues rather than IndexOfAnyExceptInRange: the latter allocates in unoptimised (tier-0) code.
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(string.Create(0x7F - 0x20, 0, static (span, _) =>
    {
        for (int i = 0; i < span.Length; i++) span[i] = (char)(0x20 + i);
    }));

    private static readonly SearchValues<char> UnsafeOrSurrogate = SearchValues.Create(BuildUnsafeOrSurrogate());

    private static string BuildUnsafeOrSurrogate()
    {
        var builder = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++)
            if (IsUnsafe((char)c) || char.IsSurrogate((char)c)) builder.Append((char)c);
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> made safe for display and cut to at most <paramref name="max"/> characters
    /// (escapes included) plus an ellipsis that marks the cut. Null becomes "". Returns the same instance
    /// when nothing changes.
    /// </summary>
    public static string ForDisplay(string? value, int max = DefaultMaxLength)
    {
        if (value is null) return "";
        if (max < 1) max = 1;
        if (value.Length <= max && !ContainsUnsafe(value)) return value;

        var builder = new StringBuilder(Math.Min(value.Length, max) + 16);
        int shown = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (shown >= max) return builder.Append('…').ToString();
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (shown + 2 > max) return builder.Append('…').ToString();
                builder.Append(c).Append(value[i + 1]);
                i++;
                shown += 2;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
                shown++;
            }
            else if (IsUnsafe(c))
            {
                if (shown + 8 > max) return builder.Append('…').ToString();
                builder.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                shown += 8;
            }
            else
            {
                builder.Append(c);
                shown++;
            }
        }
        return builder.ToString();
    }
}
