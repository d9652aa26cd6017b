using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>labels.idn.ranges: what the reader accepts as a code point range, and what becomes TLD0005.</summary>
public class RangeParsingTests
{
    [Theory]
    [InlineData("U+0200", 0x200, 0x200)]
    [InlineData("U+0200-U+02AF", 0x200, 0x2AF)]
    [InlineData("U+1F600-U+10FFFF", 0x1F600, 0x10FFFF)]
    [InlineData("U+0200\\n", 0x200, 0x200)] // the former pattern's '$' also took one final line feed
    public void Accepts(string range, int first, int last)
    {
        var result = Read(range);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Model!.Labels.Idn.Ranges, r => r.First == first && r.Last == last);
    }

    [Theory]
    [InlineData("U+00e0")]
    [InlineData("u+00E0")]
    [InlineData("U+0E0")]
    [InlineData("U+0000E00")]
    [InlineData("U+00E0-")]
    [InlineData("U+00E0-00F6")]
    [InlineData("U+00E0 - U+00F6")]
    [InlineData("U+00E0\\n\\n")]
    [InlineData("")]
    public void Rejects(string range)
    {
        var result = Read(range);
        Assert.Null(result.Model);
        Assert.Contains(result.Diagnostics, d => d.Arguments.Contains("ranges"));
    }

    private static Model.ParseResult Read(string range)
    {
        var text = GeneratorHarness.ReadInput("ca.json");
        const string original = "\"ranges\": [\"U+00E0-U+00E2\",";
        Assert.Contains(original, text, StringComparison.Ordinal);
        return Parsing.TldFileReader.Read("/data/ca.json", text.Replace(original, "\"ranges\": [\"" + range + "\", \"U+00E0-U+00E2\","));
    }
}
