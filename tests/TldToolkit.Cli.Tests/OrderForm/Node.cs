using System.Diagnostics;
using System.Security.Cryptography;

namespace TldToolkit.Cli.Tests.OrderForm;

/// <summary>
/// node and npm from PATH; this folder's pinned ajv installed by <c>npm ci</c> (as the client tests install their SDK),
/// once per lock file content.
/// </summary>
internal static class Node
{
    private static readonly string? NodePath = Find("node");
    private static readonly string? NpmPath = Find("npm");

    public static string? MissingReason { get; } = NodePath is null || NpmPath is null
        ? "node and npm are not on PATH, so ajv cannot be installed; install Node.js 18 or later to run the ajv order-form test"
        : null;

    /// <summary>This folder's copy in the test output: package.json, package-lock.json and the script.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "OrderForm");

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task InstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var hash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
            var marker = Path.Combine(Folder, "node_modules", ".tldtoolkit-installed");
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == hash) return;
            var (exit, stdout, stderr) = await RunAsync(NpmPath!, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], TimeSpan.FromMinutes(3));
            if (exit != 0) throw new InvalidOperationException($"npm ci failed ({exit}) in {Folder}:\n{stdout}\n{stderr}");
            await File.WriteAllTextAsync(marker, hash);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static Task<(int Exit, string Stdout, string Stderr)> RunScriptAsync(string script, string argument) =>
        RunAsync(NodePath!, [script, argument], TimeSpan.FromMinutes(2));

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : [name])
                if (File.Exists(Path.Combine(dir, candidate))) return Path.Combine(dir, candidate);
        return null;
    }
}

/// <summary>A fact that is skipped, saying why, where node and npm are missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node.MissingReason is { } reason) Skip = reason;
    }
}
