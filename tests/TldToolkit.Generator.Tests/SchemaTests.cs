using System.Text.Json;
using TldToolkit.Generator.Linting;
using TldToolkit.Generator.Parsing;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>The generator's understanding of the format never drifts from schema.json, and the live data lints clean.</summary>
public class SchemaTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot(), "schema.json"))).RootElement;

    private static JsonElement Definition(string name) => Root.GetProperty("definitions").GetProperty(name);

    public static TheoryData<string> ObjectNames => new()
    {
        "root", "source", "operationTerm", "terms", "terms.transfer", "renewal", "transfer", "addOns", "idn", "labels", "nameservers",
        "contactFormat", "contacts", "lifecycle", "localizedText", "option", "condition", "prefill", "field",
    };

    private static (JsonElement Json, ObjectSchema Ours) Pair(string name) => name switch
    {
        "root" => (Root, Schema.Root),
        "source" => (Definition("source"), Schema.Source),
        "operationTerm" => (Definition("operationTerm"), Schema.OperationTerm),
        "terms" => (Definition("terms"), Schema.Terms),
        "terms.transfer" => (Definition("terms").GetProperty("properties").GetProperty("transfer"), Schema.TransferTerm),
        "renewal" => (Definition("renewal"), Schema.Renewal),
        "transfer" => (Definition("transfer"), Schema.Transfer),
        "addOns" => (Definition("addOns"), Schema.AddOns),
        "idn" => (Definition("idn"), Schema.Idn),
        "labels" => (Definition("labels"), Schema.Labels),
        "nameservers" => (Definition("nameservers"), Schema.Nameservers),
        "contactFormat" => (Definition("contactFormat"), Schema.ContactFormat),
        "contacts" => (Definition("contacts"), Schema.Contacts),
        "lifecycle" => (Definition("lifecycle"), Schema.Lifecycle),
        "localizedText" => (Definition("localizedText"), Schema.LocalizedText),
        "option" => (Definition("option"), Schema.Option),
        "condition" => (Definition("condition"), Schema.Condition),
        "prefill" => (Definition("prefill"), Schema.Prefill),
        "field" => (Definition("field"), Schema.Field),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public void Object_properties_and_required_lists_match_schema_json(string name)
    {
        var (json, ours) = Pair(name);
        Assert.Equal("object", json.GetProperty("type").GetString());
        Assert.False(json.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(json.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), ours.Properties.Order(StringComparer.Ordinal));
        var required = json.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [];
        Assert.Equal(required.Order(StringComparer.Ordinal), ours.Required.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_object_definition_of_the_schema_is_known()
    {
        var objects = Root.GetProperty("definitions").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("type", out var t) && t.GetString() == "object")
            .Select(d => d.Name);
        var known = new[] { "source", "operationTerm", "terms", "renewal", "transfer", "addOns", "idn", "labels", "nameservers", "contactFormat", "contacts", "lifecycle", "localizedText", "option", "condition", "prefill", "field" };
        Assert.Equal(known.Order(StringComparer.Ordinal), objects.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string[]> Enums => new()
    {
        { "kind", Schema.Kinds },
        { "contactRole", Schema.ContactRoles },
        { "registrantType", Schema.RegistrantTypes },
        { "contactProperty", Schema.ContactProperties },
        { "validatorName", Schema.Validators },
        { "operation", Schema.Operations },
        { "idn.mode", Schema.IdnModes },
        { "idn.languageTable", Schema.LanguageTables },
        { "field.type", Schema.FieldTypes },
        { "field.display", Schema.SelectDisplays },
        { "prefill.from", Schema.PrefillSources },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void Enumerations_match_schema_json(string where, string[] ours)
    {
        JsonElement element = where switch
        {
            "kind" => Root.GetProperty("properties").GetProperty("kind"),
            _ when where.Contains('.') => Definition(where.Split('.')[0]).GetProperty("properties").GetProperty(where.Split('.')[1]),
            _ => Definition(where),
        };
        Assert.Equal(element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!), ours);
    }

    [Fact]
    public void Every_validator_name_has_a_runtime_method()
    {
        foreach (var name in Schema.Validators)
        {
            Assert.True(TldToolkit.Validation.CheckDigitValidators.ByName.ContainsKey(name), name);
            Assert.NotNull(typeof(TldToolkit.Validation.CheckDigitValidators).GetMethod(Names.Pascal(name), [typeof(string)]));
        }
    }

    [Fact]
    public void Live_tld_data_lints_without_errors()
    {
        var data = Path.Combine(GeneratorHarness.RepoRoot(), "tld-data");
        var files = Directory.GetFiles(data, "*.json").Concat(Directory.GetFiles(Path.Combine(data, "profiles"), "*.json"))
            .Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        Assert.NotEmpty(files);
        var messages = TldLinter.Lint(files);
        foreach (var warning in messages.Where(m => m.Severity == LintSeverity.Warning)) output.WriteLine(warning.ToString());
        Assert.Empty(messages.Where(m => m.Severity == LintSeverity.Error).Select(m => m.ToString()));
    }

    [Fact]
    public void Lint_messages_are_ordered_and_formatted_like_msbuild()
    {
        var text = DiagnosticTests.Valid.Replace("\"kind\": \"generic\"", "\"kind\": \"generik\"").Replace("\"explicit\": true", "\"explicit\": 1");
        var messages = TldLinter.Lint("/data/test.json", text);
        Assert.Equal(["TLD0006", "TLD0003"], messages.Select(m => m.Id));
        Assert.StartsWith("/data/test.json(3,11,3,20): error TLD0006: Invalid value for 'kind'", messages[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("https://tldtoolkit.dev/docs/diagnostics.md#tld0006", messages[0].HelpLink);
        Assert.Equal(["test"], TldLinter.DefinedNames("/data/test.json", DiagnosticTests.Valid));
    }
}
