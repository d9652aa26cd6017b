using System.Buffers;
using System.Text.Json;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Reads orders in the JSON format of docs/orders.md (order.schema.json): one order object, or an
/// array of them. Streaming: one order at a time, holding only the order being read, so a batch of
/// any length takes the memory of its largest order.
/// </summary>
/// <remarks>
/// Bad input never throws. An order of the wrong shape comes back as a <see cref="ParsedOrder"/> with
/// its <see cref="ParsedOrder.Problems"/>, and reading goes on with the next order. Input that stops
/// being JSON (or is not orders) ends the reading: <see cref="Read"/> returns null and
/// <see cref="Error"/> says where and why; the orders before it stand. Only the stream's own failures
/// (an <see cref="IOException"/>) and cancellation are thrown. Not thread-safe.
/// <code>
/// using var reader = new OrderJsonReader(stream);
/// while (reader.Read() is { } parsed)
///     Handle(parsed.Order, parsed.Problems);
/// if (reader.Error is { } error) Report($"{error.Line}:{error.Column}: {error.Message}");
/// </code>
/// </remarks>
public sealed class OrderJsonReader : IDisposable
{
    /// <summary>The buffer a reader starts with; it grows to the largest single order.</summary>
    public const int DefaultBufferSize = 1 << 16;

    private readonly ByteSource _source;
    private readonly TopLevelSplitter _splitter;
    private bool _disposed;

    /// <summary>Reads UTF-8 JSON from a stream as it arrives (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The input.</param>
    /// <param name="leaveOpen">True to leave the stream open when the reader is disposed.</param>
    /// <param name="initialBufferSize">The buffer to start with, in bytes.</param>
    public OrderJsonReader(Stream utf8Json, bool leaveOpen = false, int initialBufferSize = DefaultBufferSize)
        : this(new ByteSource.FromStream(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)), leaveOpen), initialBufferSize)
    {
    }

    /// <summary>Reads UTF-8 JSON already in memory, in one or more segments.</summary>
    public OrderJsonReader(ReadOnlySequence<byte> utf8Json, int initialBufferSize = DefaultBufferSize)
        : this(new ByteSource.FromSequence(utf8Json), initialBufferSize)
    {
    }

    /// <summary>Reads JSON text.</summary>
    public OrderJsonReader(string json, int initialBufferSize = DefaultBufferSize)
        : this(new ByteSource.FromString(json ?? throw new ArgumentNullException(nameof(json))), initialBufferSize)
    {
    }

    private OrderJsonReader(ByteSource source, int initialBufferSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialBufferSize);
        _source = source;
        _splitter = new TopLevelSplitter(initialBufferSize);
    }

    /// <summary>Reads one order that is already parsed (a <see cref="JsonElement"/> from a web framework's model binding).</summary>
    public static ParsedOrder ReadOrder(JsonElement order) => OrderElementMapper.Map(order);

    /// <summary>Why the input could not be read to its end; null while it can (and after a clean end).</summary>
    public OrderJsonError? Error => _splitter.Error;

    /// <summary>Whether the input is one order object rather than an array (known once its first order is read).</summary>
    public bool IsSingleOrder => _splitter.IsSingleObject;

    /// <summary>Bytes of the input consumed so far, for progress.</summary>
    public long BytesConsumed => _splitter.Position;

    /// <summary>The buffer's size now, in bytes.</summary>
    internal int BufferSize => _splitter.Capacity;

    /// <summary>The next order, or null at the end of the input or when it cannot be read further (see <see cref="Error"/>).</summary>
    public ParsedOrder? Read()
    {
        using var element = ReadElement();
        return element is null ? null : OrderElementMapper.Map(element.RootElement);
    }

    /// <summary>The next order, reading the stream asynchronously (a request body); null as for <see cref="Read"/>.</summary>
    public async ValueTask<ParsedOrder?> ReadAsync(CancellationToken cancellationToken = default)
    {
        using var element = await ReadElementAsync(cancellationToken).ConfigureAwait(false);
        return element is null ? null : OrderElementMapper.Map(element.RootElement);
    }

    /// <summary>
    /// The next order as JSON, not yet read as an order, for callers that keep or forward it as written
    /// (pass its root to <see cref="ReadOrder"/>); null as for <see cref="Read"/>. The caller disposes it.
    /// </summary>
    public JsonDocument? ReadElement()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (_splitter.Next(out var element))
            {
                case TopLevelSplitter.Step.Element: return element;
                case TopLevelSplitter.Step.NeedMore: _splitter.Filled(_source.Read(_splitter.FreeSpace().Span)); break;
                default: return null;
            }
        }
    }

    /// <summary><see cref="ReadElement"/>, reading the stream asynchronously.</summary>
    public async ValueTask<JsonDocument?> ReadElementAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (_splitter.Next(out var element))
            {
                case TopLevelSplitter.Step.Element: return element;
                case TopLevelSplitter.Step.NeedMore: _splitter.Filled(await _source.ReadAsync(_splitter.FreeSpace(), cancellationToken).ConfigureAwait(false)); break;
                default: return null;
            }
        }
    }

    /// <summary>Returns the buffer and closes the stream (unless it was to be left open).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _splitter.Dispose();
        _source.Dispose();
    }
}
