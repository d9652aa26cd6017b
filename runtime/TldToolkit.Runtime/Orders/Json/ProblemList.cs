using TldToolkit.Validation;

namespace TldToolkit.Orders.Json;

/// <summary>
/// The shape problems of one order, at most <see cref="FieldChecks.MaxUnknownReported"/> of each code
/// (as for unknown fields): a hostile order with 100,000 unknown keys or array items gets 32 errors, not 100,000.
/// </summary>
internal sealed class ProblemList
{
    private readonly List<OrderProblem> _items = [];
    private readonly Dictionary<string, int> _perCode = new(StringComparer.Ordinal);

    public IReadOnlyList<OrderProblem> Items => _items;

    public void Add(OrderProblem problem)
    {
        _perCode.TryGetValue(problem.Code, out int count);
        _perCode[problem.Code] = count + 1;
        if (count < FieldChecks.MaxUnknownReported) _items.Add(problem);
    }

    public bool Exists(Predicate<OrderProblem> match) => _items.Exists(match);
}
