using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>The "Using it in code" examples of README.md, kept compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    private static readonly ContactSet Contacts = CaTestData.CompanyContacts;

    private static readonly Contact Berliner = new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Jonas",
        LastName = "Weber",
        Street = ["Hauptstraße 1"],
        City = "Berlin",
        PostalCode = "10115",
        Country = "DE",
        Email = "jonas@example.de",
        Phone = "+49.301234567",
    };

    [Fact]
    public void Typed_builder_example_validates_and_reports_in_french()
    {
        var request = new CaRegisterRequest
        {
            Domain = "example.ca",
            Years = 2,
            LegalType = CaLegalType.Corporation,
            CiraAgreement = true,
            Contacts = Contacts,
        };
        Assert.True(request.Validate().IsValid);

        request.CiraAgreement = false;
        var error = Assert.Single(request.Validate().Errors);
        Assert.Equal("fields.ciraAgreement", error.Path);
        Assert.Contains(Tlds.Ca.Fields.Single(f => f.Name == "ciraAgreement").Label.Get("fr"), error.Message("fr"));
    }

    [Fact]
    public void Generic_example_finds_de_by_suffix_and_builds_both_name_forms()
    {
        var order = new DomainOrder
        {
            Operation = DomainOperation.Register,
            Domain = "fußball.de",
            Years = 1,
            Contacts = new ContactSet { Registrant = Berliner },
            Nameservers = ["ns1.example.net", "ns2.example.net"],
        };
        var built = Tlds.Catalog.Build(order);
        Assert.True(built.Succeeded, string.Join("; ", built.Validation.Errors.Select(e => e.ToString())));
        // As the README writes it: after Succeeded the compiler knows Command is set (no '!'; warnings are errors here).
        if (built.Succeeded)
        {
            Assert.Equal("xn--fuball-cta.de", built.Command.DomainAscii);
            Assert.Equal("fußball.de", built.Command.DomainUnicode);
        }
    }

    [Fact]
    public void Generic_example_reports_errors_with_stable_codes()
    {
        var order = new DomainOrder { Operation = DomainOperation.Register, Domain = "example.ca", Years = 11, Contacts = Contacts };
        var built = Tlds.Catalog.Build(order);
        Assert.False(built.Succeeded);
        Assert.Contains(built.Validation.Errors, e => e.Code == ErrorCodes.TermNotAllowed && e.Path == "years");
    }
}
