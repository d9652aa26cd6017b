using System.Text;
using System.Text.Json;
using TldToolkit.Cli.Validate;
using TldToolkit.Rules;

namespace TldToolkit.Cli.Explain;

/// <summary><c>tldtool catalog [--json]</c>: how many TLDs the catalog holds, by coverage and by kind.</summary>
internal static class CatalogCommand
{
    public static int Run(CliEnvironment env, bool json)
    {
        var all = env.Catalog.Value.All;
        var byCoverage = Enum.GetValues<TldCoverage>().Select(c => (Name: RulesJson.Camel(c.ToString()), Count: all.Count(d => d.Rules.Coverage == c))).ToList();
        var byKind = Enum.GetValues<TldKind>().Select(k => (Name: RulesJson.Camel(k.ToString()), Count: all.Count(d => d.Rules.Kind == k))).ToList();
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonResultSink.WriterOptions.Encoder }))
            {
                w.WriteStartObject();
                w.WriteNumber("tlds", all.Count);
                w.WriteStartObject("coverage");
                foreach (var (name, count) in byCoverage) w.WriteNumber(name, count);
                w.WriteEndObject();
                w.WriteStartObject("kind");
                foreach (var (name, count) in byKind) w.WriteNumber(name, count);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            env.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
        else
        {
            env.Out.WriteLine($"{all.Count} TLDs");
            foreach (var (name, count) in byCoverage) env.Out.WriteLine($"  {name,-12}{count,6}");
            env.Out.WriteLine("by kind:");
            foreach (var (name, count) in byKind) env.Out.WriteLine($"  {name,-12}{count,6}");
        }
        env.Out.Flush();
        return ExitCodes.Ok;
    }
}
