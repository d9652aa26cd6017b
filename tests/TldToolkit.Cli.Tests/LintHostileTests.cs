using System.Text.RegularExpressions;

namespace TldToolkit.Cli.Tests;

/// <summary>Issue 15, R7 and R5: lint on TLD files written to break it.</summary>
public class LintHostileTests
{
    private static string Ca => File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"));

    private static ToolResult Lint(string text)
    {
        using var dir = Tool.TempDir();
        dir.File("ca.json", text);
        return Tool.InProcess(TestCa.Catalog, null, "lint", dir.Path);
    }

    [Theory]
    [InlineData("\"notes\": 99999999999999999999999,")]
    [InlineData("\"extra\": -99999999999999999999999,")]
    public void An_integer_outside_int64_is_reported_not_a_crash(string property)
    {
        var result = Lint(Ca.Insert(Ca.IndexOf('{') + 1, property));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("Exception", result.ToString());
        Assert.Contains(":1:", result.Out); // reported at the line of the number
        Assert.All(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Matches(@"^.+:\d+:\d+: TLD\d{4} ", l));
    }

    [Fact]
    public void A_large_integer_where_a_number_belongs_is_reported_too()
    {
        var text = new Regex("\"maxLength\": \\d+").Replace(Ca, "\"maxLength\": 99999999999999999999999", 1);
        var result = Lint(text);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("Exception", result.ToString());
    }

    [Theory] // R8: lint reports what the build reports, a TLD that is no DNS name
    [InlineData("c\\u202ea")]
    [InlineData("1234")]
    [InlineData("xn--a")]
    public void A_tld_that_is_no_dns_name_is_TLD0020(string tld)
    {
        var result = Lint(Ca.Replace("\"tld\": \"ca\"", "\"tld\": \"" + tld + "\""));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(" TLD0020 ", result.Out);
        OutputSafety.AssertSafe(result.Out);
    }

    [Fact] // R5: names and values of the file are quoted back as safe text
    public void Lint_messages_escape_control_and_bidi_characters()
    {
        var result = Lint(Ca.Insert(Ca.IndexOf('{') + 1, "\"x\\u001b]0;pwned\\u0007\\u202e\\u2028\": 1,"));
        Assert.True(result.ExitCode == 1, result.ToString());
        OutputSafety.AssertSafe(result.Out);
        Assert.Contains("[U+001B]", result.Out);
    }
}
