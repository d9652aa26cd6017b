namespace TldToolkit.Validation;

/// <summary>
/// Stable codes of validation errors. Applications may key their own texts and logic on them;
/// they never change once published (documented in docs/error-codes.md).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The TLD of the domain is not in the catalog.</summary>
    public const string TldNotSupported = "tld-not-supported";
    /// <summary>The TLD is in the catalog but not open to the public (a brand TLD, .arpa, a restricted zone): no order is accepted.</summary>
    public const string TldClosed = "tld-closed";
    /// <summary>The domain name is empty or not a name at all.</summary>
    public const string DomainInvalid = "domain-invalid";
    /// <summary>The name is below a registrable name (shop.example.com.au) or is the TLD itself.</summary>
    public const string DomainNotRegistrable = "domain-not-registrable";
    /// <summary>The registrable label is shorter than the TLD allows.</summary>
    public const string LabelTooShort = "label-too-short";
    /// <summary>A label is longer than the TLD (or DNS: 63 octets) allows.</summary>
    public const string LabelTooLong = "label-too-long";
    /// <summary>The whole name exceeds 253 octets.</summary>
    public const string DomainTooLong = "domain-too-long";
    /// <summary>A label starts or ends with a hyphen.</summary>
    public const string LabelHyphenEdge = "label-hyphen-edge";
    /// <summary>A label has hyphens in positions 3 and 4 without being an xn-- A-label.</summary>
    public const string LabelHyphen34 = "label-hyphen-34";
    /// <summary>A label has characters outside letters, digits and hyphen (and is no valid IDN).</summary>
    public const string LabelInvalidCharacter = "label-invalid-character";
    /// <summary>The TLD does not accept internationalized names.</summary>
    public const string IdnNotSupported = "idn-not-supported";
    /// <summary>The IDN fails UTS #46 / IDNA2008 processing (invalid code point, Bidi, CONTEXTJ/O, bad Punycode).</summary>
    public const string IdnInvalid = "idn-invalid";
    /// <summary>The IDN uses a character outside the TLD's repertoire.</summary>
    public const string IdnCharacterNotAllowed = "idn-character-not-allowed";
    /// <summary>The IDN mixes scripts where the TLD forbids it.</summary>
    public const string IdnMixedScripts = "idn-mixed-scripts";
    /// <summary>The TLD wants the IDN language tag and the order has none.</summary>
    public const string IdnLanguageRequired = "idn-language-required";
    /// <summary>The TLD does not offer this operation (e.g. no transfers). Renewals of TLDs that renew automatically are validated, not refused.</summary>
    public const string OperationNotSupported = "operation-not-supported";
    /// <summary>The period is not one the TLD accepts for this operation.</summary>
    public const string TermNotAllowed = "term-not-allowed";
    /// <summary>A renewal comes before the TLD's renewal window opens.</summary>
    public const string RenewalTooEarly = "renewal-too-early";
    /// <summary>A renewal would push the expiry date beyond the TLD's maximum horizon.</summary>
    public const string RenewalBeyondHorizon = "renewal-beyond-horizon";
    /// <summary>A renewal lacks the current expiry date.</summary>
    public const string ExpiryDateRequired = "expiry-date-required";
    /// <summary>A transfer lacks the auth code the TLD requires.</summary>
    public const string AuthCodeRequired = "auth-code-required";
    /// <summary>The auth code does not have the form the registry expects.</summary>
    public const string AuthCodeInvalid = "auth-code-invalid";
    /// <summary>ID protection ordered for a TLD that has none.</summary>
    public const string IdProtectionNotSupported = "id-protection-not-supported";
    /// <summary>Registrar lock ordered for a TLD that has none.</summary>
    public const string RegistrarLockNotSupported = "registrar-lock-not-supported";
    /// <summary>Fewer nameservers than the TLD requires.</summary>
    public const string NameserversTooFew = "nameservers-too-few";
    /// <summary>More nameservers than the TLD allows.</summary>
    public const string NameserversTooMany = "nameservers-too-many";
    /// <summary>A nameserver is not a valid host name.</summary>
    public const string NameserverInvalid = "nameserver-invalid";
    /// <summary>The same nameserver is listed twice.</summary>
    public const string NameserverDuplicate = "nameserver-duplicate";
    /// <summary>A contact role the TLD requires is missing.</summary>
    public const string ContactRequired = "contact-required";
    /// <summary>The registrant type (individual / organisation) is not allowed for the TLD.</summary>
    public const string RegistrantTypeNotAllowed = "registrant-type-not-allowed";
    /// <summary>The registrant's country does not meet the TLD's presence requirement.</summary>
    public const string RegistrantCountryNotAllowed = "registrant-country-not-allowed";
    /// <summary>A contact property that is required is missing.</summary>
    public const string ContactPropertyRequired = "contact-property-required";
    /// <summary>A contact property has the wrong format (email, phone, country, a TLD pattern, a check digit).</summary>
    public const string ContactPropertyInvalid = "contact-property-invalid";
    /// <summary>An additional field that is required (always or under the order's conditions) is missing.</summary>
    public const string FieldRequired = "field-required";
    /// <summary>An additional field's value is not one of its options.</summary>
    public const string FieldOptionInvalid = "field-option-invalid";
    /// <summary>An additional field's value does not match its pattern, length or check digits.</summary>
    public const string FieldInvalid = "field-invalid";
    /// <summary>An agreement checkbox was not accepted.</summary>
    public const string FieldAgreementRequired = "field-agreement-required";
    /// <summary>A value was given for a field the TLD does not know, or that does not apply to the operation.</summary>
    public const string FieldUnknown = "field-unknown";
}
