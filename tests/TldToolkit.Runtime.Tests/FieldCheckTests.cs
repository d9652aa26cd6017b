using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class FieldCheckTests
{
    private static readonly LocalizedText Label = TestRules.LegalTypeLabel;


    [Fact]
    public void Value_treats_blank_as_absent()
    {
        var order = new DomainOrder { Fields = new Dictionary<string, string?> { ["a"] = " ", ["b"] = null, ["c"] = "x" } };
        Assert.Null(FieldChecks.Value(order, "a"));
        Assert.Null(FieldChecks.Value(order, "b"));
        Assert.Null(FieldChecks.Value(order, "missing"));
        Assert.Equal("x", FieldChecks.Value(order, "c"));
    }

    [Fact]
    public void Required_and_option()
    {
        var errors = new ErrorCollector();
        Assert.False(FieldChecks.CheckRequired(null, Label, "fields.legalType", ref errors));
        Assert.True(FieldChecks.CheckRequired("CCO", Label, "fields.legalType", ref errors));
        FieldChecks.CheckOption("CCO", TestRules.LegalTypes, TestRules.LegalTypeLabels, Label, "fields.legalType", ref errors);
        FieldChecks.CheckOption("cco", TestRules.LegalTypes, TestRules.LegalTypeLabels, Label, "fields.legalType", ref errors); // ordinal, case-sensitive
        var result = errors.ToResult().Errors;
        Assert.Equal([ErrorCodes.FieldRequired, ErrorCodes.FieldOptionInvalid], result.Select(e => e.Code));
        Assert.Equal("Bitte ergänzen Sie: Rechtsform.", result[0].Message("de"));
        Assert.Same(Label, result[1].FieldLabel);
        Assert.Equal("Legal type: “cco” is not one of the choices. Please choose “Citizen”, “Resident”, “Corporation” or “Trademark”.", result[1].Message("en"));
    }

    [Theory]
    [InlineData("true", true, true)]
    [InlineData(" YES ", true, true)]
    [InlineData("1", true, true)]
    [InlineData("on", true, true)]
    [InlineData("false", true, false)]
    [InlineData("No", true, false)]
    [InlineData("0", true, false)]
    [InlineData("maybe", false, false)]
    [InlineData("", false, false)]
    [InlineData("tru\u0000e", false, false)]
    public void Checkbox_parsing(string value, bool parses, bool isChecked)
    {
        Assert.Equal(parses, FieldChecks.TryParseCheckbox(value, out var c));
        Assert.Equal(isChecked, c);
        Assert.Equal(isChecked, FieldChecks.IsChecked(value));
    }

    [Fact]
    public void Checkbox_and_agreement()
    {
        var errors = new ErrorCollector();
        FieldChecks.CheckCheckbox(null, true, TestRules.AgreementLabel, "fields.ciraAgreement", ref errors);
        FieldChecks.CheckCheckbox("false", true, TestRules.AgreementLabel, "fields.ciraAgreement", ref errors);
        FieldChecks.CheckCheckbox("maybe", false, TestRules.AgreementLabel, "fields.optIn", ref errors);
        FieldChecks.CheckCheckbox("true", true, TestRules.AgreementLabel, "fields.ciraAgreement", ref errors);
        FieldChecks.CheckCheckbox(null, false, TestRules.AgreementLabel, "fields.optIn", ref errors);
        var result = errors.ToResult().Errors;
        Assert.Equal([ErrorCodes.FieldAgreementRequired, ErrorCodes.FieldAgreementRequired, ErrorCodes.FieldInvalid], result.Select(e => e.Code));
        Assert.Equal("Veuillez cocher «\u00A0J'accepte la convention du titulaire de l'ACEI\u00A0» pour continuer.", result[0].Message("fr"));
        Assert.Equal(ErrorReasons.Checkbox, result[2].Arguments.Reason);
        Assert.EndsWith("please answer yes or no.", result[2].Message("en"));
    }

    [Fact]
    public void Text_rules_in_order_one_error_per_value()
    {
        var label = TestRules.TrademarkLabel;
        (string Value, string? Reason)[] cases =
        [
            ("TMA123456", null),
            ("123456", null),
            ("12345", ErrorReasons.TooShort),
            ("TMA12345678", ErrorReasons.TooLong),
            ("TMX123456", ErrorReasons.Pattern),
            ("TMA123456\n", ErrorReasons.InvalidCharacters),   // "$" alone would have accepted the newline
            ("x123456", ErrorReasons.Pattern),                 // anchored even when the pattern is not
            ("TMA12\u202E3456", ErrorReasons.InvalidCharacters),
        ];
        var unanchored = new Regex("(TMA)?[0-9]{6,7}", RegexOptions.None); // no timeout, no anchors: Patterns still anchors and bounds it
        foreach (var (value, reason) in cases)
        {
            var errors = new ErrorCollector();
            FieldChecks.CheckText(value, 6, 10, reason == ErrorReasons.Pattern && value.StartsWith('x') ? unanchored : TestRules.TrademarkPattern, null, label, "fields.trademarkNumber", ref errors);
            if (reason is null) { Assert.False(errors.HasErrors, value); continue; }
            var error = Assert.Single(errors.ToResult().Errors);
            Assert.Equal(ErrorCodes.FieldInvalid, error.Code);
            Assert.Equal(reason, error.Arguments.Reason);
        }
    }

    [Fact]
    public void Text_length_counts_characters_not_UTF16_units()
    {
        var errors = new ErrorCollector();
        FieldChecks.CheckText("😀😀😀", 3, 3, null, null, TestRules.TrademarkLabel, "fields.x", ref errors);
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void Text_validator_failure_is_a_check_digit_error()
    {
        var errors = new ErrorCollector();
        FieldChecks.CheckText("CHE-113.690.318", null, 30, null, TestRules.SwissUid, TestRules.UidLabel, "fields.uid", ref errors);
        var error = Assert.Single(errors.ToResult().Errors);
        Assert.Equal(ErrorReasons.CheckDigits, error.Arguments.Reason);
        Assert.Equal("Swiss UID: “CHE-113.690.318” is not a valid number; please check it for typing errors.", error.Message("en"));
        Assert.Equal("Swiss UID : «\u00A0CHE-113.690.318\u00A0» n'est pas un numéro valide\u00A0; vérifiez qu'il ne contient pas de faute de frappe.".Replace("UID : ", "UID\u00A0: "), error.Message("fr"));
    }

    [Fact]
    public void Unknown_fields_are_reported_and_capped()
    {
        var fields = new Dictionary<string, string?> { ["legalType"] = "CCO", ["colour"] = "blue" };
        var errors = new ErrorCollector();
        FieldChecks.CheckUnknown(fields, DomainOperation.Register, TestRules.AppliesTo, ref errors);
        var error = Assert.Single(errors.ToResult().Errors);
        Assert.Equal("fields.colour", error.Path);
        Assert.Equal("The field “colour” does not apply to this order.", error.Message("en"));

        errors = new ErrorCollector();
        FieldChecks.CheckUnknown(fields, DomainOperation.Renew, TestRules.AppliesTo, ref errors);
        Assert.Equal(2, errors.Count);

        var many = Enumerable.Range(0, 10_000).ToDictionary(i => "f" + i, i => (string?)"x");
        errors = new ErrorCollector();
        FieldChecks.CheckUnknown(many, DomainOperation.Register, TestRules.AppliesTo, ref errors);
        Assert.Equal(FieldChecks.MaxUnknownReported, errors.Count);

        errors = new ErrorCollector();
        FieldChecks.CheckUnknown(new SortedDictionary<string, string?> { ["a\u202Eb"] = "x" }, DomainOperation.Register, TestRules.AppliesTo, ref errors);
        Assert.Equal("fields.a[U+202E]b", Assert.Single(errors.ToResult().Errors).Path);
    }

    [Fact]
    public void Conditions()
    {
        var order = TestRules.ValidOrder();
        Assert.True(FieldChecks.ValueIn("TDM", TestRules.TrademarkTypes));
        Assert.False(FieldChecks.ValueIn(null, TestRules.TrademarkTypes));
        Assert.True(FieldChecks.ValueNotIn("CCO", TestRules.TrademarkTypes));
        Assert.False(FieldChecks.ValueNotIn(null, TestRules.TrademarkTypes));
        Assert.True(FieldChecks.RegistrantIs(order, RegistrantType.Individual));
        Assert.True(FieldChecks.RegistrantCountryIn(order, ["ca"]));
        Assert.False(FieldChecks.RegistrantCountryIn(order, ["US"]));
    }
}
