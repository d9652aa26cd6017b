using TldToolkit.Catalog;
using TldToolkit.Commands;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Requests;

/// <summary>
/// What every request builder shares: the domain, the order it makes, and validating and building it with
/// its TLD's rules. For a TLD with additional fields the generator writes a class (<c>CaRegisterRequest</c>)
/// with the fields as typed properties; any other TLD is ordered with the base classes
/// (<c>new RegisterRequest(Tlds.Com)</c>).
/// </summary>
public abstract class DomainRequest
{
    private readonly DomainOperation _operation;

    /// <summary>A request for <paramref name="operation"/> under <paramref name="tld"/>'s rules.</summary>
    /// <param name="operation">The operation every order of this request carries.</param>
    /// <param name="tld">The TLD whose rules the request is validated and built with.</param>
    private protected DomainRequest(DomainOperation operation, ITldDefinition tld)
    {
        _operation = operation;
        Definition = tld ?? throw new ArgumentNullException(nameof(tld));
    }

    /// <summary>The domain, e.g. <c>example.ca</c> (ASCII, A-label or U-label).</summary>
    public string Domain { get; set; } = "";

    /// <summary>The TLD whose rules the request is validated and built with.</summary>
    public ITldDefinition Definition { get; }

    /// <summary>Writes the TLD's additional fields that have a value, by their stable names.</summary>
    /// <param name="fields">The order's fields; ordinal keys.</param>
    protected virtual void WriteFields(IDictionary<string, string?> fields)
    {
    }

    /// <summary>The request as the generic order every validator accepts.</summary>
    public DomainOrder ToOrder()
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        WriteFields(fields);
        return CreateOrder(_operation, fields);
    }

    /// <summary>The order of this kind of request, with the additional <paramref name="fields"/>.</summary>
    private protected abstract DomainOrder CreateOrder(DomainOperation operation, IReadOnlyDictionary<string, string?> fields);

    /// <summary>Validates the request with its TLD's rules, reporting every problem.</summary>
    /// <param name="context">The clock and settings; the system clock when null.</param>
    public ValidationResult Validate(ValidationContext? context = null) =>
        Definition.Validate(ToOrder(), context ?? ValidationContext.Default);

    /// <summary>Validates the request and, when valid, builds the command a registrar transport sends.</summary>
    /// <param name="context">The clock and settings; the system clock when null.</param>
    public BuildResult Build(ValidationContext? context = null) =>
        Definition.Build(ToOrder(), context ?? ValidationContext.Default);
}

/// <summary>A registration under a TLD's rules; the generated <c>&lt;Tld&gt;RegisterRequest</c> classes of TLDs with additional fields derive from it.</summary>
public class RegisterRequest : DomainRequest
{
    /// <summary>A registration request under <paramref name="tld"/>'s rules, for one year (a generated class may start from another period).</summary>
    /// <param name="tld">The TLD, e.g. <c>Tlds.Com</c> or <c>Tlds.Catalog.Find("com")</c>.</param>
    public RegisterRequest(ITldDefinition tld) : base(DomainOperation.Register, tld)
    {
    }

    /// <summary>Period in years; the generated class names the periods its TLD allows.</summary>
    public int Years { get; set; } = 1;

    /// <summary>The contacts by role.</summary>
    public ContactSet Contacts { get; set; } = ContactSet.Empty;

    /// <summary>Nameserver host names.</summary>
    public IReadOnlyList<string> Nameservers { get; set; } = [];

    /// <summary>Add-ons ordered with the domain.</summary>
    public AddOns AddOns { get; set; } = AddOns.None;

    /// <summary>
    /// The language of the IDN table the label is written in, where the TLD asks for it. When the TLD
    /// has an <c>idnLanguage</c> field, this property is that field too.
    /// </summary>
    public string? IdnLanguage { get; set; }

