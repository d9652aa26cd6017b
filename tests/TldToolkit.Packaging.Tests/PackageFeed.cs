namespace TldToolkit.Packaging.Tests;

/// <summary>
/// Packs the four packages a team installs (TldToolkit, TldToolkit.BuiltIn, TldToolkit.Sandbox and the
/// tldtool dotnet tool) once, from a copy of the sources, into a local feed the tests' consumers use.
/// The copy keeps the repository's bin/obj, which other test assemblies may be using, untouched.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public static readonly string[] PackedProjects =
    [
        "runtime/TldToolkit.Runtime/TldToolkit.Runtime.csproj",
        "runtime/TldToolkit.Sandbox/TldToolkit.Sandbox.csproj",
        "tld-data/TldToolkit.Tlds.csproj",
        "cli/TldToolkit.Cli.csproj",
    ];

    // tldfiles: the TLD-file front end the generator compiles in (linked sources) and tldtool references.
    private static readonly string[] CopiedFolders = ["tldfiles", "generator", "runtime", "tld-data", "cli", "docs/packages"];
    internal static readonly string[] CopiedFiles = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "schema.json", "order.schema.json"];

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "tldtoolkit-packages-" + Guid.NewGuid().ToString("N")[..12]);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Random.Shared.Next(100000);
        Feed = Path.Combine(Root, "feed");
        var source = Path.Combine(Root, "src");
        var repo = RepoRoot();
        foreach (var folder in CopiedFolders) CopyTree(Path.Combine(repo, folder), Path.Combine(source, folder));
        foreach (var file in CopiedFiles) File.Copy(Path.Combine(repo, file), Path.Combine(source, file));
        foreach (var project in PackedProjects)
        {
            DotnetProcess.Run(source, "dotnet", "pack", Path.Combine(source, project), "-c", "Release", "-o", Feed, "-p:Version=" + Version)
                .AssertSucceeded("pack " + project);
        }
    }

    /// <summary>The temporary folder everything lives in; consumers make their folders below it.</summary>
    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>A new consumer folder with a nuget.config whose only source is the local feed (and the registry for dependencies).</summary>
    public string NewConsumer(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="tldtoolkit-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        // The test versions must not pile up in the machine's package cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "tldtoolkit", "tldtoolkit.builtin", "tldtoolkit.sandbox", "tldtool" })
        {
            var cached = Path.Combine(cache, id, Version);
            try { if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true); } catch (IOException) { }
        }
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TldToolkit.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}

/// <summary>All packaging tests share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
