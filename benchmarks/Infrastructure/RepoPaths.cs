namespace TldToolkit.Benchmarks.Infrastructure;

/// <summary>
/// Finds the repository around the running benchmark. BenchmarkDotNet runs benchmarks from its own
/// build folder (benchmarks/bin/...), and the smoke test from tests/.../bin, so the root is found by
/// walking up to the folder that holds schema.json and tld-data/.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root (TLDTOOLKIT_REPO overrides the search).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The folder of the real TLD definition files.</summary>
    public static string TldData => Path.Combine(Root, "tld-data");

    private static string FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable("TLDTOOLKIT_REPO");
        if (!string.IsNullOrWhiteSpace(overridden)) return Path.GetFullPath(overridden);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "schema.json")) && Directory.Exists(Path.Combine(dir.FullName, "tld-data")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"Cannot find the repository (schema.json + tld-data/) above {AppContext.BaseDirectory}; set TLDTOOLKIT_REPO.");
    }
}
