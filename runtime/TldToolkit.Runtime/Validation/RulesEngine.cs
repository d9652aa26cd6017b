using TldToolkit.Domains;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Validation;

/// <summary>
/// Validates an order against a TLD's rules and fields as data: the one validator every generated TLD uses, so
/// validate, explain, the order-form schema, the client and the sandbox answer from the same model. Reports every
/// problem, never throws, and allocates nothing for a valid order.
/// </summary>
internal static class RulesEngine
{
    /// <summary>
    /// Checks <paramref name="order"/> with the rules in force on the validation day; <paramref name="name"/> is the
    /// normalized domain when the name itself is valid. True when no error was added.
    /// </summary>
    public static bool Validate(TldRules rules, IReadOnlyList<FieldDescriptor> fields, Func<string, DomainOperation, bool> appliesTo,
        DomainOrder order, ValidationContext? context, ref ErrorCollector errors, out DomainName name)
    {
        context ??= ValidationContext.Default;
        if (rules.Changes.Count > 0) rules = rules.On(context.Today); // the day is only read when a dated change exists
        if (!OrderChecks.CheckOpen(order.Domain, rules, ref errors))
        {
            name = default;
            return false;
        }
        DomainChecks.CheckDomain(order.Domain, rules, ref errors, out name, order.IdnLanguage ?? IdnLanguage(fields, order));
        var operation = order.Operation;
        var terms = rules.Terms;
        switch (operation)
        {
            case DomainOperation.Register:
                CheckTermIfKnown(order.Years, terms.Register, ref errors);
                OrderChecks.CheckAddOns(order.AddOns, rules.AddOns, ref errors);
                OrderChecks.CheckNameservers(order.Nameservers, rules.Nameservers, ref errors);
                OrderChecks.CheckContacts(order.Contacts, rules.Contacts, ref errors);
                CheckContactFormats(order, rules.Contacts, ref errors);
                break;
            case DomainOperation.Transfer:
                OrderChecks.CheckTransfer(order.AuthCode, rules.Transfer, rules.Transfer.AuthCodeRegex, ref errors);
                if (rules.Transfer.Supported)
                {
                    CheckTermIfKnown(order.Years, terms.Transfer, ref errors);
                    OrderChecks.CheckAddOns(order.AddOns, rules.AddOns, ref errors);
                    OrderChecks.CheckNameservers(order.Nameservers, rules.Nameservers, ref errors);
                }
                break;
            case DomainOperation.Renew:
                // A registry that renews automatically (renewal.explicit false, .de .it) has no renew command, but the
                // registrar still sells the renewal and pays it: the order is validated like any other renewal.
                CheckTermIfKnown(order.Years, terms.Renew, ref errors);
                OrderChecks.CheckRenewal(order.ExpiresOn, order.Years, rules.Renewal, context, ref errors);
                OrderChecks.CheckAddOns(order.AddOns, rules.AddOns, ref errors);
                break;
            case DomainOperation.OwnerChange:
                OrderChecks.CheckContacts(order.Contacts, rules.Contacts, ref errors);
                CheckContactFormats(order, rules.Contacts, ref errors);
                break;
            default:
                errors.Add(ErrorCodes.OperationNotSupported, "operation", arguments: new ErrorArguments { Value = operation.ToString() });
                break;
        }
        for (int i = 0; i < fields.Count; i++)
            CheckField(fields[i], order, operation, ref errors);
        FieldChecks.CheckUnknown(order.Fields, operation, appliesTo, ref errors);
        return !errors.HasErrors;
    }

    /// <summary>
    /// The operations <see cref="Validate"/> accepts for the TLD, in order: register, transfer (unless the TLD has
    /// none), renew (also where the registry renews automatically: the registrar sells and pays the renewal) and owner
    /// change; none for a closed TLD. Explain and the order-form schema list exactly these.
    /// </summary>
    public static IReadOnlyList<DomainOperation> AcceptedOperations(TldRules rules)
    {
        if (rules.Coverage == TldCoverage.Closed) return [];
        return rules.Transfer.Supported ? AllOperations : WithoutTransfer;
    }

