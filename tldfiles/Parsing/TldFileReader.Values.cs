using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// Typed access to the JSON: objects, strings, numbers, enums, lists, texts and patterns, each problem a diagnostic at its token.
internal sealed partial class TldFileReader
{
    // Sets for duplicate checks (source ids, field names, option values, items of a string list), one of each per
    // thread, emptied before each use rather than allocated (and grown) for every list of every file. None is
    // used inside another use of itself, and none escapes the method that fills it.
    [ThreadStatic] private static HashSet<string>? t_sourceIds;
    [ThreadStatic] private static HashSet<string>? t_fieldNames;
    [ThreadStatic] private static HashSet<string>? t_optionValues;
    [ThreadStatic] private static HashSet<string>? t_stringItems;

    private static HashSet<string> Reused(ref HashSet<string>? set)
    {
        // A set grown large by an unusual file is dropped rather than kept for the thread's lifetime.
        if (set is null || set.Count > 1024) set = new HashSet<string>(StringComparer.Ordinal);
        else set.Clear();
        return set;
    }

    private void CheckObject(JsonNode obj, ObjectSchema schema, int anchorStart, int anchorLength)
    {
        foreach (var property in obj.Properties!)
        {
            if (System.Array.IndexOf(schema.Properties, property.Name) >= 0) continue;
            var suggestion = Names.Suggest(property.Name, schema.Properties);
            Report(TldDiagnostics.UnknownProperty, property.NameStart, property.NameEnd - property.NameStart,
                property.Name, schema.Name, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }
        foreach (var required in schema.Required)
            if (obj.Find(required) is null)
                Report(TldDiagnostics.MissingProperty, anchorStart, anchorLength, Capitalize(schema.Name), required);
    }

    private static string Capitalize(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;

    private bool ExpectObject(JsonNode node, string name)
    {
        if (node.Kind == JsonKind.Object) return true;
        Report(TldDiagnostics.WrongType, node, name, "an object", JsonNode.KindName(node.Kind));
        return false;
    }

    private JsonNode? Object(JsonNode parent, string name, ObjectSchema schema)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        if (!ExpectObject(property.Value, name)) return null;
        CheckObject(property.Value, schema, property.NameStart, property.NameEnd - property.NameStart);
        return property.Value;
    }

    /// <summary>
    /// A top-level section. Sections of a merged root were checked layer by layer when they were merged
    /// (<see cref="MergeLayers"/>), so only their type is checked here; everything else is <see cref="Object"/>.
    /// </summary>
    private JsonNode? Section(JsonNode parent, string name, ObjectSchema schema)
    {
        if (!_inMerged) return Object(parent, name, schema);
        var property = parent.Find(name);
        if (property is null) return null;
        return ExpectObject(property.Value, name) ? property.Value : null;
    }

    // True while the sections and fields of a merged root are read.
    private bool _inMerged;

    private JsonNode? Array(JsonNode parent, string name, int minItems)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind != JsonKind.Array)
        {
            Report(TldDiagnostics.WrongType, value, name, "an array", JsonNode.KindName(value.Kind));
            return null;
        }
        if (value.Items!.Length < minItems)
            Report(TldDiagnostics.ImpossibleRule, value, "'" + name + "' needs at least " + minItems.ToString(CultureInfo.InvariantCulture) + " item(s)");
        return value;
    }

    /// <summary>
    /// The C# member of each option: its "member" when stated (PascalCase, unique in the field), else made from its
    /// value, never from its label, so that editing or translating a label never renames a member. A made name gives
    /// way to the stated ones and to earlier made ones (Company2).
    /// </summary>
    private List<OptionModel> OptionMembers(List<(string Value, string RegistryValue, TextModel Label, JsonNode Node, JsonNode? Member)> raw, string enumName)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(int Index, string Member, bool Stated)>();
        for (int i = 0; i < raw.Count; i++)
        {
            var (value, _, _, node, memberNode) = raw[i];
            if (memberNode is not null)
            {
                var member = memberNode.Text!;
                if (!MemberPattern.IsMatch(member))
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' is not a C# member name: use PascalCase letters and digits starting with an upper-case letter (Corporation)");
                else if (member == enumName)
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' repeats the name of its enum");
                else if (!stated.Add(member))
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' is already the member of another option of this field");
                else
                    named.Add((i, member, true));
                continue;
            }
            var fromValue = Names.MemberFromValue(value);
            if (fromValue.Length == 0)
                Report(TldDiagnostics.InvalidIdentifier, node, "option '" + value + "' gives no C# member name: its value has no ASCII letters or digits, so name one with \"member\"");
            else
                named.Add((i, fromValue == enumName ? fromValue + "Option" : fromValue, false));
        }
        var made = Names.Uniquify(named.Where(n => !n.Stated).Select(n => n.Member), taken: stated);
        var options = new List<OptionModel>(named.Count);
        int next = 0;
        foreach (var (index, member, isStated) in named)
            options.Add(new OptionModel(raw[index].Value, raw[index].RegistryValue, raw[index].Label, isStated ? member : made[next++]));
        return options;
    }

    private JsonNode? String(JsonNode parent, string name, int minLength = 0)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind != JsonKind.String)
        {
            Report(TldDiagnostics.WrongType, value, name, "a string", JsonNode.KindName(value.Kind));
            return null;
        }
        if (value.TextLength < minLength)
        {
            Report(TldDiagnostics.InvalidValue, value, name, "must not be empty");
            return null;
        }
        return value;
    }

    private bool? Bool(JsonNode parent, string name)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind == JsonKind.True) return true;
        if (value.Kind == JsonKind.False) return false;
        Report(TldDiagnostics.WrongType, value, name, "a boolean (true or false)", JsonNode.KindName(value.Kind));
        return null;
    }

    private int? Int(JsonNode parent, string name, int min, int max)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = IntValue(property.Value, name);
        if (value is null) return null;
        if (value < min || value > max)
        {
            Report(TldDiagnostics.InvalidValue, property.Value, name, max == int.MaxValue
                ? "must be at least " + min.ToString(CultureInfo.InvariantCulture)
                : "must be between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return value;
    }

    private int? IntValue(JsonNode node, string name)
    {
        if (node.Kind != JsonKind.Number)
        {
            Report(TldDiagnostics.WrongType, node, name, "an integer", JsonNode.KindName(node.Kind));
            return null;
        }
        if (!int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            bool fractional = node.Text!.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0;
            if (fractional) Report(TldDiagnostics.WrongType, node, name, "an integer", "a fractional number");
            else Report(TldDiagnostics.InvalidValue, node, name, "the number is too large");
            return null;
        }
        return result;
    }

    private string? Enum(JsonNode parent, string name, string[] allowed)
    {
        var node = String(parent, name);
        if (node is null) return null;
        return EnumValue(node, name, allowed);
    }

    private string? EnumValue(JsonNode node, string name, string[] allowed)
    {
        if (System.Array.IndexOf(allowed, node.Text) >= 0) return node.Text;
        var suggestion = Names.Suggest(node.Text!, allowed);
        Report(TldDiagnostics.InvalidValue, node, name, "'" + node.Text + "' is not one of " + string.Join(", ", allowed)
            + (suggestion is null ? "" : "; did you mean '" + suggestion + "'?"));
        return null;
    }

    private List<JsonNode> StringItems(JsonNode parent, string name, int minItems, bool unique, string what)
    {
        var result = new List<JsonNode>();
        var array = Array(parent, name, minItems);
        if (array is null) return result;
        var seen = Reused(ref t_stringItems);
        foreach (var item in array.Items!)
        {
            if (item.Kind != JsonKind.String)
            {
                Report(TldDiagnostics.WrongType, item, name + "[]", "a string", JsonNode.KindName(item.Kind));
                continue;
            }
            if (item.Text!.Length == 0)
            {
                Report(TldDiagnostics.InvalidValue, item, name, "must not be empty");
                continue;
            }
            if (unique && !seen.Add(item.Text))
            {
                Report(TldDiagnostics.DuplicateName, item, what, item.Text);
                continue;
            }
            result.Add(item);
        }
        return result;
    }

    private List<string> EnumItems(JsonNode parent, string name, string[] allowed, int minItems)
    {
        var result = new List<string>();
        foreach (var item in StringItems(parent, name, minItems, unique: true, what: "Value"))
        {
            var value = EnumValue(item, name, allowed);
            if (value is not null) result.Add(value);
        }
        return result;
    }

    private TextModel? Text(JsonNode parent, string name)
    {
        var node = Object(parent, name, Schema.LocalizedText);
        if (node is null) return null;
        var en = String(node, "en", minLength: 1)?.Text;
        var de = String(node, "de", minLength: 1)?.Text;
        var fr = String(node, "fr", minLength: 1)?.Text;
        var ar = String(node, "ar", minLength: 1)?.Text;
        return en is null ? null : new TextModel(en, de, fr, ar);
    }

    private string? Pattern(JsonNode parent, string name)
    {
        var node = String(parent, name, minLength: 1);
        if (node is null) return null;
        var problem = PatternProblem(node.Text!);
        if (problem is null && PatternSafety.Problem(node.Text!) is { } unsafePattern) { Report(TldDiagnostics.CatastrophicPattern, node, node.Text!, unsafePattern); return null; }
        if (problem is null) return node.Text;
        Report(TldDiagnostics.InvalidRegex, node, node.Text!, problem);
        return null;
    }

    /// <summary>
    /// Why .NET cannot compile <paramref name="pattern"/>, or null when it can. A pure function of the
    /// pattern, so results are kept (up to <see cref="MaxCheckedPatterns"/>): building a Regex only to
    /// see that it compiles costs more than the rest of a field, and TLD files share many patterns.
    /// </summary>
    private static string? PatternProblem(string pattern)
    {
        if (s_checkedPatterns.TryGetValue(pattern, out var known)) return known.Problem;
        string? problem = null;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            problem = RegexMessage(ex.Message);
        }
        if (s_checkedPatterns.Count < MaxCheckedPatterns) s_checkedPatterns.TryAdd(pattern, new CheckedPattern(problem));
        return problem;
    }

    private const int MaxCheckedPatterns = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CheckedPattern> s_checkedPatterns =
        new System.Collections.Concurrent.ConcurrentDictionary<string, CheckedPattern>(StringComparer.Ordinal);

    private sealed class CheckedPattern
    {
        public CheckedPattern(string? problem) => Problem = problem;

        public string? Problem { get; }
    }

    private static string RegexMessage(string message)
    {
        // "Invalid pattern '(' at offset 1. Not enough )'s." → keep the reason.
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot >= 0 && message.StartsWith("Invalid pattern", StringComparison.Ordinal) ? message.Substring(dot + 2) : message;
    }

    private void SourceRef(JsonNode parent)
    {
        var property = parent.Find("source");
        if (property is null) return;
        var value = property.Value;
        if (value.Kind == JsonKind.String)
        {
            if (value.Text!.Length == 0) Report(TldDiagnostics.InvalidValue, value, "source", "must not be empty");
            else _sourceRefs.Add((value.Text, value));
            return;
        }
        if (value.Kind == JsonKind.Array)
        {
            if (value.Items!.Length == 0) Report(TldDiagnostics.InvalidValue, value, "source", "list at least one source id");
            foreach (var item in StringItems(parent, "source", 0, unique: true, what: "Source reference"))
                _sourceRefs.Add((item.Text!, item));
            return;
        }
        Report(TldDiagnostics.WrongType, value, "source", "a source id or an array of source ids", JsonNode.KindName(value.Kind));
    }

    private void Note(JsonNode parent) => String(parent, "note");
}
