using System;
using System.Collections.Generic;
using System.Linq;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// Profiles: a TLD file's facts merged over the facts of the profiles it extends, fact by fact (one property
// of one section is one fact; a field is one fact), each keeping the profile and source it came from.
internal sealed partial class TldFileReader
{
    /// <summary>One layer of facts: a profile's root or one of its dated changes (<see cref="Profile"/> set), or the file (null).</summary>
    private readonly struct Layer
    {
        public Layer(JsonNode root, string? profile)
        {
            Root = root;
            Profile = profile;
        }

        public JsonNode Root { get; }
        public string? Profile { get; }
    }

    /// <summary>
    /// The profiles the file extends, most general first (each once), or null when it extends none. An unknown
    /// profile is TLD0008 and a broken one TLD0019, both at the item; either way the file gets no output.
    /// </summary>
    private IReadOnlyList<Profile>? ResolveExtends(JsonNode root)
    {
        var property = root.Find("extends");
        var items = StringItems(root, "extends", 0, unique: true, what: "Profile");
        if (property is null) return null;
        _foreignAnchor = property;
        var chain = new List<Profile>();
        foreach (var item in items)
        {
            var id = item.Text!;
            if (!_profiles.TryGet(id, out var profile))
            {
                var suggestion = Names.Suggest(id, _profiles.Ids);
                Report(TldDiagnostics.UnknownReference, item, "Profile", id, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                continue;
            }
            if (profile.Broken || profile.Chain is null)
            {
                Report(TldDiagnostics.BrokenProfile, item, id, "profiles/" + id + ".json");
                continue;
            }
            foreach (var p in profile.Chain)
                if (!chain.Contains(p)) chain.Add(p);
        }
        _chain = chain;
        return chain;
    }

    /// <summary>The layers of the chain; with <paramref name="day"/>, each profile followed by its changes in force on that day.</summary>
    private static List<Layer> ProfileLayers(IReadOnlyList<Profile> chain, string? day)
    {
        var layers = new List<Layer>();
        foreach (var profile in chain)
        {
            layers.Add(new Layer(profile.Root, profile.Id));
            if (day is null) continue;
            foreach (var (effective, node) in profile.Changes.OrderBy(c => c.Effective, StringComparer.Ordinal))
                if (string.CompareOrdinal(effective, day) <= 0) layers.Add(new Layer(node, profile.Id));
        }
        return layers;
    }

    /// <summary>
    /// A root whose sections and fields are the merge of the layers and the file; the file's other properties stay.
    /// With <paramref name="check"/>, the file's own sections are checked against the schema here and every fact it
    /// states over a profile's is judged: a restatement (TLD0015), an override without an own source and note
    /// (TLD0016), a value of another type (TLD0018). Origins of the merged facts are added to <paramref name="facts"/>.
    /// </summary>
    private JsonNode MergeLayers(JsonNode fileRoot, List<Layer> layers, bool check, List<FactModel> facts, HashSet<string> ownSources)
    {
        var properties = new List<JsonProperty>();
        foreach (var p in fileRoot.Properties!)
            if (System.Array.IndexOf(Schema.Sections, p.Name) < 0 && p.Name != "fields") properties.Add(p);
        foreach (var section in Schema.Sections)
        {
            var merged = MergeSection(section, SectionSchema(section), fileRoot, layers, check, facts, ownSources);
            if (merged is not null) properties.Add(merged);
        }
        var fields = MergeFields(fileRoot, layers, check, facts, ownSources);
        if (fields is not null) properties.Add(fields);
        return new JsonNode(JsonKind.Object, fileRoot.Start) { End = fileRoot.End, Properties = properties.ToArray() };
    }

    private static ObjectSchema SectionSchema(string section) => section switch
    {
        "terms" => Schema.Terms,
        "renewal" => Schema.Renewal,
        "transfer" => Schema.Transfer,
        "addOns" => Schema.AddOns,
        "labels" => Schema.Labels,
        "nameservers" => Schema.Nameservers,
        "contacts" => Schema.Contacts,
        _ => Schema.Lifecycle,
    };

    private JsonProperty? MergeSection(string section, ObjectSchema schema, JsonNode fileRoot, List<Layer> layers, bool check, List<FactModel> facts, HashSet<string> ownSources)
    {
        var fileProperty = fileRoot.Find(section);
        if (fileProperty is not null && fileProperty.Value.Kind != JsonKind.Object) return fileProperty; // the reader reports the type
        var winners = new List<(JsonProperty Fact, string? Profile, JsonNode Section)>();
        JsonProperty? source = null;
        foreach (var layer in layers)
        {
            if (layer.Root.Find(section)?.Value is not { Kind: JsonKind.Object } node) continue;
            foreach (var fact in node.Properties!)
            {
                if (fact.Name == "source") { source = fact; continue; }
                if (fact.Name == "note") continue;
                int index = winners.FindIndex(w => w.Fact.Name == fact.Name);
                if (index >= 0) winners[index] = (fact, layer.Profile, node);
                else winners.Add((fact, layer.Profile, node));
            }
        }
        JsonProperty? note = null;
        if (fileProperty is not null)
        {
            var own = fileProperty.Value;
            if (check) CheckObject(own, schema, fileProperty.NameStart, fileProperty.NameEnd - fileProperty.NameStart);
            source = own.Find("source") ?? source;
            note = own.Find("note");
            foreach (var fact in own.Properties!)
            {
                if (fact.Name is "source" or "note" || System.Array.IndexOf(schema.Properties, fact.Name) < 0) continue;
                int index = winners.FindIndex(w => w.Fact.Name == fact.Name);
                if (index >= 0 && check && !JudgeOverride(section + "." + fact.Name, winners[index].Fact, winners[index].Profile!, fact, own, ownSources))
                    continue; // a value of another type: the profile's fact stays
                if (index >= 0) winners[index] = (fact, null, own);
                else winners.Add((fact, null, own));
            }
        }
        if (winners.Count == 0 && fileProperty is null) return null;

        var merged = new List<JsonProperty>(winners.Count + 2);
        foreach (var (fact, profile, owner) in winners)
        {
            merged.Add(fact);
            facts.Add(new FactModel(section + "." + fact.Name, profile, SourceText(fact.Value) ?? SourceText(owner) ?? ""));
        }
        if (source is not null) merged.Add(source);
        if (note is not null) merged.Add(note);
        var anchor = fileProperty ?? _foreignAnchor;
        var value = new JsonNode(JsonKind.Object, fileProperty?.Value.Start ?? fileRoot.Start) { End = fileProperty?.Value.End ?? fileRoot.Start, Properties = merged.ToArray() };
        return new JsonProperty(section, anchor?.NameStart ?? fileRoot.Start, anchor?.NameEnd ?? fileRoot.Start, value);
    }

    /// <summary>
    /// Fields merge by name: a file's field replaces the profile's field of the same name (an override, judged like
    /// any fact; another 'type' is TLD0018), other fields are added after the profiles' fields.
    /// </summary>
    private JsonProperty? MergeFields(JsonNode fileRoot, List<Layer> layers, bool check, List<FactModel> facts, HashSet<string> ownSources)
    {
        var fileProperty = fileRoot.Find("fields");
        var merged = new List<(string? Name, JsonNode Field, string? Profile)>();
        foreach (var layer in layers)
        {
            if (layer.Root.Find("fields")?.Value is not { Kind: JsonKind.Array } array) continue;
            foreach (var field in array.Items!)
                Put(merged, FieldName(field), field, layer.Profile);
        }
        if (merged.Count == 0) // nothing inherited: the file's own fields as they are
        {
            if (fileProperty?.Value is { Kind: JsonKind.Array } own)
                foreach (var field in own.Items!)
                    if (FieldName(field) is { } name) facts.Add(new FactModel("fields." + name, null, SourceText(field) ?? ""));
            return fileProperty;
        }
        if (fileProperty is not null && fileProperty.Value.Kind != JsonKind.Array) return fileProperty;
        if (fileProperty is not null)
        {
            foreach (var field in fileProperty.Value.Items!)
            {
                var name = FieldName(field);
                int index = name is null ? -1 : merged.FindIndex(m => m.Name == name);
                if (index >= 0 && check)
                {
                    var inherited = merged[index];
                    var ownType = field.Find("type")?.Value;
                    var profileType = inherited.Field.Find("type")?.Value;
                    if (ownType is { Kind: JsonKind.String } && profileType is { Kind: JsonKind.String } && ownType.Text != profileType.Text)
                    {
                        Report(TldDiagnostics.FactTypeMismatch, ownType, "fields." + name, "a " + ownType.Text + " field", "a " + profileType.Text + " field", inherited.Profile!);
                        continue;
                    }
                    if (!JudgeOverride("fields." + name, new JsonProperty(name!, 0, 0, inherited.Field), inherited.Profile!, new JsonProperty(name!, field.Find("name")!.Value.Start, field.Find("name")!.Value.End, field), field, ownSources))
                        continue;
                }
                Put(merged, name, field, null);
            }
        }
        foreach (var (name, field, profile) in merged)
            if (name is not null) facts.Add(new FactModel("fields." + name, profile, SourceText(field) ?? ""));
        var items = merged.Select(m => m.Field).ToArray();
        var value = new JsonNode(JsonKind.Array, fileProperty?.Value.Start ?? fileRoot.Start) { End = fileProperty?.Value.End ?? fileRoot.Start, Items = items };
        var anchor = fileProperty ?? _foreignAnchor;
        return new JsonProperty("fields", anchor?.NameStart ?? fileRoot.Start, anchor?.NameEnd ?? fileRoot.Start, value);
    }

    private static void Put(List<(string? Name, JsonNode Field, string? Profile)> merged, string? name, JsonNode field, string? profile)
    {
        int index = name is null ? -1 : merged.FindIndex(m => m.Name == name);
        if (index >= 0) merged[index] = (name, field, profile);
        else merged.Add((name, field, profile));
    }

    private static string? FieldName(JsonNode field) =>
        field.Kind == JsonKind.Object && field.Find("name")?.Value is { Kind: JsonKind.String } name ? name.Text : null;

    /// <summary>
    /// Judges a file's fact over a profile's: false when its JSON type differs (TLD0018, the profile's fact stays);
    /// a restatement is TLD0015; an override needs a 'note' and a source of the file's own (TLD0016).
    /// <paramref name="owner"/> is the object holding the fact's section-level source and note.
    /// </summary>
    private bool JudgeOverride(string path, JsonProperty inherited, string profile, JsonProperty own, JsonNode owner, HashSet<string> ownSources)
    {
        if (TypeName(own.Value.Kind) != TypeName(inherited.Value.Kind))
        {
            Report(TldDiagnostics.FactTypeMismatch, own.Value, path, TypeName(own.Value.Kind), TypeName(inherited.Value.Kind), profile);
            return false;
        }
        if (SameFact(own.Value, inherited.Value))
        {
            Report(TldDiagnostics.RestatedFact, own.NameStart, own.NameEnd - own.NameStart, path, profile);
            return true;
        }
        bool hasNote = HasNote(own.Value) || HasNote(owner);
        bool hasSource = CitesOwn(own.Value, ownSources) || CitesOwn(owner, ownSources);
        if (!hasNote || !hasSource)
            Report(TldDiagnostics.OverrideWithoutSource, own.NameStart, own.NameEnd - own.NameStart, path, profile,
                !hasSource && !hasNote ? "cite a source from this file's 'sources' and add a 'note' saying why"
                : !hasSource ? "cite a source from this file's 'sources'" : "add a 'note' saying why this TLD differs");
        return true;
    }

    private static bool HasNote(JsonNode node) =>
        node.Kind == JsonKind.Object && node.Find("note")?.Value is { Kind: JsonKind.String } note && note.TextLength > 0;

    private static bool CitesOwn(JsonNode node, HashSet<string> ownSources)
    {
        if (node.Kind != JsonKind.Object || node.Find("source")?.Value is not { } source) return false;
        if (source.Kind == JsonKind.String) return ownSources.Contains(source.Text!);
        return source.Kind == JsonKind.Array && source.Items!.Any(i => i.Kind == JsonKind.String && ownSources.Contains(i.Text!));
    }

    /// <summary>"a boolean", "an object": <see cref="JsonNode.KindName"/> with its article, for messages.</summary>
    private static string TypeName(JsonKind kind)
    {
        var name = JsonNode.KindName(kind);
        return name == "null" ? name : (name[0] is 'a' or 'o' ? "an " : "a ") + name;
    }

    /// <summary>Structural equality of two facts, leaving out 'source' and 'note' at every level (objects in any property order).</summary>
    private static bool SameFact(JsonNode a, JsonNode b)
    {
        if (a.Kind != b.Kind) return false;
        switch (a.Kind)
        {
            case JsonKind.String:
            case JsonKind.Number:
                return a.Text == b.Text;
            case JsonKind.Array:
                if (a.Items!.Length != b.Items!.Length) return false;
                for (int i = 0; i < a.Items.Length; i++)
                    if (!SameFact(a.Items[i], b.Items[i])) return false;
                return true;
            case JsonKind.Object:
                int count = 0;
                foreach (var p in a.Properties!)
                {
                    if (p.Name is "source" or "note") continue;
                    count++;
                    if (b.Find(p.Name) is not { } other || !SameFact(p.Value, other.Value)) return false;
                }
                return count == b.Properties!.Count(p => p.Name is not ("source" or "note"));
            default:
                return true;
        }
    }

    /// <summary>The source ids a fact or section cites, comma separated, or null.</summary>
    private static string? SourceText(JsonNode node)
    {
        if (node.Kind != JsonKind.Object || node.Find("source")?.Value is not { } source) return null;
        if (source.Kind == JsonKind.String) return source.Text;
        if (source.Kind != JsonKind.Array) return null;
        return string.Join(",", source.Items!.Where(i => i.Kind == JsonKind.String).Select(i => i.Text));
    }

    /// <summary>
    /// The sections in force from each date a dated change of the chain takes effect. Read like the base sections
    /// but quietly: what they report is about the profiles (checked in their own files), except a combination that
    /// contradicts itself from that day on, which is reported once at 'extends'.
    /// </summary>
    private List<DatedRulesModel> ReadChanges(JsonNode root, IReadOnlyList<Profile> chain, HashSet<string> ownSources)
    {
        var result = new List<DatedRulesModel>();
        var days = chain.SelectMany(p => p.Changes.Select(c => c.Effective)).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToList();
        foreach (var day in days)
        {
            int diagnostics = _diagnostics.Count, refs = _sourceRefs.Count, conditions = _conditions.Count;
            bool hadErrors = _hasErrors;
            _hasErrors = false;
            var facts = new List<FactModel>();
            var merged = MergeLayers(root, ProfileLayers(chain, day), check: false, facts, ownSources);
            _inMerged = true;
            var dated = new DatedRulesModel(day, ReadTerms(merged), ReadRenewal(merged), ReadTransfer(merged), ReadAddOns(merged), ReadLabels(merged),
                ReadNameservers(merged), ReadContacts(merged), ReadLifecycle(merged), facts.Where(f => !f.Path.StartsWith("fields.", StringComparison.Ordinal)).ToEquatableArray());
            _inMerged = false;
            bool failed = _hasErrors;
            var first = _diagnostics.Count > diagnostics ? _diagnostics[diagnostics] : null;
            _diagnostics.RemoveRange(diagnostics, _diagnostics.Count - diagnostics);
            _sourceRefs.RemoveRange(refs, _sourceRefs.Count - refs);
            _conditions.RemoveRange(conditions, _conditions.Count - conditions);
            _hasErrors = hadErrors;
            if (failed && _foreignAnchor is { } anchor)
            {
                var message = first is null ? "" : ": " + FormatMessage(first);
                Report(TldDiagnostics.ImpossibleRule, anchor.NameStart, anchor.NameEnd - anchor.NameStart, "the rules in force from " + day + " contradict each other" + message);
                continue;
            }
            result.Add(dated);
        }
        return result;
    }

    private static string FormatMessage(DiagnosticInfo info) => TldDiagnostics.Message(info);
}
