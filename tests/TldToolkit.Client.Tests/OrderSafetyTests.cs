using System.Diagnostics;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Sync;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>Cases that could lose or double an order: timeouts, caller cancellation, look-ups that mislead.</summary>
[Collection(nameof(FaultInjectionCollection))]
public sealed class OrderSafetyTests
{
    [Fact]
    public async Task TimeoutWhileTheRegistrarIsStillWorking_IsUnconfirmed_NeverNotExecuted()
    {
        // The registrar takes 2.5 s and keeps going after the client gives up at 1 s. Two look-ups that
        // find nothing yet must not turn into "nothing was done, submit again": that would order twice.
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain", Delay = TimeSpan.FromSeconds(2.5) };
        await using var h = await SandboxHarness.StartAsync(faults: faults, configure: o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1);
            o.LostReplyLookups = 3;
            o.LostReplyLookupDelay = TimeSpan.FromMilliseconds(100);
        });
        faults.Next(FaultKind.SlowCommit);

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("still-working.plain"));

        Assert.Equal(OutcomeKind.Unconfirmed, outcome.Kind);
        Assert.True(outcome.WasSent);
        Assert.Contains("timed out", outcome.Detail);
        Assert.Contains("may still be executing", outcome.Detail);
        Assert.Contains("do not submit it again", outcome.Message);

        var watch = Stopwatch.StartNew();
        while (h.Sandbox.Registry.RegistrationCount("still-working.plain") == 0 && watch.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(50);
        var sync = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("still-working.plain", LocalDomainState.PendingRegistration)]));
        Assert.Equal(DomainSyncStatus.Active, sync.Status);               // the sync settles it
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("still-working.plain"));
        Assert.Equal(1, h.Sandbox.Requests.Count(r => r.Command == "AddDomain"));
    }

    [Fact]
    public async Task ConnectionResetBeforeTheRegistrarSawIt_IsStillNotExecuted()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        faults.Next(FaultKind.ConnectionReset);

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("reset-early.plain"));

        Assert.Equal(OutcomeKind.TemporaryFailure, outcome.Kind);         // not a timeout: two empty look-ups decide
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("reset-early.plain"));
    }

    [Fact]
    public async Task CallerCancelsWhileWaitingForTheReply_GetsUnconfirmed_NotAnException()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain", Delay = TimeSpan.FromSeconds(3) };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        faults.Next(FaultKind.SlowReply);                                 // executes, then is slow to answer
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("impatient.plain"), cts.Token);

        Assert.Equal(OutcomeKind.Unconfirmed, outcome.Kind);
        Assert.True(outcome.WasSent);
        Assert.Contains("cancelled by the caller", outcome.Detail);
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("impatient.plain")); // it did happen: the caller must not forget it
        var sync = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("impatient.plain", LocalDomainState.PendingRegistration)]));
        Assert.Equal(DomainSyncStatus.Active, sync.Status);
    }

    [Fact]
    public async Task CallerCancelledBeforeAnythingWasSent_Throws_AndNothingIsOrdered()
    {
        await using var h = await SandboxHarness.StartAsync();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.SubmitAsync(TestOrders.Register("never.plain"), cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.RestoreAsync("never.plain", cts.Token));

        Assert.Equal(0, h.Sandbox.RequestCount);
    }

    [Fact]
    public async Task LostReplyOfACancelAfterTheTransferCompleted_IsNotReportedAsCancelled()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "TransferDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        h.Sandbox.Registry.AddForeignDomain("too-late.plain", "Code-9");
        Assert.Equal(OutcomeKind.Pending, (await h.Client.SubmitAsync(TestOrders.Transfer("too-late.plain", "Code-9"))).Kind);
        h.Time.Advance(TimeSpan.FromDays(6));                             // the transfer is due: it completes on the next request
        faults.Next(FaultKind.ConnectionReset);                           // the cancel never reaches the books

        var cancel = await h.Client.CancelTransferAsync("too-late.plain");

        Assert.NotEqual(OutcomeKind.Success, cancel.Kind);                // it was not cancelled: the domain is ours and paid for
        Assert.Equal(OutcomeKind.Rejected, cancel.Kind);
        Assert.True(cancel.ResolvedAfterLostReply);
        Assert.Contains("already completed", cancel.Message);
        Assert.Contains(h.Sandbox.Registry.Ledger, e => e.Event == LedgerEvent.TransferCompleted && e.Domain == "too-late.plain");
        Assert.DoesNotContain(h.Sandbox.Registry.Ledger, e => e.Event == LedgerEvent.TransferRefunded);
    }

    [Fact]
    public async Task LostReplyOfATransfer_AnEarlierFailedAttemptIsNotTakenForThisOne()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "TransferDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        h.Sandbox.Registry.AddForeignDomain("second-try.plain", "Code-5");
        Assert.Equal(OutcomeKind.Pending, (await h.Client.SubmitAsync(TestOrders.Transfer("second-try.plain", "Code-5"))).Kind);
        Assert.True(h.Sandbox.Registry.RejectTransfer("second-try.plain", "The owner said no last week."));
        faults.Next(FaultKind.ConnectionReset);                           // the second attempt is never executed

        var again = await h.Client.SubmitAsync(TestOrders.Transfer("second-try.plain", "Code-5"));

        Assert.Equal(OutcomeKind.TemporaryFailure, again.Kind);           // nothing happened: safe to submit again
        Assert.DoesNotContain("owner said no", again.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.TransferRequested));
    }

    [Fact]
    public async Task LostReplyOfARegistrationOfADomainAlreadyInTheAccount_IsNotReportedAsSuccess()
    {
        // The registrar's answer would have been "not available"; the reply is lost and the look-up finds
        // the domain, active, in our account. It was created an hour earlier, so this order did nothing.
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("mine-already.plain"))).Kind);
        h.Time.Advance(TimeSpan.FromHours(1));
        faults.Next(FaultKind.DropReplyAfterCommit);

        var again = await h.Client.SubmitAsync(TestOrders.Register("mine-already.plain"));

        Assert.Equal(OutcomeKind.DomainNotAvailable, again.Kind);
        Assert.False(again.IsAccepted);
        Assert.True(again.ResolvedAfterLostReply);
        Assert.Contains("already in your account", again.Message);
        Assert.Contains("schon vor diesem Auftrag", again.MessageIn("de"));
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("mine-already.plain"));
        Assert.Equal(2, h.Sandbox.Requests.Count(r => r.Command == "AddDomain"));
    }

    [Fact]
    public async Task LostReplyOfAFreshRegistration_WithinTheClockSkew_IsStillSuccess()
    {
        // Created "now" by the registrar's clock, which may run a little ahead or behind ours.
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults, configure: o => o.RegistrarClockSkew = TimeSpan.FromMinutes(2));
        faults.Next(FaultKind.DropReplyAfterCommit);

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("fresh.plain"));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.True(outcome.ResolvedAfterLostReply);
    }

    [Fact]
    public async Task RepeatedPayDomainRenewal_IsNotSent_WhenThePaidUntilDateAlreadyCoversIt()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.DeRegister("doppelklick.de"))).Kind);
        h.Time.Advance(TimeSpan.FromDays(320));                           // inside .de's 61-day window
        var order = new Orders.DomainOrder { Operation = Orders.DomainOperation.Renew, Domain = "doppelklick.de", Years = 1, ExpiresOn = new DateOnly(2027, 11, 23) };

        var first = await h.Client.SubmitAsync(order);
        var repeat = await h.Client.SubmitAsync(order);                   // the customer clicked twice

        Assert.Equal(OutcomeKind.Success, first.Kind);
        Assert.Equal(OutcomeKind.Rejected, repeat.Kind);
        Assert.False(repeat.WasSent);
        Assert.Equal(new DateOnly(2028, 11, 23), repeat.ExpiresOn);
        Assert.Contains("already renewed", repeat.Message);
        Assert.Equal(1, h.Sandbox.Requests.Count(r => r.Command == "PayDomainRenewal"));
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
    }

    [Fact]
    public async Task PayDomainRenewal_IsNotSentBlind_WhenThePaidUntilDateCannotBeRead()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "StatusDomain" };
        await using var h = await SandboxHarness.StartBuiltInAsync(faults: faults, configure: o => o.QueryRetries = 0);
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.DeRegister("blind.de"))).Kind);
        h.Time.Advance(TimeSpan.FromDays(320));
        faults.Next(FaultKind.GarbageReply);

        var outcome = await h.Client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.Renew, Domain = "blind.de", Years = 1, ExpiresOn = new DateOnly(2027, 11, 23),
        });

        Assert.False(outcome.IsAccepted);
        Assert.False(outcome.WasSent);
        Assert.Equal("PayDomainRenewal", outcome.Command);
        Assert.Contains("was not sent", outcome.Detail);
        Assert.DoesNotContain(h.Sandbox.Requests, r => r.Command == "PayDomainRenewal");
    }

    [Fact]
    public async Task SyncOfAPendingRegistrationTheRegistrarDoesNotShowYet_StaysPendingWithinTheGrace()
    {
        await using var h = await SandboxHarness.StartAsync(configure: o => o.UnseenRegistrationGrace = TimeSpan.FromMinutes(30));
        var submitted = h.Time.GetUtcNow();
        h.Time.Advance(TimeSpan.FromMinutes(10));

        var early = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("late-record.plain", LocalDomainState.PendingRegistration, submitted)]));
        var unknownTime = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("late-record.plain", LocalDomainState.PendingRegistration)]));
        h.Time.Advance(TimeSpan.FromMinutes(25));
        var late = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("late-record.plain", LocalDomainState.PendingRegistration, submitted)]));

        Assert.Equal(DomainSyncStatus.Pending, early.Status);              // 10 minutes: the registrar may still record it
        Assert.Contains("not visible at the registrar yet", early.Message);
        Assert.Equal(DomainSyncStatus.Cancelled, unknownTime.Status);      // no submission time: as before
        Assert.Equal(DomainSyncStatus.Cancelled, late.Status);             // 35 minutes: it did not happen
    }
}
