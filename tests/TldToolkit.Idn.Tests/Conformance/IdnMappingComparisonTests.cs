using System.Globalization;
using Xunit.Abstractions;

namespace TldToolkit.Idn.Tests.Conformance;

/// <summary>
/// Where System.Globalization.IdnMapping (system ICU) disagrees with the Unicode 17.0.0 toAsciiN
/// expectations: it is a cross-check only. We assert that our implementation passes every line
/// IdnMapping gets wrong; IdnMapping's own count depends on the machine's ICU and is only printed.
/// </summary>
public sealed class IdnMappingComparisonTests(ITestOutputHelper output)
{
    private static readonly IdnaOptions Options = new()
    {
        CheckHyphens = true, CheckBidi = true, CheckJoiners = true, UseStd3AsciiRules = true, VerifyDnsLength = true,
    };

    [Fact]
    public void Our_implementation_passes_every_line_IdnMapping_gets_wrong()
    {
        var mapping = new IdnMapping { UseStd3AsciiRules = true, AllowUnassigned = false };
        int disagreements = 0;
        var oursFailing = new List<int>();
        foreach (var test in IdnaConformanceTests.Cases)
        {
            bool expectError = test.ToAsciiNStatus.Count > 0;
            if (Agrees(mapping, test.Source, test.ToAsciiN, expectError)) continue;
            disagreements++;
            var ours = Idna.ToAscii(test.Source, Options);
            if (ours.Succeeded == expectError || !IdnaConformanceTests.SameValue(ours.Value, test.ToAsciiN)) oursFailing.Add(test.LineNumber);
        }
        output.WriteLine($"IdnMapping disagrees with IdnaTestV2 toAsciiN on {disagreements} of {IdnaConformanceTests.Cases.Count} lines (ICU-dependent).");
        output.WriteLine($"Our implementation fails {oursFailing.Count} of those lines.");
        Assert.True(disagreements > 0, "IdnMapping agreeing on every line would mean this comparison no longer shows anything");
        Assert.Empty(oursFailing);
    }

    private static bool Agrees(IdnMapping mapping, string source, string expected, bool expectError)
    {
        try
        {
            string actual = mapping.GetAscii(source);
            return !expectError && string.Equals(actual, expected, StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return expectError;
        }
    }
}
