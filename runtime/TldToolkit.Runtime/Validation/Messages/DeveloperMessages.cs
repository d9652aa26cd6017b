using System.Globalization;

namespace TldToolkit.Validation.Messages;

/// <summary>Precise English messages for developers and logs: paths, raw values, patterns, invariant formats.</summary>
internal sealed class DeveloperMessages : MessageCatalog
{
    public static DeveloperMessages Instance { get; } = new();

    private DeveloperMessages() : base("en", "") { }

    public override string DatePattern => "yyyy-MM-dd";

    public override string Or => "or";

    protected override (string Open, string Close) QuoteMarks => ("'", "'");

    public override string Relative(DateOnly date, DateOnly today) =>
        "in " + (date.DayNumber - today.DayNumber).ToString(CultureInfo.InvariantCulture) + " days";

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["labelSeparator"] = ": ",
        ["count.character"] = "one=# character|other=# characters",
        ["count.nameserver"] = "one=# nameserver|other=# nameservers",
        ["count.day"] = "one=# day|other=# days",
        ["count.year"] = "one=# year|other=# years",
        ["count.line"] = "one=# line|other=# lines",
    };

    public override IReadOnlyDictionary<string, string[]> Templates { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["*"] = ["Validation failed at {path} ({code})."],
        [ErrorCodes.TldNotSupported] = ["No TLD in the catalog matches the domain {rawValue} (path {path}).", "No TLD in the catalog matches the domain (path {path})."],
        [ErrorCodes.TldClosed] = ["{path}: {rawValue} is closed ({detail}): the catalog refuses every order for it.", "{path}: the TLD is closed: the catalog refuses every order for it."],
        [ErrorCodes.DomainInvalid] = ["{path}: {rawValue} is not a domain name: {detail}.", "{path}: {rawValue} is not a domain name.", "{path}: the domain is empty or not a domain name."],
        [ErrorCodes.DomainNotRegistrable] = ["{path}: {rawValue} is not exactly one label below the TLD (or is the TLD itself).", "{path}: the name is not exactly one label below the TLD."],
        [ErrorCodes.LabelTooShort] = ["{path}: the registrable A-label has {actual} octets; the TLD's minimum is {min}.", "{path}: the registrable A-label is shorter than the TLD's minimum of {min} octets.", "{path}: the registrable label is shorter than the TLD allows."],
        [ErrorCodes.LabelTooLong] = ["{path}: the A-label has {actual} octets; the maximum is {max}.", "{path}: the A-label exceeds the maximum of {max} octets.", "{path}: a label is longer than the TLD or DNS (63 octets) allows."],
        [ErrorCodes.DomainTooLong] = ["{path}: the name has {actual} octets in ASCII form; the maximum is 253.", "{path}: the name exceeds 253 octets in ASCII form."],
        [ErrorCodes.LabelHyphenEdge] = ["{path}: a label starts or ends with '-' (RFC 5891 4.2.3.1).", "{path}: a label starts or ends with '-'."],
        [ErrorCodes.LabelHyphen34] = ["{path}: a label has '--' in positions 3 and 4 without being an xn-- A-label (RFC 5891 4.2.3.1)."],
        [ErrorCodes.LabelInvalidCharacter] = ["{path}: the label contains {rawValue}, outside LDH, and is no valid IDN.", "{path}: the label contains characters outside LDH and is no valid IDN."],
        [ErrorCodes.IdnNotSupported] = ["{path}: the name is an IDN and the TLD's idn.supported is false."],
        [ErrorCodes.IdnInvalid] = ["{path}: UTS #46 / IDNA2008 processing of {rawValue} failed: {detail}.", "{path}: UTS #46 / IDNA2008 processing failed: {detail}.", "{path}: UTS #46 / IDNA2008 processing failed."],
        [ErrorCodes.IdnCharacterNotAllowed] = ["{path}: {rawValue} is outside the TLD's IDN repertoire ({detail}).", "{path}: {rawValue} is outside the TLD's IDN repertoire.", "{path}: a code point is outside the TLD's IDN repertoire."],
        [ErrorCodes.IdnMixedScripts] = ["{path}: the label mixes scripts ({detail}) and the TLD sets mixedScriptsAllowed = false.", "{path}: the label mixes scripts and the TLD sets mixedScriptsAllowed = false."],
        [ErrorCodes.IdnLanguageRequired] = ["{path}: the TLD requires an IDN language tag (DomainOrder.IdnLanguage) and the order has none."],
        [ErrorCodes.OperationNotSupported] = ["{path}: the TLD does not support the operation {rawValue}.", "{path}: the TLD does not support this operation."],
        [ErrorCodes.TermNotAllowed] = ["{path}: {actual} is not an allowed period for this operation; allowed years: {allowedRaw}.", "{path}: the period is not allowed; allowed years: {allowedRaw}.", "{path}: the period is not allowed for this operation."],
        [ErrorCodes.RenewalTooEarly] = [
            "{path}: the renewal window ({days} before expiry) opens on {date}; today is {today}.",
            "{path}: the renewal window opens on {date}.",
            "{path}: the renewal comes before the TLD's renewal window opens."],
        [ErrorCodes.RenewalBeyondHorizon] = [
            "{path}: renewing {actual} year(s) moves the expiry beyond {date} (today + maxHorizonYears {max}).",
            "{path}: renewing {actual} year(s) moves the expiry beyond the TLD's maximum horizon.",
            "{path}: the renewal moves the expiry beyond the TLD's maximum horizon."],
        [ErrorCodes.ExpiryDateRequired] = ["{path}: a renewal needs DomainOrder.ExpiresOn (the current expiry date)."],
        [ErrorCodes.AuthCodeRequired] = ["{path}: the TLD requires an auth code (EPP authInfo) for transfers and the order has none."],
        [ErrorCodes.AuthCodeInvalid] = ["{path}: the auth code does not match the TLD's pattern {detail} (value not logged).", "{path}: the auth code does not have the form the registry expects (value not logged)."],
        [ErrorCodes.IdProtectionNotSupported] = ["{path}: ID protection was ordered and the TLD's addOns.idProtection is false."],
        [ErrorCodes.RegistrarLockNotSupported] = ["{path}: registrar lock was ordered and the TLD's addOns.registrarLock is false."],
        [ErrorCodes.NameserversTooFew] = ["{path}: {actual} nameserver(s) given; the TLD requires {min} to {max}.", "{path}: fewer nameservers than the TLD's minimum of {min}.", "{path}: fewer nameservers than the TLD requires."],
        [ErrorCodes.NameserversTooMany] = ["{path}: {actual} nameserver(s) given; the TLD allows {min} to {max}.", "{path}: more nameservers than the TLD's maximum of {max}.", "{path}: more nameservers than the TLD allows."],
        [ErrorCodes.NameserverInvalid] = ["{path}: {rawValue} is not a host name (LDH or xn-- A-labels, at least two labels, non-numeric TLD; reason {reason}).", "{path}: {rawValue} is not a host name (LDH or xn-- A-labels, at least two labels, non-numeric TLD).", "{path}: not a host name."],
        [ErrorCodes.NameserverDuplicate] = ["{path}: {rawValue} repeats an earlier nameserver (compared case-insensitively, trailing dot ignored).", "{path}: repeats an earlier nameserver."],
        [ErrorCodes.ContactRequired] = ["{path}: the TLD requires this contact role and the order has none."],
        [ErrorCodes.RegistrantTypeNotAllowed] = ["{path}: registrant type {rawValue} is not allowed; allowed: {allowedRaw}.", "{path}: the registrant type is not allowed."],
        [ErrorCodes.RegistrantCountryNotAllowed] = ["{path}: registrant country {rawValue} is not in the TLD's registrantCountries ({allowedRaw}).", "{path}: the registrant country is not in the TLD's registrantCountries."],
        [ErrorCodes.ContactPropertyRequired] = ["{path}: required contact property is missing or blank."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooManyLines] = ["{path}: {actual} lines; the maximum is {max}.", "{path}: more than {max} lines."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooLong] = ["{path}: value has {actual} characters; the maximum is {max}.", "{path}: value is longer than the maximum of {max} characters."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.InvalidCharacters] = ["{path}: value contains control characters, bidi controls or lone surrogates: {rawValue}."],
        [ErrorCodes.ContactPropertyInvalid] = [
            "{path}: {rawValue} fails the {reason} check ({detail}).",
            "{path}: {rawValue} fails the {reason} check.",
            "{path}: {rawValue} does not have the required format.",
            "{path}: the value does not have the required format."],
        [ErrorCodes.FieldRequired] = ["{path} ({enLabel}): required field is missing or blank.", "{path}: required field is missing or blank."],
        [ErrorCodes.FieldOptionInvalid] = ["{path} ({enLabel}): {rawValue} is not an option value (ordinal, case-sensitive); options: {allowedRaw}.", "{path}: {rawValue} is not an option value; options: {allowedRaw}.", "{path}: the value is not an option value."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooShort] = ["{path} ({enLabel}): value has {actual} characters; the minimum is {min}.", "{path}: value is shorter than the minimum of {min} characters."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooLong] = ["{path} ({enLabel}): value has {actual} characters; the maximum is {max}.", "{path}: value is longer than the maximum of {max} characters."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Pattern] = ["{path} ({enLabel}): {rawValue} does not match the pattern {detail}.", "{path}: {rawValue} does not match the pattern {detail}.", "{path}: the value does not match the field's pattern."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.CheckDigits] = ["{path} ({enLabel}): {rawValue} fails the check-digit validator ({detail}).", "{path}: {rawValue} fails the check-digit validator.", "{path}: the value fails the check-digit validator."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Checkbox] = ["{path} ({enLabel}): {rawValue} is not a checkbox value (true/false, 1/0, on/off, yes/no).", "{path}: the value is not a checkbox value (true/false)."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.InvalidCharacters] = ["{path} ({enLabel}): value contains control characters, bidi controls or lone surrogates: {rawValue}.", "{path}: value contains control characters, bidi controls or lone surrogates."],
        [ErrorCodes.FieldInvalid] = ["{path} ({enLabel}): {rawValue} is invalid.", "{path}: {rawValue} is invalid.", "{path}: the value is invalid."],
        [ErrorCodes.FieldAgreementRequired] = ["{path} ({enLabel}): agreement checkbox must be 'true'.", "{path}: agreement checkbox must be 'true'."],
        [ErrorCodes.FieldUnknown] = ["{path}: the TLD has no field {rawValue} for this operation.", "{path}: unknown field for this operation."],
    };
}
