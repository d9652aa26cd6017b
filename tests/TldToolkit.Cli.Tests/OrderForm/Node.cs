using TldToolkit.Tests.Shared;

namespace TldToolkit.Cli.Tests.OrderForm;

/// <summary>This folder's pinned ajv, installed and run through tests/Shared/NpmFolder (as the client tests install their SDK).</summary>
internal static class Node
{
    private static readonly NpmFolder Packages = new(Path.Combine(AppContext.BaseDirectory, "OrderForm"));

    public static string? MissingReason { get; } = NpmFolder.Node is null || NpmFolder.Npm is null
        ? "node and npm are not on PATH, so ajv cannot be installed; install Node.js 18 or later to run the ajv order-form test"
        : null;

    /// <summary>This folder's copy in the test output: package.json, package-lock.json and the script.</summary>
    public static string Folder => Packages.Folder;

    public static Task InstallAsync() => Packages.InstallAsync();

    public static Task<(int Exit, string Stdout, string Stderr)> RunScriptAsync(string script, string argument) =>
        Packages.RunAsync(NpmFolder.Node!, [script, argument], new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
}

/// <summary>A fact that is skipped, saying why, where node and npm are missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node.MissingReason is { } reason) Skip = reason;
    }
}
