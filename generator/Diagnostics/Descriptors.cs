using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TldToolkit.Generator.Diagnostics;

/// <summary>
/// The compiler's view of <see cref="TldDiagnostics"/>: one <see cref="DiagnosticDescriptor"/> per entry of
/// the table, with its id, title, format, severity and help link. The only place Roslyn meets the table.
/// </summary>
internal static class Descriptors
{
    /// <summary>Every descriptor, in the table's (id) order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = TldDiagnostics.All.Select(Of).ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = All.ToDictionary(d => d.Id, System.StringComparer.Ordinal);

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static DiagnosticDescriptor? ById(string id) => s_byId.TryGetValue(id, out var descriptor) ? descriptor : null;

    private static DiagnosticDescriptor Of(TldDiagnostic diagnostic) =>
        new DiagnosticDescriptor(diagnostic.Id, diagnostic.Title, diagnostic.MessageFormat, TldDiagnostics.Category,
            diagnostic.IsWarning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: diagnostic.HelpLinkUri);
}
