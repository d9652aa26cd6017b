using System.Buffers;
using System.Text;
using System.Text.Json;

namespace TldToolkit.Cli.Input;

/// <summary>
/// Reads orders from a stream one at a time: either a single order object or a top-level array of
/// them. Only the element being read is held in memory (the buffer grows to the largest single
/// order), so arbitrarily long batches stream through. Syntax errors become a
/// <see cref="JsonInputException"/> with the 1-based line and column.
/// </summary>
internal sealed class OrderStreamReader : IDisposable
{
    internal static readonly JsonReaderOptions ReaderOptions = new()
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

    private readonly Stream _stream;
    private readonly string _source;
    private readonly Func<Stream?>? _reopen;
    private byte[] _buffer;
    private int _start;   // first unconsumed byte
    private int _length;  // bytes in the buffer
    private bool _final;  // the stream is exhausted
    private bool _bomChecked;
    private int _bom; // 3 when the input starts with a UTF-8 byte order mark
    private JsonReaderState _state = new(ReaderOptions);
    private Mode _mode = Mode.Start;
    private long _bytesBefore; // bytes dropped from the buffer so far, for progress
    private long _linesBefore; // newlines in the dropped bytes
    private long _lastLineBytesBefore; // dropped bytes after the last dropped newline

    private enum Mode { Start, Array, Done }

    /// <param name="stream">The input.</param>
    /// <param name="source">Its name in messages.</param>
    /// <param name="reopen">Opens the input again to turn a byte column into a character column on error (files only).</param>
    public OrderStreamReader(Stream stream, string source, Func<Stream?>? reopen = null, int initialBufferSize = 1 << 16)
    {
        _stream = stream;
        _source = source;
        _reopen = reopen;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
    }

    /// <summary>Bytes of the input consumed so far.</summary>
    public long Position => _bytesBefore + _start;

    /// <summary>Whether the input held a single order object rather than an array.</summary>
    public bool IsSingleObject { get; private set; }

