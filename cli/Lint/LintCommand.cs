using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TldToolkit.Cli.Lint;

/// <summary>A lint finding in a TLD definition file.</summary>
internal sealed record LintMessage(string File, int Line, int Column, string Id, bool IsError, string Message)
{
    // The file name and the message (which quotes names and values of the file) are shown as safe text.
    public override string ToString() => $"{Output.Shown.Of(File)}:{Line}:{Column}: {Output.Shown.Of(Id)} {(IsError ? "" : "warning: ")}{Output.Shown.Long(Message)}";
}

/// <summary>
/// <c>tldtool lint [PATH…]</c>: TLD definition files against schema.json (NJsonSchema) and the
/// generator's semantic rules. Needs no build of the catalog, so it suits a pre-commit hook.
/// </summary>
internal static class LintCommand
{
    /// <summary>The file breaks schema.json.</summary>
    public const string SchemaViolation = "TLD1001";
    /// <summary>The file is not valid JSON.</summary>
    public const string InvalidJson = "TLD1002";
    /// <summary>No schema.json could be found for the file.</summary>
    public const string SchemaNotFound = "TLD1003";

    public static int Run(CliEnvironment env, IReadOnlyList<string> paths, string? schemaOverride)
    {
        var files = new List<string>();
        var roots = paths.Count > 0 ? paths : DefaultRoot() is { } root ? [root] : [];
        if (roots.Count == 0)
        {
            env.Error.WriteLine("tldtool: no tld-data folder found here or above; name the files or folders to lint.");
            return ExitCodes.InputError;
        }
        foreach (var path in roots)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.json", SearchOption.TopDirectoryOnly);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
                // The folder's profiles (tld-data/profiles/*.json): its TLD files are read against them.
                var profiles = Path.Combine(path, "profiles");
                if (Directory.Exists(profiles))
                {
                    var profileFiles = Directory.GetFiles(profiles, "*.json", SearchOption.TopDirectoryOnly);
                    Array.Sort(profileFiles, StringComparer.Ordinal);
                    files.AddRange(profileFiles);
                }
            }
            else if (File.Exists(path)) files.Add(path);
            else
            {
                env.Error.WriteLine($"tldtool: {Output.Shown.Of(path)}: no such file or directory");
                return ExitCodes.InputError;
            }
        }

        var messages = new List<LintMessage>();
        var schemas = new Dictionary<string, JsonSchema?>(StringComparer.Ordinal);
        var texts = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            string text;
            try { text = File.ReadAllText(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                messages.Add(new(file, 1, 1, InvalidJson, true, "cannot read the file: " + e.Message));
                continue;
            }
            texts.Add((file, text));
            messages.AddRange(CheckSchema(file, text, schemaOverride, schemas));
        }
        var semantic = SemanticLint.Run(texts).ToList();
        messages = Merge(messages, semantic);

        var ordered = messages
            .DistinctBy(m => (m.File, m.Line, m.Column, m.Id, m.Message))
            .OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line).ThenBy(m => m.Column).ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var message in ordered) env.Out.WriteLine(message.ToString());
        env.Out.Flush();
        int errors = ordered.Count(m => m.IsError), warnings = ordered.Count - errors;
        env.Error.WriteLine($"tldtool lint: {files.Count} file(s), {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    /// <summary>
    /// Both checkers often see the same mistake (an unknown property, broken JSON): the generator's
    /// message is the more precise one, so a schema message on a line where the generator already
    /// reports something, and a JSON syntax message where it reports invalid JSON, are dropped.
    /// </summary>
    private static List<LintMessage> Merge(List<LintMessage> schema, List<LintMessage> semantic)
    {
        var lines = semantic.Select(m => (m.File, m.Line)).ToHashSet();
        var brokenFiles = semantic.Where(m => m.Id == "TLD0001").Select(m => m.File).ToHashSet(StringComparer.Ordinal);
        var merged = schema
            .Where(m => !(m.Id == SchemaViolation && lines.Contains((m.File, m.Line))))
            .Where(m => !(m.Id == InvalidJson && brokenFiles.Contains(m.File)))
            .ToList();
        merged.AddRange(semantic);
        return merged;
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

    private static IEnumerable<LintMessage> CheckSchema(string file, string text, string? schemaOverride, Dictionary<string, JsonSchema?> schemas)
    {
        JsonLocator locator;
        string? declared = null;
        List<string> outOfRange;
        try
        {
            locator = JsonLocator.Build(text);
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("$schema", out var s) && s.ValueKind == JsonValueKind.String)
                declared = s.GetString();
            outOfRange = OutOfRangeNumbers.Find(document.RootElement);
        }
        catch (JsonException e)
        {
            return [new LintMessage(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, InvalidJson, true, "not valid JSON: " + Clean(e.Message))];
        }

        if (outOfRange.Count > 0)
            return outOfRange.Select(path =>
            {
                var (line, column) = locator.Find(path);
                return new LintMessage(file, line, column, SchemaViolation, true, $"schema violation at {path}: the integer is outside the 64-bit range");
            }).ToList();

        var schemaPath = schemaOverride ?? Locate(file, declared);
        if (schemaPath is null)
            return [new LintMessage(file, 1, 1, SchemaNotFound, true, "no schema.json found (from $schema or in a folder above the file); pass --schema")];
        if (!schemas.TryGetValue(schemaPath, out var schema))
        {
            try { schema = JsonSchema.FromFileAsync(schemaPath).GetAwaiter().GetResult(); }
            catch (Exception e) when (e is IOException or JsonException or Newtonsoft.Json.JsonException or InvalidOperationException)
            {
                schema = null;
                schemas[schemaPath] = null;
                return [new LintMessage(file, 1, 1, SchemaNotFound, true, $"cannot load {schemaPath}: {e.Message}")];
            }
            schemas[schemaPath] = schema;
        }
        if (schema is null) return [new LintMessage(file, 1, 1, SchemaNotFound, true, $"cannot load {schemaPath}")];

        var result = new List<LintMessage>();
        foreach (var error in Flatten(schema.Validate(text)))
        {
            var path = JsonLocator.FromSchemaPath(error.Path);
            var (line, column) = locator.Find(path);
            result.Add(new LintMessage(file, line, column, SchemaViolation, true, $"schema violation at {(path.Length == 0 ? "(root)" : path)}: {Describe(error)}"));
        }
        return result;
    }

    // "array item not valid" only wraps the item's own errors: report those, at their own paths.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0
                && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid)
            {
                foreach (var inner in Flatten(child.Errors.Values.SelectMany(e => e))) yield return inner;
            }
            else yield return error;
        }
    }

    /// <summary>The schema a file names in $schema (a relative path), else schema.json in the nearest folder above.</summary>
    private static string? Locate(string file, string? declared)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (declared is not null && !declared.Contains("://", StringComparison.Ordinal))
        {
            var candidate = Path.GetFullPath(Path.Combine(directory, declared));
            if (File.Exists(candidate)) return candidate;
        }
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>NJsonSchema's error in words.</summary>
    internal static string Describe(ValidationError error)
    {
        var schema = error.Schema;
        var property = error.Property;
        string text = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property '{property}' is missing",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{property}' is not allowed here",
            ValidationErrorKind.StringExpected => "expected a string",
            ValidationErrorKind.IntegerExpected => "expected an integer",
            ValidationErrorKind.NumberExpected => "expected a number",
            ValidationErrorKind.BooleanExpected => "expected true or false",
            ValidationErrorKind.ArrayExpected => "expected an array",
            ValidationErrorKind.ObjectExpected => "expected an object",
            ValidationErrorKind.NotInEnumeration => "value is not one of: " + string.Join(", ", schema?.Enumeration.Select(e => e?.ToString() ?? "null") ?? []),
            ValidationErrorKind.PatternMismatch => $"value does not match the pattern {schema?.Pattern}",
            ValidationErrorKind.StringTooShort => $"text is shorter than {schema?.MinLength} character(s)",
            ValidationErrorKind.StringTooLong => $"text is longer than {schema?.MaxLength} character(s)",
            ValidationErrorKind.NumberTooSmall => $"number is below the minimum {schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"number is above the maximum {schema?.Maximum}",
            ValidationErrorKind.TooFewItems => $"fewer than {schema?.MinItems} item(s)",
            ValidationErrorKind.TooManyItems => $"more than {schema?.MaxItems} item(s)",
            ValidationErrorKind.ItemsNotUnique => "items are not unique",
            ValidationErrorKind.TooFewProperties => $"fewer than {schema?.MinProperties} propert(ies)",
            ValidationErrorKind.NotOneOf => "value matches none (or more than one) of the allowed forms",
            ValidationErrorKind.NotAnyOf => "value matches none of the allowed forms",
            ValidationErrorKind.UriExpected => "expected a URI",
            _ => Humanizer.StringHumanizeExtensions.Humanize(error.Kind.ToString()).ToLowerInvariant(),
        };
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            var details = child.Errors.Values.SelectMany(e => e).Select(Describe).Distinct().Take(3);
            text += " (" + string.Join("; ", details) + ")";
        }
        return text;
    }

    private static string Clean(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd().TrimEnd('.');
    }
}
