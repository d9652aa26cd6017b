using System.Runtime.CompilerServices;
using System.Text;
using TldToolkit.Tests.Shared;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Orders;
using TldToolkit.Text;
using TldToolkit.Validation;
using TldToolkit.Validation.Messages;

namespace TldToolkit.Runtime.Tests;

/// <summary>
/// Every message of the runtime, byte for byte: the raw catalogs (templates, words) of the four languages and the
/// developer catalog, every code rendered rich, bare and labelled, the formatting helpers, and every outcome key.
/// The snapshot was written from the class-per-language catalogs before they became data files, so a change of
/// mechanism cannot change a single message. After an intended wording change: TLDTOOLKIT_UPDATE_SNAPSHOTS=1.
/// </summary>
public class MessageSnapshotTests
{
    private static readonly string[] Languages = ["en", "de", "fr", "ar"];

    [Fact]
    public void Every_runtime_message_is_unchanged() =>
        Snapshot.Match(Path.Combine(Here(), "Snapshots", "runtime-messages.txt"), Dump());

    private static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static string Dump()
    {
        var w = new StringBuilder();
        foreach (var language in Languages)
            Catalog(w, "validation " + language, ErrorMessages.CatalogFor(language));
        Catalog(w, "developer", DeveloperCatalog());
        foreach (var language in Languages)
        {
            var outcomes = OutcomeCatalog.For(language);
            w.Append("# outcomes ").Append(language).Append('\n');
            foreach (var (key, value) in outcomes.Templates.OrderBy(p => p.Key, StringComparer.Ordinal)) w.Append(key).Append(" = ").Append(value).Append('\n');
            foreach (var (key, value) in outcomes.Words.OrderBy(p => p.Key, StringComparer.Ordinal)) w.Append("word ").Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var code in SampleErrors.AllCodes)
            foreach (var (kind, error) in new[] { ("rich", SampleErrors.Rich(code)), ("bare", SampleErrors.Bare(code)), ("labelled", SampleErrors.Labelled(code)) })
            {
                w.Append("## ").Append(code).Append(' ').Append(kind).Append('\n');
                w.Append("dev: ").Append(error.DeveloperMessage).Append('\n');
                foreach (var language in Languages.Concat(["de-CH", "FR_fr", "es", ""]))
                    w.Append(language).Append(": ").Append(error.Message(language)).Append('\n');
            }

        foreach (var language in Languages)
        {
            var c = ErrorMessages.CatalogFor(language);
            w.Append("# helpers ").Append(language).Append('\n');
            w.Append(c.Date(new DateOnly(2027, 3, 1))).Append(" | ").Append(c.Date(new DateOnly(2027, 3, 2))).Append('\n');
            foreach (var days in new[] { 1, 9, 61, 400 })
                w.Append(c.Relative(SampleErrors.Today.AddDays(days), SampleErrors.Today)).Append('\n');
            w.Append(c.YearList([1, 2, 5])).Append(" | ").Append(c.YearList([1, 2, 3, 4])).Append(" | ").Append(c.YearList([2])).Append(" | ").Append(c.YearList([1, 2])).Append('\n');
            w.Append(c.OrList(["a", "b", "c"])).Append(" | ").Append(c.OrList(["a", "b"])).Append(" | ").Append(c.Quote("x")).Append(" | ").Append(c.Number(-3)).Append('\n');
            foreach (var noun in new[] { "character", "nameserver", "day", "year", "line" })
                w.Append(string.Join(" | ", new[] { 0, 1, 2, 3, 11, 100, 101 }.Select(n => c.Count(noun, n)))).Append('\n');
        }

        var label = SampleErrors.LegalType;
        foreach (var key in typeof(OutcomeKeys).GetFields().Select(f => (string)f.GetRawConstantValue()!))
        {
            var full = new OutcomeText(key, "exämple.ca") { Label = label, Role = ContactRole.Tech, Property = "email", Reason = "busy", Description = "Object exists", Count = 3 };
            var other = new OutcomeText(key, "b.de") { Role = null, Property = "details", Count = 1 };
            w.Append("## outcome ").Append(key).Append('\n');
            foreach (var language in Languages.Concat(["de-AT", "es"]))
                w.Append(language).Append(": ").Append(full.Render(language)).Append(" | ").Append(other.Render(language)).Append('\n');
            w.Append("log: ").Append(full.RenderForLog()).Append('\n');
        }
        return w.ToString();
    }

    private static MessageCatalog DeveloperCatalog() => MessageCatalog.Developer;

    private static void Catalog(StringBuilder w, string title, MessageCatalog catalog)
    {
        w.Append("# ").Append(title).Append(' ').Append(catalog.Language).Append(' ').Append(catalog.Culture.Name).Append(' ').Append(catalog.RightToLeft).Append('\n');
        foreach (var (key, variants) in catalog.Templates.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var variant in variants) w.Append(key).Append(" = ").Append(variant).Append('\n');
        foreach (var (key, word) in catalog.Words.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Append("word ").Append(key).Append(" = ").Append(word).Append('\n');
    }
}
