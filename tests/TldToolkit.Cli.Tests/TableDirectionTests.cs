using Spectre.Console;
using TldToolkit.Cli.Validate;

namespace TldToolkit.Cli.Tests;

/// <summary>Issue 16: in Arabic the result table reads from the right: the "#" column stands last on the line.</summary>
public class TableDirectionTests
{
    private static string Render(string language)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = 120;
        var sink = new TableResultSink(console, language);
        sink.Write(new OrderResult("in.json", 0, null, "maple.ca", "register", [new ResultError("c", "domain", "m")]));
        sink.End(new Tally { Orders = 1 });
        return output.ToString();
    }

    [Fact]
    public void Arabic_columns_run_from_right_to_left_and_English_from_left_to_right()
    {
        var arabic = Render("ar").Split('\n').First(l => l.Contains("النطاق", StringComparison.Ordinal));
        Assert.True(arabic.IndexOf("المشكلات", StringComparison.Ordinal) < arabic.IndexOf("النطاق", StringComparison.Ordinal), arabic);
        Assert.True(arabic.IndexOf("النطاق", StringComparison.Ordinal) < arabic.LastIndexOf('#'), arabic);

        var english = Render("en").Split('\n').First(l => l.Contains("Domain", StringComparison.Ordinal));
        Assert.True(english.IndexOf('#') < english.IndexOf("Domain", StringComparison.Ordinal), english);
        Assert.True(english.IndexOf("Domain", StringComparison.Ordinal) < english.IndexOf("Problems", StringComparison.Ordinal), english);
    }
}
