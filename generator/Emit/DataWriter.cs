using System.Collections.Generic;
using System.Linq;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// Writes a TLD's rules and fields as the compact JSON the runtime reads on first use
/// (runtime/TldToolkit.Runtime/Generated/TldDataReader.cs has the format). A value equal to the runtime
/// property's default is left out (RuntimeDefaultsTests check the defaults named here against the runtime).
/// </summary>
internal static class DataWriter
{
    /// <summary>
    /// A TLD's data: identity, and, unless it derives from a template (<see cref="TldModel.Template"/>), sections,
    /// facts, dated changes and fields. Its sources are written unless <paramref name="withSources"/> is false (the
    /// catalog then adds them with <see cref="WithSources"/>, sharing the ones many TLDs cite).
    /// </summary>
    public static string Tld(TldModel m, bool withSources = true)
    {
        var w = new JsonWriter().StartObject();
        Identity(w, m);
        if (withSources) Sources(w, m.Sources);
        if (m.Template is null) Body(w, Base(m), m.Changes, m.Fields);
        return w.EndObject().ToString();
    }

    /// <summary>
    /// <paramref name="json"/> (an object written without sources) with its <c>sources</c>: a number is the index
    /// of a source in the catalog's shared table, an object a source of this TLD alone.
    /// </summary>
    public static string WithSources(string json, IEnumerable<SourceModel> sources, IReadOnlyDictionary<SourceModel, int> shared)
    {
        var w = new JsonWriter().StartObject().StartArray("sources");
        foreach (var s in sources)
        {
            if (shared.TryGetValue(s, out var index)) w.Item(index);
            else Source(w, s);
        }
        var list = w.EndArray().EndObject().ToString();
        if (list == "{\"sources\":[]}") return json;
        return json.Substring(0, json.Length - 1) + (json.Length > 2 ? "," : "") + list.Substring(1);
    }

    /// <summary>The catalog's shared sources, as a JSON array.</summary>
    public static string SourceTable(IEnumerable<SourceModel> sources)
    {
        var w = new JsonWriter().StartArray();
        foreach (var s in sources) Source(w, s);
        return w.EndArray().ToString();
    }

    /// <summary>A template of profile facts: sections, facts, dated changes and fields, without identity.</summary>
    public static string Template(TemplateModel t)
    {
        var w = new JsonWriter().StartObject();
        Body(w, t.Rules, t.Changes, t.Fields);
        return w.EndObject().ToString();
    }

    /// <summary>The sections of the TLD file itself (its base rules, before any dated change).</summary>
    internal static DatedRulesModel Base(TldModel m) =>
        new DatedRulesModel("", m.Terms, m.Renewal, m.Transfer, m.AddOns, m.Labels, m.Nameservers, m.Contacts, m.Lifecycle, m.Facts);

    private static void Identity(JsonWriter w, TldModel m)
    {
        w.String("tld", m.Tld);
        if (m.UnicodeTld != m.Tld) w.String("unicode", m.UnicodeTld);
        if (m.Aliases.Count > 0) w.Strings("aliases", m.Aliases);
        if (m.Kind != "generic") w.String("kind", m.Kind);
        if (m.RegistryOperator.Length > 0) w.String("operator", m.RegistryOperator);
        if (m.DisplayName is not null) w.String("display", m.DisplayName);
        if (m.Coverage != CoverageLevel.Verified) w.String("coverage", m.Coverage.Word());
        if (m.ClosedReason is not null) w.String("closedReason", m.ClosedReason);
        // The shared template of profile facts it derives from (TldProfileTemplates), when it states nothing of its own.
        if (m.Template is not null) w.String("template", m.Template);
    }

    private static void Sources(JsonWriter w, EquatableArray<SourceModel> sources)
    {
        if (sources.Count == 0) return;
        w.StartArray("sources");
        foreach (var s in sources) Source(w, s);
        w.EndArray();
    }

    private static void Source(JsonWriter w, SourceModel s)
    {
        w.StartObject().String("id", s.Id).String("title", s.Title);
        if (s.Url is not null) w.String("url", s.Url);
        if (s.Document is not null) w.String("document", s.Document);
        w.String("checked", s.Checked).EndObject();
    }

