using System.Text.RegularExpressions;
using TldToolkit.Catalog;
using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// A hand-written stand-in for the generated .ca definition (tld-data/ca.json), used only by the
/// in-process tests of explain and the order-form schema; the CLI itself ships the generated catalog.
/// </summary>
internal sealed class TestCa : ITldDefinition
{
    private static readonly Lazy<TldCatalog> LazyCatalog = new(() => new TldCatalog([new TestCa()]));

    public static TldCatalog Catalog => LazyCatalog.Value;

    private static readonly Regex TrademarkPattern = Patterns.Create("^(TMA)?[0-9]{6,7}$");

    public TldRules Rules { get; } = new()
    {
        Tld = "ca",
        UnicodeTld = "ca",
        Kind = TldKind.CountryCode,
        RegistryOperator = "Canadian Internet Registration Authority (CIRA)",
        DisplayName = "Canada",
        Terms = new TermRules { Register = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Renew = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Transfer = [1], TransferAddsYear = true },
        Renewal = new RenewalRules { Explicit = true, MaxHorizonYears = 10 },
        Transfer = new TransferRules { Supported = true, AuthCodeRequired = true, LockDaysAfterRegistration = 60, LockDaysAfterTransfer = 60 },
        AddOns = new AddOnRules { IdProtection = false, RegistrarLock = true, Dnssec = true, FreePrivacyForIndividuals = true },
        Labels = new LabelRules
        {
            MinLength = 2,
            MaxLength = 63,
            Idn = new IdnRules { Supported = true, Ranges = [new CodePointRange(0xE0, 0xE2), new CodePointRange(0x153, 0x153)], MixedScriptsAllowed = false },
        },
        Nameservers = new NameserverRules { Min = 0, Max = 6 },
        Contacts = new ContactRules { RequiredRoles = [ContactRole.Registrant, ContactRole.Admin] },
        Lifecycle = new LifecycleRules { AddGracePeriodDays = 5, AutoRenewGracePeriodDays = 45, RedemptionPeriodDays = 30, PendingDeleteDays = 5 },
        Sources = [new RuleSource("cira-cpr", "CIRA Canadian Presence Requirements for Registrants", "https://www.cira.ca/", null, "2026-11-23")],
    };

    private static readonly LocalizedText LegalType = new("Legal type", "Rechtsform", "Type juridique", "الصفة القانونية");
    private static readonly LocalizedText Agreement = new("I accept the CIRA registrant agreement", "Ich akzeptiere die CIRA-Registrantenvereinbarung", "J'accepte la convention du titulaire de l'ACEI", "أوافق على اتفاقية المسجّل لدى CIRA");
    private static readonly LocalizedText Trademark = new("Canadian trademark registration number", "Kanadische Markenregisternummer", "Numéro d'enregistrement de la marque au Canada", "رقم تسجيل العلامة التجارية في كندا");

    public IReadOnlyList<FieldDescriptor> Fields { get; } =
    [
        new FieldDescriptor
        {
            Name = "legalType", RegistryName = "X-CA-LEGAL-TYPE", Type = FieldType.Select, Label = LegalType, Required = true,
            Operations = FieldOperations.Register | FieldOperations.OwnerChange,
            Options =
            [
                new FieldOption("CCT", "CCT", new LocalizedText("Canadian citizen", "Kanadischer Staatsbürger", "Citoyen canadien", "مواطن كندي")),
                new FieldOption("CCO", "CCO", new LocalizedText("Canadian corporation", "Kanadische Kapitalgesellschaft", "Société canadienne", "شركة كندية")),
                new FieldOption("TDM", "TDM", new LocalizedText("Trademark registered in Canada", "In Kanada eingetragene Marke", "Marque de commerce enregistrée au Canada", "علامة تجارية مسجلة في كندا")),
            ],
        },
        new FieldDescriptor
        {
            Name = "ciraAgreement", RegistryName = "X-CA-CIRA-AGREEMENT", Type = FieldType.Checkbox, Label = Agreement, MustBeChecked = true,
            Operations = FieldOperations.Register | FieldOperations.Transfer | FieldOperations.OwnerChange,
        },
        new FieldDescriptor
        {
            Name = "trademarkNumber", RegistryName = "X-CA-TRADEMARK-NUMBER", Type = FieldType.Text, Label = Trademark,
            RequiredWhen = new FieldValueCondition("legalType", ["TDM"]), Pattern = "^(TMA)?[0-9]{6,7}$",
            Operations = FieldOperations.Register | FieldOperations.OwnerChange,
        },
    ];

    public ValidationResult Validate(DomainOrder order, ValidationContext context)
    {
        var errors = new ErrorCollector();
        if (!order.Domain.EndsWith(".ca", StringComparison.OrdinalIgnoreCase)) errors.Add(ErrorCodes.DomainInvalid, "domain");
        OrderChecks.CheckTerm(order.Years, Rules.Terms.For(order.Operation), ref errors);
        if (order.Operation == DomainOperation.Renew) OrderChecks.CheckRenewal(order.ExpiresOn, order.Years, Rules.Renewal, context, ref errors);
        if (order.Operation == DomainOperation.Transfer) OrderChecks.CheckTransfer(order.AuthCode, Rules.Transfer, null, ref errors);
        OrderChecks.CheckAddOns(order.AddOns, Rules.AddOns, ref errors);
        OrderChecks.CheckNameservers(order.Nameservers, Rules.Nameservers, ref errors);
        if (order.Operation == DomainOperation.Register) OrderChecks.CheckContacts(order.Contacts, Rules.Contacts, ref errors);
        if (order.Operation is DomainOperation.Register or DomainOperation.OwnerChange)
        {
            var legalType = FieldChecks.Value(order, "legalType");
            if (FieldChecks.CheckRequired(legalType, LegalType, "fields.legalType", ref errors))
                FieldChecks.CheckOption(legalType!, ["CCT", "CCO", "TDM"], null, LegalType, "fields.legalType", ref errors);
            var trademark = FieldChecks.Value(order, "trademarkNumber");
            if (legalType == "TDM") FieldChecks.CheckRequired(trademark, Trademark, "fields.trademarkNumber", ref errors);
            if (trademark is not null) FieldChecks.CheckText(trademark, null, null, TrademarkPattern, null, Trademark, "fields.trademarkNumber", ref errors);
            FieldChecks.CheckCheckbox(FieldChecks.Value(order, "ciraAgreement"), true, Agreement, "fields.ciraAgreement", ref errors);
        }
        FieldChecks.CheckUnknown(order.Fields, order.Operation, static (name, op) => op switch
        {
            DomainOperation.Register or DomainOperation.OwnerChange => name is "legalType" or "ciraAgreement" or "trademarkNumber",
            DomainOperation.Transfer => name is "ciraAgreement",
            _ => false,
        }, ref errors);
        return errors.ToResult();
    }

    public BuildResult Build(DomainOrder order, ValidationContext context) => BuildResult.Failure(Validate(order, context));
}
