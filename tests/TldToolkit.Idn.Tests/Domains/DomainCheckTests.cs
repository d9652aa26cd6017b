using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Idn.Tests.Domains;

public sealed class DomainCheckTests
{
    private static readonly TldRules De = TestRules.For("de", TestRules.Idn(table: "de"));
    private static readonly TldRules Com = TestRules.For("com");

    [Fact]
    public void A_lower_case_ascii_name_is_valid_and_reuses_the_strings()
    {
        const string input = "example.com";
        var result = DomainCheckResult.Run(input, Com);
        Assert.True(result.Valid);
        Assert.Empty(result.Errors);
        Assert.Same(input, result.Name.Ascii);
        Assert.Same(input, result.Name.Unicode);
        Assert.Same(Com.Tld, result.Name.Tld);
        Assert.Equal("example", result.Name.AsciiLabel.ToString());
    }

    [Fact]
    public void Typed_names_are_trimmed_case_folded_and_accept_full_width_and_ideographic_dots()
    {
        foreach (var input in new[] { "  Example.COM ", "example\u3002com", "example\uFF0Ecom", "example\uFF61com", "example.com." })
        {
            var result = DomainCheckResult.Run(input, Com);
            Assert.True(result.Valid, input);
            Assert.Equal("example.com", result.Name.Ascii);
            Assert.Same(Com.Tld, result.Name.Tld);
        }
    }

    public static TheoryData<string, IdnRules> GermanConfigurations => new()
    {
        { "nontransitional, no repertoire", TestRules.Idn() },
        { "nontransitional, German table", TestRules.Idn(table: "de") },
        { "nontransitional, Latin table", TestRules.Idn(table: "latin") },
        { "nontransitional, Latin script, no mixing", TestRules.Idn(scripts: ["Latn"], mixedScripts: false) },
        { "nontransitional, ranges", TestRules.Idn(ranges: [new CodePointRange(0xDF, 0xDF), new CodePointRange(0xE4, 0xFC)]) },
        { "strict IDNA2008", TestRules.Idn(IdnMode.Idna2008Strict, table: "de") },
    };

    [Theory]
    [MemberData(nameof(GermanConfigurations))]
    public void Fussball_de_becomes_its_A_label(string configuration, IdnRules idn)
    {
        var result = DomainCheckResult.Run("fußball.de", TestRules.For("de", idn));
        Assert.True(result.Valid, configuration + ": " + string.Join(", ", result.Errors));
        Assert.Equal("xn--fuball-cta.de", result.Name.Ascii);
        Assert.Equal("fußball.de", result.Name.Unicode);
        Assert.Equal("de", result.Name.Tld);
    }

    [Fact]
    public void The_A_label_form_is_accepted_and_decoded()
    {
        var result = DomainCheckResult.Run("XN--FUBALL-CTA.DE", De);
        Assert.True(result.Valid, string.Join(", ", result.Errors));
        Assert.Equal("xn--fuball-cta.de", result.Name.Ascii);
        Assert.Equal("fußball.de", result.Name.Unicode);
    }

    [Fact]
    public void Transitional_processing_maps_sharp_s_to_ss()
    {
        var transitional = DomainCheckResult.Run("Fußball.de", TestRules.For("de", TestRules.Idn(IdnMode.Uts46Transitional)));
        Assert.True(transitional.Valid);
        Assert.Equal("fussball.de", transitional.Name.Ascii);

        var nontransitional = DomainCheckResult.Run("Fußball.de", TestRules.For("de", TestRules.Idn(IdnMode.Uts46Nontransitional)));
        Assert.True(nontransitional.Valid);
        Assert.Equal("xn--fuball-cta.de", nontransitional.Name.Ascii);
    }

    [Fact]
    public void Strict_mode_rejects_input_that_needs_mapping()
    {
        var strict = TestRules.For("de", TestRules.Idn(IdnMode.Idna2008Strict));
        // Upper case inside an IDN label: IDNA2008 has no mapping, 'F' and 'Ü' are DISALLOWED.
        var upper = DomainCheckResult.Run("FÜßball.de", strict);
        Assert.False(upper.Valid);
        Assert.Contains(upper.Errors, e => e.Code == ErrorCodes.LabelInvalidCharacter && e.Arguments.Value == "Ü" && e.Arguments.Detail == "U+00DC");
        // A decomposed ü (u + combining diaeresis) is not NFC: UTS #46 would normalise it, strict mode must not.
        var decomposed = DomainCheckResult.Run("mu\u0308ller.de", strict);
        Assert.Contains("NotNfc", decomposed.Single(ErrorCodes.IdnInvalid).Arguments.Detail);
        // The same inputs are fine where UTS #46 maps.
        Assert.True(DomainCheckResult.Run("mu\u0308ller.de", TestRules.For("de", TestRules.Idn())).Valid);
    }