    /// <summary>
    /// Reads the next order element (an object, or any other JSON value, which the mapper then
    /// rejects as that order's error). Returns null at the end of the input.
    /// </summary>
    public JsonDocument? Next()
    {
        while (true)
        {
            if (_mode == Mode.Done) return null;
            if (!_bomChecked)
            {
                if (_length - _start < 3 && !_final) { Fill(); continue; }
                if (_length - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF) { _start += 3; _bom = 3; }
                _bomChecked = true;
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _final, _state);
            try
            {
                if (_mode == Mode.Start)
                {
                    if (!reader.Read())
                    {
                        if (_final) throw Error("the input is empty: expected an order object or an array of orders", 0);
                        Fill();
                        continue;
                    }
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        Consume(ref reader);
                        _mode = Mode.Array;
                        continue;
                    }
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var single = TryTakeElement(ref reader);
                        if (single is null) { Fill(); continue; }
                        IsSingleObject = true;
                        _mode = Mode.Done;
                        ExpectEnd();
                        return single;
                    }
                    throw Error($"expected an order object or an array of orders, found {Describe(reader.TokenType)}", (int)reader.TokenStartIndex);
                }

                // Array mode: the next element or the closing bracket.
                if (!reader.Read())
                {
                    if (_final) throw Error("the array of orders is not closed: expected ']'", _length - _start);
                    Fill();
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Consume(ref reader);
                    _mode = Mode.Done;
                    ExpectEnd();
                    return null;
                }
                var element = TryTakeElement(ref reader);
                if (element is null) { Fill(); continue; }
                return element;
            }
            catch (JsonException e)
            {
                throw Error(Clean(e.Message), e.LineNumber ?? 0, e.BytePositionInLine ?? 0, e);
            }
        }
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
    private void ExpectEnd()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _length - _start), _final, _state);
            try
            {
                bool more = reader.Read();
                if (!more && _final) return;
                if (!more) { Fill(); continue; }
                throw Error($"unexpected {Describe(reader.TokenType)} after the end of the orders", (int)reader.TokenStartIndex);
            }
            catch (JsonException e)
            {
                // .NET rejects anything after the root value with its own message.
                throw Error(Clean(e.Message), e.LineNumber ?? 0, e.BytePositionInLine ?? 0, e);
            }
        }
    }

    private void Fill()
    {
        if (_final) throw new InvalidOperationException("Fill after the end of the input.");
        if (_start > 0)
        {
            var dropped = _buffer.AsSpan(0, _start);
            int newlines = dropped.Count((byte)'\n');
            if (newlines > 0)
            {
                _linesBefore += newlines;
                _lastLineBytesBefore = _start - dropped.LastIndexOf((byte)'\n') - 1;
            }
            else _lastLineBytesBefore += _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _length - _start);
            _length -= _start;
            _bytesBefore += _start;
            _start = 0;
        }
        if (_length == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _length);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0) _final = true;
        _length += read;
    }

    // Error at an offset in the unconsumed part of the buffer.
    private JsonInputException Error(string message, int offsetInSpan)
    {
        // JsonReaderState keeps line/byte-in-line, but not publicly: reproduce them by scanning.
        var (line, column) = PositionOf(_start + offsetInSpan);
        return Error(message, line, column, null);
    }

    private JsonInputException Error(string message, long zeroBasedLine, long zeroBasedByteInLine, Exception? inner)
    {
        long column = CharacterColumn(zeroBasedLine, zeroBasedByteInLine);
        return new JsonInputException(_source, message, zeroBasedLine + 1, column + 1, inner);
    }

    // Line and byte-in-line of a buffer offset, counted from the start of the input (BOM excluded).
    private (long Line, long ByteInLine) PositionOf(int bufferOffset)
    {
        long line = _linesBefore, byteInLine = _lastLineBytesBefore;
        for (int i = 0; i < bufferOffset && i < _length; i++)
        {
            if (_buffer[i] == '\n') { line++; byteInLine = 0; } else byteInLine++;
        }
        return (line, line == 0 ? Math.Max(0, byteInLine - _bom) : byteInLine);
    }

    // The reader counts bytes within the line; people count characters. Re-read the line when possible.
    private long CharacterColumn(long zeroBasedLine, long byteInLine)
    {
        if (_reopen?.Invoke() is not { } again) return CharacterColumnFromBuffer(zeroBasedLine, byteInLine);
        using (again)
        {
            long line = 0;
            int b;
            while (line < zeroBasedLine && (b = again.ReadByte()) >= 0)
                if (b == '\n') line++;
            if (zeroBasedLine == 0 && _bom > 0) again.ReadExactly(new byte[_bom]);
            var bytes = new byte[Math.Min(byteInLine, 1 << 20)];
            int n = again.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetCharCount(bytes, 0, n);
        }
    }

    // Standard input cannot be read again: decode the part of the line still in the buffer
    // (bytes of the line already dropped from the buffer count one each).
    private long CharacterColumnFromBuffer(long zeroBasedLine, long byteInLine)
    {
        if (zeroBasedLine < _linesBefore) return byteInLine;
        int start = 0;
        long dropped = 0;
        if (zeroBasedLine == _linesBefore)
        {
            dropped = _lastLineBytesBefore;
            if (zeroBasedLine == 0)
            {
                if (_bytesBefore == 0) start = _bom; else dropped = Math.Max(0, dropped - _bom);
            }
        }
        else
        {
            long line = _linesBefore;
            int i = 0;
            for (; i < _length && line < zeroBasedLine; i++)
                if (_buffer[i] == '\n') line++;
            if (line < zeroBasedLine) return byteInLine;
            start = i;
        }
        int take = (int)Math.Clamp(byteInLine - dropped, 0, _length - start);
        return dropped + Encoding.UTF8.GetCharCount(_buffer, start, take);
    }

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
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _stream.Dispose();
    }
}
