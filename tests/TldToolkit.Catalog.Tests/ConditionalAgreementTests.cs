using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// Checkboxes that must be ticked only under a condition (mustBeCheckedWhen): .fr's trustee service for
/// holders outside the eligible countries, .it's consent to publication for every entity type but
/// natural persons. Only the agreement's own error is looked at; the orders are otherwise incomplete.
/// </summary>
public class ConditionalAgreementTests
{
    private static Contact Person(string country) => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Alex",
        LastName = "Martin",
        Street = ["1 Main Street"],
        City = "Town",
        PostalCode = "12345",
        Country = country,
        Email = "alex@example.org",
        Phone = "+1.5555550100",
    };

    private static DomainOrder Register(string domain, string country, Dictionary<string, string?> fields) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = 1,
        Contacts = new ContactSet { Registrant = Person(country), Admin = Person(country) },
        Fields = fields,
    };

    private static bool AgreementMissing(ValidationResult result, string field) =>
        result.Errors.Any(e => e.Code == ErrorCodes.FieldAgreementRequired && e.Path == "fields." + field);

    [Theory]
    [InlineData("US", null, true)]       // outside the EU/EEA/CH: the trustee service must be ticked
    [InlineData("US", "false", true)]
    [InlineData("US", "true", false)]
    [InlineData("DE", null, false)]      // eligible holder: optional
    [InlineData("DE", "false", false)]
    [InlineData("RE", null, false)]      // French overseas region: eligible
    public void Fr_trustee_service_must_be_ticked_only_for_holders_outside_the_eligible_countries(string country, string? trustee, bool missing)
    {
        var result = Tlds.Catalog.Validate(Register("boulangerie.fr", country, new() { ["legalType"] = "individual", ["trusteeService"] = trustee }));
        Assert.Equal(missing, AgreementMissing(result, "trusteeService"));
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.FieldRequired && e.Path == "fields.trusteeService");
    }

    [Theory]
    [InlineData("1", null, false)]       // natural person: consent optional
    [InlineData("1", "false", false)]
    [InlineData("2", null, true)]        // organisations: consent required
    [InlineData("2", "false", true)]
    [InlineData("2", "true", false)]
    [InlineData("7", null, true)]
    public void It_consent_for_publishing_must_be_ticked_for_every_entity_type_but_natural_persons(string entityType, string? consent, bool missing)
    {
        var fields = new Dictionary<string, string?> { ["entityType"] = entityType, ["consentForPublishing"] = consent };
        var result = Tlds.Catalog.Validate(Register("pizzeria.it", "IT", fields));
        Assert.Equal(missing, AgreementMissing(result, "consentForPublishing"));
    }

    [Fact]
    public void Descriptors_carry_the_condition_and_the_values_sent()
    {
        var trustee = Tlds.Catalog.Find("fr")!.Fields.Single(f => f.Name == "trusteeService");
        Assert.NotNull(trustee.MustBeCheckedWhen);
        Assert.False(trustee.MustBeChecked);
        Assert.Null(trustee.RequiredWhen);
        Assert.Equal("1", trustee.CheckedValue);
        Assert.Equal("0", trustee.UncheckedValue);

        var consent = Tlds.Catalog.Find("it")!.Fields.Single(f => f.Name == "consentForPublishing");
        Assert.NotNull(consent.MustBeCheckedWhen);
        Assert.Null(consent.RequiredWhen);

        var legalType = Tlds.Catalog.Find("fr")!.Fields.Single(f => f.Name == "legalType");
        Assert.Null(legalType.CheckedValue);                               // not a checkbox
        Assert.Null(legalType.MustBeCheckedWhen);
    }

    [Fact]
    public void Ca_agreement_sends_its_version_when_ticked_and_nothing_when_unticked()
    {
        var ticked = CaTestData.RegisterOrder(CaTestData.ValidFields(DomainOperation.Register));
        var build = Tlds.Catalog.Build(ticked);
        Assert.True(build.Succeeded, string.Join("; ", build.Validation.Errors));
        var parameter = Assert.Single(build.Command!.RegistryParameters, p => p.FieldName == "ciraAgreement");
        Assert.Equal("X-CA-ACCEPT-AGREEMENT-VERSION", parameter.Name);
        Assert.Equal("2.0", parameter.Value);

        // The agreement is mandatory, so an unticked box never builds (and uncheckedValue null sends nothing).
        var unticked = Tlds.Catalog.Build(CaTestData.RegisterOrder(CaTestData.ValidFields(DomainOperation.Register).With("ciraAgreement", "false")));
        Assert.False(unticked.Succeeded);
    }
}
