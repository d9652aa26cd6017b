using System.Text.Json;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;

namespace TldToolkit.Generated;

/// <summary>
/// Reads the compact JSON the generator writes for a TLD (generator/Emit/DataWriter.cs), once per TLD, on first use.
/// The format is the rules' own shape in camelCase: the identity (<c>tld</c>, <c>unicode</c>, <c>aliases</c>,
/// <c>kind</c>, <c>operator</c>, <c>display</c>, <c>coverage</c>, <c>closedReason</c>, <c>sources</c>), one object per
/// section (<c>terms</c>, <c>renewal</c>, <c>transfer</c>, <c>addOns</c>, <c>labels</c>, <c>nameservers</c>, <c>contacts</c>,
/// <c>lifecycle</c>), <c>facts</c> in a compact form (<see cref="ParseFacts"/>), <c>changes</c> (each with its
/// <c>effective</c> day, the sections that differ from the TLD's base rules, and its facts) and <c>fields</c>;
/// conditions in the TLD files' own words. A property that is absent has the runtime default: each default is
/// read from a default instance of its class, so it is stated in one place (the class; RuntimeDefaultsTests
/// hold the generator to the same values).
/// </summary>
internal static class TldDataReader
{
    /// <summary>The rules and fields of a TLD whose data states its own facts.</summary>
    public static (TldRules Rules, FieldDescriptor[] Fields) ReadTld(ReadOnlyMemory<byte> data, SourceTable? sources = null)
    {
        using var document = Parse(data);
        var root = document.RootElement;
        var identity = ReadIdentity(root, sources);
        var rules = ReadRules(root, identity, baseRules: null);
        return (WithChanges(rules, root, identity), ReadFields(root));
    }

    /// <summary>The sections, facts, changes and fields of a template (its identity left blank).</summary>
    public static (TldRules Rules, FieldDescriptor[] Fields) ReadTemplate(ReadOnlyMemory<byte> data)
    {
        using var document = Parse(data);
        var root = document.RootElement;
        var identity = new Identity("", "", [], TldKind.Generic, "", null, TldCoverage.Verified, null, []);
        var rules = ReadRules(root, identity, baseRules: null);
        return (WithChanges(rules, root, identity), ReadFields(root));
    }

    /// <summary>A TLD that states nothing of its own: the template's rules under the TLD's identity.</summary>
    public static TldRules ReadDerived(ReadOnlyMemory<byte> data, TldRules template, SourceTable? sources = null)
    {
        using var document = Parse(data);
        var i = ReadIdentity(document.RootElement, sources);
        return DeriveRules(template, i.Tld, i.UnicodeTld, i.Aliases, i.Kind, i.RegistryOperator, i.DisplayName, i.Coverage, i.ClosedReason, i.Sources);
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> data)
    {
        try
        {
            return JsonDocument.Parse(data);
        }
        catch (JsonException ex)
        {
            // Generated data the runtime cannot read means a generator and runtime of different versions.
            throw new InvalidOperationException("TLD data written by another version of the TldToolkit generator: " + ex.Message, ex);
        }
    }

    private sealed record Identity(string Tld, string UnicodeTld, string[] Aliases, TldKind Kind, string RegistryOperator,
        string? DisplayName, TldCoverage Coverage, string? ClosedReason, RuleSource[] Sources);

