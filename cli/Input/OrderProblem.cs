namespace TldToolkit.Cli.Input;

/// <summary>
/// A problem with the shape of an order as data (wrong JSON type, unknown property), found before
/// the TLD's validator runs. Its codes are the CLI's own and documented in docs/orders.md.
/// </summary>
internal sealed record OrderProblem(string Code, string Path, string Detail);

/// <summary>Stable codes of order shape problems.</summary>
internal static class OrderProblemCodes
{
    /// <summary>An element of the order array is not a JSON object.</summary>
    public const string NotAnObject = "order-not-object";
    /// <summary>A required property (operation, domain) is missing.</summary>
    public const string PropertyRequired = "order-property-required";
    /// <summary>A property has the wrong JSON type or a value that cannot be read (years: "two", expiresOn: "tomorrow").</summary>
    public const string ValueInvalid = "order-value-invalid";
    /// <summary>A property the order format does not know (a typo such as "year").</summary>
    public const string PropertyUnknown = "order-property-unknown";
    /// <summary>A property given twice in the same object (<c>"operation":"register", …, "operation":"buy"</c>).</summary>
    public const string PropertyDuplicate = "order-property-duplicate";
}
