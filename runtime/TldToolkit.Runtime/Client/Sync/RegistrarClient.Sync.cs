using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Client.Sync;
using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;

namespace TldToolkit.Client;

public sealed partial class RegistrarClient
{
    /// <summary>How many StatusDomain queries of one sync batch run at the same time.</summary>
    private const int SyncParallelism = 4;

    /// <summary>
    /// Syncs domains in batches (default <see cref="DefaultSyncBatchSize"/>). Only domains whose local
    /// state is Active, PendingRegistration or PendingTransfer are asked about; others are skipped
    /// (no result). Per domain: active (with expiry date), pending, cancelled, transferred away, or an
    /// error. A domain no longer in the account is told apart by a CheckDomains of the batch: still
    /// registered → transferred away, free → cancelled.
    /// </summary>
    public async Task<IReadOnlyList<DomainSyncResult>> SyncDomainsAsync(IEnumerable<DomainSyncItem> domains, int batchSize = DefaultSyncBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var results = new List<DomainSyncResult>();
        foreach (var batch in domains.Where(d => d is not null && d.State != LocalDomainState.Other).Chunk(batchSize))
            results.AddRange(await SyncBatchAsync(batch, cancellationToken).ConfigureAwait(false));
        return results;
    }

    /// <summary>Like <see cref="SyncDomainsAsync"/>, yielding each batch's results as it completes.</summary>
    public async IAsyncEnumerable<IReadOnlyList<DomainSyncResult>> SyncDomainBatchesAsync(IEnumerable<DomainSyncItem> domains, int batchSize = DefaultSyncBatchSize,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var batch in domains.Where(d => d is not null && d.State != LocalDomainState.Other).Chunk(batchSize))
            yield return await SyncBatchAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DomainSyncResult[]> SyncBatchAsync(DomainSyncItem[] batch, CancellationToken ct)
    {
        var results = new DomainSyncResult?[batch.Length];
        var statuses = new DomainStatusResult[batch.Length];
        await Parallel.ForAsync(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = SyncParallelism, CancellationToken = ct },
            async (i, token) => statuses[i] = await StatusAsync(Normalize(batch[i].Domain), token).ConfigureAwait(false)).ConfigureAwait(false);

        var gone = new List<int>();
        for (int i = 0; i < batch.Length; i++)
        {
            var item = batch[i];
            var domain = Normalize(item.Domain);
            var s = statuses[i];
            var code = s.Outcome.RegistrarCode;
            var description = s.Outcome.RegistrarDescription;
            switch (s.State)
            {
                case RegistrarDomainState.Active:
                    results[i] = DomainSyncResult.Worded(domain, DomainSyncStatus.Active, s.ExpiresOn, new OutcomeText(OutcomeKeys.SyncActive, domain), code, description);
                    break;
                case RegistrarDomainState.Pending:
                    results[i] = DomainSyncResult.Worded(domain, DomainSyncStatus.Pending, s.ExpiresOn, new OutcomeText(OutcomeKeys.SyncPending, domain), code, description);
                    break;
                case RegistrarDomainState.Deleted:
                    results[i] = DomainSyncResult.Worded(domain, DomainSyncStatus.Cancelled, s.ExpiresOn,
                        new OutcomeText(OutcomeKeys.SyncDeleted, domain) { Description = string.Join(", ", s.Status) }, code, description);
                    break;
                case RegistrarDomainState.NotFound when item.State == LocalDomainState.PendingTransfer:
                    var transfer = await SyncTransferAsync(domain, ct).ConfigureAwait(false);
                    results[i] = transfer.Status switch
                    {
                        TransferSyncStatus.Completed => FromTransfer(transfer, DomainSyncStatus.Active),
                        TransferSyncStatus.Pending => FromTransfer(transfer, DomainSyncStatus.Pending),
                        TransferSyncStatus.Failed => FromTransfer(transfer, DomainSyncStatus.Cancelled),
                        _ => FromTransfer(transfer, DomainSyncStatus.Error),
                    };
                    break;
                case RegistrarDomainState.NotFound:
                    gone.Add(i);
                    break;
                default:
                    results[i] = new DomainSyncResult(domain, DomainSyncStatus.Error, null, s.Outcome.Message, code, description ?? s.Outcome.Detail) { Text = s.Outcome.Text };
                    break;
            }
        }

