using System.Globalization;
using Humanizer;
using TldToolkit.Text;

namespace TldToolkit.Validation.Messages;

/// <summary>
/// The message templates and vocabulary of one language. Each language keeps all of its wording in
/// one class (EnglishMessages, GermanMessages, ...); <see cref="MessageRenderer"/> does the rest.
/// </summary>
/// <remarks>
/// Templates are keyed by error code, or by "code.reason" for the wording of one
/// <see cref="ErrorArguments.Reason"/>. Each key lists variants from the richest to the plainest:
/// the renderer takes the first whose placeholders all have a value, so a message is complete
/// however few arguments an error carries. The last variant of a key should need at most
/// <c>{label}</c>, which always has a value. Key "*" serves codes the catalog does not know.
/// </remarks>
internal abstract class MessageCatalog
{
    protected MessageCatalog(string language, string cultureName)
    {
        Language = language;
        Culture = CultureFor(cultureName);
    }

    // Applications running with InvariantGlobalization cannot create named cultures: fall back to the
    // invariant culture (month names in English) rather than losing the messages.
    private static CultureInfo CultureFor(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>Two-letter language code.</summary>
    public string Language { get; }

    /// <summary>The culture numbers, dates and Humanizer output use.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Templates by code or "code.reason", richest variant first.</summary>
    public abstract IReadOnlyDictionary<string, string[]> Templates { get; }

    /// <summary>
    /// Vocabulary: "role.registrant", "prop.email", "path.years", "type.individual" (plural, as in
    /// "only … may register"), "op.transfer", "nameserver.n" (with {0}), "range" ({0} first number,
    /// {1} first as years, {2} last as years), "count.character" as CLDR plural forms ("one=# character|other=# characters") and the like.
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Words { get; }

    /// <summary>Date format pattern ("d MMMM yyyy").</summary>
    public abstract string DatePattern { get; }

    /// <summary>The opening and closing quotation marks of the language (“ ”, „ “, «\u00A0 \u00A0», « »).</summary>
    protected abstract (string Open, string Close) QuoteMarks { get; }

    /// <summary>True for a right-to-left language (Arabic): values inserted into its sentences are isolated.</summary>
    public virtual bool RightToLeft => false;

    /// <summary>
    /// A (sanitised) value as it is inserted into a sentence: in right-to-left text between U+2068 and
    /// U+2069 (<see cref="Bidi.Isolate"/>), so Latin text keeps its direction; unchanged otherwise. The
    /// one place where values meet RTL text: every placeholder that carries a value goes through it.
    /// </summary>
    public string Embed(string value) => RightToLeft ? Bidi.Isolate(value) : value;

    /// <summary>Quotes a (sanitised) value the way the language does; the quotation marks stay outside the isolate.</summary>
    public string Quote(string value) => QuoteMarks.Open + Embed(value) + QuoteMarks.Close;

    /// <summary>The word for "or" in lists.</summary>
    public abstract string Or { get; }

    /// <summary>The culture whose Humanizer collection formatter joins "or" lists (without Oxford comma).</summary>
    protected virtual CultureInfo ListCulture => CultureInfo.InvariantCulture;

    /// <summary>A word from <see cref="Words"/>, or null.</summary>
    public string? Word(string key) => Words.TryGetValue(key, out var word) ? word : null;

    /// <summary>"3 years", "3 Jahre", "3 ans", "3 سنوات": the counted noun "year".</summary>
    public string Years(int years) => Count("year", years);

    /// <summary>
    /// A counted noun ("6 characters", "2 nameservers", "61 days", "10 سنوات") from the "count.*" words,
    /// each written as CLDR plural forms ("one=# day|other=# days") and chosen by <see cref="Plural"/>.
    /// </summary>
    public string Count(string noun, int count) =>
        Plural.Format(Language, count, Word("count." + noun) ?? "#", Number(count));

    /// <summary>Joins items with commas and the word for "or": "1, 2 or 5".</summary>
    public virtual string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => Configurator.CollectionFormatters.ResolveForCulture(ListCulture).Humanize(items, Or),
    };

    /// <summary>The allowed periods: "1, 2 or 5 years", "1 to 10 years" for runs of three or more.</summary>
    public virtual string YearList(IReadOnlyList<int> years)
    {
        if (years.Count >= 3 && IsRun(years))
            return string.Format(Culture, Word("range") ?? "{0}–{2}", years[0], Years(years[0]), Years(years[^1]));
        var items = new string[years.Count];
        for (int i = 0; i < items.Length; i++)
            items[i] = i == items.Length - 1 ? Years(years[i]) : years[i].ToString(Culture);
        return OrList(items);
    }

    /// <summary>The date in the language ("1 March 2027").</summary>
    public virtual string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>How far <paramref name="date"/> lies from <paramref name="today"/> ("in 2 months"), by Humanizer.</summary>
    public virtual string Relative(DateOnly date, DateOnly today) => date.Humanize(today, Culture);

    /// <summary>A number in the culture.</summary>
    public virtual string Number(int value) => value.ToString(Culture);

    private static bool IsRun(IReadOnlyList<int> values)
    {
        for (int i = 1; i < values.Count; i++)
            if (values[i] != values[i - 1] + 1) return false;
        return true;
    }
}
