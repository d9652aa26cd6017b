using System.Text.Json;
using NJsonSchema;

namespace TldToolkit.Cli.Tests;

/// <summary>order.schema.json describes what tldtool validate reads.</summary>
public class OrderSchemaTests
{
    private static JsonSchema Schema() =>
        JsonSchema.FromFileAsync(Path.Combine(Tool.RepoRoot, "order.schema.json")).GetAwaiter().GetResult();

    [Fact]
    public void Samples_without_shape_problems_match_the_schema()
    {
        var schema = Schema();
        var samples = Path.Combine(Tool.RepoRoot, "samples");
        int checkedOrders = 0;
        foreach (var file in Directory.GetFiles(samples, "*.json"))
        {
            var result = Tool.Run(null, "validate", file, "--json");
            using var results = JsonDocument.Parse(result.Out);
            using var input = JsonDocument.Parse(File.ReadAllText(file));
            var orders = input.RootElement.ValueKind == JsonValueKind.Array ? input.RootElement.EnumerateArray().ToList() : [input.RootElement];
            foreach (var r in results.RootElement.GetProperty("results").EnumerateArray())
            {
                var order = orders[r.GetProperty("index").GetInt32()].GetRawText();
                bool shapeProblem = r.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("code").GetString()!.StartsWith("order-", StringComparison.Ordinal));
                var errors = schema.Validate(order);
                if (shapeProblem) Assert.NotEmpty(errors);
                else Assert.True(errors.Count == 0, $"{file}[{r.GetProperty("index")}]: " + string.Join("; ", errors));
                checkedOrders++;
            }
        }
        Assert.True(checkedOrders > 0);
    }

    [Fact]
    public void Every_property_has_title_and_description()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool.RepoRoot, "order.schema.json")));
        var missing = new List<string>();
        void Walk(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("properties", out var props))
                    foreach (var p in props.EnumerateObject())
                        if (!p.Value.TryGetProperty("title", out _) || !p.Value.TryGetProperty("description", out _)) missing.Add(path + "." + p.Name);
                foreach (var p in e.EnumerateObject()) Walk(p.Value, path + "/" + p.Name);
            }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) Walk(item, path + "[]");
        }
        Walk(json.RootElement, "");
        Assert.Empty(missing);
    }
}
