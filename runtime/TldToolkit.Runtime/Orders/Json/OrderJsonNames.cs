namespace TldToolkit.Orders.Json;

/// <summary>How the order format (docs/orders.md, order.schema.json) spells the operations.</summary>
public static class OrderJsonNames
{
    private static readonly (string Name, DomainOperation Operation)[] Operations =
    [
        ("register", DomainOperation.Register),
        ("transfer", DomainOperation.Transfer),
        ("renew", DomainOperation.Renew),
        ("ownerChange", DomainOperation.OwnerChange),
    ];

    /// <summary><c>register</c>, <c>transfer</c>, <c>renew</c> or <c>ownerChange</c>.</summary>
    public static string Of(DomainOperation operation) => operation switch
    {
        DomainOperation.Register => "register",
        DomainOperation.Transfer => "transfer",
        DomainOperation.Renew => "renew",
        _ => "ownerChange",
    };

    /// <summary>The operation an order names, ignoring case (<c>Transfer</c>, <c>ownerchange</c>).</summary>
    public static bool TryParseOperation(string? name, out DomainOperation operation)
    {
        foreach (var (known, value) in Operations)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                operation = value;
                return true;
            }
        }
        operation = default;
        return false;
    }
}