    [Fact]
    public void Minimum_length_counts_A_label_octets()
    {
        var pro = TestRules.For("pro", TestRules.Idn(), minLength: 4);
        var error = DomainCheckResult.Run("abc.pro", pro).Single(ErrorCodes.LabelTooShort);
        Assert.Equal((4, 63, 3), (error.Arguments.Min, error.Arguments.Max, error.Arguments.Actual));
        Assert.True(DomainCheckResult.Run("abcd.pro", pro).Valid);
        Assert.True(DomainCheckResult.Run("äb.pro", pro).Valid); // xn--b-nfa: 9 octets
    }

    [Fact]
    public void Label_and_name_length_limits()
    {
        var longLabel = DomainCheckResult.Run(new string('a', 64) + ".com", Com).Single(ErrorCodes.LabelTooLong);
        Assert.Equal((63, 64), (longLabel.Arguments.Max, longLabel.Arguments.Actual));
        Assert.True(DomainCheckResult.Run(new string('a', 63) + ".com", Com).Valid);

        var tldMax = TestRules.For("xy", maxLength: 10);
        Assert.Equal(11, DomainCheckResult.Run(new string('a', 11) + ".xy", tldMax).Single(ErrorCodes.LabelTooLong).Arguments.Actual);

        // Under a 249-character TLD a 3-character label still fits (253 octets), a 4-character one does not.
        var deep = TestRules.For(string.Join('.', Enumerable.Repeat(new string('t', 49), 5)));
        Assert.True(DomainCheckResult.Run("abc." + deep.Tld, deep).Valid);
        Assert.Equal(254, DomainCheckResult.Run("abcd." + deep.Tld, deep).Single(ErrorCodes.DomainTooLong).Arguments.Actual);
    }

    [Theory]
    [InlineData("shop.example.com.au")]
    [InlineData("com.au")]
    [InlineData(".com.au")]
    public void Only_one_label_below_the_tld_is_registrable(string input)
    {
        var comAu = TestRules.For("com.au");
        var result = DomainCheckResult.Run(input, comAu);
        Assert.False(result.Valid);
        Assert.Equal([ErrorCodes.DomainNotRegistrable], result.Codes);
        Assert.True(DomainCheckResult.Run("example.com.au", comAu).Valid);
    }

    [Fact]
    public void A_tld_typed_in_full_width_letters_is_found_without_mapping_the_label()
    {
        var result = DomainCheckResult.Run("bücher.ＤＥ", De);
        Assert.True(result.Valid, string.Join(", ", result.Errors));
        Assert.Equal("xn--bcher-kva.de", result.Name.Ascii);
        // Strict IDNA2008 still sees the label as typed.
        var strict = TestRules.For("de", TestRules.Idn(IdnMode.Idna2008Strict));
        Assert.Contains(DomainCheckResult.Run("BÜCHER.ＤＥ", strict).Errors, e => e.Code == ErrorCodes.LabelInvalidCharacter && e.Arguments.Value == "Ü");
        Assert.Equal([ErrorCodes.DomainNotRegistrable], DomainCheckResult.Run("ＣＯＭ.ＡＵ", TestRules.For("com.au")).Codes);
    }

    [Fact]
    public void A_name_under_another_tld_is_rejected()
    {
        Assert.Equal([ErrorCodes.TldNotSupported], DomainCheckResult.Run("example.net", Com).Codes);
        Assert.Equal([ErrorCodes.TldNotSupported], DomainCheckResult.Run("examplecom", Com).Codes);
    }

    [Fact]
    public void Aliases_and_the_unicode_tld_are_accepted()
    {
        var rf = TestRules.For("xn--p1ai", TestRules.Idn(table: "cyrillic"), unicodeTld: "рф");
        var unicode = DomainCheckResult.Run("Пример.РФ", rf);
        Assert.True(unicode.Valid, string.Join(", ", unicode.Errors));
        Assert.Equal("xn--e1afmkfd.xn--p1ai", unicode.Name.Ascii);
        Assert.Equal("пример.рф", unicode.Name.Unicode);
        Assert.Same(rf.Tld, unicode.Name.Tld);

        var uk = TestRules.For("co.uk", aliases: ["org.uk"]);
        var alias = DomainCheckResult.Run("example.org.uk", uk);
        Assert.True(alias.Valid);
        Assert.Same(uk.Aliases[0], alias.Name.Tld);
    }

