using System.Diagnostics;
using TldToolkit.Tests.Shared;

namespace TldToolkit.Client.Tests.Compatibility;

/// <summary>The pinned HEXONET SDK in this folder (tests/Shared/NpmFolder does the npm work), and whether it can run here.</summary>
internal static class NodeTools
{
    private static readonly NpmFolder Packages = new(Path.Combine(AppContext.BaseDirectory, "Compatibility"));

    public static string? Node => NpmFolder.Node;

    /// <summary>The SDK's own requirement (its package.json "engines").</summary>
    private static readonly Version Required = new(20, 6, 1);

    /// <summary>Why the compatibility tests cannot run here, or null when they can.</summary>
    public static string? MissingReason { get; } = NpmFolder.Node is null || NpmFolder.Npm is null
        ? "node and npm (Node.js 20.6.1 or later) are not on PATH, so the official HEXONET SDK cannot be installed; install Node.js to run this test"
        : NodeVersion() is { } v && v < Required
            ? $"Node.js {v} is older than the {Required} the official HEXONET SDK needs; install a newer Node.js to run this test"
            : null;

    private static Version? NodeVersion()
    {
        using var process = Process.Start(new ProcessStartInfo(NpmFolder.Node!, "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var text = process.StandardOutput.ReadToEnd().Trim().TrimStart('v');
        process.WaitForExit(10_000);
        return Version.TryParse(text, out var v) ? v : null;
    }

    /// <summary>The folder (in the test output) holding package.json, package-lock.json and the scripts.</summary>
    public static string Folder => Packages.Folder;

    public static Task InstallAsync() => Packages.InstallAsync();

    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, IReadOnlyList<string> args,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout) => Packages.RunAsync(file, args, environment, timeout);
}

/// <summary>A fact that is skipped, saying why, where node and npm are missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeTools.MissingReason is { } reason) Skip = reason;
    }
}
