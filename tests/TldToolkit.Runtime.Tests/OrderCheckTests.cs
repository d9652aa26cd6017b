using Microsoft.Extensions.Time.Testing;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class OrderCheckTests
{
    private static readonly RenewalRules Window60 = new() { WindowDaysBeforeExpiry = 60, MaxHorizonYears = 10 };

    private static (FakeTimeProvider Clock, ValidationContext Context) ClockAt(int year, int month, int day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));
        return (clock, new ValidationContext(clock));
    }

    private static IReadOnlyList<ValidationError> Renewal(DateOnly? expiry, int years, RenewalRules rules, ValidationContext context)
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckRenewal(expiry, years, rules, context, ref errors);
        return errors.ToResult().Errors;
    }

    [Fact]
    public void Term_must_be_allowed()
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckTerm(2, [1, 2, 5], ref errors);
        Assert.False(errors.HasErrors);
        foreach (var years in new[] { 3, 0, -1, 11, int.MaxValue, int.MinValue })
        {
            errors = new ErrorCollector();
            OrderChecks.CheckTerm(years, [1, 2, 5], ref errors);
            var error = Assert.Single(errors.ToResult().Errors);
            Assert.Equal(ErrorCodes.TermNotAllowed, error.Code);
            Assert.Equal("years", error.Path);
            Assert.Equal(years, error.Arguments.Actual);
            MessageTests.AssertComplete(error.Message("de"), "term");
        }
    }

    [Fact]
    public void Renewal_needs_the_expiry_date()
    {
        var (_, context) = ClockAt(2026, 12, 29);
        var error = Assert.Single(Renewal(null, 1, Window60, context));
        Assert.Equal(ErrorCodes.ExpiryDateRequired, error.Code);
        Assert.Equal("expiresOn", error.Path);
    }

    [Fact]
    public void Renewal_window_opens_on_its_first_day()
    {
        var (clock, context) = ClockAt(2026, 12, 29);
        var today = new DateOnly(2026, 12, 29);
        Assert.Empty(Renewal(today.AddDays(60), 1, Window60, context));   // opens today: allowed
        Assert.Empty(Renewal(today.AddDays(1), 1, Window60, context));
        Assert.Empty(Renewal(today.AddDays(-10), 1, Window60, context));  // already expired (grace): window open
        var error = Assert.Single(Renewal(today.AddDays(61), 1, Window60, context));
        Assert.Equal(ErrorCodes.RenewalTooEarly, error.Code);
        Assert.Equal(today.AddDays(1), error.Arguments.Date);
        Assert.Equal(60, error.Arguments.Days);
        Assert.Equal(today, error.Arguments.Today);

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(Renewal(today.AddDays(61), 1, Window60, context));
    }

    [Fact]
    public void Today_is_the_UTC_day_whatever_the_local_zone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 29, 23, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+3", TimeSpan.FromHours(3), "UTC+3", "UTC+3"));
        var context = new ValidationContext(clock);
        Assert.Equal(new DateOnly(2026, 12, 29), context.Today);
        Assert.Single(Renewal(new DateOnly(2027, 2, 28), 1, Window60, context)); // opens 30 Dec 2026 (UTC)
    }

    [Theory]
    [InlineData("en", "It is too early to renew this domain: renewal opens in 2 months, on 1 March 2027 (60 days before expiry).")]
    [InlineData("de", "Für eine Verlängerung ist es noch zu früh: Sie ist in 2 Monaten möglich, ab dem 1. März 2027 (60 Tage vor Ablauf).")]
    [InlineData("fr", "Il est trop tôt pour renouveler ce domaine : le renouvellement sera possible dans 2 mois, le 1er mars 2027 (60 jours avant l'expiration).")]
    [InlineData("ar", "لم يحن بعد موعد تجديد هذا النطاق: يبدأ التجديد في غضون شهرين من الآن، في 1 مارس 2027 (60 يومًا قبل انتهاء الصلاحية).")]
    public void Renewal_window_is_worded_with_Humanizer(string language, string expected)
    {
        var (_, context) = ClockAt(2026, 12, 29);
        var error = Assert.Single(Renewal(new DateOnly(2027, 4, 30), 1, Window60, context));
        Assert.Equal(expected.Replace("ce domaine : ", "ce domaine\u00A0: "), error.Message(language));
        Assert.Equal("expiresOn: the renewal window (60 days before expiry) opens on 2027-03-01; today is 2026-12-29.", error.DeveloperMessage);
    }

    [Theory]
    [InlineData(1, "en", "renewal opens tomorrow, on 29 December 2026 (60 days before expiry)")]
    [InlineData(1, "de", "Sie ist morgen möglich, ab dem 29. Dezember 2026")]
    [InlineData(1, "fr", "le renouvellement sera possible demain, le 29 décembre 2026")]
    [InlineData(9, "en", "renewal opens in 9 days, on 6 January 2027")]
    [InlineData(9, "de", "Sie ist in 9 Tagen möglich, ab dem 6. Januar 2027")]
    [InlineData(9, "fr", "dans 9 jours, le 6 janvier 2027")]
    [InlineData(9, "ar", "في غضون 9 أيام من الآن، في 6 يناير 2027")]
    [InlineData(400, "en", "renewal opens in one year, on 1 February 2028")]
    [InlineData(400, "de", "Sie ist in einem Jahr möglich, ab dem 1. Februar 2028")]
    [InlineData(400, "fr", "dans un an, le 1er février 2028")]
    [InlineData(400, "ar", "في غضون سنة واحدة من الآن، في 1 فبراير 2028")]
    public void Relative_wording_follows_the_distance(int opensInDays, string language, string expected)
    {
        var (_, context) = ClockAt(2026, 12, 28);
        var expiry = new DateOnly(2026, 12, 28).AddDays(60 + opensInDays);
        var error = Assert.Single(Renewal(expiry, 1, Window60, context));
        Assert.Contains(expected, error.Message(language));
    }

    [Fact]
    public void Horizon_is_counted_from_today()
    {
        var (clock, context) = ClockAt(2026, 12, 29);
        var expiry = new DateOnly(2027, 1, 15);
        Assert.Empty(Renewal(expiry, 9, Window60, context));          // 2036-01-15 <= 2036-12-29
        var error = Assert.Single(Renewal(expiry, 10, Window60, context)); // 2037-01-15 > 2036-12-29
        Assert.Equal(ErrorCodes.RenewalBeyondHorizon, error.Code);
        Assert.Equal("years", error.Path);
        Assert.Equal(new DateOnly(2036, 12, 29), error.Arguments.Date);
        Assert.Equal(10, error.Arguments.Max);
        Assert.Equal("Renewing for 10 years would take the expiry date beyond 29 December 2036, the furthest the registry allows (10 years ahead). Please choose a shorter period.", error.Message("en"));
        clock.Advance(TimeSpan.FromDays(20));                           // today 2027-01-18: horizon 2037-01-18
        Assert.Empty(Renewal(expiry, 10, Window60, context));
    }

    [Fact]
    public void Leap_days_do_not_break_the_horizon()
    {
        var (_, context) = ClockAt(2028, 2, 29);
        var rules = new RenewalRules { MaxHorizonYears = 10 };
        // Horizon: 2038-02-28. An expiry of 2028-02-29 renewed for 10 years lands on 2038-02-28.
        Assert.Empty(Renewal(new DateOnly(2028, 2, 29), 10, rules, context));
        Assert.Single(Renewal(new DateOnly(2028, 3, 1), 10, rules, context));
        Assert.Empty(Renewal(new DateOnly(2029, 2, 28), 9, rules, context));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Years_outside_1_to_10_never_throw_or_report_the_horizon(int years)
    {
        var (_, context) = ClockAt(2026, 12, 29);
        Assert.Empty(Renewal(new DateOnly(2027, 1, 15), years, Window60, context));
    }

    [Fact]
    public void Extreme_dates_never_throw()
    {
        var (_, context) = ClockAt(2026, 12, 29);
        Assert.Empty(Renewal(DateOnly.MinValue, 1, Window60, context));
        Assert.Single(Renewal(DateOnly.MaxValue, 10, Window60, context), e => e.Code == ErrorCodes.RenewalTooEarly);
        Assert.Contains(Renewal(DateOnly.MaxValue, 10, Window60, context), e => e.Code == ErrorCodes.RenewalBeyondHorizon);
        var end = new ValidationContext(new FakeTimeProvider(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.Empty(Renewal(DateOnly.MaxValue, 5, new RenewalRules { WindowDaysBeforeExpiry = 3650, MaxHorizonYears = 10 }, end));
        foreach (var error in Renewal(DateOnly.MaxValue, 10, Window60, context))
            foreach (var language in new[] { "en", "de", "fr", "ar" })
                MessageTests.AssertComplete(error.Message(language), error.Code);
    }

    [Fact]
    public void Transfer_rules()
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckTransfer(null, new TransferRules { Supported = false }, null, ref errors);
        Assert.Equal(ErrorCodes.OperationNotSupported, Assert.Single(errors.ToResult().Errors).Code);
        Assert.Equal("Transfer to us is not available for this domain extension.", errors.ToResult().Errors[0].Message("en"));

        errors = new ErrorCollector();
        OrderChecks.CheckTransfer("  ", TestRules.Ca.Transfer, TestRules.AuthCodePattern, ref errors);
        Assert.Equal(ErrorCodes.AuthCodeRequired, Assert.Single(errors.ToResult().Errors).Code);

        errors = new ErrorCollector();
        OrderChecks.CheckTransfer("Abc12345XYZ\n", TestRules.Ca.Transfer, TestRules.AuthCodePattern, ref errors);
        var invalid = Assert.Single(errors.ToResult().Errors);
        Assert.Equal(ErrorCodes.AuthCodeInvalid, invalid.Code);
        Assert.Null(invalid.Arguments.Value); // secrets are never echoed

        errors = new ErrorCollector();
        OrderChecks.CheckTransfer("short", TestRules.Ca.Transfer, TestRules.AuthCodePattern, ref errors);
        Assert.DoesNotContain("short", Assert.Single(errors.ToResult().Errors).DeveloperMessage);

        errors = new ErrorCollector();
        OrderChecks.CheckTransfer("Abc12345XYZ", TestRules.Ca.Transfer, TestRules.AuthCodePattern, ref errors);
        OrderChecks.CheckTransfer(null, new TransferRules { AuthCodeRequired = false }, null, ref errors);
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void Add_ons_the_TLD_lacks_are_rejected()
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckAddOns(new AddOns { IdProtection = true, RegistrarLock = true }, new AddOnRules { RegistrarLock = false }, ref errors);
        Assert.Equal([ErrorCodes.IdProtectionNotSupported, ErrorCodes.RegistrarLockNotSupported], errors.ToResult().Errors.Select(e => e.Code));
    }

    [Fact]
    public void Nameserver_count_syntax_and_duplicates()
    {
        var rules = new NameserverRules { Min = 2, Max = 4 };
        var errors = new ErrorCollector();
        OrderChecks.CheckNameservers(["ns1.example.net", "NS1.example.net.", "ns1.xn--bcher-kva.example", "ns2.bücher.example", "192.0.2.1"], rules, ref errors);
        var result = errors.ToResult().Errors;
        Assert.Equal(ErrorCodes.NameserversTooMany, result[0].Code);
        Assert.Contains(result, e => e.Code == ErrorCodes.NameserverDuplicate && e.Path == "nameservers[1]");
        var unicode = Assert.Single(result, e => e.Path == "nameservers[3]");
        Assert.Equal(ErrorCodes.NameserverInvalid, unicode.Code);
        Assert.Equal(ErrorReasons.NotAscii, unicode.Arguments.Reason);
        Assert.Equal("Nameserver 4: please enter “ns2.bücher.example” in its ASCII form (xn--…).", unicode.Message("en"));
        Assert.Contains(result, e => e.Code == ErrorCodes.NameserverInvalid && e.Path == "nameservers[4]");
        Assert.DoesNotContain(result, e => e.Path == "nameservers[2]");

        errors = new ErrorCollector();
        OrderChecks.CheckNameservers(["ns1.example.net"], rules, ref errors);
        Assert.Equal(ErrorCodes.NameserversTooFew, Assert.Single(errors.ToResult().Errors).Code);
    }

    [Fact]
    public void Null_lists_and_entries_inside_orders_never_throw()
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckNameservers(null!, new NameserverRules { Min = 1 }, ref errors);
        OrderChecks.CheckNameservers([null!, "ns1.example.net", null!], new NameserverRules(), ref errors);
        OrderChecks.CheckContacts(null!, TestRules.Ca.Contacts, ref errors);
        OrderChecks.CheckContacts(new ContactSet { Registrant = new Contact { Street = null!, Country = "CA" } }, new ContactRules { RequiredRoles = null!, RegistrantTypes = null!, RegistrantCountries = null! }, ref errors);
        OrderChecks.CheckAddOns(null!, new AddOnRules(), ref errors);
        OrderChecks.CheckTerm(1, null!, ref errors);
        ContactChecks.CheckFormat(new ContactSet { Admin = new Contact { Street = null! } }, null!, "street", true, null, 10, null, ref errors);
        var order = new DomainOrder { Fields = null!, Contacts = null! };
        Assert.Null(FieldChecks.Value(order, "legalType"));
        Assert.False(FieldChecks.RegistrantIs(order, RegistrantType.Individual));
        Assert.False(FieldChecks.RegistrantCountryIn(order, ["CA"]));
        FieldChecks.CheckUnknown(null!, DomainOperation.Register, TestRules.AppliesTo, ref errors);
        Assert.Contains(errors.ToResult().Errors, e => e.Code == ErrorCodes.NameserversTooFew);
        Assert.Contains(errors.ToResult().Errors, e => e.Path == "nameservers[0]" && e.Code == ErrorCodes.NameserverInvalid);
        Assert.Contains(errors.ToResult().Errors, e => e.Path == "contacts.admin.street" && e.Code == ErrorCodes.ContactPropertyRequired);
    }

    [Fact]
    public void A_flood_of_nameservers_is_capped()
    {
        var hosts = Enumerable.Range(0, 100_000).Select(i => "bad host " + i).ToArray();
        var errors = new ErrorCollector();
        OrderChecks.CheckNameservers(hosts, new NameserverRules { Max = 13 }, ref errors);
        Assert.Equal(1 + OrderChecks.MaxNameserversChecked, errors.Count);
    }

    [Fact]
    public void Contacts_required_roles_type_and_country()
    {
        var errors = new ErrorCollector();
        var registrant = TestRules.Person("DE");
        OrderChecks.CheckContacts(new ContactSet { Registrant = registrant }, new ContactRules
        {
            RequiredRoles = [ContactRole.Registrant, ContactRole.Admin],
            RegistrantTypes = [RegistrantType.Organization],
            RegistrantCountries = ["CA", "US"],
        }, ref errors);
        var codes = errors.ToResult().Errors.Select(e => (e.Code, e.Path)).ToArray();
        Assert.Contains((ErrorCodes.ContactRequired, "contacts.admin"), codes);
        Assert.Contains((ErrorCodes.RegistrantTypeNotAllowed, "contacts.registrant.type"), codes);
        Assert.Contains((ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country"), codes);
        Assert.Equal("This domain can only be registered by organisations.", errors.ToResult().Errors.Single(e => e.Code == ErrorCodes.RegistrantTypeNotAllowed).Message("en"));
    }
}
