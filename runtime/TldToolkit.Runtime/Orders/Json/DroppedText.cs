using System.Text;

namespace TldToolkit.Orders.Json;

/// <summary>
/// What the reader knows of the input it no longer holds: how many lines it had, and how many bytes
/// and characters of the last of them, so a line and column can be told for any later byte.
/// </summary>
internal sealed class DroppedText
{
    /// <summary>Newlines in the dropped bytes: the 0-based line the first held byte is on.</summary>
    public long Lines { get; private set; }

    /// <summary>Bytes of that line already dropped.</summary>
    public long BytesInLine { get; private set; }

    /// <summary>UTF-16 characters of that line already dropped.</summary>
    public long CharsInLine { get; private set; }

    /// <summary>Records bytes leaving the buffer; they end at a token boundary, never inside a character.</summary>
    public void Drop(ReadOnlySpan<byte> bytes)
    {
        int last = bytes.LastIndexOf((byte)'\n');
        if (last < 0)
        {
            BytesInLine += bytes.Length;
            CharsInLine += Encoding.UTF8.GetCharCount(bytes);
            return;
        }
        Lines += bytes.Count((byte)'\n');
        var tail = bytes[(last + 1)..];
        BytesInLine = tail.Length;
        CharsInLine = Encoding.UTF8.GetCharCount(tail);
    }

    /// <summary>1-based line and character column of <paramref name="offset"/> in <paramref name="held"/>, the bytes after the dropped ones.</summary>
    public (long Line, long Column) PositionOf(ReadOnlySpan<byte> held, int offset)
    {
        var before = held[..Math.Clamp(offset, 0, held.Length)];
        int last = before.LastIndexOf((byte)'\n');
        if (last < 0) return (Lines + 1, CharsInLine + Encoding.UTF8.GetCharCount(before) + 1);
        return (Lines + before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[(last + 1)..]) + 1);
    }

    /// <summary>The offset in <paramref name="held"/> of a 0-based line and byte in that line (as <see cref="System.Text.Json.JsonException"/> reports them).</summary>
    public int OffsetOf(ReadOnlySpan<byte> held, long line, long byteInLine)
    {
        if (line <= Lines) return (int)Math.Clamp(byteInLine - BytesInLine, 0, held.Length);
        int start = 0;
        for (long l = Lines; l < line; l++)
        {
            int next = held[start..].IndexOf((byte)'\n');
            if (next < 0) return held.Length;
            start += next + 1;
        }
        return (int)Math.Clamp(start + byteInLine, 0, held.Length);
    }
}
