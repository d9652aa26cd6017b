using TldToolkit.Catalog;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Client.Wire;
using TldToolkit.Commands;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Client.Outcomes;

/// <summary>
/// Turns a registrar's error reply into a typed outcome, by the codes of the HEXONET API documentation
/// (the RESPONSE tables of <c>API/DOMAIN/*.md</c>: 504 missing, 505/541 invalid, 530 login, 545 not
/// found, 546 credit limit, 554 already registered, 4xx try again) and the wording real replies carry.
/// Registrars word errors as <c>CODE = 504</c> / <c>DESCRIPTION = Missing required attribute; X-CA-LEGAL-TYPE</c>:
/// the part after the semicolon names the attribute, which is mapped back to our field (through the command's
/// <see cref="RegistryParameter.FieldName"/> or the TLD's field descriptors) or to a contact property.
/// </summary>
public static class ReplyMapper
{
    private static readonly string[] ContactAttributes =
        ["FIRSTNAME", "LASTNAME", "ORGANIZATION", "STREET", "CITY", "STATE", "ZIP", "COUNTRY", "PHONE", "FAX", "EMAIL", "CONTACT"];

    private static readonly LocalizedText AuthCodeLabel = new("Auth code", "Auth-Code", "Code d'autorisation", "رمز التفويض");

