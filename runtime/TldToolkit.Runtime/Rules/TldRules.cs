using TldToolkit.Orders;

namespace TldToolkit.Rules;

/// <summary>The kind of TLD.</summary>
public enum TldKind
{
    /// <summary>Generic TLD.</summary>
    Generic,
    /// <summary>Country-code TLD, or a zone below one.</summary>
    CountryCode,
    /// <summary>Sponsored TLD with an eligibility community.</summary>
    Sponsored,
    /// <summary>.brand TLD.</summary>
    Brand,
}

/// <summary>How well a TLD's rules are known (the file's <c>coverage</c>).</summary>
public enum TldCoverage
{
    /// <summary>Its own rules were researched; every fact is sourced.</summary>
    Verified,
    /// <summary>Only what its profiles state is known: results carry an operator warning.</summary>
    Baseline,
    /// <summary>The TLD exists; nothing beyond name syntax and IDNA is known: results carry an operator warning.</summary>
    Unverified,
    /// <summary>Not open to the public (brand TLD, .arpa, a restricted zone): every order is refused.</summary>
    Closed,
}

/// <summary>How a typed name becomes an A-label for a TLD.</summary>
public enum IdnMode
{
    /// <summary>UTS #46 nontransitional: ß stays ß (fußball.de → xn--fuball-cta.de).</summary>
    Uts46Nontransitional,
    /// <summary>UTS #46 transitional: ß maps to ss.</summary>
    Uts46Transitional,
    /// <summary>IDNA2008 without mapping: the input must already be a valid U-label.</summary>
    Idna2008Strict,
}

/// <summary>
/// Every rule of one TLD as compile-time data. The generator emits one instance per TLD file;
/// nothing is read from JSON at run time.
/// </summary>
public sealed class TldRules
{
    /// <summary>The TLD in ASCII (A-label) form, without dot: "ca", "com.au", "xn--p1ai".</summary>
    public required string Tld { get; init; }
    /// <summary>The TLD in Unicode form (same as <see cref="Tld"/> for ASCII TLDs).</summary>
    public required string UnicodeTld { get; init; }
    /// <summary>TLDs sharing this definition, ASCII form.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Kind of TLD.</summary>
    public TldKind Kind { get; init; }
    /// <summary>Registry operator.</summary>
    public string RegistryOperator { get; init; } = "";
    /// <summary>Display name, if any.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Periods per operation.</summary>
    public required TermRules Terms { get; init; }
    /// <summary>Renewal rules.</summary>
    public required RenewalRules Renewal { get; init; }
    /// <summary>Transfer rules.</summary>
    public required TransferRules Transfer { get; init; }
    /// <summary>Add-on rules.</summary>
    public required AddOnRules AddOns { get; init; }
    /// <summary>Label syntax and IDN.</summary>
    public required LabelRules Labels { get; init; }
    /// <summary>Nameserver count.</summary>
    public required NameserverRules Nameservers { get; init; }
    /// <summary>Contact rules.</summary>
    public required ContactRules Contacts { get; init; }
    /// <summary>Lifecycle periods.</summary>
    public required LifecycleRules Lifecycle { get; init; }
    /// <summary>The sources the rules come from (the TLD file's own; a fact from a profile names its profile in <see cref="Facts"/>).</summary>
    public IReadOnlyList<RuleSource> Sources { get; init; } = [];
    /// <summary>How well the rules are known.</summary>
    public TldCoverage Coverage { get; init; }
    /// <summary>Why the TLD is closed (brand, restricted, infrastructure, notOpen); null unless <see cref="Coverage"/> is Closed.</summary>
    public string? ClosedReason { get; init; }
    /// <summary>
    /// Where each stated fact comes from (one entry per fact: <c>transfer.authCodeRequired</c>, <c>fields.legalType</c>).
    /// A fact not listed is stated nowhere: unknown, and not enforced.
    /// </summary>
    public IReadOnlyList<RuleFact> Facts { get; init; } = [];
    /// <summary>Rules in force from a later date (a profile's dated change), ascending by date.</summary>
    public IReadOnlyList<DatedRules> Changes { get; init; } = [];

    /// <summary>The rules in force on <paramref name="day"/>: the latest change effective by then, or these.</summary>
    public TldRules On(DateOnly day)
    {
        var result = this;
        var changes = Changes;
        for (int i = 0; i < changes.Count; i++)
            if (changes[i].Effective <= day) result = changes[i].Rules;
        return result;
    }

    /// <summary>The origin of the fact at <paramref name="path"/>, or null when no file or profile states it.</summary>
    public RuleFact? Fact(string path)
    {
        foreach (var fact in Facts)
            if (string.Equals(fact.Path, path, StringComparison.Ordinal)) return fact;
        return null;
    }

