using System.Text;
using System.Text.Json.Nodes;
using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Orders.Json;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Explain;

/// <summary>
/// <c>tldtool explain .ca --schema</c>: a JSON Schema (draft-07) of one TLD's order form, in the
/// order format of docs/orders.md. A web front end renders it (titles in the chosen language,
/// options with their labels) and validates client-side with it. It carries every rule JSON
/// Schema can express: operations, periods per operation, required and conditionally required
/// fields, options, patterns, lengths, hyphens, add-ons, nameserver counts, contact rules. What it
/// cannot express (IDNA mapping, IDN repertoires, check digits, dates relative to today) is left to
/// <c>tldtool validate</c>.
/// <para>
/// Written for one error per problem in ajv (strict mode, allErrors) and for NJsonSchema, which
/// validates neither <c>const</c> nor <c>if</c>/<c>then</c>: options are one <c>enum</c>, and each
/// conditional rule is one <c>not</c> (see <see cref="SchemaRule"/>). UI hints are the annotations of
/// <see cref="Annotations"/>.
/// </para>
/// </summary>
internal static class OrderFormSchema
{
    // The EPP phone form as the runtime checks it: a country code not starting with 0.
    private const string ContactPhonePattern = @"^\+[1-9][0-9]{0,2}\.[0-9]{1,14}$";

    /// <summary>The assigned ISO 3166-1 alpha-2 codes the runtime accepts, any case, as one pattern.</summary>
    private static readonly string CountryCodePattern = BuildCountryPattern();

    private static string BuildCountryPattern()
    {
        var parts = new List<string>();
        for (char first = 'A'; first <= 'Z'; first++)
        {
            var seconds = new StringBuilder();
            for (char second = 'A'; second <= 'Z'; second++)
                if (Validation.ContactChecks.IsCountryCode(new string([first, second]))) seconds.Append(second);
            if (seconds.Length == 0) continue;
            parts.Add($"[{first}{char.ToLowerInvariant(first)}][{seconds}{seconds.ToString().ToLowerInvariant()}]");
        }
        return "^(?:" + string.Join("|", parts) + ")$";
    }
    private const string NotBlank = @"\S";

    /// <summary>What the schema leaves to <c>tldtool validate</c>, said in its root <c>$comment</c>.</summary>
    public const string NotExpressed = "Not expressed here, checked by tldtool validate: IDNA mapping and A-label validity, IDN repertoires and script mixing, check digits and other field validators, dates relative to today (renewal window).";

    // Constants are written as one-value "enum": NJsonSchema does not validate "const".

