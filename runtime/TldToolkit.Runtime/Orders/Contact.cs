namespace TldToolkit.Orders;

/// <summary>Whether a contact is a natural person or an organisation.</summary>
public enum RegistrantType
{
    /// <summary>A natural person.</summary>
    Individual,
    /// <summary>A company, association or public body.</summary>
    Organization,
}

/// <summary>The role a contact plays for a domain.</summary>
public enum ContactRole
{
    /// <summary>The domain holder (owner).</summary>
    Registrant,
    /// <summary>Administrative contact.</summary>
    Admin,
    /// <summary>Technical contact.</summary>
    Tech,
    /// <summary>Billing contact.</summary>
    Billing,
}

/// <summary>A contact as an order carries it. Phone and fax use the EPP form <c>+CC.NNNN</c>.</summary>
public sealed class Contact
{
    /// <summary>Individual or organisation.</summary>
    public RegistrantType Type { get; init; }
    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }
    /// <summary>Family name.</summary>
    public string? LastName { get; init; }
    /// <summary>Organisation name (required for organisations).</summary>
    public string? Organization { get; init; }
    /// <summary>Street lines (one to three).</summary>
    public IReadOnlyList<string> Street { get; init; } = [];
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>State, province or region.</summary>
    public string? State { get; init; }
    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }
    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }
    /// <summary>Phone number in the form <c>+CC.NNNN</c>.</summary>
    public string? Phone { get; init; }
    /// <summary>Fax number in the form <c>+CC.NNNN</c>.</summary>
    public string? Fax { get; init; }
    /// <summary>VAT identification number.</summary>
    public string? VatId { get; init; }
}

/// <summary>The contacts of an order by role; a missing role is null.</summary>
public sealed class ContactSet
{
    /// <summary>The domain holder.</summary>
    public Contact? Registrant { get; init; }
    /// <summary>Administrative contact.</summary>
    public Contact? Admin { get; init; }
    /// <summary>Technical contact.</summary>
    public Contact? Tech { get; init; }
    /// <summary>Billing contact.</summary>
    public Contact? Billing { get; init; }

    /// <summary>The contact in <paramref name="role"/>, or null.</summary>
    public Contact? Get(ContactRole role) => role switch
    {
        ContactRole.Registrant => Registrant,
        ContactRole.Admin => Admin,
        ContactRole.Tech => Tech,
        ContactRole.Billing => Billing,
        _ => null,
    };

    /// <summary>An empty set (no contacts).</summary>
    public static ContactSet Empty { get; } = new();
}
