using System.Globalization;
using Humanizer;
using TldToolkit.Localization;
using TldToolkit.Text;

namespace TldToolkit.Validation.Messages;

/// <summary>
/// The validation messages and vocabulary of one culture, read from the message files <c>Messages/validation.{culture}.json</c>
/// (customers) and <c>Messages/developer.en.json</c> (developers and logs) along the culture's fallback chain;
/// <see cref="MessageRenderer"/> does the rest.
/// </summary>
/// <remarks>
/// Messages are keyed by error code, or by "code.reason" for the wording of one <see cref="ErrorArguments.Reason"/>.
/// Each key lists variants from the richest to the plainest: the renderer takes the first whose placeholders all
/// have a value, so a message is complete however few arguments an error carries. The last variant of a key should
/// need at most <c>{label}</c>, which always has a value. Key "*" serves codes the catalog does not know.
/// Settings of the file (an empty text means "none"): <c>culture</c> (numbers, dates, Humanizer), <c>datePattern</c>, <c>firstOfMonthPattern</c>
/// ("1er mars"), <c>quoteOpen</c>/<c>quoteClose</c>, <c>listSeparator</c>/<c>listLastSeparator</c> ("1, 2 or 5"),
/// <c>invariantNumbers</c>, and how "in 2 months" is said: <c>humanizerRelative</c> (Humanizer's wording, optionally
/// with <c>humanizedSuffix</c> turned into <c>humanizedFormat</c>) or <c>relativeDays</c> ("in {0} days").
/// </remarks>
internal sealed class MessageCatalog
{
    public const string CustomerArea = "validation";
    public const string DeveloperArea = "developer";

    private static readonly IReadOnlyDictionary<string, string[]> NoTemplates = new Dictionary<string, string[]>();
    private static readonly IReadOnlyDictionary<string, string> NoWords = new Dictionary<string, string>();

    private readonly MessageChain _chain;
    private readonly string _quoteOpen, _quoteClose, _listSeparator, _listLastSeparator;

    private MessageCatalog(MessageChain chain)
    {
        _chain = chain;
        Language = chain.Culture;
        Culture = CultureFor(chain.Setting("culture") ?? chain.Culture);
        DatePattern = chain.Setting("datePattern") ?? "yyyy-MM-dd";
        _quoteOpen = chain.Setting("quoteOpen") ?? "\"";
        _quoteClose = chain.Setting("quoteClose") ?? "\"";
        _listSeparator = chain.Setting("listSeparator") ?? ", ";
        _listLastSeparator = chain.Setting("listLastSeparator") ?? ", ";
    }

    /// <summary>The customer catalog of <paramref name="language"/> ("de", "de-CH", "fr_FR"); English for a culture without messages.</summary>
    public static MessageCatalog For(string? language) =>
        MessageFiles.Chain(CustomerArea, language).View(static chain => new MessageCatalog(chain));

    /// <summary>Precise English messages for developers and logs: paths, raw values, patterns, invariant formats.</summary>
    public static MessageCatalog Developer => MessageFiles.Chain(DeveloperArea, CultureFallback.English).View(static chain => new MessageCatalog(chain));

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

    /// <summary>The culture of the messages ("de", "en"): field labels and option labels are looked up in it.</summary>
    public string Language { get; }

    /// <summary>The culture numbers, dates and Humanizer output use.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The culture's own templates by code or "code.reason", richest variant first (without fallback).</summary>
    public IReadOnlyDictionary<string, string[]> Templates => _chain.Own?.Messages ?? NoTemplates;

    /// <summary>
    /// The culture's own vocabulary (without fallback): "role.registrant", "prop.email", "path.years", "type.individual"
    /// (plural, as in "only … may register"), "op.transfer", "nameserver.n" (with {0}), "range" ({0} first number,
    /// {1} first as years, {2} last as years), "count.character" as CLDR plural forms ("one=# character|other=# characters").
    /// </summary>
    public IReadOnlyDictionary<string, string> Words => _chain.Own?.Words ?? NoWords;

    /// <summary>The variants of a template key along the fallback chain, or null.</summary>
    public string[]? Variants(string key) => _chain.Variants(key);

    /// <summary>Date format pattern ("d MMMM yyyy").</summary>
    public string DatePattern { get; }

