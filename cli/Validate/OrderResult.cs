namespace TldToolkit.Cli.Validate;

/// <summary>One problem of an order as the tool reports it.</summary>
internal sealed record ResultError(string Code, string Path, string Message);

/// <summary>The outcome for one order of the input.</summary>
/// <param name="Source">File name, or "-" for standard input.</param>
/// <param name="Index">0-based position of the order in its source.</param>
internal sealed record OrderResult(string Source, int Index, string? Id, string? Domain, string? Operation, IReadOnlyList<ResultError> Errors)
{
    public bool Valid => Errors.Count == 0;
}
