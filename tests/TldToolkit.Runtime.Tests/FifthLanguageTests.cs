using System.Globalization;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Localization;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>
/// Issue 12: a fifth language is data, not a code change. Dutch comes from message files embedded in this test
/// assembly (Messages/*.nl.json), included the way the CLI includes its own; no code of the runtime names it.
/// </summary>
public class FifthLanguageTests
{
    static FifthLanguageTests() => MessageFiles.Include(typeof(FifthLanguageTests).Assembly);

    private static readonly ValidationError Unsupported = new(ErrorCodes.TldNotSupported, "domain", arguments: new ErrorArguments { Value = "voorbeeld.invalid" });

    [Fact]
    public void A_message_of_the_new_language_uses_its_words_quotes_and_plural_forms()
    {
        Assert.Equal("Domeinnamen zoals ‘voorbeeld.invalid’ bieden wij niet aan.", Unsupported.Message("nl"));
        var term = new ValidationError(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = 3, AllowedNumbers = [1, 2, 5] });
        Assert.Equal("Een looptijd van 3 jaar is niet mogelijk. Kies 1, 2 of 5 jaar.", term.Message("nl"));
    }

    [Fact]
    public void A_key_the_language_lacks_falls_back_to_English()
    {
        var hyphen = new ValidationError(ErrorCodes.LabelHyphenEdge, "domain");
        Assert.Equal(hyphen.Message("en"), hyphen.Message("nl"));
        Assert.Equal("The domain name cannot start or end with a hyphen.", hyphen.Message("nl"));
    }

    [Fact]
    public void Without_a_relative_wording_the_message_takes_its_next_variant()
    {
        var early = new ValidationError(ErrorCodes.RenewalTooEarly, "expiresOn",
            arguments: new ErrorArguments { Date = new DateOnly(2027, 3, 1), Days = 60, Today = new DateOnly(2026, 12, 29) });
        Assert.Equal("Verlengen kan pas op 1 maart 2027.", early.Message("nl"));
    }

    [Fact]
    public void A_regional_file_overrides_one_message_and_inherits_the_rest()
    {
        var label = new LocalizedText([new("en", "Legal type"), new("nl", "Rechtsvorm")]);
        var required = new ValidationError(ErrorCodes.FieldRequired, "fields.legalType", label);
        Assert.Equal("Rechtsvorm is verplicht.", required.Message("nl"));
        Assert.Equal("Rechtsvorm is vereist.", required.Message("nl-BE"));
        Assert.Equal("Rechtsvorm is vereist.", required.Message(CultureInfo.GetCultureInfo("nl-BE")));
        Assert.Equal(Unsupported.Message("nl"), Unsupported.Message("nl_BE"));
        Assert.Equal("Legal type is required.", required.Message("en"));
    }

    [Fact]
    public void Outcomes_of_the_new_language_count_in_its_forms_and_fall_back_per_key()
    {
        Assert.Equal("voorbeeld.nl is geregistreerd.", new OutcomeText(OutcomeKeys.RegisterSuccess, "voorbeeld.nl").Render("nl"));
        Assert.Equal("2 contactpersonen.", new OutcomeText(OutcomeKeys.ContactCount) { Count = 2 }.Render("nl"));
        var missing = new OutcomeText(OutcomeKeys.RenewSuccess, "voorbeeld.nl");
        Assert.Equal(missing.Render("en"), missing.Render("nl"));
    }

    [Fact]
    public void The_new_language_is_listed_after_the_four()
    {
        Assert.Equal(["en", "de", "fr", "ar", "nl"], MessageFiles.Cultures("validation").Where(c => !c.Contains('-')));
        Assert.Equal("nl-be", MessageFiles.Chain("validation", "nl-BE").Culture);
    }

    [Fact]
    public void LocalizedText_is_keyed_by_culture_with_the_same_fallback()
    {
        var text = new LocalizedText("Legal type", de: "Rechtsform", fr: "Type juridique", ar: "الصفة القانونية");
        Assert.Equal("Rechtsform", text.Get("de-AT"));
        Assert.Equal("Rechtsform", text["DE_at"]);
        Assert.Equal("Rechtsform", text.Get(CultureInfo.GetCultureInfo("de-AT")));
        Assert.Equal("Legal type", text.Get("nl"));
        Assert.Equal(["en", "de", "fr", "ar"], text.Translations.Select(t => t.Key));

        var dutch = new LocalizedText([new("nl", "Rechtsvorm"), new("en", "Legal type"), new("de-CH", "Rechtsform (CH)")]);
        Assert.Equal("Legal type", dutch.English);
        Assert.Equal("Rechtsvorm", dutch.Get("nl-BE"));
        Assert.Equal("Rechtsform (CH)", dutch.Get("de-CH"));
        Assert.Equal("Legal type", dutch.Get("de"));
        Assert.True(dutch.Has("nl") && !dutch.Has("nl-BE"));
        Assert.Throws<ArgumentException>(() => new LocalizedText([new("nl", "Rechtsvorm")]));
    }

    [Fact]
    public void A_tag_too_long_for_a_culture_gets_English()
    {
        var hostile = "nl" + string.Concat(Enumerable.Repeat("-x", 50_000));
        Assert.Equal(["en"], CultureFallback.Chain(hostile));
        Assert.Equal(Unsupported.Message("en"), Unsupported.Message(hostile));
        Assert.Equal(["nl-be", "nl", "en"], CultureFallback.Chain(" NL_be "));
    }
}
