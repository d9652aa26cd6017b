using System.Text;

namespace TldToolkit.Generator.Parsing;

/// <summary>RFC 3492 Punycode for TLD labels (the generator's only IDN need: A-label ⇄ U-label of a TLD).</summary>
internal static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    /// <summary>Encodes a Unicode label (without "xn--"); null on failure.</summary>
    public static string? Encode(string input)
    {
        var codePoints = new System.Collections.Generic.List<int>();
        for (int i = 0; i < input.Length; i++)
        {
            if (char.IsHighSurrogate(input[i]) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(input[i], input[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(input[i]))
            {
                return null;
            }
            else
            {
                codePoints.Add(input[i]);
            }
        }
        var output = new StringBuilder();
        foreach (int cp in codePoints)
            if (cp < 0x80) output.Append((char)cp);
        int b = output.Length, h = b;
        if (b > 0) output.Append('-');
        int n = InitialN, delta = 0, bias = InitialBias;
        while (h < codePoints.Count)
        {
            int m = int.MaxValue;
            foreach (int cp in codePoints)
                if (cp >= n && cp < m) m = cp;
            long d = (long)(m - n) * (h + 1) + delta;
            if (d > int.MaxValue) return null;
            delta = (int)d;
            n = m;
            foreach (int cp in codePoints)
            {
                if (cp < n && ++delta == int.MaxValue) return null;
                if (cp != n) continue;
                int q = delta;
                for (int k = Base; ; k += Base)
                {
                    int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t) break;
                    output.Append(Digit(t + (q - t) % (Base - t)));
                    q = (q - t) / (Base - t);
                }
                output.Append(Digit(q));
                bias = Adapt(delta, h + 1, h == b);
                delta = 0;
                h++;
            }
            delta++;
            n++;
        }
        return output.ToString();
    }

    /// <summary>Decodes a Punycode label (without "xn--"); null on failure.</summary>
    public static string? Decode(string input)
    {
        var output = new System.Collections.Generic.List<int>();
        int basic = input.LastIndexOf('-');
        if (basic < 0) basic = 0;
        for (int j = 0; j < basic; j++)
        {
            if (input[j] >= 0x80) return null;
            output.Add(input[j]);
        }
        int n = InitialN, i = 0, bias = InitialBias;
        for (int pos = basic > 0 ? basic + 1 : 0; pos < input.Length;)
        {
            int oldi = i, w = 1;
            for (int k = Base; ; k += Base)
            {
                if (pos >= input.Length) return null;
                int digit = DigitValue(input[pos++]);
                if (digit < 0) return null;
                long ni = i + (long)digit * w;
                if (ni > int.MaxValue) return null;
                i = (int)ni;
                int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t) break;
                long nw = (long)w * (Base - t);
                if (nw > int.MaxValue) return null;
                w = (int)nw;
            }
            bias = Adapt(i - oldi, output.Count + 1, oldi == 0);
            long nn = n + (long)(i / (output.Count + 1));
            if (nn > 0x10FFFF) return null;
            n = (int)nn;
            i %= output.Count + 1;
            if (n >= 0xD800 && n <= 0xDFFF) return null;
            output.Insert(i, n);
            i++;
        }
        var sb = new StringBuilder();
        foreach (int cp in output) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0' + 26;
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        return -1;
    }
}