        if (gone.Count > 0)
        {
            var wire = new RegistrarCommand("CheckDomains", idempotent: true);
            for (int j = 0; j < gone.Count; j++) wire.Add("DOMAIN" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), Normalize(batch[gone[j]].Domain));
            var reply = await SendQueryAsync(wire, ct).ConfigureAwait(false);
            for (int j = 0; j < gone.Count; j++)
            {
                int i = gone[j];
                var domain = Normalize(batch[i].Domain);
                var check = reply.IsAnswered && reply.Response.IsSuccess ? reply.Response.Property("DOMAINCHECK", j) : null;
                var registered = check is null ? null : DomainCheck.Parse(check).IsRegistered;
                int code = check is null ? 0 : DomainCheck.Parse(check).Code;
                results[i] = registered switch
                {
                    true => DomainSyncResult.Worded(domain, DomainSyncStatus.TransferredAway, null, new OutcomeText(OutcomeKeys.SyncTransferredAway, domain), code, check),
                    false when IsWithinGrace(batch[i]) =>
                        DomainSyncResult.Worded(domain, DomainSyncStatus.Pending, null, new OutcomeText(OutcomeKeys.SyncNotVisibleYet, domain), code, check),
                    false => DomainSyncResult.Worded(domain, DomainSyncStatus.Cancelled, null,
                            new OutcomeText(batch[i].State == LocalDomainState.PendingRegistration ? OutcomeKeys.SyncRegistrationNotCompleted : OutcomeKeys.SyncNoLongerRegistered, domain),
                            code, check),
                    _ => DomainSyncResult.Worded(domain, DomainSyncStatus.Error, null, new OutcomeText(OutcomeKeys.SyncUnchecked, domain),
                        reply.Response?.Code, reply.Response?.Description ?? reply.Detail),
                };
            }
        }
        return results.Select(r => r!).ToArray();
    }

    private static DomainSyncResult FromTransfer(TransferSyncResult transfer, DomainSyncStatus status) =>
        new(transfer.Domain, status, transfer.ExpiresOn, transfer.Reason, transfer.RegistrarCode, transfer.RegistrarDescription) { Text = transfer.Text };

    /// <summary>A pending registration submitted so recently that the registrar may not show it yet.</summary>
    private bool IsWithinGrace(DomainSyncItem item) =>
        item.State == LocalDomainState.PendingRegistration
        && item.SubmittedAt is { } submitted
        && Now - submitted < _options.UnseenRegistrationGrace;

    /// <summary>
    /// Syncs transfers in batches: completed (with expiry date), failed (with reason) or still
    /// pending, or an error when the registrar could not answer.
    /// </summary>
    public async Task<IReadOnlyList<TransferSyncResult>> SyncTransfersAsync(IEnumerable<string> domains, int batchSize = DefaultSyncBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var results = new List<TransferSyncResult>();
        foreach (var batch in domains.Where(d => !string.IsNullOrWhiteSpace(d)).Chunk(batchSize))
        {
            var part = new TransferSyncResult[batch.Length];
            await Parallel.ForAsync(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = SyncParallelism, CancellationToken = cancellationToken },
                async (i, token) => part[i] = await SyncTransferAsync(Normalize(batch[i]), token).ConfigureAwait(false)).ConfigureAwait(false);
            results.AddRange(part);
        }
        return results;
    }

    /// <summary>Syncs one transfer (StatusDomainTransfer, then StatusDomain once no transfer is running).</summary>
    public async Task<TransferSyncResult> SyncTransferAsync(string domain, CancellationToken cancellationToken = default)
    {
        domain = Normalize(domain);
        var reply = await SendQueryAsync(new RegistrarCommand("StatusDomainTransfer", idempotent: true).Add("DOMAIN", domain), cancellationToken).ConfigureAwait(false);
        if (!reply.IsAnswered)
            return TransferSyncResult.Worded(domain, TransferSyncStatus.Error, null, new OutcomeText(OutcomeKeys.SyncUnreachable, domain) { Reason = reply.Detail });
        var r = reply.Response;
        if (r.IsSuccess)
        {
            var state = (r.Property("TRANSFERSTATUS") ?? "PENDING").ToUpperInvariant();
            var progress = TransferStatusWords.Classify(state);
            if (progress == TransferProgress.Running)
                return TransferSyncResult.Worded(domain, TransferSyncStatus.Pending, null, new OutcomeText(OutcomeKeys.TransferSyncPending, domain), r.Code, r.Description);
            if (progress == TransferProgress.Failed)
                return r.Property("REASON") is { Length: > 0 } reason
                    ? new TransferSyncResult(domain, TransferSyncStatus.Failed, null, reason, r.Code, r.Description) // the registrar's words, as given
                    : TransferSyncResult.Worded(domain, TransferSyncStatus.Failed, null, new OutcomeText(OutcomeKeys.TransferSyncFailed, domain) { Reason = state }, r.Code, r.Description);
            // SUCCESSFUL / COMPLETED: fall through to read the expiry date.
        }
        else if (r.Code != 545)
        {
            var mapped = ReplyMapper.MapError(r, "StatusDomainTransfer", domain);
            return new TransferSyncResult(domain, TransferSyncStatus.Error, null, mapped.Message, r.Code, r.Description) { Text = mapped.Text };
        }

        var status = await StatusAsync(domain, cancellationToken).ConfigureAwait(false);
        return status.State switch
        {
            RegistrarDomainState.Active or RegistrarDomainState.Pending =>
                TransferSyncResult.Worded(domain, TransferSyncStatus.Completed, status.ExpiresOn, new OutcomeText(OutcomeKeys.TransferSyncComplete, domain), status.Outcome.RegistrarCode, status.Outcome.RegistrarDescription),
            RegistrarDomainState.NotFound =>
                TransferSyncResult.Worded(domain, TransferSyncStatus.Failed, null, new OutcomeText(OutcomeKeys.TransferSyncGone, domain), r.Code, r.Description),
            _ => new TransferSyncResult(domain, TransferSyncStatus.Error, null, status.Outcome.Message, status.Outcome.RegistrarCode, status.Outcome.RegistrarDescription) { Text = status.Outcome.Text },
        };
    }

    private static string Normalize(string domain) => (domain ?? "").Trim().TrimEnd('.').ToLowerInvariant();
}
