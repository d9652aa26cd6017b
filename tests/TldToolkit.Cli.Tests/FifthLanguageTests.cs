using TldToolkit.BuiltIn;
using TldToolkit.Cli.Output;
using TldToolkit.Localization;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// Issue 12: the tool speaks a fifth language once its message files exist (here Dutch, embedded in this test
/// assembly): --lang accepts it, its words and the runtime's messages appear, what it lacks is English.
/// </summary>
public class FifthLanguageTests
{
    static FifthLanguageTests() => MessageFiles.Include(typeof(FifthLanguageTests).Assembly);

    [Fact]
    public void Validate_speaks_the_new_language()
    {
        var result = Tool.InProcess(Tlds.Catalog, """[{"operation":"register","domain":"voorbeeld.invalid","years":1}]""", "validate", "-", "--lang", "nl");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "-[0] voorbeeld.invalid (registratie): ongeldig, 1 probleem\n" +
            "  - domain: Domeinnamen zoals ‘voorbeeld.invalid’ bieden wij niet aan. [tld-not-supported]\n" +
            "1 opdracht: 0 geldig, 1 ongeldig\n",
            result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Words_the_new_language_lacks_are_English_and_the_language_is_listed_last()
    {
        Assert.Equal("valid", Loc.T("nl", "valid"));
        Assert.Equal("ongeldig", Loc.T("nl-BE", "invalid"));
        Assert.Equal("a, b en c", Loc.List("nl", ["a", "b", "c"]));
        Assert.False(Direction.IsRightToLeft("nl"));
        Assert.Equal(["en", "de", "fr", "ar", "nl"], Loc.Languages);
    }

    [Fact]
    public void The_tools_message_files_have_the_keys_settings_and_placeholders_of_English()
    {
        Assert.Equal(["en", "de", "fr", "ar"], Loc.Languages.Take(4)); // and Loc has included the tool's files
        var shipped = MessageFiles.All.Where(f => f.Area == "cli" && f.Culture is "en" or "de" or "fr" or "ar").ToList();
        Assert.Equal(4, shipped.Count);
        Assert.Empty(MessageFileCheck.Problems(shipped));
    }
}