    private static readonly DomainOperation[] AllOperations = [DomainOperation.Register, DomainOperation.Transfer, DomainOperation.Renew, DomainOperation.OwnerChange];
    private static readonly DomainOperation[] WithoutTransfer = [DomainOperation.Register, DomainOperation.Renew, DomainOperation.OwnerChange];

    /// <summary>True when an order for <paramref name="operation"/> may carry the field <paramref name="name"/> (case-sensitive).</summary>
    public static bool FieldAppliesTo(IReadOnlyList<FieldDescriptor> fields, string name, DomainOperation operation)
    {
        for (int i = 0; i < fields.Count; i++)
            if (string.Equals(fields[i].Name, name, StringComparison.Ordinal)) return fields[i].AppliesTo(operation);
        return false;
    }

    // An empty term list is a term nobody stated: unknown, so not enforced.
    private static void CheckTermIfKnown(int years, IReadOnlyList<int> allowed, ref ErrorCollector errors)
    {
        if (allowed.Count > 0) OrderChecks.CheckTerm(years, allowed, ref errors);
    }

    /// <summary>A text field named <c>idnLanguage</c> carries the order's IDN language tag when the order has none of its own.</summary>
    private static string? IdnLanguage(IReadOnlyList<FieldDescriptor> fields, DomainOrder order)
    {
        for (int i = 0; i < fields.Count; i++)
            if (fields[i].Type == FieldType.Text && string.Equals(fields[i].Name, "idnLanguage", StringComparison.Ordinal))
                return FieldChecks.Value(order, "idnLanguage");
        return null;
    }

    private static void CheckContactFormats(DomainOrder order, ContactRules contacts, ref ErrorCollector errors)
    {
        var formats = contacts.Formats;
        for (int i = 0; i < formats.Count; i++)
        {
            var rule = formats[i];
            bool required = rule.Required || (rule.RequiredWhen is not null && rule.RequiredWhen.Holds(order));
            ContactChecks.CheckFormat(order.Contacts, rule.Roles, rule.Property, required, rule.PatternRegex, rule.MaxLength, rule.ValidatorFunction, ref errors);
        }
    }

    private static bool MustBeChecked(FieldDescriptor field, DomainOrder order) =>
        field.MustBeChecked || (field.MustBeCheckedWhen is not null && field.MustBeCheckedWhen.Holds(order));

    /// <summary>One field's rules for one order: required (always or under its condition), then its value by type.</summary>
    private static void CheckField(FieldDescriptor field, DomainOrder order, DomainOperation operation, ref ErrorCollector errors)
    {
        if (field.Type == FieldType.Display || !field.AppliesTo(operation)) return;
        var value = FieldChecks.Value(order, field.Name);
        if (field.Type == FieldType.Checkbox)
        {
            // A missing box: 'required' (or its condition) asks for a value; otherwise an agreement must be ticked,
            // always (mustBeChecked) or under its condition (mustBeCheckedWhen).
            if (value is null)
            {
                if (field.Required) FieldChecks.CheckRequired(null, field.Label, field.Path, ref errors);
                else if (field.RequiredWhen is not null) { if (field.RequiredWhen.Holds(order)) FieldChecks.CheckRequired(null, field.Label, field.Path, ref errors); }
                else FieldChecks.CheckCheckbox(null, MustBeChecked(field, order), field.Label, field.Path, ref errors);
                return;
            }
            FieldChecks.CheckCheckbox(value, MustBeChecked(field, order), field.Label, field.Path, ref errors);
            return;
        }
        if (value is null)
        {
            if (field.Required || (field.RequiredWhen is not null && field.RequiredWhen.Holds(order)))
                FieldChecks.CheckRequired(null, field.Label, field.Path, ref errors);
            return;
        }
        if (field.Type == FieldType.Select)
            FieldChecks.CheckOption(value, field.OptionValues, field.OptionLabels, field.Label, field.Path, ref errors);
        else
            FieldChecks.CheckText(value, field.MinLength, field.MaxLength, field.PatternRegex, field.ValidatorFunction, field.Label, field.Path, ref errors);
    }
}
