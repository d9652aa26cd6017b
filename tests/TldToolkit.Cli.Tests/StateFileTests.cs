using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TldToolkit.Cli.Submit;

namespace TldToolkit.Cli.Tests;

/// <summary>Issue 15, R2, R3 and R10: submit, sync and sandbox with damaged, shared or busy state, and what --json prints then.</summary>
public class StateFileTests
{
    private static ToolResult InProcess(string? stdin, params string[] args) => Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, stdin, args);

    /// <summary>The sample .ca order under another name.</summary>
    private static string CaOrders(string prefix, int count)
    {
        using var sample = JsonDocument.Parse(SubmitProcessTests.Samples("ca-1"));
        var raw = sample.RootElement[0].GetRawText();
        return "[" + string.Join(",", Enumerable.Range(0, count).Select(i =>
            raw.Replace("\"ca-1\"", $"\"{prefix}{i}\"").Replace("maple-syrup.ca", $"{prefix}{i}-maple.ca"))) + "]";
    }

    [Theory] // R10
    [InlineData("""{"Domains":null}""")]
    [InlineData("""{"Domains":[null]}""")]
    [InlineData("""{"Domains":[{"Name":null}]}""")]
    [InlineData("""{"Transfers":[{}]}""")]
    [InlineData("""{"Contacts":{"C1":null}}""")]
    [InlineData("""{"Ledger":[null]}""")]
    [InlineData("not json")]
    [InlineData("[1]")]
    public void A_damaged_state_file_is_a_clear_error_with_exit_2_and_is_left_as_it_was(string content)
    {
        using var dir = Tool.TempDir();
        var state = dir.File("sandbox.json", content);
        foreach (var args in new[] { new[] { "submit", "-", "--state", state }, ["sync", "--state", state], ["submit", "-", "--json", "--state", state] })
        {
            var result = InProcess(CaOrders("d", 1), args);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("cannot open the sandbox state file", result.Err);
            Assert.DoesNotContain("   at ", result.Err);
            Assert.Equal(content, File.ReadAllText(state));
        }
    }

    [Fact] // R10 and the smaller item: unusable target, --json still prints JSON
    public void Submit_json_prints_json_naming_the_problem_when_the_target_cannot_be_used()
    {
        using var dir = Tool.TempDir();
        var state = dir.File("sandbox.json", "{\"Domains\":null}");
        var result = InProcess(CaOrders("d", 1), "submit", "-", "--json", "--state", state);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Contains("damaged", json.RootElement.GetProperty("targetErrors")[0].GetString());
    }

    [Fact] // the smaller item: unusable registrar settings, --json still prints JSON (and never the password)
    public void Submit_json_prints_json_naming_the_problem_when_the_registrar_settings_are_unusable()
    {
        using var dir = Tool.TempDir();
        var orders = dir.File("orders.json", CaOrders("e", 1));
        var result = Tool.RunWithEnvironment(dir.Path, new Dictionary<string, string>
        {
            ["TldToolkit__Registrar__Endpoint"] = "http://registrar.example/api", ["TldToolkit__Registrar__Login"] = "me", ["TldToolkit__Registrar__Password"] = "s3cret-pw",
        }, null, "submit", orders, "--json");
        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("target").ValueKind);
        Assert.Contains("HTTPS", json.RootElement.GetProperty("targetErrors")[0].GetString());
        Assert.DoesNotContain("s3cret-pw", result.Out + result.Err);
    }

    [Fact] // R3: a second run while the first holds the state file sends nothing and says why
    public void A_second_run_on_a_state_file_in_use_fails_clearly_and_sends_nothing()
    {
        using var dir = Tool.TempDir();
        var state = Path.Combine(dir.Path, "sandbox.json");
        using (var held = StateFileLock.TryAcquire(state, TextWriter.Null))
        {
            Assert.NotNull(held);
            var blocked = InProcess(CaOrders("d", 1), "submit", "-", "--state", state);
            Assert.True(blocked.ExitCode == 2, blocked.ToString());
            Assert.Contains("in use by another tldtool run", blocked.Err);
            Assert.False(File.Exists(state));
            Assert.Equal(2, InProcess(null, "sync", "--state", state).ExitCode);
        }
        var after = InProcess(CaOrders("d", 1), "submit", "-", "--state", state);
        Assert.True(after.ExitCode == 0, after.ToString());
    }

    [Fact] // R3: two processes at once; every registration either reports survives in the books
    public async Task Two_submits_at_once_never_lose_a_reported_registration()
    {
        using var dir = Tool.TempDir();
        var state = Path.Combine(dir.Path, "sandbox.json");
        var a = dir.File("a.json", CaOrders("a", 10));
        var b = dir.File("b.json", CaOrders("b", 10));
        var runs = await Task.WhenAll(
            Task.Run(() => Tool.Run(null, "submit", a, "--json", "--state", state)),
            Task.Run(() => Tool.Run(null, "submit", b, "--json", "--state", state)));
        var reported = new List<string>();
        foreach (var run in runs)
        {
            Assert.True(run.ExitCode is 0 or 2, run.ToString());
            using var json = JsonDocument.Parse(run.Out);
            reported.AddRange(json.RootElement.GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("outcome").GetString() == "success").Select(r => r.GetProperty("domain").GetString()!));
        }
        Assert.NotEmpty(reported);
        using var books = JsonDocument.Parse(File.ReadAllText(state));
        var kept = books.RootElement.GetProperty("Domains").EnumerateArray().Select(d => d.GetProperty("Name").GetString()).ToHashSet();
        Assert.All(reported, domain => Assert.Contains(domain, kept));
    }

    [Fact] // R2: a lone surrogate in a later order; the earlier, registered orders are on stdout as JSON
    public void Submit_json_reports_every_order_sent_before_a_hostile_one()
    {
        using var dir = Tool.TempDir();
        var orders = CaOrders("s", 2)[..^1] + """,{"operation":"register","domain":"x\ud800.ca"},"tail"]""";
        var result = InProcess(orders, "submit", "-", "--json", "--state", Path.Combine(dir.Path, "sandbox.json"));
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(4, results.GetArrayLength());
        Assert.Equal("success", results[0].GetProperty("outcome").GetString());
        Assert.Equal("success", results[1].GetProperty("outcome").GetString());
        Assert.Equal("validation-failed", results[2].GetProperty("outcome").GetString());
        Assert.Equal("order-value-invalid", results[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("orders").GetInt32());
    }

    [Fact] // R2: the results are written as they are decided, not at the end
    public void Submit_json_streams_each_result_before_the_next_order_is_read()
    {
        using var dir = Tool.TempDir();
        // Broken JSON after the first order: the first result is already out, then the input error closes the document.
        var orders = CaOrders("t", 1)[..^1] + ", {\"operation\": ]";
        var result = InProcess(orders, "submit", "-", "--json", "--state", Path.Combine(dir.Path, "sandbox.json"));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("{\"target\":\"sandbox\",\"results\":[\n{", result.Out);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("inputErrors").GetArrayLength());
    }

    [Fact] // R10: a port already in use
    public void Sandbox_on_a_port_in_use_is_a_clear_error_with_exit_2()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = InProcess(null, "sandbox", "--port", port);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cannot start the sandbox on port " + port, result.Err);
    }

    [Fact] // the banner named a --password option the command does not have
    public async Task Sandbox_banner_names_the_password_it_uses()
    {
        using var stop = new CancellationTokenSource();
        using var writer = new StopAfterBanner(stop);
        var code = await TldToolkit.Sandbox.SandboxProgram.RunAsync(["--port", "0"], TldToolkit.BuiltIn.Tlds.Catalog, writer, stop.Token);
        Assert.Equal(0, code);
        Assert.Contains("login sandbox, password sandbox", writer.ToString());
        Assert.DoesNotContain("--password", writer.ToString());
    }

    private sealed class StopAfterBanner(CancellationTokenSource stop) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains("Ctrl+C", StringComparison.Ordinal) == true) stop.Cancel();
        }
    }
}
