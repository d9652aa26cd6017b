using TldToolkit.Orders;

namespace TldToolkit.Validation;

/// <summary>
/// Builds the paths errors point at (<c>contacts.registrant.vatId</c>, <c>nameservers[2]</c>). Names are made
/// safe and short (see <see cref="Text.SafeText"/>), so a path can be logged and shown as it is.
/// </summary>
public static class Paths
{
    /// <summary>"contacts.registrant", "contacts.admin", ...</summary>
    public static string Contact(ContactRole role) => role switch
    {
        ContactRole.Registrant => "contacts.registrant",
        ContactRole.Admin => "contacts.admin",
        ContactRole.Tech => "contacts.tech",
        _ => "contacts.billing",
    };

    /// <summary>"contacts.registrant.email" and the like.</summary>
    public static string ContactProperty(ContactRole role, string property)
    {
        // The properties of a contact have their paths made once; anything else is built.
        int index = Array.IndexOf(ContactProperties, property);
        if (index >= 0 && (uint)role <= (uint)ContactRole.Billing) return KnownContactPaths[(int)role * ContactProperties.Length + index];
        return Contact(role) + "." + Text.Truncation.ForDisplay(property, 64);
    }

    private static readonly string[] ContactProperties =
        ["firstName", "lastName", "organization", "street", "city", "state", "postalCode", "country", "email", "phone", "fax", "vatId", "type"];

    private static readonly string[] KnownContactPaths =
        [.. Enum.GetValues<ContactRole>().Order().SelectMany(role => ContactProperties.Select(property => Contact(role) + "." + property))];

    /// <summary>"fields.legalType".</summary>
    public static string Field(string name) => "fields." + Text.Truncation.ForDisplay(name, 64);

    /// <summary>"nameservers[2]".</summary>
    public static string Index(string collection, int index) =>
        collection == "nameservers" && (uint)index < (uint)NameserverPaths.Length
            ? NameserverPaths[index]
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Text.Truncation.ForDisplay(collection, 64)}[{index}]");

    private static readonly string[] NameserverPaths =
        [.. Enumerable.Range(0, 16).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"nameservers[{i}]"))];
}
