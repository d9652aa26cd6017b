using TldToolkit.Generator.Parsing;

namespace TldToolkit.Generator.Tests;

/// <summary>The dates of TLD files (sources' checked, dated changes, audits): calendar dates written YYYY-MM-DD, as before with DateTime.TryParseExact.</summary>
public class DateParsingTests
{
    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Accepts(string date)
    {
        Assert.True(TldFileReader.IsDate(date));
        Assert.True(DateTime.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2026-1-01")]
    [InlineData("2026/01/01")]
    [InlineData("2026-01-01\n")]
    [InlineData(" 2026-01-01")]
    [InlineData("２０２６-01-01")]
    [InlineData("2026-01-01T00:00")]
    [InlineData("")]
    public void Rejects(string date)
    {
        Assert.False(TldFileReader.IsDate(date));
        Assert.False(DateTime.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                     && System.Text.RegularExpressions.Regex.IsMatch(date, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    }
}
