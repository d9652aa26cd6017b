using System.Reflection;
using Microsoft.CodeAnalysis;
using TldToolkit.Catalog;
using TldToolkit.Generator.Linting;
using TldToolkit.Generator.Tests.Infrastructure;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Generator.Tests;

/// <summary>Profiles: facts merged fact by fact with their origins, overrides, dated changes, and every bad input as a diagnostic at its token.</summary>
public class ProfileTests
{
    private const string ProfilePath = "/data/profiles/icann-gtld.json";
    private const string BackendPath = "/data/profiles/backend-test.json";
    private const string TldPath = "/data/xyz.json";

    public const string Icann = """
        {
          "profile": "icann-gtld",
          "title": "ICANN baseline for every gTLD",
          "sources": [ { "id": "icann-transfer-policy", "title": "Transfer Policy", "checked": "2026-12-01" } ],
          "transfer": { "supported": true, "authCodeRequired": true, "lockDaysAfterRegistration": 60, "source": "icann-transfer-policy" },
          "renewal": { "maxHorizonYears": 10, "source": "icann-transfer-policy" },
          "changes": [
            { "effective": "2027-01-01", "source": "icann-transfer-policy",
              "transfer": { "lockDaysAfterRegistration": 30, "source": "icann-transfer-policy" } }
          ]
        }
        """;

    public const string Backend = """
        {
          "profile": "backend-test",
          "title": "Test backend",
          "extends": ["icann-gtld"],
          "sources": [ { "id": "backend-docs", "title": "Backend EPP documentation", "checked": "2026-12-01" } ],
          "terms": { "register": { "years": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, "renew": { "years": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, "source": "backend-docs" },
          "nameservers": { "min": 2, "max": 13, "source": "backend-docs" },
          "fields": [
            { "name": "agreement", "type": "checkbox", "label": { "en": "I accept the registry policy" }, "mustBeChecked": true,
              "registryName": "X-AGREEMENT", "operations": ["register"], "source": "backend-docs" }
          ]
        }
        """;

    /// <summary>A profile-only gTLD file (baseline coverage) as the root-zone import writes them.</summary>
    public const string ProfileOnly = """
        {
          "tld": "xyz",
          "kind": "generic",
          "coverage": "baseline",
          "registryOperator": "XYZ Registry",
          "extends": ["icann-gtld", "backend-test"],
          "sources": [ { "id": "iana-xyz", "title": "IANA root zone database: .xyz", "checked": "2026-12-01" } ]
        }
        """;

    private static GeneratorRun Run(string tld, string? icann = null, string? backend = null) =>
        GeneratorHarness.Run((ProfilePath, icann ?? Icann), (BackendPath, backend ?? Backend), (TldPath, tld));

    private static string WithSection(string section) =>
        ProfileOnly.Replace("\"sources\": [ { \"id\": \"iana-xyz\"", section + ",\n  \"sources\": [ { \"id\": \"iana-xyz\"");

