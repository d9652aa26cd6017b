using System.Text;
using System.Text.Json;

namespace TldToolkit.Cli.Tests;

/// <summary>tldtool validate as a process: input handling, exit codes, JSON output. Independent of which TLDs the catalog holds.</summary>
public class ValidateProcessTests
{
    [Fact]
    public void Malformed_file_exits_2_naming_file_line_and_column()
    {
        using var dir = Tool.TempDir();
        // Line 3: the missing comma is found at the quote of "years", character 26 (the ä is two bytes).
        var file = dir.File("broken.json", "[\n {\"operation\":\"register\",\n  \"domain\": \"exämple.ca\" \"years\": 2}\n]");
        var result = Tool.Run(null, "validate", file);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("broken.json:3:26:", result.Err);
    }

    [Fact]
    public void Malformed_file_with_json_output_still_prints_well_formed_json()
    {
        using var dir = Tool.TempDir();
        var file = dir.File("broken.json", "[{\"operation\":\"register\",\"domain\":\"a.example\"},\n{\"operation\": ]");
        var result = Tool.Run(null, "validate", file, "--json");
        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("results").GetArrayLength());
        var inputError = json.RootElement.GetProperty("inputErrors")[0];
        Assert.Equal(2, inputError.GetProperty("line").GetInt32());
        Assert.Equal(15, inputError.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var result = Tool.Run(null, "validate", "does-not-exist.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("does-not-exist.json", result.Err);
    }

    [Fact]
    public void Wrong_shape_is_that_orders_error_with_its_path_not_a_crash()
    {
        const string orders = """
            [
              { "operation": "register", "domain": "example.ca", "years": "two", "nameservers": ["ns1.example.net", 7] },
              { "operation": "buy", "domain": "example.ca" },
              42,
              { "operation": "renew", "domain": "example.ca", "expiresOn": "next year", "yeras": 1 }
            ]
            """;
        var result = Tool.Run(orders, "validate", "-", "--json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(4, results.GetArrayLength());
        foreach (var r in results.EnumerateArray()) Assert.False(r.GetProperty("valid").GetBoolean());

        var first = Errors(results[0]);
        Assert.Contains(("order-value-invalid", "years"), first);
        Assert.Contains(("order-value-invalid", "nameservers[1]"), first);
        Assert.Contains(("order-value-invalid", "operation"), Errors(results[1]));
        Assert.Contains(("order-not-object", ""), Errors(results[2]));
        var fourth = Errors(results[3]);
        Assert.Contains(("order-value-invalid", "expiresOn"), fourth);
        Assert.Contains(("order-property-unknown", "yeras"), fourth);
        // The unreadable period was not also reported as a wrong term.
        Assert.DoesNotContain(first, e => e.Code == "term-not-allowed");
    }

    [Fact]
    public void Standard_input_single_object_is_one_order()
    {
        var result = Tool.Run("""{ "operation": "register", "domain": "example.invalid-tld-for-tests" }""", "validate", "-", "--json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var only = json.RootElement.GetProperty("results")[0];
        Assert.Equal("-", only.GetProperty("source").GetString());
        Assert.Equal("example.invalid-tld-for-tests", only.GetProperty("domain").GetString());
        Assert.Equal("register", only.GetProperty("operation").GetString());
        Assert.Contains(("tld-not-supported", "domain"), Errors(only));
    }

    [Fact]
    public void Empty_array_is_valid_and_exits_0()
    {
        var result = Tool.Run("[ ]", "validate", "-", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Thousands_of_orders_stream_through()
    {
        var builder = new StringBuilder("[");
        const int count = 5000;
        for (int i = 0; i < count; i++)
        {
            if (i > 0) builder.Append(",\n");
            builder.Append($$"""{"id":"o{{i}}","operation":"register","domain":"name{{i}}.example","years":1}""");
        }
        builder.Append(']');
        var result = Tool.Run(builder.ToString(), "validate", "-", "--json");
        Assert.True(result.ExitCode == 1, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(count, results.GetArrayLength());
        Assert.Equal("o4999", results[count - 1].GetProperty("id").GetString());
        Assert.Equal(4999, results[count - 1].GetProperty("index").GetInt32());
        Assert.Equal(count, json.RootElement.GetProperty("summary").GetProperty("orders").GetInt32());
    }

    [Fact]
    public void Redirected_output_is_plain_text_without_ansi_escapes()
    {
        var result = Tool.Run("""[{"operation":"register","domain":"x.example","years":"two"}]""", "validate", "-");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.Contains("-[0] x.example", result.Out);
        Assert.Contains("years:", result.Out);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Tool.Run(null, "validate", "-", "--lang", "xx").ExitCode);
        Assert.Equal(2, Tool.Run(null, "validate", "-", "--today", "someday").ExitCode);
        Assert.Equal(2, Tool.Run(null, "frobnicate").ExitCode);
        Assert.Equal(2, Tool.Run(null).ExitCode);
    }

    internal static List<(string Code, string Path)> Errors(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!)).ToList();
}