    private protected override DomainOrder CreateOrder(DomainOperation operation, IReadOnlyDictionary<string, string?> fields) => new()
    {
        Operation = operation,
        Domain = Domain,
        Years = Years,
        Contacts = Contacts,
        Nameservers = Nameservers,
        AddOns = AddOns,
        IdnLanguage = IdnLanguage,
        Fields = fields,
    };
}

/// <summary>A transfer from another registrar under a TLD's rules; the generated <c>&lt;Tld&gt;TransferRequest</c> classes of TLDs with additional fields derive from it.</summary>
public class TransferRequest : DomainRequest
{
    /// <summary>A transfer request under <paramref name="tld"/>'s rules, for one year (a generated class may start from another period).</summary>
    /// <param name="tld">The TLD, e.g. <c>Tlds.Com</c> or <c>Tlds.Catalog.Find("com")</c>.</param>
    public TransferRequest(ITldDefinition tld) : base(DomainOperation.Transfer, tld)
    {
    }

    /// <summary>Period in years; the generated class names the periods its TLD allows.</summary>
    public int Years { get; set; } = 1;

    /// <summary>The auth code (EPP authInfo).</summary>
    public string? AuthCode { get; set; }

    /// <summary>Nameserver host names.</summary>
    public IReadOnlyList<string> Nameservers { get; set; } = [];

    /// <summary>Add-ons ordered with the domain.</summary>
    public AddOns AddOns { get; set; } = AddOns.None;

    private protected override DomainOrder CreateOrder(DomainOperation operation, IReadOnlyDictionary<string, string?> fields) => new()
    {
        Operation = operation,
        Domain = Domain,
        Years = Years,
        AuthCode = AuthCode,
        Nameservers = Nameservers,
        AddOns = AddOns,
        Fields = fields,
    };
}

/// <summary>A renewal under a TLD's rules; the generated <c>&lt;Tld&gt;RenewRequest</c> classes of TLDs with additional fields derive from it.</summary>
public class RenewRequest : DomainRequest
{
    /// <summary>A renewal request under <paramref name="tld"/>'s rules, for one year (a generated class may start from another period).</summary>
    /// <param name="tld">The TLD, e.g. <c>Tlds.Com</c> or <c>Tlds.Catalog.Find("com")</c>.</param>
    public RenewRequest(ITldDefinition tld) : base(DomainOperation.Renew, tld)
    {
    }

    /// <summary>Period in years; the generated class names the periods its TLD allows.</summary>
    public int Years { get; set; } = 1;

    /// <summary>The current expiry date (required for renewals).</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Add-ons ordered with the domain.</summary>
    public AddOns AddOns { get; set; } = AddOns.None;

    private protected override DomainOrder CreateOrder(DomainOperation operation, IReadOnlyDictionary<string, string?> fields) => new()
    {
        Operation = operation,
        Domain = Domain,
        Years = Years,
        ExpiresOn = ExpiresOn,
        AddOns = AddOns,
        Fields = fields,
    };
}

/// <summary>An owner change (trade) under a TLD's rules; the generated <c>&lt;Tld&gt;OwnerChangeRequest</c> classes of TLDs with additional fields derive from it.</summary>
public class OwnerChangeRequest : DomainRequest
{
    /// <summary>A owner change request under <paramref name="tld"/>'s rules.</summary>
    /// <param name="tld">The TLD, e.g. <c>Tlds.Com</c> or <c>Tlds.Catalog.Find("com")</c>.</param>
    public OwnerChangeRequest(ITldDefinition tld) : base(DomainOperation.OwnerChange, tld)
    {
    }

    /// <summary>The contacts by role.</summary>
    public ContactSet Contacts { get; set; } = ContactSet.Empty;

    private protected override DomainOrder CreateOrder(DomainOperation operation, IReadOnlyDictionary<string, string?> fields) => new()
    {
        Operation = operation,
        Domain = Domain,
        Contacts = Contacts,
        Fields = fields,
    };
}
