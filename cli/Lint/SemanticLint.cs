using TldToolkit.Generator.Linting;

namespace TldToolkit.Cli.Lint;

/// <summary>
/// The generator's own checks (TLD0001…: syntax, unknown properties with suggestions, impossible
/// rules, unknown references, duplicate TLDs across files, …) through its public lint API, so
/// <c>tldtool lint</c> reports exactly what the build would.
/// </summary>
internal static class SemanticLint
{
    public static IEnumerable<LintMessage> Run(IReadOnlyList<(string Path, string Text)> files) =>
        TldLinter.Lint(files).Select(m => new LintMessage(m.Path, m.StartLine, m.StartColumn, m.Id, m.Severity == LintSeverity.Error, m.Message));
}
