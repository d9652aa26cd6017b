using System.Collections.Concurrent;
using System.Diagnostics;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;
using Xunit.Abstractions;

namespace TldToolkit.Client.Tests;

/// <summary>Timing-sensitive tests run alone, not next to the other test classes.</summary>
[CollectionDefinition(nameof(FaultInjectionCollection), DisableParallelization = true)]
public sealed class FaultInjectionCollection;

[Collection(nameof(FaultInjectionCollection))]
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LostReplyOfAddDomain_IsResolvedByStatus_NeverBySendingAgain()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);

        faults.Next(FaultKind.DropReplyAfterCommit);
        var dropped = await h.Client.SubmitAsync(TestOrders.Register("dropped.plain"));
        faults.Next(FaultKind.ConnectionReset);
        var reset = await h.Client.SubmitAsync(TestOrders.Register("reset.plain"));
        faults.Next(FaultKind.ServerErrorAfterCommit);
        var after = await h.Client.SubmitAsync(TestOrders.Register("after.slow"));
        faults.Next(FaultKind.GarbageReply);
        var garbage = await h.Client.SubmitAsync(TestOrders.Register("garbage.plain"));

        Assert.Equal(OutcomeKind.Success, dropped.Kind);
        Assert.True(dropped.ResolvedAfterLostReply);
        Assert.Equal(OutcomeKind.TemporaryFailure, reset.Kind);
        Assert.True(reset.ResolvedAfterLostReply);
        Assert.Equal(OutcomeKind.Pending, after.Kind);
        Assert.Equal(OutcomeKind.Success, garbage.Kind);
        foreach (var name in new[] { "dropped.plain", "reset.plain", "after.slow", "garbage.plain" })
            Assert.Equal(1, h.Sandbox.Requests.Count(r => r.Command == "AddDomain" && r.Domain == name));
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("reset.plain"));
    }

    [Fact]
    public async Task LostRepliesOfTransferRenewAndTrade_AreResolvedByLookUps()
    {
        var faults = new FaultInjection { AppliesTo = c => c is "TransferDomain" or "RenewDomain" or "TradeDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        h.Sandbox.Registry.AddForeignDomain("incoming.plain", "Code-1");
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("owned.plain"))).Kind);

        faults.Next(FaultKind.DropReplyAfterCommit);
        var transfer = await h.Client.SubmitAsync(TestOrders.Transfer("incoming.plain", "Code-1"));
        Assert.Equal(OutcomeKind.Pending, transfer.Kind);
        Assert.True(transfer.ResolvedAfterLostReply);

        faults.Next(FaultKind.ServerErrorAfterCommit);
        var renew = await h.Client.SubmitAsync(TestOrders.Renew("owned.plain", new DateOnly(2027, 11, 23), 2));
        Assert.Equal(OutcomeKind.Success, renew.Kind);
        Assert.Equal(new DateOnly(2029, 11, 23), renew.ExpiresOn);

        faults.Next(FaultKind.ConnectionReset);
        var renewAgain = await h.Client.SubmitAsync(TestOrders.Renew("owned.plain", new DateOnly(2029, 11, 23)));
        Assert.Equal(OutcomeKind.TemporaryFailure, renewAgain.Kind); // not executed: expiry did not move

        faults.Next(FaultKind.DropReplyAfterCommit);
        var trade = await h.Client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.OwnerChange,
            Domain = "owned.plain",
            Contacts = new Orders.ContactSet { Registrant = TestOrders.Person("buyer@example.org") },
        });
        Assert.Equal(OutcomeKind.Success, trade.Kind);
        Assert.True(trade.ResolvedAfterLostReply);

        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.TransferRequested));
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Trade));
        Assert.Equal(1, h.Sandbox.Requests.Count(r => r.Command == "TransferDomain"));
        Assert.Equal(2, h.Sandbox.Requests.Count(r => r.Command == "RenewDomain"));
    }

    [Fact]
    public async Task LostRepliesOfPayDomainRenewal_AreResolvedByThePaidUntilDate_NeverBySendingAgain()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "PayDomainRenewal" };
        await using var h = await SandboxHarness.StartBuiltInAsync(faults: faults);
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.DeRegister("fußball.de"))).Kind);
        h.Time.Advance(TimeSpan.FromDays(320));                           // 2027-10-09: inside the 61-day window
        var order = new Orders.DomainOrder { Operation = Orders.DomainOperation.Renew, Domain = "fußball.de", Years = 1, ExpiresOn = new DateOnly(2027, 11, 23) };

        faults.Next(FaultKind.ConnectionReset);
        var reset = await h.Client.SubmitAsync(order);
        Assert.Equal(OutcomeKind.TemporaryFailure, reset.Kind);          // not executed: the paid-until date did not move
        Assert.True(reset.ResolvedAfterLostReply);

        faults.Next(FaultKind.ServerErrorAfterCommit);
        var paid = await h.Client.SubmitAsync(order);
        Assert.Equal(OutcomeKind.Success, paid.Kind);
        Assert.True(paid.ResolvedAfterLostReply);
        Assert.Equal(new DateOnly(2028, 11, 23), paid.ExpiresOn);

        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
        Assert.Equal(2, h.Sandbox.Requests.Count(r => r.Command == "PayDomainRenewal")); // one per order, never repeated
        Assert.DoesNotContain(h.Sandbox.Requests, r => r.Command == "RenewDomain");
    }

    [Fact]
    public async Task SlowReplyOfAddDomain_TimesOutAndIsResolvedByStatus()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain", Delay = TimeSpan.FromSeconds(4) };
        await using var h = await SandboxHarness.StartAsync(faults: faults, configure: o => o.Timeout = TimeSpan.FromSeconds(1.5));
        faults.Next(FaultKind.SlowReply);

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("slowreply.plain"));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.True(outcome.ResolvedAfterLostReply);
        Assert.Contains("timed out", outcome.Detail);
        Assert.Equal(1, h.Sandbox.Requests.Count(r => r.Command == "AddDomain"));
    }

    [Fact]
    public async Task ThousandSubmissionsUnderFaults_EachEndsInOneDefiniteState()
    {
        const int orders = 1000;
        var faults = new FaultInjection { Delay = TimeSpan.FromSeconds(1.5) }
            .WithSeed(20261123)
            .WithProbability(FaultKind.DropReplyAfterCommit, 0.05)
            .WithProbability(FaultKind.ServerErrorBeforeCommit, 0.03)
            .WithProbability(FaultKind.ServerErrorAfterCommit, 0.03)
            .WithProbability(FaultKind.SlowReply, 0.02)
            .WithProbability(FaultKind.ConnectionReset, 0.03)
            .WithProbability(FaultKind.GarbageReply, 0.02);
        await using var h = await SandboxHarness.StartAsync(faults: faults, balance: 1_000_000m, configure: o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1);
            o.QueryAttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.QueryRetries = 4;
            o.QueryRetryDelay = TimeSpan.FromMilliseconds(5);
            o.LostReplyLookups = 8;
            o.LostReplyLookupDelay = TimeSpan.FromMilliseconds(20);
        });

        var watch = Stopwatch.StartNew();
        var outcomes = new ConcurrentDictionary<string, RegistrarOutcome>();
        var names = Enumerable.Range(0, orders).Select(i => i % 10 == 0 ? $"order{i:0000}.slow" : $"order{i:0000}.plain").ToList();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 24 }, async (name, ct) =>
            outcomes[name] = await h.Client.SubmitAsync(TestOrders.Register(name), ct));
        watch.Stop();

        var requests = h.Sandbox.Requests;
        var addDomainsPerName = requests.Where(r => r.Command == "AddDomain").GroupBy(r => r.Domain!).ToDictionary(g => g.Key, g => g.Count());
        var tally = outcomes.Values.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count());
        int resolved = outcomes.Values.Count(o => o.ResolvedAfterLostReply);
        int resolvedRegistered = outcomes.Values.Count(o => o.ResolvedAfterLostReply && o.IsAccepted);

        output.WriteLine($"{orders} submissions in {watch.Elapsed.TotalSeconds:0.0} s, {requests.Count} requests at the sandbox");
        output.WriteLine("faults injected: " + string.Join(", ", faults.Injected.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        output.WriteLine("faults on AddDomain: " + string.Join(", ", requests.Where(r => r.Command == "AddDomain" && r.Fault != FaultKind.None)
            .GroupBy(r => r.Fault).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
        output.WriteLine("outcomes: " + string.Join(", ", tally.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        output.WriteLine($"lost replies settled by look-up: {resolved} ({resolvedRegistered} registered, {resolved - resolvedRegistered} not executed)");
        output.WriteLine($"ledger registrations: {h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Register)}");

        Assert.Equal(orders, outcomes.Count);                                   // none lost
        Assert.DoesNotContain(OutcomeKind.Unconfirmed, tally.Keys);             // every one definite
        foreach (var name in names)
        {
            var outcome = outcomes[name];
            int registered = h.Sandbox.Registry.RegistrationCount(name);
            Assert.True(registered <= 1, $"{name} registered {registered} times");            // never twice
            Assert.True(addDomainsPerName.GetValueOrDefault(name) <= 1, $"{name}: AddDomain sent {addDomainsPerName.GetValueOrDefault(name)} times");
            if (outcome.IsAccepted)
                Assert.Equal(1, registered);                                    // accepted ⇔ in the ledger
            else
            {
                Assert.Equal(0, registered);
                Assert.Contains(outcome.Kind, new[] { OutcomeKind.TemporaryFailure, OutcomeKind.ProtocolError });
            }
            if (outcome.Kind == OutcomeKind.Pending) Assert.EndsWith(".slow", name);
        }
        Assert.True(faults.Injected.Values.Sum() > 100, "faults were injected");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
