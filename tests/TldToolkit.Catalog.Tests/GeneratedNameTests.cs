using System.Reflection;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// The built-in catalog's public types live beside the runtime's in an application's usings: no generated
/// type may share a simple name with a public runtime type (.contact is ContactTld, not a second Contact).
/// </summary>
public class GeneratedNameTests
{
    [Fact]
    public void No_generated_type_hides_a_runtime_type()
    {
        var runtime = typeof(TldToolkit.Orders.Contact).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var clashes = typeof(Tlds).Assembly.GetExportedTypes()
            .Where(t => runtime.Contains(t.Name))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(clashes.Count == 0, "add these names to Names.RuntimeTypes in the generator: " + string.Join(", ", clashes));
    }

    [Fact]
    public void The_contact_tld_is_ContactTld() =>
        Assert.Equal("ContactTld", Tlds.Catalog.Find("contact")!.GetType().Name);
}
