using System.Text;
using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Orders.Json;
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
    public void Tld_without_fields_is_ordered_with_the_base_request_classes()
    {
        // .com has no additional fields, so no ComRenewRequest: the base class takes the TLD.
        Assert.DoesNotContain(typeof(Tlds).Assembly.GetExportedTypes(), t => t.Name is "ComTld" or "ComRegisterRequest" or "ComRenewRequest");
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
        var renewal = new TldToolkit.Requests.RenewRequest(Tlds.Com) { Domain = "example.com", Years = 2, ExpiresOn = expiresOn };
        var built = renewal.Build();
        Assert.True(built.Succeeded, string.Join("; ", built.Validation.Errors.Select(e => e.ToString())));
        Assert.Equal("example.com", built.Command.DomainAscii);
        // What the builder validates is .com's rules: a period .com does not allow is refused.
        renewal.Years = 11;
        Assert.Contains(renewal.Validate().Errors, e => e.Path == "years");
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

    // What the README's examples show, in the order they show it.
    private readonly List<string> _shown = [];
    private void Show(IEnumerable<OrderProblem> problems) => _shown.AddRange(problems.Select(p => $"{p.Code} at {p.Path}"));
    private void Show(IEnumerable<ValidationError> errors) => _shown.AddRange(errors.Select(e => $"{e.Code} at {e.Path}"));
    private void Show(string text) => _shown.Add(text);

    [Fact]
    public async Task Json_example_reads_order_by_order_and_reports_the_break()
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes("""
            [
              { "operation": "register", "domain": "example.ca", "years": "two" }, { "operation": "register", "domain": "example.ca", "years": 11 },
            { "operation":"register" "domain": "b.ca" }
            ]
            """));

        // As the README writes it:
        using var reader = new OrderJsonReader(body);                 // a Stream; or a string, or a ReadOnlySequence<byte>
        while (await reader.ReadAsync() is { } parsed)
        {
            if (!parsed.IsWellFormed) { Show(parsed.Problems); continue; }   // "years": "two" → order-value-invalid at years
            var result = Tlds.Catalog.Validate(parsed.Order);       // IsWellFormed tells the compiler Order is set
            if (!result.IsValid) Show(result.Errors);
        }
        if (reader.Error is { } broken)                              // the JSON itself is broken: where, and why
            Show($"{broken.Line}:{broken.Column}: {broken.Message}"); // 3:26: '"' is invalid after a value. …

        Assert.Equal("order-value-invalid at years", _shown[0]);
        Assert.Contains("term-not-allowed at years", _shown);
        Assert.StartsWith("3:26: '\"' is invalid after a value.", _shown[^1]);
    }

    [Theory]
    [InlineData("fußball.de", "xn--fuball-cta.de under .de, IDN Uts46Nontransitional")]
    [InlineData("-bad.de", "label-hyphen-edge at domain")]
    public void Check_example_gives_both_forms_or_every_problem(string name, string shown)
    {
        // As the README writes it:
        var check = Tlds.Catalog.CheckName(name);
        if (check.IsValid)                                            // then the TLD, its rules and both forms are set
            Show($"{check.Ascii} under .{check.Rules.Tld}, IDN {check.Idn.Mode}");  // xn--fuball-cta.de under .de, IDN Uts46Nontransitional
        else
            Show(check.Errors);                                       // "-bad.de": label-hyphen-edge at domain, in the customer's language

        Assert.Equal([shown], _shown);
    }
}
