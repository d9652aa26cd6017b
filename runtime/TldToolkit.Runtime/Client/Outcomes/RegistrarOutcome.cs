using System.Globalization;
using TldToolkit.Client.Outcomes.Messages;
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
    private readonly OutcomeText? _text;

    /// <summary>Creates an outcome with a fixed message (<see cref="MessageIn(string?)"/> returns it for every language).</summary>
    public RegistrarOutcome(OutcomeKind kind, string domain, string command, string message)
    {
        Kind = kind;
        Domain = domain;
        Command = command;
        Message = message;
    }

    /// <summary>Creates an outcome whose message is worded by the outcome catalogs, in English for <see cref="Message"/>.</summary>
    internal RegistrarOutcome(OutcomeKind kind, string domain, string command, OutcomeText text)
        : this(kind, domain, command, text.Render("en"))
    {
        _text = text;
    }

    /// <summary>A copy of <paramref name="other"/> for another command (the message, its wording and the field issue stay).</summary>
    internal RegistrarOutcome(RegistrarOutcome other, string command)
        : this(other.Kind, other.Domain, command, other.Message)
    {
        _text = other._text;
        RegistrarCode = other.RegistrarCode;
        RegistrarDescription = other.RegistrarDescription;
        ExpiresOn = other.ExpiresOn;
        Field = other.Field;
        ContactRole = other.ContactRole;
        ContactAttribute = other.ContactAttribute;
        ValidationErrors = other.ValidationErrors;
        WasSent = other.WasSent;
        ResolvedAfterLostReply = other.ResolvedAfterLostReply;
        Detail = other.Detail;
    }

    /// <summary>How the message is worded in other languages; null for a fixed message.</summary>
    internal OutcomeText? Text => _text;

    /// <summary>How it ended.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The domain (ASCII form when the order was valid; as typed otherwise).</summary>
    public string Domain { get; }

    /// <summary>The registrar command (AddDomain, TransferDomain, ...), or "validate" when nothing was sent.</summary>
    public string Command { get; }

    /// <summary>A message a customer can read, in English (see <see cref="MessageIn(string?)"/> for other languages).</summary>
    public string Message { get; }

    /// <summary>
    /// The message a customer can read, in <paramref name="language"/>: "en", "de", "fr" or "ar"
    /// (regional forms such as "de-CH" and "fr_FR" work; any other language gets English). Names the
    /// TLD's own label of a field the registry complained about; an order that failed validation gets
    /// the validation messages in that language. Never throws.
    /// </summary>
    public string MessageIn(string? language)
    {
        if (ValidationErrors.Count > 0 && Kind is OutcomeKind.ValidationFailed or OutcomeKind.TldNotSupported && _text is null)
            return string.Join(" ", ValidationErrors.Select(e => e.Message(language ?? "en")));
        return _text?.Render(language) ?? Message;
    }

    /// <summary>The message a customer can read, in the language of <paramref name="culture"/> (English when not offered).</summary>
    public string MessageIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return MessageIn(culture.Name);
    }

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

    /// <summary>
    /// One line for logs: kind, domain, message and the registrar's code. For an order that failed
    /// validation the line names the error codes and paths instead of the messages, because those
    /// quote what the customer typed (an e-mail address, a phone number) and logs carry no personal data;
    /// the registrar's description is shortened to its wording and attribute for the same reason.
    /// </summary>
    public override string ToString()
    {
        var registrar = RegistrarCode is { } code
            ? " [" + code.ToString(CultureInfo.InvariantCulture) + " " + Client.Wire.KeyValueWire.LogSafeDescription(RegistrarDescription) + "]"
            : "";
        var text = ValidationErrors.Count > 0 && _text is null
            ? string.Join("; ", ValidationErrors.Select(e => e.Code + " at " + e.Path))
            : _text?.RenderForLog() ?? Message;
        return $"{Kind} {Domain} ({Command}): {text}{registrar}";
    }
}
