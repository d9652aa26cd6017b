namespace TldToolkit.Sandbox;

/// <summary>The state of a domain at the sandbox.</summary>
public enum SandboxDomainState
{
    /// <summary>Registered and active.</summary>
    Active,
    /// <summary>Registration waiting for the (simulated) registry.</summary>
    PendingRegistration,
    /// <summary>Deleted, restorable (StatusDomain says PENDINGDELETE).</summary>
    Redemption,
}

/// <summary>A domain as the sandbox holds it.</summary>
public sealed class SandboxDomain
{
    /// <summary>Name (ASCII).</summary>
    public required string Name { get; init; }
    /// <summary>True when held by the sandbox account; false when held by "another registrar".</summary>
    public bool InAccount { get; internal set; }
    /// <summary>State.</summary>
    public SandboxDomainState State { get; internal set; }
    /// <summary>Expiry.</summary>
    public DateTimeOffset ExpiresAt { get; internal set; }
    /// <summary>When the domain was created (StatusDomain's CREATEDDATE); null for records from older state files.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }
    /// <summary>Last change (StatusDomain's UPDATEDDATE); null for records from older state files.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }
    /// <summary>True when the registrar lock (clientTransferProhibited, TRANSFERLOCK = 1) is set.</summary>
    public bool TransferLock { get; internal set; }
    /// <summary>When a pending registration completes.</summary>
    public DateTimeOffset? ConfirmAt { get; internal set; }
    /// <summary>Auth code.</summary>
    public string AuthCode { get; internal set; } = "";
    /// <summary>Owner contact handle.</summary>
    public string? Owner { get; internal set; }
    /// <summary>Admin, tech and billing handles.</summary>
    public string?[] Contacts { get; internal set; } = new string?[3];
    /// <summary>Nameservers.</summary>
    public List<string> Nameservers { get; internal set; } = [];
    /// <summary>X- parameters as received.</summary>
    public Dictionary<string, string> RegistryParameters { get; internal set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The state of a transfer at the sandbox.</summary>
public enum SandboxTransferState
{
    /// <summary>Waiting.</summary>
    Pending,
    /// <summary>Refused (see the reason).</summary>
    Failed,
    /// <summary>Done.</summary>
    Completed,
    /// <summary>Cancelled by the gaining registrar.</summary>
    Cancelled,
}

/// <summary>An incoming transfer.</summary>
public sealed class SandboxTransfer
{
    /// <summary>Domain.</summary>
    public required string Domain { get; init; }
    /// <summary>State.</summary>
    public SandboxTransferState State { get; internal set; }
    /// <summary>When it was requested (StatusDomainTransfer's CREATEDDATE); null for records from older state files.</summary>
    public DateTimeOffset? RequestedAt { get; internal set; }
    /// <summary>When it completes (unless refused first).</summary>
    public DateTimeOffset CompleteAt { get; internal set; }
    /// <summary>Years added on completion.</summary>
    public int Years { get; internal set; }
    /// <summary>Amount charged.</summary>
    public decimal Charged { get; internal set; }
    /// <summary>Reason of a failure.</summary>
    public string? Reason { get; internal set; }
    /// <summary>Set to make the transfer fail when it is due.</summary>
    public string? FailWith { get; internal set; }
}

/// <summary>What a ledger entry records.</summary>
public enum LedgerEvent
{
    /// <summary>A registration was executed (charged).</summary>
    Register,
    /// <summary>A pending registration was confirmed by the registry.</summary>
    RegistrationConfirmed,
    /// <summary>A transfer was requested (charged).</summary>
    TransferRequested,
    /// <summary>A transfer completed.</summary>
    TransferCompleted,
    /// <summary>A transfer failed or was cancelled (refunded).</summary>
    TransferRefunded,
    /// <summary>A renewal (charged).</summary>
    Renew,
    /// <summary>An owner change (charged).</summary>
    Trade,
    /// <summary>A restore (charged).</summary>
    Restore,
    /// <summary>A deletion.</summary>
    Delete,
    /// <summary>The domain left the account (transferred away).</summary>
    TransferredAway,
}

/// <summary>One line of the sandbox's ledger: every execution of a command that changes something.</summary>
/// <param name="Sequence">Running number.</param>
/// <param name="At">Sandbox time.</param>
/// <param name="Event">What happened.</param>
/// <param name="Domain">The domain.</param>
/// <param name="Amount">Amount charged (negative for a refund).</param>
/// <param name="BalanceAfter">Account balance afterwards.</param>
public sealed record LedgerEntry(long Sequence, DateTimeOffset At, LedgerEvent Event, string Domain, decimal Amount, decimal BalanceAfter);

/// <summary>One request the sandbox received.</summary>
/// <param name="Command">Command name ("" when there was none).</param>
/// <param name="Domain">The DOMAIN parameter, if any.</param>
/// <param name="Fault">The fault injected.</param>
public sealed record SandboxRequest(string Command, string? Domain, FaultKind Fault)
{
    /// <summary>
    /// The command's parameters as received (upper-case keys), so tests can see what went on the wire.
    /// Secret values (<c>AUTH</c>, passwords) are kept as <c>***</c>; the login and password of the
    /// request are never part of it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The value of parameter <paramref name="name"/>, or null.</summary>
    public string? Parameter(string name) => Parameters.TryGetValue(name.ToUpperInvariant(), out var value) ? value : null;
}

/// <summary>A reply the sandbox sends (see <see cref="Protocol.Replies"/> for the documented ones).</summary>
/// <param name="Code">Code.</param>
/// <param name="Description">Description.</param>
/// <param name="Properties">Properties.</param>
internal sealed record SandboxReply(int Code, string Description, List<KeyValuePair<string, IReadOnlyList<string>>>? Properties = null)
{
    /// <summary>True to send the documented top-level <c>PENDING = 1</c> (accepted, the registry confirms later).</summary>
    public bool Pending { get; init; }
}
