using System.Text.Json;
using System.Text.Json.Nodes;
using TldToolkit.Generator.Linting;

namespace TldToolkit.Data.Tests;

/// <summary>Cross-reference checks inside each file and across all files.</summary>
public sealed class DataConsistencyTests
{
    public static TheoryData<string> Files() => TldFiles.Names();

    [Theory]
    [MemberData(nameof(Files))]
    public void FileIsInternallyConsistent(string fileName)
    {
        var problems = DataConsistency.Check(fileName);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Every rule the build applies, each file's own and those across files (a TLD or alias defined twice, generated
    /// names that collide, a file not named after its TLD), through the generator's front end (TldToolkit.TldFiles)
    /// over tld-data with its profiles: the rules are not restated here.
    /// </summary>
    [Fact]
    public void TldDataGivesNoDiagnosticOfTheBuild()
    {
        var messages = TldLinter.Lint(TldDataWithProfiles());
        Assert.True(messages.Count == 0, string.Join(Environment.NewLine, messages));
    }

    [Fact]
    public void TheBuildsChecksSeeATldDefinedTwice()
    {
        var files = TldDataWithProfiles().ToList();
        var ca = files.Single(f => Path.GetFileName(f.Path) == "ca.json");
        files.Add((Path.Combine(RepoPaths.TldData, "copy", "ca.json"), ca.Text));
        var duplicates = TldLinter.Lint(files).Where(m => m.Id == "TLD0009").Select(m => m.Path).ToList();
        Assert.Equal([ca.Path, files[^1].Path], duplicates);
    }

    private static IEnumerable<(string Path, string Text)> TldDataWithProfiles() =>
        Directory.GetFiles(RepoPaths.TldData, "*.json").Concat(Directory.GetFiles(Path.Combine(RepoPaths.TldData, "profiles"), "*.json"))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)));

    [Fact]
    public void TheCheckerCatchesBrokenFieldReferences()
    {
        // A deliberately broken copy of a real file proves the checker is not vacuous.
        var fileName = RepoPaths.TldFiles().First();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.TldData, fileName)))!;
        json["fields"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "agreement",
                ["registryName"] = "X-TEST-AGREEMENT",
                ["type"] = "checkbox",
                ["label"] = new JsonObject { ["en"] = "A", ["de"] = "A", ["fr"] = "A", ["ar"] = "A" },
                ["operations"] = new JsonArray("register"),
                ["source"] = json["sources"]![0]!["id"]!.GetValue<string>(),
                ["requiredWhen"] = new JsonObject { ["field"] = "missingField", ["equals"] = "X" },
            });

        var problems = DataConsistency.CheckText(fileName, json.ToJsonString());

        // Source references (with profiles) are the generator's check, TLD0008: see the generator's tests.
        Assert.Contains($"{fileName}: $.fields[0].requiredWhen.field: field 'missingField' does not exist in this file", problems);
    }
}
