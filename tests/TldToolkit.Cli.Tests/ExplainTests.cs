using System.Text.Json;
using NJsonSchema;

namespace TldToolkit.Cli.Tests;

/// <summary>explain (text, --json, --schema) in-process on the test stand-in of .ca.</summary>
public class ExplainTests
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("TLDTOOL_DUMP") is not { } dir) return;
        foreach (var lang in new[] { "en", "de", "fr", "ar" })
            File.WriteAllText(Path.Combine(dir, $"explain-{lang}.txt"), Tool.InProcess(TestCa.Catalog, null, "explain", ".ca", "--lang", lang).ToString());
        File.WriteAllText(Path.Combine(dir, "explain.json"), Tool.InProcess(TestCa.Catalog, null, "explain", "ca", "--json").Out);
        File.WriteAllText(Path.Combine(dir, "schema-fr.json"), Tool.InProcess(TestCa.Catalog, null, "explain", "ca", "--schema", "--lang", "fr").Out);
        File.WriteAllText(Path.Combine(dir, "schema.json"), Tool.InProcess(TestCa.Catalog, null, "explain", "ca", "--schema").Out);
    }
}
