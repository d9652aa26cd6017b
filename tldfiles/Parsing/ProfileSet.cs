using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

/// <summary>One profile file, parsed and checked: its id, what it extends, its facts (the JSON tree) and its dated changes.</summary>
internal sealed class Profile
{
    public Profile(string id, string path, JsonNode root)
    {
        Id = id;
        Path = path;
        Root = root;
    }

    public string Id { get; }
    public string Path { get; }
    public JsonNode Root { get; }
    /// <summary>The extends items as written, with their nodes (for diagnostics in the profile's own file).</summary>
    public List<(string Id, JsonNode Node)> Extends { get; } = new List<(string, JsonNode)>();
    /// <summary>The ids of the profile's own sources.</summary>
    public HashSet<string> SourceIds { get; } = new HashSet<string>(StringComparer.Ordinal);
    /// <summary>Its dated changes, in file order: effective date (YYYY-MM-DD) and the change object.</summary>
    public List<(string Effective, JsonNode Node)> Changes { get; } = new List<(string, JsonNode)>();
    /// <summary>True when the profile (or one it extends) has an error or is part of a cycle: files extending it are not compiled.</summary>
    public bool Broken { get; set; }
    /// <summary>Every profile it builds on, most general first, ending with itself (null until resolved).</summary>
    public IReadOnlyList<Profile>? Chain { get; set; }

    private HashSet<JsonNode>? _nodes;

    /// <summary>
    /// True when <paramref name="node"/> belongs to this profile's tree: a TLD file's reader then reports a problem
    /// it finds there at the file's own 'extends' rather than at an offset of another file. Only asked on errors.
    /// </summary>
    public bool Owns(JsonNode node)
    {
        var nodes = _nodes;
        if (nodes is null)
        {
            nodes = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
            Collect(Root, nodes);
            System.Threading.Interlocked.CompareExchange(ref _nodes, nodes, null);
            nodes = _nodes!;
        }
        return nodes.Contains(node);
    }

