using System.Text;
using System.Text.Json.Nodes;

namespace TldToolkit.Cli.Tests.Fuzzing;

/// <summary>
/// Random structural and byte-level mutations of sample orders (issue 15): hostile strings in any
/// value or key, wrong types, huge numbers, duplicate and unknown keys, deep nesting, lone surrogate
/// escapes, invalid UTF-8, flipped, inserted, deleted and repeated bytes. Deterministic for a seed.
/// </summary>
internal sealed class OrderMutator(IReadOnlyList<string> samples, int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Strings that broke, or could break, a reader, a validator or a terminal.</summary>
    internal static readonly string[] Hostile =
    [
        "\u001b]0;pwned\u0007", "\nFAKE: valid", "\r\n", "\0", "\u202e", "\u2028", "\u2029", "\u200f", "\ufeff", "\u00ad", "\u200b",
        "ｃａ", "maple.ｃａ", "maple.c\u202ea", "xn--", "xn--a", "-", "..", "ß", "\u0130", "\uffff", "\U0001F600",
        "%s%n", "{0}", "[red]markup[/]", "<script>", "' OR 1=1 --", "COMMAND = DeleteDomain", "a\nCOMMAND = DeleteDomain",
        new string('a', 300), new string('x', 10_000), "1e400", "-0", "0x10",
    ];

    /// <summary>Raw JSON fragments, some of them no valid JSON at all.</summary>
    private static readonly string[] RawValues =
    [
        "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud800\\ud800\"", "99999999999999999999999", "-1", "1.5", "1e400", "null", "true", "[]", "{}",
        "[1,2,3]", "{\"a\":{\"b\":{}}}", "\"\\u0000\"", "\"\\u001b[31m\"",
    ];

    public int Next(int max) => _random.Next(max);

    /// <summary>One mutated input: one to three sample orders (an object or an array), mutated one to four times.</summary>
    public byte[] Mutate()
    {
        int count = 1 + _random.Next(3);
        var orders = Enumerable.Range(0, count).Select(_ => JsonNode.Parse(samples[_random.Next(samples.Count)])!).ToList();
        for (int rounds = 1 + _random.Next(3); rounds > 0; rounds--)
            MutateTree(orders[_random.Next(orders.Count)]);
        string text = count == 1 && _random.Next(2) == 0
            ? orders[0].ToJsonString()
            : "[" + string.Join(",", orders.Select(o => o.ToJsonString())) + "]";
        if (_random.Next(2) == 0) text = MutateText(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return _random.Next(3) == 0 ? MutateBytes(bytes) : bytes;
    }

    private string HostileString() => Hostile[_random.Next(Hostile.Length)];

    private JsonNode? HostileValue() => _random.Next(6) switch
    {
        0 => JsonValue.Create(HostileString()),
        1 => JsonValue.Create(_random.Next(2) == 0 ? long.MaxValue : -_random.Next(1000)),
        2 => null,
        3 => new JsonArray(JsonValue.Create(HostileString()), JsonValue.Create(7)),
        4 => new JsonObject { [HostileString()] = HostileString() },
        _ => JsonValue.Create(_random.Next(2) == 0),
    };

    // Picks a random object of the tree and changes one of its properties (or adds one).
    private void MutateTree(JsonNode root)
    {
        var objects = new List<JsonObject>();
        Collect(root, objects);
        if (objects.Count == 0) return;
        var target = objects[_random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        switch (_random.Next(6))
        {
            case 0 when names.Count > 0:
                target[names[_random.Next(names.Count)]] = HostileValue();
                break;
            case 1 when names.Count > 0:
                target.Remove(names[_random.Next(names.Count)]);
                break;
            case 2:
                target[HostileString()] = HostileValue();
                break;
            case 3 when names.Count > 0:
                // A string value made hostile by appending or prefixing.
                var name = names[_random.Next(names.Count)];
                if (target[name] is JsonValue v && v.TryGetValue<string>(out var s))
                    target[name] = _random.Next(2) == 0 ? s + HostileString() : HostileString() + s;
                break;
            case 4:
                // Many unknown keys or a long array.
                for (int i = 0, n = 1 + _random.Next(80); i < n; i++) target["k" + i] = i;
                break;
            default:
                // Deep nesting, sometimes beyond the reader's depth limit.
                JsonNode deep = JsonValue.Create(1);
                for (int i = 0, n = _random.Next(70); i < n; i++) deep = new JsonArray(deep);
                target[names.Count > 0 ? names[_random.Next(names.Count)] : "deep"] = deep;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var (_, child) in o) Collect(child, into);
                break;
            case JsonArray a:
                foreach (var child in a) Collect(child, into);
                break;
        }
    }

    // Text-level changes no JSON tree can hold: duplicate keys, lone surrogate escapes, raw fragments.
    private string MutateText(string text)
    {
        var quotes = new List<int>();
        for (int i = text.IndexOf('"'); i >= 0; i = text.IndexOf('"', i + 1)) quotes.Add(i);
        int at = quotes.Count > 0 ? quotes[_random.Next(quotes.Count)] : 0;
        switch (_random.Next(4))
        {
            case 0:
                // Duplicate key: "operation":"buy" (or any key) right after an opening brace.
                int brace = text.IndexOf('{', _random.Next(Math.Max(1, text.Length)));
                if (brace < 0) brace = text.IndexOf('{');
                if (brace < 0) return text;
                var key = new[] { "operation", "domain", "years", "fields", "contacts", "id" }[_random.Next(6)];
                return text.Insert(brace + 1, $"\"{key}\":{RawValues[_random.Next(RawValues.Length)]},\"{key}\":\"buy\",");
            case 1:
                // A lone surrogate escape inside a string (value or key).
                return at + 1 <= text.Length ? text.Insert(at + 1, _random.Next(2) == 0 ? "\\ud800" : "\\udfff") : text;
            case 2:
                // Replace a value by a raw fragment.
                int colon = text.IndexOf(':', _random.Next(Math.Max(1, text.Length)));
                if (colon < 0) return text;
                int end = text.IndexOfAny([',', '}', ']'], colon + 1);
                if (end < 0) return text;
                return text[..(colon + 1)] + RawValues[_random.Next(RawValues.Length)] + text[end..];
            default:
                // An escaped control or bidi character.
                return at + 1 <= text.Length ? text.Insert(at + 1, new[] { "\\u001b", "\\u0007", "\\n", "\\u202e", "\\u2028", "\\u0000" }[_random.Next(6)]) : text;
        }
    }

    private byte[] MutateBytes(byte[] bytes)
    {
        var list = new List<byte>(bytes);
        for (int rounds = 1 + _random.Next(3); rounds > 0 && list.Count > 0; rounds--)
        {
            int at = _random.Next(list.Count);
            switch (_random.Next(6))
            {
                case 0: list[at] ^= (byte)(1 << _random.Next(8)); break;
                case 1: list.Insert(at, (byte)_random.Next(256)); break;
                case 2: list.RemoveRange(at, Math.Min(list.Count - at, 1 + _random.Next(8))); break;
                case 3: list.InsertRange(at, new byte[][] { [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF] }[_random.Next(5)]); break;
                case 4: list.RemoveRange(at, list.Count - at); break; // truncated
                default:
                    int length = Math.Min(list.Count - at, 1 + _random.Next(32));
                    list.InsertRange(at, list.GetRange(at, length));
                    break;
            }
        }
        return [.. list];
    }
}
