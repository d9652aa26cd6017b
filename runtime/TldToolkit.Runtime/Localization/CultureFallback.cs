namespace TldToolkit.Localization;

/// <summary>
/// The one culture fallback of the toolkit: a tag, then its parents, then English ("de-AT" → "de-at", "de", "en";
/// "fr_CA" counts as "fr-CA"; any case). Message files, <see cref="Text.LocalizedText"/> and the CLI all look up
/// texts along this chain.
/// </summary>
internal static class CultureFallback
{
    /// <summary>The culture English is the fallback of every chain, and the language every key must exist in.</summary>
    public const string English = "en";

    // Real tags are short (BCP 47 subtags are at most 8 characters); a longer "culture" (a hostile Accept-Language
    // header, say) is no culture at all and gets English without being cut into thousands of parents.
    private const int MaxTagLength = 64;

    /// <summary>The lower-case tags to try for <paramref name="culture"/>, most specific first, always ending with "en".</summary>
    public static IReadOnlyList<string> Chain(string? culture)
    {
        var tag = culture is { Length: > MaxTagLength } ? "" : Normalize(culture);
        var chain = new List<string>(3);
        while (tag.Length > 0)
        {
            chain.Add(tag);
            int dash = tag.LastIndexOf('-');
            if (dash < 0) break;
            tag = tag[..dash];
        }
        if (!chain.Contains(English)) chain.Add(English);
        return chain;
    }

    /// <summary>"de-at" for "de_AT", " DE-at ": the form tags are compared in.</summary>
    public static string Normalize(string? culture) =>
        (culture ?? "").Trim().Replace('_', '-').ToLowerInvariant();

    /// <summary>"de" of "de-at": the language subtag.</summary>
    public static string LanguageOf(string tag)
    {
        int dash = tag.IndexOf('-');
        return dash < 0 ? tag : tag[..dash];
    }
}
