using System.Text.RegularExpressions;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Validation.Messages;

namespace TldToolkit.Runtime.Tests;

/// <summary>
/// Issue 16: every detail the English message carries appears in each language. Structurally (every key, every
/// variant: the same placeholders) and rendered (every value the English message quotes, for every code with
/// sample arguments).
/// </summary>
public partial class MessageParityTests
{
    private static readonly MessageCatalog[] Others = [MessageCatalog.For("de"), MessageCatalog.For("fr"), MessageCatalog.For("ar")];

    // {label}, {qlabel} and {role} all name the field or contact ("Bitte ergänzen Sie: {label}" names the role through the label).
    private static readonly HashSet<string> Naming = ["label", "qlabel", "role"];

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string Details(string template) =>
        string.Join(",", Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(n => !Naming.Contains(n)).Distinct().Order());

    [Fact]
    public void Every_validation_template_variant_keeps_the_English_details_in_each_language()
    {
        var problems = new List<string>();
        foreach (var (key, english) in MessageCatalog.For("en").Templates)
            foreach (var catalog in Others)
            {
                if (!catalog.Templates.TryGetValue(key, out var variants)) { problems.Add($"{catalog.Language} lacks {key}"); continue; }
                var theirs = variants.Select(Details).ToHashSet();
                foreach (var variant in english)
                    if (!theirs.Contains(Details(variant))) problems.Add($"{catalog.Language} {key}: no variant with {{{Details(variant)}}}");
            }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_outcome_template_keeps_the_English_details_in_each_language()
    {
        (string Language, OutcomeCatalog Catalog)[] others = [("de", OutcomeCatalog.For("de")), ("fr", OutcomeCatalog.For("fr")), ("ar", OutcomeCatalog.For("ar"))];
        var problems = new List<string>();
        foreach (var (key, english) in OutcomeCatalog.English.Templates)
            foreach (var (language, catalog) in others)
            {
                // {contactProperty} is {property} and {role} in one.
                static string Of(string t) => Details(t.Replace("{contactProperty}", "{property}", StringComparison.Ordinal));
                if (!catalog.Templates.TryGetValue(key, out var theirs)) problems.Add($"{language} lacks {key}");
                else if (Of(theirs) != Of(english)) problems.Add($"{language} {key}: {{{Of(theirs)}}} vs {{{Of(english)}}}");
            }
        Assert.Empty(problems);
    }

    [GeneratedRegex("“([^”]*)”")]
    private static partial Regex EnglishQuote();

    [Fact]
    public void Every_value_the_English_message_quotes_appears_in_each_language()
    {
        var problems = new List<string>();
        foreach (var code in SampleErrors.AllCodes)
            foreach (var error in new[] { SampleErrors.Rich(code), SampleErrors.Labelled(code) })
            {
                var english = error.Message("en");
                foreach (var language in new[] { "de", "fr", "ar" })
                {
                    var message = error.Message(language);
                    foreach (Match quoted in EnglishQuote().Matches(english))
                    {
                        var value = quoted.Groups[1].Value;
                        // Labels and option labels are translated by the TLD data; the values themselves must appear.
                        if (error.FieldLabel?.English == value || SampleErrors.LegalTypeOptions.Any(o => o.English == value)) continue;
                        if (!message.Contains(value, StringComparison.Ordinal)) problems.Add($"{code} {language}: {value} missing in {message}");
                    }
                }
            }
        Assert.Empty(problems);
    }

    [Fact]
    public void Arabic_wording_uses_Arabic_punctuation()
    {
        var texts = MessageCatalog.For("ar").Templates.Values.SelectMany(v => v)
            .Concat(MessageCatalog.For("ar").Words.Values.Where(w => !w.Contains('=')))
            .Concat(OutcomeCatalog.For("ar").Templates.Values);
        var latin = texts.Where(t => Placeholder().Replace(t, "").IndexOfAny([',', ';', '?']) >= 0).ToList();
        Assert.Empty(latin);
    }
}
