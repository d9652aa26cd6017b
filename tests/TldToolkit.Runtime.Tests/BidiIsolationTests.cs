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

    [Fact]
    public void Latin_runs_of_the_Arabic_wording_are_isolated_but_placeholders_and_isolated_text_are_not()
    {
        Assert.Equal("(مثل \u2068example.com.au\u2069 وليس \u2068shop.example.com.au\u2069).",
            Text.Bidi.IsolateLatinRuns("(مثل example.com.au وليس shop.example.com.au)."));
        Assert.Equal("بصيغة \u2068ASCII\u2069 (\u2068xn--…\u2069) {value} {0:p:one=# x}", Text.Bidi.IsolateLatinRuns("بصيغة ASCII (xn--…) {value} {0:p:one=# x}"));
        Assert.Equal("\u2068--json\u2069 و\u2068+CC.NNNN\u2069", Text.Bidi.IsolateLatinRuns("\u2068--json\u2069 و+CC.NNNN"));
        var phone = new ValidationError(ErrorCodes.ContactPropertyInvalid, "contacts.registrant.phone",
            arguments: new ErrorArguments { Value = "0301234", Reason = ErrorReasons.Phone });
        Assert.Contains("بالصيغة الدولية \u2068+CC.NNNN\u2069", phone.Message("ar"));
        MessageTests.AssertSafe(phone.Message("ar"));
    }
}
