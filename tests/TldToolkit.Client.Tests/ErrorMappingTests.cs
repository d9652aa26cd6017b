using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Orders;
using TldToolkit.Sandbox;
using TldToolkit.Validation;

namespace TldToolkit.Client.Tests;

/// <summary>Each outcome, produced by the sandbox's real replies.</summary>
public sealed class ErrorMappingTests
{
    [Fact]
    public async Task TakenDomain_IsNotAvailable()
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("taken-by-someone.plain"));
        Assert.Equal(OutcomeKind.DomainNotAvailable, outcome.Kind);
        Assert.Equal(554, outcome.RegistrarCode); // ADDDOMAIN.md: "Object already registered"
        Assert.Contains("not available", outcome.Message);
    }

    [Fact]
    public async Task ContactRejectedByRegistrar_IsInvalidContactData()
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("contact.plain", TestOrders.Person("jane@mailhost.invalid")));
        Assert.Equal(OutcomeKind.InvalidContactData, outcome.Kind);
        Assert.Equal(541, outcome.RegistrarCode);
        Assert.Equal(ContactRole.Registrant, outcome.ContactRole);
        Assert.Equal("EMAIL", outcome.ContactAttribute);
        Assert.Contains("e-mail address of the registrant", outcome.Message);
        Assert.Equal(0, h.Sandbox.Requests.Count(r => r.Command == "AddDomain"));
    }

    [Fact]
    public async Task EmptyAccount_IsInsufficientFunds()
    {
        await using var h = await SandboxHarness.StartAsync(balance: 5m);
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("costly.plain"));
        Assert.Equal(OutcomeKind.InsufficientFunds, outcome.Kind);
        Assert.Equal(546, outcome.RegistrarCode); // ADDDOMAIN.md: "Credit limit exceeded"
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("costly.plain"));
    }

    [Fact]
    public async Task TldTheRegistrarDoesNotOffer_IsTldNotSupported()
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("example.notoffered"));
        Assert.Equal(OutcomeKind.TldNotSupported, outcome.Kind);
        Assert.True(outcome.WasSent);
        Assert.Equal(549, outcome.RegistrarCode);
    }

    [Fact]
    public async Task TldNotInCatalog_IsTldNotSupported_AndNeverSent()
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("example.nowhere"));
        Assert.Equal(OutcomeKind.TldNotSupported, outcome.Kind);
        Assert.False(outcome.WasSent);
        Assert.Equal(ErrorCodes.TldNotSupported, Assert.Single(outcome.ValidationErrors).Code);
        Assert.Equal(0, h.Sandbox.RequestCount);
    }

    [Fact]
    public async Task FieldTheRegistryRequires_MapsBackToOurFieldAndLabel()
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("missing.test", fields: TestOrders.TestFields(companyNumber: null)));
        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, outcome.Kind);
        Assert.Equal(504, outcome.RegistrarCode);
        Assert.Equal("Missing required attribute; X-TEST-COMPANY-NUMBER", outcome.RegistrarDescription);
        var field = outcome.Field!;
        Assert.Equal("companyNumber", field.FieldName);
        Assert.Same(TestTlds.CompanyNumberLabel, field.Label);
        Assert.Equal("fields.companyNumber", field.Path);
        Assert.True(field.Missing);
        Assert.Contains("Company number", outcome.Message);
    }

    [Fact]
    public async Task FieldValueTheRegistryRejects_MapsBackToOurField()
    {
        await using var h = await SandboxHarness.StartAsync();
        var syntax = await h.Client.SubmitAsync(TestOrders.Register("short.test", fields: TestOrders.TestFields(companyNumber: "123456")));
        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, syntax.Kind);
        Assert.Equal(505, syntax.RegistrarCode);
        Assert.Equal("companyNumber", syntax.Field!.FieldName);
        Assert.False(syntax.Field.Missing);

        var option = await h.Client.SubmitAsync(TestOrders.Register("option.test", fields: TestOrders.TestFields(legalType: "ind")));
        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, option.Kind);
        Assert.Equal(541, option.RegistrarCode);
        Assert.Equal("legalType", option.Field!.FieldName);
        Assert.Equal("Rechtsform", option.Field.Label.Get("de"));
    }

    [Fact]
    public async Task WrongAuthCode_MapsToTheAuthCodeField()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.Registry.AddForeignDomain("locked.plain", "Right-Code");
        var outcome = await h.Client.SubmitAsync(TestOrders.Transfer("locked.plain", "Wrong-Code"));
        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, outcome.Kind);
        Assert.Equal(531, outcome.RegistrarCode);
        Assert.Equal("authCode", outcome.Field!.FieldName);
        Assert.Equal("authCode", outcome.Field.Path);
        Assert.DoesNotContain("Wrong-Code", outcome.ToString());
    }

    [Fact]
    public async Task WrongPassword_IsAuthenticationFailed()
    {
        await using var h = await SandboxHarness.StartAsync(configure: o => o.Password = "not-the-password");
        var outcome = await h.Client.TestConnectionAsync();
        Assert.Equal(OutcomeKind.AuthenticationFailed, outcome.Kind);
        Assert.Equal(530, outcome.RegistrarCode);
        var register = await h.Client.SubmitAsync(TestOrders.Register("nologin.plain"));
        Assert.Equal(OutcomeKind.AuthenticationFailed, register.Kind);
    }

    [Fact]
    public async Task RegistrarUnreachable_IsTemporaryFailure_AndGarbageIsProtocolError()
    {
        var faults = new FaultInjection();
        await using var h = await SandboxHarness.StartAsync(faults: faults, configure: o => { o.QueryRetries = 1; o.QueryRetryDelay = TimeSpan.FromMilliseconds(1); });

        faults.Next(FaultKind.ServerErrorBeforeCommit, 2);
        var down = await h.Client.GetAccountBalanceAsync();
        Assert.Equal(OutcomeKind.TemporaryFailure, down.Outcome.Kind);
        Assert.Contains("HTTP 500", down.Outcome.Detail);

        faults.Next(FaultKind.GarbageReply, 2); // asked twice (QueryRetries = 1), garbage both times
        var garbage = await h.Client.GetAccountBalanceAsync();
        Assert.Equal(OutcomeKind.ProtocolError, garbage.Outcome.Kind);

        Assert.Equal(OutcomeKind.Success, (await h.Client.GetAccountBalanceAsync()).Outcome.Kind);
    }

    [Fact]
    public async Task DomainNotInAccount_IsNotFound_AndStaleExpiryIsRejected()
    {
        await using var h = await SandboxHarness.StartAsync();
        var notMine = await h.Client.SubmitAsync(TestOrders.Renew("stranger.plain", new DateOnly(2027, 1, 1)));
        Assert.Equal(OutcomeKind.NotFound, notMine.Kind);
        Assert.Equal(545, notMine.RegistrarCode);

        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("mine.plain"))).Kind);
        var stale = await h.Client.SubmitAsync(TestOrders.Renew("mine.plain", new DateOnly(2028, 11, 23)));
        Assert.Equal(OutcomeKind.Rejected, stale.Kind);
        Assert.Equal(541, stale.RegistrarCode);
        Assert.StartsWith("Invalid attribute value; EXPIRATION", stale.RegistrarDescription);
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Register));
        Assert.Equal(0, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
    }

    [Fact]
    public async Task InvalidOrder_IsNeverSent()
    {
        await using var h = await SandboxHarness.StartAsync();
        var order = TestOrders.Register("bad.test", fields: TestOrders.TestFields(companyNumber: "12"), years: 7);

        var outcome = await h.Client.SubmitAsync(order);

        Assert.Equal(OutcomeKind.ValidationFailed, outcome.Kind);
        Assert.False(outcome.WasSent);
        Assert.Contains(outcome.ValidationErrors, e => e.Code == ErrorCodes.TermNotAllowed);
        Assert.Contains(outcome.ValidationErrors, e => e.Code == ErrorCodes.FieldInvalid && e.Path == "fields.companyNumber");
        Assert.Equal(0, h.Sandbox.RequestCount);

        var renewal = await h.Client.SubmitAsync(TestOrders.Renew("bad.test", new DateOnly(2040, 1, 1), 5));
        Assert.Equal(OutcomeKind.ValidationFailed, renewal.Kind);
        var transfer = await h.Client.SubmitAsync(TestOrders.Transfer("bad.test", ""));
        Assert.Equal(OutcomeKind.ValidationFailed, transfer.Kind);
        var restore = await h.Client.RestoreAsync("not a domain.test");
        Assert.Equal(OutcomeKind.ValidationFailed, restore.Kind);
        Assert.Equal(0, h.Sandbox.RequestCount);
    }
}
