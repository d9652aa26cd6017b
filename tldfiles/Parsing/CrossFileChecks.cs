using System;
using System.Collections.Generic;
using System.Linq;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

/// <summary>Checks across files: a TLD or alias defined twice, generated type names that collide.</summary>
internal static class CrossFileChecks
{
    public static CrossFileResult Run(IEnumerable<TldKey> keys)
    {
        // The same file handed over twice (listed both as TldDefinition and AdditionalFiles) counts once.
        var list = keys.GroupBy(k => k.Path, StringComparer.Ordinal).Select(g => g.First()).OrderBy(k => k.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var excluded = new HashSet<string>(StringComparer.Ordinal);

        // Names: case-insensitive, as the catalog looks them up.
        var byName = new Dictionary<string, List<(TldKey Key, ClaimedName Name)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in list)
            foreach (var name in key.Names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
            {
                if (!byName.TryGetValue(name.Name, out var claims)) byName[name.Name] = claims = new List<(TldKey, ClaimedName)>();
                claims.Add((key, name));
            }
        foreach (var pair in byName.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var claims = pair.Value;
            if (claims.Select(c => c.Key.Path).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            foreach (var claim in claims)
            {
                var others = claims.Where(c => c.Key.Path != claim.Key.Path).Select(c => FileName(c.Key.Path)).Distinct(StringComparer.Ordinal);
                diagnostics.Add(new DiagnosticInfo(TldDiagnostics.DuplicateTld.Id, claim.Name.Span, new EquatableArray<string>(new[] { pair.Key, string.Join(", ", others) })));
                excluded.Add(claim.Key.Path);
            }
        }

        // Generated type names.
        var byType = new Dictionary<string, List<TldKey>>(StringComparer.Ordinal);
        foreach (var key in list)
            foreach (var type in key.TypeNames.Distinct(StringComparer.Ordinal))
            {
                if (!byType.TryGetValue(type, out var owners)) byType[type] = owners = new List<TldKey>();
                owners.Add(key);
            }
        foreach (var key in list)
        {
            if (ReservedNames.CatalogTypes.Contains(key.ClassName))
            {
                diagnostics.Add(new DiagnosticInfo(TldDiagnostics.InvalidIdentifier.Id, key.TldSpan, new EquatableArray<string>(new[]
                {
                    "the TLD's class name '" + key.ClassName + "' is reserved by the generated catalog",
                })));
                excluded.Add(key.Path);
            }
        }
        foreach (var pair in byType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (pair.Value.Count < 2) continue;
            foreach (var key in pair.Value)
            {
                var others = pair.Value.Where(k => k.Path != key.Path).Select(k => FileName(k.Path));
                diagnostics.Add(new DiagnosticInfo(TldDiagnostics.InvalidIdentifier.Id, key.TldSpan, new EquatableArray<string>(new[]
                {
                    "the generated type '" + pair.Key + "' is also generated for " + string.Join(", ", others),
                })));
                excluded.Add(key.Path);
            }
        }

        return new CrossFileResult(excluded.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(), SharedPaths(keys),
            diagnostics.Distinct().ToEquatableArray());
    }

    /// <summary>The paths that occur more than once (the same file handed over twice), in ordinal order.</summary>
    public static EquatableArray<string> SharedPaths(IEnumerable<TldKey> keys) =>
        keys.GroupBy(k => k.Path, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).Select(g => g.Key)
            .OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();

    private static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
