using System.Text.Json;
using TldToolkit.Orders.Json;

namespace TldToolkit.Cli.Input;

/// <summary>
/// The runtime's <see cref="OrderJsonReader"/> over one input of the CLI: its orders one at a time,
/// and an input that cannot be read further as a <see cref="JsonInputException"/> naming the input
/// (exit code 2), after the orders before the break.
/// </summary>
internal sealed class OrderStreamReader(Stream stream, string source, int initialBufferSize = OrderJsonReader.DefaultBufferSize) : IDisposable
{
    private readonly OrderJsonReader _reader = new(stream, leaveOpen: false, initialBufferSize);

    /// <summary>Bytes of the input consumed so far, for the progress bar.</summary>
    public long Position => _reader.BytesConsumed;

    /// <summary>The next order element (read it with <see cref="OrderJsonReader.ReadOrder"/>), or null at the end of the input.</summary>
    public JsonDocument? Next() =>
        _reader.ReadElement() ?? (_reader.Error is { } error ? throw JsonInputException.From(source, error) : null);

    public void Dispose() => _reader.Dispose();
}
