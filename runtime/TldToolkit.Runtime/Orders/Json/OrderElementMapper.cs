using System.Globalization;
using System.Text.Json;
using TldToolkit.Validation;
using static TldToolkit.Orders.Json.ShapeValues;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Maps one order element of the format of docs/orders.md (order.schema.json) onto <see cref="DomainOrder"/>.
/// Never throws on bad data: every value of the wrong shape becomes an <see cref="OrderProblem"/>
/// at its path, and the rest of the order is still read.
/// </summary>
internal static class OrderElementMapper
{
    public static ParsedOrder Map(JsonElement element)
    {
        var problems = new ProblemList();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(OrderProblemCodes.NotAnObject, "", $"expected an order object, found {Kind(element.ValueKind)}"));
            return new ParsedOrder(null, problems.Items, null, null, null);
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
                        if (OrderJsonNames.TryParseOperation(op, out var parsed)) operation = parsed;
                        else problems.Add(new(OrderProblemCodes.ValueInvalid, name, $"'{Short(op)}' is not an operation: expected register, transfer, renew or ownerChange"));
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
                    contacts = ContactMapper.Contacts(value, problems);
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
        return new ParsedOrder(order, problems.Items, id, domain, operation is { } o ? OrderJsonNames.Of(o) : operationText);
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
}
