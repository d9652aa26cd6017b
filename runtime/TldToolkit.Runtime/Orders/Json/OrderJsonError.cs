namespace TldToolkit.Orders.Json;

/// <summary>Why an input stopped being readable as orders (<see cref="OrderJsonError.Kind"/>).</summary>
public enum OrderJsonErrorKind
{
    /// <summary>The input holds no JSON value: nothing, or only whitespace.</summary>
    Empty,
    /// <summary>The top-level value is neither an order object nor an array (<c>"orders"</c>, <c>42</c>).</summary>
    NotOrders,
    /// <summary>The JSON is broken: a syntax error, a string or nesting too deep (more than 64 levels), an unfinished value.</summary>
    InvalidJson,
    /// <summary>The top-level array ends without its closing <c>]</c>.</summary>
    UnclosedArray,
    /// <summary>Something other than whitespace or a comment follows the top-level value.</summary>
    TrailingContent,
}

/// <summary>
/// The input cannot be read further: where (1-based line and column, the column in UTF-16 characters
/// as editors count them; a byte order mark is not counted) and why. Orders read before it stand.
/// </summary>
public sealed class OrderJsonError
{
    internal OrderJsonError(OrderJsonErrorKind kind, string message, long line, long column)
    {
        Kind = kind;
        Message = message;
        Line = line;
        Column = column;
    }

    /// <summary>What kind of problem it is.</summary>
    public OrderJsonErrorKind Kind { get; }

    /// <summary>An English description (<c>'"' is invalid after a value. Expected either ',', '}', or ']'</c>); it may quote the input, so make it safe before showing it.</summary>
    public string Message { get; }

    /// <summary>1-based line.</summary>
    public long Line { get; }

    /// <summary>1-based column, in characters.</summary>
    public long Column { get; }

    /// <summary>"line:column: message".</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
