namespace TldToolkit.Cli.Explain;

/// <summary>
/// The order-form schema's own annotation keywords: hints for form renderers that no validator checks. Strict
/// validators (ajv) must be told about them once: <c>ajv.addVocabulary(Annotations.Vocabulary)</c>, as the
/// README's "explain --schema" section shows.
/// </summary>
internal static class Annotations
{
    /// <summary>Labels of an <c>enum</c>'s values, in the same order (the schema's language).</summary>
    public const string EnumTitles = "x-enumTitles";

    /// <summary>How to show a select: "radio" for a radio group (absent: a drop-down).</summary>
    public const string Display = "x-display";

    /// <summary>On a <see cref="SchemaRule"/>: the JSON pointer, relative to the error's instancePath, of the value the rule is about.</summary>
    public const string Field = "x-field";

    public static readonly string[] Vocabulary = [EnumTitles, Display, Field];
}
