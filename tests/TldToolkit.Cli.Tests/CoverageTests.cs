using System.Text.Json;
using TldToolkit.Catalog;
using TldToolkit.Rules;

namespace TldToolkit.Cli.Tests;

/// <summary>Coverage as the operator sees it: explain, explain --json, check, validate and the catalog count, on a catalog of one TLD per level.</summary>
public class CoverageTests
{
    /// <summary>A TLD the runtime engine serves from hand-made data (no generated code needed for the CLI's views).</summary>
    private sealed class HandMade(TldRules rules) : CompiledTld(rules, null);

    private static TldRules Rules(string tld, TldCoverage coverage, params RuleFact[] facts) => new()
    {
        Tld = tld,
        UnicodeTld = tld,
        Coverage = coverage,
        ClosedReason = coverage == TldCoverage.Closed ? "brand" : null,
        Terms = new TermRules { Register = facts.Length > 0 ? [1, 2] : [], Renew = facts.Length > 0 ? [1, 2] : [] },
        Renewal = new RenewalRules { MaxHorizonYears = 0 },
        Transfer = new TransferRules(),
        AddOns = new AddOnRules { IdProtection = true, RegistrarLock = true, Dnssec = true },
        Labels = new LabelRules { Idn = new IdnRules { Supported = true } },
        Nameservers = new NameserverRules(),
        Contacts = new ContactRules { RequiredRoles = [], RegistrantTypes = [] },
        Lifecycle = new LifecycleRules(),
        Facts = facts,
    };

    private static readonly TldCatalog Catalog = new([
        new HandMade(Rules("zz", TldCoverage.Unverified)),
        new HandMade(Rules("xyz", TldCoverage.Baseline, new RuleFact("terms.register", "icann-gtld", "icann-ra"), new RuleFact("terms.renew", null, "iana-xyz"))),
        new HandMade(Rules("brand", TldCoverage.Closed)),
    ]);

    [Fact]
    public void Explain_says_the_coverage_and_what_is_not_known()
    {
        var result = Tool.InProcess(Catalog, null, "explain", ".zz");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Coverage: unverified", result.Out);
        Assert.Contains("Registration: not known", result.Out);
        Assert.Contains("Nameservers: not known", result.Out);
        Assert.Contains("ID protection: not known", result.Out);
        Assert.DoesNotContain("Registration: 1", result.Out);
    }

    [Fact]
    public void Explain_json_gives_each_fact_its_origin()
    {
        var result = Tool.InProcess(Catalog, null, "explain", ".xyz", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("baseline", root.GetProperty("coverage").GetString());
        var facts = root.GetProperty("facts").EnumerateArray().ToList();
        var register = facts.Single(f => f.GetProperty("path").GetString() == "terms.register");
        Assert.Equal("profile", register.GetProperty("origin").GetString());
        Assert.Equal("icann-gtld", register.GetProperty("profile").GetString());
        Assert.Equal("icann-ra", register.GetProperty("source")[0].GetString());
        var renew = facts.Single(f => f.GetProperty("path").GetString() == "terms.renew");
        Assert.Equal("file", renew.GetProperty("origin").GetString());
        Assert.Equal(["register", "transfer", "renew", "ownerChange"], root.GetProperty("operations").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void Closed_tld_accepts_no_operation_and_validate_refuses_with_tld_closed()
    {
        var json = Tool.InProcess(Catalog, null, "explain", ".brand", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Empty(doc.RootElement.GetProperty("operations").EnumerateArray());
        var result = Tool.InProcess(Catalog, """{ "operation": "register", "domain": "example.brand", "years": 1 }""", "validate", "-", "--json");
        Assert.Contains("\"tld-closed\"", result.Out);
    }

    [Fact]
    public void Validate_warns_the_operator_about_baseline_and_unverified_rules()
    {
        const string order = """{ "operation": "register", "domain": "example.zz", "years": 1 }""";
        var json = Tool.InProcess(Catalog, order, "validate", "-", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        var first = doc.RootElement.GetProperty("results")[0];
        Assert.True(first.GetProperty("valid").GetBoolean(), json.ToString());
        Assert.Equal("unverified", first.GetProperty("coverage").GetString());
        var text = Tool.InProcess(Catalog, order, "validate", "-");
        Assert.Contains("! Coverage: unverified", text.Out);
    }

    [Fact]
    public void Check_and_catalog_say_the_coverage()
    {
        var check = Tool.InProcess(Catalog, null, "check", "example.xyz");
        Assert.Contains("Coverage:", check.Out);
        Assert.Contains("baseline", check.Out);
        var catalog = Tool.InProcess(Catalog, null, "catalog", "--json");
        using var doc = JsonDocument.Parse(catalog.Out);
        var coverage = doc.RootElement.GetProperty("coverage");
        Assert.Equal(3, doc.RootElement.GetProperty("tlds").GetInt32());
        Assert.Equal(1, coverage.GetProperty("unverified").GetInt32());
        Assert.Equal(1, coverage.GetProperty("baseline").GetInt32());
        Assert.Equal(1, coverage.GetProperty("closed").GetInt32());
        Assert.Equal(0, coverage.GetProperty("verified").GetInt32());
    }
}
