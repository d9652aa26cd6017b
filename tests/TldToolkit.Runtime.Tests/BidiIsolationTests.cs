using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>Issue 16: values inside Arabic sentences are isolated (U+2068 … U+2069); what a customer typed stays escaped.</summary>
public class BidiIsolationTests
{
    private static ValidationError Domain(string value) =>
        new(ErrorCodes.DomainInvalid, "domain", arguments: new ErrorArguments { Value = value });

    [Fact]
    public void A_domain_inside_an_Arabic_sentence_is_isolated_inside_the_quotes()
    {
        Assert.Equal("«\u2068shop.example.ca\u2069» ليس اسم نطاق صالحًا.", Domain("shop.example.ca").Message("ar"));
        Assert.Equal("“shop.example.ca” is not a valid domain name.", Domain("shop.example.ca").Message("en"));
        Assert.DoesNotContain('\u2068', Domain("shop.example.ca").Message("de"));
        Assert.DoesNotContain('\u2068', Domain("shop.example.ca").Message("fr"));
    }

    [Fact]
    public void Bidi_controls_a_customer_typed_are_escaped_and_only_our_pair_remains()
    {
        var message = Domain("a\u2068b\u2069c\u202Ed").Message("ar");
        Assert.Contains("a[U+2068]b[U+2069]c[U+202E]d", message);
        Assert.Equal(1, message.Count(c => c == '\u2068'));
        Assert.Equal(1, message.Count(c => c == '\u2069'));
        Assert.DoesNotContain('\u202E', message);
        MessageTests.AssertSafe(message);
    }

    [Fact]
    public void An_English_field_label_and_country_codes_are_isolated_too()
    {
        var label = new ValidationError(ErrorCodes.FieldRequired, "fields.trademarkNumber", new Text.LocalizedText("Trademark number"));
        Assert.Equal("\u2068Trademark number\u2069: هذا الحقل مطلوب.", label.Message("ar"));
        var country = new ValidationError(ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country",
            arguments: new ErrorArguments { Value = "DE", AllowedValues = ["CA", "US"] });
        Assert.Contains("\u2068CA\u2069 أو \u2068US\u2069", country.Message("ar"));
        Assert.Contains("؛ «\u2068DE\u2069» غير مقبول", country.Message("ar"));
    }
}
