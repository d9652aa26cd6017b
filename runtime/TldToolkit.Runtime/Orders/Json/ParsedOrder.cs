using System.Diagnostics.CodeAnalysis;

namespace TldToolkit.Orders.Json;

/// <summary>
/// One order read from JSON: the <see cref="DomainOrder"/> as far as it could be read and every
/// problem with its shape. A value that could not be read is left at its default and reported, so an
/// order with problems still carries the rest (validate it to learn the TLD's own problems too).
/// </summary>
public sealed class ParsedOrder
{
    internal ParsedOrder(DomainOrder? order, IReadOnlyList<OrderProblem> problems, string? id, string? domain, string? operation)
    {
        Order = order;
        Problems = problems;
        Id = id;
        Domain = domain;
        Operation = operation;
    }

    /// <summary>The order; null when its operation or domain is missing or unreadable.</summary>
    public DomainOrder? Order { get; }

    /// <summary>Every shape problem, in document order (at most 32 of each code).</summary>
    public IReadOnlyList<OrderProblem> Problems { get; }

    /// <summary>True when the JSON had no shape problem; <see cref="Order"/> is then set.</summary>
    [MemberNotNullWhen(true, nameof(Order))]
    public bool IsWellFormed => Problems.Count == 0 && Order is not null;

    /// <summary>The caller's own reference (<c>"id"</c>, a string or number as written), to echo in results.</summary>
    public string? Id { get; }

    /// <summary>The domain as written, also when the order could not be read.</summary>
    public string? Domain { get; }

    /// <summary>The operation as the format spells it (<c>register</c>), or as written when it is none.</summary>
    public string? Operation { get; }
}
