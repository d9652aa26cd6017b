using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// Conditions, and the checks across the file: conditions name real fields and values, cited sources exist.
internal sealed partial class TldFileReader
{
    private sealed class PendingCondition
    {
        public PendingCondition(JsonNode fieldNode, List<JsonNode> valueNodes, bool isChecked)
        {
            FieldNode = fieldNode;
            ValueNodes = valueNodes;
            IsChecked = isChecked;
        }

        public JsonNode FieldNode { get; }
        public List<JsonNode> ValueNodes { get; }
        public bool IsChecked { get; }
    }

    private ConditionModel? ConditionProperty(JsonNode obj, string name)
    {
        var property = obj.Find(name);
        if (property is null) return null;
        return Condition(property.Value, name, property.NameStart, property.NameEnd - property.NameStart, 0);
    }

    private ConditionModel? Condition(JsonNode node, string name, int anchorStart, int anchorLength, int depth)
    {
        if (!ExpectObject(node, name)) return null;
        if (depth > 16)
        {
            Report(TldDiagnostics.ImpossibleRule, node, "conditions are nested too deeply");
            return null;
        }
        CheckObject(node, Schema.Condition, anchorStart, anchorLength);
        var props = node.Properties!;
        if (props.Length == 0)
        {
            Report(TldDiagnostics.ImpossibleRule, node, "an empty condition: use one of field, registrantType, registrantCountryIn, registrantCountryNotIn, allOf, anyOf, not");
            return null;
        }
        var known = props.Where(p => Schema.Condition.Properties.Contains(p.Name)).ToList();
        var heads = known.Where(p => p.Name is "field" or "registrantType" or "registrantCountryIn" or "registrantCountryNotIn" or "allOf" or "anyOf" or "not").ToList();
        var tests = known.Where(p => p.Name is "equals" or "in" or "notIn" or "checked").ToList();
        if (heads.Count == 0)
        {
            if (tests.Count > 0)
                Report(TldDiagnostics.MissingProperty, tests[0].NameStart, tests[0].NameEnd - tests[0].NameStart, "A condition with '" + tests[0].Name + "'", "field");
            return null;
        }
        if (heads.Count > 1)
        {
            Report(TldDiagnostics.ImpossibleRule, heads[1].NameStart, heads[1].NameEnd - heads[1].NameStart,
                "a condition has exactly one of field, registrantType, registrantCountryIn, registrantCountryNotIn, allOf, anyOf, not; wrap several in allOf or anyOf");
            return null;
        }
        var head = heads[0];
        if (head.Name != "field" && tests.Count > 0)
        {
            Report(TldDiagnostics.ImpossibleRule, tests[0].NameStart, tests[0].NameEnd - tests[0].NameStart, "'" + tests[0].Name + "' only goes with 'field'");
            return null;
        }
        switch (head.Name)
        {
            case "field":
            {
                var fieldNode = String(node, "field", minLength: 1);
                if (fieldNode is null) return null;
                if (tests.Count == 0)
                {
                    Report(TldDiagnostics.MissingProperty, head.NameStart, head.NameEnd - head.NameStart, "A condition on 'field'", "equals");
                    return null;
                }
                if (tests.Count > 1)
                {
                    Report(TldDiagnostics.ImpossibleRule, tests[1].NameStart, tests[1].NameEnd - tests[1].NameStart, "use only one of equals, in, notIn, checked");
                    return null;
                }
                var test = tests[0];
                switch (test.Name)
                {
                    case "equals":
                    {
                        var v = String(node, "equals");
                        if (v is null) return null;
                        _conditions.Add(new PendingCondition(fieldNode, new List<JsonNode> { v }, false));
                        return new ConditionModel(ConditionKind.FieldIn, fieldNode.Text, new EquatableArray<string>(new[] { v.Text! }), false, EquatableArray<ConditionModel>.Empty);
                    }
                    case "in":
                    case "notIn":
                    {
                        var items = StringItems(node, test.Name, 1, unique: true, what: "Value");
                        if (items.Count == 0) return null;
                        _conditions.Add(new PendingCondition(fieldNode, items, false));
                        return new ConditionModel(test.Name == "in" ? ConditionKind.FieldIn : ConditionKind.FieldNotIn, fieldNode.Text,
                            items.Select(i => i.Text!).ToEquatableArray(), false, EquatableArray<ConditionModel>.Empty);
                    }
                    default:
                    {
                        var c = Bool(node, "checked");
                        if (c is null) return null;
                        _conditions.Add(new PendingCondition(fieldNode, new List<JsonNode> { test.Value }, true));
                        return new ConditionModel(ConditionKind.FieldChecked, fieldNode.Text, EquatableArray<string>.Empty, c.Value, EquatableArray<ConditionModel>.Empty);
                    }
                }
            }
            case "registrantType":
            {
                var t = Enum(node, "registrantType", Schema.RegistrantTypes);
                if (t is null) return null;
                return new ConditionModel(ConditionKind.RegistrantType, null, new EquatableArray<string>(new[] { t }), false, EquatableArray<ConditionModel>.Empty);
            }
            case "registrantCountryIn":
            case "registrantCountryNotIn":
            {
                var countries = new List<string>();
                foreach (var c in StringItems(node, head.Name, 1, unique: true, what: "Country"))
                {
                    if (!CountryPattern.IsMatch(c.Text!)) Report(TldDiagnostics.InvalidValue, c, head.Name, "expected an upper-case ISO 3166-1 alpha-2 code such as 'CA'");
                    else countries.Add(c.Text!);
                }
                if (countries.Count == 0) return null;
                return new ConditionModel(head.Name == "registrantCountryIn" ? ConditionKind.RegistrantCountryIn : ConditionKind.RegistrantCountryNotIn,
                    null, countries.ToEquatableArray(), false, EquatableArray<ConditionModel>.Empty);
            }
            case "allOf":
            case "anyOf":
            {
                var array = Array(node, head.Name, minItems: 1);
                if (array is null || array.Items!.Length == 0) return null;
                var children = new List<ConditionModel>(array.Items.Length);
                var childName = head.Name + "[]"; // once per list, not per child
                foreach (var child in array.Items)
                {
                    var c = Condition(child, childName, child.Start, 1, depth + 1);
                    if (c is null) return null;
                    children.Add(c);
                }
                return new ConditionModel(head.Name == "allOf" ? ConditionKind.AllOf : ConditionKind.AnyOf, null, EquatableArray<string>.Empty, false, children.ToEquatableArray());
            }
            default:
            {
                var inner = Condition(head.Value, "not", head.NameStart, head.NameEnd - head.NameStart, depth + 1);
                if (inner is null) return null;
                return new ConditionModel(ConditionKind.Not, null, EquatableArray<string>.Empty, false, new EquatableArray<ConditionModel>(new[] { inner }));
            }
        }
    }

