using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using TldToolkit.Text;

namespace TldToolkit.Localization;

/// <summary>
/// Every message file the process knows: the ones embedded in this assembly (<c>Messages/*.json</c>), those of
/// assemblies that <see cref="Include"/> theirs (the CLI), and files a test adds. A new language is one more file
/// per area (<c>validation.nl.json</c>, ...) and a <c>language.nl.json</c>: no code names a language.
/// </summary>
/// <remarks>
/// Files are embedded under the logical name <c>messages/{area}.{culture}.json</c>. The area <c>language</c> holds
/// what every area needs of a culture: <c>rightToLeft</c> (values and the wording's own Latin runs are isolated,
/// <see cref="Bidi"/>), <c>pluralRule</c> (the CLDR rule of <see cref="Plural"/> to count with, the language
/// itself when absent), <c>countEachNumberInList</c>, and <c>order</c> (where the language is listed).
/// </remarks>
internal static class MessageFiles
{
    /// <summary>The area of the per-culture settings every other area reads.</summary>
    public const string LanguageArea = "language";

    private const string Prefix = "messages/";
    private const int MaxCachedChains = 512;

    private static readonly object Gate = new();
    private static readonly HashSet<Assembly> Included = [];
    private static readonly Dictionary<(string Area, string Culture), MessageFile> Sources = [];
    private static volatile State _state = new([]);

    static MessageFiles() => Include(typeof(MessageFiles).Assembly);

    /// <summary>Adds the message files embedded in <paramref name="assembly"/> (once per assembly).</summary>
    public static void Include(Assembly assembly)
    {
        lock (Gate)
        {
            if (!Included.Add(assembly)) return;
            foreach (var name in assembly.GetManifestResourceNames())
            {
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
                var stem = name[Prefix.Length..^".json".Length];
                int dot = stem.IndexOf('.');
                if (dot <= 0) continue;
                using var stream = assembly.GetManifestResourceStream(name)!;
                var file = MessageFile.Parse(stem[..dot], stem[(dot + 1)..], stream);
                Sources[(file.Area, file.Culture)] = file;
            }
            Publish();
        }
    }

    /// <summary>Adds or replaces one file (a test's fifth language, an application's regional variant).</summary>
    public static void Add(MessageFile file)
    {
        lock (Gate)
        {
            Sources[(file.Area, file.Culture)] = file;
            Publish();
        }
    }

    /// <summary>The files of <paramref name="area"/> to read for <paramref name="culture"/>, most specific first.</summary>
    public static MessageChain Chain(string area, string? culture)
    {
        var state = _state;
        var key = (area, culture ?? "");
        if (state.Chains.TryGetValue(key, out var chain)) return chain;
        chain = state.Build(area, culture);
        // Language tags can come from outside (an HTTP header): the cache stays bounded, a rare tag is just rebuilt.
        if (state.Chains.Count < MaxCachedChains) state.Chains.TryAdd(key, chain);
        return chain;
    }

    /// <summary>The cultures that have a file of <paramref name="area"/>, in their listed order (English first).</summary>
    public static IReadOnlyList<string> Cultures(string area)
    {
        var state = _state;
        return state.Files.Keys.Where(k => k.Area == area).Select(k => k.Culture)
            .OrderBy(c => int.TryParse(state.Build(LanguageArea, c).Setting("order"), NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every file, for the tests that compare each culture with English.</summary>
    public static IReadOnlyCollection<MessageFile> All => _state.Files.Values;

    // The wording of a right-to-left culture isolates its own Latin runs (example.com.au, +CC.NNNN, xn--…) once,
    // here, for every area; words and inserted values are isolated where they are inserted.
    private static void Publish()
    {
        var plain = new State(new Dictionary<(string, string), MessageFile>(Sources));
        var files = new Dictionary<(string, string), MessageFile>(Sources.Count);
        foreach (var (key, file) in Sources)
            files[key] = file.Area != LanguageArea && plain.Build(LanguageArea, file.Culture).Setting("rightToLeft") == "true"
                ? file.WithMessages(Bidi.IsolateLatinRuns)
                : file;
        _state = new State(files);
    }

    private sealed class State(Dictionary<(string Area, string Culture), MessageFile> files)
    {
        public Dictionary<(string Area, string Culture), MessageFile> Files { get; } = files;

        public ConcurrentDictionary<(string, string), MessageChain> Chains { get; } = new();

        public MessageChain Build(string area, string? culture)
        {
            var tags = CultureFallback.Chain(culture);
            var found = new List<MessageFile>(tags.Count);
            var languages = new List<MessageFile>(tags.Count);
            foreach (var tag in tags)
            {
                if (Files.TryGetValue((area, tag), out var file)) found.Add(file);
                if (Files.TryGetValue((LanguageArea, tag), out var language)) languages.Add(language);
            }
            return new MessageChain(area, found, languages);
        }
    }
}
