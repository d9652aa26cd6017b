using System.Globalization;
using TldToolkit.Text;

namespace TldToolkit.Validation;

/// <summary>
/// One problem of an order: a stable code, the path of the offending value and what a customer
/// and a developer need to understand it. Messages are rendered on demand, never while validating.
/// </summary>
public sealed class ValidationError
{
    /// <summary>Creates an error.</summary>
    public ValidationError(string code, string path, LocalizedText? fieldLabel = null, ErrorArguments? arguments = null)
    {
        Code = code;
        Path = path;
        FieldLabel = fieldLabel;
        Arguments = arguments ?? ErrorArguments.None;
    }

    /// <summary>Stable code from <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Path of the offending value: <c>years</c>, <c>fields.legalType</c>, <c>contacts.registrant.vatId</c>, <c>nameservers[2]</c>.</summary>
    public string Path { get; }

    /// <summary>The TLD's own label for the field, where the error concerns an additional field.</summary>
    public LocalizedText? FieldLabel { get; }

    /// <summary>The values the message needs (allowed periods, the date a renewal opens, ...).</summary>
    public ErrorArguments Arguments { get; }

    /// <summary>A message for the customer in <paramref name="language"/> (en, de, fr, ar; others fall back to English).</summary>
    public string Message(string language = "en") => ErrorMessages.ForCustomer(this, language);

    /// <summary>A message for the customer in the culture's language.</summary>
    public string Message(CultureInfo culture) => Message(culture.TwoLetterISOLanguageName);

    /// <summary>A precise English message for developers and logs.</summary>
    public string DeveloperMessage => ErrorMessages.ForDeveloper(this);

    /// <inheritdoc />
    public override string ToString() => $"{Code} at {Path}: {DeveloperMessage}";
}

/// <summary>The values an error message is made from. Only the members an error needs are set.</summary>
public sealed class ErrorArguments
{
    /// <summary>No arguments.</summary>
    public static ErrorArguments None { get; } = new();

    /// <summary>The value the order carried (already safe to show: truncated by the producer when long).</summary>
    public string? Value { get; init; }
    /// <summary>Allowed whole numbers (periods in years).</summary>
    public IReadOnlyList<int>? AllowedNumbers { get; init; }
    /// <summary>Allowed values (option values, countries, registrant types).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }
    /// <summary>Allowed option labels, parallel to <see cref="AllowedValues"/> where options have labels.</summary>
    public IReadOnlyList<LocalizedText>? AllowedLabels { get; init; }
    /// <summary>A lower bound (minimum length, minimum count).</summary>
    public int? Min { get; init; }
    /// <summary>An upper bound.</summary>
    public int? Max { get; init; }
    /// <summary>The actual number (length, count, years).</summary>
    public int? Actual { get; init; }
    /// <summary>A date the message names (when a renewal window opens, the latest allowed expiry).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>A number of days the message names (renewal window length).</summary>
    public int? Days { get; init; }
    /// <summary>Today's date as the validation saw it, for relative wording ("in 2 months").</summary>
    public DateOnly? Today { get; init; }
    /// <summary>A technical detail for developers (the IDNA error, the failing pattern).</summary>
    public string? Detail { get; init; }
}
