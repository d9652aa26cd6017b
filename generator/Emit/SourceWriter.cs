using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// An indentation-aware writer for generated C# (four spaces, '\n' line ends), in the manner of dotnet/runtime's
/// <c>SourceWriter</c>: whole lines, blocks that indent, and a line written in parts where the parts vary.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new StringBuilder(16 * 1024);
    private int _indent;

    /// <summary>Indents the lines that follow by one level.</summary>
    public void Indent() => _indent++;

    /// <summary>Takes one level of indentation back.</summary>
    public void Unindent() => _indent--;

    /// <summary>An empty line.</summary>
    public void Line() => _sb.Append('\n');

    /// <summary>A line made of <paramref name="parts"/> (null parts write nothing), at the current indentation.</summary>
    public void Line(params string?[] parts)
    {
        StartLine();
        foreach (var part in parts) _sb.Append(part);
        EndLine();
    }

    /// <summary>A line <c>prefix "value" suffix</c>, the value as a C# literal.</summary>
    public void LineLiteral(string prefix, string? value, string suffix) => Line(prefix, Literals.String(value), suffix);

    /// <summary>Starts a line (its indentation); write its parts with <see cref="Write"/>, end it with <see cref="EndLine"/>.</summary>
    public void StartLine() => _sb.Append(' ', _indent * 4);

    /// <summary>Writes text into the current line.</summary>
    public void Write(string? text) => _sb.Append(text);

    /// <summary>Writes <paramref name="value"/> into the current line as a C# string literal.</summary>
    public void WriteLiteral(string? value) => _sb.Append(Literals.String(value));

    /// <summary>Ends the current line.</summary>
    public void EndLine() => _sb.Append('\n');

    /// <summary>Writes the header (if any), "{" and indents.</summary>
    public void Open(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        _indent++;
    }

    /// <summary>Unindents and writes "}" (plus an optional suffix such as ";").</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}", suffix);
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _sb.ToString();
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
