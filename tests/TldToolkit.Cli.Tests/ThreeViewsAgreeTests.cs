using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TldToolkit.BuiltIn;
using TldToolkit.Catalog;
using TldToolkit.Cli.Explain;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// validate, explain --json and explain --schema answer from one model: for every built-in TLD, the operations each
/// accepts are the same set, and so are the fields each lets through per operation.
/// </summary>
public class ThreeViewsAgreeTests
{
    private static readonly DomainOperation[] Operations = [DomainOperation.Register, DomainOperation.Transfer, DomainOperation.Renew, DomainOperation.OwnerChange];

    public static TheoryData<string> BuiltInTlds()
    {
        var data = new TheoryData<string>();
        foreach (var definition in Tlds.Catalog.All) data.Add(definition.Rules.Tld);
        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInTlds))]
    public void Operations_agree(string tld)
    {
        var definition = Tlds.Catalog.Find(tld)!;
        var schema = OrderFormSchema.Build(definition, "en");
        // A closed TLD's schema takes no operation ("not": {} instead of an enum).
        var schemaOps = (schema["properties"]!["operation"]!["enum"]?.AsArray().Select(o => o!.GetValue<string>()) ?? []).Order().ToList();
        var explainOps = ExplainJson(definition).GetProperty("operations").EnumerateArray().Select(o => o.GetString()!).Order().ToList();
        // A closed TLD takes no operation: the validator refuses every one with tld-closed.
        var validatorOps = Operations.Where(op => !Validate(definition, op, []).Any(e => e.Code is ErrorCodes.OperationNotSupported or ErrorCodes.TldClosed))
            .Select(Orders.Json.OrderJsonNames.Of).Order().ToList();
        Assert.Equal(validatorOps, schemaOps);
        Assert.Equal(validatorOps, explainOps);
        // .de and .it renew automatically, yet the validator checks renewals: the views must offer them too.
        if (definition.Rules.Coverage != TldToolkit.Rules.TldCoverage.Closed) Assert.Contains("renew", schemaOps);
    }

    [Theory]
    [MemberData(nameof(BuiltInTlds))]
    public void Fields_per_operation_agree(string tld)
    {
        var definition = Tlds.Catalog.Find(tld)!;
        var schema = OrderFormSchema.Build(definition, "en");
        var explainFields = ExplainJson(definition).GetProperty("fields").EnumerateArray()
            .Select(f => (Name: f.GetProperty("name").GetString()!, Ops: f.GetProperty("operations").EnumerateArray().Select(o => o.GetString()!).ToHashSet()))
            .ToList();
        foreach (var op in Operations.Where(op => Orders.Json.OrderJsonNames.Of(op) is var name && SchemaFields(schema, name) is not null))
        {
            var name = Orders.Json.OrderJsonNames.Of(op);
            var inSchema = SchemaFields(schema, name)!.Order().ToList();
            var inExplain = explainFields.Where(f => f.Ops.Contains(name)).Select(f => f.Name).Order().ToList();
            // The validator lets a field through when it does not call it unknown for the operation.
            var inValidator = definition.Fields.Select(f => f.Name)
                .Where(n => !Validate(definition, op, new() { [n] = "x" }).Any(e => e.Code == ErrorCodes.FieldUnknown && e.Path == "fields." + n))
                .Order().ToList();
            Assert.Equal(inValidator, inSchema);
            Assert.Equal(inValidator, inExplain);
        }
    }

    [Fact]
    public void Ca_agreement_is_not_asked_on_transfer_by_any_view()
    {
        // The old generated code disagreed with its own descriptor here (the CLI patched it): now one set for all.
        var ca = Tlds.Catalog.Find("ca")!;
        var agreement = ca.Fields.Single(f => f.Name == "ciraAgreement");
        Assert.False(agreement.AppliesTo(DomainOperation.Transfer));
        Assert.False(CaTld.FieldAppliesTo("ciraAgreement", DomainOperation.Transfer));
        Assert.True(agreement.AppliesTo(DomainOperation.Register));
    }

    private static IReadOnlyList<ValidationError> Validate(ITldDefinition definition, DomainOperation op, Dictionary<string, string?> fields) =>
        definition.Validate(new DomainOrder { Operation = op, Domain = "example." + definition.Rules.Tld, Years = 1, Fields = fields }, ValidationContext.Default).Errors;

    private static JsonElement ExplainJson(ITldDefinition definition)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) RulesJson.Write(writer, definition, "en");
        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }

    /// <summary>The field names the schema allows for the operation (its "operation is …" rule on /fields), or null when the schema has no such rule.</summary>
    private static List<string>? SchemaFields(JsonObject schema, string operation)
    {
        foreach (var rule in schema["allOf"]?.AsArray() ?? []) // a schema without rules has no allOf
        {
            if (rule!["x-field"]?.GetValue<string>() != "/fields") continue;
            var parts = rule["not"]!["allOf"]!.AsArray();
            var when = parts[0]!["properties"]?["operation"]?["enum"]?.AsArray();
            if (when is null || when.Count != 1 || when[0]!.GetValue<string>() != operation) continue;
            var fields = parts[1]!["not"]!["properties"]?["fields"]?["properties"]?.AsObject();
            if (fields is not null) return fields.Select(p => p.Key).ToList();
        }
        return null;
    }
}
