using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TldToolkit.Packaging.Tests;

/// <summary>
/// The shipped libraries' public API is recorded (PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt) and a change
/// that is not recorded fails their build. The analyzer does the failing; these tests keep it switched on, so a
/// NoWarn or a lost import cannot silently let a public change through. (What a failing build looks like, and how
/// to record a change: docs/public-api.md.) The built-in catalog is not tracked this way: its API is generated and
/// pinned by tests/TldToolkit.Catalog.Tests/PublicApiTests.cs.
/// </summary>
public class PublicApiTrackingTests
{
    private static readonly string Repo = PackageFeed.RepoRoot();

    /// <summary>The packed libraries (the tool is an application, the catalog is generated).</summary>
    public static TheoryData<string> TrackedProjects => new(PackageFeed.PackedProjects.Where(p => !p.StartsWith("cli/", StringComparison.Ordinal) && !p.StartsWith("tld-data/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(TrackedProjects))]
    public void Each_shipped_library_tracks_its_public_api(string project)
    {
        var path = Path.Combine(Repo, project);
        Assert.Equal("true", Property(XDocument.Load(path), "TrackPublicApi"));
        foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var text = Path.Combine(Path.GetDirectoryName(path)!, file);
            Assert.True(File.Exists(text), file + " is missing beside " + project);
            // Without the marker the analyzer reads the entries as nullable-oblivious and asks for them again.
            Assert.Equal("#nullable enable", File.ReadLines(text).First());
        }
        Assert.Contains(File.ReadLines(Path.Combine(Path.GetDirectoryName(path)!, "PublicAPI.Shipped.txt")), line => !line.StartsWith('#') && line.Length > 0);
    }

    [Fact]
    public void Tracking_brings_the_analyzer_and_makes_unrecorded_changes_errors()
    {
        var targets = XDocument.Load(Path.Combine(Repo, "Directory.Build.targets"));
        var analyzer = Assert.Single(targets.Descendants("PackageReference"), e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.PublicApiAnalyzers");
        Assert.Equal("'$(TrackPublicApi)' == 'true'", (string?)analyzer.Parent!.Attribute("Condition"));
        var errors = Assert.Single(targets.Descendants("WarningsAsErrors"));
        Assert.Equal("'$(TrackPublicApi)' == 'true'", (string?)errors.Parent!.Attribute("Condition"));
        Assert.Contains("RS0016", errors.Value.Split(';'));   // a public symbol that is not recorded
        Assert.Contains("RS0017", errors.Value.Split(';'));   // a recorded symbol that is gone
        Assert.Contains(XDocument.Load(Path.Combine(Repo, "Directory.Packages.props")).Descendants("PackageVersion"),
            e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.PublicApiAnalyzers");
    }

    [Fact]
    public void Nothing_switches_the_check_off()
    {
        var silencing = new Regex(@"(NoWarn|WarningsNotAsErrors)[^<]*RS001[67]|RS001[67]\.severity|SuppressMessage\([^)]*RS001[67]|#pragma warning disable[^\n]*RS001[67]");
        var offenders = Directory.EnumerateFiles(Repo, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !f.Contains(Path.DirectorySeparatorChar + "node_modules" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar))
            .Where(f => Path.GetExtension(f) is ".csproj" or ".props" or ".targets" or ".editorconfig" or ".globalconfig" or ".cs" || Path.GetFileName(f) == ".editorconfig")
            .Where(f => !f.EndsWith(nameof(PublicApiTrackingTests) + ".cs", StringComparison.Ordinal))
            .Where(f => silencing.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repo, f))
            .ToList();
        Assert.True(offenders.Count == 0, "RS0016/RS0017 are switched off in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Packages_are_packed_with_the_check() =>
        Assert.Contains("Directory.Build.targets", PackageFeed.CopiedFiles);

    private static string? Property(XDocument project, string name) => project.Descendants(name).Select(e => e.Value.Trim()).LastOrDefault();
}
