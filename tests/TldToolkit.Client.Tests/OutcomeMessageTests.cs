using System.Globalization;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Orders;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>Outcome messages a customer can read, in English, German, French and Arabic.</summary>
public sealed class OutcomeMessageTests
{
    // Issue 16: the Arabic expectations now carry U+2068 … U+2069 around the domain (bidi isolation of Latin text
    // in RTL sentences); the old texts without isolation were wrong.
    [Fact]
    public async Task Registration_SuccessAndPending_InFourLanguages()
    {
        await using var h = await SandboxHarness.StartAsync();
        var success = await h.Client.SubmitAsync(TestOrders.Register("hello.plain"));
        var pending = await h.Client.SubmitAsync(TestOrders.Register("later.slow"));

        Assert.Equal("hello.plain is registered.", success.Message);
        Assert.Equal(success.Message, success.MessageIn("en"));
        Assert.Equal("hello.plain ist registriert.", success.MessageIn("de"));
        Assert.Equal("hello.plain est enregistré.", success.MessageIn("fr"));
        Assert.Equal("تم تسجيل \u2068hello.plain\u2069.", success.MessageIn("ar"));

        Assert.Equal("later.slow wurde beantragt; die Registry bestätigt Registrierungen später.", pending.MessageIn("de"));
        Assert.StartsWith("La demande d'enregistrement de later.slow a été envoyée\u00A0;", pending.MessageIn("fr"));
        Assert.Contains("later.slow", pending.MessageIn("ar"));
    }

    [Fact]
    public async Task RegistrarErrors_InFourLanguages()
    {
        await using var h = await SandboxHarness.StartAsync();
        var taken = await h.Client.SubmitAsync(TestOrders.Register("taken-one.plain"));
        var contact = await h.Client.SubmitAsync(TestOrders.Register("contact.plain", TestOrders.Person("jane@mailhost.invalid")));
        var field = await h.Client.SubmitAsync(TestOrders.Register("missing.test", fields: TestOrders.TestFields(companyNumber: null)));
        h.Sandbox.Registry.AddForeignDomain("locked.plain", "Right-Code");
        var auth = await h.Client.SubmitAsync(TestOrders.Transfer("locked.plain", "Wrong-Code"));
        h.Sandbox.Registry.SetBalance(1m);
        var broke = await h.Client.SubmitAsync(TestOrders.Register("costly.plain"));

        Assert.Equal("taken-one.plain is not available.", taken.Message);
        Assert.Equal("taken-one.plain ist nicht verfügbar.", taken.MessageIn("de"));
        Assert.Equal("taken-one.plain n'est pas disponible.", taken.MessageIn("fr"));
        Assert.Equal("\u2068taken-one.plain\u2069 غير متاح.", taken.MessageIn("ar"));

        Assert.Equal("The registrar did not accept the e-mail address of the registrant. Please correct the contact data.", contact.Message);
        Assert.Contains("E-Mail-Adresse (Domaininhaber)", contact.MessageIn("de"));
        Assert.Contains("adresse e-mail (titulaire)", contact.MessageIn("fr"));
        Assert.Contains("البريد الإلكتروني (صاحب النطاق)", contact.MessageIn("ar"));

        Assert.Equal("The registry requires “Company number”. Please fill it in.", field.Message);
        Assert.Equal("Die Registry verlangt „Handelsregisternummer“. Bitte füllen Sie das Feld aus.", field.MessageIn("de"));
        Assert.Contains("«\u00A0Company number\u00A0»", field.MessageIn("fr"));   // no French label: the English one, French quotes
        Assert.Contains("«Company number»", field.MessageIn("ar"));

        Assert.Equal("Die Registry hat den Auth-Code nicht akzeptiert. Bitte prüfen Sie ihn beim bisherigen Registrar.", auth.MessageIn("de"));
        Assert.Contains("code d'autorisation", auth.MessageIn("fr"));
        Assert.Contains("رمز التفويض", auth.MessageIn("ar"));
        Assert.DoesNotContain("Wrong-Code", string.Join(" ", new[] { "en", "de", "fr", "ar" }.Select(auth.MessageIn)));

        Assert.Equal(OutcomeKind.InsufficientFunds, broke.Kind);
        Assert.StartsWith("Das Guthaben des Kontos reicht", broke.MessageIn("de"));
        Assert.StartsWith("Le solde du compte est insuffisant", broke.MessageIn("fr"));
        Assert.StartsWith("رصيد الحساب غير كافٍ", broke.MessageIn("ar"));
    }

    [Fact]
    public async Task LostReplyOutcomes_InFourLanguages()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var h = await SandboxHarness.StartAsync(faults: faults);
        faults.Next(FaultKind.ConnectionReset);

