using System.Text.Json;
using TldToolkit.Orders.Json;
using TldToolkit.Orders;

namespace TldToolkit.Cli.Tests;

/// <summary>The order format onto DomainOrder: every property, lenient spellings, shape problems with paths.</summary>
public class OrderMapperTests
{
    private static ParsedOrder Map(string json)
    {
        using var document = JsonDocument.Parse(json);
        return OrderJsonReader.ReadOrder(document.RootElement.Clone());
    }

    [Fact]
    public void Every_property_maps_onto_the_runtime_order()
    {
        var mapped = Map("""
            {
              "id": 17, "operation": "Transfer", "domain": "fußball.de", "years": 2, "expiresOn": "2027-02-28",
              "authCode": "a1!", "idProtection": true, "dnsManagement": true, "registrarLock": false,
              "nameservers": ["ns1.example.net", "ns2.example.net"], "idnLanguage": "de",
              "contacts": {
                "registrant": { "type": "organisation", "organization": "ACME", "street": "Main St 1", "postalCode": 80331, "country": "DE", "email": "a@b.de", "phone": "+49.1", "fax": null, "vatId": "DE123" },
                "admin": null
              },
              "fields": { "agree": true, "no": false, "number": 123456, "text": "x", "empty": null }
            }
            """);
        Assert.Empty(mapped.Problems);
        var o = mapped.Order!;
        Assert.Equal("17", mapped.Id);
        Assert.Equal(DomainOperation.Transfer, o.Operation);
        Assert.Equal("transfer", mapped.Operation);
        Assert.Equal("fußball.de", o.Domain);
        Assert.Equal(2, o.Years);
        Assert.Equal(new DateOnly(2027, 2, 28), o.ExpiresOn);
        Assert.Equal("a1!", o.AuthCode);
        Assert.True(o.AddOns.IdProtection);
        Assert.True(o.AddOns.DnsManagement);
        Assert.False(o.AddOns.RegistrarLock);
        Assert.Equal(["ns1.example.net", "ns2.example.net"], o.Nameservers);
        Assert.Equal("de", o.IdnLanguage);
        var r = o.Contacts.Registrant!;
        Assert.Equal(RegistrantType.Organization, r.Type);
        Assert.Equal(["Main St 1"], r.Street);
        Assert.Equal("80331", r.PostalCode);
        Assert.Null(r.Fax);
        Assert.Null(o.Contacts.Admin);
        Assert.Equal("true", o.Fields["agree"]);
        Assert.Equal("false", o.Fields["no"]);
        Assert.Equal("123456", o.Fields["number"]);
        Assert.Null(o.Fields["empty"]);
    }

    [Fact]
    public void Wrong_shapes_become_problems_at_their_paths()
    {
        var mapped = Map("""
            {
              "operation": "register", "domain": "example.ca", "years": 1.5, "expiresOn": "2027-02-30",
              "idProtection": "yes", "nameservers": "ns1.example.net",
              "contacts": { "owner": {}, "registrant": { "type": "robot", "street": [1], "mail": "x" } },
              "fields": { "legalType": ["CCO"] }, "colour": "blue"
            }
            """);
        var problems = mapped.Problems.Select(p => (p.Code, p.Path)).ToList();
        Assert.Contains(("order-value-invalid", "years"), problems);
        Assert.Contains(("order-value-invalid", "expiresOn"), problems);
        Assert.Contains(("order-value-invalid", "idProtection"), problems);
        Assert.Contains(("order-value-invalid", "nameservers"), problems);
        Assert.Contains(("order-property-unknown", "contacts.owner"), problems);
        Assert.Contains(("order-value-invalid", "contacts.registrant.type"), problems);
        Assert.Contains(("order-value-invalid", "contacts.registrant.street[0]"), problems);
        Assert.Contains(("order-property-unknown", "contacts.registrant.mail"), problems);
        Assert.Contains(("order-value-invalid", "fields.legalType"), problems);
        Assert.Contains(("order-property-unknown", "colour"), problems);
        // The rest of the order is still read and validated.
        Assert.NotNull(mapped.Order);
    }

    [Fact]
    public void Without_operation_or_domain_there_is_no_order_to_validate()
    {
        var mapped = Map("""{ "years": 1 }""");
        Assert.Null(mapped.Order);
        Assert.Contains(mapped.Problems, p => p is { Code: "order-property-required", Path: "operation" });
        Assert.Contains(mapped.Problems, p => p is { Code: "order-property-required", Path: "domain" });
    }
}
