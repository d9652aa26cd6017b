using System.Text;

namespace TldToolkit.Runtime.Tests;

/// <summary>Random and hostile strings for robustness tests (deterministic: fixed seeds).</summary>
internal static class HostileStrings
{
    public static IEnumerable<string> All()
    {
        yield return "";
        yield return " ";
        yield return "\0";
        yield return "\u0000\u0001\u001F\u007F\u0080\u009F";
        yield return "abc\u202Edef";                      // right-to-left override
        yield return "\u2066evil\u2069\u202A\u202B\u202C\u202D";
        yield return "\u200E\u200F\u061C\uFEFF\u2028\u2029";
        yield return "\uD800";                            // lone high surrogate
        yield return "\uDC00abc";                         // lone low surrogate
        yield return "abc\uD83D";                         // cut surrogate pair
        yield return "😀😀😀";
        yield return "раураl.com";                       // Cyrillic + Latin
        yield return "مرحبا-hello-你好";
        yield return "ns1.example.net\r\nX-Injected: 1";
        yield return "{0}{1}{label}{value}%s%n";
        yield return "<script>alert(1)</script>";
        yield return "'; DROP TABLE domains; --";
        yield return new string('a', 300);
        yield return new string('\u202E', 1000);
        yield return string.Concat(Enumerable.Repeat("xn--", 100));
        yield return new string('9', 2_000_000);           // multi-megabyte
        yield return string.Concat(Enumerable.Repeat("a.", 1_000_000));
        var random = new Random(4711);
        for (int n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 80);
            for (int i = 0; i < length; i++)
            {
                builder.Append(random.Next(6) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => (char)random.Next(0x2000, 0x2070),
                    3 => (char)random.Next(0x20, 0x7F),
                    4 => (char)random.Next(0x600, 0x700),
                    _ => (char)random.Next(0, 0x10000),
                });
            }
            yield return builder.ToString();
        }
    }
}
