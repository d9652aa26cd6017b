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
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int kindLine = Array.FindIndex(text.Split('\n'), l => l.Contains("\"kind\"")) + 1;
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(dir.Path, "ca.json") + $":{kindLine}:3: TLD1001 ", StringComparison.Ordinal) && l.Contains("kind"));
        Assert.Contains(lines, l => l.Contains("ca.json:") && l.Contains("TLD1001") && l.Contains("addOns.registrarLock"));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(dir.Path, "broken.json") + ":4:1: TLD1002 ", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public void Schema_is_found_through_the_files_schema_reference()
    {
        using var dir = Tool.TempDir();
        var schema = Path.Combine(Tool.RepoRoot, "schema.json");
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"))
            .Replace("\"../schema.json\"", System.Text.Json.JsonSerializer.Serialize(Path.GetRelativePath(dir.Path, schema)))
            .Replace("\"kind\": \"countryCode\"", "\"kind\": 7");
        dir.File("ca.json", text);
        var result = Tool.Run(null, "lint", Path.Combine(dir.Path, "ca.json"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("TLD1001", result.Out);
    }
}
