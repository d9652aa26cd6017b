using TldToolkit.Catalog;
using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Client.Tests.Support;

/// <summary>Orders for TLDs of the real generated catalog, with field values taken from tld-data.</summary>
public static class BuiltInOrders
{
    /// <summary>A Canadian corporation (legal type CCO needs the organisation name).</summary>
    public static Contact CanadianCompany() => new()
    {
        Type = RegistrantType.Organization,
        FirstName = "Marie",
        LastName = "Tremblay",
        Organization = "Érable Logiciels Inc.",
        Street = ["100 Rue Sainte-Catherine Ouest"],
        City = "Montréal",
        State = "QC",
        PostalCode = "H3B 1A7",
        Country = "CA",
        Email = "marie.tremblay@erable.example",
        Phone = "+1.5145550123",
    };

    /// <summary>A Swiss company with a seat in Switzerland.</summary>
    public static Contact SwissCompany() => new()
    {
        Type = RegistrantType.Organization,
        FirstName = "Urs",
        LastName = "Meier",
        Organization = "Meier Uhren AG",
        Street = ["Bahnhofstrasse 1"],
        City = "Zürich",
        PostalCode = "8001",
        Country = "CH",
        Email = "urs.meier@meier-uhren.example",
        Phone = "+41.445550123",
    };

    /// <summary>A German individual.</summary>
    public static Contact GermanPerson() => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Jürgen",
        LastName = "Schmidt",
        Street = ["Hauptstraße 5"],
        City = "Köln",
        PostalCode = "50667",
        Country = "DE",
        Email = "juergen.schmidt@example.de",
        Phone = "+49.2215550123",
    };

    /// <summary>A valid Swiss UID: CHE-123.456.78 + mod-11 check digit 8.</summary>
    public const string SwissUid = "CHE-123.456.788";

    public static DomainOrder CaRegister(string domain, string legalType = "CCO", int years = 2) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = years,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = new ContactSet { Registrant = CanadianCompany(), Admin = CanadianCompany() },
        Fields = new Dictionary<string, string?>
        {
            ["legalType"] = legalType,
            ["contactLanguage"] = "fr",
            ["ciraAgreement"] = "true",
        },
    };

    public static DomainOrder SwissRegister(string domain)
    {
        var company = SwissCompany();
        return new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = domain,
            Years = 1,
            Nameservers = ["ns1.example.ch", "ns2.example.ch"],
            Contacts = new ContactSet { Registrant = company, Admin = company, Tech = company },
            Fields = new Dictionary<string, string?>
            {
                ["enterpriseId"] = SwissUid,
                ["intendedUse"] = "Website of our watch manufactory, whose trade name is the domain name.",
            },
        };
    }

    public static DomainOrder DeRegister(string domain) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = 1,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = new ContactSet { Registrant = GermanPerson() },
    };

    /// <summary>
    /// The real .ca definition as a stricter registry sees it: the trademark number is required for every
    /// registration and only legal type CCO is accepted — so the registry disagrees with our validation.
    /// </summary>
    public static TldCatalog StricterCaRegistry() =>
        new([new StricterTld(TldToolkit.BuiltIn.Tlds.Ca), TldToolkit.BuiltIn.Tlds.De, TldToolkit.BuiltIn.Tlds.Swiss]);

    private sealed class StricterTld(ITldDefinition inner) : ITldDefinition
    {
        public TldRules Rules => inner.Rules;

        public IReadOnlyList<FieldDescriptor> Fields { get; } = inner.Fields.Select(Stricter).ToList();

        public ValidationResult Validate(DomainOrder order, ValidationContext context) => inner.Validate(order, context);

        public BuildResult Build(DomainOrder order, ValidationContext context) => inner.Build(order, context);

        private static FieldDescriptor Stricter(FieldDescriptor f) => new()
        {
            Name = f.Name,
            RegistryName = f.RegistryName,
            Type = f.Type,
            Display = f.Display,
            Label = f.Label,
            Description = f.Description,
            Options = f.Name == "legalType" ? f.Options.Where(o => o.Value == "CCO").ToList() : f.Options,
            Required = f.Required || f.Name == "trademarkNumber",
            RequiredWhen = f.RequiredWhen,
            MustBeChecked = f.MustBeChecked,
            Pattern = f.Pattern,
            MinLength = f.MinLength,
            MaxLength = f.MaxLength,
            Validator = f.Validator,
            Default = f.Default,
            Prefill = f.Prefill,
            PrefillCustomField = f.PrefillCustomField,
            Operations = f.Operations,
        };
    }
}
