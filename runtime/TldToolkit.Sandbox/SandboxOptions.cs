using Microsoft.Extensions.Logging;
using TldToolkit.Catalog;

namespace TldToolkit.Sandbox;

/// <summary>Settings of the embedded sandbox registrar.</summary>
public sealed class SandboxOptions
{
    /// <summary>The TLDs the sandbox offers; their rules (periods, async registration, transfer) and field descriptors (X- parameters) are enforced.</summary>
    public required TldCatalog Catalog { get; init; }

    /// <summary>The sandbox's clock: pending registrations and transfers complete when it passes their due time. Tests pass a fake clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Account login.</summary>
    public string Login { get; init; } = "sandbox";

    /// <summary>Account password; a random one when null (read it from <see cref="SandboxRegistrar.ClientOptions"/>).</summary>
    public string? Password { get; init; }

    /// <summary>The entity the sandbox answers to (the OT&amp;E entity by default).</summary>
    public string Entity { get; init; } = "1234";

    /// <summary>Opening balance of the account.</summary>
    public decimal InitialBalance { get; init; } = 1000m;

    /// <summary>Currency of the account.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Price of one year of registration.</summary>
    public decimal RegisterPrice { get; init; } = 10m;

    /// <summary>Price of a transfer (per year of the period; one year when no period).</summary>
    public decimal TransferPrice { get; init; } = 8m;

    /// <summary>Price of one year of renewal.</summary>
    public decimal RenewPrice { get; init; } = 10m;

    /// <summary>Price of an owner change.</summary>
    public decimal TradePrice { get; init; } = 5m;

    /// <summary>Price of a restore.</summary>
    public decimal RestorePrice { get; init; } = 50m;

    /// <summary>How long registrations of TLDs with <c>Lifecycle.AsyncRegistration</c> stay pending (on <see cref="TimeProvider"/>).</summary>
    public TimeSpan AsyncRegistrationDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long transfers stay pending before the losing registrar's silence counts as approval.</summary>
    public TimeSpan TransferDelay { get; init; } = TimeSpan.FromDays(5);

    /// <summary>
    /// Domains registered with another registrar (not available; transferable with the auth code).
    /// Besides these, every name whose label starts with <c>taken</c> is registered elsewhere with
    /// auth code <see cref="DefaultForeignAuthCode"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ForeignDomains { get; init; } = new Dictionary<string, string>();

    /// <summary>Auth code of the "taken…" names.</summary>
    public string DefaultForeignAuthCode { get; init; } = "Auth-Code-123";

    /// <summary>
    /// A registrar-side contact rule stricter than validation, so contact rejections can be seen:
    /// e-mail addresses whose domain ends with this are refused (<c>541 Invalid attribute value; EMAIL</c>).
    /// </summary>
    public string RejectedEmailSuffix { get; init; } = ".invalid";

    /// <summary>
    /// A JSON file holding the sandbox's books (domains, transfers, contacts, balance, ledger):
    /// loaded at start when it exists, rewritten after every change. Lets one process submit and a
    /// later one sync. In memory only when null.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary>Fault injection switches (can be changed while running).</summary>
    public FaultInjection Faults { get; init; } = new();

    /// <summary>Logger factory for Kestrel and the sandbox; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
