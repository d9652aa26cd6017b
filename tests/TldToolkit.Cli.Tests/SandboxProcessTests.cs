using System.Diagnostics;
using System.Text;

namespace TldToolkit.Cli.Tests;

/// <summary>tldtool sandbox as a process: prints its URL, answers the key=value protocol, stops on Ctrl+C (SIGINT).</summary>
public class SandboxProcessTests
{
    [Fact]
    public async Task Standalone_sandbox_prints_its_url_answers_and_stops_on_sigint()
    {
        if (OperatingSystem.IsWindows()) return; // SIGINT is sent with kill(1)
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool.Dll);
        start.ArgumentList.Add("sandbox");
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(line);
            var url = line!.Split(' ').Single(w => w.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

            using var http = new HttpClient();
            using var reply = await http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["s_entity"] = "1234",
                ["s_login"] = "sandbox",
                ["s_pw"] = "sandbox",
                ["s_command"] = "COMMAND = StatusAccount",
            }));
            var body = await reply.Content.ReadAsStringAsync();
            Assert.Contains("[RESPONSE]", body);
            Assert.Contains("CODE = 200", body);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the sandbox did not stop on SIGINT");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
