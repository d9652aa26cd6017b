using System.Buffers;
using System.Text.Json;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Splits the input into its orders: a single object, or the elements of a top-level array, one at
/// a time. Only the element being read is held (the buffer grows to the largest single element), so
/// batches of any length stream through. Broken input ends the split with an <see cref="OrderJsonError"/>.
/// </summary>
/// <remarks>The caller feeds it: after <see cref="Step.NeedMore"/>, read into <see cref="FreeSpace"/> and call <see cref="Filled"/>.</remarks>
internal sealed class TopLevelSplitter : IDisposable
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>What <see cref="Next"/> found.</summary>
    public enum Step { Element, NeedMore, End, Failed }

    private enum Mode { Start, Array, AfterSingle, AfterArray, Done }

    private byte[] _buffer;
    private int _start;   // first unconsumed byte
    private int _length;  // bytes in the buffer
    private bool _final;  // the input is exhausted
    private bool _bomChecked;
    private long _bytesDropped;
    private readonly DroppedText _dropped = new();
    private JsonReaderState _state = new(ReaderOptions);
    private Mode _mode = Mode.Start;
    private JsonDocument? _single; // the single object, held until nothing but whitespace is known to follow

    public TopLevelSplitter(int initialBufferSize) =>
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialBufferSize, ByteSource.MinimumRead));

    /// <summary>Bytes of the input consumed so far (a byte order mark included).</summary>
    public long Position => _bytesDropped + _start;

    /// <summary>Whether the input is a single order object rather than an array.</summary>
    public bool IsSingleObject { get; private set; }

    /// <summary>Why the input could not be read to its end; set with <see cref="Step.Failed"/>.</summary>
    public OrderJsonError? Error { get; private set; }

    /// <summary>The buffer's size: bounded by the largest element, however long the input.</summary>
    internal int Capacity => _buffer.Length;

    /// <summary>The next element (an object, or any other JSON value, which the mapper then rejects as that order's problem).</summary>
    public Step Next(out JsonDocument? element)
    {
        element = null;
        while (true)
        {
            switch (_mode)
            {
                case Mode.Done:
                    return Error is null ? Step.End : Step.Failed;
                case Mode.AfterSingle:
                case Mode.AfterArray:
                    var after = ExpectEnd();
                    if (after == Step.End && _mode == Mode.AfterSingle)
                    {
                        _mode = Mode.Done;
                        element = _single;
                        _single = null;
                        return Step.Element;
                    }
                    if (after != Step.NeedMore) _mode = Mode.Done;
                    return after;
            }
            if (!_bomChecked)
            {
                if (_length - _start < ByteOrderMark.Length && !_final) return Step.NeedMore;
                if (_buffer.AsSpan(_start, _length - _start).StartsWith(ByteOrderMark)) DropByteOrderMark();
                _bomChecked = true;
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _final, _state);
            try
            {
                if (!reader.Read())
                {
                    if (!_final) return Step.NeedMore;
                    return _mode == Mode.Start
                        ? Fail(OrderJsonErrorKind.Empty, "the input is empty: expected an order object or an array of orders", 0)
                        : Fail(OrderJsonErrorKind.UnclosedArray, "the array of orders is not closed: expected ']'", _length - _start);
                }
                if (_mode == Mode.Start)
                {
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        Consume(ref reader);
                        _mode = Mode.Array;
                        continue;
                    }
                    if (reader.TokenType != JsonTokenType.StartObject)
                        return Fail(OrderJsonErrorKind.NotOrders, $"expected an order object or an array of orders, found {Describe(reader.TokenType)}", (int)reader.TokenStartIndex);
                    if (TryTakeElement(ref reader) is not { } single) return Step.NeedMore;
                    IsSingleObject = true;
                    _single = single;
                    _mode = Mode.AfterSingle;
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Consume(ref reader);
                    _mode = Mode.AfterArray;
                    continue;
                }
                if (TryTakeElement(ref reader) is not { } next) return Step.NeedMore;
                element = next;
                return Step.Element;
            }
            catch (JsonException e)
            {
                // Nothing but whitespace left: in the array it is still open, before any value the input is empty.
                bool blank = _final && IsBlank(_buffer.AsSpan(_start, _length - _start));
                var kind = !blank ? OrderJsonErrorKind.InvalidJson : _mode == Mode.Start ? OrderJsonErrorKind.Empty : OrderJsonErrorKind.UnclosedArray;
                return Fail(kind, e);
            }
        }
    }

    /// <summary>Where the next read goes: after the unconsumed bytes, at least <see cref="ByteSource.MinimumRead"/> bytes.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_start > 0)
        {
            _dropped.Drop(_buffer.AsSpan(0, _start));
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _length - _start);
            _length -= _start;
            _bytesDropped += _start;
            _start = 0;
        }
        if (_buffer.Length - _length < ByteSource.MinimumRead)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _length);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        return _buffer.AsMemory(_length);
    }

    /// <summary>Records a read into <see cref="FreeSpace"/>; 0 bytes is the end of the input.</summary>
    public void Filled(int count)
    {
        if (count == 0) _final = true;
        _length += count;
    }

    // With the reader on the first token of a value: takes the whole value when it is in the
    // buffer (and consumes it), or returns null when more input is needed.
    private JsonDocument? TryTakeElement(ref Utf8JsonReader reader)
    {
        int tokenStart = (int)reader.TokenStartIndex;
        if (!reader.TrySkip()) return null; // incomplete: refill and start this element again
        int end = (int)reader.BytesConsumed;
        var bytes = _buffer.AsSpan(_start + tokenStart, end - tokenStart).ToArray();
        Consume(ref reader);
        return JsonDocument.Parse(bytes, DocumentOptions);
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    // After the top-level value only whitespace and comments may follow.
    private Step ExpectEnd()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _final, _state);
        try
        {
            bool more = reader.Read();
            if (!more) return _final ? Step.End : Step.NeedMore;
            return Fail(OrderJsonErrorKind.TrailingContent, $"unexpected {Describe(reader.TokenType)} after the end of the orders", (int)reader.TokenStartIndex);
        }
        catch (JsonException e)
        {
            // .NET rejects anything after the root value with its own message.
            return Fail(OrderJsonErrorKind.TrailingContent, e);
        }
    }

    // The byte order mark is not part of the text: it moves no column.
    private void DropByteOrderMark()
    {
        Buffer.BlockCopy(_buffer, ByteOrderMark.Length, _buffer, 0, _length - ByteOrderMark.Length);
        _length -= ByteOrderMark.Length;
        _bytesDropped += ByteOrderMark.Length;
    }

    // An error at an offset in the unconsumed part of the buffer.
    private Step Fail(OrderJsonErrorKind kind, string message, int offsetInUnconsumed)
    {
        var (line, column) = _dropped.PositionOf(_buffer.AsSpan(0, _length), _start + offsetInUnconsumed);
        return Fail(new OrderJsonError(kind, message, line, column));
    }

    // The reader's state carries line and byte-in-line across refills, so its positions count from the start.
    private Step Fail(OrderJsonErrorKind kind, JsonException e)
    {
        var held = _buffer.AsSpan(0, _length);
        var (line, column) = _dropped.PositionOf(held, _dropped.OffsetOf(held, e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
        return Fail(new OrderJsonError(kind, Clean(e.Message), line, column));
    }

    private Step Fail(OrderJsonError error)
    {
        Error = error;
        _mode = Mode.Done;
        _single?.Dispose();
        _single = null;
        return Step.Failed;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    // "'x' is invalid after a value. Expected ... LineNumber: 3 | BytePositionInLine: 4." → without the position suffix.
    private static string Clean(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = at >= 0 ? message[..at] : message;
        return text.TrimEnd().TrimEnd('.');
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => type.ToString(),
    };

    public void Dispose()
    {
        _single?.Dispose();
        _single = null;
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
