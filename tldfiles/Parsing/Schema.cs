using System.Collections.Generic;

namespace TldToolkit.Generator.Parsing;

/// <summary>The properties one kind of object in a TLD file may and must have (mirrors schema.json).</summary>
internal sealed class ObjectSchema
{
    public ObjectSchema(string name, string[] properties, string[] required)
    {
        Name = name;
        Properties = properties;
        Required = required;
    }

    /// <summary>How messages name the object ("the root object", "'terms'").</summary>
    public string Name { get; }
    public string[] Properties { get; }
    public string[] Required { get; }
}

/// <summary>
/// The generator's understanding of schema.json. A test compares it with schema.json so the two
/// never drift.
/// </summary>
internal static class Schema
{
    /// <summary>
    /// The root of a TLD file or a profile: schema.json has one root object for both, and only 'sources' is
    /// required by both. What each kind needs and must not have is in <see cref="TldOnly"/>, <see cref="TldRequired"/>,
    /// <see cref="ProfileOnly"/> and <see cref="ProfileRequired"/> (schema.json's allOf/if/then).
    /// </summary>
    public static readonly ObjectSchema Root = new ObjectSchema("the TLD definition",
        new[] { "$schema", "profile", "title", "tld", "aliases", "kind", "coverage", "closed", "extends", "registryOperator", "source", "displayName", "notes", "audit", "sources", "terms", "renewal", "transfer", "addOns", "labels", "nameservers", "contacts", "lifecycle", "fields", "changes" },
        new[] { "sources" });

    /// <summary>Required in a TLD file.</summary>
    public static readonly string[] TldRequired = { "tld", "kind", "coverage", "sources" };
    /// <summary>Not allowed in a TLD file.</summary>
    public static readonly string[] ProfileOnly = { "profile", "changes" };
    /// <summary>Required in a profile.</summary>
    public static readonly string[] ProfileRequired = { "profile", "title", "sources" };
    /// <summary>Not allowed in a profile.</summary>
    public static readonly string[] TldOnly = { "tld", "kind", "coverage", "aliases", "closed" };

    /// <summary>The sections a profile or a dated change may state, merged fact by fact (one property is one fact).</summary>
    public static readonly string[] Sections = { "terms", "renewal", "transfer", "addOns", "labels", "nameservers", "contacts", "lifecycle" };

    public static readonly ObjectSchema Closed = new ObjectSchema("'closed'",
        new[] { "reason", "source", "note" }, new[] { "reason", "source" });

    public static readonly ObjectSchema AuditEntry = new ObjectSchema("an audit entry",
        new[] { "date", "source", "note" }, new[] { "date", "note" });

    public static readonly ObjectSchema Change = new ObjectSchema("a dated change",
        new[] { "effective", "source", "note", "terms", "renewal", "transfer", "addOns", "labels", "nameservers", "contacts", "lifecycle" },
        new[] { "effective", "source" });

    public static readonly ObjectSchema Source = new ObjectSchema("a source",
        new[] { "id", "title", "url", "document", "checked" }, new[] { "id", "title", "checked" });

    public static readonly ObjectSchema OperationTerm = new ObjectSchema("an operation term",
        new[] { "years", "source", "note" }, new[] { "years" });

    public static readonly ObjectSchema Terms = new ObjectSchema("'terms'",
        new[] { "register", "renew", "transfer", "restore", "source", "note" }, new[] { "source" });

    public static readonly ObjectSchema TransferTerm = new ObjectSchema("'terms.transfer'",
        new[] { "years", "addsYear", "source", "note" }, new[] { "years", "addsYear" });

    public static readonly ObjectSchema Renewal = new ObjectSchema("'renewal'",
        new[] { "explicit", "windowDaysBeforeExpiry", "maxHorizonYears", "source", "note" }, new[] { "source" });

    public static readonly ObjectSchema Transfer = new ObjectSchema("'transfer'",
        new[] { "supported", "authCodeRequired", "authCodePattern", "lockDaysAfterRegistration", "lockDaysAfterTransfer", "additionalFieldsApply", "source", "note" },
        new[] { "source" });

    public static readonly ObjectSchema AddOns = new ObjectSchema("'addOns'",
        new[] { "idProtection", "registrarLock", "dnssec", "freePrivacyForIndividuals", "trusteeService", "source", "note" },
        new[] { "source" });

    public static readonly ObjectSchema Idn = new ObjectSchema("'labels.idn'",
        new[] { "supported", "mode", "scripts", "languageTable", "ranges", "languageTagRequired", "mixedScriptsAllowed", "source", "note" },
        new[] { "supported" });

