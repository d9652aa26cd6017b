using Microsoft.CodeAnalysis;
using TldToolkit.Generator.Linting;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>One test per diagnostic: its id and the exact span of the offending token.</summary>
public class DiagnosticTests
{
    /// <summary>A small valid definition each test breaks in one place (with the 'coverage' the format now requires).</summary>
    public const string Valid = """
        {
          "tld": "test",
          "kind": "generic",
          "coverage": "verified",
          "registryOperator": "Test Registry",
          "sources": [
            { "id": "policy", "title": "Policy", "checked": "2026-01-01" }
          ],
          "terms": { "register": { "years": [1, 2] }, "renew": { "years": [1] }, "source": "policy" },
          "renewal": { "explicit": true, "maxHorizonYears": 10, "source": "policy" },
          "transfer": { "supported": true, "authCodeRequired": true, "authCodePattern": "[A-Z0-9]{6,}", "source": "policy" },
          "addOns": { "idProtection": true, "registrarLock": true, "dnssec": true, "source": "policy" },
          "labels": { "minLength": 1, "maxLength": 63, "idn": { "supported": false }, "source": "policy" },
          "nameservers": { "min": 2, "max": 13, "source": "policy" },
          "contacts": { "requiredRoles": ["registrant"], "registrantTypes": ["individual", "organization"], "source": "policy" },
          "lifecycle": { "asyncRegistration": false, "source": "policy" },
          "fields": [
            {
              "name": "legalForm",
              "registryName": "X-LEGAL-FORM",
              "type": "select",
              "label": { "en": "Legal form" },
              "options": [ { "value": "person", "label": { "en": "Person" } }, { "value": "company", "label": { "en": "Company" } } ],
              "default": "person",
              "operations": ["register"],
              "source": "policy"
            },
            {
              "name": "companyNumber",
              "type": "text",
              "label": { "en": "Company number" },
              "pattern": "^[0-9]+$",
              "minLength": 2,
              "maxLength": 10,
              "requiredWhen": { "field": "legalForm", "equals": "company" },
              "operations": ["register"],
              "source": "policy"
            }
          ]
        }
        """;

    private const string Path = "/data/test.json";

    /// <summary>Replaces <paramref name="find"/> (exactly once in <see cref="Valid"/>) with markup, runs the generator and the linter.</summary>
    private static void AssertDiagnostic(string id, string find, string replacement, string? messageContains = null)
    {
        Assert.Equal(1, Count(Valid, find));
        var markup = Markup.Parse(Valid.Replace(find, replacement));
        var run = GeneratorHarness.Run((Path, markup.Text));

        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"expected {id}, got: {string.Join("; ", run.Diagnostics)}");
        var diagnostic = Assert.Single(matching, d => d.Location.SourceSpan == markup.Span);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(markup.LineSpan, diagnostic.Location.GetLineSpan().Span);
        Assert.NotEqual(Location.None, diagnostic.Location);
        Assert.Equal("https://tldtoolkit.dev/docs/diagnostics.md#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        if (messageContains is not null) Assert.Contains(messageContains, diagnostic.GetMessage(), StringComparison.Ordinal);

        if (diagnostic.Severity == DiagnosticSeverity.Error)
            Assert.DoesNotContain("Test.g.cs", run.HintNames); // an error stops this TLD's output

        // The lint API reports the same id at the same place (1-based).
        var lint = TldLinter.Lint([(Path, markup.Text)]);
        Assert.Contains(lint, m => m.Id == id && m.Path == Path
            && m.StartLine == markup.LineSpan.Start.Line + 1 && m.StartColumn == markup.LineSpan.Start.Character + 1
            && m.EndLine == markup.LineSpan.End.Line + 1 && m.EndColumn == markup.LineSpan.End.Character + 1);
    }

