using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Sync;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>Validate → submit → sync against the sandbox over loopback HTTP.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Register_SynchronousTld_IsActiveAndCharged()
    {
        await using var h = await SandboxHarness.StartAsync();

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("example.test", years: 2));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal(200, outcome.RegistrarCode);
        Assert.Equal(new DateOnly(2028, 11, 23), outcome.ExpiresOn);
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("example.test"));
        Assert.Equal(980m, h.Sandbox.Registry.Balance);

        var sync = await h.Client.SyncDomainsAsync([new DomainSyncItem("example.test", LocalDomainState.Active)]);
        var result = Assert.Single(sync);
        Assert.Equal(DomainSyncStatus.Active, result.Status);
        Assert.Equal(new DateOnly(2028, 11, 23), result.ExpiresOn);
    }

    [Fact]
    public async Task Register_AsyncTld_PendingThenActiveAfterRegistryConfirms()
    {
        await using var h = await SandboxHarness.StartAsync();

        var outcome = await h.Client.SubmitAsync(TestOrders.Register("waiting.slow"));
        Assert.Equal(OutcomeKind.Pending, outcome.Kind);

        var items = new[] { new DomainSyncItem("waiting.slow", LocalDomainState.PendingRegistration) };
        Assert.Equal(DomainSyncStatus.Pending, Assert.Single(await h.Client.SyncDomainsAsync(items)).Status);

        h.Time.Advance(TimeSpan.FromMinutes(11));
        var after = Assert.Single(await h.Client.SyncDomainsAsync(items));
        Assert.Equal(DomainSyncStatus.Active, after.Status);
        Assert.Equal(new DateOnly(2027, 11, 23), after.ExpiresOn);
    }

    [Fact]
    public async Task Transfer_PendingThenCompletedWithExpiry()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.Registry.AddForeignDomain("moving.plain", "Secret-1", new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var outcome = await h.Client.SubmitAsync(TestOrders.Transfer("moving.plain", "Secret-1"));
        Assert.Equal(OutcomeKind.Pending, outcome.Kind);

        Assert.Equal(TransferSyncStatus.Pending, (await h.Client.SyncTransferAsync("moving.plain")).Status);
        var domainSync = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("moving.plain", LocalDomainState.PendingTransfer)]));
        Assert.Equal(DomainSyncStatus.Pending, domainSync.Status);

        h.Time.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        var done = Assert.Single(await h.Client.SyncTransfersAsync(["moving.plain"]));
        Assert.Equal(TransferSyncStatus.Completed, done.Status);
        Assert.Equal(new DateOnly(2028, 3, 1), done.ExpiresOn); // transfer adds the year
    }

    [Fact]
    public async Task Transfer_RejectedByLosingRegistrar_FailsWithReasonAndRefund()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.Registry.AddForeignDomain("stuck.plain", "Secret-2");

        Assert.Equal(OutcomeKind.Pending, (await h.Client.SubmitAsync(TestOrders.Transfer("stuck.plain", "Secret-2"))).Kind);
        Assert.True(h.Sandbox.Registry.RejectTransfer("stuck.plain", "The domain owner refused the transfer."));

        var result = await h.Client.SyncTransferAsync("stuck.plain");
        Assert.Equal(TransferSyncStatus.Failed, result.Status);
        Assert.Equal("The domain owner refused the transfer.", result.Reason);
        Assert.Equal(1000m, h.Sandbox.Registry.Balance);

        var domainSync = Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("stuck.plain", LocalDomainState.PendingTransfer)]));
        Assert.Equal(DomainSyncStatus.Cancelled, domainSync.Status);
    }

    [Fact]
    public async Task CancelTransfer_StopsAPendingTransfer()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.Registry.AddForeignDomain("undo.plain", "Secret-3");
        Assert.Equal(OutcomeKind.Pending, (await h.Client.SubmitAsync(TestOrders.Transfer("undo.plain", "Secret-3"))).Kind);

        var cancel = await h.Client.CancelTransferAsync("undo.plain");

        Assert.Equal(OutcomeKind.Success, cancel.Kind);
        Assert.Equal(TransferSyncStatus.Failed, (await h.Client.SyncTransferAsync("undo.plain")).Status);
    }

    [Fact]
    public async Task Renew_Restore_OwnerChange_AndDomainSyncStates()
    {
        await using var h = await SandboxHarness.StartAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("keep.plain"))).Kind);

        var renew = await h.Client.SubmitAsync(TestOrders.Renew("keep.plain", new DateOnly(2027, 11, 23), 2));
        Assert.Equal(OutcomeKind.Success, renew.Kind);
        Assert.Equal(new DateOnly(2029, 11, 23), renew.ExpiresOn);

        var trade = await h.Client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.OwnerChange,
            Domain = "keep.plain",
            Contacts = new Orders.ContactSet { Registrant = TestOrders.Person("new.owner@example.org") },
        });
        Assert.Equal(OutcomeKind.Success, trade.Kind);
        var status = await h.Client.GetDomainStatusAsync("keep.plain");
        Assert.Equal(RegistrarDomainState.Active, status.State);
        Assert.NotNull(status.OwnerContact);

        // Deleted → restore brings it back.
        var delete = await h.Client.Transport.SendAsync(new Wire.RegistrarCommand("DeleteDomain", false).Add("DOMAIN", "keep.plain"));
        Assert.Equal(200, delete.Response!.Code);
        Assert.Equal(DomainSyncStatus.Cancelled, Assert.Single(await h.Client.SyncDomainsAsync([new DomainSyncItem("keep.plain", LocalDomainState.Active)])).Status);
        // RESTOREDOMAIN.md: a successful restore carries PENDING = 1; the sandbox's registry completes it at once.
        Assert.Equal(OutcomeKind.Pending, (await h.Client.RestoreAsync("keep.plain")).Kind);
        Assert.Equal(RegistrarDomainState.Active, (await h.Client.GetDomainStatusAsync("keep.plain")).State);

        // Transferred away and purged domains.
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("leaving.plain"))).Kind);
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("gone.plain"))).Kind);
        h.Sandbox.Registry.TransferAway("leaving.plain");
        h.Sandbox.Registry.Purge("gone.plain");

        var results = await h.Client.SyncDomainsAsync(
        [
            new DomainSyncItem("keep.plain", LocalDomainState.Active),
            new DomainSyncItem("leaving.plain", LocalDomainState.Active),
            new DomainSyncItem("gone.plain", LocalDomainState.Active),
            new DomainSyncItem("ignored.plain", LocalDomainState.Other),
        ], batchSize: 2);
        Assert.Equal(3, results.Count);
        Assert.Equal(DomainSyncStatus.Active, results[0].Status);
        Assert.Equal(DomainSyncStatus.TransferredAway, results[1].Status);
        Assert.Equal(DomainSyncStatus.Cancelled, results[2].Status);
    }

    [Fact]
    public async Task Queries_Availability_Balance_Contacts()
    {
        await using var h = await SandboxHarness.StartAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("mine.plain"))).Kind);

        var names = Enumerable.Range(0, 40).Select(i => $"free{i}.plain").Concat(["mine.plain", "taken-one.test", "bad_name.plain", "x.unknown", "ok.notoffered"]).ToList();
        var check = await h.Client.CheckAvailabilityAsync(names);
        Assert.Equal(names.Count, check.Count);
        Assert.All(check.Take(40), r => Assert.Equal(Availability.Available, r.Status));
        Assert.Equal(Availability.Taken, check[40].Status);
        Assert.Equal(Availability.Taken, check[41].Status);
        Assert.Equal(Availability.Invalid, check[42].Status);
        Assert.Equal(Availability.TldNotSupported, check[43].Status);
        Assert.Equal(Availability.TldNotSupported, check[44].Status);
        Assert.Equal(2, h.Sandbox.Requests.Count(r => r.Command == "CheckDomains")); // 44 names sent in batches of 32

        var balance = await h.Client.GetAccountBalanceAsync();
        Assert.Equal(OutcomeKind.Success, balance.Outcome.Kind);
        Assert.Equal(990m, balance.Amount);
        Assert.Equal("USD", balance.Currency);
        Assert.Equal(OutcomeKind.Success, (await h.Client.TestConnectionAsync()).Kind);

        var contacts = await h.Client.ListContactsAsync();
        var contact = Assert.Single(contacts.Contacts);
        Assert.Equal("Jane Doe", contact.Name);
        Assert.Equal("jane@example.com", contact.Email);
    }
}
