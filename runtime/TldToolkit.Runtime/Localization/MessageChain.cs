namespace TldToolkit.Localization;

/// <summary>
/// The one lookup of a text: the files of one area for one requested culture, most specific first ("de-at", "de",
/// "en"). Every setting, word and message is taken from the first file that has it, so a regional file may hold
/// only what differs and a new language may lack a key (English then fills in).
/// </summary>
internal sealed class MessageChain
{
    private readonly IReadOnlyList<MessageFile> _files;
    private readonly IReadOnlyList<MessageFile> _language;
    private object? _view;

    public MessageChain(string area, IReadOnlyList<MessageFile> files, IReadOnlyList<MessageFile> language)
    {
        Area = area;
        _files = files;
        _language = language;
        Culture = files.Count > 0 ? files[0].Culture : CultureFallback.English;
    }

    public string Area { get; }

    /// <summary>The most specific culture that has a file of the area ("de" for a request "de-CH"); "en" when none has.</summary>
    public string Culture { get; }

    /// <summary>The file of <see cref="Culture"/> itself (empty when the area has no file at all).</summary>
    public MessageFile? Own => _files.Count > 0 ? _files[0] : null;

    /// <summary>True for a right-to-left language (Arabic): inserted values are isolated.</summary>
    public bool RightToLeft => LanguageSetting("rightToLeft") == "true";

    /// <summary>The language whose CLDR plural rule counts nouns (<see cref="Text.Plural"/>): "pluralRule", or the language of <see cref="Culture"/>.</summary>
    public string PluralRule => LanguageSetting("pluralRule") ?? CultureFallback.LanguageOf(Culture);

    /// <summary>True where a list of numbers counts every item ("سنة واحدة أو سنتين أو 5 سنوات"), since the noun agrees with each number.</summary>
    public bool CountsEachNumberInList => LanguageSetting("countEachNumberInList") == "true";

    public string? Setting(string key)
    {
        foreach (var file in _files)
            if (file.Settings.TryGetValue(key, out var value)) return value;
        return null;
    }

    public string? LanguageSetting(string key)
    {
        foreach (var file in _language)
            if (file.Settings.TryGetValue(key, out var value)) return value;
        return null;
    }

    public string? Word(string key)
    {
        foreach (var file in _files)
            if (file.Words.TryGetValue(key, out var value)) return value;
        return null;
    }

    /// <summary>The variants of a message, richest first; null when no file of the chain has the key.</summary>
    public string[]? Variants(string key)
    {
        foreach (var file in _files)
            if (file.Messages.TryGetValue(key, out var value)) return value;
        return null;
    }

    /// <summary>The (first variant of a) message; null when no file of the chain has the key.</summary>
    public string? Message(string key) => Variants(key)?[0];

    /// <summary>What an area makes of this chain (its catalog class), made once per chain.</summary>
    public T View<T>(Func<MessageChain, T> make) where T : class
    {
        if (_view is T view) return view;
        var made = make(this);
        Interlocked.CompareExchange(ref _view, made, null);
        return _view as T ?? made;
    }
}
