using System.Text;
using System.Text.Json;

namespace TldToolkit.Cli.Lint;

/// <summary>
/// Maps JSON paths ("fields[0].label") of a document to 1-based line and column of the value's
/// property name (or of the value itself for array items and the root), so schema errors point
/// into the file like compiler errors do.
/// </summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    /// <summary>Builds the map; throws <see cref="JsonException"/> (with line info) for text that is no JSON.</summary>
    public static JsonLocator Build(string text)
    {
        var locator = new JsonLocator();
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == '\n') lineStarts.Add(i + 1);

        (int, int) Position(long offset)
        {
            int index = lineStarts.BinarySearch((int)offset);
            int line = index >= 0 ? index : ~index - 1;
            int column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
            return (line + 1, column);
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        // Stack of containers: the path to the container, whether it is an array, and the next index.
        var stack = new Stack<(string Path, bool Array, int Next)>();
        string? pendingPath = null;
        (int, int) pendingPosition = (1, 1);
        while (reader.Read())
        {
            string? valuePath = null;
            (int, int) valuePosition = default;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = stack.Peek().Path;
                    var name = reader.GetString()!;
                    pendingPath = parent.Length == 0 ? name : parent + "." + name;
                    pendingPosition = Position(reader.TokenStartIndex);
                    continue;
                default:
                    if (stack.Count == 0) { valuePath = ""; valuePosition = Position(reader.TokenStartIndex); }
                    else if (stack.Peek().Array)
                    {
                        var (path, isArray, next) = stack.Pop();
                        stack.Push((path, isArray, next + 1));
                        valuePath = $"{path}[{next}]";
                        valuePosition = Position(reader.TokenStartIndex);
                    }
                    else if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                    {
                        valuePath = pendingPath;
                        valuePosition = pendingPosition;
                    }
                    break;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }
            if (valuePath is not null) locator._positions.TryAdd(valuePath, valuePosition);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                stack.Push((valuePath ?? "", reader.TokenType == JsonTokenType.StartArray, 0));
        }
        return locator;
    }

    /// <summary>
    /// The position of <paramref name="path"/>, or of its nearest existing ancestor (a missing
    /// required property points at the object that lacks it).
    /// </summary>
    public (int Line, int Column) Find(string path)
    {
        var p = path;
        while (true)
        {
            if (_positions.TryGetValue(p, out var position)) return position;
            if (p.Length == 0) return (1, 1);
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut <= 0 ? "" : p[..cut];
        }
    }

    /// <summary>NJsonSchema's "#/fields[0].label" (or "#/fields/0/label") as "fields[0].label".</summary>
    public static string FromSchemaPath(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var p = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        if (p.Contains('/'))
        {
            var builder = new StringBuilder();
            foreach (var segment in p.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(segment, out _)) builder.Append('[').Append(segment).Append(']');
                else { if (builder.Length > 0) builder.Append('.'); builder.Append(segment.Replace("~1", "/").Replace("~0", "~")); }
            }
            return builder.ToString();
        }
        return p;
    }
}
