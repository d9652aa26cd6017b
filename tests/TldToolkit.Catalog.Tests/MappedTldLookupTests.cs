using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>Issue 15, R14: the TLD part is found through UTS #46 mapping, as the label is.</summary>
public class MappedTldLookupTests
{
    [Theory]
    [InlineData("maple.ｃａ")]        // full-width letters
    [InlineData("maple.ＣＡ")]
    [InlineData("maple.c\u00ADa")]    // soft hyphen
    [InlineData("maple.c\u200Ba")]    // zero-width space
    [InlineData("maple.ca\u200B")]
    [InlineData("maple\uFF0Eｃａ")]    // full-width full stop too
    public void A_mapped_tld_is_found(string domain)
    {
        Assert.Same(Tlds.Ca, Tlds.Catalog.FindForName(domain));
        var order = CaTestData.RegisterOrder();
        var result = Tlds.Catalog.Validate(new DomainOrder
        {
            Operation = order.Operation, Domain = domain, Years = order.Years, Contacts = order.Contacts, Fields = order.Fields, Nameservers = order.Nameservers,
        });
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.TldNotSupported);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("maple.c\u202Ea")] // a bidi override is no ignorable character
    [InlineData("maple.invalid")] // RFC 2606: never delegated
    public void Other_names_stay_unknown(string domain) => Assert.Null(Tlds.Catalog.FindForName(domain));
}
