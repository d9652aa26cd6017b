using TldToolkit.BuiltIn;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// The built-in catalog's public types live beside the runtime's and the framework's in an application's usings:
/// no generated type may share a simple name with a public type of the runtime or of the namespaces .NET imports
/// by default (a definition class is CaTld; .contact and .directory are data only, without classes).
/// </summary>
public class GeneratedNameTests
{
    [Fact]
    public void No_generated_type_hides_a_runtime_or_framework_type()
    {
        string[] implicitNamespaces = ["System", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks", "System.Collections.Generic"];
        var taken = typeof(TldToolkit.Orders.Contact).Assembly.GetExportedTypes()
            .Concat(new[] { typeof(object), typeof(File), typeof(Enumerable), typeof(HttpClient), typeof(List<>) }.SelectMany(t => t.Assembly.GetExportedTypes())
                .Where(t => implicitNamespaces.Contains(t.Namespace)))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);

        var clashes = typeof(Tlds).Assembly.GetExportedTypes().Where(t => taken.Contains(t.Name)).Select(t => t.FullName).ToList();

        Assert.True(clashes.Count == 0, "generated types that hide another type: " + string.Join(", ", clashes));
    }

    [Fact]
    public void Definitions_carry_the_Tld_suffix_and_data_only_tlds_have_no_class()
    {
        // A TLD with additional fields has its class (CaTld); .contact and .directory have none, so nothing can hide Contact or Directory.
        Assert.Equal("CaTld", Tlds.Catalog.Find("ca")!.GetType().Name);
        Assert.All(new[] { "contact", "directory" }, t => Assert.IsType<TldToolkit.Generated.DataTld>(Tlds.Catalog.Find(t)));
        Assert.DoesNotContain(typeof(Tlds).Assembly.GetExportedTypes(), t => t.Name.StartsWith("Contact", StringComparison.Ordinal) || t.Name.StartsWith("Directory", StringComparison.Ordinal));
    }
}
