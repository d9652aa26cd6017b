using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TldToolkit.Data.Tests;

/// <summary>
/// Validates a file against schema.json with NJsonSchema and words each error as
/// <c>file: $.path.to.value: message</c>.
/// </summary>
internal static class SchemaErrors
{
    private static readonly Lazy<JsonSchema> s_schema =
        new(() => JsonSchema.FromFileAsync(RepoPaths.Schema).GetAwaiter().GetResult());

    public static JsonSchema Schema => s_schema.Value;

    /// <summary>Validates the file and returns one formatted line per error (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        var fileName = Path.GetFileName(path);
        var json = File.ReadAllText(path);
        var errors = Schema.Validate(json);
        return errors
            .SelectMany(Leaves)
            .Select(e => Format(fileName, e))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// NJsonSchema reports a problem inside an array item as "array item not valid" on the item, with
    /// the real error as a child. Unwrap those so the path points at the offending value. Errors of
    /// oneOf/anyOf stay whole: their children describe the alternatives, not the location.
    /// </summary>
    private static IEnumerable<ValidationError> Leaves(ValidationError error)
    {
        if (error is ChildSchemaValidationError child
            && error.Kind is ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid)
        {
            var children = child.Errors.SelectMany(kv => kv.Value).SelectMany(Leaves).ToArray();
            return children.Length > 0 ? children : [error];
        }

        return [error];
    }

    /// <summary>Formats one error as <c>file: $.path: message</c>.</summary>
    public static string Format(string fileName, ValidationError error) =>
        $"{fileName}: {ToJsonPath(error.Path)}: {Describe(error)}";

    /// <summary>
    /// Turns NJsonSchema's error path ("#/terms.register.years[0]", "#/fields[2].name") into a
    /// JSONPath ("$.terms.register.years[0]"). The root is "$".
    /// </summary>
    public static string ToJsonPath(string? njsonPath)
    {
        if (string.IsNullOrEmpty(njsonPath) || njsonPath == "#" || njsonPath == "#/")
        {
            return "$";
        }

        var rest = njsonPath.StartsWith("#/", StringComparison.Ordinal) ? njsonPath[2..] : njsonPath.TrimStart('#');
        if (rest.Length == 0)
        {
            return "$";
        }

        return rest[0] == '[' ? "$" + rest : "$." + rest;
    }

    private static string Describe(ValidationError error)
    {
        var text = new StringBuilder();
        text.Append(error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed here",
            ValidationErrorKind.NotInEnumeration when error.Schema?.Enumeration is { Count: > 0 } allowed =>
                "value is not one of the allowed values (" + string.Join(", ", allowed.Select(v => v?.ToString())) + ")",
            ValidationErrorKind.NotInEnumeration => "value is not one of the allowed values",
            ValidationErrorKind.PatternMismatch when !string.IsNullOrEmpty(error.Schema?.Pattern) =>
                $"value does not match the required pattern {error.Schema.Pattern}",
            ValidationErrorKind.NotOneOf => "value matches none (or more than one) of the allowed shapes",
            ValidationErrorKind.PatternMismatch => "value does not match the required pattern",
            _ => SplitWords(error.Kind.ToString()),
        });

        if (error is ChildSchemaValidationError child)
        {
            var reasons = child.Errors
                .SelectMany(kv => kv.Value)
                .Select(e => SplitWords(e.Kind.ToString()))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (reasons.Length > 0)
            {
                text.Append(" (").Append(string.Join("; ", reasons)).Append(')');
            }
        }

        if (error.HasLineInfo)
        {
            text.Append(" [line ").Append(error.LineNumber).Append(", position ").Append(error.LinePosition).Append(']');
        }

        return text.ToString();
    }

    private static string SplitWords(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
