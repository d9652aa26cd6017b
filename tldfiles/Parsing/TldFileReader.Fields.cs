using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// The additional fields and their options.
internal sealed partial class TldFileReader
{
    private sealed class FieldEntry
    {
        public FieldEntry(FieldModel model, JsonNode node)
        {
            Model = model;
            Node = node;
        }

        public FieldModel Model { get; }
        public JsonNode Node { get; }
    }

    private readonly List<FieldEntry> _fieldEntries = new List<FieldEntry>();

    private List<FieldModel> ReadFields(JsonNode root)
    {
        var result = new List<FieldModel>();
        var array = Array(root, "fields", minItems: 0);
        if (array is null) return result;
        var names = Reused(ref t_fieldNames);
        foreach (var item in array.Items!)
        {
            if (!ExpectObject(item, "fields[]")) continue;
            CheckObject(item, Schema.Field, item.Start, 1);
            SourceRef(item);
            Note(item);
            var nameNode = String(item, "name");
            var registryName = String(item, "registryName", minLength: 1)?.Text;
            var type = Enum(item, "type", Schema.FieldTypes);
            var display = Enum(item, "display", Schema.SelectDisplays);
            var label = Text(item, "label");
            var description = Text(item, "description");
            var required = Bool(item, "required") ?? false;
            var when = ConditionProperty(item, "requiredWhen");
            var mustBeChecked = Bool(item, "mustBeChecked") ?? false;
            var mustBeCheckedWhen = ConditionProperty(item, "mustBeCheckedWhen");
            var checkedValueNode = String(item, "checkedValue", minLength: 1);
            // uncheckedValue: a string, or null for "send nothing when unticked".
            bool uncheckedIsNull = item.Find("uncheckedValue")?.Value.Kind == JsonKind.Null;
            var uncheckedValueNode = uncheckedIsNull ? null : String(item, "uncheckedValue");
            var pattern = Pattern(item, "pattern");
            var minLength = Int(item, "minLength", 0, int.MaxValue);
            var maxLength = Int(item, "maxLength", 1, int.MaxValue);
            var validator = Enum(item, "validator", Schema.Validators);
            var defaultNode = String(item, "default");
            var operations = EnumItems(item, "operations", Schema.Operations, minItems: 1);
            string? prefill = null, prefillCustom = null;
            var prefillNode = Object(item, "prefill", Schema.Prefill);
            if (prefillNode is not null)
            {
                prefill = Enum(prefillNode, "from", Schema.PrefillSources);
                var customNode = String(prefillNode, "customField", minLength: 1);
                prefillCustom = customNode?.Text;
                if (prefill == "customField" && customNode is null && prefillNode.Find("customField") is null)
                    Report(TldDiagnostics.MissingProperty, item.Find("prefill")!.NameStart, item.Find("prefill")!.NameEnd - item.Find("prefill")!.NameStart, "'prefill' with from=customField", "customField");
            }

            var options = new List<OptionModel>();
            var optionsArray = Array(item, "options", minItems: 1);
            if (optionsArray is not null)
            {
                var values = Reused(ref t_optionValues);
                var raw = new List<(string Value, string RegistryValue, TextModel Label, JsonNode Node, JsonNode? Member)>();
                foreach (var optionNode in optionsArray.Items!)
                {
                    if (!ExpectObject(optionNode, "options[]")) continue;
                    CheckObject(optionNode, Schema.Option, optionNode.Start, 1);
                    var value = String(optionNode, "value", minLength: 1);
                    var registryValue = String(optionNode, "registryValue");
                    var optionLabel = Text(optionNode, "label");
                    var member = String(optionNode, "member", minLength: 1);
                    if (value is null || optionLabel is null) continue;
                    if (!values.Add(value.Text!))
                    {
                        Report(TldDiagnostics.DuplicateName, value, "Option value", value.Text!);
                        continue;
                    }
                    raw.Add((value.Text!, registryValue?.Text ?? value.Text!, optionLabel, optionNode, member));
                }
                // A member may not repeat its enum's name (CS0542): the enum is <Class><Field>.
                string enumName = _className + (nameNode?.Text is { Length: > 0 } n ? Names.Pascal(n) : "");
                options.AddRange(OptionMembers(raw, enumName));
            }

            string? name = nameNode?.Text;
            string propertyName = "";
            if (nameNode is not null)
            {
                if (!FieldNamePattern.IsMatch(name!))
                {
                    Report(TldDiagnostics.InvalidIdentifier, nameNode, "field name '" + name + "' does not make a C# identifier: use camelCase letters and digits starting with a lower-case letter (legalType)");
                    name = null;
                }
                else if (!names.Add(name!))
                {
                    Report(TldDiagnostics.DuplicateName, nameNode, "Field name", name!);
                    name = null;
                }
                else
                {
                    propertyName = Names.Pascal(name!);
                    // Also no enum <Class><Field> that would repeat a request class name <Class><Operation>Request.
                    if (ReservedNames.RequestMembers.Contains(propertyName))
                    {
                        Report(TldDiagnostics.InvalidIdentifier, nameNode, "field name '" + name + "' collides with the request builder member '" + propertyName + "'");
                        name = null;
                    }
                }
            }

            if (propertyName == ReservedNames.IdnLanguageProperty && type is not null && type != "text" && nameNode is not null)
            {
                Report(TldDiagnostics.InvalidIdentifier, nameNode, "a field named 'idnLanguage' carries the order's IDN language tag and must be a text field, not " + type);
                name = null;
            }

            // Consistency of the field's rules with its type.
            if (type is not null)
            {
                void NotFor(string property, string why)
                {
                    var p = item.Find(property);
                    if (p is not null) Report(TldDiagnostics.ImpossibleRule, p.NameStart, p.NameEnd - p.NameStart, "'" + property + "' " + why);
                }
                // The message is only built when the property is there (most fields have none of these).
                void OnlyFor(string property, string fieldKind)
                {
                    if (item.Find(property) is not null) NotFor(property, "only applies to " + fieldKind + " fields, not to a " + type + " field");
                }
                if (type == "select")
                {
                    if (item.Find("options") is null)
                        Report(TldDiagnostics.MissingProperty, nameNode ?? item, "A select field", "options");
                }
                else
                {
                    OnlyFor("options", "select");
                    OnlyFor("display", "select");
                }
                if (type != "checkbox")
                {
                    OnlyFor("mustBeChecked", "checkbox");
                    OnlyFor("mustBeCheckedWhen", "checkbox");
                    OnlyFor("checkedValue", "checkbox");
                    OnlyFor("uncheckedValue", "checkbox");
                }
                else
                {
                    if (mustBeChecked && mustBeCheckedWhen is not null)
                        NotFor("mustBeCheckedWhen", "is set together with 'mustBeChecked': true, so the condition would never matter");
                    if (checkedValueNode is not null && uncheckedValueNode is not null && checkedValueNode.Text == uncheckedValueNode.Text)
                        NotFor("uncheckedValue", "equals 'checkedValue' ('" + checkedValueNode.Text + "'): the registry could not tell a ticked box from an unticked one");
                }
                if (type != "text")
                {
                    OnlyFor("pattern", "text");
                    OnlyFor("minLength", "text");
                    OnlyFor("maxLength", "text");
                    OnlyFor("validator", "text");
                }
                if (type == "display")
                {
                    NotFor("required", "cannot apply to a display field: it is never sent");
                    NotFor("requiredWhen", "cannot apply to a display field: it is never sent");
                }
                if (minLength is not null && maxLength is not null && minLength > maxLength)
                    NotFor("minLength", "(" + minLength.Value.ToString(CultureInfo.InvariantCulture) + ") is greater than maxLength (" + maxLength.Value.ToString(CultureInfo.InvariantCulture) + ")");
                if (required && when is not null)
                    NotFor("requiredWhen", "is set together with 'required': true, so the condition would never matter");
                if (defaultNode is not null)
                {
                    var d = defaultNode.Text!;
                    if (type == "select" && optionsArray is not null && options.Count > 0 && !options.Any(o => o.Value == d))
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "the default '" + d + "' is not among the options (" + string.Join(", ", options.Select(o => o.Value)) + ")");
                    else if (type == "checkbox" && d != "true" && d != "false")
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "a checkbox default must be 'true' or 'false', not '" + d + "'");
                    else if (type == "text" && pattern is not null && d.Length > 0 && !SafeMatch(pattern, d))
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "the default '" + d + "' does not match the field's pattern");
                }
            }

            if (name is null || type is null || label is null) continue;
            var model = new FieldModel(name, propertyName, registryName, ModelWords.FieldKind(type), display, label, description, options.ToEquatableArray(),
                required, when, mustBeChecked,
                type == "checkbox" ? mustBeCheckedWhen : null,
                type == "checkbox" ? checkedValueNode?.Text ?? "1" : null,
                type == "checkbox" && !uncheckedIsNull ? uncheckedValueNode?.Text ?? "0" : null,
                pattern, minLength, maxLength, validator, defaultNode?.Text, prefill, prefillCustom,
                operations.ToEquatableArray());
            result.Add(model);
            _fieldEntries.Add(new FieldEntry(model, item));
        }
        return result;
    }

    private static bool SafeMatch(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "\\A(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a timeout is never a match: the default is reported as not matching
        }
        catch (Exception)
        {
            return true;
        }
    }
}
