using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TldToolkit.Idn;

namespace TldToolkit.Benchmarks.Idn;

/// <summary>
/// Our UTS #46 implementation (<see cref="Idna"/>, baseline) against <see cref="IdnMapping"/> (ICU on
/// Linux), to ASCII and to Unicode, on whole domain names of four kinds. Both sides run with
/// comparable settings: nontransitional processing, STD3 rules, hyphen, Bidi and CONTEXTJ checks and
/// DNS length verification (ICU always checks hyphens and lengths; .NET turns on its Bidi and
/// CONTEXTJ checks). GlobalSetup checks that both produce the same output for every name.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IdnBenchmarks
{
    private static readonly IdnMapping Mapping = new() { UseStd3AsciiRules = true };
    private static readonly IdnaOptions Options = IdnaOptions.Registration;

    /// <summary>The names, by kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["ascii"] = "shop.example-store.com",
        ["latin"] = "straße-café.bücher.de",
        ["cjk"] = "中文域名.公司.中国",
        ["arabic"] = "موقع-مثال.شبكة",
    };

    private string _unicode = "";
    private string _ascii = "";

    /// <summary>Which name.</summary>
    [Params("ascii", "latin", "cjk", "arabic")]
    public string Kind { get; set; } = "ascii";

    /// <summary>Picks the name and checks both implementations agree on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _unicode = Names[Kind];
        _ascii = Mapping.GetAscii(_unicode);
        var ours = Idna.ToAscii(_unicode, Options);
        if (!ours.Succeeded || ours.Value != _ascii)
            throw new InvalidOperationException($"ToAscii disagrees on {_unicode}: ours {ours.Value} ({ours.Errors}), IdnMapping {_ascii}");
        var back = Idna.ToUnicode(_ascii, Options);
        var mappingBack = Mapping.GetUnicode(_ascii);
        if (!back.Succeeded || back.Value != mappingBack)
            throw new InvalidOperationException($"ToUnicode disagrees on {_ascii}: ours {back.Value} ({back.Errors}), IdnMapping {mappingBack}");
    }

    /// <summary>Ours, Unicode to ASCII.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ToAscii")]
    public string Ours_ToAscii() => Idna.ToAscii(_unicode, Options).Value;

    /// <summary>IdnMapping.GetAscii.</summary>
    [Benchmark, BenchmarkCategory("ToAscii")]
    public string IdnMapping_ToAscii() => Mapping.GetAscii(_unicode);

    /// <summary>Ours, ASCII (A-labels) to Unicode.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ToUnicode")]
    public string Ours_ToUnicode() => Idna.ToUnicode(_ascii, Options).Value;

    /// <summary>IdnMapping.GetUnicode.</summary>
    [Benchmark, BenchmarkCategory("ToUnicode")]
    public string IdnMapping_ToUnicode() => Mapping.GetUnicode(_ascii);
}
