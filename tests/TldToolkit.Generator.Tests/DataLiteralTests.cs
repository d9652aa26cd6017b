using System.Text.Json;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// A TLD's data is a string literal by default (the cheapest literal to compile) and a UTF-8 literal with
/// <c>TldToolkitDataLiterals=utf8</c> (for catalogs past the 16 MB user-string heap); both read back to the same rules.
/// </summary>
public class DataLiteralTests
{
    private const string Path = "/data/ca.json";

    private static (string Source, TldToolkit.Catalog.ITldDefinition Definition) Generate(string? dataLiterals)
    {
        var run = GeneratorHarness.RunWith(GeneratorHarness.Options([Path], dataLiterals: dataLiterals), (Path, GeneratorHarness.ReadInput("ca.json")));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        return (run.Source("Ca.g.cs"), GeneratorHarness.LoadDefinition(run));
    }

    [Fact]
    public void Data_is_a_string_literal_by_default_and_utf8_on_request()
    {
        var (plain, _) = Generate(null);
        var (utf8, _) = Generate("utf8");
        var (other, _) = Generate("UTF8 ");
        Assert.Contains(": base(\"\"\"{\"tld\":\"ca\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"\"u8", plain, StringComparison.Ordinal);
        Assert.Contains("}\"\"\"u8)", utf8, StringComparison.Ordinal);
        Assert.Equal(utf8, other);
    }

    [Fact]
    public void Both_literals_read_back_to_the_same_rules_and_fields()
    {
        var (_, plain) = Generate(null);
        var (_, utf8) = Generate("utf8");
        Assert.Equal(JsonSerializer.Serialize(plain.Rules), JsonSerializer.Serialize(utf8.Rules));
        Assert.Equal(JsonSerializer.Serialize(plain.Fields), JsonSerializer.Serialize(utf8.Fields));
        Assert.NotEmpty(plain.Fields);
    }
}
