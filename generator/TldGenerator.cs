using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Emit;
using TldToolkit.Generator.Model;
using TldToolkit.Generator.Parsing;

namespace TldToolkit.Generator;

/// <summary>
/// Compiles TLD definition files (AdditionalFiles with metadata <c>TldToolkitDefinition=true</c>)
/// into typed validators, request builders and a catalog.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TldGenerator : IIncrementalGenerator
{
    internal static readonly string Version = typeof(TldGenerator).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    /// <summary>The fallback namespace when neither TldToolkitNamespace nor RootNamespace is set.</summary>
    public const string DefaultNamespace = "TldToolkit.Tlds";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsDefinition(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) =>
            {
                string text;
                try
                {
                    text = pair.Left.GetText(cancellationToken)?.ToString() ?? "";
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    text = "";
                }
                return new FileInput(pair.Left.Path, text);
            })
            .WithTrackingName(TrackingNames.Files);

        // Profiles (files in a folder named 'profiles') are read together, once: every TLD file is read against the
        // set, which stays equal (and cached) while only TLD files change.
        var profiles = files
            .Where(static f => ProfileSet.IsProfilePath(f.Path))
            .Select(static (f, _) => new ProfileInput(f.Path, f.Text))
            .Collect()
            .Select(static (inputs, _) => ProfileSet.Build(inputs))
            .WithTrackingName(TrackingNames.Profiles);

        context.RegisterSourceOutput(profiles.Select(static (p, _) => p.Diagnostics).WithTrackingName(TrackingNames.ProfileDiagnostics), static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        var parsed = files
            .Where(static f => !ProfileSet.IsProfilePath(f.Path))
            .Combine(profiles)
            .Select(static (input, _) => TldFileReader.Read(input.Left.Path, input.Left.Text, input.Right))
            .WithTrackingName(TrackingNames.Parsed);

        var ns = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ResolveNamespace(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Namespace);

        var utf8Data = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => WantsUtf8Data(options.GlobalOptions))
            .WithTrackingName(TrackingNames.DataLiterals);

        // Diagnostics of each file, reported on their own.
        context.RegisterSourceOutput(parsed.Select(static (r, _) => r.Diagnostics).WithTrackingName(TrackingNames.FileDiagnostics), static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        // Cross-file checks over the names every file claims.
        var crossFile = parsed
            .Select(static (r, _) => r.Key)
            .Where(static k => k is not null)
            .Select(static (k, _) => k!)
            .WithTrackingName(TrackingNames.Key)
            .Collect()
            .WithTrackingName(TrackingNames.Keys)
            .Select(static (keys, _) => RunCrossFileChecks(keys))
            .WithTrackingName(TrackingNames.CrossFile);

        context.RegisterSourceOutput(crossFile.Select(static (r, _) => r.Diagnostics).WithTrackingName(TrackingNames.CrossFileDiagnostics), static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        var filter = crossFile
            .Select(static (r, _) => new OutputFilter(r.ExcludedPaths, r.SharedPaths))
            .WithTrackingName(TrackingNames.Excluded);

        var models = parsed
            .Where(static r => r.Model is not null)
            .Select(static (r, _) => new PathModel(r.Path, r.Model!))
            .WithTrackingName(TrackingNames.Models);

        var sources = models
            .Combine(ns)
            .Combine(filter)
            .Combine(utf8Data)
            .Select(static (input, _) =>
            {
                var (((pm, @namespace), outputFilter), utf8) = input;
                if (outputFilter.ExcludedPaths.Contains(pm.Path)) return null;
                bool shared = outputFilter.SharedPaths.Contains(pm.Path);
                try
                {
                    // Data-only TLDs have no file of their own: their data is in the catalog.
                    if (!TldEmitter.HasTypedSurface(pm.Model)) return null;
                    return new GeneratedFile(pm.Model.ClassName + ".g.cs", TldEmitter.Emit(pm.Model, @namespace, Version, utf8), null, shared);
                }
                catch (Exception ex)
                {
                    return new GeneratedFile("", "", new DiagnosticInfo(TldDiagnostics.InternalError.Id,
                        new SourceSpan(pm.Path, 0, 0, 0, 0, 0, 0), new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message })), shared);
                }
            })
            .WithTrackingName(TrackingNames.TldSource);

        // Each file's source is added on its own, so an edit re-adds only the edited file's source and the
        // driver keeps the others (and their SourceText) as they were.
        context.RegisterSourceOutput(sources.Where(static f => f is { Shared: false }), static (spc, file) => AddTldSource(spc, file!));

        // A file handed over twice (the same path listed twice) yields two equal items; those are collected
        // and added once. Usually this collection is empty and costs nothing.
        context.RegisterSourceOutput(sources.Where(static f => f is { Shared: true }).Collect().WithTrackingName(TrackingNames.TldSources), static (spc, files) =>
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            var reported = new HashSet<DiagnosticInfo>();
            foreach (var file in files)
            {
                if (file is null) continue;
                if (file.Failure is not null ? reported.Add(file.Failure) : added.Add(file.HintName)) AddTldSource(spc, file);
            }
        });

        // Each TLD's entry (a data-only TLD's data included) is built in its own cached step; an edit rebuilds one entry.
        var catalog = models
            .Select(static (pm, _) => (pm.Path, Entry: CatalogEntry.Of(pm.Model)))
            .WithTrackingName(TrackingNames.CatalogEntry)
            .Collect()
            .WithTrackingName(TrackingNames.CatalogEntries)
            .Combine(ns)
            .Combine(filter)
            .Select(static (input, _) =>
            {
                var ((entries, @namespace), outputFilter) = input;
                var kept = entries.Where(e => !outputFilter.ExcludedPaths.Contains(e.Path))
                    .GroupBy(e => e.Path, StringComparer.Ordinal).Select(g => g.First().Entry);
                try
                {
                    return CatalogEmitter.Emit(kept, @namespace, Version);
                }
                catch (Exception ex)
                {
                    // Never expected; the catalog is then empty rather than the build crashing.
                    return "// <auto-generated/>\n// TldToolkit could not generate the catalog: " + ex.GetType().Name + "\n";
                }
            })
            .WithTrackingName(TrackingNames.CatalogSource);

        context.RegisterSourceOutput(catalog, static (spc, source) =>
            spc.AddSource("Tlds.g.cs", SourceText.From(source, Encoding.UTF8)));

        // The shared templates of TLD files that only extend profiles: one per extends list, whatever the number of files.
        var templates = models
            .Select(static (pm, _) => TldEmitter.TemplateOf(pm.Model)) // null for a file with facts of its own; kept, so the collection is never empty and caches
            .Collect()
            .WithTrackingName(TrackingNames.Templates)
            .Combine(ns)
            .Select(static (input, _) =>
            {
                var (collected, @namespace) = input;
                var all = collected.Where(t => t is not null).Select(t => t!).ToList();
                if (all.Count == 0) return "";
                var distinct = all.GroupBy(t => t.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(t => t.Name, StringComparer.Ordinal);
                try
                {
                    return TemplateEmitter.Emit(distinct, @namespace, Version);
                }
                catch (Exception ex)
                {
                    return "// <auto-generated/>\n// TldToolkit could not generate the profile templates: " + ex.GetType().Name + "\n";
                }
            })
            .WithTrackingName(TrackingNames.TemplateSource);

        context.RegisterSourceOutput(templates, static (spc, source) =>
        {
            if (source.Length > 0) spc.AddSource("TldProfileTemplates.g.cs", SourceText.From(source, Encoding.UTF8));
        });
    }

    private static void AddTldSource(SourceProductionContext spc, GeneratedFile file)
    {
        if (file.Failure is not null) spc.ReportDiagnostic(ToDiagnostic(file.Failure));
        else spc.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
    }

    /// <summary>The cross-file checks, defensively: a failure becomes TLD0013 on the first file.</summary>
    private static CrossFileResult RunCrossFileChecks(ImmutableArray<TldKey> keys)
    {
        try
        {
            return CrossFileChecks.Run(keys);
        }
        catch (Exception ex)
        {
            var span = keys.Length > 0 ? new SourceSpan(keys[0].Path, 0, 0, 0, 0, 0, 0) : new SourceSpan("", 0, 0, 0, 0, 0, 0);
            // Every file counts as shared then: each source is still added once, through the collected output.
            var all = keys.Select(k => k.Path).Distinct(StringComparer.Ordinal).ToEquatableArray();
            return new CrossFileResult(EquatableArray<string>.Empty, all, new EquatableArray<DiagnosticInfo>(new[]
            {
                new DiagnosticInfo(TldDiagnostics.InternalError.Id, span, new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message })),
            }));
        }
    }

    private static bool IsDefinition(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.TldToolkitDefinition", out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    internal static string ResolveNamespace(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue("build_property.TldToolkitNamespace", out var ns) && IsNamespace(ns)) return ns!.Trim();
        if (options.TryGetValue("build_property.RootNamespace", out var root) && IsNamespace(root)) return root!.Trim();
        return DefaultNamespace;
    }

    /// <summary>MSBuild property <c>TldToolkitDataLiterals=utf8</c>: TLD data as UTF-8 literals (see <see cref="TldEmitter.DataLiteral"/>).</summary>
    internal static bool WantsUtf8Data(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.TldToolkitDataLiterals", out var value)
        && string.Equals(value?.Trim(), "utf8", StringComparison.OrdinalIgnoreCase);

    private static bool IsNamespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        foreach (var part in value!.Trim().Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_')) return false;
            if (!part.All(c => char.IsLetterOrDigit(c) || c == '_')) return false;
            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) return false;
        }
        return true;
    }

    internal static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = Descriptors.ById(info.Id) ?? Descriptors.ById(TldDiagnostics.InternalError.Id)!;
        var span = info.Span;
        var location = Location.Create(span.Path, new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(descriptor, location, info.Arguments.Cast<object>().ToArray());
    }

    internal sealed record FileInput(string Path, string Text);

    internal sealed record PathModel(string Path, TldModel Model);

    /// <summary>What the cross-file check decided about output: files left out, and files handed over more than once.</summary>
    internal sealed record OutputFilter(EquatableArray<string> ExcludedPaths, EquatableArray<string> SharedPaths);

    /// <summary>One TLD's source (or the failure to emit it); <paramref name="Shared"/>: its file was handed over more than once.</summary>
    internal sealed record GeneratedFile(string HintName, string Source, DiagnosticInfo? Failure, bool Shared);
}
