using System.Text.Json;
using TldToolkit.Orders;
using TldToolkit.Orders.Json;

namespace TldToolkit.Cli.Input;

/// <summary>
/// The CLI's names for the runtime's order reading (<see cref="OrderJsonReader.ReadOrder"/>,
/// <see cref="OrderJsonNames"/>); the reading itself lives in the runtime.
/// </summary>
internal static class OrderMapper
{
    /// <summary>The operation as orders spell it.</summary>
    public static string Name(DomainOperation operation) => OrderJsonNames.Of(operation);

    /// <summary>One order element read as an order with its shape problems.</summary>
    public static MappedOrder Map(JsonElement element) => new(OrderJsonReader.ReadOrder(element));
}

/// <summary>An order read from JSON (see <see cref="ParsedOrder"/>).</summary>
internal sealed class MappedOrder(ParsedOrder parsed)
{
    public DomainOrder? Order => parsed.Order;
    public IReadOnlyList<OrderProblem> Problems => parsed.Problems;
    public string? Domain => parsed.Domain;
    public string? Operation => parsed.Operation;
    public string? Id => parsed.Id;
}
