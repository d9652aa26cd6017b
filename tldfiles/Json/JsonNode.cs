using System.Collections.Generic;

namespace TldToolkit.Generator.Json;

/// <summary>The kind of a JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value with the exact span of its token(s) in the source text. Transient: only the
/// reader sees it; models never hold it.
/// </summary>
internal sealed class JsonNode
{
    // One field holds what the kind has (the text of a string or number, the properties of an object, the
    // items of an array): a node is 40 bytes rather than 56, and a file has hundreds of them.
    private object? _payload;

    public JsonNode(JsonKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonKind Kind { get; }
    /// <summary>Offset of the first character of the value.</summary>
    public int Start { get; }
    /// <summary>Offset just past the value.</summary>
    public int End { get; set; }
    /// <summary>Decoded string value (strings) or raw text (numbers).</summary>
    public string? Text
    {
        get
        {
            if (_lazyText)
            {
                // The payload is the whole source text; the value is the (escape-free) run between the quotes.
                _payload = ((string)_payload!).Substring(Start + 1, End - Start - 2);
                _lazyText = false;
            }
            return _payload as string;
        }
        set
        {
            _payload = value;
            _lazyText = false;
        }
    }

    /// <summary>The length of <see cref="Text"/> (0 without one), without cutting a lazy value out.</summary>
    public int TextLength => _lazyText ? End - Start - 2 : (_payload as string)?.Length ?? 0;

    // True while _payload is the source text of an escape-free string whose value has not been read yet: a
    // string the reader never looks at (notes, titles, dates) then costs no substring. Fits the node's padding.
    private bool _lazyText;

    /// <summary>Makes this string node's value the text between its quotes in <paramref name="source"/>, cut out when first read.</summary>
    public void SetLazyText(string source)
    {
        _payload = source;
        _lazyText = true;
    }
    /// <summary>Properties in source order (objects), an exact-size array (empty objects share one empty array).</summary>
    public JsonProperty[]? Properties
    {
        get => _payload as JsonProperty[];
        set => _payload = value;
    }
    /// <summary>Items (arrays).</summary>
    public JsonNode[]? Items
    {
        get => _payload as JsonNode[];
        set => _payload = value;
    }

    public int Length => End - Start;

    /// <summary>The first property with <paramref name="name"/>, or null.</summary>
    public JsonProperty? Find(string name)
    {
        if (Properties is null) return null;
        foreach (var p in Properties)
            if (p.Name == name) return p;
        return null;
    }

    public static string KindName(JsonKind kind) => kind switch
    {
        JsonKind.Object => "object",
        JsonKind.Array => "array",
        JsonKind.String => "string",
        JsonKind.Number => "number",
        JsonKind.True or JsonKind.False => "boolean",
        _ => "null",
    };
}

/// <summary>A property of a JSON object: its name token and value.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }
    /// <summary>Offset of the opening quote of the name.</summary>
    public int NameStart { get; }
    /// <summary>Offset just past the closing quote of the name.</summary>
    public int NameEnd { get; }
    public JsonNode Value { get; }
}

/// <summary>A syntax problem found by <see cref="JsonParser"/>.</summary>
internal readonly struct JsonError
{
    public JsonError(string message, int start, int length)
    {
        Message = message;
        Start = start;
        Length = length;
    }

    public string Message { get; }
    public int Start { get; }
    public int Length { get; }
}
