using System.Buffers;
using System.Text;

namespace TldToolkit.Idn;

/// <summary>
/// Punycode (RFC 3492) on spans, with the overflow checks of section 6.4. Works on one label
/// without the "xn--" prefix. Never throws on bad input: the Try methods return false.
/// Both directions are quadratic, so input longer than <see cref="MaxLength"/> is refused.
/// </summary>
public static class Punycode
{
    /// <summary>
    /// The longest input (characters) accepted. A DNS label has at most 63 octets; this leaves
    /// ample room for non-DNS uses while keeping hostile multi-megabyte input cheap to refuse.
    /// </summary>
    public const int MaxLength = 4096;

    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 0x80;
    private const int StackLimit = 256;

    /// <summary>Encodes UTF-16 <paramref name="input"/>; false on lone surrogates, overflow or a too small destination.</summary>
    public static bool TryEncode(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (input.Length > MaxLength) return false;
        int[]? rented = null;
        Span<int> codePoints = input.Length <= StackLimit ? stackalloc int[input.Length] : (rented = ArrayPool<int>.Shared.Rent(input.Length));
        try
        {
            int count = 0;
            for (int i = 0; i < input.Length; i++)
            {
                int c = input[i];
                if (char.IsSurrogate((char)c))
                {
                    if (!char.IsHighSurrogate((char)c) || i + 1 == input.Length || !char.IsLowSurrogate(input[i + 1])) return false;
                    c = char.ConvertToUtf32((char)c, input[++i]);
                }
                codePoints[count++] = c;
            }
            return TryEncode(codePoints[..count], destination, out written);
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Encodes code points; false on overflow, invalid code points or a too small destination.</summary>
    public static bool TryEncode(ReadOnlySpan<int> input, Span<char> destination, out int written)
    {
        written = 0;
        if (input.Length > MaxLength) return false;
        int output = 0;
        foreach (int c in input)
        {
            if ((uint)c > 0x10FFFF) return false;
            if (c < 0x80)
            {
                if (output >= destination.Length) return false;
                destination[output++] = (char)c;
            }
        }
        int basicCount = output, handled = output;
        if (basicCount > 0)
        {
            if (output >= destination.Length) return false;
            destination[output++] = '-';
        }
        int n = InitialN, delta = 0, bias = InitialBias;
        int m = int.MaxValue; // the smallest code point not below n; each pass finds the next one while it counts
        foreach (int c in input)
            if (c >= n && c < m) m = c;
        while (handled < input.Length)
        {
            long grown = delta + (long)(m - n) * (handled + 1); // overflow check of section 6.4, without a division
            if (grown > int.MaxValue) return false;
            delta = (int)grown;
            n = m;
            m = int.MaxValue;
            foreach (int c in input)
            {
                if (c < n)
                {
                    if (++delta == int.MaxValue) return false;
                    continue;
                }
                if (c != n)
                {
                    if (c < m) m = c; // after this pass n becomes n + 1: the next m is the smallest code point above n
                    continue;
                }
                int q = delta;
                for (int k = Base; ; k += Base)
                {
                    int t = Threshold(k, bias);
                    if (q < t) break;
                    if (output >= destination.Length) return false;
                    int quotient = DivideByBaseMinus(q - t, t, out int remainder);
                    destination[output++] = EncodeDigit(t + remainder);
                    q = quotient;
                }
                if (output >= destination.Length) return false;
                destination[output++] = EncodeDigit(q);
                bias = Adapt(delta, handled + 1, handled == basicCount);
                delta = 0;
                handled++;
            }
            delta++;
            n++;
        }
        written = output;
        return true;
    }

    /// <summary>
    /// Decodes <paramref name="input"/> into UTF-16; false on a non-basic code point before the
    /// last delimiter, an invalid digit, overflow, a decoded surrogate or value above U+10FFFF.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> input, Span<char> destination, out int written)
    {
        written = 0;
        if (input.Length > MaxLength) return false;
        int[]? rented = null;
        Span<int> codePoints = input.Length <= StackLimit ? stackalloc int[input.Length] : (rented = ArrayPool<int>.Shared.Rent(input.Length));
        try
        {
            if (!TryDecode(input, codePoints, out int count)) return false;
            int output = 0;
            foreach (int c in codePoints[..count])
            {
                if (!new Rune(c).TryEncodeToUtf16(destination[output..], out int used)) return false;
                output += used;
            }
            written = output;
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes into code points (the output never has more code points than the input has characters).</summary>
    public static bool TryDecode(ReadOnlySpan<char> input, Span<int> destination, out int written)
    {
        written = 0;
        if (input.Length > MaxLength) return false;
        int basicEnd = input.LastIndexOf('-');
        int output = 0;
        if (basicEnd > 0)
        {
            foreach (char c in input[..basicEnd])
            {
                if (c >= 0x80 || output >= destination.Length) return false;
                destination[output++] = c;
            }
        }
        int n = InitialN, i = 0, bias = InitialBias;
        for (int position = basicEnd > 0 ? basicEnd + 1 : 0; position < input.Length;)
        {
            int oldI = i, w = 1;
            for (int k = Base; ; k += Base)
            {
                if (position >= input.Length) return false;
                int digit = DecodeDigit(input[position++]);
                if (digit < 0) return false;
                long sum = i + (long)digit * w; // the overflow checks of section 6.4, without divisions
                if (sum > int.MaxValue) return false;
                i = (int)sum;
                int t = Threshold(k, bias);
                if (digit < t) break;
                long weight = (long)w * (Base - t);
                if (weight > int.MaxValue) return false;
                w = (int)weight;
            }
            bias = Adapt(i - oldI, output + 1, oldI == 0);
            int advance = Math.DivRem(i, output + 1, out i);
            if (advance > int.MaxValue - n) return false;
            n += advance;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) || output >= destination.Length) return false;
            if (output - i <= 16)
            {
                for (int j = output; j > i; j--) destination[j] = destination[j - 1]; // short moves: cheaper than a memmove call
            }
            else
            {
                destination.Slice(i, output - i).CopyTo(destination[(i + 1)..]);
            }
            destination[i++] = n;
            output++;
        }
        written = output;
        return true;
    }

    /// <summary>Encodes a label; null when it cannot be encoded.</summary>
    public static string? Encode(ReadOnlySpan<char> input)
    {
        if (input.Length > MaxLength) return null;
        // A delta below 2^31 needs at most 10 digits (the smallest base - t is 10), plus the basic part and '-'.
        int capacity = input.Length * 11 + 1;
        char[]? rented = null;
        Span<char> buffer = capacity <= 1024 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            return TryEncode(input, buffer, out int written) ? new string(buffer[..written]) : null;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes a label; null when it is not valid Punycode.</summary>
    public static string? Decode(ReadOnlySpan<char> input)
    {
        if (input.Length > MaxLength) return null;
        int capacity = input.Length * 2;
        char[]? rented = null;
        Span<char> buffer = capacity <= 1024 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            return TryDecode(input, buffer, out int written) ? new string(buffer[..written]) : null;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Threshold(int k, int bias) => k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > AdaptLimit)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return k + AdaptTail[delta];
    }

    // The loop in Adapt ends with delta at most ((Base - TMin) * TMax) / 2; its last step for each such delta, precomputed.
    private const int AdaptLimit = ((Base - TMin) * TMax) / 2;
    private static readonly byte[] AdaptTail = BuildAdaptTail();

    private static byte[] BuildAdaptTail()
    {
        var tail = new byte[AdaptLimit + 1];
        for (int delta = 0; delta <= AdaptLimit; delta++) tail[delta] = (byte)((Base - TMin + 1) * delta / (delta + Skew));
        return tail;
    }

    // (value) / (Base - t) and its remainder; t is TMin or TMax for most digits, which the JIT divides by multiplying.
    private static int DivideByBaseMinus(int value, int t, out int remainder)
    {
        uint v = (uint)value, quotient;
        if (t == TMin) quotient = v / (Base - TMin);
        else if (t == TMax) quotient = v / (Base - TMax);
        else quotient = v / (uint)(Base - t);
        remainder = (int)(v - quotient * (uint)(Base - t));
        return (int)quotient;
    }

    private static char EncodeDigit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int DecodeDigit(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };
}
