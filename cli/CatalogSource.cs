using TldToolkit.Catalog;

namespace TldToolkit.Cli;

/// <summary>
/// The composition root's one link to the TLD catalog. Every command reaches the catalog through
/// <see cref="CliEnvironment.Catalog"/>, which the program fills from here.
/// </summary>
internal static class CatalogSource
{
    /// <summary>The built-in catalog compiled from tld-data/*.json.</summary>
    // The generated catalog (TldToolkit.BuiltIn.Tlds.Catalog) has not landed yet: until it does,
    // the tool runs on an empty catalog and reports every TLD as unsupported.
    public static TldCatalog Load() => new([]);
}
