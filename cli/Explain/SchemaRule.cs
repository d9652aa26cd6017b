using System.Text.Json.Nodes;

namespace TldToolkit.Cli.Explain;

/// <summary>
/// One conditional rule of the order-form schema, "when <i>condition</i>, <i>requirement</i> holds", written once as
/// <c>{"not": {"allOf": [condition, {"not": requirement}]}}</c>.
/// <para>
/// Why not <c>if</c>/<c>then</c>: NJsonSchema ignores it, so the old schema carried an <c>anyOf</c> twin of every rule,
/// and ajv reported both (plus their wrappers). A violated <c>not</c> is exactly one ajv error and NJsonSchema
/// validates it. That error sits at the object holding the rule and says only "must NOT be valid", so each rule
/// names what it is about: <c>description</c> (for people) and <see cref="Annotations.Field"/> (a JSON pointer
/// relative to the error's instancePath, for highlighting the form control).
/// </para>
/// </summary>
internal static class SchemaRule
{
    public static JsonObject When(JsonObject condition, JsonObject requirement, string field, string description) => new()
    {
        ["description"] = description,
        [Annotations.Field] = field,
        // Clones: one condition object is shared by many rules.
        ["not"] = new JsonObject { ["allOf"] = new JsonArray(condition.DeepClone(), new JsonObject { ["not"] = requirement.DeepClone() }) },
    };
}
