using TldToolkit.BuiltIn;

namespace TldToolkit.Catalog.Tests;

/// <summary>Lookups in the generated default catalog (no domain checks involved).</summary>
public class CatalogLookupTests
{
    [Theory]
    [InlineData("ca")]
    [InlineData("CA")]
    [InlineData(".ca")]
    [InlineData(".CA")]
    [InlineData(" ca ")]
    [InlineData("ca.")]
    public void Find_accepts_any_case_and_dots(string name) => Assert.Same(Tlds.Ca, Tlds.Catalog.Find(name));

    [Theory]
    [InlineData("example.ca")]
    [InlineData("EXAMPLE.CA")]
    [InlineData("www.example.ca.")]
    public void FindForDomain_uses_the_longest_known_suffix(string domain)
    {
        var found = Tlds.Catalog.FindForDomain(domain, out var length);
        Assert.Same(Tlds.Ca, found);
        Assert.Equal(2, length);
    }

    [Theory]
    [InlineData("example.invalid-tld-for-tests")]
    [InlineData("")]
    public void Unknown_tlds_are_not_found(string domain)
    {
        Assert.Null(Tlds.Catalog.FindForDomain(domain, out _));
        Assert.Null(Tlds.Catalog.Find(domain));
    }

    [Fact]
    public void Every_json_file_in_tld_data_is_in_the_catalog()
    {
        var dir = Path.Combine(RepoRoot(), "tld-data");
        var files = Directory.GetFiles(dir, "*.json");
        Assert.NotEmpty(files);
        Assert.Equal(files.Length, Tlds.Catalog.All.Count);
        foreach (var definition in Tlds.Catalog.All)
        {
            Assert.Same(definition, Tlds.Catalog.Find(definition.Rules.Tld));
            Assert.Same(definition, Tlds.Catalog.Find(definition.Rules.UnicodeTld));
            foreach (var alias in definition.Rules.Aliases)
                Assert.Same(definition, Tlds.Catalog.Find(alias));
        }
    }

    [Fact]
    public void Catalog_is_ordered_by_tld()
    {
        var tlds = Tlds.Catalog.All.Select(d => d.Rules.Tld).ToList();
        Assert.Equal(tlds.OrderBy(t => t, StringComparer.Ordinal), tlds);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "schema.json"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
