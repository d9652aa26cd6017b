using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TldToolkit.Generator.Linting;
using TldToolkit.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// Seeded, deterministic mutations of the real tld-data files through the driver: the generator never
/// throws, and every mutation yields either generated output or a TLD diagnostic.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int Mutations = 2500;
    private const int CompiledSample = 25;

    private static readonly Regex ValueToken = new("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null", RegexOptions.CultureInvariant);
    private static readonly string[] Replacements = ["\"x\"", "1", "1.5", "-3", "true", "false", "null", "[]", "{}", "[1, \"a\"]", "{\"a\": 1}", "\"\"", "\"(\"", "99999999999"];
    private const string Noise = "{}[]\",:\\ \n0aZ-.é\u0000\uD800€";

    private static List<(string Name, string Text)> Corpus()
    {
        var files = Directory.GetFiles(Path.Combine(GeneratorHarness.RepoRoot(), "tld-data"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        files.Add(("xn--e1aybc.json", GeneratorHarness.ReadInput("xn--e1aybc.json")));
        return files;
    }

    public static string Mutate(string text, Random random, out string kind)
    {
        if (text.Length == 0) { kind = "empty"; return text; }
        switch (random.Next(9))
        {
            case 0:
                kind = "truncate";
                return text.Substring(0, random.Next(text.Length));
            case 1:
            {
                kind = "flip";
                var chars = text.ToCharArray();
                int flips = 1 + random.Next(3);
                for (int i = 0; i < flips; i++) chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
                return new string(chars);
            }
            case 2:
            {
                kind = "swap-type";
                var matches = ValueToken.Matches(text);
                if (matches.Count == 0) goto case 0;
                var m = matches[random.Next(matches.Count)];
                return text.Remove(m.Index, m.Length).Insert(m.Index, Replacements[random.Next(Replacements.Length)]);
            }
            case 3:
            {
                kind = "delete-brace";
                var positions = Enumerable.Range(0, text.Length).Where(i => text[i] is '{' or '}' or '[' or ']').ToList();
                return positions.Count == 0 ? text : text.Remove(positions[random.Next(positions.Count)], 1);
            }
            case 4:
            {
                kind = "delete-line";
                var lines = text.Split('\n').ToList();
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            }
            case 5:
            {
                kind = "duplicate-line";
                var lines = text.Split('\n').ToList();
                int i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                return string.Join('\n', lines);
            }
            case 6:
            {
                kind = "insert-property";
                var positions = Enumerable.Range(0, text.Length).Where(i => text[i] == '{').ToList();
                if (positions.Count == 0) goto case 0;
                return text.Insert(positions[random.Next(positions.Count)] + 1, "\"sourse\": " + Replacements[random.Next(Replacements.Length)] + ", ");
            }
            case 7:
            {
                kind = "delete-span";
                int start = random.Next(text.Length);
                return text.Remove(start, Math.Min(text.Length - start, 1 + random.Next(40)));
            }
            default:
            {
                kind = "rename-value";
                var matches = ValueToken.Matches(text);
                if (matches.Count == 0) goto case 0;
                var m = matches[random.Next(matches.Count)];
                if (!m.Value.StartsWith('"')) goto case 1;
                return text.Remove(m.Index, m.Length).Insert(m.Index, "\"" + new string(m.Value.Trim('"').Reverse().ToArray()) + "\"");
            }
        }
    }

    [Fact]
    public void Mutated_tld_files_never_break_the_generator()
    {
        var corpus = Corpus();
        var random = new Random(Seed);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var stopwatch = Stopwatch.StartNew();
        var kinds = new Dictionary<string, int>();
        int withOutput = 0, withDiagnostic = 0, compiled = 0;

        // One driver per corpus file; each mutation replaces the file's text, as an editor would.
        var drivers = corpus.Select(c =>
        {
            var text = new InMemoryAdditionalText("/data/" + c.Name, c.Text);
            return (Text: text, Driver: GeneratorHarness.CreateDriver([text], track: false));
        }).ToArray();

        for (int i = 0; i < Mutations; i++)
        {
            int index = random.Next(corpus.Count);
            var mutated = Mutate(corpus[index].Text, random, out var kind);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var (oldText, driver) = drivers[index];
            var newText = new InMemoryAdditionalText(oldText.Path, mutated);
            driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);
            drivers[index] = (newText, driver);

            var result = driver.GetRunResult().Results.Single();
            string context = $"mutation {i} ({kind}) of {corpus[index].Name}";
            Assert.True(result.Exception is null, context + ": " + result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "TLD0013" || d.Id.StartsWith("AD", StringComparison.Ordinal));
            Assert.All(result.Diagnostics, d => Assert.NotEqual(Location.None, d.Location));
            // The TLD's output: its catalog entry (a data-only TLD has nothing else), and its class file when it has fields.
            bool output = result.GeneratedSources.Any(s => s.HintName == "Tlds.g.cs" && GeneratorHarness.CatalogEntries(s.SourceText.ToString()) > 0);
            bool error = result.Diagnostics.Any(d => d.Id.StartsWith("TLD", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
            Assert.True(output ^ error, $"{context}: output={output}, error={error}");
            if (output) withOutput++; else withDiagnostic++;

            // Valid mutations must also give code that compiles cleanly (a sample: compiling is slow).
            if (output && compiled < CompiledSample)
            {
                compiled++;
                driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
                var problems = updated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
                Assert.True(problems.Count == 0, context + " compiles with: " + string.Join("\n", problems.Take(5)));
            }

            // The lint API agrees and never throws either (every third mutation, to keep the test short).
            if (i % 3 != 0) continue;
            var lint = TldLinter.Lint([(newText.Path, mutated)]);
            Assert.Equal(error, lint.Any(m => m.Severity == LintSeverity.Error));
        }
        stopwatch.Stop();
        output.WriteLine($"{Mutations} mutations in {stopwatch.Elapsed.TotalSeconds:F1} s: {withOutput} generated ({compiled} compiled), {withDiagnostic} rejected with a diagnostic; "
            + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => k.Key + "=" + k.Value)));
        Assert.True(withDiagnostic > Mutations / 2, "most mutations should be rejected");
        Assert.True(withOutput > 0, "some mutations should still be valid");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"tld\"")]
    [InlineData("{")]
    [InlineData("{\"tld\":")]
    [InlineData("{\"tld\": \"\\u12\"}")]
    [InlineData("{\"fields\": [{\"requiredWhen\": {\"not\": {\"not\": {\"not\": {}}}}}]}")]
    public void Hostile_inputs_give_a_diagnostic(string text)
    {
        var run = GeneratorHarness.Run(("/data/hostile.json", text));
        Assert.Null(run.Single.Exception);
        Assert.Contains(run.Diagnostics, d => d.Id.StartsWith("TLD", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TLD0013");
    }

    [Fact]
    public void Deep_nesting_gives_a_diagnostic_not_a_stack_overflow()
    {
        var text = new StringBuilder().Append('[', 100_000).Append(']', 100_000).ToString();
        var run = GeneratorHarness.Run(("/data/deep.json", text));
        Assert.Equal("TLD0001", Assert.Single(run.Diagnostics).Id);
        var conditions = "{\"fields\": [{\"requiredWhen\": " + string.Concat(Enumerable.Repeat("{\"not\": ", 60)) + "{\"registrantType\": \"individual\"}" + new string('}', 60) + "}]}";
        run = GeneratorHarness.Run(("/data/deep2.json", conditions));
        Assert.Null(run.Single.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TLD0013");
    }

    /// <summary>
    /// The same mutations over a profile set (two profiles and a profile-only TLD, ProfileTests' inputs): a
    /// mutated profile or TLD file never breaks the generator; the output is the TLD's code or a diagnostic, and a
    /// broken profile drops only the files built on it.
    /// </summary>
    [Fact]
    public void Mutated_profiles_never_break_the_generator()
    {
        (string Path, string Text)[] corpus =
        [
            ("/data/profiles/icann-gtld.json", ProfileTests.Icann),
            ("/data/profiles/backend-test.json", ProfileTests.Backend),
            ("/data/xyz.json", ProfileTests.ProfileOnly),
            ("/data/other.json", DiagnosticTests.Valid.Replace("\"tld\": \"test\"", "\"tld\": \"other\"")),
        ];
        var random = new Random(Seed + 1);
        int withOutput = 0, rejected = 0;
        for (int i = 0; i < Mutations / 5; i++)
        {
            int index = random.Next(3); // a profile or the TLD built on them; other.json stays valid
            var files = corpus.ToArray();
            files[index] = (files[index].Path, Mutate(files[index].Text, random, out _));
            var run = GeneratorHarness.Run(files);
            var result = run.Single;
            string context = $"mutation {i} of {files[index].Path}:\n{files[index].Text}";
            Assert.True(result.Exception is null, context + ": " + result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "TLD0013");
            Assert.All(result.Diagnostics, d => Assert.NotEqual(Location.None, d.Location));
            Assert.Contains("Other.g.cs", run.HintNames); // only the files built on a broken profile are dropped
            bool output = GeneratorHarness.CatalogEntries(run.Source("Tlds.g.cs")) == 2; // the TLD, under whatever name the mutation left it, beside other.json
            bool error = result.Diagnostics.Any(d => d.Id.StartsWith("TLD", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
            Assert.True(output || error, context + ": neither output nor an error");
            if (output) withOutput++; else rejected++;
            var lint = TldLinter.Lint(files);
            Assert.Equal(error, lint.Any(m => m.Severity == LintSeverity.Error));
        }
        output.WriteLine($"{Mutations / 5} profile-set mutations: {withOutput} generated, {rejected} rejected");
        Assert.True(rejected > 0 && withOutput > 0);
    }
}
