using Microsoft.Extensions.Logging;
using TldToolkit.Catalog;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests.Support;

/// <summary>A sandbox on a fake clock plus a client for it; dispose to stop both.</summary>
public sealed class SandboxHarness : IAsyncDisposable
{
    private SandboxHarness(SandboxRegistrar sandbox, RegistrarClient client, ManualTimeProvider time)
    {
        Sandbox = sandbox;
        Client = client;
        Time = time;
    }

    public SandboxRegistrar Sandbox { get; }
    public RegistrarClient Client { get; }
    public ManualTimeProvider Time { get; }

    public static async Task<SandboxHarness> StartAsync(ILoggerFactory? logging = null, Action<RegistrarOptions>? configure = null,
        TldCatalog? clientCatalog = null, FaultInjection? faults = null, decimal balance = 1000m)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = TestTlds.RegistryCatalog(),
            TimeProvider = time,
            InitialBalance = balance,
            AsyncRegistrationDelay = TimeSpan.FromMinutes(10),
            TransferDelay = TimeSpan.FromDays(5),
            Faults = faults ?? new FaultInjection(),
        });
        var options = sandbox.ClientOptions();
        configure?.Invoke(options);
        var client = sandbox.CreateClient(clientCatalog ?? TestTlds.ClientCatalog(), logging, options);
        return new SandboxHarness(sandbox, client, time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }
}
