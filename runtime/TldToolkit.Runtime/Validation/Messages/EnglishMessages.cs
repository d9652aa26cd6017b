using System.Globalization;
using Humanizer;

namespace TldToolkit.Validation.Messages;

/// <summary>Customer messages in English (the fallback for every other language).</summary>
internal sealed class EnglishMessages : MessageCatalog
{
    public static EnglishMessages Instance { get; } = new();

    private EnglishMessages() : base("en", "en-GB") { }

    public override string DatePattern => "d MMMM yyyy";

    public override string Or => "or";

    protected override (string Open, string Close) QuoteMarks => ("“", "”");

    /// <summary>
    /// "in 2 months", "in 9 days", "tomorrow": Humanizer's date wording (same units as the other
    /// languages), turned from "2 months from now" into the "in …" form.
    /// </summary>
    public override string Relative(DateOnly date, DateOnly today)
    {
        var humanized = base.Relative(date, today);
        const string suffix = " from now";
        return humanized.EndsWith(suffix, StringComparison.Ordinal) ? "in " + humanized[..^suffix.Length] : humanized;
    }

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["labelSeparator"] = ": ",
        ["contactProperty"] = "{0} ({1})",
        ["range"] = "{0} to {2}",
        ["nameserver.n"] = "Nameserver {0}",
        ["count.character"] = "one=# character|other=# characters",
        ["count.nameserver"] = "one=# nameserver|other=# nameservers",
        ["count.day"] = "one=# day|other=# days",
        ["count.year"] = "one=# year|other=# years",
        ["count.line"] = "one=# line|other=# lines",
        ["role.registrant"] = "registrant",
        ["role.admin"] = "administrative contact",
        ["role.tech"] = "technical contact",
        ["role.billing"] = "billing contact",
        ["prop.firstName"] = "First name",
        ["prop.lastName"] = "Last name",
        ["prop.organization"] = "Organisation",
        ["prop.street"] = "Street",
        ["prop.city"] = "City",
        ["prop.state"] = "State or province",
        ["prop.postalCode"] = "Postcode",
        ["prop.country"] = "Country",
        ["prop.email"] = "E-mail address",
        ["prop.phone"] = "Phone number",
        ["prop.fax"] = "Fax number",
        ["prop.vatId"] = "VAT number",
        ["prop.type"] = "Registrant type",
        ["type.individual"] = "individuals",
        ["type.organization"] = "organisations",
        ["op.register"] = "Registration",
        ["op.transfer"] = "Transfer to us",
        ["op.renew"] = "Renewal",
        ["op.ownerChange"] = "Change of owner",
        ["path.domain"] = "Domain name",
        ["path.years"] = "Period",
        ["path.expiresOn"] = "Expiry date",
        ["path.authCode"] = "Auth code",
        ["path.operation"] = "Order",
        ["path.nameservers"] = "Nameservers",
        ["path.idnLanguage"] = "Language of the domain name",
        ["path.addOns.idProtection"] = "ID protection",
        ["path.addOns.registrarLock"] = "Registrar lock",
    };

    public override IReadOnlyDictionary<string, string[]> Templates { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["*"] = ["{label}: this value is not accepted."],
        [ErrorCodes.TldNotSupported] = ["We do not offer domain names like {value}.", "We do not offer this domain extension."],
        [ErrorCodes.TldClosed] = ["Domain names under {value} cannot be registered: the extension is not open to the public.", "This domain extension is not open to the public."],
        [ErrorCodes.DomainInvalid] = ["{value} is not a valid domain name.", "The domain name is not valid."],
        [ErrorCodes.DomainNotRegistrable] = [
            "{value} cannot be registered: enter a name directly under the domain extension (such as example.com.au, not shop.example.com.au).",
            "This name cannot be registered: enter a name directly under the domain extension."],
        [ErrorCodes.LabelTooShort] = ["The domain name is too short: it needs at least {minChars} before the extension.", "The domain name is too short for this extension."],
        [ErrorCodes.LabelTooLong] = ["The domain name is too long: it may have at most {maxChars} before the extension.", "The domain name is too long for this extension."],
        [ErrorCodes.DomainTooLong] = ["The domain name is too long: it may have at most {maxChars} in all.", "The domain name is too long."],
        [ErrorCodes.LabelHyphenEdge] = ["The domain name cannot start or end with a hyphen."],
        [ErrorCodes.LabelHyphen34] = ["The domain name cannot have hyphens in both the third and fourth position (as in “ab--cd”)."],
        [ErrorCodes.LabelInvalidCharacter] = [
            "The domain name contains {value}, which is not allowed: use letters, digits and hyphens.",
            "The domain name may only contain letters, digits and hyphens."],
        [ErrorCodes.IdnNotSupported] = ["This extension accepts only the letters a–z, digits and hyphens, not accented or non-Latin letters."],
        [ErrorCodes.IdnInvalid] = [
            "{value} is not a valid internationalised domain name.",
            "The domain name contains characters that cannot be combined this way in a domain name."],
        [ErrorCodes.IdnCharacterNotAllowed] = ["The character {value} is not allowed under this extension.", "The domain name contains a character this extension does not allow."],
        [ErrorCodes.IdnMixedScripts] = ["The domain name mixes letters of different alphabets (such as Latin and Cyrillic), which this extension does not allow."],
        [ErrorCodes.IdnLanguageRequired] = ["Please choose the language the domain name is written in."],
        [ErrorCodes.OperationNotSupported] = ["{operation} is not available for this domain extension.", "This order is not available for this domain extension."],
        [ErrorCodes.TermNotAllowed] = [
            "A period of {years} is not available. Please choose {allowedYears}.",
            "This period is not available. Please choose {allowedYears}.",
            "This period is not available."],
        [ErrorCodes.RenewalTooEarly] = [
            "It is too early to renew this domain: renewal opens {relative}, on {date} ({days} before expiry).",
            "It is too early to renew this domain: renewal opens on {date}.",
            "It is too early to renew this domain: renewal opens {days} before expiry.",
            "It is too early to renew this domain."],
        [ErrorCodes.RenewalBeyondHorizon] = [
            "Renewing for {years} would take the expiry date beyond {date}, the furthest the registry allows ({horizon} ahead). Please choose a shorter period.",
            "Renewing for {years} would take the expiry date further ahead than the registry allows. Please choose a shorter period.",
            "This renewal would take the expiry date further ahead than the registry allows. Please choose a shorter period."],
        [ErrorCodes.ExpiryDateRequired] = ["Please give the domain's current expiry date."],
        [ErrorCodes.AuthCodeRequired] = ["Please enter the auth code (transfer code) you received from the current registrar."],
        [ErrorCodes.AuthCodeInvalid] = ["The auth code does not have the expected format. Please check it with the current registrar."],
        [ErrorCodes.IdProtectionNotSupported] = ["ID protection is not available for this domain extension."],
        [ErrorCodes.RegistrarLockNotSupported] = ["The registrar lock is not available for this domain extension."],
        [ErrorCodes.NameserversTooFew] = ["Please give at least {minNs} (you gave {actual}).", "Please give at least {minNs}.", "Please give more nameservers."],
        [ErrorCodes.NameserversTooMany] = ["Please give at most {maxNs} (you gave {actual}).", "Please give at most {maxNs}.", "Please give fewer nameservers."],
        [ErrorCodes.NameserverInvalid + "." + ErrorReasons.NotAscii] = [
            "{label}: please enter {value} in its ASCII form (xn--…).",
            "{label}: please enter the host name in its ASCII form (xn--…)."],
        [ErrorCodes.NameserverInvalid] = ["{label}: {value} is not a valid host name (such as ns1.example.net).", "{label} is not a valid host name (such as ns1.example.net)."],
        [ErrorCodes.NameserverDuplicate] = ["{label}: {value} is listed more than once.", "{label} is listed more than once."],
        [ErrorCodes.ContactRequired] = ["Please add the {role}.", "{label} is missing."],
        [ErrorCodes.RegistrantTypeNotAllowed] = ["This domain can only be registered by {types}.", "This type of registrant is not allowed for this domain extension."],
        [ErrorCodes.RegistrantCountryNotAllowed] = [
            "The registrant's country must be {countries}; {value} is not accepted.",
            "The registrant's country must be {countries}.",
            "The registrant's country does not meet this extension's presence requirement."],
        [ErrorCodes.ContactPropertyRequired] = ["{label} is required."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Email] = ["{label}: {value} is not a valid e-mail address.", "{label} is not a valid e-mail address."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Phone] = [
            "{label}: {value} is not in the international form +CC.NNNN (such as +1.5555551234).",
            "{label} is not in the international form +CC.NNNN (such as +1.5555551234)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Country] = ["{label}: {value} is not a two-letter country code (such as CA or DE).", "{label} is not a two-letter country code (such as CA or DE)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooManyLines] = ["{label} may have at most {maxLines} (it has {actual}).", "{label} may have at most {maxLines}."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooLong] = ["{label} is too long: at most {maxChars}.", "{label} is too long."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label} contains invisible control characters; please type it again."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} is not a valid number; please check it for typing errors.",
            "{label} is not a valid number; please check it for typing errors."],
        [ErrorCodes.ContactPropertyInvalid] = ["{label}: {value} does not have the format the registry requires.", "{label} does not have the format the registry requires."],
        [ErrorCodes.FieldRequired] = ["{label} is required."],
        [ErrorCodes.FieldOptionInvalid] = [
            "{label}: {value} is not one of the choices. Please choose {options}.",
            "{label}: please choose {options}.",
            "{label}: please choose one of the options offered."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooShort] = ["{label} must have at least {minChars} (it has {actual}).", "{label} must have at least {minChars}.", "{label} is too short."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooLong] = ["{label} may have at most {maxChars} (it has {actual}).", "{label} may have at most {maxChars}.", "{label} is too long."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Pattern] = ["{label}: {value} does not have the expected format.", "{label} does not have the expected format."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} is not a valid number; please check it for typing errors.",
            "{label} is not a valid number; please check it for typing errors."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Checkbox] = ["{label}: please answer yes or no."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label} contains invisible control characters; please type it again."],
        [ErrorCodes.FieldInvalid] = ["{label}: {value} is not valid.", "{label} is not valid."],
        [ErrorCodes.FieldAgreementRequired] = ["Please tick {qlabel} to continue."],
        [ErrorCodes.FieldUnknown] = ["The field {value} does not apply to this order.", "{label} does not apply to this order."],
    };
}
