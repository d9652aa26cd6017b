namespace TldToolkit.Cli.Validate;

/// <summary>One problem of an order as the tool reports it.</summary>
internal sealed record ResultError(string Code, string Path, string Message);

/// <summary>The outcome for one order of the input.</summary>
/// <param name="Source">File name, or "-" for standard input.</param>
/// <param name="Index">0-based position of the order in its source.</param>
/// <param name="Coverage">"baseline" or "unverified" when the TLD's rules are known only that far: an operator warning, never a customer message.</param>
internal sealed record OrderResult(string Source, int Index, string? Id, string? Domain, string? Operation, IReadOnlyList<ResultError> Errors, string? Coverage = null)
{
    public bool Valid => Errors.Count == 0;
}
