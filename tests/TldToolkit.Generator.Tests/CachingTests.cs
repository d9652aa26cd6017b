using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TldToolkit.Generator.Model;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>Incremental behaviour: what re-runs when one JSON file or a C# file changes.</summary>
public class CachingTests
{
    private static readonly string[] AllSteps =
    [
        TrackingNames.Files, TrackingNames.Parsed, TrackingNames.Namespace, TrackingNames.DataLiterals, TrackingNames.Models, TrackingNames.Keys,
        TrackingNames.CrossFile, TrackingNames.Excluded, TrackingNames.TldSource, TrackingNames.CatalogEntry, TrackingNames.CatalogEntries, TrackingNames.CatalogSource,
        TrackingNames.FileDiagnostics, TrackingNames.Key, TrackingNames.CrossFileDiagnostics, TrackingNames.TldSources,
        TrackingNames.Profiles, TrackingNames.ProfileDiagnostics, TrackingNames.Templates, TrackingNames.TemplateSource,
    ];

    [Fact]
    public void Every_tracking_name_is_used_by_a_step()
    {
        var names = typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);
        Assert.Equal(names, AllSteps.Order(StringComparer.Ordinal));
        var (driver, _, _, _) = Start();
        Assert.All(AllSteps, step => Assert.True(driver.GetRunResult().Results.Single().TrackedSteps.ContainsKey(step), step));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, InMemoryAdditionalText Ca, InMemoryAdditionalText Synthetic) Start()
    {
        var ca = new InMemoryAdditionalText("/data/ca.json", GeneratorHarness.ReadInput("ca.json"));
        var synthetic = new InMemoryAdditionalText("/data/xn--e1aybc.json", GeneratorHarness.ReadInput("xn--e1aybc.json"));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver([ca, synthetic]).RunGenerators(compilation);
        return (driver, compilation, ca, synthetic);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [];

    [Fact]
    public void Editing_one_json_file_leaves_the_other_tlds_outputs_cached()
    {
        var (driver, compilation, _, synthetic) = Start();
        var edited = new InMemoryAdditionalText(synthetic.Path,
            synthetic.GetText()!.ToString().Replace("\"Synthetic \\\"test\\\" zone\"", "\"Synthetic zone, renamed\""));
        Assert.NotEqual(synthetic.GetText()!.ToString(), edited.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(synthetic, edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = Outputs(result, TrackingNames.Parsed).ToList();
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(parsed, o => ((ParseResult)o.Value).Path == "/data/ca.json").Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(parsed, o => ((ParseResult)o.Value).Path == synthetic.Path).Reason);

        var sources = Outputs(result, TrackingNames.TldSource).ToList();
        var caSource = Assert.Single(sources, o => ((TldGenerator.GeneratedFile)o.Value!).HintName == "Ca.g.cs");
        Assert.Contains(caSource.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var syntheticSource = Assert.Single(sources, o => ((TldGenerator.GeneratedFile)o.Value!).HintName == "XnE1aybc.g.cs");
        Assert.Equal(IncrementalStepRunReason.Modified, syntheticSource.Reason);

        // Each TLD's catalog entry (a data-only TLD's whole data) is its own step: only the edited file's is redone.
        var entries = Outputs(result, TrackingNames.CatalogEntry).ToList();
        Assert.Contains(Assert.Single(entries, o => o.Value.ToString()!.Contains("/data/ca.json", StringComparison.Ordinal)).Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(entries, o => o.Value.ToString()!.Contains(synthetic.Path, StringComparison.Ordinal)).Reason);

        // The names files claim did not change, so the cross-file check is not redone.
        Assert.All(Outputs(result, TrackingNames.Excluded), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Editing_whitespace_below_the_tld_does_not_regenerate_the_catalog()
    {
        var (driver, compilation, ca, _) = Start();
        var edited = new InMemoryAdditionalText(ca.Path, ca.GetText()!.ToString().Replace("\"fields\": [", "\"fields\":    ["));
        driver = driver.ReplaceAdditionalText(ca, edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.All(Outputs(result, TrackingNames.TldSource), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(Outputs(result, TrackingNames.CatalogSource), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Editing_a_csharp_file_leaves_every_step_cached()
    {
        var (driver, compilation, _, _) = Start();
        var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(changed).GetRunResult().Results.Single();
        foreach (var step in AllSteps)
        {
            var outputs = Outputs(result, step).ToList();
            Assert.True(outputs.Count > 0, "no outputs tracked for " + step);
            Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + ": " + o.Reason));
        }
    }

    [Fact]
    public void Running_twice_yields_equal_output()
    {
        var (driver, compilation, _, _) = Start();
        var first = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        Assert.Equal(first, second);
        var fresh = GeneratorHarness.CreateDriver(
            [new InMemoryAdditionalText("/data/ca.json", GeneratorHarness.ReadInput("ca.json")), new InMemoryAdditionalText("/data/xn--e1aybc.json", GeneratorHarness.ReadInput("xn--e1aybc.json"))])
            .RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        Assert.Equal(first, fresh);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_compilations_or_json_trees()
    {
        var (driver, _, _, _) = Start();
        var result = driver.GetRunResult().Results.Single();
        int visited = 0;
        foreach (var step in AllSteps)
            foreach (var (value, _) in Outputs(result, step))
                Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), ref visited, jsonAllowed: step == TrackingNames.Profiles);
        Assert.True(visited > 100, "the walk saw too little: " + visited);
    }

    [Fact]
    public void Models_compare_by_value()
    {
        var a = Parsing.TldFileReader.Read("/data/ca.json", GeneratorHarness.ReadInput("ca.json"));
        var b = Parsing.TldFileReader.Read("/data/ca.json", GeneratorHarness.ReadInput("ca.json"));
        Assert.NotSame(a.Model, b.Model);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText),
        typeof(SemanticModel), typeof(Location), typeof(AdditionalText),
    ];

    // The profile set is the one step allowed JSON trees: it compares by the profile files' texts (so caching stays
    // exact) and keeps their parsed trees so that the profiles are parsed once per run, not once per TLD file.
    private static void Walk(object? value, string path, HashSet<object> seen, ref int visited, bool jsonAllowed = false)
    {
        if (value is null) return;
        visited++;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal) return;
        foreach (var forbidden in Forbidden)
            Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {type.FullName}");
        if (jsonAllowed && type.Namespace == "TldToolkit.Generator.Json") return;
        Assert.False(type.Namespace == "TldToolkit.Generator.Json", $"{path} holds a JSON tree node {type.Name}");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable enumerable)
        {
            int i = 0;
            foreach (var item in enumerable) Walk(item, $"{path}[{i++}]", seen, ref visited, jsonAllowed);
            if (type.IsArray) return;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                Walk(field.GetValue(value), path + "." + field.Name, seen, ref visited, jsonAllowed);
    }
}