    [Fact]
    public void Profile_only_file_inherits_every_fact_with_its_profile_and_source()
    {
        var run = Run(ProfileOnly);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        var definition = Load(run);
        var rules = definition.Rules;
        Assert.Equal(TldCoverage.Baseline, rules.Coverage);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], rules.Terms.Register);
        Assert.Equal(2, rules.Nameservers.Min);
        Assert.True(rules.Transfer.AuthCodeRequired);
        Assert.Equal(new RuleFact("transfer.authCodeRequired", "icann-gtld", "icann-transfer-policy"), rules.Fact("transfer.authCodeRequired"));
        Assert.Equal(new RuleFact("nameservers.min", "backend-test", "backend-docs"), rules.Fact("nameservers.min"));
        Assert.Equal(new RuleFact("fields.agreement", "backend-test", "backend-docs"), rules.Fact("fields.agreement"));
        Assert.Equal("agreement", Assert.Single(definition.Fields).Name);
        // Stated nowhere: unknown, not enforced.
        Assert.Null(rules.Fact("contacts.requiredRoles"));
        Assert.False(rules.Knows("lifecycle"));
        Assert.Empty(rules.Contacts.RequiredRoles);
    }

    [Fact]
    public void Profile_only_file_emits_its_identity_and_derives_the_rest_from_the_shared_template()
    {
        var run = Run(ProfileOnly);
        var source = run.Source("Xyz.g.cs");
        Assert.Contains("Tk_.Generated.BuildSupport.DeriveRules(TldProfileTemplates.PIcannGtld_BackendTest, \"xyz\"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("new Tk_.Rules.TermRules", source, StringComparison.Ordinal);
        Assert.DoesNotContain("BuildSupport.ParseFacts", source, StringComparison.Ordinal);
        var templates = run.Source("TldProfileTemplates.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(templates, "internal static readonly Tk_.Rules.TldRules PIcannGtld_BackendTest "));
        // A second file with the same profiles shares the template: one template, two derivations.
        var second = GeneratorHarness.Run((ProfilePath, Icann), (BackendPath, Backend), (TldPath, ProfileOnly), ("/data/abc.json", ProfileOnly.Replace("\"xyz\"", "\"abc\"").Replace("iana-xyz", "iana-abc")));
        Assert.Empty(second.Diagnostics);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(second.Source("TldProfileTemplates.g.cs"), "internal static readonly Tk_.Rules.TldRules "));
        Assert.Empty(second.CompilationProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void Dated_change_of_a_profile_applies_from_its_day_on()
    {
        var rules = Load(Run(ProfileOnly)).Rules;
        Assert.Equal(60, rules.On(new DateOnly(2026, 12, 31)).Transfer.LockDaysAfterRegistration);
        Assert.Equal(30, rules.On(new DateOnly(2027, 1, 1)).Transfer.LockDaysAfterRegistration);
        Assert.Equal(new RuleFact("transfer.lockDaysAfterRegistration", "icann-gtld", "icann-transfer-policy"),
            rules.On(new DateOnly(2027, 1, 1)).Fact("transfer.lockDaysAfterRegistration"));
        // The validator judges by the validation day: the horizon and term lists stay, the renewal is judged the same.
        var definition = Load(Run(ProfileOnly));
        var order = new DomainOrder { Operation = DomainOperation.Register, Domain = "example.xyz", Years = 11 };
        Assert.Contains(definition.Validate(order, new ValidationContext(new FixedTime(new DateOnly(2027, 6, 1)))).Errors, e => e.Code == ErrorCodes.TermNotAllowed);
    }

    [Fact]
    public void Override_with_its_own_source_and_note_wins_and_names_the_file()
    {
        var text = WithSection("\"nameservers\": { \"min\": 0, \"source\": \"iana-xyz\", \"note\": \"the registry delegates on request\" }");
        var run = Run(text);
        Assert.Empty(run.Diagnostics);
        var rules = Load(run).Rules;
        Assert.Equal(0, rules.Nameservers.Min);
        Assert.Equal(13, rules.Nameservers.Max);
        Assert.Equal(new RuleFact("nameservers.min", null, "iana-xyz"), rules.Fact("nameservers.min"));
        Assert.Equal(new RuleFact("nameservers.max", "backend-test", "backend-docs"), rules.Fact("nameservers.max"));
    }

    [Fact]
    public void TLD0016_override_without_note_points_at_the_fact() =>
        AssertAt("TLD0016", WithSection("\"nameservers\": { [|\"min\"|]: 0, \"source\": \"iana-xyz\" }"), "add a 'note'");

    [Fact]
    public void TLD0016_override_citing_only_a_profile_source_points_at_the_fact() =>
        AssertAt("TLD0016", WithSection("\"nameservers\": { [|\"min\"|]: 0, \"source\": \"backend-docs\", \"note\": \"why\" }"), "cite a source from this file");

    [Fact]
    public void TLD0015_restating_a_profile_fact_points_at_the_fact() =>
        AssertAt("TLD0015", WithSection("\"transfer\": { [|\"lockDaysAfterRegistration\"|]: 60, \"source\": \"iana-xyz\" }"), "icann-gtld");

    [Fact]
    public void TLD0018_fact_of_another_type_points_at_the_value() =>
        AssertAt("TLD0018", WithSection("\"transfer\": { \"authCodeRequired\": [|\"yes\"|], \"source\": \"iana-xyz\", \"note\": \"n\" }"), "a boolean in profile 'icann-gtld'");

    [Fact]
    public void TLD0018_field_of_another_type_points_at_its_type() =>
        AssertAt("TLD0018", WithSection("\"fields\": [ { \"name\": \"agreement\", \"type\": [|\"text\"|], \"label\": { \"en\": \"A\" }, \"operations\": [\"register\"], \"source\": \"iana-xyz\", \"note\": \"n\" } ]"), "a checkbox field");

    [Fact]
    public void TLD0008_unknown_profile_points_at_the_item_with_a_suggestion() =>
        AssertAt("TLD0008", ProfileOnly.Replace("\"backend-test\"]", "[|\"backend-tset\"|]]"), "did you mean 'backend-test'?");

    [Fact]
    public void TLD0004_an_override_section_still_needs_its_source() =>
        AssertAt("TLD0004", WithSection("[|\"nameservers\"|]: { \"min\": 0, \"note\": \"n\" }"), "'source'");

    [Fact]
    public void TLD0017_profile_cycle_is_reported_in_the_profile_and_drops_only_the_tlds_built_on_it()
    {
        var icann = Icann.Replace("\"title\": \"ICANN baseline for every gTLD\",", "\"title\": \"ICANN baseline for every gTLD\", \"extends\": [\"backend-test\"],");
        var other = DiagnosticTests.Valid.Replace("\"tld\": \"test\"", "\"tld\": \"other\"");
        var run = GeneratorHarness.Run((ProfilePath, icann), (BackendPath, Backend), (TldPath, ProfileOnly), ("/data/other.json", other));
        var cycle = Assert.Single(run.Diagnostics, d => d.Id == "TLD0017");
        Assert.Contains("profiles", cycle.Location.GetLineSpan().Path);
        Assert.Contains(run.Diagnostics, d => d.Id == "TLD0019" && d.Location.GetLineSpan().Path == TldPath);
        Assert.DoesNotContain("Xyz.g.cs", run.HintNames);
        Assert.Contains("Other.g.cs", run.HintNames);
    }

    [Fact]
    public void TLD0019_a_profile_with_an_error_drops_its_tlds_at_the_extends_item()
    {
        var broken = Backend.Replace("\"min\": 2", "\"min\": \"two\"");
        var markup = Markup.Parse(ProfileOnly.Replace("\"backend-test\"]", "[|\"backend-test\"|]]"));
        var run = Run(markup.Text, backend: broken);
        Assert.Contains(run.Diagnostics, d => d.Id == "TLD0003" && d.Location.GetLineSpan().Path == BackendPath);
        var d = Assert.Single(run.Diagnostics, d => d.Id == "TLD0019");
        Assert.Equal(markup.Span, d.Location.SourceSpan);
        Assert.DoesNotContain("Xyz.g.cs", run.HintNames);
    }

    [Fact]
    public void Profile_errors_are_at_their_own_file_line_and_column()
    {
        var markup = Markup.Parse(Backend.Replace("\"nameservers\": {", "[|\"nameserver\"|]: {"));
        var lint = TldLinter.Lint([(ProfilePath, Icann), (BackendPath, markup.Text), (TldPath, ProfileOnly)]);
        var message = Assert.Single(lint, m => m.Id == "TLD0002");
        Assert.Equal(BackendPath, message.Path);
        Assert.Equal(markup.LineSpan.Start.Line + 1, message.StartLine);
        Assert.Equal(markup.LineSpan.Start.Character + 1, message.StartColumn);
    }

    [Fact]
    public void A_profile_may_not_carry_tld_facts_and_its_id_is_its_file_name()
    {
        var lint = TldLinter.Lint([(ProfilePath, Icann.Replace("\"profile\": \"icann-gtld\",", "\"profile\": \"icann\", \"coverage\": \"verified\","))]);
        Assert.Contains(lint, m => m.Id == "TLD0006" && m.Message.Contains("file name", StringComparison.Ordinal));
        Assert.Contains(lint, m => m.Id == "TLD0002" && m.Message.Contains("'coverage'", StringComparison.Ordinal));
    }

    [Fact]
    public void Closed_tld_refuses_every_order_with_one_stable_error()
    {
        var closed = ProfileOnly.Replace("\"coverage\": \"baseline\"", "\"coverage\": \"closed\", \"closed\": { \"reason\": \"brand\", \"source\": \"iana-xyz\" }");
        var run = Run(closed);
        Assert.Empty(run.Diagnostics);
        var definition = Load(run);
        Assert.Equal(TldCoverage.Closed, definition.Rules.Coverage);
        Assert.Equal("brand", definition.Rules.ClosedReason);
        var result = definition.Validate(new DomainOrder { Operation = DomainOperation.Register, Domain = "example.xyz", Years = 1 }, ValidationContext.Default);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.TldClosed, error.Code);
        Assert.Equal("domain", error.Path);
        Assert.False(definition.Build(new DomainOrder { Operation = DomainOperation.Register, Domain = "example.xyz", Years = 1 }, ValidationContext.Default).Succeeded);
    }

    [Fact]
    public void Closed_coverage_needs_its_reason_and_closed_is_only_for_closed()
    {
        AssertAt("TLD0004", ProfileOnly.Replace("\"coverage\": \"baseline\"", "[|\"coverage\"|]: \"closed\""), "'closed'");
        AssertAt("TLD0007", ProfileOnly.Replace("\"coverage\": \"baseline\"", "\"coverage\": \"baseline\", [|\"closed\"|]: { \"reason\": \"brand\", \"source\": \"iana-xyz\" }"), "only for coverage 'closed'");
    }

    [Fact]
    public void Unverified_file_without_sections_compiles_and_checks_only_name_syntax()
    {
        var unverified = """
            { "tld": "zz", "kind": "countryCode", "coverage": "unverified",
              "sources": [ { "id": "iana-zz", "title": "IANA root zone database: .zz", "checked": "2026-12-01" } ] }
            """;
        var run = GeneratorHarness.Run(("/data/zz.json", unverified));
        Assert.Empty(run.Diagnostics);
        var definition = Load(run);
        Assert.Empty(definition.Rules.Facts);
        var ok = new DomainOrder { Operation = DomainOperation.Register, Domain = "example.zz", Years = 7 };
        Assert.True(definition.Validate(ok, ValidationContext.Default).IsValid);
        var bad = new DomainOrder { Operation = DomainOperation.Register, Domain = "-bad-.zz", Years = 1 };
        Assert.Contains(definition.Validate(bad, ValidationContext.Default).Errors, e => e.Code == ErrorCodes.LabelHyphenEdge);
    }

    private sealed class FixedTime(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static void AssertAt(string id, string markupText, string messageContains)
    {
        var markup = Markup.Parse(markupText);
        var run = Run(markup.Text);
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"expected {id}, got: {string.Join("; ", run.Diagnostics)}");
        var diagnostic = Assert.Single(matching, d => d.Location.SourceSpan == markup.Span);
        Assert.Equal(TldPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(messageContains, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("Xyz.g.cs", run.HintNames);
        var lint = TldLinter.Lint([(ProfilePath, Icann), (BackendPath, Backend), (TldPath, markup.Text)]);
        Assert.Contains(lint, m => m.Id == id && m.Path == TldPath && m.StartLine == markup.LineSpan.Start.Line + 1 && m.StartColumn == markup.LineSpan.Start.Character + 1);
    }

    private static ITldDefinition Load(GeneratorRun run) => GeneratorHarness.LoadDefinition(run);
}
