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
        Assert.Equal("Legal type", error.FieldLabel!.En);
    }

    [Fact]
    public void Trademark_legal_type_needs_a_trademark_number()
    {
        var request = CaTestData.Register();
        request.LegalType = CaLegalType.TrademarkRegisteredInCanada;
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
        request.LegalType = CaLegalType.TrademarkRegisteredInCanada;
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

        var order = CaTestData.RegisterOrder(CaTestData.Fields(("legalType", "CCO")));
        Assert.Equal([ErrorCodes.FieldAgreementRequired + "@fields.ciraAgreement"], Codes(Tlds.Ca.Validate(order, Context)));
    }

    [Fact]
    public void Unknown_option_and_unknown_field_are_reported()
    {
        var order = CaTestData.RegisterOrder(CaTestData.Fields(("legalType", "XXX"), ("ciraAgreement", "yes"), ("vatId", "1")));
        Assert.Equal(
            [ErrorCodes.FieldOptionInvalid + "@fields.legalType", ErrorCodes.FieldUnknown + "@fields.vatId"],
            Codes(Tlds.Ca.Validate(order, Context)));
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
            Fields = CaTestData.Fields(("legalType", "CCO")),
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
        Assert.Equal(
            [("X-CA-LEGAL-TYPE", "CCT", "legalType"), ("X-CA-CIRA-AGREEMENT", "1", "ciraAgreement")],
            command.RegistryParameters.Select(p => (p.Name, p.Value, p.FieldName)));

        var transfer = new CaTransferRequest { Domain = "example.ca", AuthCode = "Secret-123" }.Build();
        Assert.True(transfer.Succeeded, string.Join("; ", transfer.Validation.Errors));
        Assert.Empty(transfer.Command!.RegistryParameters);
        Assert.Equal("Secret-123", transfer.Command.AuthCode);
    }

    [Fact]
    public void Owner_change_carries_no_period_and_sends_its_fields()
    {
        var result = new CaOwnerChangeRequest
        {
            Domain = "example.ca",
            Contacts = CaTestData.Contacts,
            LegalType = CaLegalType.CanadianCorporation,
            CiraAgreement = true,
        }.Build();
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        Assert.Equal(0, result.Command!.Years);
        Assert.Contains(result.Command.RegistryParameters, p => p is { Name: "X-CA-LEGAL-TYPE", Value: "CCO" });
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