    public static JsonObject Build(ITldDefinition definition, string language)
    {
        var r = definition.Rules.On(ValidationContext.Default.Today);
        var w = new Words(definition, language);
        var operations = SupportedOperations(r);

        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string", ["title"] = "Schema", ["description"] = "Reference to this schema, for editors." },
            // A string or a number; written as "not any other type" for one error (ajv strict mode refuses type unions).
            ["id"] = new JsonObject
            {
                ["title"] = w.T("schema.id"),
                ["description"] = "Your own reference for the order (a string or a number); echoed in the results.",
                ["not"] = new JsonObject { ["anyOf"] = new JsonArray(new[] { "boolean", "null", "object", "array" }.Select(t => (JsonNode)new JsonObject { ["type"] = t }).ToArray()) },
            },
            ["operation"] = Operations(operations, w),
            ["domain"] = Domain(r, w),
            // No "type": the enum says integer, and a second keyword would make "two" two errors.
            ["years"] = new JsonObject
            {
                ["title"] = w.T("schema.years"),
                ["description"] = string.Join(" ", operations.Where(op => r.Terms.For(op).Count > 0).Select(op => $"{w.Operation(op)}: {w.Periods(r.Terms.For(op))}.")),
                ["default"] = r.Terms.Register.Count > 0 ? r.Terms.Register[0] : 1,
            },
            ["expiresOn"] = new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date",
                ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                ["title"] = w.T("schema.expiresOn"),
                ["description"] = w.T("renewal.expiresOn") + " " + (r.Renewal.WindowDaysBeforeExpiry is { } window ? w.F("renewal.window", w.Days(window), w.Months(window)) : ""),
            },
            ["authCode"] = AuthCode(r, w),
            ["idProtection"] = AddOn(w.T("addon.idProtection"), r.AddOns.IdProtection, w),
            ["dnsManagement"] = new JsonObject { ["type"] = "boolean", ["title"] = w.T("schema.dnsManagement"), ["default"] = false },
            ["registrarLock"] = AddOn(w.T("addon.registrarLock"), r.AddOns.RegistrarLock, w),
            ["nameservers"] = new JsonObject
            {
                ["type"] = "array",
                ["title"] = w.T("schema.nameservers"),
                ["description"] = w.F("ns.range", r.Nameservers.Min == r.Nameservers.Max ? r.Nameservers.Min.ToString() : w.F("range", r.Nameservers.Min, r.Nameservers.Max)),
                ["maxItems"] = r.Nameservers.Max,
                ["uniqueItems"] = true,
                ["items"] = new JsonObject
                {
                    ["type"] = "string",
                    ["title"] = w.T("schema.nameserver"),
                    ["pattern"] = @"^(?=.{1,253}\.?$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$",
                },
            },
            ["contacts"] = new JsonObject
            {
                ["type"] = "object",
                ["title"] = w.T("schema.contacts"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["registrant"] = Role(r, ContactRole.Registrant, w),
                    ["admin"] = Role(r, ContactRole.Admin, w),
                    ["tech"] = Role(r, ContactRole.Tech, w),
                    ["billing"] = Role(r, ContactRole.Billing, w),
                },
            },
            ["idnLanguage"] = new JsonObject
            {
                ["type"] = "string",
                ["title"] = w.T("schema.idnLanguage"),
                ["description"] = r.Labels.Idn.LanguageTagRequired ? w.T("idn.tag") : "The language of the IDN table the name is written in, where the TLD asks for it.",
            },
            ["fields"] = Fields(definition, w),
        };
        if (r.Labels.Idn.LanguageTable is { } table) ((JsonObject)properties["idnLanguage"]!)["examples"] = new JsonArray(table);
        // Periods the TLD states; where nobody has researched them the validator checks none, and neither does the schema.
        var periods = operations.SelectMany(op => r.Terms.For(op)).Distinct().Order().ToList();
        var years = (JsonObject)properties["years"]!;
        if (periods.Count > 0) years["enum"] = Ints(periods);
        else { years["type"] = "integer"; years["minimum"] = 1; }

        var conditions = new JsonArray();
        if (r.Labels.Idn.Supported && r.Labels.Idn.LanguageTagRequired)
            // An IDN (A-label or non-ASCII) names its language. (A U-label that IDNA maps to plain ASCII needs none: the validator knows, the schema asks.)
            conditions.Add(SchemaRule.When(
                new JsonObject { ["required"] = new JsonArray("domain"), ["properties"] = new JsonObject { ["domain"] = new JsonObject { ["type"] = "string", ["pattern"] = @"^(?:[Xx][Nn]--|[^.]*[^\x00-\x7F])" } } },
                new JsonObject { ["required"] = new JsonArray("idnLanguage"), ["properties"] = new JsonObject { ["idnLanguage"] = new JsonObject { ["type"] = "string", ["pattern"] = NotBlank } } },
                "/idnLanguage", w.T("idn.tag")));
        foreach (var op in operations) Operation(definition, op, w, conditions);

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"urn:tldtoolkit:schema:order-form:{r.Tld}",
            ["$comment"] = NotExpressed + " Annotations for form renderers (declare them to strict validators): " + string.Join(", ", Annotations.Vocabulary) + ".",
            ["title"] = w.F("schema.title", r.Tld),
            ["description"] = w.F("schema.description", r.Tld),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("operation", "domain"),
            ["properties"] = properties,
            ["definitions"] = new JsonObject { ["contact"] = Contact(w) },
        };
        if (conditions.Count > 0) schema["allOf"] = conditions; // strict mode refuses an empty allOf
        StrictRequired.Declare(schema);
        return schema;
    }

    /// <summary>The operations the TLD offers: the validator's own list (renewals too where the registry renews automatically).</summary>
    public static List<DomainOperation> SupportedOperations(TldRules r) => [.. RulesEngine.AcceptedOperations(r)];

    /// <summary>
    /// The fields an order for the operation may carry: the descriptors' effective operations, which the validator
    /// reads too (display-only fields are known but never checked).
    /// </summary>
    public static IEnumerable<FieldDescriptor> FieldsFor(ITldDefinition definition, DomainOperation operation) =>
        definition.Fields.Where(f => f.AppliesTo(operation));

    /// <summary>Roles an operation must carry (the generated validator checks contacts on registrations and owner changes).</summary>
    public static IEnumerable<ContactRole> RolesFor(TldRules r, DomainOperation operation) => operation switch
    {
        DomainOperation.Register => r.Contacts.RequiredRoles,
        DomainOperation.OwnerChange => r.Contacts.RequiredRoles,
        _ => [],
    };

    private static void Operation(ITldDefinition definition, DomainOperation op, Words w, JsonArray conditions)
    {
        var r = definition.Rules.On(ValidationContext.Default.Today);
        var name = OrderJsonNames.Of(op);
        var when = OperationIs(name);
        var opText = w.Operation(op);
        // One rule per requirement, so each problem is one error naming its own value.
        void Add(JsonObject condition, JsonObject requirement, string field, string text) =>
            conditions.Add(SchemaRule.When(condition, requirement, field, $"{text} ({opText})"));

        // Periods: the properties' enum has every operation's periods; this rule only removes the others'.
        var terms = r.Terms.For(op);
        var allTerms = SupportedOperations(r).SelectMany(o => r.Terms.For(o)).Distinct().ToList();
        var others = allTerms.Except(terms).Order().ToList();
        if (terms.Count > 0 && others.Count > 0)
            Add(when, Property("years", new JsonObject { ["not"] = new JsonObject { ["enum"] = Ints(others) } }), "/years", $"years: {w.Periods(terms)}");
        if (op == DomainOperation.Renew) Add(when, Require("expiresOn"), "/expiresOn", "expiresOn: " + w.T("renewal.expiresOn"));
        if (op == DomainOperation.Transfer && r.Transfer.AuthCodeRequired) Add(when, Require("authCode"), "/authCode", "authCode: " + w.T("transfer.auth"));
        // As the generated validator: nameservers counted on registrations and transfers, add-ons on all but owner changes.
        if (op is DomainOperation.Register or DomainOperation.Transfer && r.Nameservers.Min > 0)
        {
            var range = w.F("ns.range", r.Nameservers.Min == r.Nameservers.Max ? r.Nameservers.Min.ToString() : w.F("range", r.Nameservers.Min, r.Nameservers.Max));
            Add(when, Require("nameservers"), "/nameservers", range);
            Add(when, Property("nameservers", new JsonObject { ["type"] = "array", ["minItems"] = r.Nameservers.Min }), "/nameservers", range);
        }
        if (op != DomainOperation.OwnerChange)
        {
            // "not true" rather than "false": a non-boolean is the property's own (single) type error.
            if (!r.AddOns.IdProtection) Add(when, Property("idProtection", NotTrue()), "/idProtection", w.T("addon.idProtection") + ": " + w.T("notAvailable"));
            if (!r.AddOns.RegistrarLock) Add(when, Property("registrarLock", NotTrue()), "/registrarLock", w.T("addon.registrarLock") + ": " + w.T("notAvailable"));
        }

        foreach (var role in RolesFor(r, op).Select(role => RulesJson.Camel(role.ToString())))
            Add(when, Within("contacts", new JsonObject { ["type"] = "object", ["required"] = new JsonArray(role) }), "/contacts/" + role, $"contacts.{role}");

        // Fields: which names the operation accepts, which it requires, and under which conditions.
        var known = FieldsFor(definition, op).ToList();
        var allowed = new JsonObject();
        foreach (var f in known) allowed[f.Name] = new JsonObject();
        Add(when, Property("fields", new JsonObject { ["type"] = "object", ["properties"] = allowed, ["additionalProperties"] = false }),
            "/fields", "fields: " + (known.Count == 0 ? "none" : string.Join(", ", known.Select(f => f.Name))));
        var applicable = known.Where(f => f.Type != FieldType.Display).ToList();
        foreach (var f in applicable.Where(f => f.Required || f.MustBeChecked && f.RequiredWhen is null))
            Add(when, FieldIs(f.Name, f.MustBeChecked), "/fields/" + f.Name, f.Name + ": " + w.T(f.MustBeChecked ? "field.mustBeChecked" : "field.required"));

        foreach (var f in applicable.Where(f => f.RequiredWhen is not null))
            Add(Both(when, Condition(f.RequiredWhen!)), FieldIs(f.Name, f.MustBeChecked), "/fields/" + f.Name,
                $"{f.Name}: {w.F("field.requiredWhen", w.Condition(f.RequiredWhen!))}");

        // Agreements that must be ticked only under a condition (.fr trustee, .it consent).
        foreach (var f in applicable.Where(f => f.MustBeCheckedWhen is not null))
            Add(Both(when, Condition(f.MustBeCheckedWhen!)), FieldIs(f.Name, mustBeChecked: true), "/fields/" + f.Name,
                $"{f.Name}: {w.F("field.mustBeCheckedWhen", w.Condition(f.MustBeCheckedWhen!))}");

        // TLD-specific contact rules that depend on a condition.
        foreach (var format in r.Contacts.Formats.Where(f => f.RequiredWhen is not null))
        {
            var targets = format.Roles.Count > 0 ? format.Roles : [ContactRole.Registrant, ContactRole.Admin, ContactRole.Tech, ContactRole.Billing];
            var given = new JsonObject { ["type"] = "object", ["required"] = new JsonArray(format.Property) };
            // An organization's missing name is already the contact definition's problem: reported once, there.
            if (format.Property == "organization")
                given = new JsonObject { ["type"] = "object", ["anyOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("organization") }, IsOrganization()) };
            foreach (var role in targets.Select(role => RulesJson.Camel(role.ToString())))
                // Only for the contacts given: a missing role is its own rule's problem.
                Add(Both(when, Condition(format.RequiredWhen!)),
                    Property("contacts", new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [role] = given.DeepClone() } }),
                    $"/contacts/{role}/{format.Property}", $"contacts.{role}.{format.Property}: {w.F("field.requiredWhen", w.Condition(format.RequiredWhen!))}");
        }
    }

    /// <summary>The operations the TLD takes; a closed TLD takes none, so any operation is one error here.</summary>
    private static JsonObject Operations(IReadOnlyList<DomainOperation> operations, Words w)
    {
        var node = new JsonObject { ["type"] = "string", ["title"] = w.T("schema.operation"), ["description"] = "What to do with the domain." };
        if (operations.Count == 0)
        {
            node["not"] = new JsonObject();
            return node;
        }
        node["enum"] = Strings(operations.Select(OrderJsonNames.Of));
        node[Annotations.EnumTitles] = Strings(operations.Select(op => w.T("schema.op." + OrderJsonNames.Of(op))));
        return node;
    }

    private static JsonObject Both(JsonObject a, JsonObject b) => new() { ["allOf"] = new JsonArray(a.DeepClone(), b) };

    private static JsonObject Require(string property) => new() { ["required"] = new JsonArray(property) };

    /// <summary>The property, where present, matches <paramref name="value"/>.</summary>
    private static JsonObject Property(string property, JsonObject value) => new() { ["properties"] = new JsonObject { [property] = value } };

    /// <summary>The property is present and matches <paramref name="value"/>.</summary>
    private static JsonObject Within(string property, JsonObject value) => new()
    {
        ["required"] = new JsonArray(property),
        ["properties"] = new JsonObject { [property] = value },
    };

    /// <summary>fields.name is given (and, for an agreement, ticked).</summary>
    private static JsonObject FieldIs(string field, bool mustBeChecked)
    {
        var fields = new JsonObject { ["type"] = "object", ["required"] = new JsonArray(field) };
        // "not false" rather than "true": a non-boolean is the field's own (single) type error.
        if (mustBeChecked) fields["properties"] = new JsonObject { [field] = new JsonObject { ["not"] = new JsonObject { ["enum"] = new JsonArray(false) } } };
        return Within("fields", fields);
    }

    private static JsonObject NotTrue() => new() { ["not"] = new JsonObject { ["enum"] = new JsonArray(true) } };

    private static JsonObject OperationIs(string operation) => new()
    {
        ["properties"] = new JsonObject { ["operation"] = new JsonObject { ["enum"] = new JsonArray(operation) } },
        ["required"] = new JsonArray("operation"),
    };

    /// <summary>A condition tree as a schema that holds exactly when the condition does.</summary>
    public static JsonObject Condition(FieldCondition condition) => condition switch
    {
        FieldValueCondition v => Field(v.Field, v.Negated
            ? new JsonObject { ["type"] = "string", ["pattern"] = NotBlank, ["not"] = new JsonObject { ["enum"] = Strings(v.Values) } }
            : new JsonObject { ["enum"] = Strings(v.Values) }),
        FieldCheckedCondition { Checked: true } c => Field(c.Field, new JsonObject { ["enum"] = new JsonArray(true) }),
        FieldCheckedCondition c => new JsonObject { ["not"] = Field(c.Field, new JsonObject { ["enum"] = new JsonArray(true) }) },
        RegistrantTypeCondition { Type: RegistrantType.Organization } => Registrant(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
            ["required"] = new JsonArray("type"),
        }),
        // A contact without type is an individual.
        RegistrantTypeCondition => Registrant(new JsonObject
        {
            ["type"] = "object",
            ["not"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
                ["required"] = new JsonArray("type"),
            },
        }),
        RegistrantCountryCondition c => Registrant(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["country"] = c.Negated
                    ? new JsonObject { ["type"] = "string", ["not"] = new JsonObject { ["pattern"] = CountryPattern(c.Countries) } }
                    : new JsonObject { ["type"] = "string", ["pattern"] = CountryPattern(c.Countries) },
            },
            ["required"] = new JsonArray("country"),
        }),
        AllOfCondition all => new JsonObject { ["allOf"] = new JsonArray(all.Conditions.Select(x => (JsonNode)Condition(x)).ToArray()) },
        AnyOfCondition any => new JsonObject { ["anyOf"] = new JsonArray(any.Conditions.Select(x => (JsonNode)Condition(x)).ToArray()) },
        NotCondition not => new JsonObject { ["not"] = Condition(not.Condition) },
        _ => new JsonObject(),
    };

    private static JsonObject Field(string name, JsonObject value) => new()
    {
        ["properties"] = new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [name] = value },
                ["required"] = new JsonArray(name),
            },
        },
        ["required"] = new JsonArray("fields"),
    };

    private static JsonObject Registrant(JsonObject registrant) => new()
    {
        ["properties"] = new JsonObject
        {
            ["contacts"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["registrant"] = registrant },
                ["required"] = new JsonArray("registrant"),
            },
        },
        ["required"] = new JsonArray("contacts"),
    };

    /// <summary>Countries match case-insensitively, as the validator compares them.</summary>
    private static string CountryPattern(IEnumerable<string> countries) =>
        "^(?:" + string.Join("|", countries.Select(CaseInsensitive)) + ")$";

    private static string CaseInsensitive(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c)) b.Append('[').Append(char.ToLowerInvariant(c)).Append(char.ToUpperInvariant(c)).Append(']');
            // '-' needs no escape outside a class, and ECMAScript's unicode mode (ajv) refuses "\-" there.
            else if (c is '.' or '+' or '*' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '^' or '$' or '\\') b.Append('\\').Append(c);
            else b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>A .NET pattern anchored for JSON Schema (which matches anywhere unless anchored).</summary>
    private static string Anchored(string pattern) => "^(?:" + pattern + ")$";

    private static JsonObject Domain(TldRules r, Words w)
    {
        var tlds = new[] { r.Tld, r.UnicodeTld }.Concat(r.Aliases).Distinct(StringComparer.Ordinal).Select(CaseInsensitive);
        var suffix = @"\.(?:" + string.Join("|", tlds) + @")\.?$";
        int min = r.Labels.MinLength, max = r.Labels.MaxLength;
        string ldh = $@"(?=[A-Za-z0-9-]{{{min},{max}}}\.)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
        // With IDN, a name that is not plain ASCII is checked by the validator (A-label length, repertoire).
        string label = r.Labels.Idn.Supported ? $@"(?:{ldh}|[^.\s]*[^\x00-\x7F][^.\s]*)" : ldh;
        // No "--" in positions 3 and 4 except the A-label prefix "xn--" (the validator's LdhLabel.CheckHyphens).
        label = @"(?!(?![Xx][Nn])[^.]{2}--)" + label;
        // Without IDN, an A-label is refused as the validator refuses it (idn-not-supported).
        if (!r.Labels.Idn.Supported) label = "(?![Xx][Nn]--)" + label;
        var description = new List<string> { w.F("labels.length", r.Tld, min == max ? min.ToString() : w.F("range", min, max)) };
        description.Add(r.Labels.Idn.Supported ? w.F("idn.yes", w.T("idn." + r.Labels.Idn.Mode)) : w.T("idn.no"));
        return new JsonObject
        {
            ["type"] = "string",
            ["title"] = w.T("schema.domain"),
            ["description"] = string.Join(" ", description),
            ["maxLength"] = 253,
            ["pattern"] = "^" + label + suffix,
            ["examples"] = new JsonArray("example." + r.UnicodeTld),
        };
    }

    private static JsonObject AuthCode(TldRules r, Words w)
    {
        var node = new JsonObject
        {
            ["type"] = "string",
            ["title"] = w.T("schema.authCode"),
            ["description"] = r.Transfer.Supported ? w.T(r.Transfer.AuthCodeRequired ? "transfer.auth" : "transfer.noAuth") : w.T("transfer.unsupported"),
        };
        if (r.Transfer.AuthCodePattern is { } pattern) node["pattern"] = Anchored(pattern);
        return node;
    }

    private static JsonObject AddOn(string title, bool available, Words w)
    {
        var node = new JsonObject
        {
            ["type"] = "boolean",
            ["title"] = title,
            ["description"] = $"{title}: {w.T(available ? "available" : "notAvailable")}",
            ["default"] = false,
        };
        return node;
    }

    private static JsonObject Fields(ITldDefinition definition, Words w)
    {
        var props = new JsonObject();
        foreach (var f in definition.Fields)
        {
            var node = new JsonObject
            {
                ["title"] = f.Label.Get(w.Language),
            };
            var description = f.Description?.Get(w.Language);
            var summary = Explanation.For(definition, w.Language).Fields.First(x => x.Name == f.Name).Summary;
            node["description"] = description is null ? summary : description + " (" + summary + ")";
            switch (f.Type)
            {
                case FieldType.Select:
                    node["type"] = "string";
                    node["enum"] = Strings(f.Options.Select(o => o.Value));
                    node[Annotations.EnumTitles] = Strings(f.Options.Select(o => o.Label.Get(w.Language)));
                    if (f.Display == SelectDisplay.Radio) node[Annotations.Display] = "radio";
                    break;
                case FieldType.Checkbox:
                    node["type"] = "boolean";
                    break;
                case FieldType.Display:
                    node["type"] = "string";
                    node["readOnly"] = true;
                    break;
                default:
                    node["type"] = "string";
                    if (f.Pattern is { } pattern) node["pattern"] = Anchored(pattern);
                    if (f.MinLength is { } min) node["minLength"] = min;
                    if (f.MaxLength is { } max) node["maxLength"] = max;
                    break;
            }
            if (f.Default is { } value)
                node["default"] = f.Type == FieldType.Checkbox ? JsonValue.Create(string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) : JsonValue.Create(value);
            props[f.Name] = node;
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = w.T("schema.fields"),
            ["description"] = "Additional field values by field name. Checkboxes are booleans.",
            ["properties"] = props,
        };
    }

    private static JsonObject Role(TldRules r, ContactRole role, Words w)
    {
        var node = new JsonObject
        {
            ["title"] = role == ContactRole.Registrant ? w.T("schema.registrant") : Capitalize(w.Role(role)),
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/contact" }),
        };
        var extra = new JsonObject();
        var extraProps = new JsonObject();
        var extraRequired = new List<string>();
        if (role == ContactRole.Registrant)
        {
            var types = r.Contacts.RegistrantTypes.Select(t => RulesJson.Camel(t.ToString())).ToList();
            if (types.Count == 1 && types[0] == "organization")
            {
                extraProps["type"] = new JsonObject { ["enum"] = new JsonArray("organization") };
                extraRequired.Add("type");
            }
            else if (types.Count == 1)
                extraProps["type"] = new JsonObject { ["enum"] = new JsonArray(types[0]) };
            if (r.Contacts.RegistrantCountries.Count > 0)
                extraProps["country"] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = CountryPattern(r.Contacts.RegistrantCountries),
                    ["description"] = w.F("contacts.countries", string.Join(", ", r.Contacts.RegistrantCountries)),
                };
        }
        foreach (var format in r.Contacts.Formats.Where(f => f.Roles.Count == 0 || f.Roles.Contains(role)))
        {
            var p = extraProps[format.Property] as JsonObject ?? new JsonObject();
            if (format.Pattern is not null || format.MaxLength is not null) p["type"] = format.Property == "street" ? "array" : "string";
            if (format.Pattern is { } pattern && format.Property != "street") p["pattern"] = Anchored(pattern);
            if (format.MaxLength is { } max && format.Property != "street") p["maxLength"] = max;
            if (format.Validator is { } validator) p["description"] = w.F("field.validator", Validators.Describe(validator));
            if (p.Count > 0) extraProps[format.Property] = p;
            if (format.Required) extraRequired.Add(format.Property);
        }
        if (extraProps.Count > 0) extra["properties"] = extraProps;
        if (extraRequired.Count > 0) extra["required"] = Strings(extraRequired.Distinct());
        // The type again: strict validators do not look through the $ref for it.
        if (extra.Count > 0)
        {
            extra["type"] = "object";
            ((JsonArray)node["allOf"]!).Add(extra);
        }
        return node;
    }

    private static JsonObject Contact(Words w)
    {
        var isOrganization = IsOrganization();
        var organization = new JsonObject
        {
            ["required"] = new JsonArray("organization"),
            ["properties"] = new JsonObject { ["organization"] = new JsonObject { ["type"] = "string", ["pattern"] = NotBlank } },
        };
        var person = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("firstName"), ["properties"] = new JsonObject { ["firstName"] = new JsonObject { ["type"] = "string", ["pattern"] = NotBlank } } },
                new JsonObject { ["required"] = new JsonArray("lastName"), ["properties"] = new JsonObject { ["lastName"] = new JsonObject { ["type"] = "string", ["pattern"] = NotBlank } } }),
        };
        JsonObject Text(string property, string? pattern = null)
        {
            var node = new JsonObject { ["type"] = "string", ["title"] = w.Property(property) };
            if (pattern is not null) node["pattern"] = pattern;
            return node;
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = w.T("schema.contact"),
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("email", "phone", "country"),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject
                {
                    ["type"] = "string",
                    ["title"] = w.Property("type"),
                    ["enum"] = new JsonArray("individual", "organization"),
                    [Annotations.EnumTitles] = new JsonArray(w.T("schema.individual"), w.T("schema.organization")),
                    ["default"] = "individual",
                },
                ["firstName"] = Text("firstName"),
                ["lastName"] = Text("lastName"),
                ["organization"] = Text("organization"),
                ["street"] = new JsonObject
                {
                    ["type"] = "array",
                    ["title"] = w.Property("street"),
                    ["items"] = new JsonObject { ["type"] = "string" },
                    ["maxItems"] = 3,
                },
                ["city"] = Text("city"),
                ["state"] = Text("state"),
                ["postalCode"] = Text("postalCode"),
                ["country"] = Text("country", CountryCodePattern),
                ["email"] = new JsonObject { ["type"] = "string", ["title"] = w.Property("email"), ["format"] = "email" },
                ["phone"] = Text("phone", ContactPhonePattern),
                ["fax"] = Text("fax", ContactPhonePattern),
                ["vatId"] = Text("vatId"),
            },
            // An organization needs its name; a person needs a first or last name.
            ["allOf"] = new JsonArray(
                SchemaRule.When(isOrganization, organization, "/organization", w.Property("organization")),
                SchemaRule.When(new JsonObject { ["not"] = isOrganization.DeepClone() }, person, "/lastName", w.Property("firstName") + " / " + w.Property("lastName"))),
        };
    }

    private static JsonObject IsOrganization() => new()
    {
        ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
        ["required"] = new JsonArray("type"),
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0]) + text[1..];

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonArray Ints(IEnumerable<int> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
