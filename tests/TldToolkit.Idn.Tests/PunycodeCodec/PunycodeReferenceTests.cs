namespace TldToolkit.Idn.Tests.PunycodeCodec;

/// <summary>
/// <see cref="Punycode"/> against a plain transcription of RFC 3492 section 6 (overflow checked with the
/// divisions of section 6.4) on random input, so the division-free overflow checks keep the same answers.
/// </summary>
public sealed class PunycodeReferenceTests
{
    private static readonly int[] Repeated = [0xFC, 0x645, 0x644, 0x4E2D, 0x1F600, 'a'];
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700;

    [Fact]
    public void Decoding_random_digit_strings_matches_the_reference()
    {
        var random = new Random(3492);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-zz99AZ";
        var actual = new int[64];
        var expected = new int[64];
        for (int round = 0; round < 200_000; round++)
        {
            var chars = new char[random.Next(1, 16)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            bool ok = Punycode.TryDecode(chars, actual.AsSpan(), out int written);
            bool refOk = ReferenceDecode(chars, expected, out int refWritten);
            Assert.True(ok == refOk, $"{new string(chars)}: ours {ok}, reference {refOk}");
            if (ok) Assert.Equal(expected.AsSpan(0, refWritten).ToArray(), actual.AsSpan(0, written).ToArray());
        }
    }

    [Fact]
    public void Encoding_random_code_points_matches_the_reference()
    {
        var random = new Random(5891);
        var actual = new char[512];
        var expected = new char[512];
        for (int round = 0; round < 100_000; round++)
        {
            var cps = new int[random.Next(1, 12)];
            for (int i = 0; i < cps.Length; i++)
                cps[i] = random.Next(6) switch
                {
                    0 => random.Next(0x20, 0x80), 1 => random.Next(0x80, 0x800), 2 => random.Next(0x800, 0x10000),
                    3 => random.Next(0x10000, 0x110000), _ => Repeated[random.Next(Repeated.Length)], // equal code points
                };
            bool ok = Punycode.TryEncode(cps, actual, out int written);
            bool refOk = ReferenceEncode(cps, expected, out int refWritten);
            Assert.True(ok == refOk, $"{string.Join(",", cps)}: ours {ok}, reference {refOk}");
            if (ok) Assert.Equal(new string(expected, 0, refWritten), new string(actual, 0, written));
        }
        // Near the overflow limit: huge deltas on long inputs.
        var big = Enumerable.Repeat(0x10FFFF, 900).Append(0x80).ToArray();
        Assert.Equal(ReferenceEncode(big, new char[20000], out _), Punycode.TryEncode(big, new char[20000], out _));
    }

    private static int Threshold(int k, int bias) => k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2) { delta /= Base - TMin; k += Base; }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }

    private static int Digit(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : c is >= '0' and <= '9' ? c - '0' + 26 : -1;

    private static bool ReferenceDecode(ReadOnlySpan<char> input, int[] output, out int written)
    {
        written = 0;
        int b = input.LastIndexOf('-'), count = 0;
        if (b > 0)
            foreach (char c in input[..b]) { if (c >= 0x80) return false; output[count++] = c; }
        int n = 0x80, i = 0, bias = 72;
        for (int pos = b > 0 ? b + 1 : 0; pos < input.Length;)
        {
            int oldI = i, w = 1;
            for (int k = Base; ; k += Base)
            {
                if (pos >= input.Length) return false;
                int digit = Digit(input[pos++]);
                if (digit < 0 || digit > (int.MaxValue - i) / w) return false;
                i += digit * w;
                int t = Threshold(k, bias);
                if (digit < t) break;
                if (w > int.MaxValue / (Base - t)) return false;
                w *= Base - t;
            }
            bias = Adapt(i - oldI, count + 1, oldI == 0);
            if (i / (count + 1) > int.MaxValue - n) return false;
            n += i / (count + 1);
            i %= count + 1;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF || count >= output.Length) return false;
            Array.Copy(output, i, output, i + 1, count - i);
            output[i++] = n;
            count++;
        }
        written = count;
        return true;
    }

    private static bool ReferenceEncode(int[] input, char[] output, out int written)
    {
        written = 0;
        int o = 0;
        foreach (int c in input) if (c < 0x80) output[o++] = (char)c;
        int h = o, b = o;
        if (b > 0) output[o++] = '-';
        int n = 0x80, delta = 0, bias = 72;
        while (h < input.Length)
        {
            int m = input.Where(c => c >= n).Min();
            if (m - n > (int.MaxValue - delta) / (h + 1)) return false;
            delta += (m - n) * (h + 1);
            n = m;
            foreach (int c in input)
            {
                if (c < n && ++delta == int.MaxValue) return false;
                if (c != n) continue;
                int q = delta;
                for (int k = Base; ; k += Base)
                {
                    int t = Threshold(k, bias);
                    if (q < t) break;
                    int d = t + (q - t) % (Base - t);
                    output[o++] = (char)(d < 26 ? 'a' + d : '0' + d - 26);
                    q = (q - t) / (Base - t);
                }
                output[o++] = (char)(q < 26 ? 'a' + q : '0' + q - 26);
                bias = Adapt(delta, h + 1, h == b);
                delta = 0;
                h++;
            }
            delta++;
            n++;
        }
        written = o;
        return true;
    }
}
