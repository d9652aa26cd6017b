using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Emit;

/// <summary>An indentation-aware string builder for generated C# (four spaces, '\n' line ends).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new StringBuilder();
    private int _indent;

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public void Line() => _sb.Append('\n');

    public void Line(string text)
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
    }

    // The overloads below write a line from parts, so callers need not concatenate a temporary string first.

    public void Line(string? a, string? b) => Indented().Append(a).Append(b).Append('\n');

    public void Line(string? a, string? b, string? c) => Indented().Append(a).Append(b).Append(c).Append('\n');

    public void Line(string? a, string? b, string? c, string? d) => Indented().Append(a).Append(b).Append(c).Append(d).Append('\n');

    public void Line(string? a, string? b, string? c, string? d, string? e) => Indented().Append(a).Append(b).Append(c).Append(d).Append(e).Append('\n');

    public void Line(params string?[] parts)
    {
        var sb = Indented();
        foreach (var part in parts) sb.Append(part);
        sb.Append('\n');
    }

    private StringBuilder Indented() => _sb.Append(' ', _indent * 4);

    /// <summary>Writes "{" and indents.</summary>
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
        Line("}" + suffix);
    }

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

    private static bool NeedsEscape(string value)
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
