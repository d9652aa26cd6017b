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
        TldCatalog? clientCatalog = null, FaultInjection? faults = null, decimal balance = 1000m, TldCatalog? registryCatalog = null)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = registryCatalog ?? TestTlds.RegistryCatalog(),
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

    /// <summary>A sandbox and client that both use the real generated catalog (<c>TldToolkit.BuiltIn.Tlds.Catalog</c>) unless told otherwise.</summary>
    public static Task<SandboxHarness> StartBuiltInAsync(ILoggerFactory? logging = null, TldCatalog? registryCatalog = null, FaultInjection? faults = null,
        Action<RegistrarOptions>? configure = null) =>
        StartAsync(logging, configure, TldToolkit.BuiltIn.Tlds.Catalog, faults, registryCatalog: registryCatalog ?? TldToolkit.BuiltIn.Tlds.Catalog);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }
}
