using TldToolkit.Catalog;
using TldToolkit.Cli.Check;
using TldToolkit.Cli.Output;
using TldToolkit.Idn;

namespace TldToolkit.Cli.Sync;

/// <summary>
/// The domains named on the sync command line, sorted before anything is sent: those whose TLD the
/// catalog lacks (the client would call that "the registrar does not offer"), those the sandbox's books
/// have never seen (the registrar would not find them and sync would call them cancelled), and the rest.
/// </summary>
internal static class NamedDomains
{
    /// <summary>A named domain: its A-label (the key of the books and what is sent) and, when it is not sent, why.</summary>
    public sealed record Named(string Typed, string ALabel, string? Status, string? Message);

    public const string UnknownTld = "unknown-tld";
    public const string Unknown = "unknown";

    public static IReadOnlyList<Named> Sort(IEnumerable<string> typed, TldCatalog catalog, IReadOnlyDictionary<string, Client.Sync.LocalDomainState>? books,
        string language)
    {
        var result = new List<Named>();
        foreach (var name in typed)
        {
            var normalized = Domains.TypedName.Normalize(name);
            var ascii = Idna.ToAscii(normalized, default);
            var aLabel = (ascii.Succeeded ? ascii.Value : normalized).ToLowerInvariant();
            if (catalog.FindForName(normalized) is null)
                result.Add(new(name, aLabel, UnknownTld, Loc.F(language, "check.unknownTld", Shown.Of(name), catalog.All.Count)));
            else if (books is not null && !books.ContainsKey(aLabel))
                result.Add(new(name, aLabel, Unknown, Loc.Submit(language, "sync.unknownDomain", Shown.Of(ULabel(aLabel)))));
            else
                result.Add(new(name, aLabel, null, null));
        }
        return result;
    }

    /// <summary>The domain as submit printed it: U-labels (the A-label when it does not decode).</summary>
    public static string ULabel(string domain)
    {
        var unicode = Idna.ToUnicode(domain, default);
        return unicode.Succeeded ? unicode.Value : domain;
    }
}
