using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Model;
using TldToolkit.Generator.Parsing;

namespace TldToolkit.Generator.Linting;

/// <summary>How serious a lint message is.</summary>
public enum LintSeverity
{
    /// <summary>The file cannot be compiled: the generator emits nothing for its TLD.</summary>
    Error,
    /// <summary>The file compiles but something looks wrong.</summary>
    Warning,
}

/// <summary>One problem in a TLD file, with a 1-based line/column span for people and editors.</summary>
public sealed class LintMessage
{
    internal LintMessage(string id, LintSeverity severity, string message, string path, int startLine, int startColumn, int endLine, int endColumn, string helpLink)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Path = path;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
        HelpLink = helpLink;
    }

    /// <summary>The diagnostic id (TLD0001 ...), as the compiler reports it.</summary>
    public string Id { get; }
    /// <summary>Error or warning.</summary>
    public LintSeverity Severity { get; }
    /// <summary>The message in English.</summary>
    public string Message { get; }
    /// <summary>The file path as given to <see cref="TldLinter.Lint"/>.</summary>
    public string Path { get; }
    /// <summary>1-based line of the first character.</summary>
    public int StartLine { get; }
    /// <summary>1-based column of the first character (in UTF-16 code units).</summary>
    public int StartColumn { get; }
    /// <summary>1-based line just past the span.</summary>
    public int EndLine { get; }
    /// <summary>1-based column just past the span.</summary>
    public int EndColumn { get; }
    /// <summary>Where the id is explained (docs/diagnostics.md).</summary>
    public string HelpLink { get; }

    /// <summary>MSBuild-style: <c>path(line,col,endLine,endCol): error TLD0001: message</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2},{3},{4}): {5} {6}: {7}", Path, StartLine, StartColumn, EndLine, EndColumn,
            Severity == LintSeverity.Error ? "error" : "warning", Id, Message);
}

/// <summary>
/// The generator's checks of TLD files as a plain API, for <c>tldtool lint</c> and tests: the same
/// ids, messages and spans the build reports.
/// </summary>
public static class TldLinter
{
    /// <summary>
    /// Checks every file on its own and across files (duplicate TLDs, colliding names, profiles: files in a
    /// folder named <c>profiles</c>, which the TLD files are read against). Never
    /// throws for any file content. Messages are ordered by path, then position.
    /// </summary>
    public static IReadOnlyList<LintMessage> Lint(IEnumerable<(string Path, string Text)> files)
    {
        if (files is null) throw new ArgumentNullException(nameof(files));
        var all = files.Select(f => (Path: f.Path ?? "", Text: f.Text ?? "")).ToList();
        var profiles = ProfileSet.Build(all.Where(f => ProfileSet.IsProfilePath(f.Path)).Select(f => new ProfileInput(f.Path, f.Text)));
        var results = all.Where(f => !ProfileSet.IsProfilePath(f.Path)).Select(f => TldFileReader.Read(f.Path, f.Text, profiles)).ToList();
        var diagnostics = profiles.Diagnostics.Concat(results.SelectMany(r => r.Diagnostics)).ToList();
        var keys = results.Where(r => r.Key is not null).Select(r => r.Key!).ToList();
        diagnostics.AddRange(CrossFileChecks.Run(keys).Diagnostics);
        return diagnostics
            .Select(ToMessage)
            .OrderBy(m => m.Path, StringComparer.Ordinal)
            .ThenBy(m => m.StartLine).ThenBy(m => m.StartColumn)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Checks a single file (no cross-file checks).</summary>
    public static IReadOnlyList<LintMessage> Lint(string path, string text) => Lint(new[] { (path, text) });

    /// <summary>The TLD names (ASCII, Unicode, aliases) a valid file defines, or empty when it has errors.</summary>
    public static IReadOnlyList<string> DefinedNames(string path, string text)
    {
        var result = TldFileReader.Read(path, text);
        if (result.Model is null || result.Key is null) return Array.Empty<string>();
        return result.Key.Names.Select(n => n.Name).Distinct(StringComparer.Ordinal).ToList();
    }

    internal static LintMessage ToMessage(DiagnosticInfo info)
    {
        var diagnostic = TldDiagnostics.Of(info);
        var s = info.Span;
        return new LintMessage(diagnostic.Id, diagnostic.IsWarning ? LintSeverity.Warning : LintSeverity.Error,
            diagnostic.Format(info.Arguments), s.Path, s.StartLine + 1, s.StartColumn + 1, s.EndLine + 1, s.EndColumn + 1, diagnostic.HelpLinkUri);
    }
}
