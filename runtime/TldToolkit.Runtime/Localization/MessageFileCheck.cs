namespace TldToolkit.Localization;

/// <summary>
/// The rule every message file keeps, checked by the tests of each assembly that ships files: a language file has
/// exactly the settings, words and messages of its area's English file (a regional file such as <c>de-at</c> a subset),
/// and every message uses the placeholders of the English one. So a translation cannot silently lose a key, a
/// setting cannot silently come from English, and no message table exists twice.
/// </summary>
internal static class MessageFileCheck
{
    /// <summary>One line per problem ("validation.de: lacks message 'tld-closed'"); empty when all files agree.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<MessageFile> files)
    {
        var problems = new List<string>();
        var all = files.ToList();
        foreach (var area in all.GroupBy(f => f.Area))
        {
            var english = area.FirstOrDefault(f => f.Culture == CultureFallback.English);
            if (english is null) { problems.Add($"{area.Key}: no English file"); continue; }
            foreach (var file in area.Where(f => f != english))
            {
                var name = file.Area + "." + file.Culture;
                bool regional = file.Culture.Contains('-');
                Compare(problems, name, "setting", english.Settings.Keys, file.Settings.Keys, regional);
                Compare(problems, name, "word", english.Words.Keys, file.Words.Keys, regional);
                Compare(problems, name, "message", english.Messages.Keys, file.Messages.Keys, regional);
                foreach (var (key, variants) in file.Messages)
                    if (english.Messages.TryGetValue(key, out var englishVariants) && Details(variants) != Details(englishVariants))
                        problems.Add($"{name}: message '{key}' uses {{{Details(variants)}}}, English {{{Details(englishVariants)}}}");
            }
        }
        return problems;
    }

    private static void Compare(List<string> problems, string name, string kind, IEnumerable<string> english, IEnumerable<string> theirs, bool regional)
    {
        var expected = english.ToHashSet(StringComparer.Ordinal);
        var actual = theirs.ToHashSet(StringComparer.Ordinal);
        if (!regional)
            foreach (var key in expected.Where(k => !actual.Contains(k)).Order(StringComparer.Ordinal)) problems.Add($"{name}: lacks {kind} '{key}'");
        foreach (var key in actual.Where(k => !expected.Contains(k)).Order(StringComparer.Ordinal)) problems.Add($"{name}: {kind} '{key}' is not in English");
    }

    // The placeholders of all variants of a message. {label}, {qlabel} and {role} all name the field or contact
    // ("Bitte ergänzen Sie: {label}" names the role through the label); {contactProperty} is {property} and {role} in one.
    private static string Details(string[] variants)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var variant in variants)
            foreach (var placeholder in Placeholders.Names(variant))
            {
                if (placeholder is "label" or "qlabel" or "role") names.Add("label");
                else if (placeholder == "contactProperty") { names.Add("property"); names.Add("label"); }
                else names.Add(placeholder);
            }
        return string.Join(",", names);
    }
}