    /// <summary>True for a right-to-left language (Arabic): values inserted into its sentences are isolated.</summary>
    public bool RightToLeft => _chain.RightToLeft;

    /// <summary>
    /// A (sanitised) value as it is inserted into a sentence: in right-to-left text between U+2068 and
    /// U+2069 (<see cref="Bidi.Isolate"/>), so Latin text keeps its direction; unchanged otherwise. The
    /// one place where values meet RTL text: every placeholder that carries a value goes through it.
    /// </summary>
    public string Embed(string value) => RightToLeft ? Bidi.Isolate(value) : value;

    /// <summary>Quotes a (sanitised) value the way the language does; the quotation marks stay outside the isolate.</summary>
    public string Quote(string value) => _quoteOpen + Embed(value) + _quoteClose;

    /// <summary>A word along the fallback chain, or null.</summary>
    public string? Word(string key) => _chain.Word(key);

    /// <summary>"3 years", "3 Jahre", "3 ans", "3 سنوات": the counted noun "year".</summary>
    public string Years(int years) => Count("year", years);

    /// <summary>
    /// A counted noun ("6 characters", "2 nameservers", "61 days", "10 سنوات") from the "count.*" words,
    /// each written as CLDR plural forms ("one=# day|other=# days") and chosen by <see cref="Plural"/>.
    /// </summary>
    public string Count(string noun, int count) =>
        Plural.Format(_chain.PluralRule, count, Word("count." + noun) ?? "#", Number(count));

    /// <summary>Joins items as the language lists alternatives: "1, 2 or 5"; Arabic repeats "or" between every item.</summary>
    public string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(_listSeparator, items.Take(items.Count - 1)) + _listLastSeparator + items[^1],
    };

    /// <summary>
    /// The allowed periods: "1, 2 or 5 years", "1 to 10 years" for runs of three or more; where the language counts
    /// every number of a list, every item carries its noun ("سنة واحدة أو سنتين أو 5 سنوات").
    /// </summary>
    public string YearList(IReadOnlyList<int> years)
    {
        if (years.Count >= 3 && IsRun(years))
            return string.Format(Culture, Word("range") ?? "{0}–{2}", years[0], Years(years[0]), Years(years[^1]));
        bool countEach = _chain.CountsEachNumberInList;
        var items = new string[years.Count];
        for (int i = 0; i < items.Length; i++)
            items[i] = countEach || i == items.Length - 1 ? Years(years[i]) : years[i].ToString(Culture);
        return OrList(items);
    }

    /// <summary>The date in the language ("1 March 2027", "1er mars 2027").</summary>
    public string Date(DateOnly date) =>
        date.ToString(date.Day == 1 && _chain.Setting("firstOfMonthPattern") is { Length: > 0 } first ? first : DatePattern, Culture);

    /// <summary>How far <paramref name="date"/> lies from <paramref name="today"/> ("in 2 months"); null when the language has no wording for it.</summary>
    public string? Relative(DateOnly date, DateOnly today)
    {
        if (_chain.Setting("relativeDays") is { Length: > 0 } days)
            return string.Format(CultureInfo.InvariantCulture, days, date.DayNumber - today.DayNumber);
        if (_chain.Setting("humanizerRelative") != "true") return null;
        var humanized = date.Humanize(today, Culture);
        // "2 months from now" → "in 2 months" (same units as the other languages).
        return _chain.Setting("humanizedSuffix") is { Length: > 0 } suffix && humanized.EndsWith(suffix, StringComparison.Ordinal)
            ? string.Format(CultureInfo.InvariantCulture, _chain.Setting("humanizedFormat") ?? "{0}", humanized[..^suffix.Length])
            : humanized;
    }

    /// <summary>A number in the culture (Western digits without the Arabic letter mark ICU puts before a minus sign where <c>invariantNumbers</c>).</summary>
    public string Number(int value) =>
        value.ToString(_chain.Setting("invariantNumbers") == "true" ? CultureInfo.InvariantCulture : Culture);

    private static bool IsRun(IReadOnlyList<int> values)
    {
        for (int i = 1; i < values.Count; i++)
            if (values[i] != values[i - 1] + 1) return false;
        return true;
    }
}
