using System.Runtime.CompilerServices;
using System.Text;
using TldToolkit.Cli.Explain;
using TldToolkit.Cli.Output;
using TldToolkit.Orders;
using TldToolkit.Tests.Shared;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// Every word of the tool in the four languages, byte for byte: raw, filled with counts (plural categories) and with
/// text, lists, periods and the reading direction. Written from the in-code tables before they became data files.
/// After an intended wording change: TLDTOOLKIT_UPDATE_SNAPSHOTS=1.
/// </summary>
public class LocSnapshotTests
{
    private static readonly string[] Languages = ["en", "de", "fr", "ar"];

    [Fact]
    public void Every_word_of_the_tool_is_unchanged() =>
        Snapshot.Match(Path.Combine(Here(), "Snapshots", "cli-messages.txt"), Dump());

    // The words Loc.Submit serves (submit and sync).
    private static bool SubmitKey(string key) => key.StartsWith("outcome.", StringComparison.Ordinal) || key.StartsWith("submit.", StringComparison.Ordinal) || key.StartsWith("sync.", StringComparison.Ordinal);

    private static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static string Dump()
    {
        var w = new StringBuilder();
        foreach (var key in Loc.AllKeys.Order(StringComparer.Ordinal))
        {
            w.Append("## ").Append(key).Append('\n');
            foreach (var language in Languages)
            {
                w.Append(language).Append(": ").Append(Loc.Raw(language, key)).Append('\n');
                foreach (var args in new object?[][] { [1, 1, 1], [2, 0, 11], [101, 3, 7], ["a.ca", "2 to 13", null] })
                    w.Append("  ").Append(Loc.F(language, key, args)).Append(" | ").Append(SubmitKey(key) ? Loc.Submit(language, key, args) : "").Append('\n');
            }
        }
        foreach (var language in Languages.Concat(["xx"]))
        {
            var words = new Words(null!, language);
            w.Append("# ").Append(language).Append(' ').Append(Loc.Culture(language).Name).Append(' ').Append(Direction.IsRightToLeft(language)).Append('\n');
            w.Append(Loc.List(language, ["a", "b", "c"])).Append(" | ").Append(Loc.List(language, ["a", "b"], or: true)).Append(" | ").Append(Loc.List(language, ["a"])).Append('\n');
            w.Append(words.Periods([1, 2, 5])).Append(" | ").Append(words.Periods([1, 2, 3, 4, 5])).Append(" | ").Append(words.Periods([3])).Append(" | ").Append(words.Periods([1, 10])).Append('\n');
            w.Append(words.Days(61)).Append(" | ").Append(words.Months(61)).Append(" | ").Append(words.Months(20)).Append(" | ").Append(words.Years(2)).Append('\n');
            w.Append(words.Operations(FieldOperations.Register | FieldOperations.Transfer | FieldOperations.OwnerChange | FieldOperations.Update)).Append('\n');
            w.Append(words.Country("ca")).Append('\n');
        }
        // The four shipped languages in their listed order (a test adds a fifth after them).
        w.Append(string.Join(",", Loc.Languages.Take(4))).Append('\n');
        return w.ToString();
    }
}
