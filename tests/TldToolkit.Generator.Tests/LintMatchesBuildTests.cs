using System.Globalization;
using Microsoft.CodeAnalysis;
using TldToolkit.Generator.Linting;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// <c>tldtool lint</c> (the TldToolkit.TldFiles library, TldLinter) and a build (the generator in the compiler) report
/// the same diagnostics: id, severity, message, file, line and column of both ends, over the fuzz tests' mutations of
/// the real tld-data files read with their profiles, a mutated profile now and then, and a neighbour for the cross-file checks.
/// </summary>
public class LintMatchesBuildTests
{
    private const int Seed = 20261204;
    private const int Mutations = 400;

    [Fact]
    public void Lint_and_build_report_identical_diagnostics_over_the_mutation_corpus()
    {
        var data = Path.Combine(GeneratorHarness.RepoRoot(), "tld-data");
        var tlds = Read(data, "/data/");
        var profiles = Read(Path.Combine(data, "profiles"), "/data/profiles/");
        var neighbour = tlds.Single(f => f.Path.EndsWith("/ca.json", StringComparison.Ordinal));
        var random = new Random(Seed);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        int compared = 0;

        for (int i = 0; i < Mutations; i++)
        {
            var tld = tlds[random.Next(tlds.Count)];
            var set = profiles.ToList();
            if (random.Next(5) == 0)
            {
                int p = random.Next(set.Count);
                set[p] = (set[p].Path, FuzzTests.Mutate(set[p].Text, random, out _));
            }
            else tld = (tld.Path, FuzzTests.Mutate(tld.Text, random, out _));
            set.Add(tld);
            if (tld.Path != neighbour.Path) set.Add(neighbour);

            var build = Build(set, compilation);
            var lint = TldLinter.Lint(set)
                .Select(m => $"{m.Path}({m.StartLine},{m.StartColumn},{m.EndLine},{m.EndColumn}): {m.Severity.ToString().ToLowerInvariant()} {m.Id}: {m.Message}")
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.True(build.SequenceEqual(lint), $"mutation {i} of {tld.Path}:\nbuild:\n{string.Join("\n", build)}\nlint:\n{string.Join("\n", lint)}");
            compared += build.Count;
        }
        Assert.True(compared > Mutations, "the mutations should give diagnostics to compare");
    }

    private static List<string> Build(List<(string Path, string Text)> files, Compilation compilation)
    {
        var driver = GeneratorHarness.CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), track: false);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2},{3},{4}): {5} {6}: {7}", span.Path,
                span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1,
                d.Severity.ToString().ToLowerInvariant(), d.Id, d.GetMessage(CultureInfo.InvariantCulture));
        }).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder's JSON files under <paramref name="prefix"/> (profiles must sit in a folder named 'profiles').</summary>
    private static List<(string Path, string Text)> Read(string folder, string prefix) =>
        Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (prefix + Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
}