        var reset = await h.Client.SubmitAsync(TestOrders.Register("reset.plain"));

        Assert.Equal(OutcomeKind.TemporaryFailure, reset.Kind);
        Assert.Contains("nothing was done", reset.MessageIn("en"));
        Assert.Contains("es wurde also nichts ausgeführt", reset.MessageIn("de"));
        Assert.Contains("rien n'a été fait", reset.MessageIn("fr"));
        Assert.Contains("لم يُنفَّذ شيء", reset.MessageIn("ar"));
    }

    [Fact]
    public async Task SyncResults_InFourLanguages_RegistrarReasonsAsGiven()
    {
        await using var h = await SandboxHarness.StartAsync();
        Assert.Equal(OutcomeKind.Success, (await h.Client.SubmitAsync(TestOrders.Register("synced.plain"))).Kind);
        h.Sandbox.Registry.AddForeignDomain("refused.plain", "Code-9");
        Assert.Equal(OutcomeKind.Pending, (await h.Client.SubmitAsync(TestOrders.Transfer("refused.plain", "Code-9"))).Kind);
        Assert.True(h.Sandbox.Registry.RejectTransfer("refused.plain", "The owner said no."));

        var domains = await h.Client.SyncDomainsAsync(
        [
            new Sync.DomainSyncItem("synced.plain", Sync.LocalDomainState.Active),
            new Sync.DomainSyncItem("never-ordered.plain", Sync.LocalDomainState.PendingRegistration),
        ]);
        var transfer = Assert.Single(await h.Client.SyncTransfersAsync(["refused.plain"]));

        Assert.Equal(["synced.plain is active.", "synced.plain ist aktiv.", "synced.plain est actif.", "\u2068synced.plain\u2069 نشط."],
            new[] { "en", "de", "fr", "ar" }.Select(domains[0].MessageIn));
        Assert.Equal(domains[0].Message, domains[0].MessageIn("xx"));
        Assert.Equal("Die Registrierung von never-ordered.plain wurde nicht abgeschlossen; der Name ist frei.", domains[1].MessageIn("de"));
        Assert.StartsWith("L'enregistrement de never-ordered.plain n'a pas abouti", domains[1].MessageIn("fr"));
        Assert.Equal(Sync.TransferSyncStatus.Failed, transfer.Status);
        Assert.Equal("The owner said no.", transfer.ReasonIn("de"));            // the registrar's words are not ours to translate
    }

    [Fact]
    public async Task ValidationFailures_UseTheValidationMessagesOfTheLanguage()
    {
        await using var h = await SandboxHarness.StartAsync();
        var invalid = await h.Client.SubmitAsync(TestOrders.Register("bad.test", fields: TestOrders.TestFields(companyNumber: "12"), years: 7));
        var unknownTld = await h.Client.SubmitAsync(TestOrders.Register("example.nowhere"));

        foreach (var language in new[] { "en", "de", "fr", "ar" })
            Assert.Equal(string.Join(" ", invalid.ValidationErrors.Select(e => e.Message(language))), invalid.MessageIn(language));
        Assert.Equal("This domain ending is not supported.", unknownTld.Message);
        Assert.Equal("Diese Domainendung bieten wir nicht an.", unknownTld.MessageIn("de"));
        Assert.Equal("Nous ne proposons pas cette extension.", unknownTld.MessageIn("fr"));
        Assert.Equal("لا نقدم امتداد النطاق هذا.", unknownTld.MessageIn("ar"));
    }

    [Theory]
    [InlineData("de-CH", "hello.plain ist registriert.")]
    [InlineData("fr_FR", "hello.plain est enregistré.")]
    [InlineData("AR", "تم تسجيل \u2068hello.plain\u2069.")]
    [InlineData("es", "hello.plain is registered.")]
    [InlineData("", "hello.plain is registered.")]
    [InlineData(null, "hello.plain is registered.")]
    public async Task Languages_RegionalFormsAndFallback(string? language, string expected)
    {
        await using var h = await SandboxHarness.StartAsync();
        var outcome = await h.Client.SubmitAsync(TestOrders.Register("hello.plain"));
        Assert.Equal(expected, outcome.MessageIn(language));
        if (!string.IsNullOrEmpty(language) && !language.Contains('_'))
            Assert.Equal(expected, outcome.MessageIn(CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void HandMadeOutcomes_KeepTheirMessageInEveryLanguage()
    {
        var outcome = new RegistrarOutcome(OutcomeKind.Rejected, "x.test", "AddDomain", "Custom words.");
        Assert.Equal("Custom words.", outcome.MessageIn("de"));
        Assert.Equal("Custom words.", outcome.Message);
    }
}