    [Theory]
    [InlineData("-example.com", ErrorCodes.LabelHyphenEdge)]
    [InlineData("example-.com", ErrorCodes.LabelHyphenEdge)]
    [InlineData("ab--cd.com", ErrorCodes.LabelHyphen34)]
    public void Hyphen_rules(string input, string code)
    {
        Assert.Equal([code], DomainCheckResult.Run(input, Com).Codes);
    }

    [Fact]
    public void Hyphens_in_positions_3_and_4_are_allowed_for_A_labels_only()
    {
        Assert.True(DomainCheckResult.Run("xn--fuball-cta.de", De).Valid);
        Assert.True(DomainCheckResult.Run("a--b.com", Com).Valid); // positions 2–3
        // A broken xn-- label (it decodes to plain ASCII) is an invalid IDN, not a hyphen problem.
        Assert.Equal([ErrorCodes.IdnInvalid], DomainCheckResult.Run("xn--abc-.de", De).Codes);
        foreach (var mode in new[] { IdnMode.Uts46Nontransitional, IdnMode.Uts46Transitional, IdnMode.Idna2008Strict })
        {
            var overflow = DomainCheckResult.Run("xn--99999999999.de", TestRules.For("de", TestRules.Idn(mode)));
            Assert.Equal([ErrorCodes.IdnInvalid], overflow.Codes);
            Assert.Contains("Punycode", overflow.Errors[0].Arguments.Detail);
        }
    }

    [Fact]
    public void Invalid_characters_are_named()
    {
        var result = DomainCheckResult.Run("ex_am$ple.com", Com);
        var invalid = result.Errors.Where(e => e.Code == ErrorCodes.LabelInvalidCharacter).ToList();
        Assert.Equal(["_", "$"], invalid.Select(e => e.Arguments.Value));
        Assert.Equal(["U+005F", "U+0024"], invalid.Select(e => e.Arguments.Detail));
        // Invisible characters are named by code point only.
        Assert.Equal("U+0000", DomainCheckResult.Run("a\u0000b.com", Com).Single(ErrorCodes.LabelInvalidCharacter).Arguments.Value);
    }

    [Fact]
    public void Idn_is_refused_where_the_tld_has_none()
    {
        Assert.Equal([ErrorCodes.IdnNotSupported], DomainCheckResult.Run("fußball.com", Com).Codes);
        Assert.Equal([ErrorCodes.IdnNotSupported], DomainCheckResult.Run("xn--fuball-cta.com", Com).Codes);
    }

    [Fact]
    public void Mixed_latin_and_cyrillic_is_rejected_where_mixing_is_forbidden()
    {
        var noMixing = TestRules.For("eu", TestRules.Idn(mixedScripts: false));
        // "pаypal" with a Cyrillic а (U+0430)
        var error = DomainCheckResult.Run("p\u0430ypal.eu", noMixing).Single(ErrorCodes.IdnMixedScripts);
        Assert.Equal("Latn, Cyrl", error.Arguments.Detail);
        Assert.True(DomainCheckResult.Run("p\u0430ypal.eu", TestRules.For("eu", TestRules.Idn())).Valid);
        // Japanese mixes Han, Hiragana and Katakana as one writing system.
        Assert.True(DomainCheckResult.Run("日本語のテスト.eu", noMixing).Valid);
    }

    [Fact]
    public void The_german_table_rejects_a_polish_letter()
    {
        var error = DomainCheckResult.Run("łódź.de", De);
        Assert.False(error.Valid);
        Assert.Equal(["ł (U+0142)", "ó (U+00F3)", "ź (U+017A)"], error.Errors.Where(e => e.Code == ErrorCodes.IdnCharacterNotAllowed).Select(e => e.Arguments.Value));
        Assert.True(DomainCheckResult.Run("łódź.pl", TestRules.For("pl", TestRules.Idn(table: "pl"))).Valid);
    }

    [Fact]
    public void An_unknown_language_table_allows_nothing_beyond_LDH()
    {
        var typo = TestRules.For("de", TestRules.Idn(table: "deu"));
        Assert.False(IdnLanguageTables.IsKnown("deu"));
        Assert.Equal("ü (U+00FC)", DomainCheckResult.Run("bücher.de", typo).Single(ErrorCodes.IdnCharacterNotAllowed).Arguments.Value);
        Assert.True(DomainCheckResult.Run("buecher.de", typo).Valid);
    }

