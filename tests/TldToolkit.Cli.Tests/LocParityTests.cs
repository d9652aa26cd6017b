using System.Text.RegularExpressions;
using TldToolkit.Cli.Output;

namespace TldToolkit.Cli.Tests;

/// <summary>Issue 16: the tool's own words keep every detail of the English text, and count in real plural forms.</summary>
public partial class LocParityTests
{
    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string Indices(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order());

    [Fact]
    public void Every_key_uses_the_English_placeholders_in_each_language()
    {
        var problems = new List<string>();
        foreach (var key in Loc.AllKeys)
        {
            var english = Indices(Loc.Raw("en", key));
            foreach (var language in new[] { "de", "fr", "ar" })
                if (Indices(Loc.Raw(language, key)) != english) problems.Add($"{language} {key}: {{{Indices(Loc.Raw(language, key))}}} vs {{{english}}}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void No_text_writes_a_plural_by_hand()
    {
        string[] handMade = ["(s)", "(e)", "/Aufträge", "(n)"];
        var problems = Loc.AllKeys.SelectMany(key => Loc.Languages.Select(language => (key, language, text: Loc.Raw(language, key))))
            .Where(t => handMade.Any(h => t.text.Contains(h, StringComparison.Ordinal)))
            .Select(t => $"{t.language} {t.key}: {t.text}").ToList();
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("de", 1, "1 Auftrag: 1 gültig, 0 ungültig")]
    [InlineData("de", 2, "2 Aufträge: 2 gültig, 0 ungültig")]
    [InlineData("fr", 0, "0 commande : 0 valide, 0 non valide")]
    [InlineData("fr", 2, "2 commandes : 2 valides, 0 non valide")]
    [InlineData("en", 1, "1 order: 1 valid, 0 invalid")]
    [InlineData("en", 11, "11 orders: 11 valid, 0 invalid")]
    public void Summary_counts_in_real_plural_forms(string language, int orders, string expected) =>
        Assert.Equal(expected, Loc.F(language, "summary", orders, orders, 0));

    [Theory]
    [InlineData(0, "لا مشكلات")]
    [InlineData(1, "مشكلة واحدة")]
    [InlineData(2, "مشكلتان")]
    [InlineData(3, "3 مشكلات")]
    [InlineData(10, "10 مشكلات")]
    [InlineData(11, "11 مشكلة")]
    [InlineData(100, "100 مشكلة")]
    [InlineData(101, "101 مشكلة")]
    public void Arabic_problems_follow_the_six_CLDR_categories_and_are_isolated(int n, string expected) =>
        Assert.Equal("\u2068" + expected + "\u2069", Loc.F("ar", "problems", n));

    [Theory]
    [InlineData(1, "1 Problem")]
    [InlineData(2, "2 Probleme")]
    public void German_problems(int n, string expected) => Assert.Equal(expected, Loc.F("de", "problems", n));

    [Fact]
    public void Arabic_values_are_isolated_and_a_range_counts_by_its_last_number()
    {
        Assert.Equal("\u2068من \u20682\u2069 إلى \u206813\u2069 خادمَ أسماء\u2069.", Loc.F("ar", "ns.range", Loc.F("ar", "range", 2, 13)));
        Assert.Equal("2 to 13 nameservers.", Loc.F("en", "ns.range", Loc.F("en", "range", 2, 13)));
        Assert.Equal("1 nameserver.", Loc.F("en", "ns.range", "1"));
    }

    [Fact]
    public void Arabic_texts_use_Arabic_punctuation()
    {
        var latin = Loc.AllKeys.Select(key => Loc.Raw("ar", key)).Where(t => t.IndexOfAny([',', ';', '?']) >= 0).ToList();
        Assert.Empty(latin);
        Assert.Equal("\u2068a\u2069، \u2068b\u2069 و\u2068c\u2069", Loc.List("ar", ["\u2068a\u2069", "\u2068b\u2069", "\u2068c\u2069"]));
    }
}
