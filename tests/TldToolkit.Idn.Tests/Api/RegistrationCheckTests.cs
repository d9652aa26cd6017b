namespace TldToolkit.Idn.Tests.Api;


/// <summary>IDNA2008 registration checks (RFC 5891 section 4) with the RFC 5892 appendix A rules.</summary>
public sealed class RegistrationCheckTests
{
    [Theory]
    [InlineData("fußball", "xn--fuball-cta")]
    [InlineData("xn--fuball-cta", "xn--fuball-cta")]
    [InlineData("XN--FUBALL-CTA", "xn--fuball-cta")]
    [InlineData("col\u00B7lecci\u00F3", "xn--collecci-ioa91d")] // A.3 middle dot between two l
    [InlineData("\u03B1\u0375\u03B2", null)] // A.4 keraia followed by Greek
    [InlineData("\u05D0\u05F3\u05D1", null)] // A.5 geresh after Hebrew
    [InlineData("\u05D0\u05F4\u05D1", null)] // A.6 gershayim after Hebrew
    [InlineData("\u30C6\u30FB\u30B9", null)] // A.7 katakana middle dot with Katakana
    [InlineData("\u0628\u0661\u0662", null)] // A.8 Arabic-Indic digits alone
    [InlineData("\u0628\u06F1\u06F2", null)] // A.9 extended Arabic-Indic digits alone
    [InlineData("\u0915\u094D\u200C\u0937", null)] // A.1 ZWNJ after virama
    [InlineData("\u0628\u200C\u0628", null)] // A.1 ZWNJ between dual-joining letters
    [InlineData("\u0915\u094D\u200D\u0937", null)] // A.2 ZWJ after virama
    public void Valid_labels_pass(string label, string? expectedALabel)
    {
        var errors = Idna.CheckRegistrationLabel(label, out string aLabel, out string uLabel);
        Assert.Equal(IdnaErrors.None, errors);
        if (expectedALabel is not null) Assert.Equal(expectedALabel, aLabel);
        Assert.False(string.IsNullOrEmpty(uLabel));
    }

    [Theory]
    [InlineData("a\u00B7b", IdnaErrors.ContextO)]
    [InlineData("a\u0375b", IdnaErrors.ContextO)]
    [InlineData("a\u05F3b", IdnaErrors.ContextO)]
    [InlineData("ab\u30FB", IdnaErrors.ContextO)]
    [InlineData("\u0628\u0661\u06F2", IdnaErrors.ContextO)] // both kinds of Arabic digits
    [InlineData("a\u200Cb", IdnaErrors.ContextJ)]
    [InlineData("a\u200Db", IdnaErrors.ContextJ)]
    [InlineData("Fußball", IdnaErrors.NotPvalid)] // no mapping: upper case is DISALLOWED
    [InlineData("i\u2665ny", IdnaErrors.NotPvalid)] // symbols are not PVALID
    [InlineData("mu\u0308ller", IdnaErrors.NotNfc)]
    [InlineData("\u0301a", IdnaErrors.LeadingCombiningMark)]
    [InlineData("ab--c\u00E9", IdnaErrors.Hyphen34)]
    [InlineData("-\u00E9", IdnaErrors.HyphenEdge)]
    [InlineData("\u05D0a", IdnaErrors.Bidi)]
    [InlineData("xn--abc-", IdnaErrors.Punycode)] // decodes to plain ASCII
    [InlineData("xn--f\u00FC", IdnaErrors.Punycode)]
    [InlineData("", IdnaErrors.EmptyLabel)]
    public void Invalid_labels_fail_the_named_check(string label, IdnaErrors expected)
    {
        Assert.True(Idna.CheckRegistrationLabel(label).HasFlag(expected), $"{label}: {Idna.CheckRegistrationLabel(label)}");
    }

    [Fact]
    public void The_A_label_must_fit_63_octets()
    {
        Assert.Equal(IdnaErrors.None, Idna.CheckRegistrationLabel(new string('a', 55) + "\u00FC"));
        Assert.True(Idna.CheckRegistrationLabel(new string('a', 58) + "\u00FC").HasFlag(IdnaErrors.TooLong));
    }
}
