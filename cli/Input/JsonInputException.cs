namespace TldToolkit.Cli.Input;

/// <summary>Input that cannot be read as orders: a missing file, broken JSON, a top level that is no order.</summary>
internal sealed class JsonInputException : Exception
{
    public JsonInputException(string source, string message, long? line = null, long? column = null, Exception? inner = null)
        : base(Output.Shown.Of(message), inner) // the reader's message may quote the offending input
    {
        Source = Output.Shown.Of(source);
        Line = line;
        Column = column;
    }

    /// <summary>The runtime reader's <paramref name="error"/> in <paramref name="source"/>.</summary>
    public static JsonInputException From(string source, Orders.Json.OrderJsonError error) =>
        new(source, error.Message, error.Line, error.Column);

    /// <summary>The file name (or "-" for standard input).</summary>
    public new string Source { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based column (in characters) of the problem, when known.</summary>
    public long? Column { get; }

    /// <summary>"file:line:column: message", the form compilers and editors understand.</summary>
    public string Describe() => Line is { } line
        ? $"{Source}:{line}:{Column ?? 1}: {Message}"
        : $"{Source}: {Message}";
}
