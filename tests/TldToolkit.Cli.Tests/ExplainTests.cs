using TldToolkit.Cli.Explain;
using TldToolkit.Fields;
using TldToolkit.Orders;

namespace TldToolkit.Cli.Tests;

/// <summary>Condition trees in words and as schema, in-process on the test stand-in of .ca.</summary>
public class ExplainTests
{
    private static readonly Words English = new(new TestCa(), "en");

    [Fact]
    public void Conditions_read_as_words()
    {
        Assert.Equal("Legal type is Trademark registered in Canada (TDM)",
            English.Condition(new FieldValueCondition("legalType", ["TDM"])));
        Assert.Equal("Legal type is one of Canadian citizen (CCT) or Canadian corporation (CCO)",
            English.Condition(new FieldValueCondition("legalType", ["CCT", "CCO"])));
        Assert.Equal("the registrant is an organization and (the registrant's country is not CA (Canada) or I accept the CIRA registrant agreement is not checked)",
            English.Condition(new AllOfCondition([
                new RegistrantTypeCondition(RegistrantType.Organization),
                new AnyOfCondition([new RegistrantCountryCondition(["CA"], Negated: true), new FieldCheckedCondition("ciraAgreement", false)]),
            ])));
        Assert.Equal("not (the registrant is an individual)", English.Condition(new NotCondition(new RegistrantTypeCondition(RegistrantType.Individual))));
    }

    [Fact]
    public void Conditions_read_in_german()
    {
        var german = new Words(new TestCa(), "de");
        Assert.Equal("Rechtsform gleich In Kanada eingetragene Marke (TDM) ist", german.Condition(new FieldValueCondition("legalType", ["TDM"])));
    }

    [Fact]
    public void Periods_are_humanized()
    {
        Assert.Equal("1 to 10 years", English.Periods([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        Assert.Equal("1, 2 or 5 years", English.Periods([1, 2, 5]));
        Assert.Equal("10 years", English.Periods([10]));
        Assert.Equal("1 year", English.Periods([1]));
        Assert.Equal("61 days", English.Days(61));
        Assert.Equal("2 months", English.Months(61));
    }

    [Fact]
    public void Explain_in_process_on_a_given_catalog()
    {
        var result = Tool.InProcess(TestCa.Catalog, null, "explain", ".ca", "--lang", "ar");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("الصفة القانونية", result.Out);
    }
}
