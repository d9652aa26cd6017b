using TldToolkit.Localization;

namespace TldToolkit.Runtime.Tests;

/// <summary>The runtime's message files: each language has English's keys, settings and placeholders.</summary>
public class MessageFileTests
{
    private static IEnumerable<MessageFile> Shipped => MessageFiles.All.Where(f => f.Area is "language" or "validation" or "developer" or "outcomes" && f.Culture is "en" or "de" or "fr" or "ar");

    [Fact]
    public void Every_language_file_has_the_keys_settings_and_placeholders_of_English() =>
        Assert.Empty(MessageFileCheck.Problems(Shipped));

    [Fact]
    public void The_four_languages_have_each_area()
    {
        foreach (var area in new[] { "language", "validation", "outcomes" })
            Assert.Equal(["en", "de", "fr", "ar"], MessageFiles.Cultures(area).Where(c => c is "en" or "de" or "fr" or "ar"));
    }

    [Fact]
    public void The_check_finds_a_missing_key_a_stray_setting_and_a_changed_placeholder()
    {
        var english = new MessageFile("area", "en", new Dictionary<string, string> { ["quoteOpen"] = "“" }, null,
            new Dictionary<string, string[]> { ["a"] = ["{value} is wrong.", "It is wrong."], ["b"] = ["Fine."] });
        var dutch = new MessageFile("area", "nl", new Dictionary<string, string> { ["quoteOpen"] = "‘", ["extra"] = "1" }, null,
            new Dictionary<string, string[]> { ["a"] = ["{label} is fout."] });
        var austrian = new MessageFile("area", "de-AT", new Dictionary<string, string>(), null, new Dictionary<string, string[]> { ["b"] = ["Passt."] });
        Assert.Equal(
            ["area.nl: setting 'extra' is not in English", "area.nl: lacks message 'b'", "area.nl: message 'a' uses {label}, English {value}"],
            MessageFileCheck.Problems([english, dutch, austrian]));
    }
}