    private static void Body(JsonWriter w, DatedRulesModel rules, EquatableArray<DatedRulesModel> changes, EquatableArray<FieldModel> fields)
    {
        Sections(w, rules, baseRules: null);
        if (changes.Count > 0)
        {
            // Each change states the sections that differ from the base rules, and all its facts' origins.
            w.StartArray("changes");
            foreach (var dated in changes)
            {
                w.StartObject().String("effective", dated.Effective);
                Sections(w, dated, rules);
                w.EndObject();
            }
            w.EndArray();
        }
        if (fields.Count == 0) return;
        w.StartArray("fields");
        foreach (var f in fields) Field(w, rules.Transfer, f);
        w.EndArray();
    }

    /// <summary>The sections of <paramref name="d"/>; with <paramref name="baseRules"/>, only those that differ from it (each written even when empty).</summary>
    private static void Sections(JsonWriter w, DatedRulesModel d, DatedRulesModel? baseRules)
    {
        bool Write<T>(T section, T? baseSection) where T : class => baseRules is null || !Equals(section, baseSection);
        if (Write(d.Terms, baseRules?.Terms)) Section(w, "terms", baseRules is not null, () => Terms(w, d.Terms));
        if (Write(d.Renewal, baseRules?.Renewal)) Section(w, "renewal", baseRules is not null, () => Renewal(w, d.Renewal));
        if (Write(d.Transfer, baseRules?.Transfer)) Section(w, "transfer", baseRules is not null, () => Transfer(w, d.Transfer));
        if (Write(d.AddOns, baseRules?.AddOns)) Section(w, "addOns", baseRules is not null, () => AddOns(w, d.AddOns));
        if (Write(d.Labels, baseRules?.Labels)) Section(w, "labels", baseRules is not null, () => Labels(w, d.Labels));
        if (Write(d.Nameservers, baseRules?.Nameservers)) Section(w, "nameservers", baseRules is not null, () => Nameservers(w, d.Nameservers));
        if (Write(d.Contacts, baseRules?.Contacts)) Section(w, "contacts", baseRules is not null, () => Contacts(w, d.Contacts));
        if (Write(d.Lifecycle, baseRules?.Lifecycle)) Section(w, "lifecycle", baseRules is not null, () => Lifecycle(w, d.Lifecycle));
        if (d.Facts.Count > 0) w.String("facts", Facts(d.Facts));
    }

    /// <summary>A section object; one with only default values is left out, unless it replaces a base section.</summary>
    private static void Section(JsonWriter w, string name, bool keepEmpty, System.Action body)
    {
        w.StartObject(name);
        body();
        if (keepEmpty) w.EndObject(); else w.EndObjectUnlessEmpty();
    }

    // Defaults as declared in runtime/TldToolkit.Runtime/Rules/TldRules.cs.
    private static void Terms(JsonWriter w, TermsModel t)
    {
        if (t.Register.Count > 0) w.Ints("register", t.Register);
        if (t.Renew.Count > 0) w.Ints("renew", t.Renew);
        if (t.Transfer.Count > 0) w.Ints("transfer", t.Transfer);
        if (t.TransferAddsYear) w.Bool("transferAddsYear", true);
        if (t.Restore.Count > 0) w.Ints("restore", t.Restore);
    }

    private static void Renewal(JsonWriter w, RenewalModel r)
    {
        if (!r.Explicit) w.Bool("explicit", false);
        if (r.WindowDaysBeforeExpiry is { } window) w.Number("windowDaysBeforeExpiry", window);
        if (r.MaxHorizonYears != 10) w.Number("maxHorizonYears", r.MaxHorizonYears);
    }

    private static void Transfer(JsonWriter w, TransferModel t)
    {
        if (!t.Supported) w.Bool("supported", false);
        if (t.AuthCodeRequired) w.Bool("authCodeRequired", true);
        if (t.AuthCodePattern is not null) w.String("authCodePattern", t.AuthCodePattern);
        if (t.LockDaysAfterRegistration is { } afterRegistration) w.Number("lockDaysAfterRegistration", afterRegistration);
        if (t.LockDaysAfterTransfer is { } afterTransfer) w.Number("lockDaysAfterTransfer", afterTransfer);
        if (t.AdditionalFieldsApply) w.Bool("additionalFieldsApply", true);
    }

