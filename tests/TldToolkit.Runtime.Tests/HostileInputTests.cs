using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using TldToolkit.Orders;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>Random and hostile strings go into every check and every message: a result always, an exception never.</summary>
public class HostileInputTests
{
    private static readonly string[] Languages = ["en", "de", "fr", "ar", "zz", ""];

    [Fact]
    public void Every_check_returns_a_result_for_hostile_strings()
    {
        var context = new ValidationContext(new FakeTimeProvider(TestRules.Now));
        var watch = Stopwatch.StartNew();
        int errorsSeen = 0;
        foreach (var s in HostileStrings.All())
        {
            var errors = new ErrorCollector();
            var contact = new Contact
            {
                Type = s.Length % 2 == 0 ? RegistrantType.Individual : RegistrantType.Organization,
                FirstName = s, LastName = s, Organization = s, Street = [s, s], City = s, State = s, PostalCode = s,
                Country = s, Email = s, Phone = s, Fax = s, VatId = s,
            };
            var contacts = new ContactSet { Registrant = contact, Admin = contact, Tech = contact, Billing = contact };
            var order = new DomainOrder
            {
                Domain = s, AuthCode = s, Nameservers = [s, s, "ns1.example.net"], Contacts = contacts,
                Fields = new Dictionary<string, string?> { [s] = s, ["legalType"] = s },
            };

            OrderChecks.CheckTerm(s.Length, TestRules.Ca.Terms.Register, ref errors);
            OrderChecks.CheckRenewal(DateOnly.FromDayNumber(Math.Abs(s.GetHashCode()) % DateOnly.MaxValue.DayNumber), s.Length % 12, TestRules.Ca.Renewal, context, ref errors);
            OrderChecks.CheckTransfer(s, TestRules.Ca.Transfer, TestRules.AuthCodePattern, ref errors);
            OrderChecks.CheckNameservers(order.Nameservers, TestRules.Ca.Nameservers, ref errors);
            OrderChecks.CheckContacts(contacts, TestRules.Ca.Contacts, ref errors);
            foreach (var property in new[] { "firstName", "street", "postalCode", "email", "vatId", s })
                ContactChecks.CheckFormat(contacts, TestRules.AllRoles, property, true, TestRules.PostalCodePattern, 16, TestRules.EuVat, ref errors);
            var value = FieldChecks.Value(order, "legalType");
            if (FieldChecks.CheckRequired(value, TestRules.LegalTypeLabel, "fields.legalType", ref errors))
                FieldChecks.CheckOption(value!, TestRules.LegalTypes, TestRules.LegalTypeLabels, TestRules.LegalTypeLabel, "fields.legalType", ref errors);
            FieldChecks.CheckCheckbox(s, true, TestRules.AgreementLabel, "fields.ciraAgreement", ref errors);
            FieldChecks.CheckText(s, 1, 50, TestRules.TrademarkPattern, TestRules.SwissUid, TestRules.TrademarkLabel, "fields.trademarkNumber", ref errors);
            FieldChecks.CheckText(s, null, null, null, CheckDigitValidators.ItCodiceFiscale, TestRules.UidLabel, "fields.cf", ref errors);
            FieldChecks.CheckUnknown(order.Fields, DomainOperation.Register, TestRules.AppliesTo, ref errors);
            _ = HostNames.IsValid(s) | ContactChecks.IsEmail(s) | ContactChecks.IsEppPhone(s) | ContactChecks.IsCountryCode(s)
                | FieldChecks.TryParseCheckbox(s, out _) | HostNames.IsPunycode(s) | Patterns.IsMatch(TestRules.TrademarkPattern, s);
            foreach (var validator in CheckDigitValidators.ByName.Values) _ = validator(s);

            var result = errors.ToResult();
            Assert.False(result.IsValid);
            foreach (var error in result.Errors)
            {
                errorsSeen++;
                foreach (var language in Languages)
                {
                    var message = error.Message(language);
                    Assert.False(string.IsNullOrWhiteSpace(message));
                    MessageTests.AssertSafe(message);
                    Assert.True(message.Length < 2000, message.Length.ToString());
                }
                MessageTests.AssertSafe(error.DeveloperMessage);
                MessageTests.AssertSafe(error.ToString());
                Assert.True(error.Path.Length <= 200);
            }
        }
        Assert.True(errorsSeen > 1000);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void Messages_render_for_hostile_arguments_in_any_combination()
    {
        var random = new Random(1234);
        var strings = HostileStrings.All().Where(s => s.Length < 100_000).ToArray();
        string Pick() => strings[random.Next(strings.Length)];
        var codes = SampleErrors.AllCodes.Append("unheard-of").Append("").ToArray();
        string?[] reasons = [null, "", ErrorReasons.TooShort, ErrorReasons.TooLong, ErrorReasons.Pattern, ErrorReasons.CheckDigits, ErrorReasons.Checkbox,
            ErrorReasons.InvalidCharacters, ErrorReasons.Email, ErrorReasons.Phone, ErrorReasons.Country, ErrorReasons.NotAscii, "{label}"];
        string[] paths = ["domain", "years", "nameservers[0]", "nameservers[x", "nameservers[99999999999]", "contacts.registrant.email", "contacts.nobody.email",
            "contacts.admin", "contacts.", "fields.", "fields.legalType", "fields." + new string('x', 5000), ""];
        for (int n = 0; n < 3000; n++)
        {
            var error = new ValidationError(
                codes[random.Next(codes.Length)],
                random.Next(4) == 0 ? Pick() : paths[random.Next(paths.Length)],
                random.Next(3) == 0 ? null : new LocalizedText(Pick(), de: random.Next(2) == 0 ? null : Pick(), ar: Pick()),
                new ErrorArguments
                {
                    Value = random.Next(3) == 0 ? null : Pick(),
                    AllowedNumbers = random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray(),
                    AllowedValues = random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pick()).ToArray(),
                    AllowedLabels = random.Next(3) == 0 ? null : Enumerable.Range(0, random.Next(0, 5)).Select(_ => new LocalizedText(Pick(), fr: Pick())).ToArray(),
                    Min = random.Next(3) == 0 ? null : random.Next(int.MinValue, int.MaxValue),
                    Max = random.Next(3) == 0 ? null : random.Next(-5, 200),
                    Actual = random.Next(3) == 0 ? null : random.Next(-5, 200),
                    Date = random.Next(3) == 0 ? null : DateOnly.FromDayNumber(random.Next(0, DateOnly.MaxValue.DayNumber)),
                    Today = random.Next(3) == 0 ? null : DateOnly.FromDayNumber(random.Next(0, DateOnly.MaxValue.DayNumber)),
                    Days = random.Next(3) == 0 ? null : random.Next(int.MinValue, int.MaxValue),
                    Detail = random.Next(2) == 0 ? null : Pick(),
                    Reason = reasons[random.Next(reasons.Length)],
                });
            foreach (var language in Languages)
            {
                var message = error.Message(language);
                Assert.False(string.IsNullOrWhiteSpace(message));
                MessageTests.AssertSafe(message);
            }
            MessageTests.AssertSafe(error.DeveloperMessage);
            MessageTests.AssertSafe(error.ToString());
        }
    }

