using System.Buffers;
using System.Text.Unicode;

namespace TldToolkit.Orders.Json;

/// <summary>Hands the reader the input's UTF-8 bytes piece by piece; 0 bytes means the end.</summary>
internal abstract class ByteSource : IDisposable
{
    public abstract int Read(Span<byte> destination);

    public virtual ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Read(destination.Span));

    public virtual void Dispose() { }

    /// <summary>A stream, read as it comes (a file, a request body, standard input).</summary>
    public sealed class FromStream(Stream stream, bool leaveOpen) : ByteSource
    {
        public override int Read(Span<byte> destination) => stream.Read(destination);

        public override ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken) =>
            stream.ReadAsync(destination, cancellationToken);

        public override void Dispose()
        {
            if (!leaveOpen) stream.Dispose();
        }
    }

    /// <summary>Bytes already in memory, in one or many segments (a pipe's buffer).</summary>
    public sealed class FromSequence(ReadOnlySequence<byte> sequence) : ByteSource
    {
        private ReadOnlySequence<byte> _rest = sequence;

        public override int Read(Span<byte> destination)
        {
            int n = (int)Math.Min(destination.Length, _rest.Length);
            _rest.Slice(0, n).CopyTo(destination);
            _rest = _rest.Slice(n);
            return n;
        }
    }

    /// <summary>A string, encoded to UTF-8 a piece at a time (a lone surrogate becomes U+FFFD).</summary>
    /// <remarks>The reader always offers room for at least <see cref="MinimumRead"/> bytes, one character's worth.</remarks>
    public sealed class FromString(string text) : ByteSource
    {
        private int _position;

        public override int Read(Span<byte> destination)
        {
            // Stops before a character that does not fit, never inside it.
            Utf8.FromUtf16(text.AsSpan(_position), destination, out int read, out int written, replaceInvalidSequences: true, isFinalBlock: true);
            _position += read;
            return written;
        }
    }

    /// <summary>The least room a read is offered: the UTF-8 bytes of any one character.</summary>
    public const int MinimumRead = 4;
}
