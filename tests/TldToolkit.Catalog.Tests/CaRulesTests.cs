using System.Text.Json;
using TldToolkit.BuiltIn;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Catalog.Tests;

/// <summary>The compiled .ca rules and field descriptors say what tld-data/ca.json says.</summary>
public class CaRulesTests
{
    private static TldRules Rules => Tlds.Ca.Rules;
    private static JsonElement Json => CaTestData.Json;

    private static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    [Fact]
    public void Rules_carry_every_section_of_the_file()
    {
        Assert.Equal("ca", Rules.Tld);
        Assert.Equal("ca", Rules.UnicodeTld);
        Assert.Equal(TldKind.CountryCode, Rules.Kind);
        Assert.Equal(Json.GetProperty("displayName").GetString(), Rules.DisplayName);
        Assert.Equal(Json.GetProperty("registryOperator").GetString(), Rules.RegistryOperator);
        var terms = Json.GetProperty("terms");
        Assert.Equal(Ints(terms.GetProperty("register").GetProperty("years")), Rules.Terms.Register);
        Assert.Equal(Ints(terms.GetProperty("renew").GetProperty("years")), Rules.Terms.Renew);
        Assert.Equal(Ints(terms.GetProperty("transfer").GetProperty("years")), Rules.Terms.Transfer);
        Assert.Equal(terms.GetProperty("transfer").GetProperty("addsYear").GetBoolean(), Rules.Terms.TransferAddsYear);
        Assert.Equal(Json.GetProperty("renewal").GetProperty("explicit").GetBoolean(), Rules.Renewal.Explicit);
        var transfer = Json.GetProperty("transfer");
        Assert.Equal(transfer.GetProperty("authCodeRequired").GetBoolean(), Rules.Transfer.AuthCodeRequired);
        Assert.Equal(transfer.GetProperty("lockDaysAfterRegistration").GetInt32(), Rules.Transfer.LockDaysAfterRegistration);
        Assert.Equal(transfer.GetProperty("additionalFieldsApply").GetBoolean(), Rules.Transfer.AdditionalFieldsApply);
        Assert.False(Rules.AddOns.IdProtection);
        Assert.True(Rules.AddOns.FreePrivacyForIndividuals);
        Assert.Equal(Json.GetProperty("labels").GetProperty("minLength").GetInt32(), Rules.Labels.MinLength);
        Assert.True(Rules.Labels.Idn.Supported);
        Assert.Contains(new CodePointRange(0x0153, 0x0153), Rules.Labels.Idn.Ranges); // œ
        Assert.Equal(Rules.Labels.Idn.Ranges.OrderBy(r => r.First), Rules.Labels.Idn.Ranges);
        Assert.Equal(Json.GetProperty("nameservers").GetProperty("max").GetInt32(), Rules.Nameservers.Max);
        Assert.Equal([ContactRole.Registrant, ContactRole.Admin], Rules.Contacts.RequiredRoles);
        Assert.Equal(Json.GetProperty("lifecycle").GetProperty("redemptionPeriodDays").GetInt32(), Rules.Lifecycle.RedemptionPeriodDays);
        Assert.Equal(Json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()), Rules.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Fields_are_described_in_file_order()
    {
        var jsonFields = Json.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(jsonFields.Select(f => f.GetProperty("name").GetString()), Tlds.Ca.Fields.Select(f => f.Name));
        for (int i = 0; i < jsonFields.Count; i++)
        {
            var json = jsonFields[i];
            var field = Tlds.Ca.Fields[i];
            Assert.Equal(json.GetProperty("registryName").GetString(), field.RegistryName);
            Assert.Equal(json.GetProperty("label").GetProperty("en").GetString(), field.Label.English);
            if (json.GetProperty("label").TryGetProperty("fr", out var fr)) Assert.Equal(fr.GetString(), field.Label.Get("fr"));
            var options = json.TryGetProperty("options", out var o) ? o.EnumerateArray().Select(x => x.GetProperty("value").GetString()!).ToList() : [];
            Assert.Equal(options, field.Options.Select(x => x.Value));
        }

        var legalType = Tlds.Ca.Fields.Single(f => f.Name == "legalType");
        Assert.Equal(FieldType.Select, legalType.Type);
        Assert.True(legalType.Required);
        Assert.Contains(legalType.Options, x => x.Value == "TDM");
        Assert.True(legalType.AppliesTo(DomainOperation.Register));
        Assert.False(legalType.AppliesTo(DomainOperation.Renew));

        var trademark = Tlds.Ca.Fields.Single(f => f.Name == "trademarkNumber");
        var condition = Assert.IsType<FieldValueCondition>(trademark.RequiredWhen);
        Assert.Equal("legalType", condition.Field);
        Assert.Equal(["TDM"], condition.Values);
        Assert.False(condition.Negated);
        Assert.Equal("^(TMA)?[0-9]{6,7}$", trademark.Pattern);
    }

    [Fact]
    public void FieldAppliesTo_follows_operations_and_additional_fields_apply()
    {
        bool transferFields = Json.GetProperty("transfer").GetProperty("additionalFieldsApply").GetBoolean();
        foreach (var json in Json.GetProperty("fields").EnumerateArray())
        {
            var name = json.GetProperty("name").GetString()!;
            var ops = json.GetProperty("operations").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            Assert.Equal(ops.Contains("register"), CaTld.FieldAppliesTo(name, DomainOperation.Register));
            Assert.Equal(ops.Contains("ownerChange"), CaTld.FieldAppliesTo(name, DomainOperation.OwnerChange));
            Assert.Equal(ops.Contains("transfer") && transferFields, CaTld.FieldAppliesTo(name, DomainOperation.Transfer));
            Assert.False(CaTld.FieldAppliesTo(name, DomainOperation.Renew));
        }
        Assert.False(CaTld.FieldAppliesTo("unknownField", DomainOperation.Register));
        Assert.False(CaTld.FieldAppliesTo("LegalType", DomainOperation.Register)); // names are case-sensitive
    }

    [Fact]
    public void Request_builders_map_typed_properties_to_order_fields()
    {
        var request = CaTestData.Register();
        request.LegalType = CaTestData.LegalType("TDM");
        request.TrademarkNumber = "TMA123456";
        var order = request.ToOrder();
        Assert.Equal(DomainOperation.Register, order.Operation);
        Assert.Equal("example.ca", order.Domain);
        Assert.Equal(2, order.Years);
        Assert.Equal(["ns1.example.net", "NS2.Example.net."], order.Nameservers);
        Assert.Equal("TDM", order.Fields["legalType"]);
        Assert.Equal("true", order.Fields["ciraAgreement"]);
        Assert.Equal("TMA123456", order.Fields["trademarkNumber"]);
        Assert.All(order.Fields.Keys, k => Assert.True(CaTld.FieldAppliesTo(k, DomainOperation.Register), k));
    }

    [Fact]
    public void Enum_members_map_to_option_values_in_file_order()
    {
        var values = Enum.GetValues<CaLegalType>().Select(CaTld.LegalTypeValue).ToList();
        Assert.Equal(Tlds.Ca.Fields.Single(f => f.Name == "legalType").Options.Select(o => o.Value), values);
        Assert.All(Enum.GetNames<CaLegalType>(), n => Assert.True(char.IsUpper(n[0]), n));
    }

    [Fact]
    public void Builders_exist_for_every_operation_and_carry_only_applicable_fields()
    {
        var transfer = new CaTransferRequest { Domain = "example.ca", AuthCode = "secret" }.ToOrder();
        Assert.Equal(DomainOperation.Transfer, transfer.Operation);
        Assert.Equal("secret", transfer.AuthCode);
        Assert.All(transfer.Fields.Keys, k => Assert.True(CaTld.FieldAppliesTo(k, DomainOperation.Transfer), k));

        var renew = new CaRenewRequest { Domain = "example.ca", Years = 3, ExpiresOn = new DateOnly(2030, 1, 1) }.ToOrder();
        Assert.Equal(DomainOperation.Renew, renew.Operation);
        Assert.Empty(renew.Fields);
        Assert.Equal(new DateOnly(2030, 1, 1), renew.ExpiresOn);

        var ownerChange = new CaOwnerChangeRequest { Domain = "example.ca", LegalType = CaTestData.LegalType("CCO") }.ToOrder();
        Assert.Equal(DomainOperation.OwnerChange, ownerChange.Operation);
        Assert.Equal("CCO", ownerChange.Fields["legalType"]);
    }
}
