using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// Writes compact JSON (no spaces) for the data generated code hands to the runtime. The text goes into a C# raw
/// string literal (<c>"""…"""</c>), so besides JSON's own escapes every character a reviewer could not see or that
/// would end the line (controls, format characters such as bidi controls and soft hyphens, line separators,
/// surrogates, unassigned and private-use code points: <see cref="Parsing.HiddenCharacters"/>) is written as <c>\uXXXX</c>; a bare quote never appears
/// inside a string, so compact JSON never holds three quotes in a row.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _sb = new StringBuilder(512);
    /// <summary>Per open object or array: nothing written in it yet; where it started (before its separator); its parent's flag then.</summary>
    private readonly Stack<Frame> _open = new Stack<Frame>();

    private sealed class Frame
    {
        public bool First = true;
        public int Start;
        public bool ParentWasFirst;
    }

    public override string ToString() => _sb.ToString();

    public JsonWriter StartObject(string? name = null) => Start(name, '{');

    public JsonWriter EndObject() => End('}');

    /// <summary>Closes the object, or takes it back whole (name and separator too) when nothing was written in it.</summary>
    public JsonWriter EndObjectUnlessEmpty()
    {
        var frame = _open.Peek();
        if (!frame.First) return End('}');
        _open.Pop();
        _sb.Length = frame.Start;
        if (_open.Count > 0) _open.Peek().First = frame.ParentWasFirst;
        return this;
    }

    public JsonWriter StartArray(string? name = null) => Start(name, '[');

    public JsonWriter EndArray() => End(']');

    public JsonWriter String(string name, string? value)
    {
        Name(name);
        Value(value);
        return this;
    }

    public JsonWriter Number(string name, int value)
    {
        Name(name);
        _sb.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Bool(string name, bool value)
    {
        Name(name);
        _sb.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>An array element: a string.</summary>
    public JsonWriter Item(string? value)
    {
        Separator();
        Value(value);
        return this;
    }

    /// <summary>An array element: a number.</summary>
    public JsonWriter Item(int value)
    {
        Separator();
        _sb.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var v in values) Item(v);
        return EndArray();
    }

    public JsonWriter Ints(string name, IEnumerable<int> values)
    {
        StartArray(name);
        foreach (var v in values) Item(v);
        return EndArray();
    }

    private JsonWriter Start(string? name, char bracket)
    {
        var frame = new Frame { Start = _sb.Length, ParentWasFirst = _open.Count > 0 && _open.Peek().First };
        if (name is null) Separator(); else Name(name);
        _sb.Append(bracket);
        _open.Push(frame);
        return this;
    }

    private JsonWriter End(char bracket)
    {
        _open.Pop();
        _sb.Append(bracket);
        return this;
    }

    private void Name(string name)
    {
        Separator();
        Value(name);
        _sb.Append(':');
    }

    private void Separator()
    {
        if (_open.Count == 0) return;
        var frame = _open.Peek();
        if (frame.First) frame.First = false;
        else _sb.Append(',');
    }

    private void Value(string? value)
    {
        if (value is null)
        {
            _sb.Append("null");
            return;
        }
        _sb.Append('"');
        if (!NeedsEscaping(value))
        {
            // Most values (names, URLs, English text) need no escape: one append instead of one per character.
            _sb.Append(value).Append('"');
            return;
        }
        foreach (char c in value)
        {
            if (c == '"') _sb.Append("\\\"");
            else if (c == '\\') _sb.Append("\\\\");
            else if (Parsing.HiddenCharacters.IsHidden(c)) _sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else _sb.Append(c);
        }
        _sb.Append('"');
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (char c in value)
            if (c == '"' || c == '\\' || Parsing.HiddenCharacters.IsHidden(c)) return true;
        return false;
    }
}
