using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>Rules and a valid order built by hand (no generated code), shaped like .ca plus a VAT rule.</summary>
internal static class TestRules
{
    public static readonly TldRules Ca = new()
    {
        Tld = "ca",
        UnicodeTld = "ca",
        Kind = TldKind.CountryCode,
        Terms = new TermRules { Register = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Renew = [1, 2, 5], Transfer = [1] },
        Renewal = new RenewalRules { WindowDaysBeforeExpiry = 60, MaxHorizonYears = 10 },
        Transfer = new TransferRules { Supported = true, AuthCodeRequired = true, AuthCodePattern = "[A-Za-z0-9]{8,16}" },
        AddOns = new AddOnRules { IdProtection = false, RegistrarLock = true },
        Labels = new LabelRules { MinLength = 2 },
        Nameservers = new NameserverRules { Min = 2, Max = 6 },
        Contacts = new ContactRules { RequiredRoles = [ContactRole.Registrant, ContactRole.Admin], RegistrantTypes = [RegistrantType.Individual, RegistrantType.Organization], RegistrantCountries = ["CA", "US"] },
        Lifecycle = new LifecycleRules(),
    };

    public static readonly Regex AuthCodePattern = Patterns.Create(Ca.Transfer.AuthCodePattern!);
    public static readonly Regex TrademarkPattern = Patterns.Create("^(TMA)?[0-9]{6,7}$");
    public static readonly Regex PostalCodePattern = Patterns.Create("[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]");

    public static readonly LocalizedText LegalTypeLabel = SampleErrors.LegalType;
    public static readonly LocalizedText AgreementLabel = new("I accept the CIRA registrant agreement", fr: "J'accepte la convention du titulaire de l'ACEI");
    public static readonly LocalizedText TrademarkLabel = new("Trademark number");
    public static readonly LocalizedText UidLabel = new("Swiss UID");
    public static readonly string[] LegalTypes = ["CCT", "RES", "CCO", "TDM"];
    public static readonly LocalizedText[] LegalTypeLabels = [new("Citizen"), new("Resident"), new("Corporation"), new("Trademark")];
    public static readonly string[] TrademarkTypes = ["TDM"];
    public static readonly string[] NorthAmerica = ["CA", "US"];
    public static readonly ContactRole[] RegistrantOnly = [ContactRole.Registrant];
    public static readonly ContactRole[] AllRoles = [];
    public static readonly Func<string, bool> SwissUid = CheckDigitValidators.SwissUid;
    public static readonly Func<string, bool> EuVat = CheckDigitValidators.EuVat;
    public static readonly Func<string, DomainOperation, bool> AppliesTo =
        static (name, operation) => operation != DomainOperation.Renew && name is "legalType" or "ciraAgreement" or "trademarkNumber" or "uid";

    public static readonly DateTimeOffset Now = new(2026, 12, 29, 10, 0, 0, TimeSpan.Zero);

    public static Contact Person(string country = "CA", string vatId = "CHE-113.690.319") => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Zoë",
        LastName = "Tremblay",
        Street = ["123 Rue Sainte-Catherine", "Apt 4"],
        City = "Montréal",
        State = "QC",
        PostalCode = "H2X 1K4",
        Country = country,
        Email = "zoe@bücher.example",
        Phone = "+1.5555551234",
        Fax = "+1.5555551235",
        VatId = vatId,
    };

    public static DomainOrder ValidOrder() => new()
    {
        Operation = DomainOperation.Register,
        Domain = "example.ca",
        Years = 2,
        ExpiresOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(30),
        AuthCode = "Abc12345XYZ",
        Nameservers = ["ns1.example.net", "ns2.example.net.", "ns1.xn--bcher-kva.example"],
        Contacts = new ContactSet { Registrant = Person(), Admin = Person(), Tech = Person("US"), Billing = Person() },
        AddOns = new AddOns { RegistrarLock = true, DnsManagement = true },
        Fields = new Dictionary<string, string?>
        {
            ["legalType"] = "TDM",
            ["ciraAgreement"] = "true",
            ["trademarkNumber"] = "TMA123456",
            ["uid"] = "CHE-113.690.319",
        },
    };
}
