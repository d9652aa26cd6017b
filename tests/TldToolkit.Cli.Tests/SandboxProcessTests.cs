using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// tldtool sandbox as a process: prints its URL, answers the key=value protocol, stops on Ctrl+C (SIGINT);
/// and tldtool submit against it as a configured endpoint (TldToolkit__Registrar__* variables).
/// </summary>
public class SandboxProcessTests
{
    /// <summary>A standalone sandbox (login sandbox, password sandbox) running for the test.</summary>
    internal sealed class Standalone : IDisposable
    {
        public Process Process { get; }
        public string Url { get; }

        public Standalone(params string[] options)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Tool.Dll);
            start.ArgumentList.Add("sandbox");
            foreach (var option in options) start.ArgumentList.Add(option);
            Process = Process.Start(start)!;
            var line = Process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
            Assert.NotNull(line);
            Url = line!.Split(' ').Single(w => w.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    [Fact]
    public async Task Standalone_sandbox_prints_its_url_answers_and_stops_on_sigint()
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT is sent with kill(1)
        using var sandbox = new Standalone();

        var body = await StatusAccount(sandbox.Url, "sandbox", "sandbox");
        Assert.Contains("[RESPONSE]", body);
        Assert.Contains("CODE = 200", body);

        using (var kill = Process.Start("kill", ["-INT", sandbox.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(sandbox.Process.WaitForExit(TimeSpan.FromSeconds(30)), "the sandbox did not stop on SIGINT");
        Assert.Equal(0, sandbox.Process.ExitCode);
    }

    private static async Task<string> StatusAccount(string url, string login, string password)
    {
        using var http = new HttpClient();
        using var reply = await http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["s_entity"] = "1234",
            ["s_login"] = login,
            ["s_pw"] = password,
            ["s_command"] = "COMMAND = StatusAccount",
        }));
        return await reply.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Sandbox_takes_the_login_and_password_its_banner_names_and_never_prints_the_password()
    {
        using var sandbox = new Standalone("--login", "team", "--password", "Team-Secret-7", "--balance", "25");
        Assert.Contains("CODE = 200", await StatusAccount(sandbox.Url, "team", "Team-Secret-7"));
        Assert.DoesNotContain("CODE = 200", await StatusAccount(sandbox.Url, "sandbox", "sandbox"));
        var banner = await sandbox.Process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("login team", banner);
        Assert.DoesNotContain("Team-Secret-7", banner);
    }

    [Theory]
    [InlineData("--async-delay", "NaN", "--async-delay must be a number of seconds")]
    [InlineData("--transfer-delay", "1e300", "--transfer-delay must be a number of seconds")]
    [InlineData("--balance", "-1", "--balance must not be negative")]
    [InlineData("--login", "", "--login needs a name")]
    public void Sandbox_refuses_unusable_option_values_with_exit_2_and_no_stack_trace(string option, string value, string message)
    {
        var result = Tool.Run(null, "sandbox", option, value);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain("listening", result.Out);
    }

    /// <summary>Every option the docs write after "tldtool sandbox" is one the command takes, and the usage in docs/submit.md names them all.</summary>
    [Fact]
    public void Docs_name_exactly_the_sandbox_options()
    {
        var help = Tool.Run(null, "sandbox", "--help");
        var taken = System.Text.RegularExpressions.Regex.Matches(help.Out, @"--[a-z][a-z-]+").Select(m => m.Value).ToHashSet();
        Assert.Contains("--password", taken);
        var docs = new[] { "README.md", "docs/submit.md", "runtime/TldToolkit.Runtime/Client/README.md" };
        foreach (var doc in docs)
        {
            var text = File.ReadAllText(Path.Combine(Tool.RepoRoot, doc));
            foreach (System.Text.RegularExpressions.Match use in System.Text.RegularExpressions.Regex.Matches(text, @"sandbox\s+(\[?--[^`|]*)"))
                foreach (System.Text.RegularExpressions.Match option in System.Text.RegularExpressions.Regex.Matches(use.Groups[1].Value, @"--[a-z][a-z-]+"))
                    Assert.True(taken.Contains(option.Value), $"{doc} names 'sandbox {option.Value}', which tldtool sandbox does not take");
        }
        var usage = File.ReadAllLines(Path.Combine(Tool.RepoRoot, "docs/submit.md")).SkipWhile(l => !l.StartsWith("tldtool sandbox", StringComparison.Ordinal)).Take(2);
        foreach (var option in taken.Where(o => o is not "--help"))
            Assert.True(usage.Any(l => l.Contains(option, StringComparison.Ordinal)), $"docs/submit.md's usage of tldtool sandbox lacks {option}");
    }

    [Fact]
    public void Submit_goes_to_the_configured_endpoint_and_never_prints_the_credentials()
    {
        using var sandbox = new Standalone();
        using var dir = Tool.TempDir();
        var order = dir.File("ca.json", SubmitProcessTests.Samples("ca-1"));
        Dictionary<string, string> Settings(string endpoint, string password) => new()
        {
            ["TldToolkit__Registrar__Endpoint"] = endpoint,
            ["TldToolkit__Registrar__Login"] = "sandbox",
            ["TldToolkit__Registrar__Password"] = password,
        };

        var ok = Tool.RunWithEnvironment(dir.Path, Settings(sandbox.Url, "sandbox"), null, "submit", order, "--json");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        using (var json = JsonDocument.Parse(ok.Out))
        {
            Assert.Equal("endpoint", json.RootElement.GetProperty("target").GetString());
            Assert.Equal("success", json.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());
        }
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".tldtool")), "the embedded sandbox was started although an endpoint is configured");

        // A wrong password fails fast: the first order is reported, the second is never sent, exit 2.
        var two = dir.File("two.json", SubmitProcessTests.Samples("ca-1", "com-1"));
        var wrong = Tool.RunWithEnvironment(dir.Path, Settings(sandbox.Url, "Wrong-Secret-42"), null, "submit", two, "--json");
        Assert.True(wrong.ExitCode == 2, wrong.ToString());
        using (var json = JsonDocument.Parse(wrong.Out))
        {
            var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
            Assert.Equal("authentication-failed", result.GetProperty("outcome").GetString());
            Assert.Contains("refused the account's login or password", json.RootElement.GetProperty("targetErrors")[0].GetString());
        }
        Assert.Contains("the remaining orders were not sent", wrong.Err);
        Assert.DoesNotContain("Wrong-Secret-42", wrong.Out + wrong.Err);
        var plainWrong = Tool.RunWithEnvironment(dir.Path, Settings(sandbox.Url, "Wrong-Secret-42"), null, "submit", two);
        Assert.True(plainWrong.ExitCode == 2, plainWrong.ToString());
        Assert.DoesNotContain("rivera-photography.com", plainWrong.Out);

        var plain = Tool.RunWithEnvironment(dir.Path, Settings("http://registrar.example/api/call.cgi", "Wrong-Secret-42"), null, "submit", order);
        Assert.True(plain.ExitCode == 2, plain.ToString());
        Assert.Contains("HTTPS", plain.Err);
        Assert.DoesNotContain("Wrong-Secret-42", plain.Out + plain.Err);
    }
}
