using System.Text;

namespace TldToolkit.Idn.Tests.Conformance;

/// <summary>
/// The shortcuts of <see cref="Idna.ToAscii"/> / <see cref="Idna.ToUnicode"/> (lower-case LDH names,
/// and the one-pass path for names that mapping and NFC leave alone) give exactly the value and the
/// error flags of the general path (<see cref="Uts46Processor.ProcessGeneral"/>), whichever options are on.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly IdnaOptions AllOn = new()
    {
        CheckHyphens = true, CheckBidi = true, CheckJoiners = true, UseStd3AsciiRules = true, VerifyDnsLength = true,
    };

    private static readonly IdnaOptions[] OptionSets =
    [
        AllOn,
        AllOn with { Transitional = true },
        default,
        new() { Transitional = true },
        new() { CheckBidi = true },
        new() { CheckJoiners = true, UseStd3AsciiRules = true },
        AllOn with { CheckHyphens = false },
        AllOn with { VerifyDnsLength = false, CheckBidi = false },
    ];

    [Fact]
    public void Every_conformance_input_and_output_gives_the_same_answer_on_both_paths()
    {
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in IdnaConformanceTests.Cases)
        {
            inputs.Add(test.Source);
            inputs.Add(test.ToUnicode);
            inputs.Add(test.ToAsciiN);
            inputs.Add(test.ToAsciiT);
        }
        var failures = new List<string>();
        int fast = 0;
        foreach (var input in inputs)
        {
            Compare(input, failures);
            if (Uts46Processor.TryProcessFast(input, AllOn, toAscii: true, out _)) fast++;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(fast > 1000, $"only {fast} of {inputs.Count} inputs take the one-pass path"); // the comparison is not vacuous
    }

    [Fact]
    public void Names_joined_from_conformance_labels_give_the_same_answer_on_both_paths()
    {
        // Bidi domain names: an RTL label anywhere makes the Bidi rule apply to every label of the name.
        var labels = IdnaConformanceTests.Cases
            .SelectMany(t => new[] { t.Source, t.ToUnicode, t.ToAsciiN })
            .SelectMany(s => s.Split('.'))
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        string[] fixedLabels = ["example", "xn--bcher-kva", "bücher", "شبكة", "xn--ngbrx", "1a", "a1", "123", "中国", "αβγ", "\u05D0\u05D1"];
        var random = new Random(7);
        var failures = new List<string>();
        for (int i = 0; i < 20000; i++)
        {
            int count = random.Next(1, 4);
            var parts = new string[count];
            for (int p = 0; p < count; p++)
                parts[p] = random.Next(3) == 0 ? fixedLabels[random.Next(fixedLabels.Length)] : labels[random.Next(labels.Length)];
            Compare(string.Join('.', parts), failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Hostile_input_gives_the_same_answer_on_both_paths()
    {
        string[] pieces =
        [
            "a", "z", "0", "-", ".", "xn--", "xn--a", "xn--ab-", "xn--zca", "ß", "ς", "ü", "\u0301", "\u200C", "\u200D", "\u094D",
            "\u202E", "\u0000", "\u001F", "\u007F", "_", "A", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\U00020000",
            "\u3002", "\u05D0", "\u0628", "\u0661", "\u06F1", "\u0660", "1", "\u00B7", "日", "\uFFFD", "\uFEFF", " ", "\uFDD0",
            "\uFFFF", "\U0010FFFF", "--", "\u0345", "\u1100", "\u1161", "\uAC00", "\u11A8", "\u212B", "\u0958", "\U0001D15E",
        ];
        var random = new Random(5893);
        var failures = new List<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < 30000; i++)
        {
            sb.Clear();
            int count = random.Next(1, 10);
            for (int p = 0; p < count; p++) sb.Append(pieces[random.Next(pieces.Length)]);
            Compare(sb.ToString(), failures);
        }
        for (int i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(1, 30)];
            for (int c = 0; c < chars.Length; c++) chars[c] = (char)random.Next(0, 0x10000);
            Compare(new string(chars), failures);
        }
        // Lower-case LDH names: empty labels and names, the root label, hyphen positions, DNS lengths.
        string[] ldh =
        [
            "", ".", "..", "a.", ".a", "a..b", "a.b.", "-", "a-", "-a", "ab--c", "xn--", "xn--.com", "xx--a.com",
            new string('a', 63) + ".com", new string('a', 64) + ".com", new string('a', 64) + ".",
            string.Join('.', Enumerable.Repeat(new string('a', 62), 4)), string.Join('.', Enumerable.Repeat(new string('a', 62), 4)) + ".",
            string.Join('.', Enumerable.Repeat("ab", 84)) + "a", string.Join('.', Enumerable.Repeat("ab", 85)),
        ];
        foreach (var name in ldh) Compare(name, failures);
        // Long input: names near and over the fast path's limit, labels over 63, one megabyte.
        Compare(string.Join('.', Enumerable.Repeat("bücher", 36)), failures); // 251 characters
        Compare(string.Join('.', Enumerable.Repeat("bücher", 37)), failures);
        Compare(new string('ü', 63) + ".de", failures);
        Compare(new string('中', 20) + ".中国", failures);
        Compare("xn--" + new string('a', 60) + "-" + ".com", failures);
        Compare(new string('ü', 1 << 20), failures, AllOn);
        Compare(string.Concat(Enumerable.Repeat("a.", 1 << 19)), failures, AllOn);
        Compare(string.Concat(Enumerable.Repeat("\uD800", 1 << 19)), failures, AllOn);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static void Compare(string input, List<string> failures, params IdnaOptions[] optionSets)
    {
        foreach (var options in optionSets.Length > 0 ? optionSets : OptionSets)
        {
            foreach (bool toAscii in (bool[])[true, false])
            {
                var expected = Uts46Processor.ProcessGeneral(input, options, toAscii);
                var actual = Uts46Processor.Process(input, options, toAscii);
                if (expected.Errors != actual.Errors || !string.Equals(expected.Value, actual.Value, StringComparison.Ordinal))
                    failures.Add($"{(toAscii ? "ToAscii" : "ToUnicode")} {options}: {IdnaConformanceTests.Escape(Truncate(input))} general {IdnaConformanceTests.Escape(Truncate(expected.Value))} [{expected.Errors}] fast {IdnaConformanceTests.Escape(Truncate(actual.Value))} [{actual.Errors}]");
            }
        }
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
