using System.Text;
using System.Text.Json;
using Spectre.Console;
using TldToolkit.Cli.Validate;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// Issue 15, R1 and R5: hostile orders through validate in every output mode. The batch goes on,
/// and nothing the customer typed reaches the terminal raw.
/// </summary>
public class HostileOutputTests
{
    private const string Hostile = """
        [
          {"operation":"register","domain":"a.ca"},
          {"operation":"register","domain":"\u001b]0;pwned\u0007maple.ca\nFAKE: valid",
           "x\u202ey":1, "contacts":{"b\u2028":{}}, "fields":{"\u001b[31m":"1"}},
          {"operation":"reg\u0000ister","domain":"x\ud800.ca"},
          {"operation":"register","domain":"maple\u2028.ca"}
        ]
        """;

    private static ToolResult Run(params string[] args) => Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, Hostile, ["validate", "-", .. args]);

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void Plain_output_escapes_what_the_customer_typed_and_keeps_every_order(string language)
    {
        var result = Run("--lang", language);
        Assert.True(result.ExitCode == 1, result.ToString());
        OutputSafety.AssertSafe(result.Out);
        OutputSafety.AssertSafe(result.Err);
        Assert.DoesNotContain("\nFAKE", result.Out);
        Assert.Contains("-[3]", result.Out); // the order after the lone surrogate is still validated
    }

    [Fact]
    public void Json_output_escapes_bidi_and_separator_characters_and_stays_well_formed()
    {
        var result = Run("--json");
        Assert.True(result.ExitCode == 1, result.ToString());
        OutputSafety.AssertSafe(result.Out.Replace("\n", ""));
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(4, results.GetArrayLength());
        // Escaped in the text, the value a program reads back is the one written.
        Assert.Equal("\u001b]0;pwned\u0007maple.ca\nFAKE: valid", results[1].GetProperty("domain").GetString());
        Assert.Contains(results[1].GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "x[U+202E]y");
    }

    [Theory] // the same orders through submit: its plain and JSON output escape them too
    [InlineData("--lang=en")]
    [InlineData("--json")]
    public void Submit_output_escapes_what_the_customer_typed(string mode)
    {
        using var dir = Tool.TempDir();
        var result = Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, Hostile, "submit", "-", mode, "--state", Path.Combine(dir.Path, "s.json"));
        Assert.True(result.ExitCode == 1, result.ToString());
        OutputSafety.AssertSafe(result.Out);
        OutputSafety.AssertSafe(result.Err);
        Assert.DoesNotContain("\nFAKE", result.Out);
    }

    [Fact]
    public void Table_output_escapes_what_the_customer_typed()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        var sink = new TableResultSink(console, "en");
        sink.Write(new OrderResult("in\u001b.json", 0, null, "\u001b]0;pwned\u0007maple.ca\nFAKE", "op\u202e", [new ResultError("c", "x\u2028", "m")]));
        sink.End(new Tally { Orders = 1 });
        OutputSafety.AssertSafe(output.ToString());
        Assert.Contains("[U+001B]", output.ToString());
    }
}

/// <summary>Issue 15, R5: check, explain and command-line errors quote what was typed as safe text.</summary>
public class HostileArgumentTests
{
    private static ToolResult Run(params string[] args) => Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, null, args);

    [Theory]
    [InlineData("check", "\u001b]0;pwned\u0007maple.ca\nFAKE: valid")]
    [InlineData("check", "maple\u202e.ca")]
    [InlineData("check", "maple.c\u2028a")]
    [InlineData("check", "xn--\u001b.ca")]
    [InlineData("explain", "c\u001ba")]
    [InlineData("validate", "--lang\u001b")]
    [InlineData("sync", "maple\u001b.ca", "--state")]
    public void Typed_values_reach_the_terminal_escaped(params string[] args)
    {
        using var dir = Tool.TempDir();
        if (args[^1] == "--state") args = [.. args, Path.Combine(dir.Path, "s.json")];
        var result = Run(args);
        OutputSafety.AssertSafe(result.Out);
        OutputSafety.AssertSafe(result.Err);
        Assert.DoesNotContain("\nFAKE", result.Out + result.Err);
    }
}

/// <summary>Beyond issue 15's list: every hostile string of the fuzzer as a domain for check, in every mode.</summary>
public class HostileCheckTests
{
    public static TheoryData<string> Domains()
    {
        var data = new TheoryData<string>();
        foreach (var hostile in Fuzzing.OrderMutator.Hostile)
        {
            data.Add(hostile);
            data.Add("maple" + hostile + ".ca");
            data.Add("maple." + hostile);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Check_never_throws_and_never_echoes_raw(string domain)
    {
        foreach (var mode in new[] { "--lang=en", "--lang=ar", "--json" })
        {
            var result = Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, null, "check", domain, mode);
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            OutputSafety.AssertSafe(result.Out);
            OutputSafety.AssertSafe(result.Err);
            if (mode == "--json") using (System.Text.Json.JsonDocument.Parse(result.Out)) { }
        }
    }
}
