using System.Text.Json.Nodes;
using TldToolkit.BuiltIn;
using TldToolkit.Fields;
using TldToolkit.Catalog;

namespace TldToolkit.Cli.Tests.OrderForm;

/// <summary>A sample order and the form paths its problems must be reported at (none: valid).</summary>
public sealed record OrderCase(string Tld, string Name, JsonObject Order, string[] Expected);

/// <summary>
/// Valid and invalid orders for every built-in TLD: one valid registration each (samples/orders.json, else
/// valid-orders.json here), then that order with one problem at a time, and several at once.
/// </summary>
internal static class OrderFormCases
{
    /// <summary>The invalid orders of samples/orders.json: one path per problem JSON Schema can express.</summary>
    private static readonly Dictionary<string, string[]> InvalidSamples = new()
    {
        // The example: 4 problems, once 14 raw errors.
        ["ca-2"] = ["/idProtection", "/contacts/admin", "/fields/ciraAgreement", "/fields/trademarkNumber"],
        ["ca-3"] = ["/authCode"],
        ["ca-4"] = ["/years"],
        ["de-2"] = ["/idProtection"], // renewal-too-early: relative to today, not expressible
        // The audit of dk.json: the admin contact's VAT number is optional (Punktum's CVR/VAT table).
        ["dk-1"] = ["/fields/registrantVatId", "/contacts/registrant/vatId"],
        ["swiss-2"] = ["/fields/intendedUse"], // the enterprise ID's check digit is not expressible
        ["tm-2"] = ["/years"],
        // abn: a check digit; eligibilityDeclaration: the schema wants a boolean where the validator also takes "true".
        ["au-2"] = ["/years", "/fields/policyReason", "/fields/eligibilityDeclaration"],
        ["us-2"] = ["/fields/nexusCountry"],
        // The audit of eu.json: no country list (EU citizens abroad and trustee users may register); citizenship decides.
        ["eu-2"] = ["/fields/citizenship"],
        ["cfd-1"] = ["/fields/highlyRegulatedTerms"],
        ["link-1"] = ["/fields/challengeQuestion1", "/fields/challengeAnswer1", "/fields/challengeQuestion2", "/fields/challengeAnswer2", "/fields/challengeQuestion3", "/fields/challengeAnswer3"],
        ["aaa-1"] = ["/operation"],
        ["app-2"] = ["/domain"],
        ["no-1"] = ["/contacts/registrant/country", "/fields/registrantIdentity"],
        ["jp-1"] = ["/contacts/registrant/country", "/fields/trusteeService"],
        ["bv-1"] = ["/operation"],
        ["gr-1"] = ["/years"],
        ["ro-1"] = ["/contacts/registrant/state", "/contacts/admin/state", "/contacts/tech/state"],
        ["se-1"] = ["/fields/idNumber", "/fields/registrationTerms"],
        ["ie-1"] = ["/fields/contactType"],
        ["ua-1"] = ["/fields/trademarkNumber"],
        ["nu-1"] = ["/fields/idNumber", "/fields/acceptTerms"],
        ["hr-1"] = ["/fields/personalId"],
        ["sk-1"] = ["/fields/contactLegalForm"],
        ["bg-1"] = ["/fields/idCardNumber"],
        ["id-1"] = ["/fields/acceptRegulatedTerms"],
        ["ae-1"] = ["/fields/registrationAgreement"],
        ["uk-1"] = ["/fields/legalType"],
        ["pl-2"] = ["/domain"],
    };

    public static List<OrderCase> All()
    {
        var cases = new List<OrderCase>();
        var samples = JsonNode.Parse(File.ReadAllText(Path.Combine(Tool.RepoRoot, "samples", "orders.json")))!.AsArray();
        var extra = JsonNode.Parse(File.ReadAllText(Path.Combine(Node.Folder, "valid-orders.json")))!.AsArray();
        foreach (var sample in samples.Select(s => s!.AsObject()))
        {
            var id = sample["id"]!.GetValue<string>();
            cases.Add(new(TldOf(sample), "sample " + id, sample, InvalidSamples.GetValueOrDefault(id, [])));
        }
        // Variations for every TLD that has a valid registration to start from (the samples and valid-orders.json):
        // the catalog's other TLDs get their schema compiled in strict mode, not a case list.
        foreach (var definition in Tlds.Catalog.All)
        {
            var tld = definition.Rules.Tld;
            var valid = samples.Concat(extra).Select(s => s!.AsObject())
                .FirstOrDefault(s => TldOf(s) == tld && s["operation"]!.GetValue<string>() == "register" && !InvalidSamples.ContainsKey(s["id"]!.GetValue<string>()));
            if (valid is not null) cases.AddRange(Variations(definition, valid));
        }
        return cases;
    }

