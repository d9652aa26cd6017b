using System.Globalization;
using TldToolkit.Localization;

namespace TldToolkit.Cli.Output;

/// <summary>
/// The tool's own words, one message file per culture (<c>cli/Messages/cli.{culture}.json</c>), looked up along the
/// culture's fallback chain like every message of the toolkit (docs/messages.md). TLD data brings its own
/// translations (labels, options); validation and outcome messages come from the runtime's files.
/// </summary>
internal static class Loc
{
    private const string Area = "cli";

    static Loc() => MessageFiles.Include(typeof(Loc).Assembly);

    /// <summary>The languages the tool speaks: every culture with a file of its words, English first.</summary>
    public static IReadOnlyList<string> Languages => MessageFiles.Cultures(Area);

    private static MessageChain Chain(string lang) => MessageFiles.Chain(Area, lang);

    /// <summary>The text of <paramref name="key"/> in <paramref name="lang"/> (English when missing; the key when unknown).</summary>
    public static string T(string lang, string key) => Chain(lang).Message(key) ?? key;

    /// <summary>Every key (for the tests that compare the languages).</summary>
    internal static IEnumerable<string> AllKeys => Chain(CultureFallback.English).Own?.Messages.Keys ?? [];

    /// <summary>The raw text of a key (English when missing).</summary>
    internal static string Raw(string lang, string key) => T(lang, key);

    /// <summary>The formatted text of <paramref name="key"/>.</summary>
    public static string F(string lang, string key, params object?[] args) => Fill(lang, T(lang, key), args);

    /// <summary>A word of submit/sync: formatted when there are arguments.</summary>
    public static string Submit(string lang, string key, params object?[] args) =>
        args.Length == 0 ? T(lang, key) : F(lang, key, args);

    /// <summary>Fills a text's placeholders: plural forms and, in a right-to-left language, bidi isolation (<see cref="LocFormat"/>).</summary>
    private static string Fill(string lang, string text, object?[] args)
    {
        var chain = Chain(lang);
        var format = new LocFormat(chain.RightToLeft, chain.PluralRule, Culture(lang));
        return Placeholders.Fill(text, (name, spec) => format.Argument(name, spec, args)) ?? text;
    }

    /// <summary>The culture of a language code (the language itself; English for one the tool does not speak).</summary>
    public static CultureInfo Culture(string lang)
    {
        try
        {
            return CultureInfo.GetCultureInfo(Chain(lang).Culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>True for a right-to-left language: tables read from the right, values are isolated.</summary>
    public static bool IsRightToLeft(string lang) => Chain(lang).RightToLeft;

    /// <summary>True where a list of numbers counts every item, since the noun agrees with each number (Arabic).</summary>
    public static bool CountsEachNumberInList(string lang) => Chain(lang).CountsEachNumberInList;

    /// <summary>
    /// Joins items with commas and a final "and" / "or" in the language (settings <c>listComma</c>, and
    /// <c>andJoinsNextWord</c> where "and" is written joined to the word that follows, as Arabic "و").
    /// </summary>
    public static string List(string lang, IReadOnlyList<string> items, bool or = false)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var chain = Chain(lang);
        var comma = chain.Setting("listComma") ?? ", ";
        var last = T(lang, or ? "or" : "and");
        var joiner = !or && chain.Setting("andJoinsNextWord") == "true" ? " " + last : " " + last + " ";
        return string.Join(comma, items.Take(items.Count - 1)) + joiner + items[^1];
    }
}
