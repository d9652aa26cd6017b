using System.Text.Json;
using System.Text.Json.Nodes;
using TldToolkit.BuiltIn;
using TldToolkit.Cli.Explain;

namespace TldToolkit.Cli.Tests.OrderForm;

/// <summary>
/// Every built-in TLD's order-form schema as a web front end uses it: compiled by ajv in strict mode (pinned in this
/// folder's package-lock.json, one node process for all), with NJsonSchema and the validator as second opinions.
/// </summary>
public sealed class AjvOrderFormTests
{
    // What JSON Schema cannot express (the schema's $comment): an order whose only problems are these is valid to it.
    private static readonly HashSet<string> Inexpressible =
    [
        "field-invalid", "contact-property-invalid", "idn-invalid", "idn-character-not-allowed", "idn-mixed-scripts",
        "renewal-too-early", "renewal-beyond-horizon",
    ];

    [NodeFact]
    public async Task Schemas_compile_in_strict_mode_and_report_one_error_per_problem()
    {
        await Node.InstallAsync();
        var schemas = Tlds.Catalog.All.ToDictionary(d => d.Rules.Tld, d => OrderFormSchema.Build(d, "en"));
        var cases = OrderFormCases.All();
        // Every TLD with a base order has valid and invalid orders (a case list that lost a TLD would pass vacuously).
        var withCases = OrderFormCases.TldsWithBaseOrders();
        Assert.True(withCases.Count >= 30, $"only {withCases.Count} TLDs have a base order");
        foreach (var tld in withCases)
        {
            Assert.True(cases.Count(c => c.Tld == tld && c.Expected.Length == 0) >= 2, $".{tld}: fewer than 2 valid orders");
            Assert.True(cases.Count(c => c.Tld == tld && c.Expected.Length > 0) >= 6, $".{tld}: fewer than 6 invalid orders");
        }
        var job = new JsonObject
        {
            ["vocabulary"] = new JsonArray(Annotations.Vocabulary.Select(k => (JsonNode)k).ToArray()),
            ["schemas"] = new JsonObject(schemas.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value.DeepClone()))),
            ["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject { ["tld"] = c.Tld, ["name"] = c.Name, ["order"] = c.Order.DeepClone() }).ToArray()),
        };
        var file = Path.Combine(Path.GetTempPath(), $"tldtoolkit-ajv-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, job.ToJsonString());
        (int exit, string stdout, string stderr) result;
        try { result = await Node.RunScriptAsync("check-orders.mjs", file); }
        finally { File.Delete(file); }
        Assert.True(result.exit == 0, $"node exited {result.exit}:\n{result.stderr}");
        using var output = JsonDocument.Parse(result.stdout);

        foreach (var tld in schemas.Keys)
        {
            var compiled = output.RootElement.GetProperty("schemas").GetProperty(tld);
            Assert.True(compiled.GetProperty("error").ValueKind == JsonValueKind.Null, $".{tld}: {compiled.GetProperty("error")}");
            Assert.True(compiled.GetProperty("warnings").GetArrayLength() == 0, $".{tld}: {compiled.GetProperty("warnings")}");
        }

        var problems = new List<string>();
        var ajvCases = output.RootElement.GetProperty("cases");
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var reported = ajvCases[i].GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).Order().ToList();
            if (!reported.SequenceEqual(c.Expected.Order()))
                problems.Add($"{c.Name}: expected [{string.Join(", ", c.Expected)}], ajv reported:\n    {string.Join("\n    ", ajvCases[i].GetProperty("messages").EnumerateArray())}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task NJsonSchema_and_the_validator_agree_on_valid_and_invalid()
    {
        var cases = OrderFormCases.All();
        var schemas = new Dictionary<string, NJsonSchema.JsonSchema>();
        foreach (var tld in cases.Select(c => c.Tld).Distinct())
            schemas[tld] = await NJsonSchema.JsonSchema.FromJsonAsync(OrderFormSchema.Build(Tlds.Catalog.Find(tld)!, "en").ToJsonString());
        var verdicts = Tool.Run("[" + string.Join(",", cases.Select(c => c.Order.ToJsonString())) + "]", "validate", "-", "--json", "--today", "2026-11-23");
        using var json = JsonDocument.Parse(verdicts.Out);
        var results = json.RootElement.GetProperty("results");
        var disagreements = new List<string>();
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            bool valid = c.Expected.Length == 0;
            var njs = schemas[c.Tld].Validate(c.Order.ToJsonString());
            if (valid != (njs.Count == 0)) disagreements.Add($"{c.Name}: NJsonSchema says {(njs.Count == 0 ? "valid" : string.Join("; ", njs))}");
            var codes = results[i].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
            // field-invalid is both a pattern (expressible) and a check digit (not): an invalid case only needs some error.
            if (valid ? !codes.All(Inexpressible.Contains) : codes.Count == 0) disagreements.Add($"{c.Name}: the validator reports [{string.Join(", ", codes)}]");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