    /// <summary>The TLDs the samples and valid-orders.json hold a valid registration for: each must get its case list.</summary>
    public static HashSet<string> TldsWithBaseOrders()
    {
        var orders = JsonNode.Parse(File.ReadAllText(Path.Combine(Tool.RepoRoot, "samples", "orders.json")))!.AsArray()
            .Concat(JsonNode.Parse(File.ReadAllText(Path.Combine(Node.Folder, "valid-orders.json")))!.AsArray());
        return orders.Select(o => o!.AsObject())
            .Where(o => o["operation"]!.GetValue<string>() == "register" && !InvalidSamples.ContainsKey(o["id"]!.GetValue<string>()))
            .Select(TldOf).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<OrderCase> Variations(ITldDefinition definition, JsonObject valid)
    {
        var r = definition.Rules;
        var tld = r.Tld;
        OrderCase Case(string name, Action<JsonObject> change, params string[] expected)
        {
            var order = valid.DeepClone().AsObject();
            change(order);
            return new(tld, $".{tld} {name}", order, expected);
        }
        var fields = valid["fields"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
        var given = definition.Fields.Where(f => fields.Contains(f.Name)).ToList();

        yield return Case("valid registration", _ => { });
        if (r.Terms.Renew.Count > 0)
            yield return Case("valid renewal", o => Replace(o, new JsonObject { ["operation"] = "renew", ["domain"] = o["domain"]!.DeepClone(), ["years"] = r.Terms.Renew[0], ["expiresOn"] = "2027-01-31" }));
        yield return Case("hyphens in positions 3 and 4", o => o["domain"] = "ab--cd." + tld, "/domain");
        yield return Case("label of 64 characters", o => o["domain"] = new string('a', 64) + "." + tld, "/domain");
        if (r.Labels.Idn.Supported && r.Labels.Idn.LanguageTagRequired)
        {
            yield return Case("A-label without language", o => o["domain"] = "xn--caf-dma." + tld, "/idnLanguage");
            yield return Case("A-label", o => { o["domain"] = "xn--caf-dma." + tld; o["idnLanguage"] = r.Labels.Idn.LanguageTable ?? "fr"; });
        }
        else if (r.Labels.Idn.Supported) yield return Case("A-label", o => o["domain"] = "xn--caf-dma." + tld);
        else yield return Case("A-label without IDN", o => o["domain"] = "xn--caf-dma." + tld, "/domain");
        if (r.Terms.Register.Count > 0) yield return Case("period not offered", o => o["years"] = 99, "/years"); // unknown terms are not checked
        yield return Case("unknown operation", o => o["operation"] = "buy", "/operation");
        yield return Case("unknown field", o => Fields(o)["noSuchField"] = "x", "/fields");
        if (r.Terms.Register.Count > 0)
            yield return Case("three problems", o => { o["domain"] = "ab--cd." + tld; o["years"] = 99; o["operation"] = "buy"; }, "/domain", "/years", "/operation");
        else
            yield return Case("two problems", o => { o["domain"] = "ab--cd." + tld; o["operation"] = "buy"; }, "/domain", "/operation");
        if (r.Contacts.RequiredRoles.FirstOrDefault() is var role && r.Contacts.RequiredRoles.Count > 0)
        {
            var name = Explain.RulesJson.Camel(role.ToString());
            yield return Case("required contact missing", o => o["contacts"]!.AsObject().Remove(name), "/contacts/" + name);
        }
        if (valid["contacts"]?["registrant"] is JsonObject registrant && registrant["type"]?.GetValue<string>() == "organization")
            yield return Case("organization without its name", o => o["contacts"]!["registrant"]!.AsObject().Remove("organization"), "/contacts/registrant/organization");
        else
            yield return Case("person without a name", o => { o["contacts"]!["registrant"]!.AsObject().Remove("firstName"); o["contacts"]!["registrant"]!.AsObject().Remove("lastName"); }, "/contacts/registrant/lastName");
        if (given.FirstOrDefault(f => f.Type == FieldType.Select) is { } select)
            yield return Case($"{select.Name} not an option", o => Fields(o)[select.Name] = "NOT-AN-OPTION", "/fields/" + select.Name);
        if (given.FirstOrDefault(f => f.Required && f.Type != FieldType.Checkbox) is { } required)
            yield return Case($"{required.Name} missing", o => Fields(o).Remove(required.Name), "/fields/" + required.Name);
        if (given.FirstOrDefault(f => f.MustBeChecked && f.RequiredWhen is null) is { } agreement)
            yield return Case($"{agreement.Name} not ticked", o => Fields(o)[agreement.Name] = false, "/fields/" + agreement.Name);
        if (given.FirstOrDefault(f => f.Type == FieldType.Text && f.Pattern is not null) is { } text)
            yield return Case($"{text.Name} against its pattern", o => Fields(o)[text.Name] = "?", "/fields/" + text.Name);
    }

    private static JsonObject Fields(JsonObject order) => order["fields"] as JsonObject ?? (JsonObject)(order["fields"] = new JsonObject());

    private static void Replace(JsonObject order, JsonObject with)
    {
        order.Clear();
        foreach (var (key, value) in with.ToList())
        {
            with.Remove(key);
            order[key] = value;
        }
    }

    private static string TldOf(JsonObject order) =>
        Tlds.Catalog.FindForDomain(order["domain"]!.GetValue<string>(), out _)!.Rules.Tld;
}
