namespace TldToolkit.Generator.Model;

// Equatable models of one TLD definition file. They hold only strings, numbers, bools and
// EquatableArrays: no symbols, syntax, compilations or JSON trees, so the pipeline caches them.

/// <summary>One TLD file, fully read and checked.</summary>
internal sealed record TldModel(
    string Tld,
    string UnicodeTld,
    string ClassName,
    EquatableArray<string> Aliases,
    string Kind,
    string RegistryOperator,
    string? DisplayName,
    EquatableArray<SourceModel> Sources,
    TermsModel Terms,
    RenewalModel Renewal,
    TransferModel Transfer,
    AddOnsModel AddOns,
    LabelsModel Labels,
    NameserversModel Nameservers,
    ContactsModel Contacts,
    LifecycleModel Lifecycle,
    EquatableArray<FieldModel> Fields,
    CoverageLevel Coverage,
    string? ClosedReason,
    EquatableArray<FactModel> Facts,
    EquatableArray<DatedRulesModel> Changes,
    string? Template);

/// <summary>
/// The rules and fields every TLD file with the same <c>extends</c> and no facts of its own shares: emitted once
/// (<c>TldProfileTemplates</c>), so such a file's code holds its identity only.
/// </summary>
internal sealed record TemplateModel(
    string Name,
    DatedRulesModel Rules,
    EquatableArray<DatedRulesModel> Changes,
    EquatableArray<FieldModel> Fields);

/// <summary>
/// Where one fact comes from: its path (<c>transfer.authCodeRequired</c>, <c>fields.legalType</c>), the
/// profile that stated it (null: the TLD file itself) and the source ids it cites, comma separated.
/// </summary>
internal sealed record FactModel(string Path, string? Profile, string Source);

/// <summary>The sections in force from <see cref="Effective"/> on (a profile's dated change), with their facts' origins.</summary>
internal sealed record DatedRulesModel(
    string Effective,
    TermsModel Terms,
    RenewalModel Renewal,
    TransferModel Transfer,
    AddOnsModel AddOns,
    LabelsModel Labels,
    NameserversModel Nameservers,
    ContactsModel Contacts,
    LifecycleModel Lifecycle,
    EquatableArray<FactModel> Facts);

internal sealed record SourceModel(string Id, string Title, string? Url, string? Document, string Checked);

internal sealed record TermsModel(
    EquatableArray<int> Register,
    EquatableArray<int> Renew,
    EquatableArray<int> Transfer,
    bool TransferAddsYear,
    EquatableArray<int> Restore);

internal sealed record RenewalModel(bool Explicit, int? WindowDaysBeforeExpiry, int MaxHorizonYears);

internal sealed record TransferModel(
    bool Supported,
    bool AuthCodeRequired,
    string? AuthCodePattern,
    int? LockDaysAfterRegistration,
    int? LockDaysAfterTransfer,
    bool AdditionalFieldsApply);

internal sealed record AddOnsModel(bool IdProtection, bool RegistrarLock, bool Dnssec, bool FreePrivacyForIndividuals, bool TrusteeService);

internal sealed record LabelsModel(int MinLength, int MaxLength, IdnModel Idn);

internal sealed record IdnModel(
    bool Supported,
    string Mode,
    EquatableArray<string> Scripts,
    string? LanguageTable,
    EquatableArray<RangeModel> Ranges,
    bool LanguageTagRequired,
    bool MixedScriptsAllowed);

internal sealed record RangeModel(int First, int Last);

internal sealed record NameserversModel(int Min, int Max);

internal sealed record ContactsModel(
    EquatableArray<string> RequiredRoles,
    EquatableArray<string> RegistrantTypes,
    EquatableArray<string> RegistrantCountries,
    EquatableArray<ContactFormatModel> Formats);

internal sealed record ContactFormatModel(
    string Property,
    EquatableArray<string> Roles,
    bool Required,
    ConditionModel? RequiredWhen,
    string? Pattern,
    int? MaxLength,
    string? Validator);

internal sealed record LifecycleModel(int? AddGracePeriodDays, int? AutoRenewGracePeriodDays, int? RedemptionPeriodDays, int? PendingDeleteDays, bool AsyncRegistration);

internal sealed record TextModel(string En, string? De, string? Fr, string? Ar);

internal sealed record OptionModel(string Value, string RegistryValue, TextModel Label, string MemberName);

internal sealed record FieldModel(
    string Name,
    string PropertyName,
    string? RegistryName,
    FieldKind Type,
    string? Display,
    TextModel Label,
    TextModel? Description,
    EquatableArray<OptionModel> Options,
    bool Required,
    ConditionModel? RequiredWhen,
    bool MustBeChecked,
    ConditionModel? MustBeCheckedWhen,
    string? CheckedValue,
    string? UncheckedValue,
    string? Pattern,
    int? MinLength,
    int? MaxLength,
    string? Validator,
    string? Default,
    string? Prefill,
    string? PrefillCustomField,
    EquatableArray<string> Operations);

/// <summary>How well a TLD's rules are known: the file's <c>coverage</c> (Schema.Coverages, in this order).</summary>
internal enum CoverageLevel
{
    Verified,
    Baseline,
    Unverified,
    Closed,
}

/// <summary>What a field holds: the file's field <c>type</c> (Schema.FieldTypes, in this order).</summary>
internal enum FieldKind
{
    Text,
    Select,
    Checkbox,
    Display,
}

/// <summary>The words TLD files use for the model's enums, both ways (<c>"select"</c> ↔ <see cref="FieldKind.Select"/>).</summary>
internal static class ModelWords
{
    public static string Word(this CoverageLevel coverage) => Parsing.Schema.Coverages[(int)coverage];

    public static string Word(this FieldKind kind) => Parsing.Schema.FieldTypes[(int)kind];

    /// <summary>The coverage a checked word names (the reader has already refused any other word).</summary>
    public static CoverageLevel Coverage(string word) => (CoverageLevel)System.Array.IndexOf(Parsing.Schema.Coverages, word);

    /// <summary>The field kind a checked word names (the reader has already refused any other word).</summary>
    public static FieldKind FieldKind(string word) => (FieldKind)System.Array.IndexOf(Parsing.Schema.FieldTypes, word);
}

/// <summary>Kinds of condition nodes.</summary>
internal enum ConditionKind
{
    FieldIn,
    FieldNotIn,
    FieldChecked,
    RegistrantType,
    RegistrantCountryIn,
    RegistrantCountryNotIn,
    AllOf,
    AnyOf,
    Not,
}

/// <summary>A condition tree; <see cref="Values"/> holds option values, countries or the registrant type.</summary>
internal sealed record ConditionModel(
    ConditionKind Kind,
    string? Field,
    EquatableArray<string> Values,
    bool Checked,
    EquatableArray<ConditionModel> Children);
