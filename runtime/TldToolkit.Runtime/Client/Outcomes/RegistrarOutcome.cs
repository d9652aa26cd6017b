using System.Globalization;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Client.Outcomes;

/// <summary>How a command ended. Every submission ends in exactly one of these.</summary>
public enum OutcomeKind
{
    /// <summary>Done: the domain is registered, transferred, renewed, restored or changed.</summary>
    Success,
    /// <summary>Accepted and waiting for the registry (asynchronous registrations, transfers awaiting approval); sync later.</summary>
    Pending,
    /// <summary>The domain is taken (or otherwise not available for registration).</summary>
    DomainNotAvailable,
    /// <summary>The registrar rejected contact data.</summary>
    InvalidContactData,
    /// <summary>The account does not have enough funds for the operation.</summary>
    InsufficientFunds,
    /// <summary>The TLD is not in the catalog (never sent) or the registrar does not offer it.</summary>
    TldNotSupported,
    /// <summary>The registry wants an additional field (or the auth code) it did not get, or rejected its value; see <see cref="RegistrarOutcome.Field"/>.</summary>
    AdditionalFieldInvalid,
    /// <summary>The registrar did not accept the account credentials.</summary>
    AuthenticationFailed,
    /// <summary>Not executed, for now: the registrar is busy or unreachable, or a lost reply was resolved as "nothing happened". Safe to try again.</summary>
    TemporaryFailure,
    /// <summary>The order failed validation; nothing was sent. See <see cref="RegistrarOutcome.ValidationErrors"/>.</summary>
    ValidationFailed,
    /// <summary>The domain (or transfer) is not in the account.</summary>
    NotFound,
    /// <summary>The registrar's reply could not be read (not the protocol), and a look-up showed nothing happened.</summary>
    ProtocolError,
    /// <summary>The registrar refused the command for another reason (see the registrar's code and description).</summary>
    Rejected,
    /// <summary>
    /// The reply was lost and the registrar could not be asked what happened, within the configured
    /// look-ups. Not a failure and not a success: a domain sync settles it. Never submit again blindly.
    /// </summary>
    Unconfirmed,
}

/// <summary>An additional field (or the auth code) the registry complained about, in our words.</summary>
/// <param name="FieldName">Our stable field name (<c>legalType</c>; <c>authCode</c> for the auth code).</param>
/// <param name="Label">The TLD's label for the field.</param>
/// <param name="RegistryName">The registry parameter the registrar named (<c>X-CA-LEGAL-TYPE</c>).</param>
/// <param name="Missing">True when the registry said the field is missing, false when the value was rejected.</param>
public sealed record FieldIssue(string FieldName, LocalizedText Label, string RegistryName, bool Missing)
{
    /// <summary>The path our validation errors use for the field (<c>fields.legalType</c>, <c>authCode</c>).</summary>
    public string Path => FieldName == "authCode" ? "authCode" : Paths.Field(FieldName);
}

/// <summary>
/// The result of one registrar command: a kind, a message a customer can read, and for the log the
/// registrar's raw code and description. Never carries credentials or auth codes.
/// </summary>
public sealed class RegistrarOutcome
{
    /// <summary>Creates an outcome.</summary>
    public RegistrarOutcome(OutcomeKind kind, string domain, string command, string message)
    {
        Kind = kind;
        Domain = domain;
        Command = command;
        Message = message;
    }

    /// <summary>How it ended.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The domain (ASCII form when the order was valid; as typed otherwise).</summary>
    public string Domain { get; }

    /// <summary>The registrar command (AddDomain, TransferDomain, ...), or "validate" when nothing was sent.</summary>
    public string Command { get; }

    /// <summary>A message a customer can read.</summary>
    public string Message { get; }

    /// <summary>The registrar's code, when a reply was read.</summary>
    public int? RegistrarCode { get; init; }

    /// <summary>The registrar's description, when a reply was read.</summary>
    public string? RegistrarDescription { get; init; }

    /// <summary>A technical note for logs (transport trouble, how a lost reply was resolved).</summary>
    public string? Detail { get; init; }

    /// <summary>Expiry date reported by the registrar, where known.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>The field the registry complained about (<see cref="OutcomeKind.AdditionalFieldInvalid"/>).</summary>
    public FieldIssue? Field { get; init; }

    /// <summary>The contact role whose data was rejected (<see cref="OutcomeKind.InvalidContactData"/>), where known.</summary>
    public Orders.ContactRole? ContactRole { get; init; }

    /// <summary>The contact attribute the registrar named (EMAIL, PHONE, ...), where known.</summary>
    public string? ContactAttribute { get; init; }

    /// <summary>The validation errors (<see cref="OutcomeKind.ValidationFailed"/>, and <see cref="OutcomeKind.TldNotSupported"/> before sending).</summary>
    public IReadOnlyList<ValidationError> ValidationErrors { get; init; } = [];

    /// <summary>True when the command went on the wire.</summary>
    public bool WasSent { get; init; }

    /// <summary>True when the reply to the command was lost and the outcome was settled by asking the registrar.</summary>
    public bool ResolvedAfterLostReply { get; init; }

    /// <summary>True for <see cref="OutcomeKind.Success"/> and <see cref="OutcomeKind.Pending"/>.</summary>
    public bool IsAccepted => Kind is OutcomeKind.Success or OutcomeKind.Pending;

    /// <summary>One line for logs: kind, domain, message and the registrar's code.</summary>
    public override string ToString()
    {
        var registrar = RegistrarCode is { } code
            ? " [" + code.ToString(CultureInfo.InvariantCulture) + " " + RegistrarDescription + "]"
            : "";
        return $"{Kind} {Domain} ({Command}): {Message}{registrar}";
    }
}
