using System.Text.Json;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests.Compatibility;

/// <summary>
/// The sandbox driven by a client nobody here wrote: the official HEXONET Node.js SDK
/// (<c>@hexonet/ispapi-apiconnector</c>, pinned in this folder's package-lock.json and installed by
/// <c>npm ci</c>) runs drive-sandbox.mjs against a sandbox on 127.0.0.1: register, pending, status,
/// renew, modify, transfer, delete and restore, list paging, sessions and errors. Skipped, with the
/// reason, where node or npm is missing.
/// </summary>
public sealed class SdkCompatibilityTests
{
    /// <summary>How many checks drive-sandbox.mjs makes; fewer means it stopped early.</summary>
    private const int ExpectedChecks = 46;

    [NodeFact]
    public async Task OfficialSdk_DrivesTheSandbox_AsItDrivesTheRealApi()
    {
        await NodeTools.InstallAsync();
        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = TestTlds.RegistryCatalog(),
            Password = "sdk-compat-password",
            InitialBalance = 200m,
        });
        var (exit, stdout, stderr) = await NodeTools.RunAsync(NodeTools.Node!, ["drive-sandbox.mjs"], new Dictionary<string, string>
        {
            ["SANDBOX_URL"] = sandbox.Endpoint.ToString(),
            ["SANDBOX_LOGIN"] = "sandbox",
            ["SANDBOX_PASSWORD"] = "sdk-compat-password",
        }, TimeSpan.FromMinutes(2));

        Assert.True(exit == 0, $"node exited {exit}:\n{stderr}");
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        using var result = JsonDocument.Parse(line);
        var checks = result.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => (Name: c.GetProperty("name").GetString()!, Ok: c.GetProperty("ok").GetBoolean(), Detail: c.GetProperty("detail").GetString()))
            .ToList();
        var failed = checks.Where(c => !c.Ok).Select(c => $"{c.Name}: {c.Detail}").ToList();
        Assert.True(failed.Count == 0, "SDK checks failed:\n" + string.Join("\n", failed));
        Assert.Equal(ExpectedChecks, checks.Count);
        // Every request the SDK made reached the sandbox as a command: none was refused as unreadable.
        Assert.DoesNotContain(sandbox.Requests, r => r.Command.Length == 0);
    }
}
