using TldToolkit.Catalog;

namespace TldToolkit.Cli;

/// <summary>
/// The composition root's one link to the TLD catalog. Every command reaches the catalog through
/// <see cref="CliEnvironment.Catalog"/>, which the program fills from here.
/// </summary>
internal static class CatalogSource
{
    /// <summary>The built-in catalog the generator compiled from tld-data/*.json.</summary>
    public static TldCatalog Load() => TldToolkit.BuiltIn.Tlds.Catalog;
}
