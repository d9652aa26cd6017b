using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>Generated code for fixed inputs (a copy of ca.json and a synthetic TLD) against checked-in baselines.</summary>
public class SnapshotTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "ca", "ca.json", ["Ca.g.cs", "Tlds.g.cs"] },
        { "synthetic", "xn--e1aybc.json", ["XnE1aybc.g.cs", "Tlds.g.cs"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_baseline(string folder, string input, string[] hintNames)
    {
        var run = GeneratorHarness.Run(("/data/" + input, GeneratorHarness.ReadInput(input)));
        Assert.Empty(run.Diagnostics);
        Assert.Equal(hintNames.Order(StringComparer.Ordinal), run.HintNames.Order(StringComparer.Ordinal));
        foreach (var hint in hintNames)
            Baselines.Verify(folder, hint, run.Source(hint));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_compiles_without_warnings_with_documentation_and_nullable(string folder, string input, string[] hintNames)
    {
        _ = folder;
        _ = hintNames;
        var run = GeneratorHarness.Run(("/data/" + input, GeneratorHarness.ReadInput(input)));
        Assert.Empty(run.DriverDiagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Output_is_deterministic_across_runs_and_drivers()
    {
        var files = new[] { ("/data/ca.json", GeneratorHarness.ReadInput("ca.json")), ("/data/xn--e1aybc.json", GeneratorHarness.ReadInput("xn--e1aybc.json")) };
        var first = GeneratorHarness.Run(files);
        var second = GeneratorHarness.Run(files.Reverse().ToArray());
        foreach (var hint in first.HintNames)
            Assert.Equal(first.Source(hint), second.Source(hint));
    }

    [Fact]
    public void Baseline_mismatch_is_shown_as_a_line_diff()
    {
        var diff = Baselines.LineDiff("a\nb\nc\nd\ne\nf\ng\nh", "a\nb\nc\nD\ne\nf\ng\nh");
        Assert.Equal("  " + "   2: b\n  " + "   3: c\n-    4: d\n+    4: D\n  " + "   5: e\n  " + "   6: f\n", diff);
        Assert.Equal("", Baselines.LineDiff("same\ntext", "same\ntext"));
    }

    [Theory]
    [InlineData("My.Tlds", "Root.Ns", "My.Tlds")]
    [InlineData(null, "Root.Ns", "Root.Ns")]
    [InlineData("", "Root.Ns", "Root.Ns")]
    [InlineData("not a namespace", null, TldGenerator.DefaultNamespace)]
    [InlineData("class.Tlds", "Root.Ns", "Root.Ns")]
    public void Namespace_comes_from_TldToolkitNamespace_then_RootNamespace(string? tldNamespace, string? rootNamespace, string expected)
    {
        var compilation = GeneratorHarness.CreateCompilation("class C { }");
        var text = new InMemoryAdditionalText("/data/ca.json", GeneratorHarness.ReadInput("ca.json"));
        var driver = GeneratorHarness.CreateDriver([text], GeneratorHarness.Options([text.Path], tldNamespace, rootNamespace));
        var source = driver.RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Tlds.g.cs").SourceText.ToString();
        Assert.Contains("namespace " + expected + ";\n", source, StringComparison.Ordinal);
    }

    /// <summary>The same baselines through the Roslyn source generator testing library (compiles them too).</summary>
    [Fact]
    public async Task Testing_library_agrees_with_the_ca_baseline()
    {
        const string path = "/data/ca.json";
        var test = new CSharpSourceGeneratorTest<TldGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState =
            {
                AdditionalFiles = { (path, GeneratorHarness.ReadInput("ca.json")) },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", """
                        is_global = true
                        build_property.RootNamespace = Test.Tlds

                        [/data/ca.json]
                        build_metadata.AdditionalFiles.TldToolkitDefinition = true
                        """),
                },
                GeneratedSources =
                {
                    (typeof(TldGenerator), "Ca.g.cs", SourceText.From(Baselines.WithVersion(Baselines.Read("ca", "Ca.g.cs")), System.Text.Encoding.UTF8)),
                    (typeof(TldGenerator), "Tlds.g.cs", SourceText.From(Baselines.WithVersion(Baselines.Read("ca", "Tlds.g.cs")), System.Text.Encoding.UTF8)),
                },
            },
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        await test.RunAsync(CancellationToken.None);
    }
}
