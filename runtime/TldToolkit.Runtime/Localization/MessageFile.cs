using System.Text.Json;

namespace TldToolkit.Localization;

/// <summary>
/// One message file: the texts of one area ("validation", "outcomes", "cli", ...) in one culture, as read from
/// <c>{area}.{culture}.json</c>. <c>settings</c> say how the culture writes (its formatting culture, quotation marks,
/// date pattern); <c>words</c> are inserted into sentences; <c>messages</c> are sentences, each a text or a list of
/// variants from the richest to the plainest.
/// </summary>
internal sealed class MessageFile
{
    private static readonly IReadOnlyDictionary<string, string> NoSettings = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, string[]> NoTexts = new Dictionary<string, string[]>();

    public MessageFile(string area, string culture, IReadOnlyDictionary<string, string>? settings,
        IReadOnlyDictionary<string, string>? words, IReadOnlyDictionary<string, string[]>? messages)
    {
        Area = area;
        Culture = CultureFallback.Normalize(culture);
        Settings = settings ?? NoSettings;
        Words = words ?? NoSettings;
        Messages = messages ?? NoTexts;
    }

    /// <summary>"validation".</summary>
    public string Area { get; }

    /// <summary>"de", "de-at": lower case, as <see cref="CultureFallback"/> compares tags.</summary>
    public string Culture { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public IReadOnlyDictionary<string, string> Words { get; }

    public IReadOnlyDictionary<string, string[]> Messages { get; }

    /// <summary>The same file with every message passed through <paramref name="map"/> (bidi isolation of RTL wording).</summary>
    public MessageFile WithMessages(Func<string, string> map) =>
        new(Area, Culture, Settings, Words, Messages.ToDictionary(p => p.Key, p => Array.ConvertAll(p.Value, t => map(t)), StringComparer.Ordinal));

    /// <summary>
    /// Reads a message file. Settings are strings, booleans or numbers (kept as their JSON text); words are strings;
    /// a message is a string or an array of strings. Anything else is an <see cref="InvalidDataException"/> naming the key:
    /// message files ship inside the assemblies, and a broken one must fail the build's tests, not a customer's order.
    /// </summary>
    public static MessageFile Parse(string area, string culture, Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw Invalid(area, culture, "the file", "an object");
        Dictionary<string, string>? settings = null, words = null;
        Dictionary<string, string[]>? messages = null;
        foreach (var section in root.EnumerateObject())
        {
            if (section.Value.ValueKind != JsonValueKind.Object) throw Invalid(area, culture, section.Name, "an object");
            switch (section.Name)
            {
                case "settings":
                    settings = new(StringComparer.Ordinal);
                    foreach (var p in section.Value.EnumerateObject())
                        settings[p.Name] = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString()!,
                            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => p.Value.GetRawText(),
                            _ => throw Invalid(area, culture, p.Name, "a string, boolean or number"),
                        };
                    break;
                case "words":
                    words = new(StringComparer.Ordinal);
                    foreach (var p in section.Value.EnumerateObject())
                        words[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw Invalid(area, culture, p.Name, "a string");
                    break;
                case "messages":
                    messages = new(StringComparer.Ordinal);
                    foreach (var p in section.Value.EnumerateObject())
                        messages[p.Name] = Variants(area, culture, p);
                    break;
                default:
                    throw Invalid(area, culture, section.Name, "settings, words or messages");
            }
        }
        return new MessageFile(area, culture, settings, words, messages);
    }

    private static string[] Variants(string area, string culture, JsonProperty p)
    {
        if (p.Value.ValueKind == JsonValueKind.String) return [p.Value.GetString()!];
        if (p.Value.ValueKind != JsonValueKind.Array || p.Value.GetArrayLength() == 0) throw Invalid(area, culture, p.Name, "a string or a non-empty array of strings");
        var variants = new string[p.Value.GetArrayLength()];
        int i = 0;
        foreach (var item in p.Value.EnumerateArray())
            variants[i++] = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Invalid(area, culture, p.Name, "an array of strings");
        return variants;
    }

    private static InvalidDataException Invalid(string area, string culture, string key, string expected) =>
        new($"Message file {area}.{culture}.json: '{key}' must be {expected}.");
}
