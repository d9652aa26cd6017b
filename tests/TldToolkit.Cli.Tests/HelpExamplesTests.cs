using System.Text.RegularExpressions;

namespace TldToolkit.Cli.Tests;

/// <summary>What help and the README show runs: optional arguments look optional, and every example works on the built-in catalog.</summary>
public partial class HelpExamplesTests
{
    [Theory]
    [InlineData("lint", "tldtool lint [<path>...] [options]")]
    [InlineData("sync", "tldtool sync [<domain>...] [options]")]
    [InlineData("validate", "tldtool validate <input>... [options]")]
    public void Usage_line_marks_optional_arguments(string command, string usage)
    {
        var help = Tool.Run(null, command, "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains(usage, help.Out);
    }

    /// <summary>The "e.g." values of explain's and check's argument help, each run as that command.</summary>
    [Theory]
    [InlineData("explain", "<tld>")]
    [InlineData("check", "<domain>")]
    public void Every_example_in_an_arguments_help_runs(string command, string argument)
    {
        var help = Tool.Run(null, command, "--help").Out;
        var line = help.Split('\n').Single(l => l.TrimStart().StartsWith(argument, StringComparison.Ordinal));
        var examples = ExampleList().Match(line).Groups[1].Value.Split([", ", " or "], StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var run = Tool.Run(null, command, example);
            Assert.True(run.ExitCode == 0, $"{command} {example}: {run}");
        }
    }

    /// <summary>
    /// Every concrete tldtool command of the README (inline `tldtool …`, `dotnet run --project cli -- …`
    /// and the command table with its optional parts left out) runs: no usage error, no unknown TLD.
    /// Placeholders (FILE, &lt;tld&gt;) are syntax, not examples; submit, sync and sandbox talk to a registrar.
    /// </summary>
    [Fact]
    public void Every_concrete_readme_command_runs()
    {
        // The command names root help lists: the README's other tables name files and folders.
        var names = Tool.Run(null, "--help").Out.Split('\n').SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim().Split(' ')[0]).Where(n => n.Length > 0).ToHashSet();
        Assert.Contains("explain", names);
        var readme = File.ReadAllText(Path.Combine(Tool.RepoRoot, "README.md"));
        var commands = InlineCommand().Matches(readme).Select(m => m.Groups[1].Value)
            .Concat(RunCommand().Matches(readme).Select(m => m.Groups[1].Value))
            .Concat(TableCommand().Matches(readme).Select(m => Optional().Replace(m.Groups[1].Value, "")))
            .Select(c => c.Trim())
            .Where(c => names.Contains(c.Split(' ')[0]) && !Placeholder().IsMatch(c) && c.Split(' ')[0] is not ("submit" or "sync" or "sandbox"))
            .Distinct().ToList();
        Assert.Contains("explain .ca", commands);
        foreach (var command in commands)
        {
            var run = Tool.Run(null, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(run.ExitCode is 0 or 1, $"README: tldtool {command}: {run}");
            Assert.DoesNotContain("in the catalog", run.Err);
        }
    }

    [GeneratedRegex(@"e\.g\. (.+?)\.?\s*$")]
    private static partial Regex ExampleList();

    [GeneratedRegex(@"`tldtool ([^`]+)`")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"dotnet run --project cli -- ([^#\n]+)")]
    private static partial Regex RunCommand();

    [GeneratedRegex(@"^\| `([a-z]+[^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCommand();

    [GeneratedRegex(@"\s*\[[^\]]*\]")]
    private static partial Regex Optional();

    // FILE, DIR, N, DOMAIN…, <command>, <tld>, a pipe of alternatives.
    [GeneratedRegex(@"\b[A-Z]{1,}\b|<|…|\\\|")]
    private static partial Regex Placeholder();
}
