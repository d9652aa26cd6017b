using System.Text.RegularExpressions;
using TldToolkit.Catalog;
using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Client.Tests.Support;

/// <summary>
/// A hand-written TLD definition standing in for generated code: its own rules (terms, transfer with
/// auth code, optional asynchronous registration) and additional fields, validated with the runtime's
/// checks. Domain syntax is checked here because DomainChecks belongs to the IDN work.
/// </summary>
public sealed class TestTld : ITldDefinition
{
    private static readonly Regex Label = new("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);
    private readonly Dictionary<string, Regex> _patterns = [];

    public TestTld(string tld, bool asyncRegistration = false, IReadOnlyList<FieldDescriptor>? fields = null)
    {
        Fields = fields ?? [];
        foreach (var f in Fields)
            if (f.Pattern is { } p) _patterns[f.Name] = Patterns.Create(p);
        Rules = new TldRules
        {
            Tld = tld,
            UnicodeTld = tld,
            RegistryOperator = "Test Registry",
            Terms = new TermRules { Register = [1, 2, 3, 5, 10], Renew = [1, 2, 3, 4, 5], Transfer = [1], TransferAddsYear = true },
            Renewal = new RenewalRules { MaxHorizonYears = 10 },
            Transfer = new TransferRules { Supported = true, AuthCodeRequired = true },
            AddOns = new AddOnRules { IdProtection = true, RegistrarLock = true },
            Labels = new LabelRules { MinLength = 2, MaxLength = 63 },
            Nameservers = new NameserverRules { Min = 0, Max = 6 },
            Contacts = new ContactRules { RequiredRoles = [ContactRole.Registrant] },
            Lifecycle = new LifecycleRules { AsyncRegistration = asyncRegistration, RedemptionPeriodDays = 30 },
        };
    }

    public TldRules Rules { get; }

    public IReadOnlyList<FieldDescriptor> Fields { get; }

    public ValidationResult Validate(DomainOrder order, ValidationContext context)
    {
        var errors = new ErrorCollector();
        var domain = (order.Domain ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        var suffix = "." + Rules.Tld;
        if (!domain.EndsWith(suffix, StringComparison.Ordinal) || !Label.IsMatch(domain[..^suffix.Length]) || domain.Length - suffix.Length < Rules.Labels.MinLength)
            errors.Add(ErrorCodes.DomainInvalid, "domain", arguments: new ErrorArguments { Value = Truncation.ForDisplay(order.Domain) });

        var op = order.Operation;
        if (op != DomainOperation.OwnerChange) OrderChecks.CheckTerm(order.Years, Rules.Terms.For(op), ref errors);
        if (op == DomainOperation.Renew) OrderChecks.CheckRenewal(order.ExpiresOn, order.Years, Rules.Renewal, context, ref errors);
        if (op == DomainOperation.Transfer) OrderChecks.CheckTransfer(order.AuthCode, Rules.Transfer, null, ref errors);
        OrderChecks.CheckAddOns(order.AddOns, Rules.AddOns, ref errors);
        OrderChecks.CheckNameservers(order.Nameservers, Rules.Nameservers, ref errors);
        if (op is DomainOperation.Register or DomainOperation.OwnerChange) OrderChecks.CheckContacts(order.Contacts, Rules.Contacts, ref errors);

        foreach (var f in Fields)
        {
            if (!f.AppliesTo(op) || f.Type == FieldType.Display) continue;
            var path = Paths.Field(f.Name);
            var value = FieldChecks.Value(order, f.Name);
            if (f.Type == FieldType.Checkbox) { FieldChecks.CheckCheckbox(value, f.MustBeChecked, f.Label, path, ref errors); continue; }
            if (value is null) { if (f.Required) FieldChecks.CheckRequired(null, f.Label, path, ref errors); continue; }
            if (f.Type == FieldType.Select)
                FieldChecks.CheckOption(value, f.Options.Select(o => o.Value).ToList(), f.Options.Select(o => o.Label).ToList(), f.Label, path, ref errors);
            else
                FieldChecks.CheckText(value, f.MinLength, f.MaxLength, _patterns.GetValueOrDefault(f.Name), null, f.Label, path, ref errors);
        }
        FieldChecks.CheckUnknown(order.Fields, op, (name, operation) => Fields.Any(f => f.Name == name && f.AppliesTo(operation)), ref errors);
        return errors.ToResult();
    }

    public BuildResult Build(DomainOrder order, ValidationContext context)
    {
        var validation = Validate(order, context);
        if (!validation.IsValid) return BuildResult.Failure(validation);
        var domain = order.Domain.Trim().TrimEnd('.').ToLowerInvariant();
        var parameters = new List<RegistryParameter>();
        foreach (var f in Fields)
        {
            if (!f.AppliesTo(order.Operation) || f.RegistryName is null) continue;
            var value = FieldChecks.Value(order, f.Name);
            if (value is null) continue;
            var sent = f.Type switch
            {
                FieldType.Select => f.Options.First(o => o.Value == value).RegistryValue,
                FieldType.Checkbox => FieldChecks.IsChecked(value) ? "1" : null,
                _ => value.Trim(),
            };
            if (sent is not null) parameters.Add(new RegistryParameter(f.RegistryName, sent, f.Name));
        }
        return BuildResult.Success(new DomainCommand(order.Operation, Rules.Tld, domain, domain,
            order.Operation == DomainOperation.OwnerChange ? 0 : order.Years, order.ExpiresOn, order.AuthCode,
            order.Nameservers.Select(n => n.ToLowerInvariant()).ToList(), order.Contacts, order.AddOns, parameters));
    }
}

/// <summary>The test TLDs: as the client knows them, and as the (stricter) sandbox registry enforces them.</summary>
public static class TestTlds
{
    public static readonly LocalizedText CompanyNumberLabel = new("Company number", "Handelsregisternummer");
    public static readonly LocalizedText LegalTypeLabel = new("Legal type", "Rechtsform");

    private static FieldDescriptor LegalType(params string[] options) => new()
    {
        Name = "legalType",
        RegistryName = "X-TEST-LEGAL-TYPE",
        Type = FieldType.Select,
        Label = LegalTypeLabel,
        Required = true,
        Options = options.Select(o => new FieldOption(o.ToLowerInvariant(), o, new LocalizedText(o))).ToList(),
        Operations = FieldOperations.Register | FieldOperations.OwnerChange,
    };

    private static FieldDescriptor AcceptTerms() => new()
    {
        Name = "acceptTerms",
        RegistryName = "X-TEST-ACCEPT-TAC",
        Type = FieldType.Checkbox,
        Label = new LocalizedText("I accept the registry's terms"),
        MustBeChecked = true,
        Operations = FieldOperations.Register,
    };

    private static FieldDescriptor CompanyNumber(bool required, string pattern) => new()
    {
        Name = "companyNumber",
        RegistryName = "X-TEST-COMPANY-NUMBER",
        Type = FieldType.Text,
        Label = CompanyNumberLabel,
        Required = required,
        Pattern = pattern,
        Operations = FieldOperations.Register,
    };

    /// <summary>What the client validates: company number optional, 6 to 8 digits; legal types CCO and IND.</summary>
    public static TldCatalog ClientCatalog() => new(
    [
        new TestTld("test", fields: [LegalType("CCO", "IND"), AcceptTerms(), CompanyNumber(false, "^[0-9]{6,8}$")]),
        new TestTld("slow", asyncRegistration: true),
        new TestTld("plain"),
        new TestTld("notoffered"),
    ]);

    /// <summary>
    /// What the sandbox registry enforces: company number required and exactly 8 digits, legal type CCO
    /// only, and no "notoffered" TLD — so the registry disagrees with the client in known ways.
    /// </summary>
    public static TldCatalog RegistryCatalog() => new(
    [
        new TestTld("test", fields: [LegalType("CCO"), AcceptTerms(), CompanyNumber(true, "^[0-9]{8}$")]),
        new TestTld("slow", asyncRegistration: true),
        new TestTld("plain"),
    ]);
}
