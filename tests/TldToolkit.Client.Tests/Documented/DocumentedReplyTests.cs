using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Client.Wire;

namespace TldToolkit.Client.Tests.Documented;

/// <summary>The client reading the replies the HEXONET documentation shows (<see cref="DocumentedReplies"/>), not the sandbox's.</summary>
public sealed class DocumentedReplyTests
{
    private static RegistrarClient Client(ScriptedTransport transport) => new(TestTlds.ClientCatalog(), transport);

    [Fact]
    public async Task AddDomain_Example_IsARegistration_WithItsExpiry()
    {
        var transport = new ScriptedTransport(("AddContact", DocumentedReplies.AddContact), ("AddDomain", DocumentedReplies.AddDomain));
        var outcome = await Client(transport).SubmitAsync(TestOrders.Register("doc.plain", years: 2));
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal(new DateOnly(2018, 11, 20), outcome.ExpiresOn);
        var add = transport.Sent.Single(c => c.Name == "AddDomain");
        Assert.Equal("P-TCN1378880", add.Get("OWNERCONTACT0"));
        Assert.Equal("2Y", add.Get("PERIOD"));
    }

    [Theory]
    [InlineData(DocumentedReplies.AddDomainPending)]
    [InlineData(DocumentedReplies.AddDomainPendingActive)] // PENDING = 1 wins over a STATUS that reads ACTIVE
    public async Task AddDomain_WithPending1_IsPending(string reply)
    {
        var transport = new ScriptedTransport(("AddContact", DocumentedReplies.AddContact), ("AddDomain", reply));
        Assert.Equal(OutcomeKind.Pending, (await Client(transport).SubmitAsync(TestOrders.Register("doc.plain"))).Kind);
    }

