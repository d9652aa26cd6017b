using System.Text.Json;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Reads the values of an order element by their expected JSON type. A value of another type, or one
/// that is not valid Unicode, becomes an <see cref="OrderProblem"/> at its path and reads as absent.
/// </summary>
internal static class ShapeValues
{
    public static string? String(JsonElement value, string path, ProblemList problems, string expected = "a string")
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            if (JsonText.TryGetString(value, out var text)) return text;
            problems.Add(new(OrderProblemCodes.ValueInvalid, path, $"expected {expected}, found text that is not valid Unicode (a lone surrogate or invalid UTF-8): \"{Short(text)}\""));
            return null;
        }
        if (value.ValueKind != JsonValueKind.Null) problems.Add(Invalid(path, expected, value));
        return null;
    }

    public static string? StringOrNumber(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        return String(value, path, problems);
    }

    public static bool Boolean(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.True) return true;
        if (value.ValueKind is JsonValueKind.False or JsonValueKind.Null) return false;
        problems.Add(Invalid(path, "true or false", value));
        return false;
    }

    public static IReadOnlyList<string> StringArray(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(Invalid(path, "an array of strings", value));
            return [];
        }
        var list = new List<string>(value.GetArrayLength());
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{i}]";
            if (item.ValueKind != JsonValueKind.String) problems.Add(Invalid(itemPath, "a string", item));
            else if (String(item, itemPath, problems) is { } text) list.Add(text);
            i++;
        }
        return list;
    }

    /// <summary>
    /// The name of a property, or false when it cannot be used: not valid Unicode (reported as unknown)
    /// or given twice in the same object (reported as a duplicate; the first value is kept, as the
    /// generator does with TLD0012, and the order is invalid either way).
    /// </summary>
    public static bool TryKey(JsonProperty property, string parent, HashSet<string> seen, ProblemList problems, out string name)
    {
        if (!JsonText.TryGetName(property, out name))
        {
            problems.Add(new(OrderProblemCodes.PropertyUnknown, OrderPaths.Key(parent, name), $"'{Short(name)}' is not a property of an order: the name is not valid Unicode"));
            return false;
        }
        if (seen.Add(name)) return true;
        problems.Add(new(OrderProblemCodes.PropertyDuplicate, OrderPaths.Key(parent, name), "only the first value is read, and the order is not accepted until the name appears once"));
        return false;
    }

    public static OrderProblem Invalid(string path, string expected, JsonElement found) =>
        new(OrderProblemCodes.ValueInvalid, path, $"expected {expected}, found {Describe(found)}");

    public static OrderProblem Unknown(string path, string name, string? expected = null) =>
        new(OrderProblemCodes.PropertyUnknown, path, $"'{Short(name)}' is not a property of an order" + (expected is null ? "" : $": expected {expected}"));

    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Customer input quoted in a detail: safe and at most 40 characters.</summary>
    public static string Short(string? text) => Text.Truncation.ForDisplay(text, 40);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Short(Shown(value))}\"",
        JsonValueKind.Number => $"the number {Short(value.GetRawText())}",
        _ => Kind(value.ValueKind),
    };

    private static string Shown(JsonElement value)
    {
        JsonText.TryGetString(value, out var text); // the lenient text when not valid Unicode
        return text;
    }
}
