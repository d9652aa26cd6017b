using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// An indentation-aware writer for generated C# (four spaces, '\n' line ends). It writes into a char
/// buffer that is reused by the next writer on the same thread, so emitting a file allocates little
/// more than the resulting string.
/// </summary>
internal sealed class SourceWriter
{
    private const int InitialCapacity = 16 * 1024;
    private const int MaxCachedCapacity = 1024 * 1024;

    [System.ThreadStatic]
    private static char[]? t_cachedBuffer;

    private char[] _buffer;
    private int _length;
    private int _indent;

    public SourceWriter()
    {
        _buffer = t_cachedBuffer ?? new char[InitialCapacity];
        t_cachedBuffer = null;
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public void Line() => Append('\n');

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            WriteIndent();
            Append(text);
        }
        Append('\n');
    }

    // The overloads below write a line from parts, so callers need not concatenate a temporary string first.

    public void Line(string? a, string? b)
    {
        WriteIndent();
        Append(a);
        Append(b);
        Append('\n');
    }

    public void Line(string? a, string? b, string? c)
    {
        WriteIndent();
        Append(a);
        Append(b);
        Append(c);
        Append('\n');
    }

    public void Line(string? a, string? b, string? c, string? d)
    {
        WriteIndent();
        Append(a);
        Append(b);
        Append(c);
        Append(d);
        Append('\n');
    }

    public void Line(string? a, string? b, string? c, string? d, string? e)
    {
        WriteIndent();
        Append(a);
        Append(b);
        Append(c);
        Append(d);
        Append(e);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6, string? p7)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append(p7);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6, string? p7, string? p8)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append(p7);
        Append(p8);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6, string? p7, string? p8, string? p9)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append(p7);
        Append(p8);
        Append(p9);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6, string? p7, string? p8, string? p9, string? p10)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append(p7);
        Append(p8);
        Append(p9);
        Append(p10);
        Append('\n');
    }

    public void Line(string? p0, string? p1, string? p2, string? p3, string? p4, string? p5, string? p6, string? p7, string? p8, string? p9, string? p10, string? p11)
    {
        WriteIndent();
        Append(p0);
        Append(p1);
        Append(p2);
        Append(p3);
        Append(p4);
        Append(p5);
        Append(p6);
        Append(p7);
        Append(p8);
        Append(p9);
        Append(p10);
        Append(p11);
        Append('\n');
    }

    public void Line(params string?[] parts)
    {
        WriteIndent();
        foreach (var part in parts) Append(part);
        Append('\n');
    }

    /// <summary>Starts a line (its indentation); finish it with <see cref="EndLine"/>.</summary>
    public void StartLine() => WriteIndent();

    /// <summary>Writes text into the current line.</summary>
    public void Write(string? text) => Append(text);

    /// <summary>Writes <paramref name="value"/> as a C# string literal, as <see cref="Literals.String"/> would, without a temporary string.</summary>
    public void WriteLiteral(string? value)
    {
        if (value is null || Literals.NeedsEscape(value))
        {
            Append(Literals.String(value));
            return;
        }
        Reserve(value.Length + 2);
        _buffer[_length++] = '"';
        value.CopyTo(0, _buffer, _length, value.Length);
        _length += value.Length;
        _buffer[_length++] = '"';
    }

    /// <summary>
    /// Writes <paramref name="value"/> escaped as inside a C# string literal, without the quotes: the characters
    /// <see cref="Literals.String"/> escapes, escaped the same way, one by one (so pieces can be written in turn).
    /// </summary>
    public void WriteEscaped(string value)
    {
        if (!Literals.NeedsEscape(value))
        {
            Append(value);
            return;
        }
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': Append("\\\""); break;
                case '\\': Append("\\\\"); break;
                case '\n': Append("\\n"); break;
                case '\r': Append("\\r"); break;
                case '\t': Append("\\t"); break;
                case '\0': Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        Append("\\u");
                        Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                        Append(c);
                    break;
            }
        }
    }

    /// <summary>A line <c>prefix "value" suffix</c>, the value as a C# literal (see <see cref="WriteLiteral"/>).</summary>
    public void LineLiteral(string prefix, string? value, string suffix)
    {
        WriteIndent();
        Append(prefix);
        WriteLiteral(value);
        Append(suffix);
        Append('\n');
    }

    /// <summary>Ends the current line.</summary>
    public void EndLine() => Append('\n');

    /// <summary>Writes "{" and indents.</summary>
    public void Open(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        _indent++;
    }

    /// <summary>Writes the header <c>a + b + c</c> (without concatenating it first), "{" and indents.</summary>
    public void Open(string a, string b, string c)
    {
        Line(a, b, c);
        Line("{");
        _indent++;
    }

    /// <summary>Unindents and writes "}" (plus an optional suffix such as ";").</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}", suffix);
    }

    /// <summary>The text written so far. The buffer then goes back to the thread for the next writer.</summary>
    public override string ToString()
    {
        var text = new string(_buffer, 0, _length);
        if (_buffer.Length <= MaxCachedCapacity && _buffer.Length > 0) t_cachedBuffer = _buffer;
        _buffer = System.Array.Empty<char>();
        _length = 0;
        return text;
    }

    private void WriteIndent()
    {
        int count = _indent * 4;
        Reserve(count);
        for (int i = 0; i < count; i++) _buffer[_length++] = ' ';
    }

    private void Append(char c)
    {
        Reserve(1);
        _buffer[_length++] = c;
    }

    private void Append(string? text)
    {
        if (text is null || text.Length == 0) return;
        Reserve(text.Length);
        text.CopyTo(0, _buffer, _length, text.Length);
        _length += text.Length;
    }

    private void Reserve(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        var larger = new char[System.Math.Max(System.Math.Max(_buffer.Length * 2, _length + extra), InitialCapacity)];
        System.Array.Copy(_buffer, larger, _length);
        _buffer = larger;
    }
}

/// <summary>C# literal helpers (invariant culture).</summary>
internal static class Literals
{
    /// <summary>A C# string literal; control characters, quotes and backslashes escaped.</summary>
    public static string String(string? value)
    {
        if (value is null) return "null";
        if (!NeedsEscape(value)) return "\"" + value + "\"";
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    internal static bool NeedsEscape(string value)
    {
        foreach (char c in value)
            if (c < ' ' || c == '"' || c == '\\' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                return true;
        return false;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableInt(int? value) => value is null ? "null" : Int(value.Value);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Text for an XML doc comment: &amp; &lt; &gt; escaped, line breaks flattened.</summary>
    public static string Xml(string? value)
    {
        if (value is null) return "";
        if (!NeedsXmlEscape(value)) return value;
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                sb.Append('\uFFFD'); // not allowed in XML
                continue;
            }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    sb.Append(' ');
                    break;
                default:
                    if (c < ' ' || c == '\u007F') sb.Append(' ');
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool NeedsXmlEscape(string value)
    {
        foreach (char c in value)
            if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                return true;
        return false;
    }
}
