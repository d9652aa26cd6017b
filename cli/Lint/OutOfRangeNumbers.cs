using System.Text.Json;

namespace TldToolkit.Cli.Lint;

/// <summary>
/// Integers a TLD file cannot mean: outside the 64-bit range. NJsonSchema reads them as BigInteger
/// and its number checks then throw <see cref="InvalidCastException"/> (issue 15, R7), so lint reports
/// them itself, at their paths, and leaves such a file's other checks to the generator's pass.
/// </summary>
internal static class OutOfRangeNumbers
{
    /// <summary>Paths ("fields[0].maxLength", "notes") of integers outside Int64.</summary>
    public static List<string> Find(JsonElement root)
    {
        var found = new List<string>();
        Walk(root, "", found);
        return found;
    }

    private static void Walk(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, found);
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{i++}]", found);
                break;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                bool integer = raw.AsSpan().IndexOfAny(".eE") < 0;
                if (integer && !element.TryGetInt64(out _)) found.Add(path);
                break;
        }
    }
}
