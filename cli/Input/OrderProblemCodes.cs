namespace TldToolkit.Cli.Input;

/// <summary>The runtime's order shape codes (<see cref="Orders.Json.OrderProblemCodes"/>) under the CLI's name.</summary>
internal static class OrderProblemCodes
{
    public const string NotAnObject = Orders.Json.OrderProblemCodes.NotAnObject;
    public const string PropertyRequired = Orders.Json.OrderProblemCodes.PropertyRequired;
    public const string ValueInvalid = Orders.Json.OrderProblemCodes.ValueInvalid;
    public const string PropertyUnknown = Orders.Json.OrderProblemCodes.PropertyUnknown;
    public const string PropertyDuplicate = Orders.Json.OrderProblemCodes.PropertyDuplicate;
}
