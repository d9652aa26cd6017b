namespace TldToolkit.Orders;

/// <summary>
/// One order as an application or a shopping cart hands it over: the generic shape every TLD's
/// validator accepts. Typed request builders produce the same shape.
/// </summary>
public sealed class DomainOrder
{
    /// <summary>Register, transfer, renew or owner change.</summary>
    public DomainOperation Operation { get; init; }
    /// <summary>The domain as the customer typed it (ASCII, A-label or U-label; case and full stops are normalised).</summary>
    public string Domain { get; init; } = "";
    /// <summary>Period in years.</summary>
    public int Years { get; init; } = 1;
    /// <summary>Current expiry date; needed for renewals.</summary>
    public DateOnly? ExpiresOn { get; init; }
    /// <summary>Auth code (EPP authInfo) for transfers.</summary>
    public string? AuthCode { get; init; }
    /// <summary>Nameserver host names.</summary>
    public IReadOnlyList<string> Nameservers { get; init; } = [];
    /// <summary>Contacts by role.</summary>
    public ContactSet Contacts { get; init; } = ContactSet.Empty;
    /// <summary>Add-ons ordered with the domain.</summary>
    public AddOns AddOns { get; init; } = AddOns.None;
    /// <summary>Additional field values keyed by the field's stable name (e.g. <c>legalType</c>); checkboxes carry "true" or "false".</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; init; } = EmptyFields;

    /// <summary>Language of the IDN table the label was written in, where a TLD asks for it (e.g. "de").</summary>
    public string? IdnLanguage { get; init; }

    private static readonly IReadOnlyDictionary<string, string?> EmptyFields =
        new Dictionary<string, string?>(StringComparer.Ordinal);
}