    /// <summary>The <c>template</c> a TLD's data names at its top level, or null; reads only as far as that property.</summary>
    public static string? TemplateName(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isTemplate = reader.ValueTextEquals("template"u8);
            reader.Read();
            if (isTemplate) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
        }
        return null;
    }

    /// <summary>A catalog's shared sources: a JSON array of sources.</summary>
    public static RuleSource[] ReadSources(ReadOnlyMemory<byte> data)
    {
        using var document = Parse(data);
        var list = document.RootElement;
        var result = new RuleSource[list.GetArrayLength()];
        int i = 0;
        foreach (var s in list.EnumerateArray()) result[i++] = Source(s);
        return result;
    }

    /// <summary>The identity; a source given as a number is that entry of the catalog's shared <paramref name="shared"/> sources.</summary>
    private static Identity ReadIdentity(JsonElement o, SourceTable? shared)
    {
        var tld = Str(o, "tld") ?? "";
        return new Identity(tld, Str(o, "unicode") ?? tld, Strings(o, "aliases"), EnumOr(o, "kind", TldKind.Generic),
            Str(o, "operator") ?? "", Str(o, "display"), EnumOr(o, "coverage", TldCoverage.Verified), Str(o, "closedReason"),
            Array(o, "sources", s => s.ValueKind == JsonValueKind.Number && shared is not null ? shared[s.GetInt32()] : Source(s)));
    }

    private static RuleSource Source(JsonElement s) =>
        new(Str(s, "id") ?? "", Str(s, "title") ?? "", Str(s, "url"), Str(s, "document"), Str(s, "checked") ?? "");

    /// <summary>The rules of <paramref name="o"/>; a section it leaves out is <paramref name="baseRules"/>' (a dated change) or the default.</summary>
    private static TldRules ReadRules(JsonElement o, Identity i, TldRules? baseRules) => new()
    {
        Tld = i.Tld,
        UnicodeTld = i.UnicodeTld,
        Aliases = i.Aliases,
        Kind = i.Kind,
        RegistryOperator = i.RegistryOperator,
        DisplayName = i.DisplayName,
        Coverage = i.Coverage,
        ClosedReason = i.ClosedReason,
        Sources = i.Sources,
        Terms = Section(o, "terms", ReadTerms) ?? baseRules?.Terms ?? new TermRules { Register = [], Renew = [] },
        Renewal = Section(o, "renewal", ReadRenewal) ?? baseRules?.Renewal ?? new RenewalRules(),
        Transfer = Section(o, "transfer", ReadTransfer) ?? baseRules?.Transfer ?? new TransferRules(),
        AddOns = Section(o, "addOns", ReadAddOns) ?? baseRules?.AddOns ?? new AddOnRules(),
        Labels = Section(o, "labels", ReadLabels) ?? baseRules?.Labels ?? new LabelRules(),
        Nameservers = Section(o, "nameservers", ReadNameservers) ?? baseRules?.Nameservers ?? new NameserverRules(),
        Contacts = Section(o, "contacts", ReadContacts) ?? baseRules?.Contacts ?? new ContactRules(),
        Lifecycle = Section(o, "lifecycle", ReadLifecycle) ?? baseRules?.Lifecycle ?? new LifecycleRules(),
        Facts = ParseFacts(Str(o, "facts") ?? ""),
    };

    /// <summary>The dated changes: each states the sections that differ from the TLD's base rules and its facts.</summary>
    private static TldRules WithChanges(TldRules rules, JsonElement root, Identity identity)
    {
        if (!root.TryGetProperty("changes", out var changes)) return rules;
        var dated = new List<DatedRules>();
        foreach (var change in changes.EnumerateArray())
        {
            var effective = DateOnly.ParseExact(Str(change, "effective") ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            dated.Add(new DatedRules(effective, ReadRules(change, identity, rules)));
        }
        return Copy(rules, dated);
    }

    private static TldRules Copy(TldRules r, IReadOnlyList<DatedRules> changes) => new()
    {
        Tld = r.Tld, UnicodeTld = r.UnicodeTld, Aliases = r.Aliases, Kind = r.Kind, RegistryOperator = r.RegistryOperator,
        DisplayName = r.DisplayName, Coverage = r.Coverage, ClosedReason = r.ClosedReason, Sources = r.Sources,
        Terms = r.Terms, Renewal = r.Renewal, Transfer = r.Transfer, AddOns = r.AddOns, Labels = r.Labels,
        Nameservers = r.Nameservers, Contacts = r.Contacts, Lifecycle = r.Lifecycle, Facts = r.Facts, Changes = changes,
    };

    private static readonly RenewalRules DefaultRenewal = new();
    private static readonly TransferRules DefaultTransfer = new();
    private static readonly LabelRules DefaultLabels = new();
    private static readonly IdnRules DefaultIdn = new();
    private static readonly NameserverRules DefaultNameservers = new();

    private static TermRules ReadTerms(JsonElement o) => new()
    {
        Register = Ints(o, "register"),
        Renew = Ints(o, "renew"),
        Transfer = Ints(o, "transfer"),
        TransferAddsYear = Bool(o, "transferAddsYear", false),
        Restore = Ints(o, "restore"),
    };

    private static RenewalRules ReadRenewal(JsonElement o) => new()
    {
        Explicit = Bool(o, "explicit", DefaultRenewal.Explicit),
        WindowDaysBeforeExpiry = NullableInt(o, "windowDaysBeforeExpiry"),
        MaxHorizonYears = Int(o, "maxHorizonYears", DefaultRenewal.MaxHorizonYears),
    };

    private static TransferRules ReadTransfer(JsonElement o) => new()
    {
        Supported = Bool(o, "supported", DefaultTransfer.Supported),
        AuthCodeRequired = Bool(o, "authCodeRequired", false),
        AuthCodePattern = Str(o, "authCodePattern"),
        LockDaysAfterRegistration = NullableInt(o, "lockDaysAfterRegistration"),
        LockDaysAfterTransfer = NullableInt(o, "lockDaysAfterTransfer"),
        AdditionalFieldsApply = Bool(o, "additionalFieldsApply", false),
    };

    private static AddOnRules ReadAddOns(JsonElement o) => new()
    {
        IdProtection = Bool(o, "idProtection", false),
        RegistrarLock = Bool(o, "registrarLock", false),
        Dnssec = Bool(o, "dnssec", false),
        FreePrivacyForIndividuals = Bool(o, "freePrivacyForIndividuals", false),
        TrusteeService = Bool(o, "trusteeService", false),
    };

    private static LabelRules ReadLabels(JsonElement o) => new()
    {
        MinLength = Int(o, "minLength", DefaultLabels.MinLength),
        MaxLength = Int(o, "maxLength", DefaultLabels.MaxLength),
        Idn = Section(o, "idn", ReadIdn) ?? DefaultLabels.Idn,
    };

    private static IdnRules ReadIdn(JsonElement o) => new()
    {
        Supported = Bool(o, "supported", DefaultIdn.Supported),
        Mode = EnumOr(o, "mode", DefaultIdn.Mode),
        Scripts = Strings(o, "scripts"),
        LanguageTable = Str(o, "languageTable"),
        Ranges = Array(o, "ranges", r => new CodePointRange(r[0].GetInt32(), r[1].GetInt32())),
        LanguageTagRequired = Bool(o, "languageTagRequired", false),
        MixedScriptsAllowed = Bool(o, "mixedScriptsAllowed", DefaultIdn.MixedScriptsAllowed),
    };

    private static NameserverRules ReadNameservers(JsonElement o) => new()
    {
        Min = Int(o, "min", DefaultNameservers.Min),
        Max = Int(o, "max", DefaultNameservers.Max),
    };

    private static ContactRules ReadContacts(JsonElement o) => new()
    {
        RequiredRoles = Array(o, "requiredRoles", e => Enum<ContactRole>(e)),
        RegistrantTypes = Array(o, "registrantTypes", e => Enum<RegistrantType>(e)),
        RegistrantCountries = Strings(o, "registrantCountries"),
        Formats = Array(o, "formats", f => new ContactFormatRule
        {
            Property = Str(f, "property") ?? "",
            Roles = Array(f, "roles", e => Enum<ContactRole>(e)),
            Required = Bool(f, "required", false),
            RequiredWhen = Condition(f, "requiredWhen"),
            Pattern = Str(f, "pattern"),
            MaxLength = NullableInt(f, "maxLength"),
            Validator = Str(f, "validator"),
        }),
    };

    private static LifecycleRules ReadLifecycle(JsonElement o) => new()
    {
        AddGracePeriodDays = NullableInt(o, "addGracePeriodDays"),
        AutoRenewGracePeriodDays = NullableInt(o, "autoRenewGracePeriodDays"),
        RedemptionPeriodDays = NullableInt(o, "redemptionPeriodDays"),
        PendingDeleteDays = NullableInt(o, "pendingDeleteDays"),
        AsyncRegistration = Bool(o, "asyncRegistration", false),
    };

    private static readonly FieldDescriptor DefaultField = new() { Name = "", Label = new LocalizedText("") };

    private static FieldDescriptor[] ReadFields(JsonElement root) => Array(root, "fields", f => new FieldDescriptor
    {
        Name = Str(f, "name") ?? "",
        RegistryName = Str(f, "registryName"),
        Type = EnumOr(f, "type", FieldType.Text),
        Display = EnumOr(f, "display", SelectDisplay.Dropdown),
        Label = Text(f.GetProperty("label")),
        Description = f.TryGetProperty("description", out var description) ? Text(description) : null,
        Options = Array(f, "options", op => new FieldOption(Str(op, "value") ?? "", Str(op, "registryValue") ?? Str(op, "value") ?? "", Text(op.GetProperty("label")))),
        Required = Bool(f, "required", false),
        RequiredWhen = Condition(f, "requiredWhen"),
        MustBeChecked = Bool(f, "mustBeChecked", false),
        MustBeCheckedWhen = Condition(f, "mustBeCheckedWhen"),
        CheckedValue = StrOr(f, "checkedValue", DefaultField.CheckedValue),
        UncheckedValue = StrOr(f, "uncheckedValue", DefaultField.UncheckedValue),
        Pattern = Str(f, "pattern"),
        MinLength = NullableInt(f, "minLength"),
        MaxLength = NullableInt(f, "maxLength"),
        Validator = Str(f, "validator"),
        Default = Str(f, "default"),
        Prefill = EnumOr(f, "prefill", PrefillSource.None),
        PrefillCustomField = Str(f, "prefillCustomField"),
        Operations = Operations(f),
    });

    private static FieldOperations Operations(JsonElement f)
    {
        var operations = FieldOperations.None;
        if (f.TryGetProperty("operations", out var list))
            foreach (var op in list.EnumerateArray()) operations |= Enum<FieldOperations>(op);
        return operations;
    }

    /// <summary>A text keyed by culture: <c>{"en": "…", "de": "…"}</c>, whatever the cultures (English is always there).</summary>
    private static LocalizedText Text(JsonElement o) =>
        new(o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)));

    private static FieldCondition? Condition(JsonElement o, string name) =>
        o.TryGetProperty(name, out var c) && c.ValueKind == JsonValueKind.Object ? Condition(c) : null;

    /// <summary>One node of a condition tree, in the TLD files' own words (<c>field</c>+<c>in</c>, <c>registrantType</c>, <c>allOf</c> …).</summary>
    private static FieldCondition Condition(JsonElement c)
    {
        if (c.TryGetProperty("field", out var field))
        {
            if (c.TryGetProperty("checked", out var isChecked)) return new FieldCheckedCondition(field.GetString() ?? "", isChecked.GetBoolean());
            bool negated = c.TryGetProperty("notIn", out _);
            return new FieldValueCondition(field.GetString() ?? "", Strings(c, negated ? "notIn" : "in"), negated);
        }
        if (c.TryGetProperty("registrantType", out var type)) return new RegistrantTypeCondition(Enum<RegistrantType>(type));
        if (c.TryGetProperty("countryIn", out _)) return new RegistrantCountryCondition(Strings(c, "countryIn"));
        if (c.TryGetProperty("countryNotIn", out _)) return new RegistrantCountryCondition(Strings(c, "countryNotIn"), true);
        if (c.TryGetProperty("allOf", out var all)) return new AllOfCondition(all.EnumerateArray().Select(Condition).ToArray());
        if (c.TryGetProperty("anyOf", out var any)) return new AnyOfCondition(any.EnumerateArray().Select(Condition).ToArray());
        if (c.TryGetProperty("not", out var not)) return new NotCondition(Condition(not));
        throw new InvalidOperationException("TLD data written by another version of the TldToolkit generator: unknown condition " + c.GetRawText());
    }

    /// <summary>
    /// The rules of a shared template of profile facts for one TLD: its identity and sources, the template's
    /// sections, facts and dated changes. A TLD that states no facts of its own reads so.
    /// </summary>
    private static TldRules DeriveRules(TldRules template, string tld, string unicodeTld, IReadOnlyList<string>? aliases, TldKind kind,
        string registryOperator, string? displayName, TldCoverage coverage, string? closedReason, IReadOnlyList<RuleSource>? sources)
    {
        var changes = template.Changes;
        var derived = new DatedRules[changes.Count];
        for (int i = 0; i < derived.Length; i++)
            derived[i] = new DatedRules(changes[i].Effective, DeriveRules(changes[i].Rules, tld, unicodeTld, aliases, kind, registryOperator, displayName, coverage, closedReason, sources));
        return new TldRules
        {
            Tld = tld,
            UnicodeTld = unicodeTld,
            Aliases = aliases ?? [],
            Kind = kind,
            RegistryOperator = registryOperator,
            DisplayName = displayName,
            Coverage = coverage,
            ClosedReason = closedReason,
            Sources = sources ?? [],
            Terms = template.Terms,
            Renewal = template.Renewal,
            Transfer = template.Transfer,
            AddOns = template.AddOns,
            Labels = template.Labels,
            Nameservers = template.Nameservers,
            Contacts = template.Contacts,
            Lifecycle = template.Lifecycle,
            Facts = template.Facts,
            Changes = derived,
        };
    }

    /// <summary>
    /// Reads the compact list of fact origins the generator writes: groups separated by ';', each
    /// <c>profile|sources|path path …</c> (an empty profile is the TLD file itself), so a fact's origin costs its path
    /// and a space, not a constructor call.
    /// </summary>
    private static RuleFact[] ParseFacts(string list)
    {
        var facts = new List<RuleFact>();
        foreach (var group in list.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = group.Split('|');
            if (parts.Length != 3) continue;
            var profile = parts[0].Length == 0 ? null : parts[0];
            foreach (var path in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                facts.Add(new RuleFact(path, profile, parts[1]));
        }
        return facts.ToArray();
    }

    // ------------------------------------------------------------------ values

    private static T? Section<T>(JsonElement o, string name, Func<JsonElement, T> read) where T : class =>
        o.TryGetProperty(name, out var section) ? read(section) : null;

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string that may be stated as null on purpose (<c>"checkedValue": null</c>), or the default when absent.</summary>
    private static string? StrOr(JsonElement o, string name, string? fallback) =>
        o.TryGetProperty(name, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : null) : fallback;

    private static bool Bool(JsonElement o, string name, bool fallback) =>
        o.TryGetProperty(name, out var v) ? v.GetBoolean() : fallback;

    private static int Int(JsonElement o, string name, int fallback) =>
        o.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;

    private static int? NullableInt(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static int[] Ints(JsonElement o, string name) => Array(o, name, e => e.GetInt32());

    private static string[] Strings(JsonElement o, string name) => Array(o, name, e => e.GetString() ?? "");

    private static T[] Array<T>(JsonElement o, string name, Func<JsonElement, T> read)
    {
        if (!o.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) return [];
        var result = new T[list.GetArrayLength()];
        int i = 0;
        foreach (var item in list.EnumerateArray()) result[i++] = read(item);
        return result;
    }

    /// <summary>An enum member from the TLD files' camelCase word (<c>countryCode</c> → <see cref="TldKind.CountryCode"/>).</summary>
    private static T Enum<T>(JsonElement e) where T : struct, Enum =>
        System.Enum.TryParse<T>(e.GetString(), ignoreCase: true, out var value) ? value
            : throw new InvalidOperationException("TLD data written by another version of the TldToolkit generator: unknown " + typeof(T).Name + " '" + e.GetString() + "'");

    private static T EnumOr<T>(JsonElement o, string name, T fallback) where T : struct, Enum =>
        o.TryGetProperty(name, out var v) ? Enum<T>(v) : fallback;
}
