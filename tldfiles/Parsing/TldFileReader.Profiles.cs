using System;
using System.Collections.Generic;
using System.Linq;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

/// <summary>The diagnostics of one profile file, and whether any is an error.</summary>
internal sealed record ProfileReadResult(EquatableArray<DiagnosticInfo> Diagnostics, bool HasErrors);

// Profile files, and the parts of a TLD file that only say what kind of file it is (coverage, closed, audit).
internal sealed partial class TldFileReader
{
    /// <summary>
    /// Checks one profile file: the same section and field rules as a TLD file, its dated changes, and its
    /// extends items against <paramref name="set"/> (the cycle itself is reported by the set). Never throws.
    /// <paramref name="profile"/> is null when the file has no root object.
    /// </summary>
    public static ProfileReadResult ReadProfile(string path, string text, ProfileSet set, Profile? profile)
    {
        var reader = new TldFileReader(path ?? "", text ?? "") { _profiles = set };
        try
        {
            reader.ReadProfileFile(profile);
        }
        catch (Exception ex)
        {
            reader._diagnostics.Add(new DiagnosticInfo(TldDiagnostics.InternalError.Id, reader.Span(0, 0), new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message })));
            reader._hasErrors = true;
        }
        return new ProfileReadResult(reader.Result(null, null).Diagnostics, reader._hasErrors);
    }

    private void ReadProfileFile(Profile? profile)
    {
        var root = Parse();
        if (root is null) return;
        CheckObject(root, Schema.Root, root.Start, 1);
        foreach (var required in Schema.ProfileRequired)
            if (System.Array.IndexOf(Schema.Root.Required, required) < 0 && root.Find(required) is null)
                Report(TldDiagnostics.MissingProperty, root.Start, 1, "A profile", required);
        foreach (var tldOnly in Schema.TldOnly)
            if (root.Find(tldOnly) is { } misplaced)
                Report(TldDiagnostics.UnknownProperty, misplaced.NameStart, misplaced.NameEnd - misplaced.NameStart, tldOnly, "a profile", "; only a TLD file has it");

        var idNode = String(root, "profile", minLength: 1);
        var expected = ProfileSet.IdFromPath(_path);
        if (idNode is not null && idNode.Text != expected)
            Report(TldDiagnostics.InvalidValue, idNode, "profile", "the profile id is its file name without '.json' ('" + expected + "')");
        String(root, "title", minLength: 1);
        String(root, "registryOperator", minLength: 1);
        String(root, "displayName");
        String(root, "notes");
        String(root, "$schema");
        ReadAudit(root);
        var sources = ReadSources(root);
        foreach (var item in StringItems(root, "extends", 0, unique: true, what: "Profile"))
        {
            if (_profiles.TryGet(item.Text!, out _)) continue;
            var suggestion = Names.Suggest(item.Text!, _profiles.Ids);
            Report(TldDiagnostics.UnknownReference, item, "Profile", item.Text!, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }

        ReadTerms(root);
        ReadRenewal(root);
        ReadTransfer(root);
        ReadAddOns(root);
        ReadLabels(root);
        ReadNameservers(root);
        ReadContacts(root);
        ReadLifecycle(root);
        var fields = ReadFields(root);
        CheckConditions(fields);

        var changes = Array(root, "changes", minItems: 0);
        if (changes is not null)
        {
            var days = new HashSet<string>(StringComparer.Ordinal);
            foreach (var change in changes.Items!)
            {
                if (!ExpectObject(change, "changes[]")) continue;
                CheckObject(change, Schema.Change, change.Start, 1);
                var effective = Date(change, "effective");
                if (effective is not null && !days.Add(effective.Text!))
                    Report(TldDiagnostics.DuplicateName, effective, "Effective date", effective.Text!);
                SourceRef(change);
                Note(change);
                ReadTerms(change);
                ReadRenewal(change);
                ReadTransfer(change);
                ReadAddOns(change);
                ReadLabels(change);
                ReadNameservers(change);
                ReadContacts(change);
                ReadLifecycle(change);
            }
        }
        // A profile's sources may be cited only by the TLD files that extend it: no unused-source warning here.
        CheckSourceReferences(sources, profile?.Chain, reportUnused: false);
    }

    /// <summary>The closed reason (null unless coverage is 'closed'); 'closed' is required with that coverage and not allowed without.</summary>
    private string? ReadClosed(JsonNode root, string coverage)
    {
        var property = root.Find("closed");
        if (coverage == "closed" && property is null && root.Find("coverage") is { } coverageProperty)
            Report(TldDiagnostics.MissingProperty, coverageProperty.NameStart, coverageProperty.NameEnd - coverageProperty.NameStart, "A file with coverage 'closed'", "closed");
        if (property is null) return null;
        if (coverage != "closed")
            Report(TldDiagnostics.ImpossibleRule, property.NameStart, property.NameEnd - property.NameStart, "'closed' is only for coverage 'closed'; this file says '" + coverage + "'");
        var node = Object(root, "closed", Schema.Closed);
        if (node is null) return null;
        SourceRef(node);
        Note(node);
        return Enum(node, "reason", Schema.ClosedReasons);
    }

    private void ReadAudit(JsonNode root)
    {
        var audit = Array(root, "audit", minItems: 0);
        if (audit is null) return;
        foreach (var entry in audit.Items!)
        {
            if (!ExpectObject(entry, "audit[]")) continue;
            CheckObject(entry, Schema.AuditEntry, entry.Start, 1);
            Date(entry, "date");
            SourceRef(entry);
            String(entry, "note", minLength: 1);
        }
    }

    /// <summary>A YYYY-MM-DD date property (TLD0006 otherwise).</summary>
    private JsonNode? Date(JsonNode parent, string name)
    {
        var node = String(parent, name);
        if (node is null) return null;
        if (IsDate(node.Text!)) return node;
        Report(TldDiagnostics.InvalidValue, node, name, "expected a date as YYYY-MM-DD");
        return null;
    }

    /// <summary>A diagnostic at <paramref name="node"/> of the file <paramref name="path"/> (for checks that span files, like profile cycles).</summary>
    internal static DiagnosticInfo DiagnosticAt(string path, string text, JsonNode node, TldDiagnostic descriptor, params string[] args) =>
        new DiagnosticInfo(descriptor.Id, new TldFileReader(path, text).Span(node.Start, node.Length), new EquatableArray<string>(args));
}