    /// <summary>Maps an error reply (not 2xx) of <paramref name="command"/> for <paramref name="domain"/>.</summary>
    /// <param name="response">The reply.</param>
    /// <param name="command">The command name.</param>
    /// <param name="domain">The domain the command was for.</param>
    /// <param name="domainCommand">The validated command (to map X- parameters back to field names), if any.</param>
    /// <param name="definition">The TLD definition (field labels), if any.</param>
    /// <param name="contactRole">The contact role an AddContact was made for, if any.</param>
    public static RegistrarOutcome MapError(RegistrarResponse response, string command, string domain,
        DomainCommand? domainCommand = null, ITldDefinition? definition = null, ContactRole? contactRole = null)
    {
        var description = response.Description;
        var displayDomain = domainCommand?.DomainUnicode ?? domain;
        var attribute = AttributeOf(description);
        int code = response.Code;

        RegistrarOutcome AuthCode(bool missing) =>
            Make(OutcomeKind.AdditionalFieldInvalid,
                new OutcomeText(missing ? OutcomeKeys.AuthCodeMissing : OutcomeKeys.AuthCodeInvalid, domain) { Label = AuthCodeLabel },
                new FieldIssue("authCode", AuthCodeLabel, "AUTH", missing));

        RegistrarOutcome Make(OutcomeKind kind, OutcomeText text, FieldIssue? field = null, string? contactAttribute = null) =>
            new(kind, domain, command, text)
            {
                RegistrarCode = code,
                RegistrarDescription = description,
                Field = field,
                ContactRole = kind == OutcomeKind.InvalidContactData ? contactRole ?? RoleOf(attribute) : null,
                ContactAttribute = contactAttribute,
                WasSent = true,
            };

        if (Contains(description, "tld not supported") || Contains(description, "tld is not supported") || Contains(description, "unsupported tld"))
            return Make(OutcomeKind.TldNotSupported, new OutcomeText(OutcomeKeys.RegistrarTldNotSupported, domain));

        // "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY WRONG AUTH": the auth code, whatever
        // the code; read before the availability and authorization rules, whose words it also contains.
        if (Contains(description, "wrong auth"))
            return AuthCode(missing: false);

        if (code == 546 || Contains(description, "credit limit") || Contains(description, "insufficient funds") || Contains(description, "not enough credit"))
            return Make(OutcomeKind.InsufficientFunds, new OutcomeText(OutcomeKeys.InsufficientFunds, domain));

        if (attribute is not null && attribute.Equals("AUTH", StringComparison.OrdinalIgnoreCase))
            return AuthCode(missing: code == 504 || Contains(description, "missing"));

        // 530 "Authentication failed" is the login; 531 "Authorization failed" is a permission the account
        // lacks (an ACL, another user's object), refused below with the registrar's words.
        if (code == 530)
            return Make(OutcomeKind.AuthenticationFailed, new OutcomeText(OutcomeKeys.Credentials, domain));

        if (code == 540 && Contains(description, "already assigned to your account"))
            return Make(OutcomeKind.DomainNotAvailable, new OutcomeText(OutcomeKeys.AlreadyInAccount, displayDomain));

        // 211 "Domain name not available" (CheckDomain), 554 "Object already registered" (AddDomain).
        if (code is 211 or 554 || Contains(description, "domain name not available") || Contains(description, "already registered")
            || Contains(description, "already exists") || Contains(description, "domain exists"))
            return Make(OutcomeKind.DomainNotAvailable, new OutcomeText(OutcomeKeys.NotAvailable, displayDomain));

        if (attribute is not null && attribute.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
        {
            bool missing = code == 504 || Contains(description, "missing");
            var issue = FindField(attribute, domainCommand, definition, missing);
            if (issue is not null)
                return Make(OutcomeKind.AdditionalFieldInvalid,
                    new OutcomeText(missing ? OutcomeKeys.FieldMissing : OutcomeKeys.FieldInvalid, displayDomain) { Label = issue.Label }, issue);
            return Make(OutcomeKind.Rejected, new OutcomeText(OutcomeKeys.RegistryRejected, displayDomain) { Description = description });
        }

        if (attribute is not null && IsContactAttribute(attribute))
        {
            var role = contactRole ?? RoleOf(attribute);
            return Make(OutcomeKind.InvalidContactData,
                new OutcomeText(OutcomeKeys.ContactInvalid, displayDomain) { Role = role, Property = ContactProperty(attribute) },
                contactAttribute: attribute.ToUpperInvariant());
        }

        if (code == 545)
            return Make(OutcomeKind.NotFound, new OutcomeText(OutcomeKeys.NotFound, displayDomain));

        if (code is >= 400 and < 500)
            return Make(OutcomeKind.TemporaryFailure, new OutcomeText(OutcomeKeys.Temporary, displayDomain));

        return Make(OutcomeKind.Rejected, new OutcomeText(OutcomeKeys.Refused, displayDomain) { Description = description });
    }

    /// <summary>The attribute a description names after its semicolon ("Missing required attribute; X-CA-LEGAL-TYPE" → X-CA-LEGAL-TYPE).</summary>
    public static string? AttributeOf(string description)
    {
        int semicolon = description.IndexOf(';');
        if (semicolon < 0) return null;
        var rest = description.AsSpan(semicolon + 1).Trim();
        int end = 0;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '-' or '_')) end++;
        if (end == 0) return null;
        var token = rest[..end].ToString();
        // Only upper-case tokens are attribute names ("; X-FOO"), not words ("; registration pending").
        return token.Any(char.IsAsciiLetterLower) ? null : token;
    }

    private static FieldIssue? FindField(string registryName, DomainCommand? command, ITldDefinition? definition, bool missing)
    {
        string? fieldName = null;
        if (command is not null)
            foreach (var p in command.RegistryParameters)
                if (string.Equals(p.Name, registryName, StringComparison.OrdinalIgnoreCase)) { fieldName = p.FieldName; break; }

        if (definition is not null)
        {
            foreach (var f in definition.Fields)
            {
                if ((fieldName is not null && f.Name == fieldName)
                    || (fieldName is null && string.Equals(f.RegistryName, registryName, StringComparison.OrdinalIgnoreCase)))
                    return new FieldIssue(f.Name, f.Label, registryName.ToUpperInvariant(), missing);
            }
        }
        return fieldName is null ? null : new FieldIssue(fieldName, new LocalizedText(fieldName), registryName.ToUpperInvariant(), missing);
    }

    private static bool IsContactAttribute(string attribute)
    {
        var a = attribute.ToUpperInvariant();
        if (a.StartsWith("OWNERCONTACT", StringComparison.Ordinal) || a.StartsWith("ADMINCONTACT", StringComparison.Ordinal)
            || a.StartsWith("TECHCONTACT", StringComparison.Ordinal) || a.StartsWith("BILLINGCONTACT", StringComparison.Ordinal))
            return true;
        foreach (var c in ContactAttributes)
            if (a.StartsWith(c, StringComparison.Ordinal)) return true;
        return a == "NAME"; // ADDCONTACT.md's NAME (first and last name in one), not NAMESERVERn
    }

    private static ContactRole? RoleOf(string? attribute)
    {
        if (attribute is null) return null;
        var a = attribute.ToUpperInvariant();
        if (a.StartsWith("OWNERCONTACT", StringComparison.Ordinal)) return Orders.ContactRole.Registrant;
        if (a.StartsWith("ADMINCONTACT", StringComparison.Ordinal)) return Orders.ContactRole.Admin;
        if (a.StartsWith("TECHCONTACT", StringComparison.Ordinal)) return Orders.ContactRole.Tech;
        if (a.StartsWith("BILLINGCONTACT", StringComparison.Ordinal)) return Orders.ContactRole.Billing;
        return null;
    }

    /// <summary>Our contact property name for a registrar attribute (EMAIL → email, ZIP → postalCode); "details" when it names none.</summary>
    private static string ContactProperty(string attribute)
    {
        var a = attribute.ToUpperInvariant();
        foreach (var prefix in new[] { "OWNERCONTACT0", "ADMINCONTACT0", "TECHCONTACT0", "BILLINGCONTACT0" })
            if (a.StartsWith(prefix, StringComparison.Ordinal)) a = a[prefix.Length..];
        return a switch
        {
            "" or "CONTACT" => "details",
            "FIRSTNAME" => "firstName",
            "LASTNAME" => "lastName",
            "ORGANIZATION" => "organization",
            "CITY" => "city",
            "STATE" => "state",
            "ZIP" => "postalCode",
            "COUNTRY" => "country",
            "EMAIL" => "email",
            "PHONE" => "phone",
            "FAX" => "fax",
            _ when a.StartsWith("STREET", StringComparison.Ordinal) => "street",
            _ => "details",
        };
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
