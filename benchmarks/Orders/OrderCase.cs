using System.Text.Json.Nodes;
using TldToolkit.BuiltIn;
using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;

namespace TldToolkit.Benchmarks.Orders;

/// <summary>
/// One order the three validators are measured on. The same order exists twice: as the runtime's
/// <see cref="DomainOrder"/> (what our generated validators and the interpreter take) and as the
/// JSON order document of docs/orders.md (what NJsonSchema validates against the order-form schema).
/// </summary>
public sealed class OrderCase
{
    private OrderCase(string name, string tld, bool expectedValid, Func<DomainOrder> order)
    {
        Name = name;
        Tld = tld;
        ExpectedValid = expectedValid;
        _order = order;
    }

    private readonly Func<DomainOrder> _order;

    /// <summary>The name shown in the results table.</summary>
    public string Name { get; }

    /// <summary>The TLD the order is for.</summary>
    public string Tld { get; }

    /// <summary>Whether every validator must accept the order (checked in GlobalSetup).</summary>
    public bool ExpectedValid { get; }

    /// <summary>A new instance of the order.</summary>
    public DomainOrder CreateOrder() => _order();

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Every case, in the order of the issue: .com, .ca, .dk, .de.</summary>
    public static IReadOnlyList<OrderCase> All { get; } =
    [
        new("com-valid", "com", true, () => new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = "example-shop.com",
            Years = 2,
            Nameservers = ["ns1.example.net", "ns2.example.net"],
            Contacts = new ContactSet { Registrant = Person("US", "+1.2125550100") },
        }),
        new("ca-valid-fields", "ca", true, () => new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = "maple-syrup.ca",
            Years = 1,
            Nameservers = ["ns1.example.net", "ns2.example.net"],
            Contacts = new ContactSet { Registrant = Company("CA", "+1.5145550100"), Admin = Person("CA", "+1.5145550101") },
            Fields = Fields(("legalType", "TDM"), ("trademarkNumber", "TMA1234567"), ("contactLanguage", "fr"), ("ciraAgreement", "true")),
        }),
        // A Danish company that forgot its CVR/VAT numbers and the agreement, with a malformed phone,
        // a CVR number failing its check digit and one nameserver where .dk needs two.
        new("dk-invalid-org", "dk", false, () => new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = "hygge-design.dk",
            Years = 1,
            Nameservers = ["ns1.example.net"],
            Contacts = new ContactSet
            {
                Registrant = Company("DK", "45 3312 3456", vatId: "12345678"),
                Admin = Person("DK", "+45.33123457"),
            },
            Fields = Fields(("userType", "company")),
        }),
        new("de-idn-valid", "de", true, () => new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = "müller-bäckerei.de",
            Years = 1,
            Nameservers = ["ns1.example.net", "ns2.example.net"],
            Contacts = new ContactSet { Registrant = Person("DE", "+49.3012345678") },
            Fields = Fields(("abuseContact", "mailto:abuse@example.net")),
        }),
    ];

    /// <summary>The cases whose TLD is in the default catalog of this build.</summary>
    public static IEnumerable<OrderCase> Available => All.Where(c => Tlds.Catalog.Find(c.Tld) is not null);

    private static Contact Person(string country, string phone) => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Alex",
        LastName = "Sample",
        Street = ["1 Main Street"],
        City = "Springfield",
        PostalCode = "12345",
        Country = country,
        Email = "alex@example.net",
        Phone = phone,
    };

    private static Contact Company(string country, string phone, string? vatId = null) => new()
    {
        Type = RegistrantType.Organization,
        Organization = "Sample Trading Ltd",
        FirstName = "Alex",
        LastName = "Sample",
        Street = ["2 Harbour Road"],
        City = "Springfield",
        PostalCode = "12345",
        Country = country,
        Email = "office@example.net",
        Phone = phone,
        VatId = vatId,
    };

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] values)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in values) fields[name] = value;
        return fields;
    }

    /// <summary>
    /// The order as the JSON document of docs/orders.md (the format <c>tldtool validate</c> reads and
    /// the order-form schema describes): checkboxes become booleans, absent values are left out.
    /// </summary>
    public string ToJson(ITldDefinition definition)
    {
        var order = CreateOrder();
        var json = new JsonObject
        {
            ["operation"] = order.Operation switch
            {
                DomainOperation.Register => "register",
                DomainOperation.Transfer => "transfer",
                DomainOperation.Renew => "renew",
                _ => "ownerChange",
            },
            ["domain"] = order.Domain,
            ["years"] = order.Years,
        };
        if (order.ExpiresOn is { } expires) json["expiresOn"] = expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (order.AuthCode is { } auth) json["authCode"] = auth;
        if (order.AddOns.IdProtection) json["idProtection"] = true;
        if (order.AddOns.RegistrarLock) json["registrarLock"] = true;
        if (order.Nameservers.Count > 0) json["nameservers"] = new JsonArray(order.Nameservers.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        var contacts = new JsonObject();
        foreach (var (role, contact) in new[] { ("registrant", order.Contacts.Registrant), ("admin", order.Contacts.Admin), ("tech", order.Contacts.Tech), ("billing", order.Contacts.Billing) })
            if (contact is not null) contacts[role] = ContactJson(contact);
        if (contacts.Count > 0) json["contacts"] = contacts;
        if (order.IdnLanguage is { } language) json["idnLanguage"] = language;
        if (order.Fields.Count > 0)
        {
            var fields = new JsonObject();
            foreach (var (name, value) in order.Fields)
            {
                var descriptor = definition.Fields.FirstOrDefault(f => f.Name == name);
                if (value is null) continue;
                fields[name] = descriptor?.Type == FieldType.Checkbox
                    ? JsonValue.Create(string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                    : JsonValue.Create(value);
            }
            json["fields"] = fields;
        }
        return json.ToJsonString();
    }

    private static JsonObject ContactJson(Contact c)
    {
        var json = new JsonObject { ["type"] = c.Type == RegistrantType.Organization ? "organization" : "individual" };
        void Put(string name, string? value) { if (value is not null) json[name] = value; }
        Put("firstName", c.FirstName);
        Put("lastName", c.LastName);
        Put("organization", c.Organization);
        if (c.Street.Count > 0) json["street"] = new JsonArray(c.Street.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        Put("city", c.City);
        Put("state", c.State);
        Put("postalCode", c.PostalCode);
        Put("country", c.Country);
        Put("email", c.Email);
        Put("phone", c.Phone);
        Put("fax", c.Fax);
        Put("vatId", c.VatId);
        return json;
    }
}