    private void CheckConditions(List<FieldModel> fields)
    {
        var byName = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        foreach (var f in fields) byName[f.Name] = f;
        foreach (var pending in _conditions)
        {
            var name = pending.FieldNode.Text!;
            if (!byName.TryGetValue(name, out var field))
            {
                var suggestion = Names.Suggest(name, byName.Keys);
                Report(TldDiagnostics.UnknownReference, pending.FieldNode, "Field", name, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                continue;
            }
            if (pending.IsChecked)
            {
                if (field.Type != FieldKind.Checkbox)
                    Report(TldDiagnostics.ImpossibleRule, pending.ValueNodes[0], "'checked' tests a checkbox, but '" + name + "' is a " + field.Type.Word() + " field");
                continue;
            }
            if (field.Type is FieldKind.Checkbox or FieldKind.Display)
            {
                Report(TldDiagnostics.ImpossibleRule, pending.ValueNodes[0], "'" + name + "' is a " + field.Type.Word() + " field; " + (field.Type == FieldKind.Checkbox ? "test it with 'checked'" : "it carries no value"));
                continue;
            }
            if (field.Type != FieldKind.Select) continue; // text fields compare with any value
            foreach (var valueNode in pending.ValueNodes)
            {
                var value = valueNode.Text!;
                if (field.Options.Any(o => o.Value == value)) continue;
                var suggestion = Names.Suggest(value, field.Options.Select(o => o.Value));
                Report(TldDiagnostics.UnknownReference, valueNode, "Option value", value,
                    " for field '" + name + "'" + (suggestion is null ? "" : "; did you mean '" + suggestion + "'?"));
            }
        }
    }

    /// <summary>
    /// Every cited source id must be the file's own or one of a profile it extends (<paramref name="chain"/>). An
    /// own source nobody cites is a warning where the file claims researched rules (<paramref name="reportUnused"/>):
    /// a baseline or unverified file lists its root-zone entry, which backs the file's existence, not a rule.
    /// </summary>
    private void CheckSourceReferences(List<SourceEntry> sources, IReadOnlyList<Profile>? chain, bool reportUnused)
    {
        var ids = new HashSet<string>(sources.Select(s => s.Model.Id), StringComparer.Ordinal);
        if (chain is not null)
            foreach (var profile in chain) ids.UnionWith(profile.SourceIds);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in _sourceRefs)
        {
            used.Add(id);
            if (ids.Contains(id)) continue;
            var suggestion = Names.Suggest(id, ids);
            Report(TldDiagnostics.UnknownReference, node, "Source", id, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }
        if (!reportUnused) return;
        foreach (var source in sources)
            if (!used.Contains(source.Model.Id))
                Report(TldDiagnostics.UnusedSource, source.Node, source.Model.Id);
    }
}
