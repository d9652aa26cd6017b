using System.Globalization;
using System.Text.Json;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Input;

/// <summary>An order read from JSON: the runtime order (when its operation and domain are known) and every shape problem.</summary>
internal sealed class MappedOrder
{
    public DomainOrder? Order { get; init; }
    public required IReadOnlyList<OrderProblem> Problems { get; init; }
    /// <summary>The domain as written (for reporting even when the order could not be mapped).</summary>
    public string? Domain { get; init; }
    /// <summary>The operation as written.</summary>
    public string? Operation { get; init; }
    /// <summary>The caller's own reference ("id"), echoed in results.</summary>
    public string? Id { get; init; }
}

/// <summary>
/// Maps the order format of docs/orders.md (order.schema.json) onto <see cref="DomainOrder"/>.
/// Never throws on bad data: every value of the wrong shape becomes an <see cref="OrderProblem"/>
/// at its path, and the rest of the order is still read.
/// </summary>
internal static class OrderMapper
{
    /// <summary>Operation names as orders spell them.</summary>
    public static readonly IReadOnlyList<(string Name, DomainOperation Operation)> Operations =
    [
        ("register", DomainOperation.Register),
        ("transfer", DomainOperation.Transfer),
        ("renew", DomainOperation.Renew),
        ("ownerChange", DomainOperation.OwnerChange),
    ];

    public static string Name(DomainOperation operation) => operation switch
    {
        DomainOperation.Register => "register",
        DomainOperation.Transfer => "transfer",
        DomainOperation.Renew => "renew",
        _ => "ownerChange",
    };

    private static readonly string[] ContactRoles = ["registrant", "admin", "tech", "billing"];

