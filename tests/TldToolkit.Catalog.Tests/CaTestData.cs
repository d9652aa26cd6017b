using System.Text.Json;
using TldToolkit.BuiltIn;
using TldToolkit.Fields;
using TldToolkit.Orders;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// Orders for .ca that pass every check, to be broken one rule at a time. Built from the compiled
/// field descriptors and option values rather than from generated member names, so the tests follow
/// tld-data/ca.json as it is refined.
/// </summary>
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

    public static Contact Company => new()
    {
        Type = RegistrantType.Organization,
        Organization = "Érable Inc.",
        Street = ["2 Rue Principale"],
        City = "Montréal",
        State = "QC",
        PostalCode = "H2X 1Y4",
        Country = "CA",
        Email = "info@example.ca",
        Phone = "+1.5145550101",
    };

    public static ContactSet Contacts => new() { Registrant = Person, Admin = Person };

    public static ContactSet CompanyContacts => new() { Registrant = Company, Admin = Person };

    /// <summary>The enum member whose order value is <paramref name="value"/> (e.g. "TDM").</summary>
    public static CaLegalType LegalType(string value) => Enum.GetValues<CaLegalType>().Single(v => CaTld.LegalTypeValue(v) == value);

    public static CaRegisterRequest Register() => new()
    {
        Domain = "example.ca",
        Years = 2,
        Contacts = Contacts,
        Nameservers = ["ns1.example.net", "NS2.Example.net."],
        LegalType = LegalType("CCT"),
        CiraAgreement = true,
    };

    /// <summary>Values that satisfy every field applying to <paramref name="operation"/>, from the descriptors.</summary>
    public static Dictionary<string, string?> ValidFields(DomainOperation operation, string legalType = "CCT")
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var f in Tlds.Ca.Fields)
        {
            if (!CaTld.FieldAppliesTo(f.Name, operation) || f.Type == FieldType.Display) continue;
            if (f.Name == "legalType") fields[f.Name] = legalType;
            else if (f.Type == FieldType.Checkbox && f.MustBeChecked) fields[f.Name] = "true";
            else if (f.Required) fields[f.Name] = f.Default ?? (f.Options.Count > 0 ? f.Options[0].Value : "x");
        }
        return fields;
    }

    public static Dictionary<string, string?> With(this Dictionary<string, string?> fields, string name, string? value)
    {
        var copy = new Dictionary<string, string?>(fields, StringComparer.Ordinal);
        if (value is null) copy.Remove(name);
        else copy[name] = value;
        return copy;
    }

    public static DomainOrder RegisterOrder(Dictionary<string, string?>? fields = null, AddOns? addOns = null) => new()
    {
        Operation = DomainOperation.Register,
        Domain = "example.ca",
        Years = 1,
        Contacts = Contacts,
        AddOns = addOns ?? AddOns.None,
        Fields = fields ?? ValidFields(DomainOperation.Register),
    };

    /// <summary>tld-data/ca.json itself, to compare the compiled rules with.</summary>
    public static JsonElement Json { get; } =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CatalogLookupTests.RepoRoot(), "tld-data", "ca.json"))).RootElement;
}
