using System.Text;
using TldToolkit.BuiltIn;
using TldToolkit.Domains;
using TldToolkit.Orders;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>
/// The vectorised and one-lookup rewrites must answer exactly as the straightforward versions they replaced
/// (kept here as reference implementations): host names, e-mail addresses, unsafe text and the catalog's
/// longest-suffix lookup, over hand-picked and random inputs.
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "9", "-", ".", "..", "@", "xn--", "XN--", "bcher-kva", "zzzz", "_", " ", "\t", "\u0000", "\u007F", "\u0085",
        "ü", "ß", "12", "-1", "\u202E", "\u200E", "\uFEFF", "\uD83D\uDE00", "\uD83D", "\uDE00", "!", "#", "~", "+", "'", "`", "{", "é", "1", "com", "net",
    ];

    private static IEnumerable<string> RandomStrings(int seed, int count)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            int pieces = random.Next(0, 12);
            for (int p = 0; p < pieces; p++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            yield return sb.ToString();
        }
    }

    [Fact]
    public void Host_names_match_the_reference()
    {
        string[] known = ["ns1.example.net", "NS1.Example.NET.", "ns1.xn--bcher-kva.example", "xn--80ak6aa92e.com", "a.b", "192.0.2.1", "ns1.xn--.example",
            "ns1.xn--zzzz.example", "xn--.com", "ab.xn--", "a.1-2", "a.12", "a.1a", "a-1.2-3", "r3--sn.example.net", "a.b-", new string('a', 63) + ".net", new string('a', 64) + ".net", "a." + new string('b', 250)];
        foreach (var host in known.Concat(RandomStrings(7, 20000)))
            Assert.True(Reference.IsHost(host) == HostNames.IsValid(host), host);
    }

    [Fact]
    public void Email_addresses_match_the_reference()
    {
        string[] known = ["alex@example.net", "zoe@bücher.example", "a.b@c.de", ".a@b.cd", "a.@b.cd", "a..b@c.de", "a@b", "a@b.123", "a@xn--bcher-kva.de",
            "a@xn--zzzz.de", "a@b.1-2", "a@b.12", "a@b.1x", "ü@example.net", "a@b.ü", "a@1-.de", "a@@b.cd", "a b@c.de", "\uD83D\uDE00@a.de", "a@-b.de", "a@b-.de"];
        var random = RandomStrings(8, 20000).Select(s => s.Replace("..", "@", StringComparison.Ordinal));
        foreach (var value in known.Concat(random))
            Assert.True(Reference.IsEmail(value) == ContactChecks.IsEmail(value), value);
    }

    [Fact]
    public void Every_ascii_character_in_an_address_or_host_name_matches_the_reference()
    {
        for (char c = '\0'; c < 0x80; c++)
        {
            foreach (var value in new[] { $"a{c}b@example.net", $"{c}@example.net", $"ab@ex{c}ample.net", $"ab@example.n{c}", $"ab@example.{c}" })
                Assert.True(Reference.IsEmail(value) == ContactChecks.IsEmail(value), value);
            foreach (var host in new[] { $"ns{c}.example.net", $"{c}.example.net", $"ns1.example.n{c}", $"ns1.example.{c}" })
                Assert.True(Reference.IsHost(host) == HostNames.IsValid(host), host);
        }
    }

    [Fact]
    public void Nameserver_duplicates_are_found_as_before()
    {
        string?[] hosts = ["ns1.example.net", "NS1.EXAMPLE.NET.", "ns1.example.net", "ns2.example.net", "ns1.example.ne", "nſ1.example.net", null, "ns1-.example.net", "ns2.example.net."];
        var errors = new ErrorCollector();
        OrderChecks.CheckNameservers(hosts!, new Rules.NameserverRules { Min = 0, Max = 13 }, ref errors);
        var duplicates = errors.ToResult().Errors.Where(e => e.Code == ErrorCodes.NameserverDuplicate).Select(e => e.Path);
        var expected = new List<string>();
        for (int i = 0; i < hosts.Length; i++)
        {
            if (!HostNames.IsValid(hosts[i])) continue;
            for (int j = 0; j < i; j++)
                if (hosts[j] is { } earlier && HostNames.Equal(earlier, hosts[i]!)) { expected.Add($"nameservers[{i}]"); break; }
        }
        Assert.Equal(expected, duplicates);
        Assert.Equal(["nameservers[1]", "nameservers[2]", "nameservers[8]"], duplicates);
    }

    [Fact]
    public void Phone_numbers_match_the_reference()
    {
        var random = new Random(11);
        const string alphabet = "+.0123456789 -x";
        var sb = new StringBuilder();
        for (int i = 0; i < 50000; i++)
        {
            sb.Clear();
            int length = random.Next(0, 22);
            for (int k = 0; k < length; k++) sb.Append(alphabet[random.Next(k == 0 ? 2 : alphabet.Length)]);
            var value = sb.ToString();
            Assert.True(Reference.IsEppPhone(value) == ContactChecks.IsEppPhone(value), value);
        }
        foreach (var value in new[] { "+1.5555551234", "+01.555", "+1.", "+1234.5", "+12.345678901234567", "+1..2", "+1.2.3", "+.12" })
            Assert.True(Reference.IsEppPhone(value) == ContactChecks.IsEppPhone(value), value);
    }

    [Fact]
    public void Unsafe_text_matches_the_reference()
    {
        var longer = RandomStrings(10, 5000).Select(v => new string('x', 30) + v)
            .Concat(RandomStrings(12, 5000).Select(v => "abcdefgh" + v))
            .Concat(Enumerable.Range(0, 17).SelectMany(n => new[] { new string('a', n) + "\u007F", new string('a', n) + "\u0080" + new string('b', 16 - n), new string('~', n) }));
        foreach (var value in RandomStrings(9, 20000).Concat(longer).Append("").Append(new string('x', 40) + "\u0001"))
            Assert.True(Reference.ContainsUnsafe(value) == SafeText.ContainsUnsafe(value), value);
    }

    [Fact]
    public void Catalog_suffix_lookup_matches_the_reference()
    {
        var catalog = Tlds.Catalog;
        int maxLabels = catalog.Names.Max(n => n.Count(c => c == '.') + 1);
        var names = catalog.Names.ToList();
        var candidates = new List<string> { "", ".", "a", "example.invalid", "au", "x.au", "a.b.c.d.e" };
        foreach (var name in names)
        {
            candidates.AddRange([name, "x." + name, "x.y." + name, name.ToUpperInvariant(), "x." + name + "."]);
            for (int dot = name.IndexOf('.'); dot >= 0; dot = name.IndexOf('.', dot + 1))
                candidates.AddRange([name[(dot + 1)..], "x." + name[(dot + 1)..], "x" + name[dot..]]);
        }
        foreach (var domain in candidates)
        {
            var found = catalog.FindForDomain(domain, out int length);
            var expected = Reference.FindForDomain(catalog, domain, maxLabels, out int expectedLength);
            Assert.True(ReferenceEquals(expected, found), domain);
            Assert.True(expectedLength == length, domain);
        }
    }

    /// <summary>The implementations before the fast paths.</summary>
    private static class Reference
    {
        public static bool IsHost(string? host)
        {
            if (string.IsNullOrEmpty(host) || host.Length > 254) return false;
            var name = host.AsSpan();
            if (name[^1] == '.') name = name[..^1];
            if (name.Length == 0 || name.Length > 253) return false;
            int labels = 0;
            ReadOnlySpan<char> last = default;
            while (true)
            {
                int dot = name.IndexOf('.');
                var label = dot < 0 ? name : name[..dot];
                if (!IsLdhLabel(label)) return false;
                labels++;
                last = label;
                if (dot < 0) break;
                name = name[(dot + 1)..];
            }
            return labels >= 2 && !AllDigits(last);
        }

        private static bool IsLdhLabel(ReadOnlySpan<char> label)
        {
            if (label.Length is 0 or > 63) return false;
            if (label[0] == '-' || label[^1] == '-') return false;
            foreach (var c in label)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
            if (label.Length > 4 && label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
                return HostNames.IsPunycode(label[4..]);
            return label.Length != 4 || !label.Equals("xn--", StringComparison.OrdinalIgnoreCase);
        }

        private static bool AllDigits(ReadOnlySpan<char> label)
        {
            foreach (var c in label)
                if (!char.IsAsciiDigit(c)) return false;
            return true;
        }

        public static bool IsEmail(string value)
        {
            if (value is null) return false;
            var s = value.AsSpan();
            if (s.Length is < 3 or > 254) return false;
            int at = s.IndexOf('@');
            if (at <= 0 || at != s.LastIndexOf('@') || at > 64) return false;
            var local = s[..at];
            if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) return false;
            for (int i = 0; i < local.Length; i++)
            {
                char c = local[i];
                if (c < 0x80)
                {
                    if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c))) return false;
                }
                else if (!IsWordCharacter(local, ref i)) return false;
            }
            var domain = s[(at + 1)..];
            if (domain.Length == 0 || domain[^1] == '.') return false;
            int labels = 0;
            ReadOnlySpan<char> last = default;
            while (true)
            {
                int dot = domain.IndexOf('.');
                var label = dot < 0 ? domain : domain[..dot];
                if (!IsDomainLabel(label)) return false;
                labels++;
                last = label;
                if (dot < 0) break;
                domain = domain[(dot + 1)..];
            }
            if (labels < 2) return false;
            foreach (var c in last)
                if (!char.IsAsciiDigit(c)) return true;
            return false;
        }

        private static bool IsDomainLabel(ReadOnlySpan<char> label)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
            bool ascii = true;
            for (int i = 0; i < label.Length; i++)
            {
                char c = label[i];
                if (char.IsAsciiLetterOrDigit(c) || c == '-') continue;
                if (c < 0x80 || !IsWordCharacter(label, ref i)) return false;
                ascii = false;
            }
            return !ascii || IsLdhLabel(label);
        }

        private static bool IsWordCharacter(ReadOnlySpan<char> s, ref int i)
        {
            if (Rune.DecodeFromUtf16(s[i..], out var rune, out int consumed) != System.Buffers.OperationStatus.Done) return false;
            i += consumed - 1;
            var category = Rune.GetUnicodeCategory(rune);
            return category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsEppPhone(string value)
        {
            if (value is null) return false;
            var s = value.AsSpan();
            if (s.Length < 4 || s.Length > 19 || s[0] != '+') return false;
            int dot = s.IndexOf('.');
            if (dot < 2 || dot > 4 || s[1] == '0') return false;
            for (int i = 1; i < s.Length; i++)
                if (i != dot && !char.IsAsciiDigit(s[i])) return false;
            return s.Length - dot - 1 is >= 1 and <= 14;
        }

        public static bool ContainsUnsafe(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (SafeText.IsUnsafe(c)) return true;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                if (char.IsSurrogate(c)) return true;
            }
            return false;
        }

        public static Catalog.ITldDefinition? FindForDomain(Catalog.TldCatalog catalog, ReadOnlySpan<char> domain, int maxLabels, out int tldLength)
        {
            tldLength = 0;
            if (domain.Length > 0 && domain[^1] == '.') domain = domain[..^1];
            int labels = 0;
            Catalog.ITldDefinition? found = null;
            for (int i = domain.Length - 1; i >= -1 && labels < maxLabels; i--)
            {
                if (i == -1 || domain[i] == '.')
                {
                    labels++;
                    var suffix = domain[(i + 1)..].ToString();
                    // Find trims spaces and dots; a suffix with them is no catalog name.
                    if (suffix.Length > 0 && suffix.Trim().Trim('.') == suffix && catalog.Find(suffix) is { } definition)
                    {
                        found = definition;
                        tldLength = suffix.Length;
                    }
                }
            }
            return found;
        }
    }
}
