using TldToolkit.Orders;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>Incoming transfers: TransferDomain (REQUEST, CANCEL) and StatusDomainTransfer (TRANSFERDOMAIN.md, TRANSFER/STATUSDOMAINTRANSFER.md).</summary>
public sealed partial class SandboxRegistry
{
    private SandboxReply TransferDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        var rules = def!.Rules;
        if (!rules.Transfer.Supported) return Replies.NotSupportedForClass("transfers are not supported for this TLD");
        var domain = Foreign(name);
        if (domain is null) return Replies.Failed("domain is not registered");
        if (domain.InAccount) return Replies.AlreadyInAccount;
        if (_transfers.TryGetValue(name, out var existing) && existing.State == SandboxTransferState.Pending)
            return Replies.AlreadyFlaggedForTransfer;
        var auth = p.GetValueOrDefault("AUTH");
        if (string.IsNullOrEmpty(auth)) { if (rules.Transfer.AuthCodeRequired || domain.AuthCode.Length > 0) return Replies.Missing("AUTH"); }
        else if (!string.Equals(auth, domain.AuthCode, StringComparison.Ordinal)) return Replies.WrongAuth;
        if (CheckPeriod(p, rules.Terms.Transfer, required: false, out var years) is { } badPeriod) return badPeriod;
        if (CheckContactHandle(p, "OWNERCONTACT0", false, out var owner) is { } badOwner) return badOwner;
        if (CheckRegistryParameters(p, def, DomainOperation.Transfer, owner) is { } badField) return badField;
        var price = _options.TransferPrice * Math.Max(1, years);
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return Replies.TryAgain;

        _domains.TryAdd(name, domain);
        _transfers[name] = new SandboxTransfer
        {
            Domain = name,
            State = SandboxTransferState.Pending,
            RequestedAt = Now,
            CompleteAt = Now + _options.TransferDelay,
            Years = years,
            Charged = price,
            FailWith = auth is not null && auth.StartsWith("reject", StringComparison.OrdinalIgnoreCase) ? "The losing registrar rejected the transfer." : null,
        };
        if (owner is not null) domain.Owner = owner;
        _balance -= price;
        AddLedger(LedgerEvent.TransferRequested, name, price);
        return Replies.Pending("domain transfer initiated");
    }

    private SandboxReply CancelTransfer(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_transfers.TryGetValue(name, out var t) || t.State != SandboxTransferState.Pending)
            return Replies.NotFlaggedForTransfer;
        if (!mayCommit()) return Replies.TryAgain;
        t.State = SandboxTransferState.Cancelled;
        t.Reason = "Cancelled by the gaining registrar.";
        _balance += t.Charged;
        AddLedger(LedgerEvent.TransferRefunded, name, -t.Charged);
        return Replies.Ok();
    }

    /// <summary>
    /// StatusDomainTransfer: TRANSFERSTATUS, TRANSFERTYPE, CREATEDDATE, UPDATEDDATE and the TRANSFERLOG.
    /// A failed transfer stays visible (TRANSFERSTATUS FAILED, with REASON) until the next request, so a
    /// sync can tell the customer why; completed and cancelled ones are gone (545).
    /// </summary>
    private SandboxReply StatusDomainTransfer(IReadOnlyDictionary<string, string> p)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_transfers.TryGetValue(name, out var t) || t.State is SandboxTransferState.Completed or SandboxTransferState.Cancelled) return Replies.NotFound("DOMAIN");
        var requested = Replies.Date(t.RequestedAt ?? t.CompleteAt - _options.TransferDelay);
        var log = new List<string> { requested + " [INITIATED] domain transfer initiated" };
        var props = new List<KeyValuePair<string, IReadOnlyList<string>>>
        {
            Replies.Prop("CREATEDDATE", requested),
            Replies.Prop("DOMAIN", name),
            Replies.Prop("TRANSFERSTATUS", t.State == SandboxTransferState.Pending ? "PENDING" : "FAILED"),
            Replies.Prop("TRANSFERTYPE", "INCOMING"),
            Replies.Prop("UPDATEDDATE", t.State == SandboxTransferState.Pending ? requested : Replies.Date(t.CompleteAt)),
        };
        if (t.State == SandboxTransferState.Failed)
        {
            log.Add(Replies.Date(t.CompleteAt) + " [FAILED] " + (t.Reason ?? "failed"));
            props.Add(Replies.Prop("REASON", t.Reason ?? "failed"));
        }
        props.Add(Replies.Prop("TRANSFERLOG", [.. log]));
        return new SandboxReply(200, Replies.Completed, props);
    }
}
