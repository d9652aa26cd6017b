using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Reads strings and property names of an order without throwing. <see cref="JsonElement.GetString"/>
/// and <see cref="JsonProperty.Name"/> throw <see cref="InvalidOperationException"/> for a lone
/// surrogate escape (<c>"\ud800"</c>) or invalid UTF-8, which the JSON reader lets through; such a
/// value becomes a problem of its order instead of ending the batch.
/// </summary>
internal static class JsonText
{
    /// <summary>The string value, or false (and the raw text, decoded leniently, for display) when it is not valid Unicode.</summary>
    public static bool TryGetString(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            text = Lenient(JsonMarshal.GetRawUtf8Value(value));
            return false;
        }
    }

    /// <summary>The property's name; when it is not valid Unicode, its raw text decoded leniently (never a known name) and false.</summary>
    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = Lenient(JsonMarshal.GetRawUtf8PropertyName(property));
            return false;
        }
    }

    // Invalid bytes become U+FFFD; escapes stay as written (\ud800), quotes are dropped.
    private static string Lenient(ReadOnlySpan<byte> raw)
    {
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"') raw = raw[1..^1];
        return Encoding.UTF8.GetString(raw);
    }
}
