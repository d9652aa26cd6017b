using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Json;

/// <summary>
/// A small strict JSON (RFC 8259) parser for netstandard2.0 that never throws: it returns the tree
/// with the span of every token, or the first syntax error with its location. Duplicate keys are
/// kept (the reader reports them) and listed in <see cref="DuplicateKeys"/>.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private readonly StringTable? _strings;
    private int _pos;
    private int _depth;
    // Properties and items of the objects and arrays being parsed, innermost last: each container gets a list
    // (an array for an array's items) of exactly its size once it is complete, rather than a list grown (and its arrays thrown away) item by item.
    private readonly List<JsonProperty> _pendingProperties = new List<JsonProperty>();
    private readonly List<JsonNode> _pendingItems = new List<JsonNode>();

    private JsonParser(string text, StringTable? strings)
    {
        _text = text;
        _strings = strings;
    }

    /// <summary>The syntax error, when parsing failed.</summary>
    public JsonError? Error { get; private set; }

    /// <summary>Properties whose name repeats an earlier one in the same object.</summary>
    public List<JsonProperty> DuplicateKeys { get; } = new List<JsonProperty>();

    /// <summary>
    /// Parses <paramref name="text"/>; returns null and sets <see cref="Error"/> when malformed. Strings without
    /// escapes that <paramref name="strings"/> holds are returned as the table's instances (no copy).
    /// </summary>
    public static JsonNode? Parse(string text, out JsonParser parser, StringTable? strings = null)
    {
        parser = new JsonParser(text ?? "", strings);
        return parser.ParseDocument();
    }

    private JsonNode? ParseDocument()
    {
        // A UTF-8 BOM decoded into the string is tolerated.
        if (_text.Length > 0 && _text[0] == '\uFEFF') _pos = 1;
        SkipWhitespace();
        if (_pos >= _text.Length) return Fail("The file is empty; expected a JSON object.", _pos, 0);
        var root = ParseValue();
        if (root is null) return null;
        SkipWhitespace();
        if (_pos < _text.Length) return Fail("Unexpected text after the end of the JSON value.", _pos, TokenLength(_pos));
        return root;
    }

    private JsonNode? ParseValue()
    {
        SkipWhitespace();
        if (_pos >= _text.Length) return Fail("Unexpected end of file; expected a value.", _pos, 0);
        char c = _text[_pos];
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return ParseString();
            case 't': return ParseLiteral("true", JsonKind.True);
            case 'f': return ParseLiteral("false", JsonKind.False);
            case 'n': return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                return Fail(c == '\'' ? "Strings must use double quotes." : "Unexpected character '" + Printable(c) + "'; expected a value.", _pos, TokenLength(_pos));
        }
    }

    private JsonNode? ParseObject()
    {
        if (++_depth > MaxDepth) return Fail("The JSON is nested too deeply.", _pos, 1);
        var node = new JsonNode(JsonKind.Object, _pos);
        _pos++; // {
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            node.End = _pos;
            node.Properties = System.Array.Empty<JsonProperty>();
            _depth--;
            return node;
        }
        int first = _pendingProperties.Count;
        while (true)
        {
            SkipWhitespace();
            if (_pos >= _text.Length) return Fail("Unexpected end of file; expected a property name or '}'.", _pos, 0);
            if (_text[_pos] != '"')
                return Fail(_text[_pos] == '}' ? "Trailing comma before '}'." : "Expected a property name in double quotes.", _pos, TokenLength(_pos));
            int nameStart = _pos;
            var name = ReadString();
            if (name is null) return null;
            int nameEnd = _pos;
            SkipWhitespace();
            if (Peek() != ':') return Fail("Expected ':' after the property name.", _pos, TokenLength(_pos));
            _pos++;
            var value = ParseValue();
            if (value is null) return null;
            var property = new JsonProperty(name, nameStart, nameEnd, value);
            for (int i = first; i < _pendingProperties.Count; i++)
            {
                if (_pendingProperties[i].Name == property.Name)
                {
                    DuplicateKeys.Add(property);
                    break;
                }
            }
            _pendingProperties.Add(property);
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }
            if (c == '}')
            {
                _pos++;
                node.End = _pos;
                int count = _pendingProperties.Count - first;
                var properties = new JsonProperty[count];
                _pendingProperties.CopyTo(first, properties, 0, count);
                _pendingProperties.RemoveRange(first, count);
                node.Properties = properties;
                _depth--;
                return node;
            }
            return Fail(_pos >= _text.Length ? "Unexpected end of file; expected ',' or '}'." : "Expected ',' or '}' after a property value.", _pos, TokenLength(_pos));
        }
    }

    private JsonNode? ParseArray()
    {
        if (++_depth > MaxDepth) return Fail("The JSON is nested too deeply.", _pos, 1);
        var node = new JsonNode(JsonKind.Array, _pos);
        _pos++; // [
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            node.End = _pos;
            node.Items = System.Array.Empty<JsonNode>();
            _depth--;
            return node;
        }
        int first = _pendingItems.Count;
        while (true)
        {
            SkipWhitespace();
            if (Peek() == ']') return Fail("Trailing comma before ']'.", _pos, 1);
            var item = ParseValue();
            if (item is null) return null;
            _pendingItems.Add(item);
            SkipWhitespace();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }
            if (c == ']')
            {
                _pos++;
                node.End = _pos;
                int count = _pendingItems.Count - first;
                var items = new JsonNode[count];
                _pendingItems.CopyTo(first, items, 0, count);
                _pendingItems.RemoveRange(first, count);
                node.Items = items;
                _depth--;
                return node;
            }
            return Fail(_pos >= _text.Length ? "Unexpected end of file; expected ',' or ']'." : "Expected ',' or ']' after an array item.", _pos, TokenLength(_pos));
        }
    }

    private JsonNode? ParseString()
    {
        int start = _pos;
        // An escape-free string that is not in the string table: its value is cut out only if it is read.
        int end = start + 1;
        string text = _text;
        while (end < text.Length)
        {
            char ch = text[end];
            if (ch == '"' || ch == '\\' || ch < ' ') break;
            end++;
        }
        if (end < text.Length && text[end] == '"')
        {
            string? known = _strings?.Find(text, start + 1, end - start - 1);
            _pos = end + 1;
            var node = new JsonNode(JsonKind.String, start) { End = _pos };
            if (known is not null) node.Text = known;
            else if (end - start - 1 == 0) node.Text = "";
            else node.SetLazyText(text);
            return node;
        }
        var value = ReadString();
        if (value is null) return null;
        return new JsonNode(JsonKind.String, start) { End = _pos, Text = value };
    }

    /// <summary>
    /// Reads the string token at the current position (its opening quote) and moves past it; null (and
    /// <see cref="Error"/> set) when malformed. Property names are read with this, without a node.
    /// </summary>
    private string? ReadString()
    {
        int start = _pos;
        _pos++; // opening quote
        StringBuilder? sb = null;
        int runStart = _pos;
        while (true)
        {
            // Ordinary characters skipped in a local loop; the quote, a backslash or a control character stops it.
            string text = _text;
            int pos = _pos;
            while (pos < text.Length)
            {
                char ch = text[pos];
                if (ch == '"' || ch == '\\' || ch < ' ') break;
                pos++;
            }
            _pos = pos;
            if (_pos >= _text.Length) return FailString("Unterminated string.", start, _pos - start);
            char c = _text[_pos];
            if (c == '"')
            {
                string value = sb is null
                    ? _strings?.Find(_text, runStart, _pos - runStart) ?? _text.Substring(runStart, _pos - runStart)
                    : sb.Append(_text, runStart, _pos - runStart).ToString();
                _pos++;
                return value;
            }
            if (c < ' ')
            {
                return c == '\n' || c == '\r'
                    ? FailString("Unterminated string (a line break inside a string must be written as \\n).", start, _pos - start)
                    : FailString("A control character inside a string must be escaped.", _pos, 1);
            }
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(_text, runStart, _pos - runStart);
            int escapeStart = _pos;
            _pos++;
            if (_pos >= _text.Length) return FailString("Unterminated string.", start, _pos - start);
            char e = _text[_pos];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 >= _text.Length)
                        return FailString("Incomplete \\u escape.", escapeStart, _text.Length - escapeStart);
                    int code = 0;
                    for (int i = 1; i <= 4; i++)
                    {
                        int d = HexValue(_text[_pos + i]);
                        if (d < 0) return FailString("Invalid \\u escape; expected four hex digits.", escapeStart, System.Math.Min(6, _text.Length - escapeStart));
                        code = (code << 4) | d;
                    }
                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    return FailString("Invalid escape sequence '\\" + Printable(e) + "'.", escapeStart, 2);
            }
            _pos++;
            runStart = _pos;
        }
    }

    private JsonNode? ParseNumber()
    {
        int start = _pos;
        if (Peek() == '-') _pos++;
        if (Peek() == '0')
        {
            _pos++;
            if (IsDigit(Peek())) return Fail("A number must not have leading zeros.", start, TokenLength(start));
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek())) _pos++;
        }
        else
        {
            return Fail("Invalid number.", start, TokenLength(start));
        }
        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek())) return Fail("Invalid number: expected digits after '.'.", start, TokenLength(start));
            while (IsDigit(Peek())) _pos++;
        }
        if (Peek() == 'e' || Peek() == 'E')
        {
            _pos++;
            if (Peek() == '+' || Peek() == '-') _pos++;
            if (!IsDigit(Peek())) return Fail("Invalid number: expected digits in the exponent.", start, TokenLength(start));
            while (IsDigit(Peek())) _pos++;
        }
        if (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            return Fail("Invalid number.", start, TokenLength(start));
        return new JsonNode(JsonKind.Number, start) { End = _pos, Text = _text.Substring(start, _pos - start) };
    }

    private JsonNode? ParseLiteral(string literal, JsonKind kind)
    {
        int start = _pos;
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0
            || (_pos + literal.Length < _text.Length && char.IsLetterOrDigit(_text[_pos + literal.Length])))
            return Fail("Unexpected token '" + Truncate(_text.Substring(start, TokenLength(start))) + "'; expected a value.", start, TokenLength(start));
        _pos += literal.Length;
        return new JsonNode(kind, start) { End = _pos };
    }

    private void SkipWhitespace()
    {
        string text = _text;
        int pos = _pos;
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
        _pos = pos;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /// <summary>Length of the word-like token at <paramref name="start"/> (at least 1 inside the text).</summary>
    private int TokenLength(int start)
    {
        if (start >= _text.Length) return 0;
        int end = start;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_' || _text[end] == '-' || _text[end] == '.' || _text[end] == '+'))
            end++;
        return end == start ? 1 : end - start;
    }

    private static string Printable(char c) =>
        c < ' ' || c == '\u007F' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    private static string Truncate(string s) => s.Length <= 20 ? s : s.Substring(0, 20) + "…";

    private string? FailString(string message, int start, int length)
    {
        Fail(message, start, length);
        return null;
    }

    private JsonNode? Fail(string message, int start, int length)
    {
        if (start > _text.Length) start = _text.Length;
        if (start + length > _text.Length) length = _text.Length - start;
        if (length < 0) length = 0;
        Error ??= new JsonError(message, start, length);
        return null;
    }
}