    private static void AddOns(JsonWriter w, AddOnsModel a)
    {
        if (a.IdProtection) w.Bool("idProtection", true);
        if (a.RegistrarLock) w.Bool("registrarLock", true);
        if (a.Dnssec) w.Bool("dnssec", true);
        if (a.FreePrivacyForIndividuals) w.Bool("freePrivacyForIndividuals", true);
        if (a.TrusteeService) w.Bool("trusteeService", true);
    }

    private static void Labels(JsonWriter w, LabelsModel l)
    {
        if (l.MinLength != 1) w.Number("minLength", l.MinLength);
        if (l.MaxLength != 63) w.Number("maxLength", l.MaxLength);
        var idn = l.Idn;
        w.StartObject("idn");
        if (idn.Supported) w.Bool("supported", true);
        if (idn.Mode != "uts46Nontransitional") w.String("mode", idn.Mode);
        if (idn.Scripts.Count > 0) w.Strings("scripts", idn.Scripts);
        if (idn.LanguageTable is not null) w.String("languageTable", idn.LanguageTable);
        if (idn.Ranges.Count > 0)
        {
            w.StartArray("ranges");
            foreach (var r in idn.Ranges) w.StartArray().Item(r.First).Item(r.Last).EndArray();
            w.EndArray();
        }
        if (idn.LanguageTagRequired) w.Bool("languageTagRequired", true);
        if (!idn.MixedScriptsAllowed) w.Bool("mixedScriptsAllowed", false);
        w.EndObjectUnlessEmpty();
    }

    private static void Nameservers(JsonWriter w, NameserversModel n)
    {
        if (n.Min != 0) w.Number("min", n.Min);
        if (n.Max != 13) w.Number("max", n.Max);
    }

    private static void Contacts(JsonWriter w, ContactsModel c)
    {
        // The runtime defaults of the two lists are not empty, so both are always written.
        w.Strings("requiredRoles", c.RequiredRoles);
        w.Strings("registrantTypes", c.RegistrantTypes);
        if (c.RegistrantCountries.Count > 0) w.Strings("registrantCountries", c.RegistrantCountries);
        if (c.Formats.Count == 0) return;
        w.StartArray("formats");
        foreach (var f in c.Formats)
        {
            w.StartObject().String("property", f.Property);
            if (f.Roles.Count > 0) w.Strings("roles", f.Roles);
            if (f.Required) w.Bool("required", true);
            if (f.RequiredWhen is not null) Condition(w, "requiredWhen", f.RequiredWhen);
            if (f.Pattern is not null) w.String("pattern", f.Pattern);
            if (f.MaxLength is { } max) w.Number("maxLength", max);
            if (f.Validator is not null) w.String("validator", f.Validator);
            w.EndObject();
        }
        w.EndArray();
    }

    private static void Lifecycle(JsonWriter w, LifecycleModel l)
    {
        if (l.AddGracePeriodDays is { } add) w.Number("addGracePeriodDays", add);
        if (l.AutoRenewGracePeriodDays is { } autoRenew) w.Number("autoRenewGracePeriodDays", autoRenew);
        if (l.RedemptionPeriodDays is { } redemption) w.Number("redemptionPeriodDays", redemption);
        if (l.PendingDeleteDays is { } pendingDelete) w.Number("pendingDeleteDays", pendingDelete);
        if (l.AsyncRegistration) w.Bool("asyncRegistration", true);
    }

    /// <summary>The facts' origins in RuleFact.Parse's compact form: one <c>profile|sources|path path …</c> group per origin.</summary>
    private static string Facts(EquatableArray<FactModel> facts)
    {
        var groups = new List<(string? Profile, string Source, List<string> Paths)>();
        foreach (var f in facts)
        {
            int i = groups.FindIndex(g => g.Profile == f.Profile && g.Source == f.Source);
            if (i < 0) groups.Add((f.Profile, f.Source, new List<string> { f.Path }));
            else groups[i].Paths.Add(f.Path);
        }
        return string.Join(";", groups.Select(g => (g.Profile ?? "") + "|" + g.Source + "|" + string.Join(" ", g.Paths)));
    }

