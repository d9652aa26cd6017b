using System.Diagnostics;
using System.Security.Cryptography;

namespace TldToolkit.Client.Tests.Compatibility;

/// <summary>Finds node and npm on PATH, installs the pinned SDK from this folder's lock file, runs node scripts.</summary>
internal static class NodeTools
{
    public static string? Node { get; } = Find("node");
    public static string? Npm { get; } = Find("npm");

    /// <summary>The SDK's own requirement (its package.json "engines").</summary>
    private static readonly Version Required = new(20, 6, 1);

    /// <summary>Why the compatibility tests cannot run here, or null when they can.</summary>
    public static string? MissingReason { get; } = Node is null || Npm is null
        ? "node and npm (Node.js 20.6.1 or later) are not on PATH, so the official HEXONET SDK cannot be installed; install Node.js to run this test"
        : NodeVersion() is { } v && v < Required
            ? $"Node.js {v} is older than the {Required} the official HEXONET SDK needs; install a newer Node.js to run this test"
            : null;

    private static Version? NodeVersion()
    {
        using var process = Process.Start(new ProcessStartInfo(Node!, "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var text = process.StandardOutput.ReadToEnd().Trim().TrimStart('v');
        process.WaitForExit(10_000);
        return Version.TryParse(text, out var v) ? v : null;
    }

    /// <summary>The folder (in the test output) holding package.json, package-lock.json and the scripts.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Compatibility");

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>
    /// <c>npm ci</c> from the lock file, once per lock file content (a marker keeps its hash), so only the
    /// first run after a change downloads anything.
    /// </summary>
    public static async Task InstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var hash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
            var marker = Path.Combine(Folder, "node_modules", ".tldtoolkit-installed");
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == hash) return;
            var (exit, stdout, stderr) = await RunAsync(Npm!, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], new Dictionary<string, string>(), TimeSpan.FromMinutes(3));
            if (exit != 0) throw new InvalidOperationException($"npm ci failed ({exit}) in {Folder}:\n{stdout}\n{stderr}");
            await File.WriteAllTextAsync(marker, hash);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs a program in <see cref="Folder"/>; the process (tree) is ended when it outlives <paramref name="timeout"/>.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
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
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path)) return path;
            }
        return null;
    }
}

/// <summary>A fact that is skipped, saying why, where node and npm are missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeTools.MissingReason is { } reason) Skip = reason;
    }
}
