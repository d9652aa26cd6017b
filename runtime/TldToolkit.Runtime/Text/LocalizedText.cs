using System.Globalization;
using TldToolkit.Localization;

namespace TldToolkit.Text;

/// <summary>
/// A text with translations as TLD data supplies them (labels, descriptions, option labels): a map from culture
/// ("en", "de", "de-CH", "nl") to text. English is always present; a lookup follows the culture's fallback chain
/// ("de-AT" → "de" → English), so a missing translation falls back to English.
/// </summary>
public sealed class LocalizedText
{
    private readonly KeyValuePair<string, string>[] _texts;

    /// <summary>Creates a text in English, German, French and Arabic (the form generated code uses); <paramref name="en"/> is required.</summary>
    public LocalizedText(string en, string? de = null, string? fr = null, string? ar = null)
        : this(Pairs(en ?? throw new ArgumentNullException(nameof(en)), de, fr, ar))
    {
    }

    /// <summary>
    /// Creates a text from translations by culture tag ("en", "de-CH", case and "_" do not matter); one of them must be
    /// English ("en"). Later entries for the same culture replace earlier ones.
    /// </summary>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> translations)
    {
        ArgumentNullException.ThrowIfNull(translations);
        var texts = new List<KeyValuePair<string, string>>(4);
        foreach (var (culture, text) in translations)
        {
            if (text is null) continue;
            var tag = CultureFallback.Normalize(culture);
            int existing = texts.FindIndex(p => p.Key == tag);
            if (existing >= 0) texts[existing] = new(tag, text);
            else texts.Add(new(tag, text));
        }
        int english = texts.FindIndex(p => p.Key == CultureFallback.English);
        if (english < 0) throw new ArgumentException("An English (\"en\") text is required.", nameof(translations));
        // English first: it is the text of last resort and the first one written out.
        if (english > 0) { var en = texts[english]; texts.RemoveAt(english); texts.Insert(0, en); }
        _texts = texts.ToArray();
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string en, string? de, string? fr, string? ar)
    {
        yield return new("en", en);
        if (de is not null) yield return new("de", de);
        if (fr is not null) yield return new("fr", fr);
        if (ar is not null) yield return new("ar", ar);
    }

    /// <summary>The English text.</summary>
    public string English => _texts[0].Value;

    /// <summary>The translations by lower-case culture tag, English first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Translations => _texts;

    /// <summary>The text in <paramref name="culture"/>, following its fallback chain to English (see <see cref="Get(string?)"/>).</summary>
    public string this[string culture] => Get(culture);

    /// <summary>True when the text has a translation for exactly <paramref name="culture"/> (no fallback).</summary>
    public bool Has(string culture)
    {
        var tag = CultureFallback.Normalize(culture);
        foreach (var pair in _texts)
            if (pair.Key == tag) return true;
        return false;
    }

    /// <summary>
    /// The text in <paramref name="culture"/> ("de", "de-CH", "fr_FR", any case): the translation of the tag itself,
    /// else of its parents ("de-CH" → "de"), else English.
    /// </summary>
    public string Get(string? culture)
    {
        if (_texts.Length == 1) return _texts[0].Value;
        foreach (var tag in CultureFallback.Chain(culture))
            foreach (var pair in _texts)
                if (pair.Key == tag) return pair.Value;
        return _texts[0].Value;
    }

    /// <summary>The text in the culture, following its fallback chain to English.</summary>
    public string Get(CultureInfo culture) => Get(culture?.Name);

    /// <inheritdoc />
    public override string ToString() => English;
}
