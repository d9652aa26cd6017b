using TldToolkit.BuiltIn;
using TldToolkit.Domains;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// The generated .ca validator and builder. These go through DomainChecks.CheckDomain, so they need
/// the IDN/domain work of the runtime.
/// </summary>
public class CaValidationTests
{
    private static readonly ValidationContext Context = new();

    private static IEnumerable<string> Codes(ValidationResult result) => result.Errors.Select(e => e.Code + "@" + e.Path);

    [Fact]
    public void Valid_registration_passes()
    {
        var result = CaTestData.Register().Validate();
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Missing_legal_type_is_reported_with_the_field_label()
    {
        var request = CaTestData.Register();
        request.LegalType = null;
        var error = Assert.Single(request.Validate().Errors);
        Assert.Equal(ErrorCodes.FieldRequired, error.Code);
        Assert.Equal("fields.legalType", error.Path);
        Assert.Same(Tlds.Ca.Fields.Single(f => f.Name == "legalType").Label, error.FieldLabel);
    }

    [Fact]
    public void Trademark_legal_type_needs_a_trademark_number()
    {
        var request = CaTestData.Register();
        request.Contacts = CaTestData.CompanyContacts;
        request.LegalType = CaTestData.LegalType("TDM");
        Assert.Equal([ErrorCodes.FieldRequired + "@fields.trademarkNumber"], Codes(request.Validate()));

        request.TrademarkNumber = "12345";
        Assert.Equal([ErrorCodes.FieldInvalid + "@fields.trademarkNumber"], Codes(request.Validate()));

        request.TrademarkNumber = "TMA1234567";
        Assert.True(request.Validate().IsValid);
    }

    [Fact]
    public void Trademark_number_pattern_matches_the_whole_value()
    {
        var request = CaTestData.Register();
        request.Contacts = CaTestData.CompanyContacts;
        request.LegalType = CaTestData.LegalType("TDM");
        request.TrademarkNumber = "123456\n";
        Assert.Equal([ErrorCodes.FieldInvalid + "@fields.trademarkNumber"], Codes(request.Validate()));
    }

    [Fact]
    public void Id_protection_is_rejected()
    {
        var request = CaTestData.Register();
        request.AddOns = new AddOns { IdProtection = true };
        Assert.Equal([ErrorCodes.IdProtectionNotSupported + "@addOns.idProtection"], Codes(request.Validate()));
    }

    [Fact]
    public void Unchecked_cira_agreement_is_rejected()
    {
        var request = CaTestData.Register();
        request.CiraAgreement = false;
        Assert.Equal([ErrorCodes.FieldAgreementRequired + "@fields.ciraAgreement"], Codes(request.Validate()));

        var order = CaTestData.RegisterOrder(CaTestData.ValidFields(DomainOperation.Register).With("ciraAgreement", null));
        Assert.Equal([ErrorCodes.FieldAgreementRequired + "@fields.ciraAgreement"], Codes(Tlds.Ca.Validate(order, Context)));
        order = CaTestData.RegisterOrder(CaTestData.ValidFields(DomainOperation.Register).With("ciraAgreement", "no"));
        Assert.Equal([ErrorCodes.FieldAgreementRequired + "@fields.ciraAgreement"], Codes(Tlds.Ca.Validate(order, Context)));
    }

    [Fact]
    public void Unknown_option_and_unknown_field_are_reported()
    {
        var order = CaTestData.RegisterOrder(CaTestData.ValidFields(DomainOperation.Register).With("legalType", "XXX").With("ciraAgreement", "yes").With("vatId", "1"));
        // Only the field errors: an unknown legal type may also trigger contact rules conditioned on it.
        Assert.Equal(
            [ErrorCodes.FieldOptionInvalid + "@fields.legalType", ErrorCodes.FieldUnknown + "@fields.vatId"],
            Codes(Tlds.Ca.Validate(order, Context)).Where(c => c.Contains("@fields.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fields_that_do_not_apply_to_the_operation_are_reported_as_unknown()
    {
        var order = new DomainOrder
        {
            Operation = DomainOperation.Renew,
            Domain = "example.ca",
            Years = 1,
            ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2),
            Fields = new Dictionary<string, string?> { ["legalType"] = "CCO" },
        };
        Assert.Equal([ErrorCodes.FieldUnknown + "@fields.legalType"], Codes(Tlds.Ca.Validate(order, Context)));
    }

    [Fact]
    public void Build_sends_registry_parameters_only_for_applicable_fields()
    {
        var result = CaTestData.Register().Build();
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        var command = result.Command!;
        Assert.Equal(DomainOperation.Register, command.Operation);
        Assert.Equal("ca", command.Tld);
        Assert.Equal("example.ca", command.DomainAscii);
        Assert.Equal(2, command.Years);
        Assert.Equal(["ns1.example.net", "ns2.example.net"], command.Nameservers);
        Assert.Null(command.AuthCode);

        var descriptors = Tlds.Ca.Fields.ToDictionary(f => f.Name);
        Assert.All(command.RegistryParameters, p =>
        {
            Assert.True(CaTld.FieldAppliesTo(p.FieldName, DomainOperation.Register), p.FieldName);
            Assert.Equal(descriptors[p.FieldName].RegistryName, p.Name);
        });
        Assert.Equal(command.RegistryParameters.Count, command.RegistryParameters.Select(p => p.FieldName).Distinct().Count());
        var legalType = Assert.Single(command.RegistryParameters, p => p.FieldName == "legalType");
        Assert.Equal(descriptors["legalType"].Options.Single(o => o.Value == "CCT").RegistryValue, legalType.Value);
        // ca.json: the ticked agreement sends the agreement version HEXONET expects (checkedValue), not "1".
        Assert.Equal("2.0", Assert.Single(command.RegistryParameters, p => p.FieldName == "ciraAgreement").Value);
        Assert.Equal("2.0", descriptors["ciraAgreement"].CheckedValue);
        Assert.Null(descriptors["ciraAgreement"].UncheckedValue);
        Assert.DoesNotContain(command.RegistryParameters, p => p.FieldName == "trademarkNumber"); // no value given

        var transfer = new CaTransferRequest { Domain = "example.ca", AuthCode = "Secret-123" }.Build();
        Assert.True(transfer.Succeeded, string.Join("; ", transfer.Validation.Errors));
        Assert.Equal("Secret-123", transfer.Command!.AuthCode);
        Assert.All(transfer.Command.RegistryParameters, p => Assert.True(CaTld.FieldAppliesTo(p.FieldName, DomainOperation.Transfer), p.FieldName));
        Assert.DoesNotContain(transfer.Command.RegistryParameters, p => p.FieldName == "ciraAgreement" && !CaTld.FieldAppliesTo("ciraAgreement", DomainOperation.Transfer));
    }

    [Fact]
    public void Owner_change_carries_no_period_and_sends_its_fields()
    {
        var result = new CaOwnerChangeRequest
        {
            Domain = "example.ca",
            Contacts = CaTestData.CompanyContacts,
            LegalType = CaTestData.LegalType("CCO"),
            CiraAgreement = true,
        }.Build();
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        Assert.Equal(0, result.Command!.Years);
        Assert.Contains(result.Command.RegistryParameters, p => p is { FieldName: "legalType", Value: "CCO" });
        Assert.Empty(result.Command.Nameservers);
    }

    [Fact]
    public void Invalid_order_builds_no_command()
    {
        var request = CaTestData.Register();
        request.CiraAgreement = false;
        var result = request.Build();
        Assert.False(result.Succeeded);
        Assert.Null(result.Command);
        Assert.False(result.Validation.IsValid);
    }

    [Fact]
    public void Transfer_needs_the_auth_code_and_a_supported_term()
    {
        var result = new CaTransferRequest { Domain = "example.ca", Years = 2 }.Validate();
        Assert.Equal([ErrorCodes.AuthCodeRequired + "@authCode", ErrorCodes.TermNotAllowed + "@years"], Codes(result));
    }

    [Fact]
    public void Renewal_needs_the_expiry_date()
    {
        var result = new CaRenewRequest { Domain = "example.ca", Years = 1 }.Validate();
        Assert.Equal([ErrorCodes.ExpiryDateRequired + "@expiresOn"], Codes(result));
    }

    [Fact]
    public void Catalog_dispatches_generic_orders_to_the_generated_validator()
    {
        Assert.True(Tlds.Catalog.Validate(CaTestData.RegisterOrder()).IsValid);
        var unknown = Tlds.Catalog.Validate(new DomainOrder { Domain = "example.invalid-tld-for-tests" });
        Assert.Equal([ErrorCodes.TldNotSupported + "@domain"], Codes(unknown));
        Assert.True(Tlds.Catalog.Build(CaTestData.RegisterOrder()).Succeeded);
    }

    [Fact]
    public void Validating_a_valid_order_allocates_nothing_beyond_the_domain_check()
    {
        var order = CaTestData.RegisterOrder();
        var rules = Tlds.Ca.Rules;
        // Warm up (static initialisers, JIT).
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Tlds.Ca.Validate(order, Context).IsValid);
            var warm = new ErrorCollector();
            DomainChecks.CheckDomain(order.Domain, rules, ref warm, out _, null);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var collector = new ErrorCollector();
        DomainChecks.CheckDomain(order.Domain, rules, ref collector, out _, null);
        long domainOnly = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        var result = Tlds.Ca.Validate(order, Context);
        long whole = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(domainOnly, whole);
    }
}
