using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Sync;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

public sealed class SandboxTests
{
    [Fact]
    public async Task StateFile_KeepsTheBooksBetweenRuns()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tldtoolkit-sandbox-{Guid.NewGuid():N}.json");
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        try
        {
            await using (var first = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), StateFile = file, TimeProvider = time, Password = "pw" }))
            using (var client = first.CreateClient(TestTlds.ClientCatalog()))
            {
                Assert.Equal(OutcomeKind.Success, (await client.SubmitAsync(TestOrders.Register("kept.plain"))).Kind);
                Assert.Equal(OutcomeKind.Pending, (await client.SubmitAsync(TestOrders.Register("later.slow"))).Kind);
            }
            Assert.True(File.Exists(file));

            time.Advance(TimeSpan.FromHours(1));
            await using var second = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), StateFile = file, TimeProvider = time, Password = "pw" });
            using var again = second.CreateClient(TestTlds.ClientCatalog());
            var sync = await again.SyncDomainsAsync(
            [
                new DomainSyncItem("kept.plain", LocalDomainState.Active),
                new DomainSyncItem("later.slow", LocalDomainState.PendingRegistration),
            ]);
            Assert.All(sync, r => Assert.Equal(DomainSyncStatus.Active, r.Status));
            Assert.Equal(980m, second.Registry.Balance);
            Assert.Single((await again.ListContactsAsync()).Contacts);
            Assert.Equal(OutcomeKind.DomainNotAvailable, (await again.SubmitAsync(TestOrders.Register("kept.plain"))).Kind);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task StandaloneEntry_PrintsItsUrl_AndStopsWhenCancelled()
    {
        var output = new StringWriter();
        using var cts = new CancellationTokenSource();
        var run = SandboxProgram.RunAsync(["--standalone", "--port", "0", "--login", "demo", "--password", "demo-pw"], TestTlds.RegistryCatalog(), output, cts.Token);

        for (int i = 0; i < 100 && !output.ToString().Contains("listening", StringComparison.Ordinal); i++) await Task.Delay(50);
        var text = output.ToString();
        Assert.Contains("Sandbox registrar listening on http://127.0.0.1:", text);
        Assert.DoesNotContain("demo-pw", text);

        var url = new Uri(text.Split(' ', '\n', '\r').First(w => w.StartsWith("http://", StringComparison.Ordinal)));
        using var client = RegistrarClient.Create(TestTlds.ClientCatalog(), new RegistrarOptions { Endpoint = url, Login = "demo", Password = "demo-pw" });
        Assert.Equal(OutcomeKind.Success, (await client.TestConnectionAsync()).Kind);

        cts.Cancel();
        Assert.Equal(0, await run);
    }

    [Fact]
    public void StandaloneEntry_RejectsUnknownOptions()
    {
        var error = new StringWriter();
        Assert.Null(SandboxProgram.ParseArguments(["--port", "many"], TestTlds.RegistryCatalog(), error));
        Assert.Contains("Options:", error.ToString());
        Assert.Null(SandboxProgram.ParseArguments(["--bogus"], TestTlds.RegistryCatalog(), error));
    }
}
