using System.Buffers;

namespace TldToolkit.Tests.Shared;

/// <summary>Inputs that arrive in small pieces, to hit every refill of the reader (a byte at a time splits every UTF-8 sequence).</summary>
internal static class ChunkedInput
{
    /// <summary>A stream that hands out at most <paramref name="chunk"/> bytes per read, synchronously or not.</summary>
    public sealed class Trickle(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, chunk), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield(); // really asynchronous: the reader must not rely on a synchronous completion
            return Read(buffer.Span);
        }

        public bool Disposed { get; private set; }
        protected override void Dispose(bool disposing) { Disposed = true; base.Dispose(disposing); }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The bytes as a sequence of segments of <paramref name="chunk"/> bytes (the last may be shorter).</summary>
    public static ReadOnlySequence<byte> Segments(byte[] data, int chunk)
    {
        if (data.Length == 0) return ReadOnlySequence<byte>.Empty;
        Segment first = new(data.AsMemory(0, Math.Min(chunk, data.Length)), 0), last = first;
        for (int at = chunk; at < data.Length; at += chunk)
            last = last.Append(data.AsMemory(at, Math.Min(chunk, data.Length - at)));
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    /// <summary>A stream of <c>[item, item, …]</c> made as it is read, so a batch far larger than any buffer never exists in memory.</summary>
    public sealed class GeneratedArray(int count, Func<int, byte[]> item) : Stream
    {
        private int _next = -1; // -1: the opening bracket is next
        private byte[] _pending = [];
        private int _offset;

        public override int Read(byte[] buffer, int offset, int length)
        {
            if (_offset == _pending.Length)
            {
                if (_next > count) return 0;
                _pending = _next == -1 ? "["u8.ToArray() : _next == count ? "]"u8.ToArray() : [.. (_next > 0 ? ",\n"u8.ToArray() : []), .. item(_next)];
                _next++;
                _offset = 0;
            }
            int n = Math.Min(length, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
