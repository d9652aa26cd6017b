using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class ContactCheckTests
{
    [Theory]
    [InlineData("+1.5555551234", true)]
    [InlineData("+49.301234567", true)]
    [InlineData("+971.41234567", true)]
    [InlineData("+1.1", true)]
    [InlineData("+1.12345678901234", true)]   // 14 digits
    [InlineData("+1.123456789012345", false)] // 15 digits
    [InlineData("+1 555 555 1234", false)]
    [InlineData("+1-555-5551234", false)]
    [InlineData("1.5555551234", false)]
    [InlineData("+1234.5555", false)]
    [InlineData("+0.5555551234", false)]
    [InlineData("+1.", false)]
    [InlineData("+.5555", false)]
    [InlineData("+1.555x12", false)]
    [InlineData("+1.٥٥٥٥", false)]            // Arabic-Indic digits are not EPP digits
    [InlineData("", false)]
    public void Epp_phone(string value, bool valid) => Assert.Equal(valid, ContactChecks.IsEppPhone(value));

    [Theory]
    [InlineData("info@example.com", true)]
    [InlineData("first.last+tag@sub.example.co.uk", true)]
    [InlineData("zoe@bücher.example", true)]            // U-label domain
    [InlineData("zoe@xn--bcher-kva.example", true)]     // A-label domain
    [InlineData("δοκιμή@παράδειγμα.δοκιμή", true)]      // SMTPUTF8
    [InlineData("o'brien@example.ie", true)]
    [InlineData("zoe@xn--zzzz.example", false)]          // broken Punycode
    [InlineData("zoe@example", false)]
    [InlineData("zoe@example.123", false)]
    [InlineData("zoe@-example.com", false)]
    [InlineData("zoe@example-.com", false)]
    [InlineData("zoe@exa_mple.com", false)]
    [InlineData("zoe@example..com", false)]
    [InlineData("zoe@example.com.", false)]
    [InlineData("zoe@[192.0.2.1]", false)]
    [InlineData(".zoe@example.com", false)]
    [InlineData("zoe.@example.com", false)]
    [InlineData("zo..e@example.com", false)]
    [InlineData("zoe@@example.com", false)]
    [InlineData("zoe example@example.com", false)]
    [InlineData("zoe@exam\u202Eple.com", false)]
    [InlineData("zoe\u0000@example.com", false)]
    [InlineData("\"zoe\"@example.com", false)]
    [InlineData("@example.com", false)]
    public void Email(string value, bool valid) => Assert.Equal(valid, ContactChecks.IsEmail(value));

    [Theory]
    [InlineData("CA", true)]
    [InlineData("de", true)]
    [InlineData("Gb", true)]
    [InlineData("XK", true)]
    [InlineData("AX", true)]
    [InlineData("SS", true)]
    [InlineData("UK", false)]
    [InlineData("XX", false)]
    [InlineData("EU", false)]
    [InlineData("C", false)]
    [InlineData("CAN", false)]
    [InlineData("Ca\u0301", false)]
    public void Country_code(string value, bool valid) => Assert.Equal(valid, ContactChecks.IsCountryCode(value));

    [Fact]
    public void Country_list_has_the_249_assigned_codes_plus_XK()
    {
        int count = 0;
        for (char a = 'A'; a <= 'Z'; a++)
            for (char b = 'A'; b <= 'Z'; b++)
                if (ContactChecks.IsCountryCode(new string([a, b]))) count++;
        Assert.Equal(250, count);
    }

    [Fact]
    public void Complete_contact_passes_and_missing_parts_are_named()
    {
        var errors = new ErrorCollector();
        ContactChecks.CheckContact(TestRules.Person(), ContactRole.Tech, ref errors);
        Assert.False(errors.HasErrors, string.Join("; ", errors.ToResult().Errors));

        errors = new ErrorCollector();
        ContactChecks.CheckContact(new Contact { Type = RegistrantType.Organization, Email = "x", Phone = "555", Fax = "1", Country = "Canada" }, ContactRole.Admin, ref errors);
        var found = errors.ToResult().Errors.Select(e => (e.Code, e.Path)).ToArray();
        Assert.Equal(
        [
            (ErrorCodes.ContactPropertyRequired, "contacts.admin.organization"),
            (ErrorCodes.ContactPropertyInvalid, "contacts.admin.email"),
            (ErrorCodes.ContactPropertyInvalid, "contacts.admin.phone"),
            (ErrorCodes.ContactPropertyInvalid, "contacts.admin.fax"),
            (ErrorCodes.ContactPropertyInvalid, "contacts.admin.country"),
        ], found);
        Assert.Equal("Country (administrative contact): “Canada” is not a two-letter country code (such as CA or DE).", errors.ToResult().Errors[4].Message("en"));
    }

    [Fact] // issue 16: .ca requires the organisation name for legal type CCO; an organisation registrant without one is one problem
    public void Organisation_name_required_twice_is_reported_once_and_other_problems_stay()
    {
        var errors = new ErrorCollector();
        var registrant = new Contact { Type = RegistrantType.Organization, LastName = "Tremblay", Email = "x", Phone = "+1.5555551234", Country = "CA" };
        ContactChecks.CheckContact(registrant, ContactRole.Registrant, ref errors);
        var contacts = new ContactSet { Registrant = registrant };
        ContactChecks.CheckFormat(contacts, TestRules.RegistrantOnly, "organization", required: true, null, null, null, ref errors);
        ContactChecks.CheckFormat(contacts, TestRules.RegistrantOnly, "city", required: true, null, null, null, ref errors);
        var found = errors.ToResult().Errors.Select(e => (e.Code, e.Path)).ToArray();
        Assert.Equal(
        [
            (ErrorCodes.ContactPropertyRequired, "contacts.registrant.organization"),
            (ErrorCodes.ContactPropertyInvalid, "contacts.registrant.email"),
            (ErrorCodes.ContactPropertyRequired, "contacts.registrant.city"),
        ], found);
    }

    [Theory] // issue 15, R4: the wire format has STREET0-2, a fourth line would be dropped silently
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(100_000, true)]
    public void More_than_three_street_lines_are_rejected(int lines, bool rejected)
    {
        var contact = new Contact
        {
            FirstName = "Zoë", LastName = "Tremblay", Street = [.. Enumerable.Repeat("Main St 1", lines)], City = "Montréal", Country = "CA",
            Email = "zoe@example.ca", Phone = "+1.5555551234",
        };
        var errors = new ErrorCollector();
        ContactChecks.CheckContact(contact, ContactRole.Registrant, ref errors);
        var found = errors.ToResult().Errors;
        Assert.Equal(rejected, found.Any(e => e.Code == ErrorCodes.ContactPropertyInvalid && e.Path == "contacts.registrant.street"));
        if (rejected)
        {
            Assert.Equal(ErrorReasons.TooManyLines, found[0].Arguments.Reason);
            Assert.Contains("at most 3 lines", found[0].Message("en"));
        }
    }

    [Fact]
    public void Control_and_bidi_characters_in_contact_data_are_rejected()
    {
        var contact = new Contact
        {
            FirstName = "Zoë", LastName = "Trem\u202Eblay", Street = ["ok", "line\u0000two"], City = "Montréal", Country = "CA",
            Email = "zoe@example.ca", Phone = "+1.5555551234", PostalCode = "H2X\u20661K4",
        };
        var errors = new ErrorCollector();
        ContactChecks.CheckContact(contact, ContactRole.Registrant, ref errors);
        var paths = errors.ToResult().Errors.Select(e => e.Path).ToArray();
        Assert.Equal(["contacts.registrant.lastName", "contacts.registrant.street", "contacts.registrant.postalCode"], paths);
        Assert.All(errors.ToResult().Errors, e => Assert.Equal(ErrorReasons.InvalidCharacters, e.Arguments.Reason));
        Assert.Equal("Last name (registrant) contains invisible control characters; please type it again.", errors.ToResult().Errors[0].Message("en"));
        Assert.Contains("[U+202E]", errors.ToResult().Errors[0].DeveloperMessage);
    }

    [Fact]
    public void Format_rules_pattern_length_validator_and_no_double_reports()
    {
        var contacts = new ContactSet
        {
            Registrant = TestRules.Person(vatId: "CHE-113.690.318"),
            Admin = TestRules.Person(),
        };
        var errors = new ErrorCollector();
        ContactChecks.CheckFormat(contacts, TestRules.RegistrantOnly, "vatId", true, null, 30, TestRules.SwissUid, ref errors);
        var error = Assert.Single(errors.ToResult().Errors);
        Assert.Equal("contacts.registrant.vatId", error.Path);
        Assert.Equal(ErrorReasons.CheckDigits, error.Arguments.Reason);
        Assert.Equal("VAT number (registrant): “CHE-113.690.318” is not a valid number; please check it for typing errors.", error.Message("en"));

        errors = new ErrorCollector();
        ContactChecks.CheckFormat(contacts, TestRules.AllRoles, "postalCode", true, TestRules.PostalCodePattern, 6, null, ref errors);
        Assert.Equal(2, errors.Count); // "H2X 1K4" is 7 characters: too long for both contacts
        Assert.All(errors.ToResult().Errors, e => Assert.Equal(ErrorReasons.TooLong, e.Arguments.Reason));

        errors = new ErrorCollector();
        ContactChecks.CheckFormat(contacts, TestRules.AllRoles, "street", false, null, 10, null, ref errors);
        Assert.Equal(2, errors.Count); // the first line is longer than 10 characters; one error per contact

        // A property the basic check already reported is not reported again.
        errors = new ErrorCollector();
        var bad = new ContactSet { Registrant = new Contact { Email = "nope", Country = "CA", Phone = "+1.5" } };
        ContactChecks.CheckContact(bad.Registrant, ContactRole.Registrant, ref errors);
        int before = errors.Count;
        ContactChecks.CheckFormat(bad, TestRules.RegistrantOnly, "email", true, null, 3, null, ref errors);
        Assert.Equal(before, errors.Count);

        // Required but missing.
        errors = new ErrorCollector();
        ContactChecks.CheckFormat(new ContactSet { Tech = new Contact() }, [ContactRole.Tech], "fax", true, null, null, null, ref errors);
        Assert.Equal(ErrorCodes.ContactPropertyRequired, Assert.Single(errors.ToResult().Errors).Code);
    }

    [Fact]
    public void A_throwing_validator_counts_as_invalid()
    {
        var errors = new ErrorCollector();
        ContactChecks.CheckFormat(new ContactSet { Registrant = TestRules.Person() }, [], "city", false, null, null, _ => throw new InvalidOperationException(), ref errors);
        Assert.Single(errors.ToResult().Errors);
    }
}
