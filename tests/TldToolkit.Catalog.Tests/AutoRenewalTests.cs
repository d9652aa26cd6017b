using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// TLDs whose registry renews automatically (renewal.explicit false: .de, .it). Registrars still sell
/// their renewals (and pay them, HEXONET PayDomainRenewal), so the generated validators check such a
/// renewal like any other: terms, the 61-day window, the horizon.
/// </summary>
public class AutoRenewalTests
{
    private sealed class FixedTime(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    private static ValidationContext On(int year, int month, int day) => new(new FixedTime(new DateOnly(year, month, day)));

    private static DomainOrder Renewal(string domain, DateOnly expiresOn, int years = 1) =>
        new() { Operation = DomainOperation.Renew, Domain = domain, Years = years, ExpiresOn = expiresOn };

    [Theory]
    [InlineData("fußball.de")]
    [InlineData("pizzeria.it")]
    public void Renewal_inside_the_61_day_window_is_valid(string domain)
    {
        Assert.False(Tlds.Catalog.Find(domain[(domain.LastIndexOf('.') + 1)..])!.Rules.Renewal.Explicit);

        var result = Tlds.Catalog.Validate(Renewal(domain, new DateOnly(2027, 11, 23)), On(2027, 10, 9));     // 45 days before expiry

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void De_renewal_on_the_day_the_window_opens_is_valid()
    {
        var result = Tlds.Catalog.Validate(Renewal("fußball.de", new DateOnly(2027, 11, 23)), On(2027, 9, 23));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void De_renewal_before_the_window_is_too_early_and_names_the_opening_date()
    {
        var result = Tlds.Catalog.Validate(Renewal("fußball.de", new DateOnly(2027, 11, 23)), On(2027, 9, 22));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.RenewalTooEarly, error.Code);
        Assert.Equal("expiresOn", error.Path);
        Assert.Equal(new DateOnly(2027, 9, 23), error.Arguments.Date);
        Assert.Equal(61, error.Arguments.Days);
        Assert.Contains("61", error.Message("en"));
    }

    [Fact]
    public void De_renewal_is_checked_like_others_terms_and_expiry()
    {
        var twoYears = Tlds.Catalog.Validate(Renewal("fußball.de", new DateOnly(2027, 11, 23), years: 2), On(2027, 10, 9));
        Assert.Contains(twoYears.Errors, e => e.Code == ErrorCodes.TermNotAllowed);

        var noExpiry = Tlds.Catalog.Validate(new DomainOrder { Operation = DomainOperation.Renew, Domain = "fußball.de", Years = 1 }, On(2027, 10, 9));
        Assert.Contains(noExpiry.Errors, e => e.Code == ErrorCodes.ExpiryDateRequired);

        Assert.DoesNotContain(twoYears.Errors.Concat(noExpiry.Errors), e => e.Code == ErrorCodes.OperationNotSupported);
    }
}
