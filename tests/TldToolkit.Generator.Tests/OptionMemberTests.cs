using Microsoft.CodeAnalysis;
using TldToolkit.Generator.Tests.Infrastructure;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// The C# members of a select field's options are stable: an option's "member" names it, otherwise its value does,
/// and its label never does, so editing or translating a label cannot break code that uses the enum.
/// </summary>
public class OptionMemberTests
{
    private const string Path = "/data/test.json";
    private const string Options = "\"options\": [ { \"value\": \"person\", \"label\": { \"en\": \"Person\" } }, { \"value\": \"company\", \"label\": { \"en\": \"Company\" } } ]";

    private static GeneratorRun Run(string options)
    {
        Assert.Contains(Options, DiagnosticTests.Valid, StringComparison.Ordinal);
        var run = GeneratorHarness.Run((Path, DiagnosticTests.Valid.Replace(Options, options)));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems.Select(d => d.ToString()));
        return run;
    }

    private static string[] Members(GeneratorRun run) =>
        run.Output.GetTypeByMetadataName(GeneratorHarness.Namespace + ".TestLegalForm")!.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToArray();

    [Fact]
    public void Without_member_the_name_comes_from_the_value() =>
        Assert.Equal(["Person", "Company"], Members(Run(Options)));

    [Fact]
    public void Member_names_the_option()
    {
        var run = Run(Options.Replace("\"value\": \"company\", ", "\"value\": \"company\", \"member\": \"LimitedCompany\", "));
        Assert.Equal(["Person", "LimitedCompany"], Members(run));

        // The member still stands for its value in an order.
        var definition = GeneratorHarness.LoadDefinition(run);
        var type = definition.GetType();
        var member = Enum.Parse(type.Assembly.GetType(GeneratorHarness.Namespace + ".TestLegalForm")!, "LimitedCompany");
        Assert.Equal("company", type.GetMethod("LegalFormValue")!.Invoke(null, [member]));
    }

    [Fact]
    public void Editing_or_translating_a_label_renames_nothing()
    {
        var before = Members(Run(Options));
        var after = Members(Run(Options.Replace("{ \"en\": \"Company\" }", "{ \"en\": \"Private limited company (B.V.)\", \"de\": \"Gesellschaft mit beschränkter Haftung\" }")));
        Assert.Equal(before, after);
    }

    [Fact]
    public void A_name_made_from_a_value_gives_way_to_a_stated_one() =>
        Assert.Equal(["Company", "Company2"],
            Members(Run(Options.Replace("\"value\": \"person\", ", "\"value\": \"person\", \"member\": \"Company\", "))));
}
