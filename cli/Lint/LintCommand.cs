using TldToolkit.Generator.Linting;

namespace TldToolkit.Cli.Lint;

/// <summary>
/// <c>tldtool lint [PATH…]</c>: TLD definition files through the generator's own front end
/// (TldToolkit.TldFiles), so it reports exactly what a build reports — the same ids, messages, files,
/// lines and columns, cross-file checks included. Needs no build of the catalog, so it suits a pre-commit hook.
/// </summary>
/// <remarks>
/// There is no separate schema.json pass: over the generator tests' mutation corpus it found no file the
/// reader accepts, and it failed on lone surrogates, so it only added a second wording of the same mistakes.
/// </remarks>
internal static class LintCommand
{
    public static int Run(CliEnvironment env, IReadOnlyList<string> paths)
    {
        var roots = paths.Count > 0 ? paths : DefaultRoot() is { } root ? [root] : [];
        if (roots.Count == 0)
        {
            env.Error.WriteLine("tldtool: no tld-data folder found here or above; name the files or folders to lint.");
            return ExitCodes.InputError;
        }
        var files = new List<string>();
        foreach (var path in roots)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(JsonFiles(path));
                // The folder's profiles (tld-data/profiles/*.json): its TLD files are read against them.
                var profiles = Path.Combine(path, "profiles");
                if (Directory.Exists(profiles)) files.AddRange(JsonFiles(profiles));
            }
            else if (File.Exists(path)) files.Add(path);
            else
            {
                env.Error.WriteLine($"tldtool: {Output.Shown.Of(path)}: no such file or directory");
                return ExitCodes.InputError;
            }
        }

        var texts = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            try { texts.Add((file, File.ReadAllText(file))); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"tldtool: {Output.Shown.Of(file)}: cannot read the file: {Output.Shown.Of(e.Message)}");
                return ExitCodes.InputError;
            }
        }

        var messages = TldLinter.Lint(texts);
        foreach (var message in messages) env.Out.WriteLine(Line(message));
        env.Out.Flush();
        int errors = messages.Count(m => m.Severity == LintSeverity.Error), warnings = messages.Count - errors;
        env.Error.WriteLine($"tldtool lint: {files.Count} file(s), {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    /// <summary>
    /// <c>file:line:col: TLDnnnn message</c> (warnings with <c>warning:</c>); the file name and the message, which
    /// quotes names and values of the file, as safe text.
    /// </summary>
    internal static string Line(LintMessage m) =>
        $"{Output.Shown.Of(m.Path)}:{m.StartLine}:{m.StartColumn}: {m.Id} {(m.Severity == LintSeverity.Warning ? "warning: " : "")}{Output.Shown.Long(m.Message)}";

    private static string[] JsonFiles(string folder)
    {
        var found = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly);
        Array.Sort(found, StringComparer.Ordinal);
        return found;
    }

    /// <summary>tld-data of the repository around the current directory.</summary>
    private static string? DefaultRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tld-data");
            if (Directory.Exists(candidate)) return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
        }
        return null;
    }
}
