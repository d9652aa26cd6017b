using System.Globalization;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class MessageTests
{
    public static TheoryData<string, string> CodesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in SampleErrors.AllCodes)
            foreach (var language in new[] { "en", "de", "fr", "ar" })
                data.Add(code, language);
        return data;
    }

    [Fact]
    public void Every_code_has_its_own_template_in_every_catalog()
    {
        Assert.Equal(38, SampleErrors.AllCodes.Count); // 38 since tld-closed (closed TLDs refuse every order)
        foreach (var language in new[] { "en", "de", "fr", "ar" })
            foreach (var code in SampleErrors.AllCodes)
                Assert.True(Validation.ErrorMessages.CatalogFor(language).Templates.ContainsKey(code), $"{language} lacks {code}");
        foreach (var code in SampleErrors.AllCodes)
            Assert.True(Validation.Messages.MessageCatalog.Developer.Templates.ContainsKey(code), code);
    }

    [Theory]
    [MemberData(nameof(CodesAndLanguages))]
    public void Every_code_renders_completely_in_every_language(string code, string language)
    {
        foreach (var error in new[] { SampleErrors.Rich(code), SampleErrors.Bare(code), SampleErrors.Labelled(code) })
        {
            var message = error.Message(language);
            AssertComplete(message, code);
            if (language == "ar") Assert.Contains(message, c => c is >= '\u0600' and <= '\u06FF');
            if (error.FieldLabel is { } label) Assert.Contains(label.Get(language), message);
            if (language != "en") Assert.NotEqual(error.Message("en"), message);
        }
    }

    [Theory]
    [MemberData(nameof(CodesAndLanguages))]
    public void Developer_messages_are_complete_and_name_the_path(string code, string language)
    {
        _ = language;
        foreach (var error in new[] { SampleErrors.Rich(code), SampleErrors.Bare(code) })
        {
            Assert.DoesNotMatch(@"\{[A-Za-z]+\}", error.DeveloperMessage);
            Assert.Contains(error.Path, error.DeveloperMessage);
            Assert.StartsWith(code + " at " + error.Path + ": ", error.ToString());
        }
    }

    [Fact]
    public void Unknown_languages_and_regional_tags_fall_back_sensibly()
    {
        var error = SampleErrors.Rich(ErrorCodes.TermNotAllowed);
        Assert.Equal(error.Message("en"), error.Message("es"));
        Assert.Equal(error.Message("en"), error.Message(""));
        Assert.Equal(error.Message("en"), error.Message((string)null!));
        Assert.Equal(error.Message("de"), error.Message("de-CH"));
        Assert.Equal(error.Message("fr"), error.Message(CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal(error.Message("ar"), error.Message("AR"));
    }

    [Fact]
    public void Unknown_code_gets_a_generic_message()
    {
        var error = new ValidationError("something-new", "fields.colour");
        Assert.Equal("Colour: this value is not accepted.", error.Message("en"));
        AssertComplete(error.Message("ar"), "something-new");
    }

    [Theory]
    [InlineData("en", "Please choose 1, 2 or 5 years.")]
    [InlineData("de", "Bitte wählen Sie 1, 2 oder 5 Jahre.")]
    [InlineData("fr", "Veuillez choisir 1, 2 ou 5 ans.")]
    [InlineData("ar", "يرجى اختيار سنة واحدة أو سنتين أو 5 سنوات.")]
    public void Allowed_periods_are_worded_per_language(string language, string expected)
    {
        var error = new ValidationError(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = 3, AllowedNumbers = [1, 2, 5] });
        Assert.EndsWith(expected, error.Message(language));
    }

    [Theory]
    [InlineData("en", "A period of 11 years is not available. Please choose 1 to 10 years.")]
    [InlineData("de", "Die gewählte Laufzeit (11 Jahre) ist nicht möglich. Bitte wählen Sie 1 bis 10 Jahre.")]
    [InlineData("fr", "Une durée de 11 ans n'est pas disponible. Veuillez choisir de 1 à 10 ans.")]
    [InlineData("ar", "مدة 11 سنة غير متاحة. يرجى اختيار من سنة واحدة إلى 10 سنوات.")]
    public void A_run_of_periods_is_a_range(string language, string expected)
    {
        var error = new ValidationError(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = 11, AllowedNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
        Assert.Equal(expected, error.Message(language));
    }

    [Theory]
    [InlineData("en", "1 year")]
    [InlineData("de", "1 Jahr")]
    [InlineData("fr", "1 an")]
    [InlineData("ar", "سنة واحدة")]
    public void A_single_year_is_singular(string language, string expected)
    {
        var error = new ValidationError(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = 2, AllowedNumbers = [1] });
        Assert.EndsWith(expected + ".", error.Message(language));
    }

    [Fact]
    public void Option_labels_are_shown_in_the_language()
    {
        var error = SampleErrors.Rich(ErrorCodes.FieldOptionInvalid);
        Assert.Equal("Type juridique\u00A0: «\u00A0XYZ\u00A0» ne fait pas partie des choix. Veuillez choisir «\u00A0Citoyen canadien\u00A0» ou «\u00A0Société canadienne\u00A0».", error.Message("fr"));
        Assert.Contains("«مواطن كندي» أو «شركة كندية»", error.Message("ar"));
        // Without labels the option values are listed.
        var bare = new ValidationError(ErrorCodes.FieldOptionInvalid, "fields.legalType", SampleErrors.LegalType, new ErrorArguments { Value = "X", AllowedValues = ["CCT", "RES", "CCO"] });
        Assert.Equal("Legal type: “X” is not one of the choices. Please choose “CCT”, “RES” or “CCO”.", bare.Message("en"));
    }

    [Fact]
    public void Contact_paths_name_role_and_property()
    {
        var error = new ValidationError(ErrorCodes.ContactPropertyInvalid, "contacts.admin.email", arguments: new ErrorArguments { Value = "a@b", Reason = ErrorReasons.Email });
        Assert.Equal("E-mail address (administrative contact): “a@b” is not a valid e-mail address.", error.Message("en"));
        Assert.Equal("E-Mail-Adresse (administrativer Kontakt): „a@b“ ist keine gültige E-Mail-Adresse.", error.Message("de"));
        Assert.StartsWith("البريد الإلكتروني (جهة الاتصال الإدارية): ", error.Message("ar"));
    }

    [Fact]
    public void Min_and_max_are_counted_in_the_language()
    {
        var error = new ValidationError(ErrorCodes.FieldInvalid, "fields.trademarkNumber", new LocalizedText("Trademark number", fr: "Numéro de marque"),
            new ErrorArguments { Value = "123456789012", Max = 7, Actual = 12, Reason = ErrorReasons.TooLong });
        Assert.Equal("Trademark number may have at most 7 characters (it has 12).", error.Message("en"));
        Assert.Equal("Le champ «\u00A0Numéro de marque\u00A0» peut compter au plus 7 caractères (actuellement 12).", error.Message("fr"));
        Assert.Contains("7 أحرف", error.Message("ar"));
        var few = new ValidationError(ErrorCodes.NameserversTooFew, "nameservers", arguments: new ErrorArguments { Actual = 0, Min = 1, Max = 13 });
        Assert.Equal("Please give at least 1 nameserver (you gave 0).", few.Message("en"));
        Assert.Equal("يرجى إدخال خادم أسماء واحد على الأقل (أدخلت 0).", few.Message("ar"));
    }

    [Fact]
    public void Quoted_values_never_carry_controls_or_bidi_overrides()
    {
        var hostile = "evil\u202Etxt.exe\u0000\u001B[31m\u2066x\u2069\u0085\uD800";
        foreach (var code in SampleErrors.AllCodes)
        {
            var error = new ValidationError(code, "fields.x\u202E", new LocalizedText("Label\u202E", ar: "تسمية\u2067"),
                new ErrorArguments { Value = hostile, AllowedValues = [hostile, "b"], Detail = hostile, Actual = 3, AllowedNumbers = [1] });
            foreach (var language in new[] { "en", "de", "fr", "ar", "xx" })
                AssertSafe(error.Message(language));
            AssertSafe(error.DeveloperMessage);
            AssertSafe(error.ToString());
        }
        var shown = new ValidationError(ErrorCodes.FieldInvalid, "fields.x", arguments: new ErrorArguments { Value = "a\u202Eb" }).Message("en");
        Assert.Contains("a[U+202E]b", shown);
    }

    [Fact]
    public void Long_values_are_cut()
    {
        var error = new ValidationError(ErrorCodes.DomainInvalid, "domain", arguments: new ErrorArguments { Value = new string('x', 10_000) });
        Assert.True(error.Message("en").Length < 200);
        Assert.Contains("…", error.Message("en"));
    }

    internal static void AssertComplete(string message, string context)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), context);
        Assert.DoesNotContain("{", message);
        Assert.DoesNotContain("}", message);
        Assert.DoesNotContain("{0}", message);
        Assert.DoesNotContain("  ", message);
        Assert.DoesNotContain(" .", message);
    }

    // Issue 16 changed this expectation: Arabic messages isolate inserted values, so U+2068 … U+2069 may appear,
    // but only as the flat, balanced pairs the renderer adds; every other bidi control (and a stray or nested
    // isolate, which is what a customer's own control would look like) still fails.
    internal static void AssertSafe(string message)
    {
        bool open = false;
        for (int i = 0; i < message.Length; i++)
        {
            char c = message[i];
            if (c == '\u2068') { Assert.False(open, $"nested isolate in {message}"); open = true; continue; }
            if (c == '\u2069') { Assert.True(open, $"unbalanced U+2069 in {message}"); open = false; continue; }
            Assert.False(c < 0x20 || c is >= '\u007F' and <= '\u009F', $"control U+{(int)c:X4} in {message}");
            Assert.False(c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C', $"bidi U+{(int)c:X4} in {message}");
            if (char.IsHighSurrogate(c)) { Assert.True(i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]), message); i++; }
            else Assert.False(char.IsLowSurrogate(c), message);
        }
        Assert.False(open, $"unclosed U+2068 in {message}");
    }
}
