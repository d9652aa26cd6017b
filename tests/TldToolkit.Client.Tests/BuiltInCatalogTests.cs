using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Sync;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Orders;
using TldToolkit.Sandbox;
using TldToolkit.Validation;

namespace TldToolkit.Client.Tests;

/// <summary>
/// End to end against the real generated catalog (<c>TldToolkit.BuiltIn.Tlds.Catalog</c>, compiled from
/// tld-data/*.json): validate → submit over loopback HTTP → sandbox → sync.
/// </summary>
public sealed class BuiltInCatalogTests
{
    [Fact]
    public async Task Ca_Registration_SendsTheRegistryValuesOfItsFields()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();

        var outcome = await h.Client.SubmitAsync(BuiltInOrders.CaRegister("erable-logiciels.ca"));

        Assert.True(outcome.Kind == OutcomeKind.Success, outcome.ToString());
        Assert.Equal(new DateOnly(2028, 11, 23), outcome.ExpiresOn);
        var add = Assert.Single(h.Sandbox.Requests, r => r.Command == "AddDomain");
        Assert.Equal("erable-logiciels.ca", add.Domain);
        Assert.Equal("CCO", add.Parameter("X-CA-LEGALTYPE"));
        Assert.Equal("FR", add.Parameter("X-CA-LANGUAGE"));              // order value "fr", registry value "FR"
        Assert.Equal("2.0", add.Parameter("X-CA-ACCEPT-AGREEMENT-VERSION"));   // ca.json checkedValue: the agreement version
        Assert.Null(add.Parameter("X-CA-DOMAIN-TRADEMARK"));            // only for legal type TDM
        Assert.Equal("2Y", add.Parameter("PERIOD")); // ADDDOMAIN.md: NY for N years
        Assert.NotNull(add.Parameter("ADMINCONTACT0"));
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("erable-logiciels.ca"));
        Assert.Equal("CCO", h.Sandbox.Registry.Find("erable-logiciels.ca")!.RegistryParameters["X-CA-LEGALTYPE"]);
    }

    [Fact]
    public async Task Swiss_Registration_IsPendingUntilTheRegistryAllocates()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();

        var outcome = await h.Client.SubmitAsync(BuiltInOrders.SwissRegister("meier-uhren.swiss"));

        Assert.True(outcome.Kind == OutcomeKind.Pending, outcome.ToString());
        var add = Assert.Single(h.Sandbox.Requests, r => r.Command == "AddDomain");
        // Audit 2026-12-04: HEXONET renamed X-SWISS-REGISTRANT-ENTERPRISE-ID to X-SWISS-UID on 17 April 2024
        // (hexonet-api-documentation commit f4d056b); swiss.json now sends the current name.
        Assert.Equal(BuiltInOrders.SwissUid, add.Parameter("X-SWISS-UID"));
        Assert.Null(add.Parameter("X-SWISS-REGISTRANT-ENTERPRISE-ID"));
        Assert.StartsWith("Website of our watch manufactory", add.Parameter("X-CORE-INTENDED-USE"));

        var items = new[] { new DomainSyncItem("meier-uhren.swiss", LocalDomainState.PendingRegistration) };
        Assert.Equal(DomainSyncStatus.Pending, Assert.Single(await h.Client.SyncDomainsAsync(items)).Status);

        h.Time.Advance(TimeSpan.FromMinutes(11)); // the sandbox's AsyncRegistrationDelay is 10 minutes
        var after = Assert.Single(await h.Client.SyncDomainsAsync(items));
        Assert.Equal(DomainSyncStatus.Active, after.Status);
        Assert.Equal(new DateOnly(2027, 11, 23), after.ExpiresOn);
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("meier-uhren.swiss"));
    }

    [Fact]
    public async Task Swiss_OrganisationWithoutItsEnterpriseId_IsNeverSent()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        var order = BuiltInOrders.SwissRegister("no-uid.swiss");
        order = new DomainOrder
        {
            Operation = order.Operation, Domain = order.Domain, Years = order.Years, Nameservers = order.Nameservers, Contacts = order.Contacts,
            Fields = new Dictionary<string, string?> { ["intendedUse"] = order.Fields["intendedUse"] },
        };

        var outcome = await h.Client.SubmitAsync(order);

        Assert.Equal(OutcomeKind.ValidationFailed, outcome.Kind);
        Assert.Contains(outcome.ValidationErrors, e => e.Path == "fields.enterpriseId");
        Assert.Equal(0, h.Sandbox.RequestCount);
    }

    [Fact]
    public async Task De_IdnRegistration_CarriesTheALabelOnTheWire()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();

        var outcome = await h.Client.SubmitAsync(BuiltInOrders.DeRegister("fußball.de"));

        Assert.True(outcome.Kind == OutcomeKind.Success, outcome.ToString());
        Assert.Equal("xn--fuball-cta.de", outcome.Domain);
        Assert.Contains("fußball.de", outcome.Message);                 // the customer reads the Unicode form
        Assert.All(h.Sandbox.Requests, r => Assert.DoesNotContain("ß", r.Domain ?? ""));
        Assert.Equal("xn--fuball-cta.de", Assert.Single(h.Sandbox.Requests, r => r.Command == "AddDomain").Domain);
        Assert.Equal(1, h.Sandbox.Registry.RegistrationCount("xn--fuball-cta.de"));
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("fussball.de")); // nontransitional: ß is not ss
    }

    [Fact]
    public async Task Ca_Transfer_WithAuthCode_PendingThenCompleted()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        h.Sandbox.Registry.AddForeignDomain("castor.ca", "Ca-Auth-77", new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));

        var outcome = await h.Client.SubmitAsync(new DomainOrder
        {
            Operation = DomainOperation.Transfer,
            Domain = "castor.ca",
            Years = 1,
            AuthCode = "Ca-Auth-77",
            Fields = new Dictionary<string, string?> { ["legalType"] = "CCT" },
        });

        Assert.True(outcome.Kind == OutcomeKind.Pending, outcome.ToString());
        var transfer = Assert.Single(h.Sandbox.Requests, r => r.Command == "TransferDomain");
        Assert.Equal("CCT", transfer.Parameter("X-CA-LEGALTYPE"));
        Assert.Equal("***", transfer.Parameter("AUTH"));                // the sandbox log keeps no auth codes either
        Assert.Equal(TransferSyncStatus.Pending, (await h.Client.SyncTransferAsync("castor.ca")).Status);

        h.Time.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        var done = Assert.Single(await h.Client.SyncTransfersAsync(["castor.ca"]));
        Assert.Equal(TransferSyncStatus.Completed, done.Status);
        Assert.Equal(new DateOnly(2028, 5, 1), done.ExpiresOn);          // .ca: a transfer adds a year
    }

    [Fact]
    public async Task Fr_Transfer_RefusedByTheLosingRegistrar_FailsWithItsReason()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        h.Sandbox.Registry.AddForeignDomain("refus.fr", "reject-Fr-42"); // auth codes starting with "reject" fail when due

        var outcome = await h.Client.SubmitAsync(new DomainOrder
        {
            Operation = DomainOperation.Transfer,
            Domain = "refus.fr",
            Years = 1,
            AuthCode = "reject-Fr-42",
        });
        Assert.True(outcome.Kind == OutcomeKind.Pending, outcome.ToString());

        h.Time.Advance(TimeSpan.FromDays(6));
        var result = Assert.Single(await h.Client.SyncTransfersAsync(["refus.fr"]));
        Assert.Equal(TransferSyncStatus.Failed, result.Status);
        Assert.Equal("The losing registrar rejected the transfer.", result.Reason);
        Assert.Equal(1000m, h.Sandbox.Registry.Balance);                  // refunded
    }

    [Fact]
    public async Task De_RenewalOutsideThe61DayWindow_IsNeverSent_InsideItIsPaidWithPayDomainRenewal()
    {
        // de.json: DENIC has no renew command ("explicit": false) — the registry renews at expiry — so the
        // registrar pays the renewal (PayDomainRenewal) instead of sending RenewDomain; the order is validated
        // like any renewal (61-day window).
        await using var h = await SandboxHarness.StartBuiltInAsync();
        var registered = await h.Client.SubmitAsync(BuiltInOrders.DeRegister("fußball.de"));
        Assert.True(registered.Kind == OutcomeKind.Success, registered.ToString());
        int before = h.Sandbox.RequestCount;
        var renewal = new DomainOrder { Operation = DomainOperation.Renew, Domain = "fußball.de", Years = 1, ExpiresOn = new DateOnly(2027, 11, 23) };

        var early = await h.Client.SubmitAsync(renewal);                 // 2026-11-23: the window opens 2027-09-23

        Assert.Equal(OutcomeKind.ValidationFailed, early.Kind);
        Assert.False(early.WasSent);
        var error = Assert.Single(early.ValidationErrors);
        Assert.Equal(ErrorCodes.RenewalTooEarly, error.Code);
        Assert.Equal(new DateOnly(2027, 9, 23), error.Arguments.Date);
        Assert.Equal(error.Message("en"), early.Message);
        Assert.Equal(error.Message("de"), early.MessageIn("de"));
        Assert.Equal(before, h.Sandbox.RequestCount);                    // the sandbox saw nothing at all

        h.Time.Advance(TimeSpan.FromDays(320));                           // 2027-10-09: 45 days before expiry
        var renew = await h.Client.SubmitAsync(renewal);

        Assert.True(renew.Kind == OutcomeKind.Success, renew.ToString());
        Assert.Equal(new DateOnly(2028, 11, 23), renew.ExpiresOn);
        var paid = Assert.Single(h.Sandbox.Requests, r => r.Command == "PayDomainRenewal");
        Assert.Equal("xn--fuball-cta.de", paid.Domain);
        Assert.Equal("1Y", paid.Parameter("PERIOD"));
        Assert.Null(paid.Parameter("EXPIRATION"));
        Assert.DoesNotContain(h.Sandbox.Requests, r => r.Command == "RenewDomain");
        Assert.Equal(1, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
        var status = await h.Client.GetDomainStatusAsync("xn--fuball-cta.de");
        Assert.True(status.Outcome.Kind == OutcomeKind.Success, status.Outcome.ToString());
        Assert.Equal(new DateOnly(2028, 11, 23), status.ExpiresOn);
        Assert.Equal(new DateOnly(2028, 11, 23), status.PaidUntil);
    }

    [Fact]
    public async Task QueriesTakeNamesAsCustomersTypeThem_InUnicode()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.DeRegister("fußball.de"))).Kind);

        var status = await h.Client.GetDomainStatusAsync("Fußball.de.");
        var check = await h.Client.CheckAvailabilityAsync(["fußball.de", "bäckerei-müller.de", "fußball\u3002de", "xn--zz.de"]);

        Assert.True(status.Outcome.Kind == OutcomeKind.Success, status.Outcome.ToString());
        Assert.Equal("xn--fuball-cta.de", status.Outcome.Domain);
        Assert.Equal([Availability.Taken, Availability.Available, Availability.Taken, Availability.Invalid], check.Select(c => c.Status));
        Assert.Equal("xn--bckerei-mller-bfb28a.de", check[1].Domain);
        Assert.Contains(h.Sandbox.Requests, r => r.Command == "StatusDomain" && r.Domain == "xn--fuball-cta.de");
    }

    [Fact]
    public async Task Sandbox_RefusesRenewDomainForAnAutoRenewingTld_AndPayDomainRenewalForAnExplicitOne()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.DeRegister("fußball.de"))).Kind);
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(BuiltInOrders.CaRegister("erable.ca"))).Kind);

        var renewDe = await h.Client.Transport.SendAsync(new Wire.RegistrarCommand("RenewDomain", false).Add("DOMAIN", "xn--fuball-cta.de").Add("PERIOD", 1));
        var payCa = await h.Client.Transport.SendAsync(new Wire.RegistrarCommand("PayDomainRenewal", false).Add("DOMAIN", "erable.ca").Add("PERIOD", 1));

        Assert.Equal(510, renewDe.Response!.Code); // RENEWDOMAIN.md: "Command not supported for this class"
        Assert.Contains("PayDomainRenewal", renewDe.Response.Description);
        Assert.Equal(510, payCa.Response!.Code);
        Assert.Contains("RenewDomain", payCa.Response.Description);
        Assert.Equal(0, h.Sandbox.Registry.Ledger.Count(e => e.Event == LedgerEvent.Renew));
    }

    [Fact]
    public async Task Dk_RenewalOutsideThe61DayWindow_IsNeverSent_InsideItGoesThrough()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        var dane = new Contact
        {
            Type = RegistrantType.Individual, FirstName = "Søren", LastName = "Jensen", Street = ["Nørregade 10"], City = "København",
            PostalCode = "1165", Country = "DK", Email = "soren.jensen@example.dk", Phone = "+45.33125678",
        };
        var registered = await h.Client.SubmitAsync(new DomainOrder
        {
            Operation = DomainOperation.Register, Domain = "smørrebrød.dk", Years = 1, Nameservers = ["ns1.example.dk", "ns2.example.dk"],
            Contacts = new ContactSet { Registrant = dane, Admin = dane },
            Fields = new Dictionary<string, string?> { ["userType"] = "individual", ["punktumAgreement"] = "true" },
        });
        Assert.True(registered.Kind == OutcomeKind.Pending, registered.ToString()); // dk.json: asyncRegistration
        h.Time.Advance(TimeSpan.FromMinutes(11));
        int before = h.Sandbox.RequestCount;
        var renewal = new DomainOrder { Operation = DomainOperation.Renew, Domain = "smørrebrød.dk", Years = 1, ExpiresOn = new DateOnly(2027, 11, 23) };

        var early = await h.Client.SubmitAsync(renewal);                 // 2026-11-23: the window opens 2027-09-23

        Assert.Equal(OutcomeKind.ValidationFailed, early.Kind);
        var error = Assert.Single(early.ValidationErrors);
        Assert.Equal(ErrorCodes.RenewalTooEarly, error.Code);
        Assert.Equal(new DateOnly(2027, 9, 23), error.Arguments.Date);
        Assert.Equal(61, error.Arguments.Days);
        foreach (var language in new[] { "en", "de", "fr", "ar" })
            Assert.Equal(error.Message(language), early.MessageIn(language));
        Assert.Equal(before, h.Sandbox.RequestCount);                    // nothing reached the sandbox

        h.Time.Advance(TimeSpan.FromDays(320));                           // 2027-10-09: 45 days before expiry
        var renew = await h.Client.SubmitAsync(renewal);
        Assert.True(renew.Kind == OutcomeKind.Success, renew.ToString());
        Assert.Equal(new DateOnly(2028, 11, 23), renew.ExpiresOn);
        Assert.Equal("2027", Assert.Single(h.Sandbox.Requests, r => r.Command == "RenewDomain").Parameter("EXPIRATION"));
    }

    [Fact]
    public async Task RegistryRequiresAFieldWeTreatAsOptional_MapsBackToOurFieldAndLabel()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync(registryCatalog: BuiltInOrders.StricterCaRegistry());

        var outcome = await h.Client.SubmitAsync(BuiltInOrders.CaRegister("sans-marque.ca"));

        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, outcome.Kind);
        Assert.Equal(504, outcome.RegistrarCode);
        Assert.Equal("Missing required attribute; X-CA-DOMAIN-TRADEMARK", outcome.RegistrarDescription);
        var field = outcome.Field!;
        Assert.Equal("trademarkNumber", field.FieldName);
        Assert.Equal("fields.trademarkNumber", field.Path);
        Assert.Equal("X-CA-DOMAIN-TRADEMARK", field.RegistryName);
        Assert.True(field.Missing);
        Assert.Same(TldToolkit.BuiltIn.Tlds.Ca.Fields.Single(f => f.Name == "trademarkNumber").Label, field.Label);
        Assert.Contains("Canadian trademark registration number", outcome.Message);
        Assert.Contains("Kanadische Markenregisternummer", outcome.MessageIn("de"));
        Assert.Contains("Numéro d'enregistrement de la marque au Canada", outcome.MessageIn("fr"));
        Assert.Contains("رقم تسجيل العلامة التجارية في كندا", outcome.MessageIn("ar"));
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("sans-marque.ca"));
    }

    [Fact]
    public async Task RegistryRejectsAValueWeAccept_MapsBackToOurFieldAndLabel()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync(registryCatalog: BuiltInOrders.StricterCaRegistry());
        var order = BuiltInOrders.CaRegister("citoyen.ca", legalType: "TDM");
        order = new DomainOrder
        {
            Operation = order.Operation, Domain = order.Domain, Years = order.Years, Nameservers = order.Nameservers, Contacts = order.Contacts,
            Fields = new Dictionary<string, string?>(order.Fields) { ["trademarkNumber"] = "TMA123456" },
        };

        var outcome = await h.Client.SubmitAsync(order);

        Assert.Equal(OutcomeKind.AdditionalFieldInvalid, outcome.Kind);
        Assert.Equal(541, outcome.RegistrarCode);
        Assert.Equal("legalType", outcome.Field!.FieldName);
        Assert.Equal("X-CA-LEGALTYPE", outcome.Field.RegistryName);
        Assert.False(outcome.Field.Missing);
        Assert.Equal("TDM", Assert.Single(h.Sandbox.Requests, r => r.Command == "AddDomain").Parameter("X-CA-LEGALTYPE"));
        Assert.Contains("Type juridique (présence au Canada)", outcome.MessageIn("fr"));
        Assert.Contains("Rechtsform (Präsenz in Kanada)", outcome.MessageIn("de-CH"));
    }
}
