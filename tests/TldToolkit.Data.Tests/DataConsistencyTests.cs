using System.Text.Json;
using System.Text.Json.Nodes;

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

    [Fact]
    public void NoTldOrAliasIsDefinedTwice()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var fileName in RepoPaths.TldFiles())
        {
            using var document = TldFiles.Load(fileName);
            var root = document.RootElement;
            var names = new List<(string Name, string Path)> { (root.GetProperty("tld").GetString()!, "$.tld") };
            if (root.TryGetProperty("aliases", out var aliases))
            {
                var i = 0;
                foreach (var alias in aliases.EnumerateArray())
                {
                    names.Add((alias.GetString()!, $"$.aliases[{i++}]"));
                }
            }

            foreach (var (name, path) in names)
            {
                if (owners.TryGetValue(name, out var owner))
                {
                    problems.Add($"{fileName}: {path}: '{name}' is already defined by {owner}");
                }
                else
                {
                    owners.Add(name, fileName);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

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
