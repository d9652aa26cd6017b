namespace TldToolkit.Cli.Tests;

/// <summary>tldtool lint as a process on the repository's tld-data and on broken copies.</summary>
public class LintTests
{
    [Fact]
    public void Repository_tld_data_is_clean()
    {
        var result = Tool.Run(null, "lint", Path.Combine(Tool.RepoRoot, "tld-data"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Out.Trim());
    }

    [Fact]
    public void Default_folder_is_tld_data_of_the_repository()
    {
        var result = Tool.RunIn(Path.Combine(Tool.RepoRoot, "cli"), null, "lint");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("file(s)", result.Err);
    }

    [Fact]
    public void A_folder_is_linted_with_its_profiles()
    {
        using var dir = Tool.TempDir();
        dir.File("profiles/backend-test.json", """
            { "profile": "backend-test", "title": "Test backend",
              "sources": [ { "id": "backend-docs", "title": "Backend documentation", "checked": "2026-12-01" } ],
              "nameservers": { "min": 2, "max": 13, "source": "backend-docs" } }
            """);
        dir.File("xyz.json", """
            { "tld": "xyz", "kind": "generic", "coverage": "baseline", "extends": ["backend-test"],
              "sources": [ { "id": "iana-xyz", "title": "IANA root zone database: .xyz", "checked": "2026-12-01" } ] }
            """);
        var schema = Path.Combine(Tool.RepoRoot, "schema.json");
        var clean = Tool.Run(null, "lint", dir.Path, "--schema", schema);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        // An error in the profile is reported in the profile's file, and the TLD built on it says so at its extends item.
        dir.File("profiles/backend-test.json", File.ReadAllText(Path.Combine(dir.Path, "profiles", "backend-test.json")).Replace("\"min\": 2", "\"min\": \"two\""));
        var broken = Tool.Run(null, "lint", dir.Path, "--schema", schema);
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains(broken.Out.Split('\n'), l => l.Contains("backend-test.json:", StringComparison.Ordinal) && l.Contains("TLD0003", StringComparison.Ordinal));
        Assert.Contains(broken.Out.Split('\n'), l => l.Contains("xyz.json:1:", StringComparison.Ordinal) && l.Contains("TLD0019", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_folder_reports_file_line_column_and_id()
    {
        using var dir = Tool.TempDir();
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"))
            .Replace("\"kind\": \"countryCode\"", "\"kind\": \"country\"")
            .Replace("\"registrarLock\": true,", "\"registrarLock\": \"yes\",");
        // No $schema path that resolves from the temp folder: the schema is given explicitly.
        dir.File("ca.json", text);
        dir.File("broken.json", "{\n  \"tld\": \"x\",\n  \"kind\": \n}");
        var result = Tool.Run(null, "lint", dir.Path, "--schema", Path.Combine(Tool.RepoRoot, "schema.json"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // file:line:col: TLDnnnn message — from the generator's checks (TLD0xxx) or the schema (TLD1xxx), whichever reports it.
        Assert.All(lines, l => Assert.Matches(@"^.+:\d+:\d+: TLD\d{4} ", l));
        var fileLines = text.Split('\n');
        int kindLine = Array.FindIndex(fileLines, l => l.Contains("\"kind\"")) + 1;
        int lockLine = Array.FindIndex(fileLines, l => l.Contains("\"registrarLock\"")) + 1;
        var ca = Path.Combine(dir.Path, "ca.json");
        Assert.Contains(lines, l => l.StartsWith($"{ca}:{kindLine}:", StringComparison.Ordinal) && l.Contains("kind"));
        Assert.Contains(lines, l => l.StartsWith($"{ca}:{lockLine}:", StringComparison.Ordinal) && l.Contains("registrarLock"));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(dir.Path, "broken.json") + ":4:", StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_checks_run_too_across_files()
    {
        // Valid against schema.json, but the same TLD twice: only the generator's cross-file check sees it.
        using var dir = Tool.TempDir();
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"));
        dir.File("ca.json", text);
        dir.File("ca-copy.json", text);
        var result = Tool.Run(null, "lint", dir.Path, "--schema", Path.Combine(Tool.RepoRoot, "schema.json"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"ca(-copy)?\.json:\d+:\d+: TLD0009 ", result.Out);
    }

    [Fact]
    public void Schema_violations_have_their_own_id_and_position()
    {
        // A schema stricter than the generator: only the NJsonSchema check can report it (TLD1001).
        using var dir = Tool.TempDir();
        var schemaPath = dir.File("strict-schema.json", StrictSchema());
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"));
        var file = dir.File("ca.json", text);
        var result = Tool.Run(null, "lint", file, "--schema", schemaPath);
        Assert.True(result.ExitCode == 1, result.ToString());
        int line = Array.FindIndex(text.Split('\n'), l => l.Contains("\"displayName\"")) + 1;
        int column = text.Split('\n')[line - 1].IndexOf("\"displayName\"", StringComparison.Ordinal) + 1;
        Assert.Contains($"{file}:{line}:{column}: TLD1001 schema violation at displayName:", result.Out);
    }

    [Fact]
    public void Schema_is_found_through_the_files_schema_reference()
    {
        using var dir = Tool.TempDir();
        dir.File("schemas/strict.json", StrictSchema());
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"))
            .Replace("\"../schema.json\"", "\"../schemas/strict.json\"");
        var file = dir.File("data/ca.json", text);
        var result = Tool.Run(null, "lint", Path.Combine(dir.Path, "data"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("TLD1001 schema violation at displayName", result.Out);
    }

    /// <summary>schema.json with one rule the generator does not have: displayName at most 3 characters.</summary>
    private static string StrictSchema()
    {
        var schema = File.ReadAllText(Path.Combine(Tool.RepoRoot, "schema.json"))
            .Replace("\"description\": \"Optional human-readable name of the TLD or its country, e.g. 'Canada'.\",",
                     "\"description\": \"Optional human-readable name of the TLD or its country, e.g. 'Canada'.\", \"maxLength\": 3,");
        Assert.Contains("\"maxLength\": 3", schema);
        return schema;
    }
}
