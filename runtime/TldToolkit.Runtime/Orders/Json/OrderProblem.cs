using TldToolkit.Text;

namespace TldToolkit.Orders.Json;

/// <summary>
/// A problem with the shape of an order as JSON (a wrong JSON type, an unknown or repeated property),
/// found before the TLD's rules run. Codes are stable (<see cref="OrderProblemCodes"/>, docs/orders.md).
/// </summary>
/// <param name="Code">One of <see cref="OrderProblemCodes"/>.</param>
/// <param name="Path">The offending value: <c>years</c>, <c>contacts.registrant.type</c>, <c>nameservers[1]</c>; "" for the order itself. Names the customer chose are made safe and cut to <see cref="MaxNameLength"/> characters.</param>
/// <param name="Detail">What is wrong, in English, for developers and logs (<c>expected a whole number of years, found the string "two"</c>); quoted input is made safe and short.</param>
public sealed record OrderProblem(string Code, string Path, string Detail)
{
    /// <summary>The most characters of a name the customer chose (an unknown key, a field name) that a path carries.</summary>
    public const int MaxNameLength = 64;

    /// <summary>"code at path: detail", as <see cref="Validation.ValidationError.ToString"/> writes errors.</summary>
    public override string ToString() => Path.Length == 0 ? $"{Code}: {Detail}" : $"{Code} at {SafeText.ForDisplay(Path, 120)}: {Detail}";
}

/// <summary>Stable codes of <see cref="OrderProblem"/>.</summary>
public static class OrderProblemCodes
{
    /// <summary>An element of the order array is not a JSON object (<c>42</c>).</summary>
    public const string NotAnObject = "order-not-object";
    /// <summary>A required property (operation, domain) is missing.</summary>
    public const string PropertyRequired = "order-property-required";
    /// <summary>A property has the wrong JSON type or a value that cannot be read (years: "two", expiresOn: "tomorrow", a lone surrogate).</summary>
    public const string ValueInvalid = "order-value-invalid";
    /// <summary>A property the order format does not know (a typo such as "year"), or a name that is not valid Unicode.</summary>
    public const string PropertyUnknown = "order-property-unknown";
    /// <summary>A property given twice in the same object (<c>"operation":"register", …, "operation":"buy"</c>); only the first value is read.</summary>
    public const string PropertyDuplicate = "order-property-duplicate";
}
