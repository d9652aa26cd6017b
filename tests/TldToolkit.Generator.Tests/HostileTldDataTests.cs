using TldToolkit.Generator.Parsing;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>Issue 15, R8 and R9: TLD names that are no DNS names (TLD0020), catastrophic patterns (TLD0021), surrogate ranges.</summary>
public class HostileTldDataTests
{
    private static IReadOnlyList<string> Ids(string find, string replacement)
    {
        Assert.Contains(find, DiagnosticTests.Valid);
        var run = GeneratorHarness.Run(("/data/test.json", DiagnosticTests.Valid.Replace(find, replacement)));
        return run.Diagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
    }

    [Theory]
    [InlineData("c\\u202ea")]      // right-to-left override
    [InlineData("c\\u00ada")]      // soft hyphen
    [InlineData("c\\ufffda")]      // replacement character
    [InlineData("c\\ud83d\\ude00a")] // an emoji
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 64 characters
    [InlineData("1234")]
    [InlineData("c--a")]
    [InlineData("ab--cd.uk")]      // hyphens in positions 3 and 4 of a label that is no A-label
    [InlineData("xn--a")]
    [InlineData("xn--ls8h")]       // an A-label that decodes to an emoji
    [InlineData("co.1234")]
    public void A_tld_that_is_no_dns_name_is_TLD0020(string tld)
    {
        var ids = Ids("\"tld\": \"test\"", "\"tld\": \"" + tld + "\"");
        Assert.Contains(ids, d => d.StartsWith("TLD0020 ", StringComparison.Ordinal));
        Assert.All(ids, d => Assert.DoesNotContain('\u202E', d));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("com.au")]
    [InlineData("xn--p1ai")]     // .рф
    [InlineData("рф")]
    [InlineData("xn--3e0b707e")] // .한국
    [InlineData("k12.us")]
    [InlineData("synthetic-0001")] // the benchmarks' names
    public void Real_tld_names_pass(string tld) =>
        Assert.DoesNotContain(Ids("\"tld\": \"test\"", "\"tld\": \"" + tld + "\""), d => d.StartsWith("TLD0020 ", StringComparison.Ordinal) || d.StartsWith("TLD0006 ", StringComparison.Ordinal));

    [Fact]
    public void An_alias_that_is_no_dns_name_is_TLD0020_too() =>
        Assert.Contains(Ids("\"kind\": \"generic\",", "\"kind\": \"generic\", \"aliases\": [\"c\\u202ea\"],"), d => d.StartsWith("TLD0020 ", StringComparison.Ordinal));

    [Theory]
    [InlineData("^(a+)+$", true)]
    [InlineData("(x*)*", true)]
    [InlineData("^([a-z]+-?)+$", true)]
    [InlineData("^(?:[0-9]+)*$", true)]
    [InlineData("^(a|b+)+$", true)]
    [InlineData("^([a-z]+){2,}$", true)]
    [InlineData("^[a-z]+(-[a-z]+)*$", false)]
    [InlineData("^([a-z]+\\.)*[a-z]+$", false)]
    [InlineData("^(TMA)?[0-9]{6,7}$", false)]
    [InlineData("^((DK)?[0-9]{8}|[A-Z]{2}[0-9A-Z+*.]{2,12}|[0-9A-Za-z./ -]{4,32})$", false)]
    [InlineData("^(mailto:[^@\\s]+@[^@\\s]+|https?://\\S+)$", false)]
    [InlineData("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", false)]
    [InlineData("^(ab)+$", false)]
    public void Nested_unbounded_repetition_without_a_separator_is_found(string pattern, bool catastrophic) =>
        Assert.Equal(catastrophic, PatternSafety.Problem(pattern) is not null);

    [Fact]
    public void A_catastrophic_pattern_is_TLD0021_even_when_its_default_would_time_out()
    {
        var ids = Ids("\"pattern\": \"^[0-9]+$\",", "\"pattern\": \"^(a+)+$\", \"default\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\",");
        Assert.Contains(ids, d => d.StartsWith("TLD0021 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_tld_data_pattern_is_safe()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "tld-data");
        var patterns = Directory.GetFiles(root, "*.json")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"(?:authCode)?[pP]attern\": *\"((?:[^\"\\\\]|\\\\.)*)\""))
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<string>("\"" + m.Groups[1].Value + "\"")!).ToList();
        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.Null(PatternSafety.Problem(p)));
    }

    [Theory]
    [InlineData("U+D800")]
    [InlineData("U+D7FF-U+E000")]
    public void A_range_of_surrogates_is_rejected(string range)
    {
        var ids = Ids("\"idn\": { \"supported\": false }", "\"idn\": { \"supported\": true, \"ranges\": [\"" + range + "\"] }");
        Assert.Contains(ids, d => d.StartsWith("TLD0006 ", StringComparison.Ordinal) && d.Contains("surrogate", StringComparison.Ordinal));
    }
}
