using System.Text.Json.Nodes;

namespace TldToolkit.Cli.Explain;

/// <summary>
/// ajv's strict mode (strictRequired) refuses a <c>required</c> name that the same schema object does not list in
/// <c>properties</c>; the rules of the order-form schema require names declared elsewhere (the root, the contact
/// definition). This pass lists each such name as an empty schema, which changes no verdict: an empty schema
/// accepts everything, and objects with <c>additionalProperties</c> are left alone.
/// </summary>
internal static class StrictRequired
{
    public static void Declare(JsonNode? schema)
    {
        if (schema is not JsonObject node) return;
        if (node["required"] is JsonArray required && node["additionalProperties"] is null)
        {
            if (node["properties"] is not JsonObject properties) node["properties"] = properties = new JsonObject();
            foreach (var name in required.Select(n => n!.GetValue<string>()).Where(n => !properties.ContainsKey(n)))
                properties[name] = new JsonObject();
        }
        foreach (var map in new[] { "properties", "definitions" })
            if (node[map] is JsonObject children)
                foreach (var (_, child) in children) Declare(child);
        foreach (var keyword in new[] { "items", "not", "additionalProperties" }) Declare(node[keyword]);
        foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
            if (node[keyword] is JsonArray list)
                foreach (var child in list) Declare(child);
    }
}
