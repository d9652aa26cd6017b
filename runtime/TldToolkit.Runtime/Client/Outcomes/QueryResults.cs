namespace TldToolkit.Client.Outcomes;

/// <summary>Availability of one name.</summary>
public enum Availability
{
    /// <summary>Free to register.</summary>
    Available,
    /// <summary>Registered (or reserved).</summary>
    Taken,
    /// <summary>Not a valid name for its TLD; not sent.</summary>
    Invalid,
    /// <summary>The TLD is not in the catalog or not offered by the registrar.</summary>
    TldNotSupported,
    /// <summary>The registrar could not answer for this name.</summary>
    Error,
}

/// <summary>The availability of one name.</summary>
/// <param name="Domain">The name (ASCII form when it could be checked).</param>
/// <param name="Status">Available, taken, ...</param>
/// <param name="Message">A message a customer can read.</param>
/// <param name="RegistrarCode">The registrar's code for the name (210, 211), when it answered.</param>
/// <param name="RegistrarDescription">The registrar's wording.</param>
public sealed record AvailabilityResult(string Domain, Availability Status, string Message, int? RegistrarCode = null, string? RegistrarDescription = null);

/// <summary>The state of a domain as the registrar reports it.</summary>
public enum RegistrarDomainState
{
    /// <summary>Registered and active.</summary>
    Active,
    /// <summary>Waiting for the registry (pending registration).</summary>
    Pending,
    /// <summary>Deleted, expired or in redemption.</summary>
    Deleted,
    /// <summary>Not in the account.</summary>
    NotFound,
    /// <summary>Not known (the registrar did not answer; see the outcome).</summary>
    Unknown,
}

/// <summary>The answer to StatusDomain.</summary>
public sealed class DomainStatusResult
{
    /// <summary>How the query ended (Success, NotFound or an error).</summary>
    public required RegistrarOutcome Outcome { get; init; }
    /// <summary>The state.</summary>
    public RegistrarDomainState State { get; init; } = RegistrarDomainState.Unknown;
    /// <summary>The registrar's status words (ACTIVE, PENDING, ...).</summary>
    public IReadOnlyList<string> Status { get; init; } = [];
    /// <summary>Expiry date.</summary>
    public DateOnly? ExpiresOn { get; init; }
    /// <summary>
    /// The date the registrar's renewals are paid until (PAIDUNTILDATE); null when the registrar does not say.
    /// For a TLD the registry renews automatically it moves with PayDomainRenewal, before the expiry date does.
    /// </summary>
    public DateOnly? PaidUntil { get; init; }
    /// <summary>
    /// When the domain was created in the account (CREATEDDATE, read as UTC); null when the registrar
    /// does not say. A lost AddDomain reply uses it to tell this order's registration from an older one.
    /// </summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Owner contact handle.</summary>
    public string? OwnerContact { get; init; }
    /// <summary>Nameservers.</summary>
    public IReadOnlyList<string> Nameservers { get; init; } = [];
}

/// <summary>The account balance (the "test connection" call).</summary>
public sealed class AccountBalanceResult
{
    /// <summary>How the query ended; Success means the connection and credentials work.</summary>
    public required RegistrarOutcome Outcome { get; init; }
    /// <summary>Balance (negative when in credit).</summary>
    public decimal? Amount { get; init; }
    /// <summary>Currency (ISO 4217).</summary>
    public string? Currency { get; init; }
    /// <summary>Credit line, where the registrar grants one.</summary>
    public decimal? CreditLimit { get; init; }
}

/// <summary>One contact of the account.</summary>
/// <param name="Handle">The contact handle (P-ABC123).</param>
/// <param name="Name">First and last name.</param>
/// <param name="Organization">Organisation.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Country">Country code.</param>
public sealed record ContactSummary(string Handle, string? Name, string? Organization, string? Email, string? Country);

/// <summary>The contacts of the account.</summary>
public sealed class ContactListResult
{
    /// <summary>How the query ended.</summary>
    public required RegistrarOutcome Outcome { get; init; }
    /// <summary>The contacts.</summary>
    public IReadOnlyList<ContactSummary> Contacts { get; init; } = [];
}
