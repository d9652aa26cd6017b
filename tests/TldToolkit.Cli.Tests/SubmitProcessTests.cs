using System.Text.Json;

namespace TldToolkit.Cli.Tests;

/// <summary>tldtool submit and sync as processes against the embedded sandbox, with a temporary state file.</summary>
public class SubmitProcessTests
{
    /// <summary>Orders of samples/orders.json picked by their "id", as a JSON array.</summary>
    internal static string Samples(params string[] ids)
    {
        using var samples = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool.RepoRoot, "samples", "orders.json")));
        var picked = ids.Select(id => samples.RootElement.EnumerateArray().Single(o => o.GetProperty("id").GetString() == id).GetRawText());
        return "[" + string.Join(",\n", picked) + "]";
    }

    private static JsonElement Result(JsonDocument json, string id) =>
        json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Fact]
    public void Every_valid_sample_that_shares_a_registry_parameter_is_accepted_by_the_registry()
    {
        // .com.au sends ABN, ACN or another ID in one parameter, .it its PIN kinds likewise: the
        // registry must judge the value by the alternative the order chose, as our validator does.
        using var dir = Tool.TempDir();
        var orders = dir.File("orders.json", Samples("au-1", "it-1"));
        var submit = Tool.Run(null, "submit", orders, "--json", "--state", Path.Combine(dir.Path, "sandbox.json"));
        Assert.True(submit.ExitCode == 0, submit.ToString());
        using var json = JsonDocument.Parse(submit.Out);
        Assert.Equal("success", Result(json, "au-1").GetProperty("outcome").GetString());
        Assert.Equal("success", Result(json, "it-1").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Submit_sends_the_valid_order_only_and_a_later_sync_sees_it_active()
    {
        using var dir = Tool.TempDir();
        var orders = dir.File("orders.json", Samples("ca-1", "dk-1"));
        var state = Path.Combine(dir.Path, "state", "sandbox.json");

        var submit = Tool.Run(null, "submit", orders, "--json", "--state", state);
        Assert.True(submit.ExitCode == 1, submit.ToString());
        using (var json = JsonDocument.Parse(submit.Out))
        {
            Assert.Equal("sandbox", json.RootElement.GetProperty("target").GetString());
            var ca = Result(json, "ca-1");
            Assert.Equal("success", ca.GetProperty("outcome").GetString());
            Assert.True(ca.GetProperty("sent").GetBoolean());
            Assert.True(ca.GetProperty("valid").GetBoolean());
            Assert.Equal(200, ca.GetProperty("registrarCode").GetInt32());
            Assert.False(string.IsNullOrEmpty(ca.GetProperty("registrarDescription").GetString()));

            var dk = Result(json, "dk-1");
            Assert.Equal("validation-failed", dk.GetProperty("outcome").GetString());
            Assert.False(dk.GetProperty("sent").GetBoolean());
            Assert.False(dk.GetProperty("valid").GetBoolean());
            Assert.NotEqual(0, dk.GetProperty("errors").GetArrayLength());
            Assert.False(dk.TryGetProperty("registrarCode", out _));

            var summary = json.RootElement.GetProperty("summary");
            Assert.Equal(2, summary.GetProperty("orders").GetInt32());
            Assert.Equal(1, summary.GetProperty("accepted").GetInt32());
        }
        Assert.True(File.Exists(state), "the sandbox's books were not written to the state file");
        Assert.DoesNotContain("hygge-design.dk", File.ReadAllText(state));

        // A second process: same state file, same books.
        var sync = Tool.Run(null, "sync", "--json", "--state", state);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        using (var json = JsonDocument.Parse(sync.Out))
        {
            var domains = json.RootElement.GetProperty("domains").EnumerateArray().ToList();
            var ca = Assert.Single(domains);
            Assert.Equal("maple-syrup.ca", ca.GetProperty("domain").GetString());
            Assert.Equal("active", ca.GetProperty("status").GetString());
            Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd"), ca.GetProperty("expiresOn").GetString());
        }

        // Named domains: one of ours, one never submitted: unknown to the registrar (not "cancelled"), exit 1.
        var named = Tool.Run(null, "sync", "maple-syrup.ca", "never-registered.ca", "--state", state);
        Assert.True(named.ExitCode == 1, named.ToString());
        Assert.Contains("maple-syrup.ca: active, expires ", named.Out);
        Assert.Contains("never-registered.ca: unknown to the registrar (never-registered.ca was never registered or transferred in with this account", named.Out);
        Assert.DoesNotContain("cancelled", named.Out);

        var german = Tool.Run(null, "sync", "never-registered.ca", "--lang", "de", "--state", state);
        Assert.True(german.ExitCode == 1, german.ToString());
        Assert.Contains("never-registered.ca: dem Registrar unbekannt", german.Out);
    }

    [Fact]
    public void Sync_prints_u_labels_as_submit_did_and_names_a_tld_the_catalog_lacks()
    {
        using var dir = Tool.TempDir();
        var state = Path.Combine(dir.Path, "sandbox.json");
        var submit = Tool.Run(null, "submit", dir.File("de.json", Samples("de-1")), "--state", state);
        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains("fußball.de (register): success", submit.Out);

        var plain = Tool.Run(null, "sync", "xn--fuball-cta.de", "tulpen.invalid", "--state", state);
        Assert.True(plain.ExitCode == 1, plain.ToString());
        Assert.Contains("fußball.de: active, expires ", plain.Out);
        Assert.DoesNotContain("xn--fuball-cta.de:", plain.Out);
        Assert.Contains("tulpen.invalid: TLD not in the catalog (No TLD of 'tulpen.invalid' is in the catalog", plain.Out);
        Assert.DoesNotContain("does not offer", plain.Out);

        var json = Tool.Run(null, "sync", "fußball.de", "--json", "--state", state);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Out);
        var domain = Assert.Single(document.RootElement.GetProperty("domains").EnumerateArray());
        Assert.Equal("xn--fuball-cta.de", domain.GetProperty("domain").GetString());
        Assert.Equal("active", domain.GetProperty("status").GetString());
    }

    [Fact]
    public void Asynchronous_tld_is_pending_on_submit_and_in_sync()
    {
        using var dir = Tool.TempDir();
        var orders = dir.File("swiss.json", Samples("swiss-1"));
        var state = Path.Combine(dir.Path, "sandbox.json");

        var submit = Tool.Run(null, "submit", orders, "--json", "--state", state);
        Assert.True(submit.ExitCode == 0, submit.ToString());
        using (var json = JsonDocument.Parse(submit.Out))
        {
            var swiss = Result(json, "swiss-1");
            Assert.Equal("pending", swiss.GetProperty("outcome").GetString());
            Assert.True(swiss.GetProperty("sent").GetBoolean());
        }

        var sync = Tool.Run(null, "sync", "--json", "--state", state);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        using (var json = JsonDocument.Parse(sync.Out))
        {
            var swiss = Assert.Single(json.RootElement.GetProperty("domains").EnumerateArray().ToList());
            Assert.Equal("berger-uhren.swiss", swiss.GetProperty("domain").GetString());
            Assert.Equal("pending", swiss.GetProperty("status").GetString());
        }
    }

    [Fact]
    public void Submitting_the_same_registration_again_is_not_available_and_says_so_in_the_customers_language()
    {
        using var dir = Tool.TempDir();
        var orders = dir.File("ca.json", Samples("ca-1"));
        var state = Path.Combine(dir.Path, "sandbox.json");

        var first = Tool.Run(null, "submit", orders, "--lang", "de", "--state", state);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("maple-syrup.ca (Registrierung): erfolgreich: ", first.Out);

        var second = Tool.Run(null, "submit", orders, "--json", "--lang", "fr", "--state", state);
        Assert.True(second.ExitCode == 1, second.ToString());
        using var json = JsonDocument.Parse(second.Out);
        var ca = Result(json, "ca-1");
        Assert.Equal("domain-not-available", ca.GetProperty("outcome").GetString());
        Assert.True(ca.GetProperty("sent").GetBoolean());
        Assert.NotEqual(first.Out, ca.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ctrl_C_during_submit_prints_every_decided_order_and_sends_no_more()
    {
        using var dir = Tool.TempDir();
        using var sample = JsonDocument.Parse(Samples("com-1"));
        var template = sample.RootElement[0].GetRawText();
        const int count = 2000;
        var orders = dir.File("many.json", "[" + string.Join(",\n", Enumerable.Range(0, count).Select(i =>
            template.Replace("rivera-photography.com", $"interrupted-{i}.com", StringComparison.Ordinal))) + "]");
        // Funds for every order: with the default balance the later orders fail at once (546) and the run
        // could end before the interrupt arrives.
        var state = dir.File("sandbox.json", """{"Version":1,"Balance":1000000,"NextContact":1,"Domains":[],"Transfers":[],"Contacts":{},"Ledger":[]}""");

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in new[] { Tool.Dll, "submit", orders, "--state", state }) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        try
        {
            // The first decided order is on standard output: the run is under way. Interrupt it.
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(first);
            lines.Add(first!);
            using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line) lines.Add(line);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "tldtool did not stop on SIGINT");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        var output = string.Join("\n", lines);
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{output}\n{await error}");
        var results = lines.Where(l => l.StartsWith(orders + "[", StringComparison.Ordinal)).ToList();
        Assert.InRange(results.Count, 1, count - 1);                       // stopped part-way
        // the summary counts what was printed (issue 16: in a real plural form, no longer "order(s)")
        Assert.Contains(results.Count == 1 ? "1 order: " : $"{results.Count} orders: ", output);
        Assert.EndsWith("interrupted: the orders above were handled, the rest were not sent", lines[^1]);
        Assert.Contains("interrupted", await error);

        // Nothing ordered without being printed: every domain in the sandbox's books has its line.
        var books = File.ReadAllText(state);
        var printed = results.Select(r => r.Split(' ')[1]).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var name = $"interrupted-{i}.com";
            if (books.Contains('"' + name + '"', StringComparison.Ordinal)) Assert.Contains(name, printed);
        }
        foreach (var line in results.Where(l => l.Contains("): success", StringComparison.Ordinal)))
            Assert.Contains('"' + line.Split(' ')[1] + '"', books);
    }

    [Fact]
    public void Submit_of_a_missing_file_exits_2_and_sends_nothing()
    {
        using var dir = Tool.TempDir();
        var state = Path.Combine(dir.Path, "sandbox.json");
        var result = Tool.Run(null, "submit", Path.Combine(dir.Path, "missing.json"), "--state", state);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("missing.json", result.Err);
    }

    [Fact]
    public void Sync_without_books_has_nothing_to_do()
    {
        using var dir = Tool.TempDir();
        var result = Tool.RunIn(dir.Path, null, "sync");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No domains to sync.", result.Out);
    }

    [Fact]
    public void Submit_uses_the_default_state_file_in_the_current_directory()
    {
        using var dir = Tool.TempDir();
        var orders = dir.File("ca.json", Samples("ca-1"));
        var result = Tool.RunIn(dir.Path, null, "submit", orders);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(dir.Path, ".tldtool", "sandbox.json")), result.ToString());
    }

    [Fact]
    public void Sandbox_rejects_a_port_out_of_range()
    {
        var result = Tool.Run(null, "sandbox", "--port", "70000");
        Assert.True(result.ExitCode == 2, result.ToString());
    }
}
