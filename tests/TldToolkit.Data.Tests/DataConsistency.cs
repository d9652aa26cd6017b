using System.Text.Json;
using System.Text.RegularExpressions;

namespace TldToolkit.Data.Tests;

/// <summary>
/// The repository's own policy for its data, beyond what a build checks (the build's checks run through the
/// TldToolkit.TldFiles library in DataConsistencyTests.TldDataGivesNoDiagnosticOfTheBuild, and are not restated here).
/// Each problem is worded like a schema error: <c>file: $.path: message</c>.
/// </summary>
internal sealed class DataConsistency
{
    private static readonly HashSet<string> s_csharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "value", "var", "record", "init", "required", "field", "file", "scoped", "dynamic",
    };

    private static readonly string[] s_sections =
        ["terms", "renewal", "transfer", "addOns", "labels", "nameservers", "contacts", "lifecycle"];

    private static readonly string[] s_languages = ["en", "de", "fr", "ar"];

    private readonly string _file;
    private readonly JsonElement _root;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    private DataConsistency(string file, JsonElement root)
    {
        _file = file;
        _root = root;
    }

    /// <summary>Runs every per-file check and returns the problems found.</summary>
    public static IReadOnlyList<string> Check(string fileName) =>
        CheckText(fileName, File.ReadAllText(Path.Combine(RepoPaths.TldData, fileName)));

    /// <summary>Runs every per-file check on <paramref name="json"/> as if it were the file <paramref name="fileName"/>.</summary>
    public static IReadOnlyList<string> CheckText(string fileName, string json)
    {
        using var document = JsonDocument.Parse(json);
        var check = new DataConsistency(fileName, document.RootElement);
        check.Run();
        return check._problems;
    }

    private void Report(string path, string message) => _problems.Add($"{_file}: {path}: {message}");

    private void Run()
    {
        CollectSources();
        CheckSchemaReference();
        CheckSectionsNameASource();
        CheckTerms();
        CheckLabels();
        CollectFields();
        CheckContacts();
        CheckFields();
        CheckLocalizedTexts(_root, "$");
    }

    private void CollectSources()
    {
        if (!_root.TryGetProperty("sources", out var sources))
        {
            return;
        }

        var i = 0;
        foreach (var source in sources.EnumerateArray())
        {
            var id = source.GetProperty("id").GetString()!;
            _sourceIds.Add(id); // listed twice: TLD0010, the build's check

            if (!source.TryGetProperty("url", out _) && !source.TryGetProperty("document", out _))
            {
                Report($"$.sources[{i}]", $"source '{id}' has neither 'url' nor 'document'");
            }

            i++;
        }
    }

    private void CheckSchemaReference()
    {
        if (!_root.TryGetProperty("$schema", out var schema) || schema.GetString() != "../schema.json")
        {
            Report("$.$schema", "must be \"../schema.json\" so editors find the schema");
        }
    }

    private void CheckSectionsNameASource()
    {
        foreach (var name in s_sections)
        {
            if (_root.TryGetProperty(name, out var section) && !section.TryGetProperty("source", out _))
            {
                Report($"$.{name}", "section names no source");
            }
        }

        if (_root.TryGetProperty("labels", out var labels)
            && labels.TryGetProperty("idn", out var idn)
            && !idn.TryGetProperty("source", out _)
            && idn.GetProperty("supported").GetBoolean())
        {
            Report("$.labels.idn", "IDN rules name no source");
        }
    }

    private void CheckTerms()
    {
        if (!_root.TryGetProperty("terms", out var terms))
        {
            return;
        }

        // Years out of order or repeated: TLD0007 and TLD0010, the build's checks.
        // Sections hold only the facts a file states (the rest comes from profiles or is unknown).
        if (_root.TryGetProperty("renewal", out var renewal) && renewal.TryGetProperty("maxHorizonYears", out var horizonValue)
            && terms.TryGetProperty("register", out var registerTerm))
        {
            var horizon = horizonValue.GetInt32();
            var register = registerTerm.GetProperty("years").EnumerateArray().Select(y => y.GetInt32());
            if (register.Any(y => y > horizon))
            {
                Report("$.terms.register.years", $"a registration period exceeds renewal.maxHorizonYears ({horizon})");
            }
        }
    }

    private void CheckLabels()
    {
        if (!_root.TryGetProperty("labels", out var labels))
        {
            return;
        }

        // minLength above maxLength: TLD0007, the build's check.
        if (!labels.TryGetProperty("idn", out var idn))
        {
            return;
        }

        var supported = !idn.TryGetProperty("supported", out var supportedValue) || supportedValue.GetBoolean();
        if (!supported && (idn.TryGetProperty("ranges", out _) || idn.TryGetProperty("scripts", out _) || idn.TryGetProperty("mode", out _)))
        {
            Report("$.labels.idn", "IDN is not supported but ranges, scripts or mode are given");
        }

        if (idn.TryGetProperty("ranges", out var ranges))
        {
            var i = 0;
            var previousEnd = -1;
            foreach (var range in ranges.EnumerateArray())
            {
                var text = range.GetString()!;
                var parts = text.Split('-');
                var start = Convert.ToInt32(parts[0][2..], 16);
                var end = parts.Length > 1 ? Convert.ToInt32(parts[1][2..], 16) : start;
                if (end < start)
                {
                    Report($"$.labels.idn.ranges[{i}]", $"range '{text}' ends before it starts");
                }

                if (start <= previousEnd)
                {
                    Report($"$.labels.idn.ranges[{i}]", $"range '{text}' overlaps or is out of order");
                }

                if (start < 0x80)
                {
                    Report($"$.labels.idn.ranges[{i}]", $"range '{text}' lists ASCII, which is always allowed");
                }

                previousEnd = end;
                i++;
            }
        }
    }

    private void CheckContacts()
    {
        if (!_root.TryGetProperty("contacts", out var contacts) || !contacts.TryGetProperty("formats", out var formats))
        {
            return;
        }

        var i = 0;
        foreach (var format in formats.EnumerateArray())
        {
            var path = $"$.contacts.formats[{i++}]";
            if (format.TryGetProperty("pattern", out var pattern))
            {
                CheckPattern(pattern.GetString()!, $"{path}.pattern");
            }

            if (!format.TryGetProperty("source", out _))
            {
                Report(path, "contact format names no source");
            }

            if (format.TryGetProperty("requiredWhen", out var condition))
            {
                CheckCondition(condition, $"{path}.requiredWhen", selfName: null);
            }
        }

        if (_root.TryGetProperty("transfer", out var transfer) && transfer.TryGetProperty("authCodePattern", out var authPattern))
        {
            CheckPattern(authPattern.GetString()!, "$.transfer.authCodePattern");
        }
    }

    private void CollectFields()
    {
        if (!_root.TryGetProperty("fields", out var fields))
        {
            return;
        }

        var i = 0;
        foreach (var field in fields.EnumerateArray())
        {
            var name = field.GetProperty("name").GetString()!;
            _fields.TryAdd(name, field); // used twice: TLD0010, the build's check

            if (s_csharpKeywords.Contains(name))
            {
                Report($"$.fields[{i}].name", $"field name '{name}' is a C# keyword");
            }

            i++;
        }
    }

    private void CheckFields()
    {
        if (!_root.TryGetProperty("fields", out var fields))
        {
            return;
        }

        var registryNames = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var i = 0;
        foreach (var field in fields.EnumerateArray())
        {
            var path = $"$.fields[{i++}]";
            var name = field.GetProperty("name").GetString()!;
            var type = field.GetProperty("type").GetString();
            var hasOptions = field.TryGetProperty("options", out var options);

            if (type == "select" && !hasOptions)
            {
                Report(path, $"select field '{name}' has no options");
            }

            if (type != "select" && hasOptions)
            {
                Report($"{path}.options", $"only select fields have options ('{name}' is {type})");
            }

            if (type != "select" && field.TryGetProperty("display", out _))
            {
                Report($"{path}.display", "only select fields have a display style");
            }

            if (type == "display" && field.TryGetProperty("registryName", out _))
            {
                Report($"{path}.registryName", "display fields are never sent, so they have no registry name");
            }

            // A field whose registry parameter could not be sourced is still checked, but must say why it is not sent.
            if (type != "display" && !field.TryGetProperty("registryName", out _) && !field.TryGetProperty("note", out _))
            {
                Report(path, $"field '{name}' names no registry parameter and no note saying why");
            }

            if (field.TryGetProperty("registryName", out var registryName))
            {
                var parameter = registryName.GetString()!;
                if (registryNames.TryGetValue(parameter, out var other) && !AreAlternatives(other, field))
                {
                    Report($"{path}.registryName", $"registry parameter '{parameter}' is used by two fields that can apply together");
                }

                registryNames.TryAdd(parameter, field);
            }

            if (type == "display" && (field.TryGetProperty("required", out _) || field.TryGetProperty("requiredWhen", out _)))
            {
                Report(path, "display fields cannot be required");
            }

            if (field.TryGetProperty("pattern", out var pattern))
            {
                CheckPattern(pattern.GetString()!, $"{path}.pattern");
            }

            // minLength above maxLength (TLD0007) and an option value listed twice (TLD0010): the build's checks.
            if (field.TryGetProperty("default", out var defaultValue))
            {
                var text = defaultValue.GetString()!;
                if (type == "select" && !OptionValues(field).Contains(text))
                {
                    Report($"{path}.default", $"default '{text}' is not an option of '{name}'");
                }

                if (type == "checkbox" && text is not ("true" or "false"))
                {
                    Report($"{path}.default", "a checkbox default is 'true' or 'false'");
                }

                if (field.TryGetProperty("pattern", out var p) && !Regex.IsMatch(text, p.GetString()!))
                {
                    Report($"{path}.default", $"default '{text}' does not match the field's pattern");
                }
            }

            if (field.TryGetProperty("prefill", out var prefill))
            {
                var from = prefill.GetProperty("from").GetString();
                var hasCustom = prefill.TryGetProperty("customField", out _);
                if ((from == "customField") != hasCustom)
                {
                    Report($"{path}.prefill", "'customField' is given exactly when from is 'customField'");
                }
            }

            if (field.TryGetProperty("requiredWhen", out var condition))
            {
                if (field.TryGetProperty("required", out var required) && required.GetBoolean())
                {
                    Report($"{path}.requiredWhen", "a field that is always required needs no condition");
                }

                CheckCondition(condition, $"{path}.requiredWhen", name);
            }
        }
    }

    /// <summary>
    /// Two fields may share a registry parameter when they are alternatives: each is required only
    /// for disjoint values of the same select field (an ABN field and an ACN field, say).
    /// </summary>
    private bool AreAlternatives(JsonElement first, JsonElement second)
    {
        var a = SelectorValues(first);
        var b = SelectorValues(second);
        return a is not null && b is not null && a.Value.Field == b.Value.Field && !a.Value.Values.Overlaps(b.Value.Values);
    }

    private static (string Field, HashSet<string> Values)? SelectorValues(JsonElement field)
    {
        if (!field.TryGetProperty("requiredWhen", out var condition))
        {
            return null;
        }

        // allOf narrows further, so a selector found among its parts still makes the field an alternative.
        if (condition.TryGetProperty("allOf", out var parts))
        {
            condition = parts.EnumerateArray().FirstOrDefault(p => p.TryGetProperty("field", out _));
            if (condition.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
        }

        if (!condition.TryGetProperty("field", out var name))
        {
            return null;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        if (condition.TryGetProperty("equals", out var equals))
        {
            values.Add(equals.GetString()!);
        }
        else if (condition.TryGetProperty("in", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                values.Add(item.GetString()!);
            }
        }
        else
        {
            return null;
        }

        return (name.GetString()!, values);
    }

    private HashSet<string> OptionValues(JsonElement field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (field.TryGetProperty("options", out var options))
        {
            foreach (var option in options.EnumerateArray())
            {
                values.Add(option.GetProperty("value").GetString()!);
            }
        }

        return values;
    }

    /// <summary>
    /// A condition holds exactly one test; a field test names another field of this file, and its
    /// values are that field's option values (or, for 'checked', the field is a checkbox).
    /// </summary>
    private void CheckCondition(JsonElement condition, string path, string? selfName)
    {
        var keys = condition.EnumerateObject().Select(p => p.Name).ToArray();
        if (condition.TryGetProperty("field", out var fieldName))
        {
            var tests = keys.Where(k => k is "equals" or "in" or "notIn" or "checked").ToArray();
            if (tests.Length != 1 || keys.Length != 2)
            {
                Report(path, "a field condition has 'field' and exactly one of equals, in, notIn, checked");
            }

            var name = fieldName.GetString()!;
            if (name == selfName)
            {
                Report($"{path}.field", $"field '{name}' depends on itself");
            }

            if (!_fields.TryGetValue(name, out var target))
            {
                Report($"{path}.field", $"field '{name}' does not exist in this file");
                return;
            }

            var targetType = target.GetProperty("type").GetString();
            if (condition.TryGetProperty("checked", out _))
            {
                if (targetType != "checkbox")
                {
                    Report($"{path}.checked", $"'checked' needs a checkbox field, '{name}' is {targetType}");
                }

                return;
            }

            if (targetType != "select")
            {
                Report($"{path}.field", $"equals/in/notIn need a select field, '{name}' is {targetType}");
                return;
            }

            var values = OptionValues(target);
            if (condition.TryGetProperty("equals", out var equals) && !values.Contains(equals.GetString()!))
            {
                Report($"{path}.equals", $"'{equals.GetString()}' is not an option of '{name}'");
            }

            foreach (var list in new[] { "in", "notIn" })
            {
                if (condition.TryGetProperty(list, out var items))
                {
                    var k = 0;
                    foreach (var item in items.EnumerateArray())
                    {
                        if (!values.Contains(item.GetString()!))
                        {
                            Report($"{path}.{list}[{k}]", $"'{item.GetString()}' is not an option of '{name}'");
                        }

                        k++;
                    }
                }
            }

            return;
        }

        if (keys.Length != 1)
        {
            Report(path, "a condition holds exactly one test");
            return;
        }

        foreach (var combinator in new[] { "allOf", "anyOf" })
        {
            if (condition.TryGetProperty(combinator, out var parts))
            {
                var k = 0;
                foreach (var part in parts.EnumerateArray())
                {
                    CheckCondition(part, $"{path}.{combinator}[{k++}]", selfName);
                }
            }
        }

        if (condition.TryGetProperty("not", out var inner))
        {
            CheckCondition(inner, $"{path}.not", selfName);
        }

        foreach (var stray in new[] { "equals", "in", "notIn", "checked" })
        {
            if (condition.TryGetProperty(stray, out _))
            {
                Report($"{path}.{stray}", $"'{stray}' needs 'field'");
            }
        }
    }

    private void CheckPattern(string pattern, string path)
    {
        if (!pattern.StartsWith('^') || !pattern.EndsWith('$'))
        {
            Report(path, "pattern must be anchored with ^…$");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            Report(path, $"pattern is not a valid .NET regular expression: {e.Message}");
        }
    }

    /// <summary>Every localized text (an object with 'en') carries all four languages.</summary>
    private void CheckLocalizedTexts(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String)
                {
                    foreach (var language in s_languages)
                    {
                        if (!element.TryGetProperty(language, out _))
                        {
                            Report(path, $"translation '{language}' is missing");
                        }
                    }

                    return;
                }

                foreach (var property in element.EnumerateObject())
                {
                    CheckLocalizedTexts(property.Value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckLocalizedTexts(item, $"{path}[{i++}]");
                }

                break;
        }
    }
}
