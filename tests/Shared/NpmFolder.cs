using System.Diagnostics;
using System.Security.Cryptography;

namespace TldToolkit.Tests.Shared;

/// <summary>
/// A folder of the test output with a pinned package.json and package-lock.json: node and npm from PATH,
/// <c>npm ci</c> once per lock file content (a marker keeps its hash, so only the first run after a change
/// downloads anything), and programs run in the folder with a time limit. Linked into the test projects that
/// drive a published npm package (the HEXONET SDK, ajv).
/// </summary>
internal sealed class NpmFolder(string folder)
{
    public static string? Node { get; } = Find("node");
    public static string? Npm { get; } = Find("npm");

    private readonly SemaphoreSlim _installLock = new(1, 1);

    /// <summary>The folder holding package.json, package-lock.json and the scripts.</summary>
    public string Folder { get; } = folder;

    public async Task InstallAsync()
    {
        await _installLock.WaitAsync();
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
            _installLock.Release();
        }
    }

    /// <summary>Runs a program in <see cref="Folder"/>; the process (tree) is ended when it outlives <paramref name="timeout"/>.</summary>
    public async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, IReadOnlyList<string> args,
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
