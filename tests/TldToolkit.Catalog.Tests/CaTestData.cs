using TldToolkit.BuiltIn;
using TldToolkit.Orders;

namespace TldToolkit.Catalog.Tests;

/// <summary>Orders for .ca that pass every check, to be broken one rule at a time.</summary>
internal static class CaTestData
{
    public static Contact Person => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Jeanne",
        LastName = "Tremblay",
        Street = ["1 Rue Principale"],
        City = "Montréal",
        State = "QC",
        PostalCode = "H2X 1Y4",
        Country = "CA",
        Email = "jeanne@example.ca",
        Phone = "+1.5145550100",
    };

    public static ContactSet Contacts => new() { Registrant = Person, Admin = Person };

    public static CaRegisterRequest Register() => new()
    {
        Domain = "example.ca",
        Years = 2,
        Contacts = Contacts,
        Nameservers = ["ns1.example.net", "NS2.Example.net."],
        LegalType = CaLegalType.CanadianCitizen,
        CiraAgreement = true,
    };

    public static Dictionary<string, string?> Fields(params (string Name, string? Value)[] values)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in values) fields[name] = value;
        return fields;
    }

    public static DomainOrder RegisterOrder(Dictionary<string, string?>? fields = null, AddOns? addOns = null) => new()
    {
        Operation = DomainOperation.Register,
        Domain = "example.ca",
        Years = 1,
        Contacts = Contacts,
        AddOns = addOns ?? AddOns.None,
        Fields = fields ?? Fields(("legalType", "CCO"), ("ciraAgreement", "true")),
    };
}
