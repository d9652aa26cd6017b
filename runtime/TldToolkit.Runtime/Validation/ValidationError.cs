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

    /// <summary>A message for the customer in <paramref name="language"/> ("de", "de-CH"; a culture without messages falls back along its chain to English).</summary>
    public string Message(string language = "en") => ErrorMessages.ForCustomer(this, language);

    /// <summary>A message for the customer in the culture (its fallback chain: "de-AT" → "de" → English).</summary>
    public string Message(CultureInfo culture) => Message(culture?.Name ?? "en");

    /// <summary>A precise English message for developers and logs.</summary>
    public string DeveloperMessage => ErrorMessages.ForDeveloper(this);

    /// <inheritdoc />
    public override string ToString() => $"{SafeText.ForDisplay(Code, 64)} at {SafeText.ForDisplay(Path, 120)}: {DeveloperMessage}";
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
    /// <summary>
    /// Which rule of the code failed, where a code covers several (one of <see cref="ErrorReasons"/>,
    /// e.g. <see cref="ErrorReasons.TooShort"/> for <see cref="ErrorCodes.FieldInvalid"/>); messages pick
    /// their wording by it. Null when the code says it all.
    /// </summary>
    public string? Reason { get; init; }
}

/// <summary>Stable values of <see cref="ErrorArguments.Reason"/>.</summary>
public static class ErrorReasons
{
    /// <summary>Shorter than the minimum length (<see cref="ErrorArguments.Min"/>, <see cref="ErrorArguments.Actual"/>).</summary>
    public const string TooShort = "tooShort";
    /// <summary>Longer than the maximum length (<see cref="ErrorArguments.Max"/>, <see cref="ErrorArguments.Actual"/>).</summary>
    public const string TooLong = "tooLong";
    /// <summary>Does not match the TLD's pattern (<see cref="ErrorArguments.Detail"/> holds it).</summary>
    public const string Pattern = "pattern";
    /// <summary>Fails the named check-digit validator (<see cref="ErrorArguments.Detail"/> names it).</summary>
    public const string CheckDigits = "checkDigits";
    /// <summary>A checkbox value that is neither true nor false.</summary>
    public const string Checkbox = "checkbox";
    /// <summary>Holds control characters, bidi controls or broken surrogates that cannot be sent to a registry.</summary>
    public const string InvalidCharacters = "invalidCharacters";
    /// <summary>More lines than allowed (<see cref="ErrorArguments.Max"/>, <see cref="ErrorArguments.Actual"/>): a street of four lines.</summary>
    public const string TooManyLines = "tooManyLines";
    /// <summary>Not an e-mail address.</summary>
    public const string Email = "email";
    /// <summary>Not an EPP phone or fax number (+CC.NNNN).</summary>
    public const string Phone = "phone";
    /// <summary>Not an ISO 3166-1 alpha-2 country code.</summary>
    public const string Country = "country";
    /// <summary>A host name given in Unicode (U-labels) where the ASCII form (A-labels) is needed.</summary>
    public const string NotAscii = "notAscii";
}
