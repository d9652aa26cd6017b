using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TldToolkit.Validation;

/// <summary>
/// Syntax of nameserver host names: LDH labels of 1–63 characters, at least two labels, at most 253
/// characters, a last label that is not all digits (so "192.0.2.1" is no host name), and "xn--" labels
/// whose Punycode decodes (RFC 3492) to a non-ASCII label. The decoded U-label is not put through the
/// full IDNA2008 rules here; registries check those for their own zone.
/// </summary>
public static class HostNames
{
    /// <summary>True for a syntactically valid host name such as <c>ns1.example.net</c> (a trailing dot is allowed).</summary>
    public static bool IsValid(string? host)
    {
        if (string.IsNullOrEmpty(host) || host.Length > 254) return false;
        int length = host[^1] == '.' ? host.Length - 1 : host.Length;
        if (length == 0 || length > 253) return false;
        var name = host.AsSpan(0, length);
        if (length <= 16 && Vector128.IsHardwareAccelerated) return IsValidShort(name);
        return ScanLdhName(name) == 1;
    }

    /// <summary>
    /// One pass over a name without its final dot: letters, digits and '-' tested by range, each label's
    /// shape at its end; at least two labels, the last not all digits (host names, e-mail domains).
    /// 1 when valid, 0 when not, -1 when it stopped at a non-ASCII character (callers may want to say so).
    /// </summary>
    internal static int ScanLdhName(ReadOnlySpan<char> name)
    {
        int labels = 0, start = 0;
        bool lastAllDigits = true;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                lastAllDigits = false;
            }
            else if (c == '.')
            {
                if (!IsLdhShape(name[start..i])) return 0;
                labels++;
                start = i + 1;
                lastAllDigits = true;
            }
            else if (c == '-')
            {
                lastAllDigits = false;
            }
            else if ((uint)(c - '0') > 9)
            {
                return c >= 0x80 ? -1 : 0;
            }
        }
        if (!IsLdhShape(name[start..])) return 0;
        labels++;
        return labels >= 2 && !lastAllDigits ? 1 : 0;
    }

    internal const byte LocalChar = 1, LabelChar = 2, Digit = 4;

    // Per ASCII character (host names and e-mail addresses): RFC 5322 atext or '.' (LocalChar), letter/digit/hyphen (LabelChar), digit.
    internal static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // space ! " # $ % & ' ( ) * + , - . /
        0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 3, 1, 1,
        // 0-9
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
        // : ; < = > ? @
        0, 0, 0, 1, 0, 1, 0,
        // A-Z
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        // [ \ ] ^ _ `
        0, 0, 0, 1, 1, 1,
        // a-z
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        // { | } ~ DEL
        1, 1, 1, 1, 0,
    ];

    // IsValid for 1-16 characters with bit masks (bit i = character i) from two overlapping vectors: every
    // character a letter, digit, '-' or '.'; no empty label; no '-' at a label's edge; at least one dot; a last
    // label not all digits. A "--" anywhere (maybe an A-label to decode) goes the label-by-label way.
    private static bool IsValidShort(ReadOnlySpan<char> name)
    {
        int length = name.Length;
        uint dots, hyphens, digits, valid;
        if (length >= 8)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name));
            var head = Vector128.LoadUnsafe(ref first);
            var tail = Vector128.LoadUnsafe(ref first, (nuint)(length - 8));
            int shift = length - 8;
            dots = Mask(Vector128.Equals(head, Vector128.Create((ushort)'.')), Vector128.Equals(tail, Vector128.Create((ushort)'.')), shift);
            hyphens = Mask(Vector128.Equals(head, Vector128.Create((ushort)'-')), Vector128.Equals(tail, Vector128.Create((ushort)'-')), shift);
            digits = Mask(Digits(head), Digits(tail), shift);
            valid = Mask(Letters(head), Letters(tail), shift) | digits | hyphens | dots;
        }
        else
        {
            dots = hyphens = digits = valid = 0;
            for (int i = 0; i < length; i++)
            {
                char c = name[i];
                uint bit = 1u << i;
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') valid |= bit;
                else if ((uint)(c - '0') <= 9) { digits |= bit; valid |= bit; }
                else if (c == '-') { hyphens |= bit; valid |= bit; }
                else if (c == '.') { dots |= bit; valid |= bit; }
            }
        }
        uint all = (1u << length) - 1;
        if (valid != all || dots == 0) return false;
        uint starts = ((dots << 1) | 1) & all;          // first character of each label
        uint ends = (dots >> 1) | (1u << (length - 1)); // last character of each label
        if ((dots & (starts | ends)) != 0) return false; // an empty label
        if ((hyphens & (starts | ends)) != 0) return false;
        if ((hyphens & (hyphens >> 1)) != 0) return IsValidCarefully(name);
        uint lastLabel = all & ~((2u << (31 - BitOperations.LeadingZeroCount(dots))) - 1); // after the last dot
        return (digits & lastLabel) != lastLabel;
    }

    private static uint Mask(Vector128<ushort> head, Vector128<ushort> tail, int shift) =>
        head.ExtractMostSignificantBits() | (tail.ExtractMostSignificantBits() << shift);

    private static Vector128<ushort> Letters(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));

    private static Vector128<ushort> Digits(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));

    // The label-by-label check.
    private static bool IsValidCarefully(ReadOnlySpan<char> name)
    {
        int labels = 0, start = 0;
        bool lastAllDigits = true;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') lastAllDigits = false;
            else if (c == '.')
            {
                if (!IsLdhShape(name[start..i])) return false;
                labels++;
                start = i + 1;
                lastAllDigits = true;
            }
            else if (c == '-') lastAllDigits = false;
            else if ((uint)(c - '0') > 9) return false;
        }
        if (!IsLdhShape(name[start..])) return false;
        return ++labels >= 2 && !lastAllDigits;
    }

    /// <summary>Case-insensitive equality ignoring one trailing dot.</summary>
    public static bool Equal(string a, string b) =>
        TrimOneDot(a.AsSpan()).Equals(TrimOneDot(b.AsSpan()), StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="Equal"/> for two names that passed <see cref="IsValid"/> (ASCII letters, digits, '-' and '.').</summary>
    internal static bool EqualValid(string a, string b)
    {
        var x = TrimOneDot(a.AsSpan());
        var y = TrimOneDot(b.AsSpan());
        if (x.Length != y.Length) return false;
        // Among letters, digits, '-' and '.', setting bit 0x20 folds exactly the letters' case.
        for (int i = 0; i < x.Length; i++)
            if ((x[i] | 0x20) != (y[i] | 0x20)) return false;
        return true;
    }

    /// <summary>True for a non-empty span of ASCII letters, digits and inner hyphens, at most 63 long, with valid Punycode after "xn--".</summary>
    internal static bool IsLdhLabel(ReadOnlySpan<char> label) => !label.ContainsAnyExcept(Ldh) && IsLdhShape(label);

    // The rules of an LDH label other than its characters (known to be letters, digits and hyphens).
    internal static bool IsLdhShape(ReadOnlySpan<char> label)
    {
        if (label.Length is 0 or > 63) return false;
        if (label[0] == '-' || label[^1] == '-') return false;
        // "xn--" alone ends with a hyphen; a longer one must be followed by valid Punycode.
        if (label.Length > 4 && label[2] == '-' && label[3] == '-' && (label[0] | 0x20) == 'x' && (label[1] | 0x20) == 'n')
            return IsPunycode(label[4..]);
        return true;
    }

    // SearchValues rather than the *InRange span methods, which allocate in unoptimised (tier-0) code.
    internal static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly System.Buffers.SearchValues<char> Ldh =
        System.Buffers.SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// True when <paramref name="encoded"/> (an A-label without "xn--") decodes under RFC 3492 to a label
    /// with at least one non-ASCII code point, no surrogate and nothing above U+10FFFF. Allocates nothing.
    /// </summary>
    internal static bool IsPunycode(ReadOnlySpan<char> encoded)
    {
        const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;
        int delimiter = encoded.LastIndexOf('-');
        int outputLength = 0;
        var digits = encoded;
        if (delimiter > 0)
        {
            foreach (var c in encoded[..delimiter])
                if (c >= 0x80) return false;
            outputLength = delimiter;
            digits = encoded[(delimiter + 1)..];
        }
        if (digits.IsEmpty) return false; // nothing but basic code points: not a valid A-label

        long n = InitialN, i = 0;
        int bias = InitialBias, position = 0;
        while (position < digits.Length)
        {
            long oldI = i, w = 1;
            for (int k = Base; ; k += Base)
            {
                if (position >= digits.Length) return false;
                int digit = DigitValue(digits[position++]);
                if (digit < 0) return false;
                i += digit * w;
                if (i > int.MaxValue) return false;
                int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t) break;
                w *= Base - t;
                if (w > int.MaxValue) return false;
            }
            outputLength++;
            if (outputLength > 63) return false;
            // Bias adaptation (RFC 3492 section 6.1).
            long delta = oldI == 0 ? (i - oldI) / Damp : (i - oldI) / 2;
            delta += delta / outputLength;
            int kk = 0;
            while (delta > (Base - TMin) * TMax / 2) { delta /= Base - TMin; kk += Base; }
            bias = (int)(kk + (Base - TMin + 1) * delta / (delta + Skew));

            n += i / outputLength;
            i %= outputLength;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF) return false;
            i++;
        }
        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static ReadOnlySpan<char> TrimOneDot(ReadOnlySpan<char> name) =>
        name.Length > 0 && name[^1] == '.' ? name[..^1] : name;
}
