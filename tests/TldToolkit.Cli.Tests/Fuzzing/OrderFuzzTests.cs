using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using TldToolkit.Cli.Input;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Validate;
using TldToolkit.Validation;
using Xunit.Abstractions;

namespace TldToolkit.Cli.Tests.Fuzzing;

/// <summary>
/// Issue 15, "prove it": mutated sample orders through the streaming reader and the validator.
/// Every input ends as orders with a verdict or a <see cref="JsonInputException"/>, never another
/// exception; codes and paths are the same in every language; no rendered output (plain, table,
/// JSON) holds a control, bidi or separator character. Bounded and seeded for CI; see
/// docs/fuzzing.md for a long run (TLDTOOL_FUZZ_INPUTS, TLDTOOL_FUZZ_SECONDS, TLDTOOL_FUZZ_SEED).
/// </summary>
public class OrderFuzzTests(ITestOutputHelper output)
{
    private const int DefaultInputs = 1000;
    private const int DefaultSeed = 15;

    private static readonly string[] Languages = ["en", "de", "fr", "ar"];

    [Fact]
    public void Mutated_orders_never_crash_and_never_reach_the_terminal_raw()
    {
        int seed = Setting("TLDTOOL_FUZZ_SEED") ?? DefaultSeed;
        int inputs = Setting("TLDTOOL_FUZZ_INPUTS") ?? DefaultInputs;
        int? seconds = Setting("TLDTOOL_FUZZ_SECONDS"); // a long run by hand: as many inputs as fit
        var stats = new FuzzStats();
        var mutator = new OrderMutator(Samples(), seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var validators = Languages.Select(l => new OrderValidator(TldToolkit.BuiltIn.Tlds.Catalog, new ValidationContext(new FixedClock()), l)).ToArray();
        bool keepGoing = Setting("TLDTOOL_FUZZ_KEEP_GOING") is > 0; // count every kind of failure instead of stopping at the first
        var failures = new SortedDictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        for (int n = 0; seconds is { } s ? clock.Elapsed.TotalSeconds < s : n < inputs; n++)
        {
            var bytes = mutator.Mutate();
            string? failure = null, detail = null;
            try
            {
                RunOne(bytes, validators, stats, table: n % 16 == 0);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failure = "assertion: " + FirstLine(e.Message);
                detail = e.Message;
            }
            catch (Exception e)
            {
                failure = "exception: " + e.GetType().Name + ": " + FirstLine(e.Message);
                detail = e.ToString();
            }
            stats.Inputs++;
            if (failure is null) continue;
            var message = $"input {n} (seed {seed}): {detail}\ninput (base64): {Convert.ToBase64String(bytes)}";
            if (!keepGoing) Assert.Fail(message);
            failures[failure] = failures.TryGetValue(failure, out var known) ? (known.Count + 1, known.Example) : (1, message);
        }
        output.WriteLine(stats.Describe(seed, clock.Elapsed));
        foreach (var (kind, (count, example)) in failures) output.WriteLine($"{count} x {kind}\n  first: {example[..Math.Min(example.Length, 2000)]}");
        Assert.True(failures.Count == 0, $"{failures.Values.Sum(f => f.Count)} failing inputs of {failures.Count} kinds (see the output)");
        Assert.True(stats.Orders > stats.Inputs / 2, stats.Describe(seed, clock.Elapsed)); // most mutations still reach the validator
        Assert.True(stats.InputErrors > 0, "the byte mutations never broke the JSON: the fuzzer is not fuzzing");
    }

    private static void RunOne(byte[] bytes, OrderValidator[] validators, FuzzStats stats, bool table)
    {
        var results = Languages.Select(_ => new List<OrderResult>()).ToArray();
        JsonInputException? inputError = null;
        try
        {
            using var reader = new OrderStreamReader(new MemoryStream(bytes), "fuzz.json", initialBufferSize: 64);
            int index = 0;
            while (reader.Next() is { } document)
            {
                using (document)
                {
                    for (int l = 0; l < Languages.Length; l++) results[l].Add(validators[l].Validate(document.RootElement, "fuzz.json", index));
                }
                index++;
            }
        }
        catch (JsonInputException e)
        {
            inputError = e;
            stats.InputErrors++;
        }

        // Stable codes and paths in every language; a verdict per order.
        var english = results[0];
        for (int l = 1; l < Languages.Length; l++)
        {
            Assert.Equal(english.Count, results[l].Count);
            for (int i = 0; i < english.Count; i++)
                Assert.Equal(english[i].Errors.Select(e => (e.Code, e.Path)), results[l][i].Errors.Select(e => (e.Code, e.Path)));
        }
        foreach (var result in english)
        {
            stats.Orders++;
            if (result.Valid) stats.Valid++;
            foreach (var error in result.Errors)
            {
                Assert.False(string.IsNullOrEmpty(error.Code));
                Assert.NotEqual(OrderValidator.ValidatorFailed, error.Code);
                stats.Codes.Add(error.Code);
            }
        }

        // Every output channel.
        for (int l = 0; l < Languages.Length; l++)
        {
            var plain = new StringWriter();
            var plainSink = new PlainResultSink(plain, Languages[l]);
            var json = new StringWriter();
            var jsonSink = new JsonResultSink(json);
            foreach (var result in results[l]) { plainSink.Write(result); jsonSink.Write(result); }
            if (inputError is not null) jsonSink.InputError(inputError);
            var tally = new Tally { Orders = results[l].Count, Valid = results[l].Count(r => r.Valid) };
            plainSink.End(tally);
            jsonSink.End(tally);
            OutputSafety.AssertSafe(plain.ToString());
            OutputSafety.AssertSafe(json.ToString());
            if (inputError is not null) OutputSafety.AssertSafe(inputError.Describe());
            using (JsonDocument.Parse(json.ToString())) { }
            if (table && l == 0)
            {
                var screen = new StringWriter();
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(screen) });
                var tableSink = new TableResultSink(console, Languages[l]);
                foreach (var result in results[l]) tableSink.Write(result);
                if (inputError is not null) tableSink.InputError(inputError);
                tableSink.End(tally);
                OutputSafety.AssertSafe(screen.ToString());
            }
        }
    }

    // The kind of a failure: its first line without the position it names.
    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0];
        line = System.Text.RegularExpressions.Regex.Replace(line, " at [0-9]+", " at #");
        return line.Length > 160 ? line[..160] : line;
    }

    private static List<string> Samples()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool.RepoRoot, "samples", "orders.json")));
        return document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    }

    private sealed class FuzzStats
    {
        public long Inputs, InputErrors, Orders, Valid;
        public readonly HashSet<string> Codes = new(StringComparer.Ordinal);

        public string Describe(int seed, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
            $"seed {seed}: {Inputs} inputs in {elapsed.TotalSeconds:F1} s, {InputErrors} input errors, {Orders} orders ({Valid} valid, {Orders - Valid} invalid) in 4 languages, {Codes.Count} distinct codes: {string.Join(" ", Codes.Order(StringComparer.Ordinal))}");
    }
}