    // Defaults as declared in runtime/TldToolkit.Runtime/Fields/FieldDescriptor.cs.
    private static void Field(JsonWriter w, TransferModel transfer, FieldModel f)
    {
        w.StartObject().String("name", f.Name);
        if (f.Type != FieldKind.Display && f.RegistryName is not null) w.String("registryName", f.RegistryName);
        if (f.Type != FieldKind.Text) w.String("type", f.Type.Word());
        if (f.Display == "radio") w.String("display", "radio");
        Text(w, "label", f.Label);
        if (f.Description is not null) Text(w, "description", f.Description);
        if (f.Type == FieldKind.Select)
        {
            w.StartArray("options");
            foreach (var o in f.Options)
            {
                w.StartObject().String("value", o.Value);
                if (o.RegistryValue != o.Value) w.String("registryValue", o.RegistryValue);
                Text(w, "label", o.Label);
                w.EndObject();
            }
            w.EndArray();
        }
        if (f.Required) w.Bool("required", true);
        if (f.RequiredWhen is not null) Condition(w, "requiredWhen", f.RequiredWhen);
        if (f.MustBeChecked) w.Bool("mustBeChecked", true);
        if (f.MustBeCheckedWhen is not null) Condition(w, "mustBeCheckedWhen", f.MustBeCheckedWhen);
        if (f.CheckedValue != "1") w.String("checkedValue", f.CheckedValue);
        if (f.UncheckedValue != "0") w.String("uncheckedValue", f.UncheckedValue);
        if (f.Pattern is not null) w.String("pattern", f.Pattern);
        if (f.MinLength is { } min) w.Number("minLength", min);
        if (f.MaxLength is { } max) w.Number("maxLength", max);
        if (f.Validator is not null) w.String("validator", f.Validator);
        if (f.Default is not null) w.String("default", f.Default);
        if (f.Prefill is not null && f.Prefill != "none") w.String("prefill", f.Prefill);
        if (f.PrefillCustomField is not null) w.String("prefillCustomField", f.PrefillCustomField);
        // The effective operations (transfer only where transfer.additionalFieldsApply), the set validation applies.
        var operations = FieldApplicability.EffectiveOperations(transfer, f);
        if (operations.Count > 0) w.Strings("operations", operations);
        w.EndObject();
    }

    private static void Text(JsonWriter w, string name, TextModel t)
    {
        w.StartObject(name).String("en", t.En);
        if (t.De is not null) w.String("de", t.De);
        if (t.Fr is not null) w.String("fr", t.Fr);
        if (t.Ar is not null) w.String("ar", t.Ar);
        w.EndObject();
    }

    private static void Condition(JsonWriter w, string? name, ConditionModel c)
    {
        w.StartObject(name);
        switch (c.Kind)
        {
            case ConditionKind.FieldIn:
                w.String("field", c.Field).Strings("in", c.Values);
                break;
            case ConditionKind.FieldNotIn:
                w.String("field", c.Field).Strings("notIn", c.Values);
                break;
            case ConditionKind.FieldChecked:
                w.String("field", c.Field).Bool("checked", c.Checked);
                break;
            case ConditionKind.RegistrantType:
                w.String("registrantType", c.Values[0]);
                break;
            case ConditionKind.RegistrantCountryIn:
                w.Strings("countryIn", c.Values);
                break;
            case ConditionKind.RegistrantCountryNotIn:
                w.Strings("countryNotIn", c.Values);
                break;
            case ConditionKind.AllOf:
            case ConditionKind.AnyOf:
                w.StartArray(c.Kind == ConditionKind.AllOf ? "allOf" : "anyOf");
                foreach (var child in c.Children) Condition(w, null, child);
                w.EndArray();
                break;
            default:
                Condition(w, "not", c.Children[0]);
                break;
        }
        w.EndObject();
    }
}