    public static readonly ObjectSchema Labels = new ObjectSchema("'labels'",
        new[] { "minLength", "maxLength", "idn", "source", "note" }, new[] { "source" });

    public static readonly ObjectSchema Nameservers = new ObjectSchema("'nameservers'",
        new[] { "min", "max", "source", "note" }, new[] { "source" });

    public static readonly ObjectSchema ContactFormat = new ObjectSchema("a contact format",
        new[] { "property", "roles", "required", "requiredWhen", "pattern", "maxLength", "validator", "source", "note" }, new[] { "property" });

    public static readonly ObjectSchema Contacts = new ObjectSchema("'contacts'",
        new[] { "requiredRoles", "registrantTypes", "registrantCountries", "formats", "source", "note" },
        new[] { "source" });

    public static readonly ObjectSchema Lifecycle = new ObjectSchema("'lifecycle'",
        new[] { "addGracePeriodDays", "autoRenewGracePeriodDays", "redemptionPeriodDays", "pendingDeleteDays", "asyncRegistration", "source", "note" },
        new[] { "source" });

    public static readonly ObjectSchema LocalizedText = new ObjectSchema("a localized text",
        new[] { "en", "de", "fr", "ar" }, new[] { "en" });

    public static readonly ObjectSchema Option = new ObjectSchema("an option",
        new[] { "value", "registryValue", "member", "label" }, new[] { "value", "label" });

    public static readonly ObjectSchema Condition = new ObjectSchema("a condition",
        new[] { "field", "equals", "in", "notIn", "checked", "registrantType", "registrantCountryIn", "registrantCountryNotIn", "allOf", "anyOf", "not" },
        new string[0]);

    public static readonly ObjectSchema Prefill = new ObjectSchema("'prefill'",
        new[] { "from", "customField" }, new[] { "from" });

    public static readonly ObjectSchema Field = new ObjectSchema("a field",
        new[] { "name", "registryName", "type", "display", "label", "description", "options", "required", "requiredWhen", "mustBeChecked", "mustBeCheckedWhen", "checkedValue", "uncheckedValue", "pattern", "minLength", "maxLength", "validator", "default", "prefill", "operations", "source", "note" },
        new[] { "name", "type", "label", "operations", "source" });

    public static readonly string[] Kinds = { "generic", "countryCode", "sponsored", "brand" };
    public static readonly string[] Coverages = { "verified", "baseline", "unverified", "closed" };
    public static readonly string[] ClosedReasons = { "brand", "restricted", "infrastructure", "notOpen" };
    public static readonly string[] IdnModes = { "uts46Nontransitional", "uts46Transitional", "idna2008Strict" };
    public static readonly string[] LanguageTables = { "de", "pl", "latin", "cyrillic", "greek" };
    public static readonly string[] ContactRoles = { "registrant", "admin", "tech", "billing" };
    public static readonly string[] RegistrantTypes = { "individual", "organization" };
    public static readonly string[] ContactProperties = { "firstName", "lastName", "organization", "street", "city", "state", "postalCode", "country", "email", "phone", "fax", "vatId" };
    public static readonly string[] Validators = { "swissUid", "euVat", "dkCvr", "itCodiceFiscale", "auAbn", "auAcn" };
    public static readonly string[] FieldTypes = { "text", "select", "checkbox", "display" };
    public static readonly string[] SelectDisplays = { "dropdown", "radio" };
    public static readonly string[] PrefillSources = { "clientVatId", "clientLanguage", "clientCompanyName", "customField" };
    public static readonly string[] Operations = { "register", "transfer", "ownerChange", "update" };

    /// <summary>Every object schema, for the drift test.</summary>
    public static readonly ObjectSchema[] AllObjects =
    {
        Root, Source, OperationTerm, Terms, TransferTerm, Renewal, Transfer, AddOns, Idn, Labels, Nameservers,
        ContactFormat, Contacts, Lifecycle, LocalizedText, Option, Condition, Prefill, Field, Closed, AuditEntry, Change,
    };

    /// <summary>
    /// Every property name and enum value of this class, for the JSON parser to return without copying
    /// (found by reflection once, so a new schema object or list is never forgotten). Declared last:
    /// static fields are initialized in textual order, and this one reads all the others.
    /// </summary>
    public static readonly Json.StringTable Strings = new Json.StringTable(AllStrings());

    private static IEnumerable<string> AllStrings()
    {
        foreach (var field in typeof(Schema).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case ObjectSchema schema:
                    foreach (var p in schema.Properties) yield return p;
                    break;
                case string[] values:
                    foreach (var v in values) yield return v;
                    break;
            }
        }
    }
}
