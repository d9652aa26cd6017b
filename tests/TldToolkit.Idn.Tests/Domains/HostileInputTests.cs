using System.Text;
using TldToolkit.Domains;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Idn.Tests.Domains;


/// <summary>Nothing a customer can type makes the checks throw.</summary>
public sealed class HostileInputTests
{
    private static readonly TldRules[] AllModes =
    [
        TestRules.For("com"),
        TestRules.For("de", TestRules.Idn(table: "de", mixedScripts: false, languageTag: true)),
        TestRules.For("eu", TestRules.Idn(IdnMode.Uts46Transitional, scripts: ["Latn", "Grek", "Cyrl"])),
        TestRules.For("xn--p1ai", TestRules.Idn(IdnMode.Idna2008Strict, table: "cyrillic"), unicodeTld: "рф"),
    ];

    // Pieces chosen to hit every branch: controls, bidi overrides, lone surrogates, joiners, marks, full stops, RTL, CJK, emoji.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "-", ".", "xn--", "ß", "ü", "\u0301", "\u200C", "\u200D", "\u202E", "\u202D", "\u2066", "\u0000", "\u001F", "\u007F",
        "\uD800", "\uDC00", "\uD83D\uDE00", "\u3002", "\uFF0E", "\uFF61", "\u05D0", "\u0628", "\u0661", "\u06F1", "\u00B7", "\u0375",
        "\u30FB", "日", "\uFFFD", "\uFEFF", " ", "\t", "\n", "де", "com", "de", "рф", "\u0345", "\uFDD0", "\U0010FFFF", "xn--a", "--",
    ];

    [Fact]
    public void Random_strings_never_throw()
    {
        var random = new Random(20261123);
        var sb = new StringBuilder();
        for (int i = 0; i < 2500; i++)
        {
            sb.Clear();
            int pieces = random.Next(0, 12);
            for (int p = 0; p < pieces; p++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(2) == 0) sb.Append(random.Next(2) == 0 ? ".de" : ".com");
            RunEverything(sb.ToString());
        }
    }

    [Fact]
    public void Random_utf16_code_units_never_throw()
    {
        var random = new Random(46);
        for (int i = 0; i < 1500; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int c = 0; c < chars.Length; c++) chars[c] = (char)random.Next(0, 0x10000);
            RunEverything(new string(chars) + ".de");
        }
    }

    [Theory]
    [InlineData("exa\u0000mple.com")]
    [InlineData("exa\u202Emple.com")]
    [InlineData("\uD800.com")]
    [InlineData("ab\uDC00cd.de")]
    [InlineData("\u202Eed.elpmaxe")]
    public void Control_characters_lone_surrogates_and_bidi_overrides_are_rejected(string input)
    {
        foreach (var rules in AllModes)
        {
            var result = DomainCheckResult.Run(input, rules);
            Assert.False(result.Valid);
            Assert.NotEmpty(result.Errors);
            // Values shown to people spell invisible characters out.
            Assert.All(result.Errors, e => Assert.DoesNotContain('\u202E', e.Arguments.Value ?? ""));
        }
    }

    [Fact]
    public void A_five_megabyte_string_is_refused_quickly()
    {
        string huge = new string('a', 5 * 1024 * 1024) + ".com";
        var error = DomainCheckResult.Run(huge, AllModes[0]).Single(ErrorCodes.DomainTooLong);
        Assert.Equal(huge.Length, error.Arguments.Actual);
        Assert.True(error.Arguments.Value!.Length <= 101);

        // Idna itself has no length cap (UTS #46 has none) but stays linear; Punycode refuses such labels.
        string hugeIdn = new string('ü', 1024 * 1024);
        Assert.True(Idna.ToAscii(hugeIdn, IdnaOptions.Registration).Errors.HasFlag(IdnaErrors.Punycode));
        Assert.False(Idna.ToUnicode(hugeIdn + ".de", IdnaOptions.Registration).Errors.HasFlag(IdnaErrors.Punycode));
        Assert.NotEqual(IdnaErrors.None, Idna.CheckRegistrationLabel(hugeIdn));
        Assert.Null(Punycode.Decode(new string('a', 5 * 1024 * 1024)));
    }

    private static void RunEverything(string input)
    {
        foreach (var rules in AllModes)
        {
            var errors = new ErrorCollector();
            bool valid = DomainChecks.CheckDomain(input, rules, ref errors, out var name, idnLanguage: null);
            Assert.Equal(valid, !errors.HasErrors);
            Assert.NotNull(name.Ascii);
            Assert.NotNull(name.Unicode);
            Assert.NotNull(name.Tld);
        }
        foreach (bool transitional in new[] { false, true })
        {
            var options = IdnaOptions.Registration with { Transitional = transitional };
            Assert.NotNull(Idna.ToAscii(input, options).Value);
            Assert.NotNull(Idna.ToUnicode(input, options).Value);
            Assert.NotNull(Idna.ToAscii(input, default).Value);
        }
        Idna.CheckRegistrationLabel(input);
        Punycode.Decode(input);
        Punycode.Encode(input);
    }
}