    [Fact]
    public void Pending1_IsRead_AndOnlyThe1Counts()
    {
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.RestoreDomain, out var restore, out _));
        Assert.True(restore!.Pending);
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.Error(200, "x").Replace("EOF", "PENDING = 0\nEOF"), out var zero, out _));
        Assert.False(zero!.Pending);
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.AddDomain, out var none, out _));
        Assert.False(none!.Pending);
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.DeleteDomain, out var delete, out _));
        Assert.True(delete!.Pending);
        Assert.Equal(RegistrarDomainState.Deleted, RegistrarClient.StateOf(delete.Column("STATUS")));
    }

    [Fact]
    public async Task RestoreDomain_Example_IsPending_NotDone()
    {
        var outcome = await Client(new ScriptedTransport(("RestoreDomain", DocumentedReplies.RestoreDomain))).RestoreAsync("doc.plain");
        Assert.Equal(OutcomeKind.Pending, outcome.Kind);
    }

    [Fact]
    public async Task TransferDomain_Example_IsPending()
    {
        var outcome = await Client(new ScriptedTransport(("TransferDomain", DocumentedReplies.TransferDomain))).SubmitAsync(TestOrders.Transfer("doc.plain", "Ro1Mt/z1Ge1F"));
        Assert.Equal(OutcomeKind.Pending, outcome.Kind);
    }

    [Fact]
    public async Task TradeDomain_Example_IsDone()
    {
        var transport = new ScriptedTransport(("AddContact", DocumentedReplies.AddContact), ("TradeDomain", DocumentedReplies.TradeDomain));
        var outcome = await Client(transport).SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.OwnerChange,
            Domain = "doc.plain",
            Contacts = new Orders.ContactSet { Registrant = TestOrders.Person() },
        });
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
    }

    [Fact]
    public async Task RenewDomain_Example_ReadsEXPIRATIONDATE()
    {
        var transport = new ScriptedTransport(("RenewDomain", DocumentedReplies.RenewDomain));
        var outcome = await Client(transport).SubmitAsync(TestOrders.Renew("doc.plain", new DateOnly(2017, 9, 26)));
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal(new DateOnly(2018, 9, 26), outcome.ExpiresOn);
        Assert.Equal("2017", transport.Sent.Single().Get("EXPIRATION"));
    }

    [Fact]
    public async Task PayDomainRenewal_Example_AfterTheStatusDomainExample()
    {
        // .de renews automatically: the client reads StatusDomain's PAIDUNTILDATE (2018-09-26 in the example)
        // first, then sends PayDomainRenewal, whose documented reply is EXPIRATIONDATE and DESCRIPTION = OK.
        var script = new[] { ("StatusDomain", DocumentedReplies.StatusDomain), ("PayDomainRenewal", DocumentedReplies.PayDomainRenewal) };
        var due = new ScriptedTransport(script);
        var atDue = new RegistrarClient(TldToolkit.BuiltIn.Tlds.Catalog, due, timeProvider: new ManualTimeProvider(new DateTimeOffset(2018, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        var paid = await atDue.SubmitAsync(TestOrders.Renew("hexonet-domain.de", new DateOnly(2018, 9, 26)));
        Assert.Equal(OutcomeKind.Success, paid.Kind);
        Assert.Equal(new DateOnly(2018, 9, 26), paid.ExpiresOn);
        Assert.Equal(["StatusDomain", "PayDomainRenewal"], due.Sent.Select(c => c.Name));

        // A year earlier the example's paid-until date already covers the renewal: nothing is sent.
        var early = new ScriptedTransport(script);
        var atEarly = new RegistrarClient(TldToolkit.BuiltIn.Tlds.Catalog, early, timeProvider: new ManualTimeProvider(new DateTimeOffset(2017, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(OutcomeKind.Rejected, (await atEarly.SubmitAsync(TestOrders.Renew("hexonet-domain.de", new DateOnly(2017, 9, 26)))).Kind);
        Assert.Equal(["StatusDomain"], early.Sent.Select(c => c.Name));
    }

    [Fact]
    public async Task StatusDomain_Example_IsReadWhole()
    {
        var status = await Client(new ScriptedTransport(("StatusDomain", DocumentedReplies.StatusDomain))).GetDomainStatusAsync("doc.plain");
        Assert.Equal(RegistrarDomainState.Active, status.State);
        Assert.Equal(new DateOnly(2017, 9, 26), status.ExpiresOn);
        Assert.Equal(new DateOnly(2018, 9, 26), status.PaidUntil);
        Assert.Equal(new DateTimeOffset(2016, 9, 26, 14, 53, 20, TimeSpan.Zero), status.CreatedAt);
        Assert.Equal("P-TUE1378025", status.OwnerContact);
        Assert.Equal(["ns1.hexonet.net", "ns2.hexonet.net"], status.Nameservers);
    }

    [Fact]
    public async Task StatusAccount_Example_CreditIsTheCreditLimit()
    {
        var balance = await Client(new ScriptedTransport(("StatusAccount", DocumentedReplies.StatusAccount))).GetAccountBalanceAsync();
        Assert.Equal(217458.12m, balance.Amount);
        Assert.Equal(1000000.00m, balance.CreditLimit);
        Assert.Equal("EUR", balance.Currency);
    }

    [Fact]
    public async Task CheckDomains_Example_PremiumIsNotOfferedAtTheStandardPrice()
    {
        var results = await Client(new ScriptedTransport(("CheckDomains", DocumentedReplies.CheckDomains))).CheckAvailabilityAsync(["premium.plain", "nonpremium.plain"]);
        Assert.Equal(Availability.Taken, results[0].Status);
        Assert.Contains("premium", results[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Availability.Available, results[1].Status);
    }

    [Fact]
    public async Task QueryContactList_Example_ReadsTheCONTACTColumns()
    {
        var transport = new ScriptedTransport(("QueryContactList", DocumentedReplies.QueryContactList));
        var list = await Client(transport).ListContactsAsync();
        Assert.Equal(["P-TCN1378880", "P-TCN1378881"], list.Contacts.Select(c => c.Handle));
        Assert.Equal("Test2 Contact", list.Contacts[1].Name);
        Assert.Equal("test@example.com", list.Contacts[0].Email);
        Assert.Equal("DE", list.Contacts[0].Country);
        Assert.Single(transport.Sent); // TOTAL 2 reached on the first page
    }

    [Fact]
    public void TransferStatus_Example_INITIATED_IsRunning()
    {
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.StatusDomainTransfer, out var r, out _));
        Assert.Equal(TransferProgress.Running, TransferStatusWords.Classify(r!.Property("TRANSFERSTATUS")));
        Assert.Equal(TransferProgress.Failed, TransferStatusWords.Classify("FAILED"));
        Assert.Equal(TransferProgress.Completed, TransferStatusWords.Classify("SUCCESSFUL"));
    }

    [Fact]
    public async Task TransferSync_OnTheExample_IsPending()
    {
        var result = await Client(new ScriptedTransport(("StatusDomainTransfer", DocumentedReplies.StatusDomainTransfer))).SyncTransferAsync("doc.plain");
        Assert.Equal(Sync.TransferSyncStatus.Pending, result.Status);
    }

    /// <summary>
    /// Error replies: codes and descriptions from the RESPONSE tables of ADDDOMAIN.md, TRANSFERDOMAIN.md,
    /// STATUSDOMAIN.md and CHECKDOMAIN.md; the two "Request is not available; …" / "Attribute value is not
    /// unique; …" wordings and "Operation forbidden by ACL" are the real API's as listed in the official SDK's
    /// dist/responsetranslator.js (@hexonet/ispapi-apiconnector 9.0.8), which the documentation does not print.
    /// </summary>
    [Theory]
    [InlineData(546, "Credit limit exceeded", OutcomeKind.InsufficientFunds)]
    [InlineData(554, "Object already registered", OutcomeKind.DomainNotAvailable)]
    [InlineData(211, "Domain name not available", OutcomeKind.DomainNotAvailable)]
    [InlineData(531, "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY WRONG AUTH", OutcomeKind.AdditionalFieldInvalid)]
    [InlineData(549, "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY WRONG AUTH", OutcomeKind.AdditionalFieldInvalid)]
    [InlineData(549, "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY STATUS (clientTransferProhibited)", OutcomeKind.Rejected)]
    [InlineData(540, "Attribute value is not unique; DOMAIN is already assigned to your account", OutcomeKind.DomainNotAvailable)]
    [InlineData(531, "Authorization failed; Operation forbidden by ACL", OutcomeKind.Rejected)]
    [InlineData(530, "Authentication failed", OutcomeKind.AuthenticationFailed)]
    [InlineData(545, "Object not found", OutcomeKind.NotFound)]
    [InlineData(421, "Command failed due to server error. Client should try again", OutcomeKind.TemporaryFailure)]
    [InlineData(504, "Missing required attribute; AUTH", OutcomeKind.AdditionalFieldInvalid)]
    [InlineData(552, "Object status does not allow for operation", OutcomeKind.Rejected)]
    public void DocumentedErrors_MapToTheirOutcome(int code, string description, OutcomeKind expected)
    {
        Assert.True(KeyValueWire.TryParseResponse(DocumentedReplies.Error(code, description), out var r, out _));
        var outcome = ReplyMapper.MapError(r!, "TransferDomain", "doc.plain");
        Assert.Equal(expected, outcome.Kind);
        if (description.Contains("WRONG AUTH", StringComparison.Ordinal)) Assert.Equal("authCode", outcome.Field!.FieldName);
        if (code == 540) Assert.Contains("already in your account", outcome.Message);
    }
}
