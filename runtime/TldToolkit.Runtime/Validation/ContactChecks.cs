using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Validation;

/// <summary>Format checks of contact properties, shared by every TLD, plus the TLD-specific format rule.</summary>
public static class ContactChecks
{
    /// <summary>Checks one contact's basic completeness and formats; a null contact is skipped.</summary>
    public static void CheckContact(Contact? contact, ContactRole role, ref ErrorCollector errors)
    {
        if (contact is null) return;
        if (contact.Type == RegistrantType.Organization)
        {
            if (string.IsNullOrWhiteSpace(contact.Organization))
                errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "organization"));
        }
        else if (string.IsNullOrWhiteSpace(contact.FirstName) && string.IsNullOrWhiteSpace(contact.LastName))
        {
            errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "lastName"));
        }

        if (string.IsNullOrWhiteSpace(contact.Email))
            errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "email"));
        else if (!IsEmail(contact.Email))
            errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "email"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Email) });

        if (string.IsNullOrWhiteSpace(contact.Phone))
            errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "phone"));
        else if (!IsEppPhone(contact.Phone))
            errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "phone"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Phone), Detail = "+CC.NNNN" });

        if (!string.IsNullOrEmpty(contact.Fax) && !IsEppPhone(contact.Fax))
            errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "fax"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Fax), Detail = "+CC.NNNN" });

        if (string.IsNullOrWhiteSpace(contact.Country))
            errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "country"));
        else if (!IsCountryCode(contact.Country))
            errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "country"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Country) });
    }

    /// <summary>
    /// A TLD-specific rule on one property of the contacts in <paramref name="roles"/> (all present
    /// contacts when empty): required, pattern, maximum length, named validator.
    /// </summary>
    public static void CheckFormat(ContactSet contacts, IReadOnlyList<ContactRole> roles, string property, bool required,
        Regex? pattern, int? maxLength, Func<string, bool>? validator, ref ErrorCollector errors)
    {
        for (var role = ContactRole.Registrant; role <= ContactRole.Billing; role++)
        {
            if (roles.Count > 0 && !Contains(roles, role)) continue;
            var contact = contacts.Get(role);
            if (contact is null) continue;
            var value = PropertyValue(contact, property);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, property));
                continue;
            }
            var path = Paths.ContactProperty(role, property);
            if (errors.HasErrorAt(path)) continue; // the basic format check already complained
            bool ok = (maxLength is not { } max || value.Length <= max)
                && (pattern is null || Patterns.IsMatch(pattern, value))
                && (validator is null || validator(value));
            if (!ok)
                errors.Add(ErrorCodes.ContactPropertyInvalid, path, arguments: new ErrorArguments { Value = Truncation.ForDisplay(value), Detail = pattern?.ToString(), Max = maxLength });
        }
    }

    /// <summary>The value of a contact property by its TLD-data name (street lines joined by ", ").</summary>
    public static string? PropertyValue(Contact contact, string property) => property switch
    {
        "firstName" => contact.FirstName,
        "lastName" => contact.LastName,
        "organization" => contact.Organization,
        "street" => contact.Street.Count == 0 ? null : string.Join(", ", contact.Street),
        "city" => contact.City,
        "state" => contact.State,
        "postalCode" => contact.PostalCode,
        "country" => contact.Country,
        "email" => contact.Email,
        "phone" => contact.Phone,
        "fax" => contact.Fax,
        "vatId" => contact.VatId,
        _ => null,
    };

    /// <summary>True for an ISO 3166-1 alpha-2 shaped code (two ASCII letters).</summary>
    public static bool IsCountryCode(string value) =>
        value.Length == 2 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]);

    /// <summary>Country membership, case-insensitive.</summary>
    public static bool ContainsCountry(IReadOnlyList<string> countries, string country)
    {
        for (int i = 0; i < countries.Count; i++)
            if (string.Equals(countries[i], country, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The EPP phone form: "+", 1–3 digit country code, ".", 1–14 digits (RFC 5733).</summary>
    public static bool IsEppPhone(string value)
    {
        var s = value.AsSpan();
        if (s.Length < 4 || s.Length > 20 || s[0] != '+') return false;
        int dot = s.IndexOf('.');
        if (dot < 2 || dot > 4) return false;
        for (int i = 1; i < s.Length; i++)
            if (i != dot && !char.IsAsciiDigit(s[i])) return false;
        return s.Length - dot - 1 is >= 1 and <= 14;
    }

    /// <summary>A plain address check: one '@', a local part, a domain with a dot, no spaces or controls.</summary>
    public static bool IsEmail(string value)
    {
        var s = value.AsSpan();
        if (s.Length is < 3 or > 254) return false;
        int at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@') || at > 64) return false;
        var domain = s[(at + 1)..];
        int dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1) return false;
        foreach (var c in s)
            if (c <= ' ' || c == '\u007F' || char.IsControl(c)) return false;
        return true;
    }

    internal static string TypeName(RegistrantType type) => type == RegistrantType.Organization ? "organization" : "individual";

    internal static IReadOnlyList<string> TypeNames(IReadOnlyList<RegistrantType> types)
    {
        var names = new string[types.Count];
        for (int i = 0; i < names.Length; i++) names[i] = TypeName(types[i]);
        return names;
    }

    private static bool Contains(IReadOnlyList<ContactRole> roles, ContactRole role)
    {
        for (int i = 0; i < roles.Count; i++)
            if (roles[i] == role) return true;
        return false;
    }
}
