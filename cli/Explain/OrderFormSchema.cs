using System.Text;
using System.Text.Json.Nodes;
using TldToolkit.Catalog;
using TldToolkit.Cli.Input;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Explain;

/// <summary>
/// <c>tldtool explain .ca --schema</c>: a JSON Schema (draft-07) of one TLD's order form, in the
/// order format of docs/orders.md. A web front end renders it (titles in the chosen language,
/// options with their labels) and validates client-side with it. It carries every rule JSON
/// Schema can express: operations, periods per operation, required and conditionally required
/// fields, options, patterns, lengths, add-ons, nameserver counts, contact rules. What it cannot
/// express (IDN repertoires, check digits, dates relative to today) is left to <c>tldtool validate</c>.
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

    // Constants are written as one-value "enum": draft-07 validators treat it like "const", and
    // NJsonSchema (which ignores "const") validates it. Option lists carry both, for form renderers.

    public static JsonObject Build(ITldDefinition definition, string language)
    {
        var r = definition.Rules.On(ValidationContext.Default.Today);
        var w = new Words(definition, language);
        var operations = SupportedOperations(r);

        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string", ["title"] = "Schema", ["description"] = "Reference to this schema, for editors." },
            ["id"] = new JsonObject { ["type"] = new JsonArray("string", "number"), ["title"] = w.T("schema.id"), ["description"] = "Your own reference for the order; echoed in the results." },
            ["operation"] = new JsonObject
            {
                ["type"] = "string",
                ["title"] = w.T("schema.operation"),
                ["description"] = "What to do with the domain.",
                ["oneOf"] = new JsonArray(operations.Select(op => (JsonNode)new JsonObject
                {
                    ["const"] = OrderMapper.Name(op),
                    ["enum"] = new JsonArray(OrderMapper.Name(op)),
                    ["title"] = w.T("schema.op." + OrderMapper.Name(op)),
                }).ToArray()),
            },
            ["domain"] = Domain(r, w),
            ["years"] = new JsonObject
            {
                ["type"] = "integer",
                ["title"] = w.T("schema.years"),
                ["description"] = string.Join(" ", operations.Where(op => r.Terms.For(op).Count > 0).Select(op => $"{w.Operation(op)}: {w.Periods(r.Terms.For(op))}.")),
                ["enum"] = Ints(operations.SelectMany(op => r.Terms.For(op)).Distinct().Order()),
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

        var conditions = new JsonArray();
        foreach (var op in operations) Operation(definition, op, w, conditions);

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"https://tldtoolkit.dev/schema/order-form/{r.Tld}.json",
            ["title"] = w.F("schema.title", r.Tld),
            ["description"] = w.F("schema.description", r.Tld),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("operation", "domain"),
            ["properties"] = properties,
            ["allOf"] = conditions,
            ["definitions"] = new JsonObject { ["contact"] = Contact(w) },
        };
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
        var name = OrderMapper.Name(op);
        var then = new JsonObject();
        var required = new List<string>();
        var props = new JsonObject();

        var terms = r.Terms.For(op);
        if (terms.Count > 0) props["years"] = new JsonObject { ["enum"] = Ints(terms) };
        if (op == DomainOperation.Renew) required.Add("expiresOn");
        if (op == DomainOperation.Transfer && r.Transfer.AuthCodeRequired) required.Add("authCode");
        // As the generated validator: nameservers counted on registrations and transfers, add-ons on all but owner changes.
        if (op is DomainOperation.Register or DomainOperation.Transfer && r.Nameservers.Min > 0)
        {
            required.Add("nameservers");
            props["nameservers"] = new JsonObject { ["minItems"] = r.Nameservers.Min };
        }

        if (op != DomainOperation.OwnerChange)
        {
            if (!r.AddOns.IdProtection) props["idProtection"] = new JsonObject { ["enum"] = new JsonArray(false) };
            if (!r.AddOns.RegistrarLock) props["registrarLock"] = new JsonObject { ["enum"] = new JsonArray(false) };
        }

        var roles = RolesFor(r, op).Select(role => RulesJson.Camel(role.ToString())).ToList();
        if (roles.Count > 0)
        {
            required.Add("contacts");
            props["contacts"] = new JsonObject { ["required"] = Strings(roles) };
        }

        // Fields: which names are allowed, which are required, and under which conditions.
        var known = FieldsFor(definition, op).ToList();
        var allowed = new JsonObject();
        foreach (var f in known) allowed[f.Name] = new JsonObject();
        var applicable = known.Where(f => f.Type != FieldType.Display).ToList();
        var fieldsThen = new JsonObject
        {
            // Field names the operation accepts (propertyNames would say it shorter; not every validator knows it).
            ["properties"] = allowed,
            ["additionalProperties"] = false,
        };
        var requiredFields = applicable.Where(f => f.Required || f.MustBeChecked && f.RequiredWhen is null).Select(f => f.Name).ToList();
        if (requiredFields.Count > 0)
        {
            fieldsThen["required"] = Strings(requiredFields);
            required.Add("fields");
        }
        foreach (var f in applicable.Where(f => f.MustBeChecked && f.RequiredWhen is null))
            allowed[f.Name] = new JsonObject { ["enum"] = new JsonArray(true) };
        props["fields"] = fieldsThen;

        if (props.Count > 0) then["properties"] = props;
        if (required.Count > 0) then["required"] = Strings(required);
        conditions.Add(Implies(OperationIs(name), then, $"operation {name}"));

        foreach (var f in applicable.Where(f => f.RequiredWhen is not null))
        {
            var fieldRule = new JsonObject { ["required"] = new JsonArray(f.Name) };
            if (f.MustBeChecked) fieldRule["properties"] = new JsonObject { [f.Name] = new JsonObject { ["enum"] = new JsonArray(true) } };
            conditions.Add(Implies(
                new JsonObject { ["allOf"] = new JsonArray(OperationIs(name), Condition(f.RequiredWhen!)) },
                new JsonObject
                {
                    ["required"] = new JsonArray("fields"),
                    ["properties"] = new JsonObject { ["fields"] = fieldRule },
                },
                $"{f.Name}: {w.F("field.requiredWhen", w.Condition(f.RequiredWhen!))} ({w.Operation(op)})"));
        }

        // Agreements that must be ticked only under a condition (.fr trustee, .it consent).
        foreach (var f in applicable.Where(f => f.MustBeCheckedWhen is not null))
        {
            conditions.Add(Implies(
                new JsonObject { ["allOf"] = new JsonArray(OperationIs(name), Condition(f.MustBeCheckedWhen!)) },
                new JsonObject
                {
                    ["required"] = new JsonArray("fields"),
                    ["properties"] = new JsonObject
                    {
                        ["fields"] = new JsonObject
                        {
                            ["required"] = new JsonArray(f.Name),
                            ["properties"] = new JsonObject { [f.Name] = new JsonObject { ["enum"] = new JsonArray(true) } },
                        },
                    },
                },
                $"{f.Name}: {w.F("field.mustBeCheckedWhen", w.Condition(f.MustBeCheckedWhen!))} ({w.Operation(op)})"));
        }

        // TLD-specific contact rules that depend on a condition.
        foreach (var format in r.Contacts.Formats.Where(f => f.RequiredWhen is not null))
        {
            var targets = (format.Roles.Count > 0 ? format.Roles : [ContactRole.Registrant, ContactRole.Admin, ContactRole.Tech, ContactRole.Billing]);
            var contactProps = new JsonObject();
            foreach (var role in targets)
                contactProps[RulesJson.Camel(role.ToString())] = new JsonObject { ["required"] = new JsonArray(format.Property) };
            conditions.Add(Implies(
                new JsonObject { ["allOf"] = new JsonArray(OperationIs(name), Condition(format.RequiredWhen!)) },
                new JsonObject { ["properties"] = new JsonObject { ["contacts"] = new JsonObject { ["properties"] = contactProps } } },
                $"{format.Property}: {w.F("field.requiredWhen", w.Condition(format.RequiredWhen!))} ({w.Operation(op)})"));
        }
    }

    /// <summary>
    /// "if condition then rule", twice: as draft-07 if/then for form renderers, and as the
    /// equivalent anyOf [not condition, rule] for validators without if/then (NJsonSchema).
    /// Both always agree, so a validator that reads both gets the same verdict.
    /// </summary>
    private static JsonObject Implies(JsonObject condition, JsonObject then, string comment) => new()
    {
        ["$comment"] = comment,
        ["if"] = condition,
        ["then"] = then,
        ["anyOf"] = new JsonArray(new JsonObject { ["not"] = condition.DeepClone() }, then.DeepClone()),
    };

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
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
            ["required"] = new JsonArray("type"),
        }),
        // A contact without type is an individual.
        RegistrantTypeCondition => Registrant(new JsonObject
        {
            ["not"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
                ["required"] = new JsonArray("type"),
            },
        }),
        RegistrantCountryCondition c => Registrant(new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["country"] = c.Negated
                    ? new JsonObject { ["not"] = new JsonObject { ["pattern"] = CountryPattern(c.Countries) } }
                    : new JsonObject { ["pattern"] = CountryPattern(c.Countries) },
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
            else if (c is '.' or '-' or '+' or '*' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '^' or '$' or '\\') b.Append('\\').Append(c);
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
                    node["oneOf"] = new JsonArray(f.Options.Select(o => (JsonNode)new JsonObject { ["const"] = o.Value, ["enum"] = new JsonArray(o.Value), ["title"] = o.Label.Get(w.Language) }).ToArray());
                    if (f.Display == SelectDisplay.Radio) node["x-display"] = "radio";
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
                    ["pattern"] = CountryPattern(r.Contacts.RegistrantCountries),
                    ["description"] = w.F("contacts.countries", string.Join(", ", r.Contacts.RegistrantCountries)),
                };
        }
        foreach (var format in r.Contacts.Formats.Where(f => f.Roles.Count == 0 || f.Roles.Contains(role)))
        {
            var p = extraProps[format.Property] as JsonObject ?? new JsonObject();
            if (format.Pattern is { } pattern && format.Property != "street") p["pattern"] = Anchored(pattern);
            if (format.MaxLength is { } max && format.Property != "street") p["maxLength"] = max;
            if (format.Validator is { } validator) p["description"] = w.F("field.validator", Validators.Describe(validator));
            if (p.Count > 0) extraProps[format.Property] = p;
            if (format.Required) extraRequired.Add(format.Property);
        }
        if (extraProps.Count > 0) extra["properties"] = extraProps;
        if (extraRequired.Count > 0) extra["required"] = Strings(extraRequired.Distinct());
        if (extra.Count > 0) ((JsonArray)node["allOf"]!).Add(extra);
        return node;
    }

    private static JsonObject Contact(Words w)
    {
        var isOrganization = new JsonObject
        {
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = new JsonArray("organization") } },
            ["required"] = new JsonArray("type"),
        };
        var organization = new JsonObject
        {
            ["required"] = new JsonArray("organization"),
            ["properties"] = new JsonObject { ["organization"] = new JsonObject { ["pattern"] = NotBlank } },
        };
        var person = new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("firstName"), ["properties"] = new JsonObject { ["firstName"] = new JsonObject { ["pattern"] = NotBlank } } },
                new JsonObject { ["required"] = new JsonArray("lastName"), ["properties"] = new JsonObject { ["lastName"] = new JsonObject { ["pattern"] = NotBlank } } }),
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
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["const"] = "individual", ["enum"] = new JsonArray("individual"), ["title"] = w.T("schema.individual") },
                        new JsonObject { ["const"] = "organization", ["enum"] = new JsonArray("organization"), ["title"] = w.T("schema.organization") }),
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
            // An organization needs its name; a person needs a first or last name (if/then/else,
            // and the same as anyOf for validators without if/then).
            ["if"] = isOrganization,
            ["then"] = organization,
            ["else"] = person,
            ["anyOf"] = new JsonArray(
                new JsonObject { ["allOf"] = new JsonArray(isOrganization.DeepClone(), organization.DeepClone()) },
                new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["not"] = isOrganization.DeepClone() }, person.DeepClone()) }),
        };
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0]) + text[1..];

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonArray Ints(IEnumerable<int> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
