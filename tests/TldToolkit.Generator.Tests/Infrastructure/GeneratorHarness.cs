using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TldToolkit.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Options as MSBuild would hand them over: the TldDefinition marker per file and global properties.</summary>
public sealed class TestOptionsProvider(ImmutableDictionary<string, string> globals, ImmutableHashSet<string> definitionPaths) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        definitionPaths.Contains(textFile.Path)
            ? new Options(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.TldToolkitDefinition", "true"))
            : Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator in memory the way the compiler does.</summary>
public static class GeneratorHarness
{
    public const string Namespace = "Test.Tlds";

    public static readonly CSharpParseOptions ParseOptions =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .ToList();
        paths.Add(typeof(TldToolkit.Rules.TldRules).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create("Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default, warningLevel: 9999));

    public static TestOptionsProvider Options(IEnumerable<string> definitionPaths, string? ns = Namespace, string? rootNamespace = null, string? dataLiterals = null)
    {
        var globals = ImmutableDictionary<string, string>.Empty;
        if (ns is not null) globals = globals.Add("build_property.TldToolkitNamespace", ns);
        if (rootNamespace is not null) globals = globals.Add("build_property.RootNamespace", rootNamespace);
        if (dataLiterals is not null) globals = globals.Add("build_property.TldToolkitDataLiterals", dataLiterals);
        return new TestOptionsProvider(globals, definitionPaths.ToImmutableHashSet());
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestOptionsProvider? options = null, bool track = true)
    {
        var list = texts.ToList();
        return CSharpGeneratorDriver.Create(
            [new TldGenerator().AsSourceGenerator()],
            list,
            ParseOptions,
            options ?? Options(list.Select(t => t.Path)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    /// <summary>Runs the generator over files given as (path, text).</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files) => RunWith(null, files);

    /// <summary>Runs the generator over files given as (path, text), with the options given (null: the defaults over the files).</summary>
    public static GeneratorRun RunWith(TestOptionsProvider? options, params (string Path, string Text)[] files)
    {
        var compilation = CreateCompilation("namespace Consumer { /// <summary>A consumer type.</summary>\n public static class Marker { } }");
        var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, driverDiagnostics);
    }

    /// <summary>The run's one TLD, through the generated catalog (a data-only TLD has no class of its own).</summary>
    public static TldToolkit.Catalog.ITldDefinition LoadDefinition(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var tlds = assembly.GetTypes().Single(t => t.Name == "Tlds");
        var catalog = (TldToolkit.Catalog.TldCatalog)tlds.GetProperty("Catalog")!.GetValue(null)!;
        return Assert.Single(catalog.All);
    }

    /// <summary>How many TLDs the generated catalog source (<c>Tlds.g.cs</c>) lists: one <c>Tlds.&lt;Name&gt;</c> field each.</summary>
    public static int CatalogEntries(string tldsSource) =>
        System.Text.RegularExpressions.Regex.Matches(tldsSource, @"^    public static readonly [\w.:]+ \w+ = ", System.Text.RegularExpressions.RegexOptions.Multiline).Count;

    public static string InputPath(string name) => Path.Combine(AppContext.BaseDirectory, "Inputs", name);

    public static string ReadInput(string name) => File.ReadAllText(InputPath(name));

    /// <summary>The test project's folder in the source tree (for rewriting baselines).</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "schema.json"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>The outcome of one generator run.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Single => Result.Results.Single();

    public ImmutableArray<Diagnostic> Diagnostics => Single.Diagnostics;

    public IEnumerable<string> HintNames => Single.GeneratedSources.Select(s => s.HintName);

    public string Source(string hintName) => Single.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Errors and warnings of compiling the generated code with the consumer.</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
