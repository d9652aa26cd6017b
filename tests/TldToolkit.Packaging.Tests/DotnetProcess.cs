using System.Diagnostics;
using System.Text;

namespace TldToolkit.Packaging.Tests;

/// <summary>What one child process printed (stdout and stderr together) and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public void AssertSucceeded(string what) => Assert.True(ExitCode == 0, $"{what} failed ({ExitCode}):\n{Tail(Output)}");

    private static string Tail(string text) => text.Length <= 6000 ? text : text[^6000..];
}

/// <summary>Runs dotnet (or an installed tool) as a child process, isolated from the test host's MSBuild settings.</summary>
public static class DotnetProcess
{
    public static ProcessResult Run(string workingDirectory, string fileName, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        if (fileName == "dotnet" && args[0] is "build" or "pack" or "restore")
        {
            // No build servers left behind; no node reuse between the test's builds.
            info.ArgumentList.Add("--disable-build-servers");
            info.ArgumentList.Add("-nodeReuse:false");
            info.ArgumentList.Add("-nologo");
        }
        // The test host's MSBuild settings must not leak into the child builds.
        foreach (var key in info.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
                info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var text = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(fileName + " " + string.Join(' ', args) + " timed out:\n" + text);
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, text.ToString());
    }
}