    [Theory]
    [InlineData("latin", "ø", true)]
    [InlineData("latin", "я", false)]
    [InlineData("cyrillic", "я", true)]
    [InlineData("greek", "ω", true)]
    [InlineData("pl", "ł", true)]
    [InlineData("de", "ł", false)]
    [InlineData("DE", "ß", true)]
    public void Language_tables_hold_their_repertoire(string table, string character, bool expected)
    {
        Assert.Equal(expected, IdnLanguageTables.Contains(table, char.ConvertToUtf32(character, 0)));
    }

    [Fact]
    public void Script_and_range_repertoires()
    {
        var greekOnly = TestRules.For("gr", TestRules.Idn(scripts: ["Grek"]));
        Assert.True(DomainCheckResult.Run("ελλάδα.gr", greekOnly).Valid);
        Assert.Equal("д (U+0434)", DomainCheckResult.Run("δд.gr", greekOnly).Single(ErrorCodes.IdnCharacterNotAllowed).Arguments.Value);

        var umlautsOnly = TestRules.For("ch", TestRules.Idn(ranges: [new CodePointRange(0xE4, 0xE4), new CodePointRange(0xF6, 0xF6)]));
        Assert.True(DomainCheckResult.Run("bär.ch", umlautsOnly).Valid);
        Assert.Equal("ü (U+00FC)", DomainCheckResult.Run("bür.ch", umlautsOnly).Single(ErrorCodes.IdnCharacterNotAllowed).Arguments.Value);
    }

    [Fact]
    public void A_language_tag_is_required_for_IDN_labels_only()
    {
        var tagged = TestRules.For("de", TestRules.Idn(languageTag: true));
        Assert.Equal([ErrorCodes.IdnLanguageRequired], DomainCheckResult.Run("bücher.de", tagged).Codes);
        Assert.Equal("idnLanguage", DomainCheckResult.Run("bücher.de", tagged).Single(ErrorCodes.IdnLanguageRequired).Path); // issue 15: as documented
        Assert.True(DomainCheckResult.Run("bücher.de", tagged, idnLanguage: "de").Valid);
        Assert.True(DomainCheckResult.Run("buecher.de", tagged).Valid);
    }

    [Fact]
    public void Idna_failures_are_reported_as_idn_invalid_with_the_failed_check()
    {
        var any = TestRules.For("xy", TestRules.Idn());
        Assert.Contains("Bidi", DomainCheckResult.Run("a\u05D0.xy", any).Single(ErrorCodes.IdnInvalid).Arguments.Detail);
        Assert.Contains("ContextJ", DomainCheckResult.Run("a\u200Cb.xy", any).Single(ErrorCodes.IdnInvalid).Arguments.Detail);
        Assert.Contains("LeadingCombiningMark", DomainCheckResult.Run("\u0301a.xy", any).Single(ErrorCodes.IdnInvalid).Arguments.Detail);
        // UTS #46 accepts the symbol ♥ (NV8); IDNA2008 registration does not.
        var heart = DomainCheckResult.Run("i♥ny.xy", any);
        Assert.Equal("♥", heart.Single(ErrorCodes.LabelInvalidCharacter).Arguments.Value);
    }

    [Fact]
    public void All_problems_of_a_name_are_reported_at_once()
    {
        var rules = TestRules.For("de", TestRules.Idn(table: "de", mixedScripts: false, languageTag: true), minLength: 3);
        var result = DomainCheckResult.Run("-ł\u0430-.de", rules);
        Assert.False(result.Valid);
        Assert.All(result.Errors, e => Assert.Equal(e.Code == ErrorCodes.IdnLanguageRequired ? "idnLanguage" : "domain", e.Path));
        Assert.Equal(
            new[] { ErrorCodes.LabelHyphenEdge, ErrorCodes.IdnCharacterNotAllowed, ErrorCodes.IdnCharacterNotAllowed, ErrorCodes.IdnMixedScripts, ErrorCodes.IdnLanguageRequired }.Order(),
            result.Codes.Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_invalid(string? input)
    {
        Assert.Equal([ErrorCodes.DomainInvalid], DomainCheckResult.Run(input, Com).Codes);
    }

    [Fact]
    public void Errors_are_added_to_those_already_collected()
    {
        var errors = new ErrorCollector();
        errors.Add("other", "years");
        Assert.True(TldToolkit.Domains.DomainChecks.CheckDomain("example.com", Com, ref errors, out _));
        Assert.False(TldToolkit.Domains.DomainChecks.CheckDomain("-x.com", Com, ref errors, out _));
        Assert.Equal(2, errors.Count);
    }
}
