using System.ComponentModel;

namespace TldToolkit.Generated;

/// <summary>
/// The data of many TLDs as the generator writes it into one literal: one line of JSON per TLD (or per template), so
/// the compiler handles a single literal however many TLDs there are. The text is turned into UTF-8 once; each line
/// is read when its TLD is first used. Only generated code creates it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TldDataLines
{
    private readonly ReadOnlyMemory<byte>[] _lines;

    /// <summary>
    /// The lines of <paramref name="lines"/> (separated by '\n'; the JSON holds no line break of its own). A string
    /// literal, not a UTF-8 one: the compiler takes a long UTF-8 literal measurably slower, and these lines (TLDs
    /// without fields, a few hundred bytes each) stay far below the 16 MB user-string heap whatever the catalog's
    /// size; the data of TLDs with fields, in their own files, is UTF-8 when the catalog asks for it
    /// (<c>TldToolkitDataLiterals=utf8</c>).
    /// </summary>
    public TldDataLines(string lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var bytes = System.Text.Encoding.UTF8.GetBytes(lines);
        var result = new List<ReadOnlyMemory<byte>>();
        int start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            if (i > start) result.Add(new ReadOnlyMemory<byte>(bytes, start, i - start));
            start = i + 1;
        }
        _lines = result.ToArray();
    }

    /// <summary>The number of lines.</summary>
    public int Count => _lines.Length;

    /// <summary>Line <paramref name="index"/> (from 0).</summary>
    public ReadOnlyMemory<byte> this[int index] => _lines[index];
}
