using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Cli.Explain;

/// <summary>A titled group of sentences.</summary>
internal sealed record ExplainSection(string Key, string Title, IReadOnlyList<string> Lines);

/// <summary>One additional field in words.</summary>
internal sealed record FieldExplanation(string Name, string Label, string? Description, string Summary, IReadOnlyList<(string Value, string Label)> Options, string? RequiredWhen);

/// <summary>A TLD's rules in plain words, in one language.</summary>
internal sealed class Explanation
{
    public required string Heading { get; init; }
    public required IReadOnlyList<ExplainSection> Sections { get; init; }
    public required IReadOnlyList<FieldExplanation> Fields { get; init; }
    public required ExplainSection Sources { get; init; }

    /// <summary>The explanation of the rules in force on <paramref name="today"/> (a profile's dated change applies from its day).</summary>
    public static Explanation For(ITldDefinition definition, string language, DateOnly? today = null)
    {
        var w = new Words(definition, language);
        var r = definition.Rules.On(today ?? Validation.ValidationContext.Default.Today);
        // A fact no file or profile states is unknown: said so, never shown as a value the validator would enforce.
        string Unknown(string key) => w.F("unknown.line", w.T(key).Split(':')[0].Trim());

        var heading = "." + r.Tld + (r.UnicodeTld != r.Tld ? $" (.{r.UnicodeTld})" : "") + (r.DisplayName is { Length: > 0 } name ? " — " + name : "");
        var sections = new List<ExplainSection>();

        var general = new List<string> { w.T("kind." + r.Kind) + (r.RegistryOperator.Length > 0 ? " · " + w.F("registry", r.RegistryOperator) : "") };
        general.Add(CoverageLine(r, language));
        if (r.Aliases.Count > 0) general.Add(w.F("aliases", string.Join(" ", r.Aliases.Select(a => "." + a))));
        sections.Add(new("general", heading, general));

        // Terms: every operation the validator accepts, renewals too where the registry renews automatically.
        var terms = new List<string>
        {
            r.Knows("terms.register") ? w.F("terms.register", w.Periods(r.Terms.Register)) : Unknown("terms.register"),
            r.Knows("terms.renew") ? w.F("terms.renew", w.Periods(r.Terms.Renew)) : Unknown("terms.renew"),
        };
        if (r.Transfer.Supported && r.Terms.Transfer.Count > 0)
            terms.Add(w.F("terms.transfer", w.Periods(r.Terms.Transfer)) + "; " + w.T(r.Terms.TransferAddsYear ? "terms.transferAdds" : "terms.transferKeeps"));
        if (r.Terms.Restore.Count > 0) terms.Add(w.F("terms.restore", w.Periods(r.Terms.Restore)));
        sections.Add(new("terms", w.T("sec.terms"), terms));

        // Renewal: the window and horizon are checked either way, so both are said either way.
        var renewal = new List<string>();
        if (!r.Renewal.Explicit) renewal.Add(w.T("renewal.auto"));
        renewal.Add(r.Renewal.WindowDaysBeforeExpiry is { } window
            ? w.F("renewal.window", w.Days(window), w.Months(window))
            : r.Knows("renewal.windowDaysBeforeExpiry") || r.Knows("renewal.explicit") ? w.T("renewal.anytime") : Unknown("sec.renewal"));
        if (r.Renewal.MaxHorizonYears > 0) renewal.Add(w.F("renewal.horizon", w.Years(r.Renewal.MaxHorizonYears)));
        renewal.Add(w.T("renewal.expiresOn"));
        sections.Add(new("renewal", w.T("sec.renewal"), renewal));

        // Transfer
        var transfer = new List<string>();
        if (!r.Knows("transfer")) transfer.Add(Unknown("sec.transfer"));
        else if (!r.Transfer.Supported) transfer.Add(w.T("transfer.unsupported"));
        else
        {
            transfer.Add(w.T(r.Transfer.AuthCodeRequired ? "transfer.auth" : "transfer.noAuth"));
            if (r.Transfer.AuthCodePattern is { } pattern) transfer.Add(w.F("transfer.authPattern", pattern));
            if (r.Transfer.LockDaysAfterRegistration is { } lockReg and > 0) transfer.Add(w.F("transfer.lockReg", w.Days(lockReg)));
            if (r.Transfer.LockDaysAfterTransfer is { } lockTransfer and > 0) transfer.Add(w.F("transfer.lockTransfer", w.Days(lockTransfer)));
            if (definition.Fields.Count > 0)
                transfer.Add(w.T(definition.Fields.Any(f => f.AppliesTo(DomainOperation.Transfer)) ? "transfer.fields" : "transfer.noFields"));
        }
        sections.Add(new("transfer", w.T("sec.transfer"), transfer));

        // Add-ons
        string Offer(string key, bool available) => $"{w.T(key)}: {w.T(available ? "available" : "notAvailable")}";
        string OfferIfKnown(string key, string fact, bool available) => r.Knows(fact) ? Offer(key, available) : $"{w.T(key)}: {w.T("unknown")}";
        var addOns = new List<string>
        {
            OfferIfKnown("addon.idProtection", "addOns.idProtection", r.AddOns.IdProtection),
            OfferIfKnown("addon.registrarLock", "addOns.registrarLock", r.AddOns.RegistrarLock),
            OfferIfKnown("addon.dnssec", "addOns.dnssec", r.AddOns.Dnssec),
        };
        if (r.AddOns.FreePrivacyForIndividuals) addOns.Add(Offer("addon.freePrivacy", true));
        if (r.AddOns.TrusteeService) addOns.Add(Offer("addon.trustee", true));
        sections.Add(new("addOns", w.T("sec.addons"), addOns));

        // Names and IDN
        var names = new List<string>
        {
            w.F("labels.length", r.Tld, r.Labels.MinLength == r.Labels.MaxLength ? r.Labels.MinLength.ToString() : w.F("range", r.Labels.MinLength, r.Labels.MaxLength)),
        };
        var idn = r.Labels.Idn;
        if (!idn.Supported) names.Add(w.T("idn.no"));
        else
        {
            names.Add(w.F("idn.yes", w.T("idn." + idn.Mode)));
            if (idn.Scripts.Count > 0) names.Add(w.F("idn.scripts", string.Join(", ", idn.Scripts)));
            if (idn.LanguageTable is { } table) names.Add(w.F("idn.table", table));
            if (idn.Ranges.Count > 0) names.Add(w.F("idn.ranges", string.Join(", ", idn.Ranges.Select(Words.Range))));
            if (idn.LanguageTagRequired) names.Add(w.T("idn.tag"));
            if (!idn.MixedScriptsAllowed) names.Add(w.T("idn.mixed"));
        }
        sections.Add(new("labels", w.T("sec.names"), names));

        // Nameservers
        var ns = r.Nameservers.Min == r.Nameservers.Max ? r.Nameservers.Min.ToString() : w.F("range", r.Nameservers.Min, r.Nameservers.Max);
        sections.Add(new("nameservers", w.T("sec.nameservers"), [r.Knows("nameservers") ? w.F("ns.range", ns) : Unknown("sec.nameservers")]));

        // Contacts
        var contacts = !r.Knows("contacts") ? [Unknown("sec.contacts")] : new List<string>
        {
            w.F("contacts.roles", w.List(r.Contacts.RequiredRoles.Select(w.Role).ToList())),
            w.F("contacts.types", w.List(r.Contacts.RegistrantTypes.Select(t => w.T("type." + t)).ToList())),
            r.Contacts.RegistrantCountries.Count > 0
                ? w.F("contacts.countries", w.List(r.Contacts.RegistrantCountries.Select(w.Country).ToList(), or: true))
                : w.T("contacts.anyCountry"),
        };
        foreach (var format in r.Contacts.Formats)
        {
            var who = format.Roles.Count == 0 ? w.T("contacts.allRoles") : w.List(format.Roles.Select(w.Role).ToList(), or: true);
            var rules = new List<string>();
            if (format.Required) rules.Add(w.T("field.required"));
            if (format.RequiredWhen is { } when) rules.Add(w.F("field.requiredWhen", w.Condition(when)));
            if (format.Pattern is { } p) rules.Add(w.F("field.pattern", p));
            if (format.MaxLength is { } max) rules.Add(w.F("field.maxLength", max));
            if (format.Validator is { } v) rules.Add(w.F("field.validator", Validators.Describe(v)));
            contacts.Add(w.F("contacts.format", w.Property(format.Property), who, string.Join("; ", rules)));
        }
        sections.Add(new("contacts", w.T("sec.contacts"), contacts));

        // Lifecycle
        var life = new List<string>();
        var l = r.Lifecycle;
        if (l.AddGracePeriodDays is { } add) life.Add(w.F("life.addGrace", w.Days(add)));
        if (l.AutoRenewGracePeriodDays is { } grace) life.Add(w.F("life.renewGrace", w.Days(grace)));
        if (l.RedemptionPeriodDays is { } redemption) life.Add(w.F("life.redemption", w.Days(redemption)));
        if (l.PendingDeleteDays is { } pending) life.Add(w.F("life.pendingDelete", w.Days(pending)));
        if (!r.Knows("lifecycle")) life.Add(Unknown("sec.lifecycle"));
        else life.Add(w.T(l.AsyncRegistration ? "life.async" : "life.sync"));
        sections.Add(new("lifecycle", w.T("sec.lifecycle"), life));

        var fields = definition.Fields.Select(f => Field(w, f)).ToList();

        var sourceLines = r.Sources.Select(s => $"[{s.Id}] {s.Title}" + (s.Url is { } url ? " — " + url : s.Document is { } doc ? " — " + doc : "") + " (" + w.F("sources.checked", s.Checked) + ")").ToList();
        // Facts inherited from profiles cite the profiles' sources: name each profile and the ids it backs facts with.
        foreach (var profile in r.Facts.Where(f => f.Profile is not null).GroupBy(f => f.Profile!))
            sourceLines.Add(w.F("sources.profile", profile.Key, string.Join(", ", profile.SelectMany(f => f.Source.Split(',')).Distinct())));
        var sources = new ExplainSection("sources", w.T("sec.sources"), sourceLines);

        return new Explanation { Heading = heading, Sections = sections, Fields = fields, Sources = sources };
    }