    /// <summary>
    /// True when the fact <paramref name="pathOrSection"/>, or some fact of that section (<c>terms</c>, <c>transfer</c> …),
    /// is stated. Verified rules without any origins (built by hand, not generated) count as stating every fact.
    /// </summary>
    public bool Knows(string pathOrSection)
    {
        if (Facts.Count == 0 && Coverage == TldCoverage.Verified) return true;
        foreach (var fact in Facts)
            if (fact.Path.StartsWith(pathOrSection, StringComparison.Ordinal)
                && (fact.Path.Length == pathOrSection.Length || fact.Path[pathOrSection.Length] == '.'))
                return true;
        return false;
    }
}

/// <summary>
/// Where one fact comes from: its path, the profile that states it (null: the TLD file itself) and the ids of
/// the sources it cites, comma separated (ids of the TLD file's sources, or of the profile's).
/// </summary>
public sealed record RuleFact(string Path, string? Profile, string Source);

/// <summary>The whole rules of a TLD in force from <paramref name="Effective"/> on (UTC day).</summary>
public sealed record DatedRules(DateOnly Effective, TldRules Rules);

/// <summary>A document a rule comes from.</summary>
public sealed record RuleSource(string Id, string Title, string? Url, string? Document, string Checked);

/// <summary>Allowed periods in years per operation.</summary>
public sealed class TermRules
{
    /// <summary>Registration periods, ascending.</summary>
    public required IReadOnlyList<int> Register { get; init; }
    /// <summary>Renewal periods, ascending.</summary>
    public required IReadOnlyList<int> Renew { get; init; }
    /// <summary>Transfer periods; empty when the TLD has no transfer term (transfer not supported).</summary>
    public IReadOnlyList<int> Transfer { get; init; } = [];
    /// <summary>A completed transfer extends the expiry date.</summary>
    public bool TransferAddsYear { get; init; }
    /// <summary>Restore periods; empty when not specified.</summary>
    public IReadOnlyList<int> Restore { get; init; } = [];

    /// <summary>The allowed periods for <paramref name="operation"/> (owner changes carry no period: empty).</summary>
    public IReadOnlyList<int> For(DomainOperation operation) => operation switch
    {
        DomainOperation.Register => Register,
        DomainOperation.Renew => Renew,
        DomainOperation.Transfer => Transfer,
        _ => [],
    };
}

/// <summary>Renewal rules.</summary>
public sealed class RenewalRules
{
    /// <summary>The registry accepts explicit renewals (RenewDomain); false when it renews automatically at expiry and the registrar pays the renewal (PayDomainRenewal).</summary>
    public bool Explicit { get; init; } = true;
    /// <summary>Renewal accepted only from this many days before expiry; null when at any time.</summary>
    public int? WindowDaysBeforeExpiry { get; init; }
    /// <summary>Maximum years between today and the new expiry date.</summary>
    public int MaxHorizonYears { get; init; } = 10;
}

/// <summary>Transfer rules.</summary>
public sealed class TransferRules
{
    /// <summary>Registrar transfers exist for the TLD.</summary>
    public bool Supported { get; init; } = true;
    /// <summary>A transfer must carry the auth code.</summary>
    public bool AuthCodeRequired { get; init; }
    /// <summary>Pattern of a valid auth code, if the registry constrains it.</summary>
    public string? AuthCodePattern { get; init; }
    /// <summary>Days after registration during which no transfer is possible.</summary>
    public int? LockDaysAfterRegistration { get; init; }
    /// <summary>Days after a transfer during which no further transfer is possible.</summary>
    public int? LockDaysAfterTransfer { get; init; }
    /// <summary>Fields marked for transfer are sent with a transfer.</summary>
    public bool AdditionalFieldsApply { get; init; }

    private System.Text.RegularExpressions.Regex? _authCodeRegex;

    /// <summary>The compiled <see cref="AuthCodePattern"/> (whole value), built on first use.</summary>
    internal System.Text.RegularExpressions.Regex? AuthCodeRegex =>
        AuthCodePattern is null ? null : _authCodeRegex ??= Validation.Patterns.Create(Validation.Patterns.Whole(AuthCodePattern));
}

/// <summary>Add-ons.</summary>
public sealed class AddOnRules
{
    /// <summary>ID protection can be ordered.</summary>
    public bool IdProtection { get; init; }
    /// <summary>Registrar lock can be set.</summary>
    public bool RegistrarLock { get; init; }
    /// <summary>DNSSEC is supported.</summary>
    public bool Dnssec { get; init; }
    /// <summary>The registry hides individuals' data for free.</summary>
    public bool FreePrivacyForIndividuals { get; init; }
    /// <summary>A trustee / local presence service exists.</summary>
    public bool TrusteeService { get; init; }
}

