using System.Text.Json;
using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;

namespace TldToolkit.Cli.Explain;

/// <summary><c>tldtool explain --json</c>: a TLD's rules as data, with the wording of the chosen language.</summary>
internal static class RulesJson
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static void Write(Utf8JsonWriter w, ITldDefinition definition, string language)
    {
        var r = definition.Rules.On(Validation.ValidationContext.Default.Today); // the rules in force today
        var words = new Words(definition, language);
        var explanation = Explanation.For(definition, language);

        w.WriteStartObject();
        w.WriteString("tld", r.Tld);
        w.WriteString("unicodeTld", r.UnicodeTld);
        Strings(w, "aliases", r.Aliases);
        w.WriteString("kind", Camel(r.Kind.ToString()));
        w.WriteString("registryOperator", r.RegistryOperator);
        if (r.DisplayName is not null) w.WriteString("displayName", r.DisplayName);
        w.WriteString("language", language);
        w.WriteString("coverage", Camel(r.Coverage.ToString()));
        if (r.ClosedReason is not null) w.WriteString("closedReason", r.ClosedReason);
        w.WriteStartArray("operations");
        foreach (var op in Validation.RulesEngine.AcceptedOperations(r)) w.WriteStringValue(Camel(op.ToString()));
        w.WriteEndArray();
        // Where each stated fact comes from; a fact not listed is not known (and not enforced).
        w.WriteStartArray("facts");
        foreach (var fact in r.Facts)
        {
            w.WriteStartObject();
            w.WriteString("path", fact.Path);
            w.WriteString("origin", fact.Profile is null ? "file" : "profile");
            if (fact.Profile is not null) w.WriteString("profile", fact.Profile);
            Strings(w, "source", fact.Source.Split(',', StringSplitOptions.RemoveEmptyEntries));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("terms");
        Numbers(w, "register", r.Terms.Register);
        Numbers(w, "renew", r.Terms.Renew);
        Numbers(w, "transfer", r.Terms.Transfer);
        w.WriteBoolean("transferAddsYear", r.Terms.TransferAddsYear);
        Numbers(w, "restore", r.Terms.Restore);
        w.WriteEndObject();

        w.WriteStartObject("renewal");
        w.WriteBoolean("explicit", r.Renewal.Explicit);
        Number(w, "windowDaysBeforeExpiry", r.Renewal.WindowDaysBeforeExpiry);
        w.WriteNumber("maxHorizonYears", r.Renewal.MaxHorizonYears);
        w.WriteEndObject();

        w.WriteStartObject("transfer");
        w.WriteBoolean("supported", r.Transfer.Supported);
        w.WriteBoolean("authCodeRequired", r.Transfer.AuthCodeRequired);
        if (r.Transfer.AuthCodePattern is not null) w.WriteString("authCodePattern", r.Transfer.AuthCodePattern);
        Number(w, "lockDaysAfterRegistration", r.Transfer.LockDaysAfterRegistration);
        Number(w, "lockDaysAfterTransfer", r.Transfer.LockDaysAfterTransfer);
        w.WriteBoolean("additionalFieldsApply", r.Transfer.AdditionalFieldsApply);
        w.WriteEndObject();

        w.WriteStartObject("addOns");
        w.WriteBoolean("idProtection", r.AddOns.IdProtection);
        w.WriteBoolean("registrarLock", r.AddOns.RegistrarLock);
        w.WriteBoolean("dnssec", r.AddOns.Dnssec);
        w.WriteBoolean("freePrivacyForIndividuals", r.AddOns.FreePrivacyForIndividuals);
        w.WriteBoolean("trusteeService", r.AddOns.TrusteeService);
        w.WriteEndObject();

        w.WriteStartObject("labels");
        w.WriteNumber("minLength", r.Labels.MinLength);
        w.WriteNumber("maxLength", r.Labels.MaxLength);
        var idn = r.Labels.Idn;
        w.WriteStartObject("idn");
        w.WriteBoolean("supported", idn.Supported);
        if (idn.Supported)
        {
            w.WriteString("mode", Camel(idn.Mode.ToString()));
            Strings(w, "scripts", idn.Scripts);
            if (idn.LanguageTable is not null) w.WriteString("languageTable", idn.LanguageTable);
            Strings(w, "ranges", idn.Ranges.Select(Words.RangeCode).ToList());
            w.WriteBoolean("languageTagRequired", idn.LanguageTagRequired);
            w.WriteBoolean("mixedScriptsAllowed", idn.MixedScriptsAllowed);
        }
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("nameservers");
        w.WriteNumber("min", r.Nameservers.Min);
        w.WriteNumber("max", r.Nameservers.Max);
        w.WriteEndObject();

        w.WriteStartObject("contacts");
        Strings(w, "requiredRoles", r.Contacts.RequiredRoles.Select(x => Camel(x.ToString())).ToList());
        Strings(w, "registrantTypes", r.Contacts.RegistrantTypes.Select(x => Camel(x.ToString())).ToList());
        Strings(w, "registrantCountries", r.Contacts.RegistrantCountries);
        w.WriteStartArray("formats");
        foreach (var f in r.Contacts.Formats)
        {
            w.WriteStartObject();
            w.WriteString("property", f.Property);
            Strings(w, "roles", f.Roles.Select(x => Camel(x.ToString())).ToList());
            w.WriteBoolean("required", f.Required);
            if (f.RequiredWhen is { } when)
            {
                w.WritePropertyName("requiredWhen");
                Condition(w, when);
                w.WriteString("requiredWhenText", words.Condition(when));
            }
            if (f.Pattern is not null) w.WriteString("pattern", f.Pattern);
            Number(w, "maxLength", f.MaxLength);
            if (f.Validator is not null) w.WriteString("validator", f.Validator);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("lifecycle");
        Number(w, "addGracePeriodDays", r.Lifecycle.AddGracePeriodDays);
        Number(w, "autoRenewGracePeriodDays", r.Lifecycle.AutoRenewGracePeriodDays);
        Number(w, "redemptionPeriodDays", r.Lifecycle.RedemptionPeriodDays);
        Number(w, "pendingDeleteDays", r.Lifecycle.PendingDeleteDays);
        w.WriteBoolean("asyncRegistration", r.Lifecycle.AsyncRegistration);
        w.WriteEndObject();

        w.WriteStartArray("fields");
        foreach (var (f, words_) in definition.Fields.Zip(explanation.Fields))
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            if (f.RegistryName is not null) w.WriteString("registryName", f.RegistryName);
            w.WriteString("type", Camel(f.Type.ToString()));
            if (f.Type == FieldType.Select) w.WriteString("display", Camel(f.Display.ToString()));
            w.WriteString("label", f.Label.Get(language));
            if (f.Description is not null) w.WriteString("description", f.Description.Get(language));
            Texts(w, "labels", f.Label);
            if (f.Options.Count > 0)
            {
                w.WriteStartArray("options");
                foreach (var o in f.Options)
                {
                    w.WriteStartObject();
                    w.WriteString("value", o.Value);
                    if (o.RegistryValue != o.Value) w.WriteString("registryValue", o.RegistryValue);
                    w.WriteString("label", o.Label.Get(language));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteBoolean("required", f.Required);
            if (f.RequiredWhen is { } when)
            {
                w.WritePropertyName("requiredWhen");
                Condition(w, when);
                w.WriteString("requiredWhenText", words.Condition(when));
            }
            w.WriteBoolean("mustBeChecked", f.MustBeChecked);
            if (f.Pattern is not null) w.WriteString("pattern", f.Pattern);
            Number(w, "minLength", f.MinLength);
            Number(w, "maxLength", f.MaxLength);
            if (f.Validator is not null) w.WriteString("validator", f.Validator);
            if (f.Default is not null) w.WriteString("default", f.Default);
            if (f.Prefill != PrefillSource.None)
            {
                w.WriteStartObject("prefill");
                w.WriteString("from", Camel(f.Prefill.ToString()));
                if (f.PrefillCustomField is not null) w.WriteString("customField", f.PrefillCustomField);
                w.WriteEndObject();
            }
            Strings(w, "operations", OperationNames(f.Operations));
            w.WriteString("summary", words_.Summary);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("sources");
        foreach (var s in r.Sources)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("title", s.Title);
            if (s.Url is not null) w.WriteString("url", s.Url);
            if (s.Document is not null) w.WriteString("document", s.Document);
            w.WriteString("checked", s.Checked);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // The same sentences as the text output, for front ends that show them as they are.
        w.WriteStartArray("explanation");
        foreach (var section in explanation.Sections)
        {
            w.WriteStartObject();
            w.WriteString("section", section.Key);
            w.WriteString("title", section.Title);
            Strings(w, "lines", section.Lines);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static List<string> OperationNames(FieldOperations operations)
    {
        var names = new List<string>();
        if (operations.HasFlag(FieldOperations.Register)) names.Add("register");
        if (operations.HasFlag(FieldOperations.Transfer)) names.Add("transfer");
        if (operations.HasFlag(FieldOperations.OwnerChange)) names.Add("ownerChange");
        if (operations.HasFlag(FieldOperations.Update)) names.Add("update");
        return names;
    }

    /// <summary>A condition in the same shape as TLD data writes it.</summary>
    public static void Condition(Utf8JsonWriter w, FieldCondition condition)
    {
        w.WriteStartObject();
        switch (condition)
        {
            case FieldValueCondition v:
                w.WriteString("field", v.Field);
                if (v.Negated) Strings(w, "notIn", v.Values);
                else if (v.Values.Count == 1) w.WriteString("equals", v.Values[0]);
                else Strings(w, "in", v.Values);
                break;
            case FieldCheckedCondition c:
                w.WriteString("field", c.Field);
                w.WriteBoolean("checked", c.Checked);
                break;
            case RegistrantTypeCondition t:
                w.WriteString("registrantType", Camel(t.Type.ToString()));
                break;
            case RegistrantCountryCondition c:
                Strings(w, c.Negated ? "registrantCountryNotIn" : "registrantCountryIn", c.Countries);
                break;
            case AllOfCondition all:
                w.WriteStartArray("allOf");
                foreach (var c in all.Conditions) Condition(w, c);
                w.WriteEndArray();
                break;
            case AnyOfCondition any:
                w.WriteStartArray("anyOf");
                foreach (var c in any.Conditions) Condition(w, c);
                w.WriteEndArray();
                break;
            case NotCondition not:
                w.WritePropertyName("not");
                Condition(w, not.Condition);
                break;
        }
        w.WriteEndObject();
    }

    private static void Texts(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        foreach (var (culture, translation) in text.Translations) w.WriteString(culture, translation);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
