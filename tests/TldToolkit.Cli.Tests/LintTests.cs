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
        var clean = Tool.Run(null, "lint", dir.Path);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        // An error in the profile is reported in the profile's file, and the TLD built on it says so at its extends item.
        dir.File("profiles/backend-test.json", File.ReadAllText(Path.Combine(dir.Path, "profiles", "backend-test.json")).Replace("\"min\": 2", "\"min\": \"two\""));
        var broken = Tool.Run(null, "lint", dir.Path);
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
        dir.File("ca.json", text);
        dir.File("broken.json", "{\n  \"tld\": \"x\",\n  \"kind\": \n}");
        var result = Tool.Run(null, "lint", dir.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // file:line:col: TLDnnnn message, with the generator's ids: there is no second set.
        Assert.All(lines, l => Assert.Matches(@"^.+:\d+:\d+: TLD0\d{3} ", l));
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
        // Each file is fine on its own, but the same TLD twice: the cross-file check sees it.
        using var dir = Tool.TempDir();
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"));
        dir.File("ca.json", text);
        dir.File("ca-copy.json", text);
        var result = Tool.Run(null, "lint", dir.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"ca(-copy)?\.json:\d+:\d+: TLD0009 ", result.Out);
    }

    [Fact]
    public void Prints_what_the_front_end_reports_and_nothing_else()
    {
        // The build reports TldLinter's diagnostics (LintMatchesBuildTests); the command prints each once, in its order.
        using var dir = Tool.TempDir();
        var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, "tld-data", "ca.json"))
            .Replace("\"kind\": \"countryCode\"", "\"kind\": \"country\"")
            .Replace("\"registrarLock\": true,", "\"registrarLock\": \"yes\", \"sourse\": 1,");
        var file = dir.File("ca.json", text);
        var result = Tool.Run(null, "lint", file);
        Assert.True(result.ExitCode == 1, result.ToString());
        var expected = TldToolkit.Generator.Linting.TldLinter.Lint([(file, text)]).Select(TldToolkit.Cli.Lint.LintCommand.Line).ToList();
        Assert.True(expected.Count >= 3, string.Join("\n", expected));
        Assert.Equal(expected, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }
}
