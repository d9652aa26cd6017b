using TldToolkit.Rules;

namespace TldToolkit.Idn.Tests.Domains;

/// <summary>Builds TldRules for tests: only the label and IDN parts matter here.</summary>
internal static class TestRules
{
    public static TldRules For(string tld, IdnRules? idn = null, int minLength = 1, int maxLength = 63, string? unicodeTld = null, IReadOnlyList<string>? aliases = null) => new()
    {
        Tld = tld,
        UnicodeTld = unicodeTld ?? tld,
        Aliases = aliases ?? [],
        Terms = new TermRules { Register = [1], Renew = [1] },
        Renewal = new RenewalRules(),
        Transfer = new TransferRules(),
        AddOns = new AddOnRules(),
        Labels = new LabelRules { MinLength = minLength, MaxLength = maxLength, Idn = idn ?? IdnRules.None },
        Nameservers = new NameserverRules(),
        Contacts = new ContactRules(),
        Lifecycle = new LifecycleRules(),
    };

    public static IdnRules Idn(IdnMode mode = IdnMode.Uts46Nontransitional, string? table = null, IReadOnlyList<string>? scripts = null,
        IReadOnlyList<CodePointRange>? ranges = null, bool mixedScripts = true, bool languageTag = false) => new()
    {
        Supported = true,
        Mode = mode,
        LanguageTable = table,
        Scripts = scripts ?? [],
        Ranges = ranges ?? [],
        MixedScriptsAllowed = mixedScripts,
        LanguageTagRequired = languageTag,
    };
}
