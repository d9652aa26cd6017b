using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Fields;

/// <summary>The type of an additional field.</summary>
public enum FieldType
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>One of a list of options.</summary>
    Select,
    /// <summary>True or false; an agreement when it must be checked.</summary>
    Checkbox,
    /// <summary>Information shown to the customer, never sent.</summary>
    Display,
}

/// <summary>How a select field is shown.</summary>
public enum SelectDisplay
{
    /// <summary>A dropdown list.</summary>
    Dropdown,
    /// <summary>Radio buttons.</summary>
    Radio,
}

/// <summary>Where an order form takes a field's initial value from.</summary>
public enum PrefillSource
{
    /// <summary>No prefill.</summary>
    None,
    /// <summary>The client's VAT ID.</summary>
    ClientVatId,
    /// <summary>The client's language.</summary>
    ClientLanguage,
    /// <summary>The client's company name.</summary>
    ClientCompanyName,
    /// <summary>A named client custom field.</summary>
    CustomField,
}

/// <summary>One choice of a select field.</summary>
/// <param name="Value">The value an order carries.</param>
/// <param name="RegistryValue">The value sent to the registry.</param>
/// <param name="Label">What the customer sees.</param>
public sealed record FieldOption(string Value, string RegistryValue, LocalizedText Label);

/// <summary>
/// Describes an additional field for explanation, order forms and the generic path. Validation does
/// not read it: the generated validator has each field's checks compiled in.
/// </summary>
public sealed class FieldDescriptor
{
    /// <summary>Stable camelCase name.</summary>
    public required string Name { get; init; }
    /// <summary>Registry parameter name, or null for display-only fields.</summary>
    public string? RegistryName { get; init; }
    /// <summary>Type.</summary>
    public FieldType Type { get; init; }
    /// <summary>How a select is shown.</summary>
    public SelectDisplay Display { get; init; }
    /// <summary>Label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Description, if any.</summary>
    public LocalizedText? Description { get; init; }
    /// <summary>Options of a select field.</summary>
    public IReadOnlyList<FieldOption> Options { get; init; } = [];
    /// <summary>Always required.</summary>
    public bool Required { get; init; }
    /// <summary>Required only when this holds; null when unconditional.</summary>
    public FieldCondition? RequiredWhen { get; init; }
    /// <summary>A checkbox that must be checked (an agreement).</summary>
    public bool MustBeChecked { get; init; }
    /// <summary>
    /// A checkbox that must be checked only when this holds (an agreement required under a condition,
    /// such as .fr's trustee service for holders outside the EU); null when there is no such condition.
    /// </summary>
    public FieldCondition? MustBeCheckedWhen { get; init; }
    /// <summary>
    /// The registry value a checked checkbox sends ("1" unless the TLD data says otherwise, e.g. an
    /// agreement version); null for fields that are not checkboxes.
    /// </summary>
    public string? CheckedValue { get; init; } = "1";
    /// <summary>
    /// The registry value an explicitly unchecked checkbox sends ("0" unless the TLD data says otherwise);
    /// null when nothing is sent for an unchecked box, and for fields that are not checkboxes.
    /// </summary>
    public string? UncheckedValue { get; init; } = "0";
    /// <summary>Pattern the value must match, if any.</summary>
    public string? Pattern { get; init; }
    /// <summary>Minimum length.</summary>
    public int? MinLength { get; init; }
    /// <summary>Maximum length.</summary>
    public int? MaxLength { get; init; }
    /// <summary>Named check-digit validator, if any (swissUid, euVat, ...).</summary>
    public string? Validator { get; init; }
    /// <summary>Default value.</summary>
    public string? Default { get; init; }
    /// <summary>Prefill source.</summary>
    public PrefillSource Prefill { get; init; }
    /// <summary>Custom field name when <see cref="Prefill"/> is <see cref="PrefillSource.CustomField"/>.</summary>
    public string? PrefillCustomField { get; init; }
    /// <summary>
    /// The operations the field applies to, as validation applies it: the data's operations, without transfer unless
    /// the TLD's <c>transfer.additionalFieldsApply</c> says fields go with a transfer. Validate, explain, the order-form
    /// schema, the client and the sandbox all read this one set.
    /// </summary>
    public FieldOperations Operations { get; init; }

    /// <summary>True when the field applies to <paramref name="operation"/>.</summary>
    public bool AppliesTo(DomainOperation operation) => (Operations & operation.ToFieldOperation()) != 0;

    // Derived once from the data above, on first use (a benign race builds the same value twice at worst).
    private string? _path;
    private string[]? _optionValues;
    private LocalizedText[]? _optionLabels;
    private System.Text.RegularExpressions.Regex? _pattern;
    private Func<string, bool>? _validator;

    /// <summary>The error path of the field: <c>fields.legalType</c>.</summary>
    public string Path => _path ??= "fields." + Name;

    internal string[] OptionValues => _optionValues ??= Options.Select(o => o.Value).ToArray();

    internal LocalizedText[] OptionLabels => _optionLabels ??= Options.Select(o => o.Label).ToArray();

    internal System.Text.RegularExpressions.Regex? PatternRegex =>
        Pattern is null ? null : _pattern ??= Validation.Patterns.Create(Validation.Patterns.Whole(Pattern));

    internal Func<string, bool>? ValidatorFunction =>
        Validator is null ? null : _validator ??= Validation.CheckDigitValidators.ByName.GetValueOrDefault(Validator);

    /// <summary>The registry value of the option whose order value is <paramref name="value"/> (the value itself when it is none).</summary>
    public string RegistryValueOf(string value)
    {
        var options = Options;
        for (int i = 0; i < options.Count; i++)
            if (string.Equals(options[i].Value, value, StringComparison.Ordinal)) return options[i].RegistryValue;
        return value;
    }
}
