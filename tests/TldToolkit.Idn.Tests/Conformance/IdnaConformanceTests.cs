using Xunit.Abstractions;

namespace TldToolkit.Idn.Tests.Conformance;

/// <summary>Runs every line of the Unicode 17.0.0 IdnaTestV2.txt against our UTS #46 implementation.</summary>
public sealed class IdnaConformanceTests(ITestOutputHelper output)
{
    // The settings the conformance file assumes (its header): every check on; VerifyDnsLength only exists for ToASCII.
    private static readonly IdnaOptions Nontransitional = new()
    {
        CheckHyphens = true, CheckBidi = true, CheckJoiners = true, UseStd3AsciiRules = true, VerifyDnsLength = true,
    };
    private static readonly IdnaOptions Transitional = Nontransitional with { Transitional = true };

    internal static IReadOnlyList<IdnaTestCase> Cases { get; } =
        IdnaTestCase.ReadAll(SharedData.PathOf("unicode", "17.0.0", "IdnaTestV2.txt")).ToList();

    [Fact]
    public void Every_line_passes_toUnicode_toAsciiN_and_toAsciiT()
    {
        var failures = new List<string>();
        int unicodePassed = 0, asciiNPassed = 0, asciiTPassed = 0;
        foreach (var test in Cases)
        {
            if (Check("toUnicode", test, Idna.ToUnicode(test.Source, Nontransitional), test.ToUnicode, test.ToUnicodeStatus, failures)) unicodePassed++;
            if (Check("toAsciiN", test, Idna.ToAscii(test.Source, Nontransitional), test.ToAsciiN, test.ToAsciiNStatus, failures)) asciiNPassed++;
            if (Check("toAsciiT", test, Idna.ToAscii(test.Source, Transitional), test.ToAsciiT, test.ToAsciiTStatus, failures)) asciiTPassed++;
        }
        output.WriteLine($"IdnaTestV2.txt (Unicode 17.0.0): {Cases.Count} lines");
        output.WriteLine($"toUnicode: {unicodePassed}/{Cases.Count} passed");
        output.WriteLine($"toAsciiN:  {asciiNPassed}/{Cases.Count} passed");
        output.WriteLine($"toAsciiT:  {asciiTPassed}/{Cases.Count} passed");
        foreach (var failure in failures.Take(60)) output.WriteLine(failure);
        Assert.True(Cases.Count > 6000, "the conformance file looks truncated");
        Assert.Empty(failures);
    }

    /// <summary>
    /// Compares one operation: an error is expected exactly when the status lists a code (the file
    /// says a runner only has to detect that an error occurred). The value is compared too, with
    /// U+FFFD in our output matching any character (we replace lone surrogates with it).
    /// </summary>
    private static bool Check(string operation, IdnaTestCase test, IdnaResult actual, string expected, IReadOnlyList<string> status, List<string> failures)
    {
        bool expectError = status.Count > 0;
        bool ok = expectError != actual.Succeeded && SameValue(actual.Value, expected);
        if (!ok)
            failures.Add($"line {test.LineNumber} {operation}: source={Escape(test.Source)} expected={Escape(expected)} [{string.Join(",", status)}] actual={Escape(actual.Value)} [{actual.Errors}]");
        return ok;
    }

    internal static bool SameValue(string actual, string expected)
    {
        if (actual.Length != expected.Length) return false;
        for (int i = 0; i < actual.Length; i++)
            if (actual[i] != expected[i] && actual[i] != '\uFFFD') return false;
        return true;
    }

    internal static string Escape(string value) =>
        string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
