using System.Text.Json;
using static TldToolkit.Orders.Json.ShapeValues;

namespace TldToolkit.Orders.Json;

/// <summary>The <c>contacts</c> object of an order onto <see cref="ContactSet"/>, with a problem for every value of the wrong shape.</summary>
internal static class ContactMapper
{
    private static readonly string[] ContactRoles = ["registrant", "admin", "tech", "billing"];

    public static ContactSet Contacts(JsonElement value, ProblemList problems)
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
}
