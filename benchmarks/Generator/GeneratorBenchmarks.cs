using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TldToolkit.Generator;

namespace TldToolkit.Benchmarks.Generator;

/// <summary>
/// The source generator at driver level over a synthetic set of TLD files (see <see cref="SyntheticTlds"/>):
/// <list type="bullet">
/// <item><b>Cold</b>: a new <see cref="CSharpGeneratorDriver"/> over every file, one RunGenerators and
/// its run result (every generated tree). "Cold" means no incremental state; the process itself is warm
/// (JIT done), as in a long-lived compiler server.</item>
/// <item><b>OneFileEdit</b>: a driver that has already run; one file's text is replaced
/// (its registry operator changes, which changes that TLD's emitted code but not the catalog) and the
/// generators run again. Successive invocations alternate between the two texts, so each one is a real edit.</item>
/// </list>
/// The files are read into memory in GlobalSetup; disk I/O is not measured.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>How many synthetic files (the smoke test lowers it; TLDTOOLKIT_BENCH_SYNTHETIC_COUNT overrides).</summary>
    public static int FileCount { get; set; } =
        int.TryParse(Environment.GetEnvironmentVariable("TLDTOOLKIT_BENCH_SYNTHETIC_COUNT"), out var n) && n > 0 ? n : SyntheticTlds.DefaultCount;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private ImmutableArray<AdditionalText> _texts;
    private AnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;

    private GeneratorDriver _driver = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _editedIsCurrent;

    /// <summary>The file counts to run (one: <see cref="FileCount"/>).</summary>
    public static IEnumerable<int> FileCounts => [FileCount];

    /// <summary>Number of files in the set (shown in the results).</summary>
    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; }

    /// <summary>
    /// copies: copies of the 11 richest real files (every file verified, with its own sections and fields);
    /// realistic: the root-zone-shaped set of <see cref="RealisticTlds"/> (profiles, most files profile-only);
    /// real: the built-in catalog's own files (tld-data/ and its profiles; <see cref="Files"/> does not apply).
    /// </summary>
    [Params("copies", "realistic", "real")]
    public string Set { get; set; } = "copies";

    /// <summary>Makes (or reuses) the synthetic set and reads it into memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var paths = Set switch
        {
            "realistic" => RealisticTlds.Ensure(RealisticTlds.DefaultFolder(Files), Files),
            "real" => RealCatalog(),
            _ => SyntheticTlds.Ensure(SyntheticTlds.DefaultFolder(Files), Files),
        };
        _texts = paths.Select(p => (AdditionalText)new MemoryAdditionalText(p, SourceText.From(File.ReadAllText(p), System.Text.Encoding.UTF8))).ToImmutableArray();
        _options = new DefinitionOptionsProvider();
        _compilation = CSharpCompilation.Create("SyntheticTlds", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Sanity: every file yields its source, plus the catalog, and nothing is reported.
        var result = NewDriver().RunGenerators(_compilation).GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0) throw new InvalidOperationException("The generator reported errors: " + string.Join("; ", errors.Take(5)));
        // Every TLD file is in the catalog: one Tlds.<Name> field each (a data-only TLD's data is there too).
        int expected = _texts.Count(t => !t.Path.Replace('\\', '/').Contains("/profiles/", StringComparison.Ordinal));
        var catalog = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Tlds.g.cs", StringComparison.Ordinal)).GetText().ToString();
        int listed = System.Text.RegularExpressions.Regex.Matches(catalog, @"^    public static readonly [\w.:]+ \w+ = ", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
        if (listed != expected)
            throw new InvalidOperationException($"Expected {expected} TLDs in the catalog, got {listed}.");
    }

    /// <summary>Prepares a driver that has run once, and the edited text of the middle file.</summary>
    [GlobalSetup(Target = nameof(OneFileEdit))]
    public void SetupEdit()
    {
        Setup();
        const string key = "\"registryOperator\": \"";
        // A TLD file past the middle (profiles come first), never a verified copy in the realistic set; in the real
        // catalog the first such file that names its registry operator.
        _original = _texts.Skip(_texts.Length / 2 + 1).FirstOrDefault(t => t.GetText()!.ToString().Contains(key, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("No TLD file past the middle names its registryOperator.");
        var text = _original.GetText()!.ToString();
        int at = text.IndexOf(key, StringComparison.Ordinal);
        at += key.Length;
        _edited = new MemoryAdditionalText(_original.Path, SourceText.From(text.Insert(at, "Edited "), System.Text.Encoding.UTF8));
        _driver = NewDriver().RunGenerators(_compilation);
        _editedIsCurrent = false;

        // Sanity: the edit reaches the output.
        var probe = _driver.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation).GetRunResult();
        if (!probe.GeneratedTrees.Any(t => t.GetText().ToString().Contains("Edited ", StringComparison.Ordinal)))
            throw new InvalidOperationException("The edit did not change the generated code.");
    }

    /// <summary>The built-in catalog's files: profiles first, then the TLD files, each group in ordinal order.</summary>
    private static string[] RealCatalog()
    {
        var profiles = Directory.GetFiles(Path.Combine(Infrastructure.RepoPaths.TldData, "profiles"), "*.json").Order(StringComparer.Ordinal);
        var tlds = Directory.GetFiles(Infrastructure.RepoPaths.TldData, "*.json").Order(StringComparer.Ordinal);
        return profiles.Concat(tlds).ToArray();
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new TldGenerator().AsSourceGenerator()],
            _texts,
            ParseOptions,
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A fresh driver over every file.</summary>
    [Benchmark]
    public int Cold() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>One file edited, generators run again on the warm driver.</summary>
    [Benchmark]
    public int OneFileEdit()
    {
        var (from, to) = _editedIsCurrent ? (_edited, _original) : (_original, _edited);
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        _editedIsCurrent = !_editedIsCurrent;
        return _driver.GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>An additional file held in memory.</summary>
    private sealed class MemoryAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>
    /// What the TldToolkit.props/targets hand the compiler: every file carries
    /// <c>build_metadata.AdditionalFiles.TldToolkitDefinition = true</c>, and the namespace comes from RootNamespace.
    /// </summary>
    private sealed class DefinitionOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions FileOptions = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.TldToolkitDefinition"] = "true",
        });

        private static readonly DictionaryOptions Global = new(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Synthetic.Tlds",
        });

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        // Every additional text of the benchmark is a definition, also the edited copies.
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => FileOptions;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new([]);

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found)) { value = found; return true; }
            value = "";
            return false;
        }
    }
}
