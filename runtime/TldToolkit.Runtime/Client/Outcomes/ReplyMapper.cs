using TldToolkit.Catalog;
using TldToolkit.Client.Wire;
using TldToolkit.Commands;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Client.Outcomes;

/// <summary>
/// Turns a registrar's error reply into a typed outcome. Registrars word errors as
/// <c>CODE = 504</c> / <c>DESCRIPTION = Missing required attribute; X-CA-LEGAL-TYPE</c>: the part after
/// the semicolon names the attribute, which is mapped back to our field (through the command's
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
        var attribute = AttributeOf(description);
        int code = response.Code;

        RegistrarOutcome Make(OutcomeKind kind, string message, FieldIssue? field = null, string? contactAttribute = null) =>
            new(kind, domain, command, message)
            {
                RegistrarCode = code,
                RegistrarDescription = description,
                Field = field,
                ContactRole = kind == OutcomeKind.InvalidContactData ? contactRole ?? RoleOf(attribute) : null,
                ContactAttribute = contactAttribute,
                WasSent = true,
            };

        if (Contains(description, "tld not supported") || Contains(description, "tld is not supported") || Contains(description, "unsupported tld"))
            return Make(OutcomeKind.TldNotSupported, $"The registrar does not offer this domain ending.");

        if (Contains(description, "insufficient funds") || Contains(description, "not enough credit") || Contains(description, "credit limit"))
            return Make(OutcomeKind.InsufficientFunds, "The account does not have enough funds for this operation. Please top up the account and try again.");

        if (attribute is not null && attribute.Equals("AUTH", StringComparison.OrdinalIgnoreCase))
        {
            bool missing = code == 504 || Contains(description, "missing");
            var issue = new FieldIssue("authCode", AuthCodeLabel, "AUTH", missing);
            return Make(OutcomeKind.AdditionalFieldInvalid,
                missing ? "The registry needs the auth code for this transfer." : "The registry did not accept the auth code. Please check it with the current registrar.", issue);
        }

        if (code is 530 or 531)
            return Make(OutcomeKind.AuthenticationFailed, "The registrar did not accept the account credentials. Please check the login and password of the registrar account.");

        if (code == 211 || Contains(description, "not available") || Contains(description, "already exists") || Contains(description, "domain exists"))
            return Make(OutcomeKind.DomainNotAvailable, $"{domain} is not available.");

        if (attribute is not null && attribute.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
        {
            bool missing = code == 504 || Contains(description, "missing");
            var issue = FindField(attribute, domainCommand, definition, missing);
            if (issue is not null)
                return Make(OutcomeKind.AdditionalFieldInvalid,
                    missing ? $"The registry requires \"{issue.Label.En}\". Please fill it in."
                            : $"The registry did not accept the value of \"{issue.Label.En}\". Please check it.", issue);
            return Make(OutcomeKind.Rejected, $"The registry rejected the order ({description}).");
        }

        if (attribute is not null && IsContactAttribute(attribute))
        {
            var role = contactRole ?? RoleOf(attribute);
            var what = ContactPropertyName(attribute);
            return Make(OutcomeKind.InvalidContactData,
                $"The registrar did not accept the {what} of the {RoleName(role)} contact. Please correct the contact data.", contactAttribute: attribute.ToUpperInvariant());
        }

        if (code == 545)
            return Make(OutcomeKind.NotFound, $"{domain} was not found in the account.");

        if (code is >= 400 and < 500)
            return Make(OutcomeKind.TemporaryFailure, "The registrar is temporarily unable to process the request. Please try again later.");

        return Make(OutcomeKind.Rejected, $"The registrar refused the request: {description}");
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
        return false;
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

    private static string RoleName(ContactRole? role) => role switch
    {
        Orders.ContactRole.Registrant => "registrant",
        Orders.ContactRole.Admin => "administrative",
        Orders.ContactRole.Tech => "technical",
        Orders.ContactRole.Billing => "billing",
        _ => "",
    } is { Length: > 0 } name ? name : "domain";

    private static string ContactPropertyName(string attribute)
    {
        var a = attribute.ToUpperInvariant();
        foreach (var prefix in new[] { "OWNERCONTACT0", "ADMINCONTACT0", "TECHCONTACT0", "BILLINGCONTACT0" })
            if (a.StartsWith(prefix, StringComparison.Ordinal)) a = a[prefix.Length..];
        return a switch
        {
            "" or "CONTACT" => "details",
            "FIRSTNAME" => "first name",
            "LASTNAME" => "last name",
            "ORGANIZATION" => "organisation",
            "ZIP" => "postal code",
            "EMAIL" => "e-mail address",
            "PHONE" => "phone number",
            "FAX" => "fax number",
            _ when a.StartsWith("STREET", StringComparison.Ordinal) => "street",
            _ => a.ToLowerInvariant(),
        };
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
