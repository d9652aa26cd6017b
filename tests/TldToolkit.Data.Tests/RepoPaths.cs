namespace TldToolkit.Data.Tests;

/// <summary>Where the repository's data lives, found from the test binaries' folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds TldToolkit.sln.</summary>
    public static string Root => s_root.Value;

    public static string Schema => Path.Combine(Root, "schema.json");

    public static string TldData => Path.Combine(Root, "tld-data");

    public static string Malformed => Path.Combine(Root, "tests", "TldToolkit.Data.Tests", "Malformed");

    /// <summary>Every TLD definition file, ordinal order, as file names relative to tld-data.</summary>
    public static IReadOnlyList<string> TldFiles() =>
        Directory.GetFiles(TldData, "*.json")
            .Select(Path.GetFileName)
            .Select(n => n!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TldToolkit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder with TldToolkit.sln above {AppContext.BaseDirectory}.");
    }
}
