using System.Diagnostics;
using System.Text.RegularExpressions;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class HostNameAndPatternTests
{
    [Theory]
    [InlineData("ns1.example.net", true)]
    [InlineData("NS1.Example.NET.", true)]
    [InlineData("ns1.xn--bcher-kva.example", true)]   // bücher
    [InlineData("xn--80ak6aa92e.com", true)]          // apple in Cyrillic
    [InlineData("ns.xn--p1ai", true)]                 // .рф
    [InlineData("a.b", true)]
    [InlineData("r3--sn-abc.example.net", true)]      // hyphens 3-4 exist in real host names
    [InlineData("ns1.xn--zzzz.example", false)]       // Punycode that decodes to nothing valid
    [InlineData("ns1.xn--abc-.example", false)]       // ASCII only after decoding
    [InlineData("ns1.xn--.example", false)]
    [InlineData("ns1.bücher.example", false)]         // U-labels must be given as A-labels
    [InlineData("192.0.2.1", false)]
    [InlineData("ns1.example.123", false)]
    [InlineData("localhost", false)]
    [InlineData("ns1..example.net", false)]
    [InlineData(".example.net", false)]
    [InlineData("ns1.example.net..", false)]
    [InlineData("-ns1.example.net", false)]
    [InlineData("ns1-.example.net", false)]
    [InlineData("ns_1.example.net", false)]
    [InlineData(" ns1.example.net", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Host_names(string? host, bool valid) => Assert.Equal(valid, HostNames.IsValid(host));

    [Fact]
    public void Host_name_length_limits()
    {
        var label63 = new string('a', 63);
        Assert.True(HostNames.IsValid(label63 + ".net"));
        Assert.False(HostNames.IsValid(label63 + "a.net"));
        var name253 = string.Join('.', Enumerable.Repeat(new string('a', 49), 5)) + ".net"; // 5*50-1+4 = 253
        Assert.Equal(253, name253.Length);
        Assert.True(HostNames.IsValid(name253));
        Assert.True(HostNames.IsValid(name253 + "."));
        Assert.False(HostNames.IsValid("a" + name253));
    }

    [Theory]
    [InlineData("bcher-kva", true)]
    [InlineData("80ak6aa92e", true)]
    [InlineData("p1ai", true)]
    [InlineData("fuball-cta", true)]
    [InlineData("zzzz", false)]
    [InlineData("abc-", false)]
    [InlineData("99999999999999", false)] // overflow
    public void Punycode(string encoded, bool valid) => Assert.Equal(valid, HostNames.IsPunycode(encoded));

    [Fact]
    public void Punycode_agrees_with_IdnMapping_on_decodable_labels()
    {
        var mapping = new System.Globalization.IdnMapping();
        foreach (var unicode in new[] { "bücher", "fußball", "пример", "例え", "مثال", "ελληνικά", "😀" })
        {
            var ascii = mapping.GetAscii(unicode);
            Assert.StartsWith("xn--", ascii);
            Assert.True(HostNames.IsPunycode(ascii.AsSpan(4)), ascii);
        }
    }

    [Fact]
    public void Host_equality_ignores_case_and_one_trailing_dot()
    {
        Assert.True(HostNames.Equal("NS1.example.net.", "ns1.EXAMPLE.net"));
        Assert.False(HostNames.Equal("ns1.example.net", "ns2.example.net"));
    }

    [Fact]
    public void Patterns_match_the_whole_value()
    {
        var unanchored = Patterns.Create("[0-9]{3}");
        Assert.True(Patterns.IsMatch(unanchored, "123"));
        Assert.False(Patterns.IsMatch(unanchored, "1234"));
        Assert.False(Patterns.IsMatch(unanchored, "x123"));
        Assert.Equal("[0-9]{3}", unanchored.ToString()); // developers see the pattern as written
        var alternation = Patterns.Create("a|ab");
        Assert.True(Patterns.IsMatch(alternation, "ab"));
        var dollar = Patterns.Create("^[0-9]{3}$");
        Assert.False(Patterns.IsMatch(dollar, "123\n"));
        var foreign = new Regex("^[a-z]+$"); // made elsewhere, no timeout
        Assert.True(Patterns.IsMatch(foreign, "abc"));
        Assert.False(Patterns.IsMatch(foreign, "abc\n"));
    }

    [Fact]
    public void An_already_anchored_pattern_is_not_wrapped_again_and_a_fake_wrapper_is()
    {
        var wrapped = Patterns.Create(@"\A(?:^[0-9]{3}$)\z"); // as the generator emits it
        Assert.Equal(@"\A(?:^[0-9]{3}$)\z", wrapped.ToString());
        Assert.True(Patterns.IsMatch(wrapped, "123"));
        Assert.False(Patterns.IsMatch(wrapped, "123\n"));
        Assert.True(Patterns.IsWhollyAnchored(@"\A(?:[()\]]\)(a))\z"));

        // Starts and ends like a wrapper, but the top-level alternation escapes it: wrapped once more.
        var fake = Patterns.Create(@"\A(?:a)|(?:b)\z");
        Assert.False(Patterns.IsWhollyAnchored(@"\A(?:a)|(?:b)\z"));
        Assert.True(Patterns.IsMatch(fake, "a"));
        Assert.False(Patterns.IsMatch(fake, "ax"));
        Assert.False(Patterns.IsMatch(fake, "xb"));

        // A regex built elsewhere, already wrapped and with a timeout, is used as it is.
        var foreign = new Regex(@"\A(?:[a-z]+)\z", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(Patterns.IsMatch(foreign, "abc"));
        Assert.False(Patterns.IsMatch(foreign, "abc1"));
    }

    [Fact]
    public void A_pattern_whose_comment_would_swallow_the_anchors_still_matches_whole_values()
    {
        var commented = Patterns.Create("(?x) [0-9]{3} # three digits");
        Assert.True(Patterns.IsMatch(commented, "123"));
        Assert.False(Patterns.IsMatch(commented, "1234"));
    }

    [Fact]
    public void Localized_text_takes_language_tags()
    {
        var text = new LocalizedText("Legal type", de: "Rechtsform");
        Assert.Equal("Rechtsform", text.Get("DE"));
        Assert.Equal("Rechtsform", text.Get("de-CH"));
        Assert.Equal("Legal type", text.Get("fr"));
        Assert.Equal("Legal type", text.Get((string?)null));
        Assert.Equal("Rechtsform", text.Get(System.Globalization.CultureInfo.GetCultureInfo("de-AT")));
    }

    [Fact]
    public void Catastrophic_patterns_time_out_as_no_match()
    {
        var evil = Patterns.Create("(a+)+b");
        var watch = Stopwatch.StartNew();
        Assert.False(Patterns.IsMatch(evil, new string('a', 4000) + "!"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.False(Patterns.IsMatch(evil, new string('a', 5_000_000)));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u202Eb", "a[U+202E]b")]
    [InlineData("a\u0000b\u001Bc", "a[U+0000]b[U+001B]c")]
    [InlineData("x\u2066y\u2069", "x[U+2066]y[U+2069]")]
    [InlineData("\u0085\u200F", "[U+0085][U+200F]")]
    [InlineData("😀", "😀")]
    [InlineData("مرحبا", "مرحبا")]
    public void SafeText_escapes_what_must_not_be_echoed(string input, string expected) => Assert.Equal(expected, SafeText.ForDisplay(input));

    [Fact]
    public void SafeText_replaces_lone_surrogates()
    {
        Assert.Equal("\uFFFDx\uFFFD", SafeText.ForDisplay("\uD800x\uDC00"));
        Assert.True(SafeText.ContainsUnsafe("a\uD800"));
        Assert.False(SafeText.ContainsUnsafe("a😀"));
    }

    [Fact]
    public void SafeText_cuts_without_splitting_pairs()
    {
        Assert.Equal("abc…", SafeText.ForDisplay("abcdef", 3));
        Assert.Equal("ab…", SafeText.ForDisplay("ab😀", 3));
        Assert.Equal("", SafeText.ForDisplay(null));
        var same = "unchanged";
        Assert.Same(same, SafeText.ForDisplay(same));
        Assert.Equal(81, SafeText.ForDisplay(new string('x', 5_000_000)).Length);
    }
}