    /// <summary>The coverage line of <c>explain</c> and <c>check</c>: how well the rules are known.</summary>
    public static string CoverageLine(TldRules r, string language) =>
        r.Coverage == TldCoverage.Closed ? Cli.Output.Loc.F(language, "coverage.Closed", r.ClosedReason ?? "") : Cli.Output.Loc.T(language, "coverage." + r.Coverage);

    private static FieldExplanation Field(Words w, FieldDescriptor f)
    {
        var parts = new List<string> { w.T("field.type." + f.Type) };
        string? requiredWhen = null;
        if (f.Type != FieldType.Display)
        {
            if (f.MustBeChecked) parts.Add(w.T("field.mustBeChecked"));
            else if (f.MustBeCheckedWhen is { } checkedWhen) parts.Add(requiredWhen = w.F("field.mustBeCheckedWhen", w.Condition(checkedWhen)));
            else if (f.Required) parts.Add(w.T("field.required"));
            else if (f.RequiredWhen is { } when) parts.Add(requiredWhen = w.F("field.requiredWhen", w.Condition(when)));
            else parts.Add(w.T("field.optional"));
            if (f.MustBeChecked && f.RequiredWhen is { } alsoWhen) parts.Add(requiredWhen = w.F("field.requiredWhen", w.Condition(alsoWhen)));
        }
        parts.Add(w.F("field.for", w.Operations(f.Operations)));
        if (f.MinLength is { } min && f.MaxLength is { } max) parts.Add(w.F("field.length", min == max ? min.ToString() : w.F("range", min, max)));
        else if (f.MaxLength is { } onlyMax) parts.Add(w.F("field.maxLength", onlyMax));
        else if (f.MinLength is { } onlyMin) parts.Add(w.F("field.minLength", onlyMin));
        if (f.Pattern is { } pattern) parts.Add(w.F("field.pattern", pattern));
        if (f.Validator is { } validator) parts.Add(w.F("field.validator", Validators.Describe(validator)));
        if (f.Default is { } value) parts.Add(w.F("field.default", f.Type == FieldType.Select ? w.OptionValue(f.Name, value) : value));
        if (f.Prefill != PrefillSource.None) parts.Add(w.F("field.prefill", f.Prefill == PrefillSource.CustomField ? f.PrefillCustomField : RulesJson.Camel(f.Prefill.ToString())));
        if (f.RegistryName is { } registryName) parts.Add(w.F("field.sentAs", registryName));
        return new FieldExplanation(
            f.Name,
            f.Label.Get(w.Language),
            f.Description?.Get(w.Language),
            string.Join("; ", parts),
            f.Options.Select(o => (o.Value, o.Label.Get(w.Language))).ToList(),
            requiredWhen);
    }
}

/// <summary>The named check-digit validators of the runtime, described for people.</summary>
internal static class Validators
{
    public static string Describe(string name) => name switch
    {
        "swissUid" => "swissUid (CHE + 9 digits, mod 11)",
        "euVat" => "euVat (EU VAT ID, per-country format)",
        "dkCvr" => "dkCvr (Danish CVR, 8 digits, mod 11)",
        "itCodiceFiscale" => "itCodiceFiscale (Italian tax code, check letter)",
        "auAbn" => "auAbn (Australian ABN, 11 digits, mod 89)",
        "auAcn" => "auAcn (Australian ACN, 9 digits, check digit)",
        _ => name,
    };
}
