namespace TldToolkit.Idn.Tests.Api;

/// <summary>Spot checks of the generated tables against values stated in the UCD and RFC 5892.</summary>
public sealed class UnicodePropertyTests
{
    [Theory]
    [InlineData('a', "L")]
    [InlineData('1', "EN")]
    [InlineData('-', "ES")]
    [InlineData('\u05D0', "R")]
    [InlineData('\u0627', "AL")]
    [InlineData('\u0660', "AN")]
    [InlineData('\u0301', "NSM")]
    [InlineData('\u202E', "RLO")]
    [InlineData('\u07FF', "R")] // unassigned in an RTL block: the UCD default, not L
    public void Bidi_classes(char c, string expected) => Assert.Equal(expected, UnicodeProperties.GetBidiClass(c).ToString());

    [Theory]
    [InlineData('\u0628', "D")] // BEH
    [InlineData('\u0627', "R")] // ALEF
    [InlineData('\u064B', "T")] // FATHATAN (transparent mark)
    [InlineData('a', "U")]
    public void Joining_types(char c, string expected) => Assert.Equal(expected, UnicodeProperties.GetJoiningType(c).ToString());

    [Theory]
    [InlineData('a', "Latn")]
    [InlineData('я', "Cyrl")]
    [InlineData('ω', "Grek")]
    [InlineData('日', "Hani")]
    [InlineData('の', "Hira")]
    [InlineData('テ', "Kana")]
    [InlineData('한', "Hang")]
    [InlineData('7', "Zyyy")]
    [InlineData('\u0301', "Zinh")]
    public void Scripts(char c, string expected) => Assert.Equal(expected, UnicodeProperties.GetScript(c));

    [Theory]
    [InlineData('a', "Pvalid")]
    [InlineData('A', "Disallowed")]
    [InlineData('\u00B7', "ContextO")]
    [InlineData('\u200C', "ContextJ")]
    [InlineData('\u2665', "Disallowed")]
    [InlineData('\u0378', "Unassigned")]
    public void Idna2008_categories(char c, string expected) => Assert.Equal(expected, UnicodeProperties.GetIdna2008Category(c).ToString());

    [Fact]
    public void Uts46_mapping_entries()
    {
        Assert.Equal(Uts46Status.Mapped, Uts46Mapping.GetStatus('A', out var upper));
        Assert.Equal("a", upper.ToString());
        Assert.Equal(Uts46Status.Deviation, Uts46Mapping.GetStatus('ß', out var sharpS));
        Assert.Equal("ss", sharpS.ToString());
        Assert.Equal(Uts46Status.Ignored, Uts46Mapping.GetStatus('\u00AD'));
        Assert.Equal(Uts46Status.Mapped, Uts46Mapping.GetStatus(0x1D400, out var mathBoldA)); // MATHEMATICAL BOLD CAPITAL A
        Assert.Equal("a", mathBoldA.ToString());
        Assert.Equal(Uts46Status.Disallowed, Uts46Mapping.GetStatus(0x10FFFF));
        Assert.True(UnicodeProperties.IsVirama(0x094D));
        Assert.False(UnicodeProperties.IsVirama('a'));
    }
}
