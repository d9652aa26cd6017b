using System.Text.Json;
using NJsonSchema;
using TldToolkit.BuiltIn;

namespace TldToolkit.Cli.Tests;

/// <summary>The built tool on the built-in catalog (tld-data/*.json): samples, languages, explain, check.</summary>
public class CatalogProcessTests
{
    private static readonly string Samples = Path.Combine(Tool.RepoRoot, "samples", "orders.json");

    private const string ValidCa = """
        {
          "operation": "register", "domain": "maple-syrup.ca", "years": 2,
          "contacts": {
            "registrant": { "type": "organization", "organization": "Érablière Tremblay inc.", "street": ["1234 rue Principale"], "city": "Saint-Jérôme", "state": "QC", "postalCode": "J7Z 1X6", "country": "CA", "email": "josee@erabliere-tremblay.ca", "phone": "+1.4505550123" },
            "admin": { "firstName": "Josée", "lastName": "Tremblay", "country": "CA", "email": "josee@erabliere-tremblay.ca", "phone": "+1.4505550123" }
          },
          "fields": { "legalType": "CCO", "contactLanguage": "fr", "ciraAgreement": true }
        }
        """;

    [Fact]
    public void Readme_command_validates_the_samples()
    {
        var result = Tool.Run(null, "validate", Samples, "--json", "--today", "2026-11-23");
        Assert.True(result.ExitCode == 1, result.ToString()); // the samples include invalid orders on purpose
        using var json = JsonDocument.Parse(result.Out);
        var byId = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.True(byId["ca-1"].GetProperty("valid").GetBoolean(), byId["ca-1"].ToString());
        var ca2 = ValidateProcessTests.Errors(byId["ca-2"]);
        Assert.Contains(("id-protection-not-supported", "addOns.idProtection"), ca2);
        Assert.Contains(("field-required", "fields.trademarkNumber"), ca2);
        Assert.Contains(("field-agreement-required", "fields.ciraAgreement"), ca2);
        Assert.Contains(("auth-code-required", "authCode"), ValidateProcessTests.Errors(byId["ca-3"]));
        Assert.True(byId["com-1"].GetProperty("valid").GetBoolean(), byId["com-1"].ToString());
        Assert.True(byId["de-1"].GetProperty("valid").GetBoolean(), byId["de-1"].ToString());       // fußball.de
        var de2 = ValidateProcessTests.Errors(byId["de-2"]);                                       // .de renews 61 days before expiry at the earliest
        Assert.Contains(("renewal-too-early", "expiresOn"), de2);
        Assert.Contains(("id-protection-not-supported", "addOns.idProtection"), de2);
        Assert.Contains(("contact-property-required", "contacts.registrant.vatId"), ValidateProcessTests.Errors(byId["dk-1"]));
        Assert.True(byId["swiss-1"].GetProperty("valid").GetBoolean(), byId["swiss-1"].ToString());
        Assert.Contains(("field-invalid", "fields.enterpriseId"), ValidateProcessTests.Errors(byId["swiss-2"]));
        Assert.True(byId["tm-1"].GetProperty("valid").GetBoolean(), byId["tm-1"].ToString());
        Assert.Contains(("term-not-allowed", "years"), ValidateProcessTests.Errors(byId["tm-2"]));
        Assert.True(byId["au-1"].GetProperty("valid").GetBoolean(), byId["au-1"].ToString());
        Assert.Contains(("field-invalid", "fields.abn"), ValidateProcessTests.Errors(byId["au-2"]));
        Assert.Contains(("order-value-invalid", "years"), ValidateProcessTests.Errors(byId["ca-4"]));
        foreach (var r in byId.Values)
            foreach (var e in r.GetProperty("errors").EnumerateArray())
                Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString()));
    }

    [Fact]
    public void All_valid_exits_0_and_plain_text_has_no_ansi()
    {
        var result = Tool.Run(ValidCa, "validate", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.Contains("maple-syrup.ca", result.Out);
    }

    [Fact]
    public void Directory_input_validates_every_json_file()
    {
        using var dir = Tool.TempDir();
        dir.File("a.json", ValidCa);
        dir.File("b.json", "[" + ValidCa + "," + ValidCa.Replace("\"CCO\"", "\"XYZ\"") + "]");
        dir.File("notes.txt", "not an order");
        var result = Tool.Run(null, "validate", dir.Path, "--json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.EndsWith("a.json", results[0].GetProperty("source").GetString());
        Assert.Contains(("field-option-invalid", "fields.legalType"), ValidateProcessTests.Errors(results[2]));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("ar")]
    public void Messages_follow_lang(string lang)
    {
        var order = ValidCa.Replace("\"CCO\"", "\"TDM\"");
        var english = Message(Tool.Run(order, "validate", "-", "--json"), "fields.trademarkNumber");
        var localized = Message(Tool.Run(order, "validate", "-", "--json", "--lang", lang), "fields.trademarkNumber");
        Assert.NotEqual(english, localized);
        var label = Tlds.Catalog.Find("ca")!.Fields.First(f => f.Name == "trademarkNumber").Label.Get(lang);
        Assert.Contains(label, localized);
        // The plain output speaks the language too.
        var plain = Tool.Run(order, "validate", "-", "--lang", lang);
        Assert.Contains(label, plain.Out);
        Assert.DoesNotContain('\u001b', plain.Out);
    }

    private static string Message(ToolResult result, string path)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("results")[0].GetProperty("errors").EnumerateArray()
            .First(e => e.GetProperty("path").GetString() == path).GetProperty("message").GetString()!;
    }

    [Fact]
    public void Explain_in_plain_words()
    {
        var result = Tool.Run(null, "explain", ".ca");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.Contains("Registration: 1 to 10 years", result.Out);
        Assert.Contains("ID protection: not available", result.Out);
        // The wording comes from the data: "required when <label> is <option label> (TDM)".
        var fields = Tlds.Catalog.Find("ca")!.Fields;
        var legalType = fields.First(f => f.Name == "legalType");
        var tdm = legalType.Options.First(o => o.Value == "TDM");
        Assert.Contains($"required when {legalType.Label.English} is {tdm.Label.English} (TDM)", result.Out);
        Assert.Contains("Redemption period: 30 days", result.Out);

        var french = Tool.Run(null, "explain", "CA", "--lang", "fr");
        Assert.Contains(legalType.Label["fr"], french.Out);
        Assert.Contains($"obligatoire si {legalType.Label["fr"]} est {tdm.Label["fr"]} (TDM)", french.Out);
        Assert.Contains("1 à 10 ans", french.Out);
    }

    [Fact]
    public void Explain_json_carries_rules_and_condition_trees()
    {
        var result = Tool.Run(null, "explain", ".ca", "--json", "--lang", "de");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("ca", root.GetProperty("tld").GetString());
        Assert.Equal(Tlds.Catalog.Find("ca")!.Rules.Terms.Register.Count, root.GetProperty("terms").GetProperty("register").GetArrayLength());
        Assert.False(root.GetProperty("addOns").GetProperty("idProtection").GetBoolean());
        var trademark = root.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == "trademarkNumber");
        Assert.Equal("legalType", trademark.GetProperty("requiredWhen").GetProperty("field").GetString());
        Assert.Equal("TDM", trademark.GetProperty("requiredWhen").GetProperty("equals").GetString());
        var fields = Tlds.Catalog.Find("ca")!.Fields;
        Assert.Contains(fields.First(f => f.Name == "legalType").Label["de"], trademark.GetProperty("requiredWhenText").GetString());
        Assert.Equal(fields.First(f => f.Name == "trademarkNumber").Label["de"], trademark.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Explain_schema_validates_orders_like_the_validator()
    {
        var result = Tool.Run(null, "explain", ".ca", "--schema", "--lang", "fr");
        Assert.True(result.ExitCode == 0, result.ToString());
        var schema = await JsonSchema.FromJsonAsync(result.Out);
        Assert.Equal("Commande pour .ca", schema.Title);
        Assert.Equal(Tlds.Catalog.Find("ca")!.Fields.First(f => f.Name == "legalType").Label["fr"], schema.Properties["fields"].Properties["legalType"].Title);

        // The same orders through the schema and through the validator: the verdicts agree.
        string Renew(string extra) => "{ \"operation\": \"renew\", \"domain\": \"maple-syrup.ca\", \"years\": 1" + extra + " }";
        var cases = new (string Name, string Order, bool Valid)[]
        {
            ("valid", ValidCa, true),
            ("required field", ValidCa.Replace("\"legalType\": \"CCO\", ", ""), false),
            ("required when TDM", ValidCa.Replace("\"CCO\"", "\"TDM\""), false),
            ("TDM with number", ValidCa.Replace("\"CCO\"", "\"TDM\", \"trademarkNumber\": \"TMA123456\""), true),
            ("pattern", ValidCa.Replace("\"CCO\"", "\"TDM\", \"trademarkNumber\": \"12\""), false),
            ("option", ValidCa.Replace("\"CCO\"", "\"XYZ\""), false),
            ("agreement", ValidCa.Replace("\"ciraAgreement\": true", "\"ciraAgreement\": false"), false),
            ("field of another operation", Renew(", \"expiresOn\": \"2027-01-31\", \"fields\": { \"legalType\": \"CCO\" }"), false),
            ("term", ValidCa.Replace("\"years\": 2", "\"years\": 11"), false),
            ("add-on", ValidCa.Replace("\"years\": 2", "\"years\": 2, \"idProtection\": true"), false),
            ("registrar lock", ValidCa.Replace("\"years\": 2", "\"years\": 2, \"registrarLock\": true"), true),
            ("missing admin", ValidCa.Replace("\"admin\"", "\"tech\""), false),
            ("organization without name", ValidCa.Replace("\"organization\": \"Érablière Tremblay inc.\", ", ""), false),
            ("unassigned country", ValidCa.Replace("\"country\": \"CA\", \"email\": \"josee", "\"country\": \"XX\", \"email\": \"josee"), false),
            ("country in lower case", ValidCa.Replace("\"country\": \"CA\"", "\"country\": \"ca\""), true),
            ("EPP phone", ValidCa.Replace("+1.4505550123", "+01.4505550123"), false),
            // Audit 2026-12-04: ca.json's maximum is now 13 (HEXONET's .CA data sheet; the old 6 had no source), so 14 are too many.
            ("too many nameservers", ValidCa.Replace("\"years\": 2", "\"years\": 2, \"nameservers\": [" + string.Join(",", Enumerable.Range(1, 14).Select(i => $"\"ns{i}.a.net\"")) + "]"), false),
            ("renewal without expiry", Renew(""), false),
            ("renewal", Renew(", \"expiresOn\": \"2027-01-31\""), true),
            ("transfer without auth code", "{ \"operation\": \"transfer\", \"domain\": \"maple-syrup.ca\", \"years\": 1 }", false),
            ("transfer", "{ \"operation\": \"transfer\", \"domain\": \"maple-syrup.ca\", \"years\": 1, \"authCode\": \"x-7Yq!\", \"fields\": { \"legalType\": \"CCT\" } }", true),
            ("transfer term", "{ \"operation\": \"transfer\", \"domain\": \"maple-syrup.ca\", \"years\": 2, \"authCode\": \"x\" }", false),
            ("other TLD", Renew(", \"expiresOn\": \"2027-01-31\"").Replace(".ca", ".invalid"), false),
            ("label too short", Renew(", \"expiresOn\": \"2027-01-31\"").Replace("maple-syrup.ca", "m.ca"), false),
        };
        var verdicts = Tool.Run("[" + string.Join(",", cases.Select(c => c.Order)) + "]", "validate", "-", "--json", "--today", "2026-11-23");
        using var json = JsonDocument.Parse(verdicts.Out);
        var results = json.RootElement.GetProperty("results");
        for (int i = 0; i < cases.Length; i++)
        {
            var (name, order, valid) = cases[i];
            Assert.True(valid == results[i].GetProperty("valid").GetBoolean(), $"validator, {name}: {results[i]}");
            var errors = schema.Validate(order);
            Assert.True(valid == (errors.Count == 0), $"schema, {name}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Check_shows_both_forms_and_problems()
    {
        var result = Tool.Run(null, "check", "café.ca");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("xn--caf-dma.ca", result.Out);
        Assert.Contains("café.ca", result.Out);

        var bad = Tool.Run(null, "check", "-bad-.ca", "--json");
        Assert.True(bad.ExitCode == 1, bad.ToString());
        using var json = JsonDocument.Parse(bad.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "label-hyphen-edge");

        var unknown = Tool.Run(null, "check", "example.unknown-tld");
        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Contains("example.unknown-tld", unknown.Err);
    }

    [Fact]
    public void Check_fussball_de_when_de_is_in_the_catalog()
    {
        var result = Tool.Run(null, "check", "fußball.de");
        if (Tlds.Catalog.Find("de") is null)
        {
            Assert.True(result.ExitCode == 1, result.ToString()); // unknown TLD, said clearly
            Assert.Contains("fußball.de", result.Err);
            return;
        }
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("xn--fuball-cta.de", result.Out);
    }

    [Fact]
    public void Explain_unknown_tld_exits_1()
    {
        var result = Tool.Run(null, "explain", ".unknown-tld");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(".ca", result.Err);
    }
}

/// <summary>Every sample order through its TLD's order-form schema and through the validator.</summary>
public class SchemaAgreementTests
{
    // What JSON Schema cannot express: check digits, IDN repertoires, dates relative to today.
    private static readonly HashSet<string> Inexpressible =
    [
        "field-invalid", "contact-property-invalid", "idn-invalid", "idn-character-not-allowed", "idn-mixed-scripts",
        "renewal-too-early", "renewal-beyond-horizon",
    ];

    [Fact]
    public async Task Sample_verdicts_agree()
    {
        var samples = Path.Combine(Tool.RepoRoot, "samples", "orders.json");
        var result = Tool.Run(null, "validate", samples, "--json", "--today", "2026-11-23");
        using var results = JsonDocument.Parse(result.Out);
        using var input = JsonDocument.Parse(File.ReadAllText(samples));
        var schemas = new Dictionary<string, JsonSchema>();
        var disagreements = new List<string>();
        foreach (var r in results.RootElement.GetProperty("results").EnumerateArray())
        {
            var errors = ValidateProcessTests.Errors(r);
            if (errors.Any(e => e.Code.StartsWith("order-", StringComparison.Ordinal))) continue; // not an order of the format at all
            var definition = Tlds.Catalog.FindForDomain(r.GetProperty("domain").GetString(), out _);
            if (definition is null) continue;
            var tld = definition.Rules.Tld;
            if (!schemas.TryGetValue(tld, out var schema))
                schemas[tld] = schema = await JsonSchema.FromJsonAsync(Tool.Run(null, "explain", tld, "--schema").Out);
            var order = input.RootElement[r.GetProperty("index").GetInt32()].GetRawText();
            var schemaErrors = schema.Validate(order);
            bool valid = r.GetProperty("valid").GetBoolean();
            if (valid && schemaErrors.Count > 0)
                disagreements.Add($"{r.GetProperty("id")}: schema rejects a valid order: {string.Join("; ", schemaErrors)}");
            else if (!valid && schemaErrors.Count == 0 && !errors.All(e => Inexpressible.Contains(e.Code)))
                disagreements.Add($"{r.GetProperty("id")}: schema accepts an order with {string.Join(", ", errors)}");
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
