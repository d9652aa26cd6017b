using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Validation;

/// <summary>
/// Checks of additional field values that generated validators call, one call per rule of a
/// field, with the field's label and path so errors read in the TLD's own words.
/// </summary>
internal static class FieldChecks
{
    /// <summary>The order's value for a field, or null when absent or blank.</summary>
    public static string? Value(DomainOrder order, string name) =>
        order?.Fields is { } fields && name is not null && fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Reports a missing value of a required field; returns false when missing.</summary>
    public static bool CheckRequired(string? value, LocalizedText label, string path, ref ErrorCollector errors)
    {
        if (value is not null) return true;
        errors.Add(ErrorCodes.FieldRequired, path, label);
        return false;
    }

    /// <summary>A select value must be one of the option values (ordinal, case-sensitive as the registry expects).</summary>
    public static void CheckOption(string value, IReadOnlyList<string> optionValues, IReadOnlyList<LocalizedText>? optionLabels,
        LocalizedText label, string path, ref ErrorCollector errors)
    {
        optionValues ??= [];
        if (value is not null && IndexOf(optionValues, value) >= 0) return;
        errors.Add(ErrorCodes.FieldOptionInvalid, path, label,
            new ErrorArguments { Value = Truncation.ForDisplay(value), AllowedValues = optionValues, AllowedLabels = optionLabels });
    }

    /// <summary>A checkbox value must be "true" or "false"; an agreement must be "true".</summary>
    public static void CheckCheckbox(string? value, bool mustBeChecked, LocalizedText label, string path, ref ErrorCollector errors)
    {
        if (value is null)
        {
            if (mustBeChecked) errors.Add(ErrorCodes.FieldAgreementRequired, path, label);
            return;
        }
        if (!TryParseCheckbox(value, out var isChecked))
        {
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), AllowedValues = ["true", "false"], Reason = ErrorReasons.Checkbox });
            return;
        }
        if (mustBeChecked && !isChecked)
            errors.Add(ErrorCodes.FieldAgreementRequired, path, label);
    }

    /// <summary>
    /// Text rules: characters a registry cannot take (control characters, bidi controls, lone
    /// surrogates), length bounds (in characters: a surrogate pair counts once), pattern (whole value,
    /// with timeout), named validator. One error per value; allocates nothing while the value is valid.
    /// </summary>
    public static void CheckText(string value, int? minLength, int? maxLength, Regex? pattern, Func<string, bool>? validator,
        LocalizedText label, string path, ref ErrorCollector errors)
    {
        if (value is null) return;
        if (SafeText.ContainsUnsafe(value))
        {
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), Reason = ErrorReasons.InvalidCharacters });
            return;
        }
        int length = ContactChecks.LengthInCharacters(value);
        if (minLength is { } min && length < min)
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), Min = min, Max = maxLength, Actual = length, Reason = ErrorReasons.TooShort });
        else if (maxLength is { } max && length > max)
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), Min = minLength, Max = max, Actual = length, Reason = ErrorReasons.TooLong });
        else if (pattern is not null && !Patterns.IsMatch(pattern, value))
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), Detail = pattern.ToString(), Reason = ErrorReasons.Pattern });
        else if (validator is not null && !ContactChecks.SafeValidate(validator, value))
            errors.Add(ErrorCodes.FieldInvalid, path, label, new ErrorArguments { Value = Truncation.ForDisplay(value), Detail = "check digits", Reason = ErrorReasons.CheckDigits });
    }

    /// <summary>
    /// Reports values for fields the TLD does not know or that do not apply to the operation.
    /// <paramref name="appliesTo"/> is a static generated method answering "is this field name known for this operation".
    /// </summary>
    public static void CheckUnknown(IReadOnlyDictionary<string, string?> fields, DomainOperation operation,
        Func<string, DomainOperation, bool> appliesTo, ref ErrorCollector errors)
    {
        if (fields is null || fields.Count == 0 || appliesTo is null) return;
        int reported = 0;
        if (fields is Dictionary<string, string?> dictionary)
        {
            // Struct enumerator: no allocation on the valid path.
            foreach (var pair in dictionary)
                if (!appliesTo(pair.Key, operation) && reported++ < MaxUnknownReported) ReportUnknown(pair.Key, ref errors);
            return;
        }
        foreach (var pair in fields)
            if (!appliesTo(pair.Key, operation) && reported++ < MaxUnknownReported) ReportUnknown(pair.Key, ref errors);
    }

    /// <summary>At most this many unknown fields are reported for one order (hostile orders may carry thousands).</summary>
    public const int MaxUnknownReported = 32;

    /// <summary>True when the field has a value among <paramref name="values"/>.</summary>
    public static bool ValueIn(string? value, IReadOnlyList<string> values) => value is not null && values is not null && IndexOf(values, value) >= 0;

    /// <summary>True when the field has a value and it is none of <paramref name="values"/>.</summary>
    public static bool ValueNotIn(string? value, IReadOnlyList<string> values) => value is not null && (values is null || IndexOf(values, value) < 0);

    /// <summary>True when a checkbox value is "true".</summary>
    public static bool IsChecked(string? value) => value is not null && TryParseCheckbox(value, out var c) && c;

    /// <summary>True when the registrant is of <paramref name="type"/>.</summary>
    public static bool RegistrantIs(DomainOrder order, RegistrantType type) => order?.Contacts?.Registrant is { } r && r.Type == type;

    /// <summary>True when the registrant's country is one of <paramref name="countries"/>.</summary>
    public static bool RegistrantCountryIn(DomainOrder order, IReadOnlyList<string> countries) =>
        order?.Contacts?.Registrant?.Country is { } c && ContactChecks.ContainsCountry(countries, c);

    /// <summary>Parses "true"/"false" (also "1"/"0", "on"/"off", "yes"/"no", any case) as shopping carts post them.</summary>
    public static bool TryParseCheckbox(string value, out bool isChecked)
    {
        var s = (value ?? "").AsSpan().Trim();
        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("1", StringComparison.Ordinal)
            || s.Equals("on", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            isChecked = true;
            return true;
        }
        if (s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("0", StringComparison.Ordinal)
            || s.Equals("off", StringComparison.OrdinalIgnoreCase) || s.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            isChecked = false;
            return true;
        }
        isChecked = false;
        return false;
    }

    private static void ReportUnknown(string name, ref ErrorCollector errors)
    {
        var shown = Truncation.ForDisplay(name, 64);
        errors.Add(ErrorCodes.FieldUnknown, Paths.Field(shown), arguments: new ErrorArguments { Value = shown });
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (int i = 0; i < values.Count; i++)
            if (string.Equals(values[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }
}
