namespace TldToolkit.Generator.Model;

/// <summary>A span in a TLD file: offsets plus zero-based line/column of both ends.</summary>
internal sealed record SourceSpan(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A diagnostic before it becomes a Roslyn <c>Diagnostic</c>: id, span and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments);

/// <summary>A name a file claims in the catalog (its TLD, Unicode form or an alias) and where.</summary>
internal sealed record ClaimedName(string Name, SourceSpan Span);

/// <summary>What the cross-file checks need from one file: the names it claims and the C# types it generates.</summary>
internal sealed record TldKey(string Path, EquatableArray<ClaimedName> Names, string ClassName, EquatableArray<string> TypeNames, SourceSpan TldSpan);

/// <summary>The outcome of reading one file: the model (null when the file has an error), its diagnostics and its key.</summary>
internal sealed record ParseResult(string Path, TldModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, TldKey? Key);

/// <summary>
/// The outcome of the cross-file checks: files excluded from output, files handed over more than once
/// (their source is added once) and the diagnostics.
/// </summary>
internal sealed record CrossFileResult(EquatableArray<string> ExcludedPaths, EquatableArray<string> SharedPaths, EquatableArray<DiagnosticInfo> Diagnostics);