    public static MappedOrder Map(JsonElement element)
    {
        var problems = new ProblemList();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(OrderProblemCodes.NotAnObject, "", $"expected an order object, found {Kind(element.ValueKind)}"));
            return new MappedOrder { Problems = problems.Items };
        }

        DomainOperation? operation = null;
        string? operationText = null, domain = null, id = null, expiresText = null, authCode = null, idnLanguage = null;
        int years = 1;
        bool yearsGiven = false;
        DateOnly? expiresOn = null;
        bool idProtection = false, dnsManagement = false, registrarLock = false;
        IReadOnlyList<string> nameservers = [];
        ContactSet contacts = ContactSet.Empty;
        IReadOnlyDictionary<string, string?> fields = new Dictionary<string, string?>(StringComparer.Ordinal);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!TryKey(property, "", seen, problems, out var name)) continue;
            var value = property.Value;
            switch (name)
            {
                case "$schema":
                    break;
                case "id":
                    if (value.ValueKind == JsonValueKind.Number) id = value.GetRawText();
                    else id = String(value, name, problems, "a string or number");
                    break;
                case "operation":
                    if (String(value, name, problems) is { } op)
                    {
                        operationText = op;
                        foreach (var (opName, opValue) in Operations)
                            if (string.Equals(opName, op, StringComparison.OrdinalIgnoreCase)) operation = opValue;
                        if (operation is null)
                            problems.Add(new(OrderProblemCodes.ValueInvalid, name, $"'{Short(op)}' is not an operation: expected register, transfer, renew or ownerChange"));
                    }
                    break;
                case "domain":
                    domain = String(value, name, problems);
                    break;
                case "years":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var y)) { years = y; yearsGiven = true; }
                    else if (value.ValueKind != JsonValueKind.Null) problems.Add(Invalid(name, "a whole number of years", value));
                    break;
                case "expiresOn":
                    expiresText = String(value, name, problems);
                    if (expiresText is not null)
                    {
                        if (DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) expiresOn = date;
                        else problems.Add(new(OrderProblemCodes.ValueInvalid, name, $"'{Short(expiresText)}' is not a date in the form YYYY-MM-DD"));
                    }
                    break;
                case "authCode":
                    authCode = String(value, name, problems);
                    break;
                case "idProtection":
                    idProtection = Boolean(value, name, problems);
                    break;
                case "dnsManagement":
                    dnsManagement = Boolean(value, name, problems);
                    break;
                case "registrarLock":
                    registrarLock = Boolean(value, name, problems);
                    break;
                case "nameservers":
                    nameservers = StringArray(value, name, problems);
                    break;
                case "contacts":
                    contacts = Contacts(value, problems);
                    break;
                case "idnLanguage":
                    idnLanguage = String(value, name, problems);
                    break;
                case "fields":
                    fields = Fields(value, problems);
                    break;
                default:
                    problems.Add(Unknown(OrderPaths.Key("", name), name));
                    break;
            }
        }

        if (operationText is null && !problems.Exists(p => p.Path == "operation"))
            problems.Add(new(OrderProblemCodes.PropertyRequired, "operation", "the order has no operation (register, transfer, renew or ownerChange)"));
        if (domain is null && !problems.Exists(p => p.Path == "domain"))
            problems.Add(new(OrderProblemCodes.PropertyRequired, "domain", "the order has no domain"));

        DomainOrder? order = null;
        if (operation is { } knownOperation && domain is not null)
        {
            order = new DomainOrder
            {
                Operation = knownOperation,
                Domain = domain,
                // An owner change carries no period; a missing period elsewhere means one year.
                Years = yearsGiven ? years : 1,
                ExpiresOn = expiresOn,
                AuthCode = authCode,
                Nameservers = nameservers,
                Contacts = contacts,
                AddOns = idProtection || dnsManagement || registrarLock
                    ? new AddOns { IdProtection = idProtection, DnsManagement = dnsManagement, RegistrarLock = registrarLock }
                    : AddOns.None,
                Fields = fields,
                IdnLanguage = idnLanguage,
            };
        }
        return new MappedOrder { Order = order, Problems = problems.Items, Domain = domain, Operation = operation is { } o ? Name(o) : operationText, Id = id };
    }

    private static ContactSet Contacts(JsonElement value, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Null) return ContactSet.Empty;
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Invalid("contacts", "an object with registrant, admin, tech and billing", value));
            return ContactSet.Empty;
        }
        Contact? registrant = null, admin = null, tech = null, billing = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!TryKey(property, "contacts", seen, problems, out var name)) continue;
            var path = OrderPaths.Key("contacts", name);
            switch (name)
            {
                case "registrant": registrant = Contact(property.Value, path, problems); break;
                case "admin": admin = Contact(property.Value, path, problems); break;
                case "tech": tech = Contact(property.Value, path, problems); break;
                case "billing": billing = Contact(property.Value, path, problems); break;
                default: problems.Add(Unknown(path, name, "a contact role: " + string.Join(", ", ContactRoles))); break;
            }
        }
        return new ContactSet { Registrant = registrant, Admin = admin, Tech = tech, Billing = billing };
    }

    private static Contact? Contact(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Invalid(path, "a contact object", value));
            return null;
        }
        RegistrantType type = RegistrantType.Individual;
        string? firstName = null, lastName = null, organization = null, city = null, state = null, postalCode = null,
            country = null, email = null, phone = null, fax = null, vatId = null;
        IReadOnlyList<string> street = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!TryKey(property, path, seen, problems, out var name)) continue;
            var p = OrderPaths.Key(path, name);
            var v = property.Value;
            switch (name)
            {
                case "type":
                    var t = String(v, p, problems);
                    if (t is null) break;
                    if (string.Equals(t, "individual", StringComparison.OrdinalIgnoreCase)) type = RegistrantType.Individual;
                    else if (string.Equals(t, "organization", StringComparison.OrdinalIgnoreCase) || string.Equals(t, "organisation", StringComparison.OrdinalIgnoreCase)) type = RegistrantType.Organization;
                    else problems.Add(new(OrderProblemCodes.ValueInvalid, p, $"'{Short(t)}' is not a contact type: expected individual or organization"));
                    break;
                case "firstName": firstName = String(v, p, problems); break;
                case "lastName": lastName = String(v, p, problems); break;
                case "organization": organization = String(v, p, problems); break;
                case "street":
                    // One line may be given as a plain string.
                    if (v.ValueKind == JsonValueKind.String) street = String(v, p, problems) is { } line ? [line] : [];
                    else street = StringArray(v, p, problems);
                    break;
                case "city": city = String(v, p, problems); break;
                case "state": state = String(v, p, problems); break;
                case "postalCode": postalCode = StringOrNumber(v, p, problems); break;
                case "country": country = String(v, p, problems); break;
                case "email": email = String(v, p, problems); break;
                case "phone": phone = String(v, p, problems); break;
                case "fax": fax = String(v, p, problems); break;
                case "vatId": vatId = String(v, p, problems); break;
                default: problems.Add(Unknown(p, name)); break;
            }
        }
        return new Contact
        {
            Type = type, FirstName = firstName, LastName = lastName, Organization = organization, Street = street,
            City = city, State = state, PostalCode = postalCode, Country = country, Email = email, Phone = phone, Fax = fax, VatId = vatId,
        };
    }

    private static Dictionary<string, string?> Fields(JsonElement value, ProblemList problems)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (value.ValueKind == JsonValueKind.Null) return fields;
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Invalid("fields", "an object of field values by field name", value));
            return fields;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!TryKey(property, "fields", seen, problems, out var name)) continue;
            var v = property.Value;
            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    if (String(v, Paths.Field(name), problems) is { } text) fields[name] = text;
                    break;
                case JsonValueKind.True: fields[name] = "true"; break;
                case JsonValueKind.False: fields[name] = "false"; break;
                // A number typed without quotes (a registration number) is taken as written.
                case JsonValueKind.Number: fields[name] = v.GetRawText(); break;
                case JsonValueKind.Null: fields[name] = null; break;
                default: problems.Add(Invalid(Paths.Field(name), "a string or a boolean", v)); break;
            }
        }
        return fields;
    }

    private static string? String(JsonElement value, string path, ProblemList problems, string expected = "a string")
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            if (JsonText.TryGetString(value, out var text)) return text;
            problems.Add(new(OrderProblemCodes.ValueInvalid, path, $"expected {expected}, found text that is not valid Unicode (a lone surrogate or invalid UTF-8): \"{Short(text)}\""));
            return null;
        }
        if (value.ValueKind != JsonValueKind.Null) problems.Add(Invalid(path, expected, value));
        return null;
    }

    // The name of a property, or false when it cannot be used: not valid Unicode (reported as unknown)
    // or given twice in the same object (reported as a duplicate; the first value is kept, as the
    // generator does with TLD0012, and the order is invalid either way).
    private static bool TryKey(JsonProperty property, string parent, HashSet<string> seen, ProblemList problems, out string name)
    {
        if (!JsonText.TryGetName(property, out name))
        {
            problems.Add(new(OrderProblemCodes.PropertyUnknown, OrderPaths.Key(parent, name), $"'{Short(name)}' is not a property of an order: the name is not valid Unicode"));
            return false;
        }
        if (seen.Add(name)) return true;
        problems.Add(new(OrderProblemCodes.PropertyDuplicate, OrderPaths.Key(parent, name), "only the first value is read, and the order is not accepted until the name appears once"));
        return false;
    }

    private static string? StringOrNumber(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        return String(value, path, problems);
    }

    private static bool Boolean(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.True) return true;
        if (value.ValueKind is JsonValueKind.False or JsonValueKind.Null) return false;
        problems.Add(Invalid(path, "true or false", value));
        return false;
    }

    private static IReadOnlyList<string> StringArray(JsonElement value, string path, ProblemList problems)
    {
        if (value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(Invalid(path, "an array of strings", value));
            return [];
        }
        var list = new List<string>(value.GetArrayLength());
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{i}]";
            if (item.ValueKind != JsonValueKind.String) problems.Add(Invalid(itemPath, "a string", item));
            else if (String(item, itemPath, problems) is { } text) list.Add(text);
            i++;
        }
        return list;
    }

    private static OrderProblem Invalid(string path, string expected, JsonElement found) =>
        new(OrderProblemCodes.ValueInvalid, path, $"expected {expected}, found {Describe(found)}");

    private static OrderProblem Unknown(string path, string name, string? expected = null) =>
        new(OrderProblemCodes.PropertyUnknown, path, $"'{Short(name)}' is not a property of an order" + (expected is null ? "" : $": expected {expected}"));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Short(Shown(value))}\"",
        JsonValueKind.Number => $"the number {Short(value.GetRawText())}",
        _ => Kind(value.ValueKind),
    };

    private static string Shown(JsonElement value)
    {
        JsonText.TryGetString(value, out var text); // the lenient text when not valid Unicode
        return text;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Short(string? text) => Text.Truncation.ForDisplay(text, 40);
}
