using System.ComponentModel;

namespace TldToolkit.Generated;

/// <summary>
/// The data of many TLDs as the generator writes it into one UTF-8 literal: one line of JSON per TLD (or per
/// template), so the compiler stores a single block of bytes however many TLDs there are. The block is copied
/// once; each line is read when its TLD is first used. Only generated code creates it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TldDataLines
{
    private readonly ReadOnlyMemory<byte>[] _lines;

    /// <summary>The lines of <paramref name="utf8Lines"/> (separated by '\n'; the JSON holds no line break of its own).</summary>
    public TldDataLines(ReadOnlySpan<byte> utf8Lines)
    {
        var copy = utf8Lines.ToArray();
        var lines = new List<ReadOnlyMemory<byte>>();
        int start = 0;
        for (int i = 0; i <= copy.Length; i++)
        {
            if (i < copy.Length && copy[i] != (byte)'\n') continue;
            if (i > start) lines.Add(new ReadOnlyMemory<byte>(copy, start, i - start));
            start = i + 1;
        }
        _lines = lines.ToArray();
    }

    /// <summary>The number of lines.</summary>
    public int Count => _lines.Length;

    /// <summary>Line <paramref name="index"/> (from 0).</summary>
    public ReadOnlyMemory<byte> this[int index] => _lines[index];
}
