namespace TldToolkit.Cli.Input;

/// <summary>The runtime's rule for names in paths (<see cref="Orders.Json.OrderProblem.MaxNameLength"/>) under the CLI's name.</summary>
internal static class OrderPaths
{
    public const int MaxNameLength = Orders.Json.OrderProblem.MaxNameLength;
}
