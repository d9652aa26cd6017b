using TldToolkit.Client.Outcomes.Messages;

namespace TldToolkit.Client.Sync;

/// <summary>The state of a domain in the application's own records, before a sync.</summary>
public enum LocalDomainState
{
    /// <summary>Registered and active.</summary>
    Active,
    /// <summary>Registration submitted, registry has not confirmed yet.</summary>
    PendingRegistration,
    /// <summary>Transfer submitted, not completed yet.</summary>
    PendingTransfer,
    /// <summary>Any other state (cancelled, expired, fraud, ...): not synced.</summary>
    Other,
}

/// <summary>One domain to sync.</summary>
/// <param name="Domain">The domain (ASCII form as submitted).</param>
/// <param name="State">Its state in the application's records.</param>
/// <param name="SubmittedAt">
/// When the registration or transfer was sent, if the application knows. A pending registration the
/// registrar does not show yet is reported as still pending, not as cancelled, until
/// <see cref="RegistrarOptions.UnseenRegistrationGrace"/> has passed since then: a registrar that was
/// still working when the reply was lost may record it late.
/// </param>
public sealed record DomainSyncItem(string Domain, LocalDomainState State, DateTimeOffset? SubmittedAt = null);

/// <summary>What a domain sync found.</summary>
public enum DomainSyncStatus
{
    /// <summary>Active at the registrar (see the expiry date).</summary>
    Active,
    /// <summary>Still pending (registration awaiting the registry, transfer awaiting approval).</summary>
    Pending,
    /// <summary>No longer registered (deleted, expired, registration or transfer refused).</summary>
    Cancelled,
    /// <summary>Registered, but no longer with this account: transferred to another registrar.</summary>
    TransferredAway,
    /// <summary>The registrar could not answer; try again at the next sync.</summary>
    Error,
}

/// <summary>The result of syncing one domain.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Status">What the sync found.</param>
/// <param name="ExpiresOn">Expiry date, for active domains.</param>
/// <param name="Message">A readable explanation.</param>
/// <param name="RegistrarCode">The registrar's code of the deciding reply, if any.</param>
/// <param name="RegistrarDescription">The registrar's description of the deciding reply, if any.</param>
public sealed record DomainSyncResult(string Domain, DomainSyncStatus Status, DateOnly? ExpiresOn, string Message,
    int? RegistrarCode = null, string? RegistrarDescription = null)
{
    /// <summary>How <see cref="MessageIn"/> words the message in other languages; null for a fixed message.</summary>
    internal OutcomeText? Text { get; init; }

    /// <summary>The explanation in <paramref name="language"/> (en, de, fr, ar; English for any other).</summary>
    public string MessageIn(string? language) => Text?.Render(language) ?? Message;

    internal static DomainSyncResult Worded(string domain, DomainSyncStatus status, DateOnly? expiresOn, OutcomeText text,
        int? registrarCode = null, string? registrarDescription = null) =>
        new(domain, status, expiresOn, text.Render("en"), registrarCode, registrarDescription) { Text = text };
}

/// <summary>What a transfer sync found.</summary>
public enum TransferSyncStatus
{
    /// <summary>The transfer completed; the domain is in the account (see the expiry date).</summary>
    Completed,
    /// <summary>The transfer failed (see the reason).</summary>
    Failed,
    /// <summary>Still waiting.</summary>
    Pending,
    /// <summary>The registrar could not answer; try again later.</summary>
    Error,
}

/// <summary>The result of syncing one transfer.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Status">Completed, failed, pending or error.</param>
/// <param name="ExpiresOn">Expiry date after a completed transfer.</param>
/// <param name="Reason">Why it failed, or a readable explanation.</param>
/// <param name="RegistrarCode">The registrar's code of the deciding reply, if any.</param>
/// <param name="RegistrarDescription">The registrar's description of the deciding reply, if any.</param>
public sealed record TransferSyncResult(string Domain, TransferSyncStatus Status, DateOnly? ExpiresOn, string Reason,
    int? RegistrarCode = null, string? RegistrarDescription = null)
{
    /// <summary>How <see cref="ReasonIn"/> words the reason in other languages; null when it is the registrar's own wording.</summary>
    internal OutcomeText? Text { get; init; }

    /// <summary>
    /// The reason or explanation in <paramref name="language"/> (en, de, fr, ar; English for any other).
    /// A reason the registrar gave (REASON) is shown as the registrar wrote it.
    /// </summary>
    public string ReasonIn(string? language) => Text?.Render(language) ?? Reason;

    internal static TransferSyncResult Worded(string domain, TransferSyncStatus status, DateOnly? expiresOn, OutcomeText text,
        int? registrarCode = null, string? registrarDescription = null) =>
        new(domain, status, expiresOn, text.Render("en"), registrarCode, registrarDescription) { Text = text };
}