/// <summary>Label syntax of the registrable label.</summary>
public sealed class LabelRules
{
    /// <summary>Minimum length in octets of the A-label.</summary>
    public int MinLength { get; init; } = 1;
    /// <summary>Maximum length in octets of the A-label.</summary>
    public int MaxLength { get; init; } = 63;
    /// <summary>IDN rules.</summary>
    public IdnRules Idn { get; init; } = IdnRules.None;
}

/// <summary>IDN rules of a TLD.</summary>
public sealed class IdnRules
{
    /// <summary>No IDN registrations.</summary>
    public static IdnRules None { get; } = new() { Supported = false };

    /// <summary>IDNs can be registered.</summary>
    public bool Supported { get; init; }
    /// <summary>Processing mode.</summary>
    public IdnMode Mode { get; init; } = IdnMode.Uts46Nontransitional;
    /// <summary>Allowed ISO 15924 scripts; empty when not restricted by script.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
    /// <summary>Named language table ("de", "pl", "latin", ...), or null.</summary>
    public string? LanguageTable { get; init; }
    /// <summary>Allowed code point ranges (inclusive pairs) besides LDH, sorted, non-overlapping.</summary>
    public IReadOnlyList<CodePointRange> Ranges { get; init; } = [];
    /// <summary>The order must name the IDN language.</summary>
    public bool LanguageTagRequired { get; init; }
    /// <summary>A label may mix scripts.</summary>
    public bool MixedScriptsAllowed { get; init; } = true;
}

/// <summary>An inclusive range of code points.</summary>
public readonly record struct CodePointRange(int First, int Last)
{
    /// <summary>True when <paramref name="codePoint"/> lies in the range.</summary>
    public bool Contains(int codePoint) => codePoint >= First && codePoint <= Last;
}

/// <summary>Nameserver count.</summary>
public sealed class NameserverRules
{
    /// <summary>Minimum number.</summary>
    public int Min { get; init; }
    /// <summary>Maximum number.</summary>
    public int Max { get; init; } = 13;
}

/// <summary>Contact rules.</summary>
public sealed class ContactRules
{
    /// <summary>Roles every registration must carry.</summary>
    public IReadOnlyList<ContactRole> RequiredRoles { get; init; } = [ContactRole.Registrant];
    /// <summary>Allowed registrant types.</summary>
    public IReadOnlyList<RegistrantType> RegistrantTypes { get; init; } = [RegistrantType.Individual, RegistrantType.Organization];
    /// <summary>Allowed registrant countries; empty when any.</summary>
    public IReadOnlyList<string> RegistrantCountries { get; init; } = [];
    /// <summary>Stricter formats for contact properties.</summary>
    public IReadOnlyList<ContactFormatRule> Formats { get; init; } = [];
}

/// <summary>A contact property a registry is strict about.</summary>
public sealed class ContactFormatRule
{
    /// <summary>The property (camelCase name as in TLD data: fax, vatId, ...).</summary>
    public required string Property { get; init; }
    /// <summary>Roles it applies to; empty for all.</summary>
    public IReadOnlyList<ContactRole> Roles { get; init; } = [];
    /// <summary>The property must be present.</summary>
    public bool Required { get; init; }
    /// <summary>Required only when this holds.</summary>
    public Fields.FieldCondition? RequiredWhen { get; init; }
    /// <summary>Pattern the value must match.</summary>
    public string? Pattern { get; init; }
    /// <summary>Maximum length.</summary>
    public int? MaxLength { get; init; }
    /// <summary>Named check-digit validator.</summary>
    public string? Validator { get; init; }

    private System.Text.RegularExpressions.Regex? _pattern;
    private Func<string, bool>? _validator;

    internal System.Text.RegularExpressions.Regex? PatternRegex =>
        Pattern is null ? null : _pattern ??= Validation.Patterns.Create(Validation.Patterns.Whole(Pattern));

    internal Func<string, bool>? ValidatorFunction =>
        Validator is null ? null : _validator ??= Validation.CheckDigitValidators.ByName.GetValueOrDefault(Validator);
}

/// <summary>Lifecycle periods.</summary>
public sealed class LifecycleRules
{
    /// <summary>Add grace period in days.</summary>
    public int? AddGracePeriodDays { get; init; }
    /// <summary>Renewal grace period after expiry in days.</summary>
    public int? AutoRenewGracePeriodDays { get; init; }
    /// <summary>Redemption period in days.</summary>
    public int? RedemptionPeriodDays { get; init; }
    /// <summary>Pending delete in days.</summary>
    public int? PendingDeleteDays { get; init; }
    /// <summary>Registrations stay pending until the registry confirms.</summary>
    public bool AsyncRegistration { get; init; }
}
