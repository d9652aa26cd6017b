using TldToolkit.Orders;

namespace TldToolkit.Client.Tests.Support;

public static class TestOrders
{
    public static Contact Person(string email = "jane@example.com") => new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Jane",
        LastName = "Doe",
        Street = ["1 Main Street"],
        City = "Springfield",
        PostalCode = "12345",
        Country = "US",
        Email = email,
        Phone = "+1.5555550100",
    };

    public static Dictionary<string, string?> TestFields(string legalType = "cco", string? companyNumber = "12345678") => new()
    {
        ["legalType"] = legalType,
        ["acceptTerms"] = "true",
        ["companyNumber"] = companyNumber,
    };

    public static DomainOrder Register(string domain, Contact? registrant = null, IReadOnlyDictionary<string, string?>? fields = null, int years = 1) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = years,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = new ContactSet { Registrant = registrant ?? Person() },
        Fields = fields ?? (domain.EndsWith(".test", StringComparison.Ordinal) ? TestFields() : new Dictionary<string, string?>()),
    };

    public static DomainOrder Transfer(string domain, string authCode) => new()
    {
        Operation = DomainOperation.Transfer,
        Domain = domain,
        Years = 1,
        AuthCode = authCode,
    };

    public static DomainOrder Renew(string domain, DateOnly expiresOn, int years = 1) => new()
    {
        Operation = DomainOperation.Renew,
        Domain = domain,
        Years = years,
        ExpiresOn = expiresOn,
    };
}
