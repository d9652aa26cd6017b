using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Commands;

/// <summary>Turns a valid order into the transport-neutral <see cref="DomainCommand"/> from the TLD's data: written once for every TLD.</summary>
internal static class CommandBuilder
{
    /// <summary>Validates, then builds; an invalid order never yields a command.</summary>
    public static BuildResult Build(TldRules rules, IReadOnlyList<FieldDescriptor> fields, Func<string, DomainOperation, bool> appliesTo,
        DomainOrder order, ValidationContext? context)
    {
        var errors = new ErrorCollector();
        if (!RulesEngine.Validate(rules, fields, appliesTo, order, context, ref errors, out var name))
            return BuildResult.Failure(errors.ToResult());
        var operation = order.Operation;
        var command = new DomainCommand(
            operation,
            rules.Tld,
            name.Ascii,
            name.Unicode,
            operation == DomainOperation.OwnerChange ? 0 : order.Years,
            operation == DomainOperation.Renew ? order.ExpiresOn : null,
            operation == DomainOperation.Transfer ? order.AuthCode : null,
            operation is DomainOperation.Register or DomainOperation.Transfer ? Nameservers(order.Nameservers) : Array.Empty<string>(),
            order.Contacts,
            order.AddOns,
            RegistryParameters(fields, order, operation));
        return BuildResult.Success(command);
    }

    /// <summary>
    /// The parameters sent for fields that apply to the operation and have a registry name: a select sends its
    /// option's registry value, a checkbox its checkedValue ("1" unless the data says otherwise) when ticked and its
    /// uncheckedValue ("0"; nothing when null) when explicitly unticked, a text field its value as given; display-only
    /// fields are never sent.
    /// </summary>
    public static IReadOnlyList<RegistryParameter> RegistryParameters(IReadOnlyList<FieldDescriptor> fields, DomainOrder order, DomainOperation operation)
    {
        List<RegistryParameter>? parameters = null;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (field.Type == FieldType.Display || field.RegistryName is null || !field.AppliesTo(operation)) continue;
            var value = FieldChecks.Value(order, field.Name);
            if (value is null) continue;
            string? sent = field.Type switch
            {
                FieldType.Select => field.RegistryValueOf(value),
                FieldType.Checkbox => !FieldChecks.TryParseCheckbox(value, out var isChecked) ? null
                    : isChecked ? field.CheckedValue ?? "1" : field.UncheckedValue,
                _ => value,
            };
            if (sent is null) continue;
            (parameters ??= new List<RegistryParameter>(fields.Count)).Add(new RegistryParameter(field.RegistryName, sent, field.Name));
        }
        return parameters ?? (IReadOnlyList<RegistryParameter>)Array.Empty<RegistryParameter>();
    }

    /// <summary>Nameservers as a command carries them: trimmed, without trailing dot, ASCII lower case.</summary>
    private static IReadOnlyList<string> Nameservers(IReadOnlyList<string> hosts)
    {
        if (hosts.Count == 0) return [];
        var result = new string[hosts.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = (hosts[i] ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        return result;
    }
}