    [Fact]
    public void Bizarre_rules_and_nulls_never_throw()
    {
        var errors = new ErrorCollector();
        OrderChecks.CheckRenewal(new DateOnly(2027, 1, 1), 5, new Rules.RenewalRules { WindowDaysBeforeExpiry = -5, MaxHorizonYears = -1 }, null!, ref errors);
        OrderChecks.CheckRenewal(new DateOnly(2027, 1, 1), 5, null!, ValidationContext.Default, ref errors);
        OrderChecks.CheckTransfer("x", null!, null, ref errors);
        OrderChecks.CheckNameservers(["ns1.example.net"], null!, ref errors);
        ContactChecks.CheckContact(new Contact(), ContactRole.Billing, ref errors);
        ContactChecks.CheckFormat(null!, null!, null!, true, null, null, null, ref errors);
        FieldChecks.CheckOption(null!, null!, null, TestRules.LegalTypeLabel, "fields.x", ref errors);
        FieldChecks.CheckText(null!, 1, 2, null, null, TestRules.LegalTypeLabel, "fields.x", ref errors);
        errors.Add(null!);
        Assert.True(ValidationResult.From([null!]).IsValid);
        foreach (var error in errors.ToResult().Errors)
            foreach (var language in Languages)
                MessageTests.AssertComplete(error.Message(language), error.Code);
    }
}
