using System.Text.Json;
using TldToolkit.Catalog;
using TldToolkit.Cli.Output;
using TldToolkit.Orders.Json;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Validate;

/// <summary>Validates one order element: its shape first, then its TLD's rules, in the customer's language.</summary>
internal sealed class OrderValidator(TldCatalog catalog, ValidationContext context, string language)
{
    /// <summary>Code of an order the TLD's validator failed on (a bug, reported instead of crashing the batch).</summary>
    public const string ValidatorFailed = "validator-failed";

    public OrderResult Validate(JsonElement element, string source, int index) => Validate(OrderJsonReader.ReadOrder(element), source, index);

    public OrderResult Validate(ParsedOrder mapped, string source, int index)
    {
        var errors = new List<ResultError>(mapped.Problems.Count);
        foreach (var problem in mapped.Problems)
            errors.Add(new ResultError(problem.Code, problem.Path, Loc.F(language, "problem." + problem.Code, problem.Path, problem.Detail)));

        string? coverage = null;
        if (mapped.Order is { } order)
        {
            try
            {
                coverage = OperatorWarning(catalog.FindForOrder(order));
                var result = catalog.Validate(order, context);
                foreach (var error in result.Errors)
                {
                    // A value that could not be read was replaced by its default: its follow-up errors would mislead.
                    if (Covered(mapped.Problems, error.Path)) continue;
                    errors.Add(new ResultError(error.Code, error.Path, error.Message(language)));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Add(new ResultError(ValidatorFailed, "", Loc.F(language, "problem." + ValidatorFailed, "", $"{e.GetType().Name}: {Shown.Of(e.Message)}")));
            }
        }
        return new OrderResult(source, index, mapped.Id, mapped.Domain, mapped.Operation, errors, coverage);
    }

    /// <summary>The coverage an operator is warned about (baseline, unverified), or null.</summary>
    private static string? OperatorWarning(ITldDefinition? definition) => definition?.Rules.Coverage switch
    {
        Rules.TldCoverage.Baseline => "baseline",
        Rules.TldCoverage.Unverified => "unverified",
        _ => null,
    };

    private static bool Covered(IReadOnlyList<OrderProblem> problems, string path)
    {
        foreach (var problem in problems)
        {
            var p = problem.Path;
            if (p.Length == 0) return true;
            if (path.StartsWith(p, StringComparison.Ordinal)
                && (path.Length == p.Length || path[p.Length] is '.' or '['))
                return true;
        }
        return false;
    }
}