    private static void Collect(JsonNode node, HashSet<JsonNode> nodes)
    {
        nodes.Add(node);
        if (node.Kind == JsonKind.Object) foreach (var p in node.Properties!) Collect(p.Value, nodes);
        else if (node.Kind == JsonKind.Array) foreach (var i in node.Items!) Collect(i, nodes);
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<JsonNode>
    {
        public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();
        public bool Equals(JsonNode? x, JsonNode? y) => ReferenceEquals(x, y);
        public int GetHashCode(JsonNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// Every profile of a compilation (files in a folder named <c>profiles</c>), read once. Equal when the files are
/// equal, so the pipeline hands the same set to every TLD file and an edit to a TLD file re-reads that file only.
/// The JSON trees are shared read-only between threads (every string is cut out when the set is built).
/// </summary>
internal sealed class ProfileSet : IEquatable<ProfileSet>
{
    private readonly EquatableArray<ProfileInput> _inputs;
    private readonly Dictionary<string, Profile> _byId = new Dictionary<string, Profile>(StringComparer.Ordinal);

    public static readonly ProfileSet Empty = new ProfileSet(EquatableArray<ProfileInput>.Empty);

    private ProfileSet(EquatableArray<ProfileInput> inputs) => _inputs = inputs;

    /// <summary>The diagnostics of the profile files themselves.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; private set; } = EquatableArray<DiagnosticInfo>.Empty;

    public IEnumerable<string> Ids => _byId.Keys;

    public bool TryGet(string id, out Profile profile) => _byId.TryGetValue(id, out profile!);

    /// <summary>True for a path in a folder named <c>profiles</c> (tld-data/profiles/icann-gtld.json).</summary>
    public static bool IsProfilePath(string? path)
    {
        if (string.IsNullOrEmpty(path)) return false;
        var directory = System.IO.Path.GetDirectoryName(path);
        return directory is not null && string.Equals(System.IO.Path.GetFileName(directory), "profiles", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The profile id a file name gives (<c>icann-gtld</c> for profiles/icann-gtld.json).</summary>
    public static string IdFromPath(string path) => System.IO.Path.GetFileNameWithoutExtension(path) ?? "";

    /// <summary>Reads, checks and resolves the profiles; never throws (a failure is TLD0013 on the first file).</summary>
    public static ProfileSet Build(IEnumerable<ProfileInput> files)
    {
        var inputs = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        var set = new ProfileSet(inputs);
        if (inputs.Count == 0) return set;
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            // 1. Parse every file and register it under its id; 2. resolve extends (unknown ids, cycles);
            // 3. check each profile's facts, now that the sources of the profiles it extends are known.
            var readers = new List<(Profile Profile, string Text)>();
            foreach (var input in inputs)
            {
                var root = JsonParser.Parse(input.Text, out var parser, Schema.Strings);
                var id = IdFromPath(input.Path);
                if (root is null || root.Kind != JsonKind.Object)
                {
                    // The reader reports the syntax error; the profile exists but is broken.
                    diagnostics.AddRange(TldFileReader.ReadProfile(input.Path, input.Text, set, null).Diagnostics);
                    var broken = new Profile(id, input.Path, new JsonNode(JsonKind.Object, 0) { Properties = System.Array.Empty<JsonProperty>() }) { Broken = true };
                    set._byId[id] = broken;
                    continue;
                }
                Materialize(root);
                var profile = new Profile(id, input.Path, root);
                if (!set._byId.ContainsKey(id)) set._byId[id] = profile; // a second file of the same id is reported by the reader
                readers.Add((profile, input.Text));
                if (root.Find("extends")?.Value is { Kind: JsonKind.Array } extends)
                    foreach (var item in extends.Items!)
                        if (item.Kind == JsonKind.String && item.Text!.Length > 0) profile.Extends.Add((item.Text!, item));
                if (root.Find("sources")?.Value is { Kind: JsonKind.Array } sources)
                    foreach (var source in sources.Items!)
                        if (source.Kind == JsonKind.Object && source.Find("id")?.Value is { Kind: JsonKind.String } sid) profile.SourceIds.Add(sid.Text!);
                if (root.Find("changes")?.Value is { Kind: JsonKind.Array } changes)
                    foreach (var change in changes.Items!)
                        if (change.Kind == JsonKind.Object && change.Find("effective")?.Value is { Kind: JsonKind.String } date)
                            profile.Changes.Add((date.Text!, change));
            }
            var resolution = new List<DiagnosticInfo>();
            foreach (var (profile, text) in readers) Resolve(set, profile, new List<Profile>(), text, readers, resolution);
            foreach (var (profile, text) in readers)
            {
                var result = TldFileReader.ReadProfile(profile.Path, text, set, profile);
                diagnostics.AddRange(result.Diagnostics);
                if (result.HasErrors) profile.Broken = true;
            }
            diagnostics.AddRange(resolution);
            // A profile built on a broken one is broken too (its own file says nothing more; its TLDs get TLD0019).
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var (profile, _) in readers)
                    if (!profile.Broken && profile.Chain is not null && profile.Chain.Any(p => p.Broken))
                    {
                        profile.Broken = true;
                        changed = true;
                    }
            }
        }
        catch (Exception ex)
        {
            diagnostics.Add(new DiagnosticInfo(TldDiagnostics.InternalError.Id, new SourceSpan(inputs[0].Path, 0, 0, 0, 0, 0, 0),
                new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message })));
            foreach (var p in set._byId.Values) p.Broken = true;
        }
        set.Diagnostics = diagnostics.OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ToEquatableArray();
        return set;
    }

    /// <summary>Linearizes a profile's chain depth first (most general first, each profile once); reports unknown ids and cycles.</summary>
    private static void Resolve(ProfileSet set, Profile profile, List<Profile> stack, string text, List<(Profile Profile, string Text)> readers, List<DiagnosticInfo> diagnostics)
    {
        if (profile.Chain is not null) return;
        stack.Add(profile);
        var chain = new List<Profile>();
        foreach (var (id, node) in profile.Extends)
        {
            if (!set._byId.TryGetValue(id, out var parent)) continue; // the reader reports TLD0008
            int index = stack.IndexOf(parent);
            if (index >= 0)
            {
                var cycle = string.Join(" → ", stack.Skip(index + 1).Select(p => p.Id).Concat(new[] { parent.Id }));
                diagnostics.Add(TldFileReader.DiagnosticAt(profile.Path, text, node, TldDiagnostics.ProfileCycle, parent.Id, cycle));
                for (int i = index; i < stack.Count; i++) stack[i].Broken = true;
                continue;
            }
            var parentText = readers.FirstOrDefault(r => ReferenceEquals(r.Profile, parent)).Text ?? "";
            Resolve(set, parent, stack, parentText, readers, diagnostics);
            foreach (var p in parent.Chain ?? (IReadOnlyList<Profile>)new[] { parent })
                if (!chain.Contains(p)) chain.Add(p);
        }
        chain.Add(profile);
        profile.Chain = chain;
        stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>Cuts every lazy string value out now, so that threads reading the shared tree never write to it.</summary>
    private static void Materialize(JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonKind.Object:
                foreach (var p in node.Properties!) Materialize(p.Value);
                break;
            case JsonKind.Array:
                foreach (var i in node.Items!) Materialize(i);
                break;
            case JsonKind.String:
            case JsonKind.Number:
                _ = node.Text;
                break;
        }
    }

    public bool Equals(ProfileSet? other) => other is not null && _inputs.Equals(other._inputs);

    public override bool Equals(object? obj) => Equals(obj as ProfileSet);

    public override int GetHashCode() => _inputs.GetHashCode();
}

/// <summary>A profile file as handed to the generator.</summary>
internal sealed record ProfileInput(string Path, string Text);
