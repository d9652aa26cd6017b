namespace TldToolkit.Validation;

/// <summary>
/// The outcome of validating an order: every problem found, not only the first.
/// A valid result carries no list, so validating a valid order allocates nothing.
/// </summary>
public readonly struct ValidationResult
{
    private readonly List<ValidationError>? _errors;

    internal ValidationResult(List<ValidationError>? errors) => _errors = errors;

    /// <summary>A result without errors.</summary>
    public static ValidationResult Valid => default;

    /// <summary>True when the order has no problem.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(_errors))]
    public bool IsValid => _errors is null || _errors.Count == 0;

    /// <summary>All problems, in the order they were found.</summary>
    public IReadOnlyList<ValidationError> Errors => (IReadOnlyList<ValidationError>?)_errors ?? [];

    /// <summary>Creates a result from a list of errors (empty means valid; null entries are dropped).</summary>
    public static ValidationResult From(IEnumerable<ValidationError> errors)
    {
        var list = (errors ?? []).Where(e => e is not null).ToList();
        return new ValidationResult(list.Count == 0 ? null : list);
    }

    /// <summary>Combines two results, keeping all errors of both.</summary>
    public ValidationResult Concat(ValidationResult other)
    {
        if (other.IsValid) return this;
        if (IsValid) return other;
        var list = new List<ValidationError>(_errors);
        list.AddRange(other._errors);
        return new ValidationResult(list);
    }
}

/// <summary>
/// Collects errors during one validation. A mutable struct passed by <c>ref</c>: it creates its
/// list on the first error, so nothing is allocated while an order is valid.
/// </summary>
public struct ErrorCollector
{
    private List<ValidationError>? _errors;

    /// <summary>True once any error was added.</summary>
    public readonly bool HasErrors => _errors is { Count: > 0 };

    /// <summary>How many errors were added.</summary>
    public readonly int Count => _errors?.Count ?? 0;

    /// <summary>The errors added so far (null while there are none); read-only use inside the runtime.</summary>
    internal readonly List<ValidationError>? Items => _errors;

    /// <summary>Adds an error.</summary>
    public void Add(ValidationError error)
    {
        if (error is null) return;
        (_errors ??= new List<ValidationError>(4)).Add(error);
    }

    /// <summary>Adds an error made of its parts.</summary>
    public void Add(string code, string path, Text.LocalizedText? fieldLabel = null, ErrorArguments? arguments = null)
        => Add(new ValidationError(code, path, fieldLabel, arguments));

    /// <summary>True when an error with <paramref name="path"/> was already added (to avoid a second error for the same value).</summary>
    public readonly bool HasErrorAt(string path)
    {
        if (_errors is null) return false;
        foreach (var e in _errors)
            if (string.Equals(e.Path, path, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The result of the validation.</summary>
    public readonly ValidationResult ToResult() => new(_errors);
}