    private static int Count(string text, string find)
    {
        int count = 0;
        for (int i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void Valid_template_generates_without_diagnostics()
    {
        var run = GeneratorHarness.Run((Path, Valid));
        Assert.Empty(run.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Test.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void TLD0001_invalid_json_missing_comma() =>
        // The template now has 'coverage' between 'kind' and 'registryOperator': the comma is taken from that line.
        AssertDiagnostic("TLD0001", "\"coverage\": \"verified\",\n  \"registryOperator\"", "\"coverage\": \"verified\"\n  [|\"|]registryOperator\"", "Expected ',' or '}'");

    [Fact]
    public void TLD0001_invalid_json_unterminated_string() =>
        AssertDiagnostic("TLD0001", "\"registryOperator\": \"Test Registry\",", "\"registryOperator\": [|\"Test Registry,|]\n", "Unterminated string");

    [Fact]
    public void TLD0001_invalid_json_truncated_file()
    {
        var text = Valid.Substring(0, Valid.IndexOf("\"fields\"", StringComparison.Ordinal));
        var run = GeneratorHarness.Run((Path, text));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("TLD0001", d.Id);
        Assert.Equal(text.Length, d.Location.SourceSpan.Start);
    }

    [Fact]
    public void TLD0002_unknown_property_with_suggestion() =>
        AssertDiagnostic("TLD0002", "\"registryOperator\":", "[|\"registryOperater\"|]:", "did you mean 'registryOperator'?");

    [Fact]
    public void TLD0002_unknown_property_in_nested_object_suggests_from_that_object() =>
        AssertDiagnostic("TLD0002", "\"maxHorizonYears\": 10", "[|\"maxHorizon\"|]: 10", "did you mean 'maxHorizonYears'?");

    [Fact]
    public void TLD0003_wrong_value_type() =>
        AssertDiagnostic("TLD0003", "\"explicit\": true", "\"explicit\": [|\"yes\"|]", "'explicit' must be a boolean");

    [Fact]
    public void TLD0003_wrong_item_type() =>
        AssertDiagnostic("TLD0003", "\"years\": [1, 2]", "\"years\": [1, [|\"2\"|]]");

    [Fact]
    // Sections now require only 'source' (a fact stated nowhere is unknown, not missing), so the test drops the source.
    public void TLD0004_missing_required_property_points_at_the_owning_property() =>
        AssertDiagnostic("TLD0004", "\"lifecycle\": { \"asyncRegistration\": false, \"source\": \"policy\" }", "[|\"lifecycle\"|]: { \"asyncRegistration\": false }", "'source'");

    [Fact]
    public void TLD0004_missing_required_root_property_points_at_the_root_brace()
    {
        var text = Valid.Replace("  \"kind\": \"generic\",\n", "");
        var run = GeneratorHarness.Run((Path, text));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("TLD0004", d.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(0, 1), d.Location.SourceSpan);
        Assert.Contains("'kind'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void TLD0005_invalid_regex() =>
        AssertDiagnostic("TLD0005", "\"pattern\": \"^[0-9]+$\"", "\"pattern\": [|\"^[0-9+$\"|]");

    [Fact]
    public void TLD0005_invalid_auth_code_regex() =>
        AssertDiagnostic("TLD0005", "\"authCodePattern\": \"[A-Z0-9]{6,}\"", "\"authCodePattern\": [|\"(unclosed\"|]");

    [Fact]
    public void TLD0006_value_out_of_range() =>
        AssertDiagnostic("TLD0006", "\"maxHorizonYears\": 10", "\"maxHorizonYears\": [|11|]", "between 1 and 10");

    [Fact]
    public void TLD0006_enum_value_with_suggestion() =>
        AssertDiagnostic("TLD0006", "\"kind\": \"generic\"", "\"kind\": [|\"generik\"|]", "did you mean 'generic'?");

    [Fact]
    public void TLD0006_tld_with_leading_dot() =>
        AssertDiagnostic("TLD0006", "\"tld\": \"test\"", "\"tld\": [|\".test\"|]");

    [Fact]
    public void TLD0007_empty_term_list() =>
        AssertDiagnostic("TLD0007", "\"years\": [1, 2]", "\"years\": [|[]|]", "empty");

    [Fact]
    public void TLD0007_term_outside_one_to_ten_years() =>
        AssertDiagnostic("TLD0007", "\"years\": [1, 2]", "\"years\": [1, [|12|]]", "outside 1–10");

    [Fact]
    public void TLD0007_min_greater_than_max() =>
        AssertDiagnostic("TLD0007", "\"min\": 2, \"max\": 13", "\"min\": [|5|], \"max\": 3", "greater than max");

    [Fact]
    public void TLD0007_default_not_among_options() =>
        AssertDiagnostic("TLD0007", "\"default\": \"person\"", "\"default\": [|\"robot\"|]", "not among the options");

    [Fact]
    public void TLD0007_text_min_length_greater_than_max_length() =>
        AssertDiagnostic("TLD0007", "\"minLength\": 2,\n      \"maxLength\": 10", "[|\"minLength\"|]: 12,\n      \"maxLength\": 10");

    [Fact]
    public void TLD0007_checked_value_on_a_text_field() =>
        AssertDiagnostic("TLD0007", "\"pattern\": \"^[0-9]+$\",", "[|\"checkedValue\"|]: \"Y\",\n      \"pattern\": \"^[0-9]+$\",", "'checkedValue' only applies to checkbox fields, not to a text field");

    [Fact]
    public void TLD0007_unchecked_value_null_on_a_select_field() =>
        AssertDiagnostic("TLD0007", "\"default\": \"person\",", "\"default\": \"person\",\n      [|\"uncheckedValue\"|]: null,", "'uncheckedValue' only applies to checkbox fields, not to a select field");

    [Fact]
    public void TLD0007_must_be_checked_when_on_a_text_field() =>
        AssertDiagnostic("TLD0007", "\"pattern\": \"^[0-9]+$\",", "[|\"mustBeCheckedWhen\"|]: { \"registrantType\": \"organization\" },\n      \"pattern\": \"^[0-9]+$\",", "'mustBeCheckedWhen' only applies to checkbox fields, not to a text field");

    private const string BeforeCompanyNumber = "    {\n      \"name\": \"companyNumber\",";

    /// <summary>A checkbox field <c>agreement</c> with <paramref name="properties"/>, put in front of <c>companyNumber</c>.</summary>
    private static string CheckboxBefore(string properties) =>
        "    {\n      \"name\": \"agreement\", \"registryName\": \"X-AGREEMENT\", \"type\": \"checkbox\", \"label\": { \"en\": \"I agree\" },\n      "
        + properties + ",\n      \"operations\": [\"register\"], \"source\": \"policy\"\n    },\n" + BeforeCompanyNumber;

    [Fact]
    public void TLD0007_must_be_checked_when_together_with_must_be_checked() =>
        AssertDiagnostic("TLD0007", BeforeCompanyNumber,
            CheckboxBefore("\"mustBeChecked\": true, [|\"mustBeCheckedWhen\"|]: { \"registrantType\": \"organization\" }"), "the condition would never matter");

    [Fact]
    public void TLD0007_unchecked_value_equal_to_checked_value() =>
        AssertDiagnostic("TLD0007", BeforeCompanyNumber,
            CheckboxBefore("\"checkedValue\": \"Y\", [|\"uncheckedValue\"|]: \"Y\""), "could not tell a ticked box from an unticked one");

    [Fact]
    public void TLD0003_unchecked_value_must_be_a_string_or_null() =>
        AssertDiagnostic("TLD0003", BeforeCompanyNumber, CheckboxBefore("\"uncheckedValue\": [|false|]"), "'uncheckedValue' must be a string");

    [Fact]
    public void Checkbox_with_checked_value_unchecked_null_and_condition_generates_without_diagnostics()
    {
        var text = Valid.Replace(BeforeCompanyNumber,
            CheckboxBefore("\"checkedValue\": \"2.0\", \"uncheckedValue\": null, \"mustBeCheckedWhen\": { \"field\": \"legalForm\", \"equals\": \"company\" }"));
        Assert.NotEqual(Valid, text);
        var run = GeneratorHarness.Run((Path, text));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        var source = run.Source("Test.g.cs");
        Assert.Contains("\"checkedValue\":\"2.0\"", source, StringComparison.Ordinal);
        Assert.Contains("\"uncheckedValue\":null", source, StringComparison.Ordinal);
        Assert.Contains("\"mustBeCheckedWhen\":{\"field\":\"legalForm\",\"in\":[\"company\"]}", source, StringComparison.Ordinal);
        // The command is built by the runtime from this data now (generated code holds no builder): check what it sends.
        var definition = GeneratorHarness.LoadDefinition(run);
        var fields = new Dictionary<string, string?> { ["legalForm"] = "company", ["companyNumber"] = "1234", ["agreement"] = "true" };
        var order = new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.Register, Domain = "example.test", Years = 1,
            Nameservers = ["ns1.example.net", "ns2.example.net"],
            Contacts = new Orders.ContactSet { Registrant = new Orders.Contact { FirstName = "A", LastName = "B", Email = "a@example.net", Phone = "+1.5555550100", Country = "CA" } },
            Fields = fields,
        };
        var built = definition.Build(order, Validation.ValidationContext.Default);
        Assert.True(built.Succeeded, string.Join("; ", built.Validation.Errors.Select(e => e.Code + " " + e.Path)));
        Assert.Contains(new Commands.RegistryParameter("X-AGREEMENT", "2.0", "agreement"), built.Command!.RegistryParameters);
        fields["agreement"] = "false";
        Assert.Contains(definition.Validate(order, Validation.ValidationContext.Default).Errors, e => e.Code == Validation.ErrorCodes.FieldAgreementRequired);
    }

    [Fact]
    public void TLD0003_checked_value_must_be_a_string() =>
        AssertDiagnostic("TLD0003", "\"pattern\": \"^[0-9]+$\",", "\"checkedValue\": [|2|],\n      \"pattern\": \"^[0-9]+$\",", "'checkedValue' must be a string");

    [Fact]
    public void TLD0002_misspelt_must_be_checked_when_gets_a_suggestion() =>
        AssertDiagnostic("TLD0002", "\"pattern\": \"^[0-9]+$\",", "[|\"mustBeCheckedWen\"|]: { \"registrantType\": \"organization\" },\n      \"pattern\": \"^[0-9]+$\",", "did you mean 'mustBeCheckedWhen'?");

    [Fact]
    public void TLD0008_must_be_checked_when_names_unknown_field() =>
        AssertDiagnostic("TLD0008", "\"pattern\": \"^[0-9]+$\",", "\"mustBeCheckedWhen\": { \"field\": [|\"legalFrom\"|], \"equals\": \"company\" },\n      \"pattern\": \"^[0-9]+$\",", "did you mean 'legalForm'?");

    [Fact]
    public void TLD0008_condition_names_unknown_field() =>
        AssertDiagnostic("TLD0008", "{ \"field\": \"legalForm\", \"equals\": \"company\" }", "{ \"field\": [|\"legalFrom\"|], \"equals\": \"company\" }", "did you mean 'legalForm'?");

    [Fact]
    public void TLD0008_condition_names_unknown_option_value() =>
        AssertDiagnostic("TLD0008", "\"equals\": \"company\"", "\"equals\": [|\"compnay\"|]", "did you mean 'company'?");

    [Fact]
    public void TLD0008_unknown_source_reference() =>
        AssertDiagnostic("TLD0008", "\"lifecycle\": { \"asyncRegistration\": false, \"source\": \"policy\" }", "\"lifecycle\": { \"asyncRegistration\": false, \"source\": [|\"polcy\"|] }", "did you mean 'policy'?");

    [Fact]
    public void TLD0009_duplicate_tld_across_files()
    {
        var markup = Markup.Parse(Valid.Replace("\"tld\": \"test\"", "\"tld\": [|\"test\"|]"));
        var other = Valid.Replace("\"tld\": \"test\"", "\"tld\": \"other\", \"aliases\": [\"TEST-x\", \"test\"]")
            .Replace("\"registryOperator\"", "\"displayName\": \"Other\", \"registryOperator\"");
        var run = GeneratorHarness.Run((Path, markup.Text), ("/data/other.json", other), ("/data/fine.json", Valid.Replace("\"tld\": \"test\"", "\"tld\": \"fine\"")));
        var ours = Assert.Single(run.Diagnostics, d => d.Id == "TLD0009" && d.Location.GetLineSpan().Path == Path);
        Assert.Equal(markup.Span, ours.Location.SourceSpan);
        Assert.Equal(markup.LineSpan, ours.Location.GetLineSpan().Span);
        Assert.Contains("other.json", ours.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Diagnostics, d => d.Id == "TLD0009" && d.Location.GetLineSpan().Path == "/data/other.json");
        // Both duplicates lose their output; the unrelated file keeps its own.
        Assert.DoesNotContain("Test.g.cs", run.HintNames);
        Assert.DoesNotContain("Other.g.cs", run.HintNames);
        Assert.Contains("Fine.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void TLD0009_a_label_and_its_punycode_form_are_the_same_tld()
    {
        var unicode = Markup.Parse(Valid.Replace("\"tld\": \"test\"", "\"tld\": [|\"рф\"|]"));
        var ascii = Valid.Replace("\"tld\": \"test\"", "\"tld\": \"xn--p1ai\"");
        var run = GeneratorHarness.Run(("/data/рф.json", unicode.Text), ("/data/xn--p1ai.json", ascii));
        var d = Assert.Single(run.Diagnostics, d => d.Location.GetLineSpan().Path == "/data/рф.json" && d.Id == "TLD0009" && d.GetMessage().Contains("'xn--p1ai'", StringComparison.Ordinal));
        Assert.Equal(unicode.Span, d.Location.SourceSpan);
        Assert.DoesNotContain("XnP1ai.g.cs", run.HintNames);
    }

    [Fact]
    public void Unicode_tld_gets_its_a_label_class_and_both_names()
    {
        var run = GeneratorHarness.Run(("/data/рф.json", Valid.Replace("\"tld\": \"test\"", "\"tld\": \"рф\"")));
        Assert.Empty(run.Diagnostics);
        var source = run.Source("XnP1ai.g.cs");
        Assert.Contains("\"\"\"{\"tld\":\"xn--p1ai\",\"unicode\":\"рф\",", source, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class XnP1aiRegisterRequest", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void A_tld_named_like_a_member_of_Tlds_gets_a_suffixed_name()
    {
        // Definition classes carry the Tld suffix anyway (BuildTld); only a Tlds member (Catalog) forces one on the name.
        var run = GeneratorHarness.Run(("/data/catalog.json", Valid.Replace("\"tld\": \"test\"", "\"tld\": \"catalog\"")));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("CatalogTld.g.cs", run.HintNames);
        Assert.Contains("public static readonly global::Test.Tlds.CatalogTldTld CatalogTld =", run.Source("Tlds.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void TLD0009_alias_repeating_the_tld() =>
        AssertDiagnostic("TLD0009", "\"tld\": \"test\",", "\"tld\": \"test\", \"aliases\": [[|\"test\"|]],");

    [Fact]
    public void TLD0010_duplicate_field_name() =>
        AssertDiagnostic("TLD0010", "\"name\": \"companyNumber\"", "\"name\": [|\"legalForm\"|]", "Field name 'legalForm'");

    [Fact]
    public void TLD0010_duplicate_option_value() =>
        AssertDiagnostic("TLD0010", "{ \"value\": \"company\"", "{ \"value\": [|\"person\"|]");

    [Fact]
    public void TLD0011_field_name_that_is_no_identifier() =>
        AssertDiagnostic("TLD0011", "\"name\": \"companyNumber\"", "\"name\": [|\"company-number\"|]", "does not make a C# identifier");

    [Fact]
    public void TLD0011_field_name_colliding_with_a_builder_member() =>
        AssertDiagnostic("TLD0011", "\"name\": \"companyNumber\"", "\"name\": [|\"years\"|]", "collides");

    private const string Options = "{ \"value\": \"person\", \"label\": { \"en\": \"Person\" } }, { \"value\": \"company\", \"label\"";

    [Fact]
    public void TLD0011_option_member_that_is_no_identifier() =>
        AssertDiagnostic("TLD0011", Options, Options.Replace("\"company\", ", "\"company\", \"member\": [|\"limited-company\"|], "), "use PascalCase");

    [Fact]
    public void TLD0011_option_member_starting_lower_case() =>
        AssertDiagnostic("TLD0011", Options, Options.Replace("\"company\", ", "\"company\", \"member\": [|\"class\"|], "), "not a C# member name");

    [Fact]
    public void TLD0011_option_member_stated_twice() =>
        AssertDiagnostic("TLD0011", Options, Options.Replace("\"person\", ", "\"person\", \"member\": \"Person\", ").Replace("\"company\", ", "\"company\", \"member\": [|\"Person\"|], "),
            "already the member of another option");

    [Fact]
    public void TLD0011_option_member_repeating_its_enum() =>
        AssertDiagnostic("TLD0011", Options, Options.Replace("\"company\", ", "\"company\", \"member\": [|\"TestLegalForm\"|], "), "repeats the name of its enum");

    [Fact]
    public void TLD0011_option_whose_value_makes_no_member_and_states_none() =>
        AssertDiagnostic("TLD0011", "{ \"value\": \"company\", \"label\": { \"en\": \"Company\" } }",
            "[|{ \"value\": \"語\", \"label\": { \"en\": \"Company\" } }|]", "name one with \"member\"");

    [Fact]
    public void TLD0011_idn_language_field_must_be_text() =>
        AssertDiagnostic("TLD0011", "\"name\": \"legalForm\"", "\"name\": [|\"idnLanguage\"|]", "must be a text field");

    [Fact]
    public void Idn_language_field_is_the_order_language_tag_of_the_domain_check()
    {
        var text = Valid.Replace("\"name\": \"companyNumber\"", "\"name\": \"idnLanguage\"")
            .Replace("\"idn\": { \"supported\": false }", "\"idn\": { \"supported\": true, \"languageTagRequired\": true }");
        var run = GeneratorHarness.Run((Path, text));
        Assert.Empty(run.Diagnostics);
        var definition = GeneratorHarness.LoadDefinition(run);
        var fields = new Dictionary<string, string?>();
        var order = new Orders.DomainOrder { Operation = Orders.DomainOperation.Register, Domain = "bücher.test", Years = 1, Fields = fields };
        Assert.Contains(definition.Validate(order, Validation.ValidationContext.Default).Errors, e => e.Code == Validation.ErrorCodes.IdnLanguageRequired);
        fields["idnLanguage"] = "12";
        Assert.DoesNotContain(definition.Validate(order, Validation.ValidationContext.Default).Errors, e => e.Code == Validation.ErrorCodes.IdnLanguageRequired);
    }

    [Fact]
    public void Idn_language_text_field_merges_with_the_builder_member()
    {
        var text = Valid.Replace("\"name\": \"companyNumber\"", "\"name\": \"idnLanguage\"").Replace("\"field\": \"legalForm\", \"equals\": \"company\"", "\"field\": \"legalForm\", \"equals\": \"company\"");
        var run = GeneratorHarness.Run((Path, text));
        Assert.Empty(run.Diagnostics);
        var source = run.Source("Test.g.cs");
        // The domain check's fallback to the field is the runtime's (RulesEngine) now, not generated code: see
        // Idn_language_field_is_the_order_language_tag_of_the_domain_check for the behaviour.
        // The register builder's IdnLanguage (from its base class Tk_.Requests.RegisterRequest) is the field too.
        var register = source[source.IndexOf("class TestRegisterRequest", StringComparison.Ordinal)..source.IndexOf("class TestTransferRequest", StringComparison.Ordinal)];
        Assert.Contains("class TestRegisterRequest : Tk_.Requests.RegisterRequest", register, StringComparison.Ordinal);
        Assert.Equal(0, Count(register, "IdnLanguage { get; set; }"));
        Assert.Contains("if (IdnLanguage is not null) fields[\"idnLanguage\"] = IdnLanguage;", register, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void TLD0011_field_whose_enum_would_repeat_a_request_class() =>
        AssertDiagnostic("TLD0011", "\"name\": \"legalForm\"", "\"name\": [|\"registerRequest\"|]", "collides");

    [Fact]
    public void TLD0011_class_names_colliding_across_files()
    {
        var markup = Markup.Parse(Valid.Replace("\"tld\": \"test\"", "\"tld\": [|\"co-uk\"|]"));
        var other = Valid.Replace("\"tld\": \"test\"", "\"tld\": \"co.uk\"");
        var run = GeneratorHarness.Run((Path, markup.Text), ("/data/co.uk.json", other));
        var ours = Assert.Single(run.Diagnostics, d => d.Id == "TLD0011" && d.Location.GetLineSpan().Path == Path && d.GetMessage().Contains("'CoUkTld'", StringComparison.Ordinal));
        Assert.Equal(markup.Span, ours.Location.SourceSpan);
        Assert.DoesNotContain("CoUk.g.cs", run.HintNames);
    }

    [Fact]
    public void TLD0011_tld_class_name_reserved_by_the_catalog() =>
        AssertDiagnostic("TLD0011", "\"tld\": \"test\"", "\"tld\": [|\"tlds\"|]", "reserved");

    [Fact]
    public void TLD0012_duplicate_json_key() =>
        AssertDiagnostic("TLD0012", "\"registryOperator\": \"Test Registry\",", "\"registryOperator\": \"Test Registry\", [|\"registryOperator\"|]: \"Again\",");

    [Fact]
    public void TLD0013_a_failure_on_one_file_is_a_diagnostic_at_its_start_and_spares_the_others()
    {
        const string failing = "/data/__fail_for_tests__.json";
        Parsing.TldFileReader.FailForTests = path => path == failing;
        try
        {
            var run = GeneratorHarness.Run((failing, Valid.Replace("\"tld\": \"test\"", "\"tld\": \"failing\"")), (Path, Valid));
            Assert.Null(run.Single.Exception);
            var d = Assert.Single(run.Diagnostics);
            Assert.Equal("TLD0013", d.Id);
            Assert.Equal(failing, d.Location.GetLineSpan().Path);
            Assert.Equal(0, d.Location.SourceSpan.Start);
            Assert.Contains("failure injected by a test", d.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("Test.g.cs", run.HintNames);
        }
        finally
        {
            Parsing.TldFileReader.FailForTests = null;
        }
    }

    [Fact]
    public void Option_member_repeating_the_enum_name_is_renamed()
    {
        var text = Valid.Replace("{ \"value\": \"company\", \"label\": { \"en\": \"Company\" } }", "{ \"value\": \"testLegalForm\", \"label\": { \"en\": \"Company\" } }")
            .Replace("\"equals\": \"company\"", "\"equals\": \"testLegalForm\"");
        var run = GeneratorHarness.Run((Path, text));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("TestLegalFormOption,", run.Source("Test.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Option_label_with_a_lone_surrogate_is_kept_escaped_and_names_nothing()
    {
        var text = Valid.Replace("{ \"en\": \"Person\" }", "{ \"en\": \"Per\\ud800son\" }");
        var run = GeneratorHarness.Run((Path, text));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("    Person,", run.Source("Test.g.cs"), StringComparison.Ordinal);
        Assert.Contains("\"Per\\uD800son\"", run.Source("Test.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString().Replace("\n", " ")).Select(m => m.Length > 400 ? m[..400] : m).Select(m => m.Replace("TldToolkit.Generator/TldToolkit.Generator.TldGenerator/", "")));
    }

    [Fact]
    public void TLD0014_unused_source_is_a_warning_and_output_is_kept()
    {
        AssertDiagnostic("TLD0014", "{ \"id\": \"policy\", \"title\": \"Policy\", \"checked\": \"2026-01-01\" }",
            "{ \"id\": \"policy\", \"title\": \"Policy\", \"checked\": \"2026-01-01\" }, { \"id\": [|\"spare\"|], \"title\": \"Spare\", \"checked\": \"2026-01-01\" }");
        var run = GeneratorHarness.Run((Path, Valid.Replace("\"checked\": \"2026-01-01\" }", "\"checked\": \"2026-01-01\" }, { \"id\": \"spare\", \"title\": \"Spare\", \"checked\": \"2026-01-01\" }")));
        Assert.Contains("Test.g.cs", run.HintNames);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.Diagnostics).Severity);
    }

    [Fact]
    public void An_error_in_one_file_keeps_the_other_files_output()
    {
        var broken = Valid.Replace("\"tld\": \"test\"", "\"tld\": \"broken\"").Replace("\"explicit\": true", "\"explicit\": 1");
        var run = GeneratorHarness.Run(("/data/broken.json", broken), ("/data/test.json", Valid));
        Assert.Contains(run.Diagnostics, d => d.Id == "TLD0003");
        Assert.Contains("Test.g.cs", run.HintNames);
        Assert.DoesNotContain("Broken.g.cs", run.HintNames);
        Assert.Contains("TestTld.Instance", run.Source("Tlds.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", run.Source("Tlds.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void The_same_file_handed_over_twice_counts_once()
    {
        var run = GeneratorHarness.Run((Path, Valid), (Path, Valid));
        Assert.Null(run.Single.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(["Test.g.cs", "Tlds.g.cs"], run.HintNames.Order(StringComparer.Ordinal));
        Assert.Equal(1, Count(run.Source("Tlds.g.cs"), "TestTld.Instance,"));
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Files_without_the_marker_are_ignored()
    {
        var compilation = GeneratorHarness.CreateCompilation("class C { }");
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/data/test.json", "{ not json")],
            GeneratorHarness.Options([]));
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Tlds.g.cs"], result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void TLD0022_a_file_not_named_after_its_tld() =>
        AssertDiagnostic("TLD0022", "\"tld\": \"test\",", "\"tld\": [|\"tests\"|],", "The file 'test' defines the TLD 'tests': name it 'tests.json', or correct 'tld'");

    [Fact]
    public void TLD0022_nl_json_with_tld_nll_is_not_compiled()
    {
        var run = GeneratorHarness.Run(("/data/nl.json", Valid.Replace("\"tld\": \"test\"", "\"tld\": \"nll\"")));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("TLD0022", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.DoesNotContain("Nll.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("/data/test.json", "test")]
    [InlineData("/data/TEST.JSON", "test")]
    [InlineData("C:\\tlds\\test.json", "test")]
    [InlineData("/data/co.uk.json", "co.uk")]
    [InlineData("/data/xn--p1ai.json", "рф")]
    [InlineData("/data/рф.json", "рф")]
    [InlineData("/data/рф.json", "xn--p1ai")]
    public void TLD0022_not_for_a_file_named_after_its_tld_in_either_form(string path, string tld)
    {
        var run = GeneratorHarness.Run((path, Valid.Replace("\"tld\": \"test\"", "\"tld\": \"" + tld + "\"")));
        Assert.Empty(run.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// The release-tracking analyzer cannot follow descriptors made from the table (see the generator's project file),
    /// so this does its job: every rule has a row "id | category | severity | title" in the release files, and every row a rule.
    /// </summary>
    [Fact]
    public void Every_descriptor_is_documented_and_tracked()
    {
        var root = GeneratorHarness.RepoRoot();
        var docs = File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics.md"));
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(System.IO.Path.Combine(root, "generator", f)))
            .Where(l => l.StartsWith("TLD", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|').Select(c => c.Trim())))
            .ToList();
        foreach (var descriptor in Diagnostics.Descriptors.All)
        {
            Assert.Contains("## " + descriptor.Id, docs, StringComparison.Ordinal);
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", rows);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri, StringComparison.Ordinal);
        }
        Assert.Equal(Diagnostics.Descriptors.All.Select(d => d.Id).Order(), rows.Select(r => r.Split(' ')[0]).Order());
    }
}
