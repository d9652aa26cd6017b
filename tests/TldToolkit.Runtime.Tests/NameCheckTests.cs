using TldToolkit.BuiltIn;
using TldToolkit.Catalog;
using TldToolkit.Idn;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary><see cref="TldCatalog.CheckName"/>: what <c>tldtool check</c> prints, as a result a program can use.</summary>
public class NameCheckTests
{
    private static readonly TldCatalog Catalog = Tlds.Catalog;

    [Fact]
    public void An_ascii_name_is_valid_with_both_forms_and_its_tld()
    {
        var check = Catalog.CheckName("Maple-Syrup.CA");
        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        // No '!': IsValid tells the compiler these are set.
        Assert.Equal("maple-syrup.ca", check.Ascii);
        Assert.Equal("maple-syrup.ca", check.Unicode);
        Assert.Equal("ca", check.Rules.Tld);
        Assert.Same(Catalog.Find("ca"), check.Definition);
        Assert.Equal(TldCoverage.Verified, check.Coverage);
        Assert.Empty(check.Errors);
    }

    [Theory]
    [InlineData("fußball.de")]
    [InlineData("  FUSSBALL.de  ")] // not the same name: UTS #46 nontransitional keeps ß, so it is checked as typed
    [InlineData("fußball。de")]     // an ideographic full stop separates labels like '.'
    [InlineData("fußball.de.")]     // the root's dot is no label
    public void An_idn_name_gets_its_a_label_and_the_tld_idn_mode(string typed)
    {
        var check = Catalog.CheckName(typed);
        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        Assert.Equal("de", check.Rules.Tld);
        Assert.True(check.Idn.Supported);
        Assert.Equal(IdnMode.Uts46Nontransitional, check.Idn.Mode);
        if (typed.Contains('ß'))
        {
            Assert.Equal("xn--fuball-cta.de", check.Ascii);
            Assert.Equal("fußball.de", check.Unicode);
        }
        else Assert.Equal("fussball.de", check.Ascii);
    }

    [Fact]
    public void A_name_under_an_unknown_tld_has_no_tld_and_says_so()
    {
        var check = Catalog.CheckName("example.invalid");
        Assert.False(check.HasTld);
        Assert.False(check.IsValid);
        Assert.Null(check.Definition);
        Assert.Null(check.Coverage);
        Assert.Null(check.Ascii);
        var error = Assert.Single(check.Errors);
        Assert.Equal((ErrorCodes.TldNotSupported, "domain"), (error.Code, error.Path));
        Assert.Contains("example.invalid", error.Message("en"));
    }

    [Fact]
    public void A_name_under_a_closed_tld_is_refused_with_tld_closed_as_its_orders_are()
    {
        var check = Catalog.CheckName("example.aaa");
        Assert.True(check.HasTld);
        Assert.Equal(TldCoverage.Closed, check.Coverage);
        Assert.Equal("example.aaa", check.Ascii); // the forms still show
        var error = Assert.Single(check.Errors);
        Assert.Equal((ErrorCodes.TldClosed, "domain"), (error.Code, error.Path));
        // The same verdict as validating an order for it.
        var order = new Orders.DomainOrder { Operation = Orders.DomainOperation.Register, Domain = "example.aaa", Years = 1 };
        Assert.Equal([ErrorCodes.TldClosed], Catalog.Validate(order).Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("-bad_.ca", new[] { ErrorCodes.LabelInvalidCharacter, ErrorCodes.LabelHyphenEdge })]
    [InlineData("ab--cd.ca", new[] { ErrorCodes.LabelHyphen34 })]
    [InlineData("x.ca", new[] { ErrorCodes.LabelTooShort })]
    [InlineData("www.example.ca", new[] { ErrorCodes.DomainNotRegistrable })]
    [InlineData("  .ca", new[] { ErrorCodes.DomainNotRegistrable })]
    public void Bad_labels_give_every_problem_at_domain(string typed, string[] codes)
    {
        var check = Catalog.CheckName(typed);
        Assert.True(check.HasTld);
        Assert.False(check.IsValid);
        Assert.Equal(codes, check.Errors.Select(e => e.Code));
        Assert.All(check.Errors, e => Assert.Equal("domain", e.Path));
        Assert.All(check.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message("de"))));
    }

    [Fact]
    public void Hostile_names_are_errors_never_exceptions()
    {
        foreach (var typed in new[] { "", " ", ".", "。", null!, new string('a', 100_000) + ".ca", "a\u0000b.ca", "xn--.ca", "xn--zz-zzz.de", "\ud800.de" })
        {
            var check = Catalog.CheckName(typed);
            Assert.False(check.IsValid, typed);
            Assert.NotEmpty(check.Errors);
        }
    }
}
