using TldToolkit.BuiltIn;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Catalog.Tests;

/// <summary>The compiled .ca rules and field descriptors match tld-data/ca.json.</summary>
public class CaRulesTests
{
    private static TldRules Rules => Tlds.Ca.Rules;

    [Fact]
    public void Rules_carry_every_section()
    {
        Assert.Equal("ca", Rules.Tld);
        Assert.Equal("ca", Rules.UnicodeTld);
        Assert.Equal(TldKind.CountryCode, Rules.Kind);
        Assert.Equal("Canada", Rules.DisplayName);
        Assert.Equal(Enumerable.Range(1, 10), Rules.Terms.Register);
        Assert.Equal([1], Rules.Terms.Transfer);
        Assert.True(Rules.Terms.TransferAddsYear);
        Assert.True(Rules.Renewal.Explicit);
        Assert.Null(Rules.Renewal.WindowDaysBeforeExpiry);
        Assert.True(Rules.Transfer.AuthCodeRequired);
        Assert.Equal(60, Rules.Transfer.LockDaysAfterRegistration);
        Assert.False(Rules.AddOns.IdProtection);
        Assert.True(Rules.AddOns.FreePrivacyForIndividuals);
        Assert.Equal(2, Rules.Labels.MinLength);
        Assert.True(Rules.Labels.Idn.Supported);
        Assert.Contains(new CodePointRange(0x0153, 0x0153), Rules.Labels.Idn.Ranges);
        Assert.Equal(6, Rules.Nameservers.Max);
        Assert.Equal([ContactRole.Registrant, ContactRole.Admin], Rules.Contacts.RequiredRoles);
        Assert.Equal(30, Rules.Lifecycle.RedemptionPeriodDays);
        Assert.Contains(Rules.Sources, s => s.Id == "cira-cpr" && s.Url!.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_are_described_in_file_order()
    {
        Assert.Equal(["legalType", "ciraAgreement", "trademarkNumber"], Tlds.Ca.Fields.Select(f => f.Name));
        var legalType = Tlds.Ca.Fields[0];
        Assert.Equal(FieldType.Select, legalType.Type);
        Assert.Equal("X-CA-LEGAL-TYPE", legalType.RegistryName);
        Assert.Equal("Type juridique", legalType.Label.Get("fr"));
        Assert.Equal(8, legalType.Options.Count);
        Assert.Equal("TDM", legalType.Options[5].Value);
        Assert.True(legalType.Required);
        Assert.True(legalType.AppliesTo(DomainOperation.Register));
        Assert.False(legalType.AppliesTo(DomainOperation.Renew));

        var trademark = Tlds.Ca.Fields[2];
        var condition = Assert.IsType<FieldValueCondition>(trademark.RequiredWhen);
        Assert.Equal("legalType", condition.Field);
        Assert.Equal(["TDM"], condition.Values);
        Assert.False(condition.Negated);
        Assert.Equal("^(TMA)?[0-9]{6,7}$", trademark.Pattern);
    }

    [Theory]
    [InlineData("legalType", DomainOperation.Register, true)]
    [InlineData("legalType", DomainOperation.OwnerChange, true)]
    [InlineData("legalType", DomainOperation.Renew, false)]
    [InlineData("ciraAgreement", DomainOperation.Register, true)]
    [InlineData("ciraAgreement", DomainOperation.Transfer, false)] // additionalFieldsApply is false for .ca
    [InlineData("trademarkNumber", DomainOperation.OwnerChange, true)]
    [InlineData("unknownField", DomainOperation.Register, false)]
    public void FieldAppliesTo_is_a_static_switch(string name, DomainOperation operation, bool expected) =>
        Assert.Equal(expected, Ca.FieldAppliesTo(name, operation));

    [Fact]
    public void Request_builders_map_typed_properties_to_order_fields()
    {
        var request = CaTestData.Register();
        request.LegalType = CaLegalType.TrademarkRegisteredInCanada;
        request.TrademarkNumber = "TMA123456";
        var order = request.ToOrder();
        Assert.Equal(DomainOperation.Register, order.Operation);
        Assert.Equal("example.ca", order.Domain);
        Assert.Equal(2, order.Years);
        Assert.Equal("TDM", order.Fields["legalType"]);
        Assert.Equal("true", order.Fields["ciraAgreement"]);
        Assert.Equal("TMA123456", order.Fields["trademarkNumber"]);
    }

    [Fact]
    public void Enum_members_map_to_option_values()
    {
        var values = Enum.GetValues<CaLegalType>().Select(Ca.LegalTypeValue).ToList();
        Assert.Equal(Tlds.Ca.Fields[0].Options.Select(o => o.Value), values);
    }

    [Fact]
    public void Transfer_request_exists_and_has_no_fields_for_ca()
    {
        var order = new CaTransferRequest { Domain = "example.ca", AuthCode = "secret" }.ToOrder();
        Assert.Equal(DomainOperation.Transfer, order.Operation);
        Assert.Empty(order.Fields);
        Assert.Equal("secret", order.AuthCode);
    }
}
