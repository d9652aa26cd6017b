using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Validation;

/// <summary>
/// The checks of an order's common parts (period, renewal window, transfer, add-ons, nameservers,
/// contacts) that generated validators call with their TLD's compile-time rules.
/// Each adds errors to the collector and never throws.
/// </summary>
public static class OrderChecks
{
    /// <summary>The period must be one the TLD accepts for the operation (path "years").</summary>
    public static void CheckTerm(int years, IReadOnlyList<int> allowed, ref ErrorCollector errors)
    {
        for (int i = 0; i < allowed.Count; i++)
            if (allowed[i] == years) return;
        errors.Add(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = years, AllowedNumbers = allowed });
    }

    /// <summary>
    /// A renewal needs the current expiry date, must fall inside the renewal window, and must not
    /// push the expiry beyond the maximum horizon.
    /// </summary>
    public static void CheckRenewal(DateOnly? expiresOn, int years, RenewalRules rules, ValidationContext context, ref ErrorCollector errors)
    {
        if (expiresOn is not { } expiry)
        {
            errors.Add(ErrorCodes.ExpiryDateRequired, "expiresOn");
            return;
        }
        var today = context.Today;
        if (rules.WindowDaysBeforeExpiry is { } window)
        {
            var opens = expiry.AddDays(-window);
            if (today < opens)
                errors.Add(ErrorCodes.RenewalTooEarly, "expiresOn", arguments: new ErrorArguments { Date = opens, Days = window, Today = today });
        }
        if (years is >= 1 and <= 10)
        {
            var latest = today.AddYears(rules.MaxHorizonYears);
            if (expiry.AddYears(years) > latest)
                errors.Add(ErrorCodes.RenewalBeyondHorizon, "years", arguments: new ErrorArguments { Actual = years, Max = rules.MaxHorizonYears, Date = latest, Today = today });
        }
    }

    /// <summary>A transfer must be offered by the TLD and carry the auth code where required.</summary>
    public static void CheckTransfer(string? authCode, TransferRules rules, System.Text.RegularExpressions.Regex? authCodePattern, ref ErrorCollector errors)
    {
        if (!rules.Supported)
        {
            errors.Add(ErrorCodes.OperationNotSupported, "operation", arguments: new ErrorArguments { Value = "transfer" });
            return;
        }
        if (string.IsNullOrWhiteSpace(authCode))
        {
            if (rules.AuthCodeRequired) errors.Add(ErrorCodes.AuthCodeRequired, "authCode");
            return;
        }
        if (authCodePattern is not null && !Patterns.IsMatch(authCodePattern, authCode))
            errors.Add(ErrorCodes.AuthCodeInvalid, "authCode", arguments: new ErrorArguments { Detail = authCodePattern.ToString() });
    }

    /// <summary>Add-ons the TLD does not offer are rejected.</summary>
    public static void CheckAddOns(AddOns addOns, AddOnRules rules, ref ErrorCollector errors)
    {
        if (addOns.IdProtection && !rules.IdProtection)
            errors.Add(ErrorCodes.IdProtectionNotSupported, "addOns.idProtection");
        if (addOns.RegistrarLock && !rules.RegistrarLock)
            errors.Add(ErrorCodes.RegistrarLockNotSupported, "addOns.registrarLock");
    }

    /// <summary>Nameserver count within the TLD's bounds; each a host name; no duplicates.</summary>
    public static void CheckNameservers(IReadOnlyList<string> nameservers, NameserverRules rules, ref ErrorCollector errors)
    {
        int count = nameservers.Count;
        if (count < rules.Min)
            errors.Add(ErrorCodes.NameserversTooFew, "nameservers", arguments: new ErrorArguments { Actual = count, Min = rules.Min, Max = rules.Max });
        else if (count > rules.Max)
            errors.Add(ErrorCodes.NameserversTooMany, "nameservers", arguments: new ErrorArguments { Actual = count, Min = rules.Min, Max = rules.Max });

        for (int i = 0; i < count; i++)
        {
            var host = nameservers[i];
            if (!HostNames.IsValid(host))
            {
                errors.Add(ErrorCodes.NameserverInvalid, Paths.Index("nameservers", i), arguments: new ErrorArguments { Value = Text.Truncation.ForDisplay(host) });
                continue;
            }
            for (int j = 0; j < i; j++)
            {
                if (HostNames.Equal(nameservers[j], host))
                {
                    errors.Add(ErrorCodes.NameserverDuplicate, Paths.Index("nameservers", i), arguments: new ErrorArguments { Value = Text.Truncation.ForDisplay(host) });
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Required roles present; registrant type and country allowed; every present contact has a
    /// name (or organisation), a valid email, phone in +CC.NNNN form and an ISO country.
    /// </summary>
    public static void CheckContacts(ContactSet contacts, ContactRules rules, ref ErrorCollector errors)
    {
        for (int i = 0; i < rules.RequiredRoles.Count; i++)
        {
            var role = rules.RequiredRoles[i];
            if (contacts.Get(role) is null)
                errors.Add(ErrorCodes.ContactRequired, Paths.Contact(role));
        }

        if (contacts.Registrant is { } registrant)
        {
            if (!Contains(rules.RegistrantTypes, registrant.Type))
                errors.Add(ErrorCodes.RegistrantTypeNotAllowed, "contacts.registrant.type",
                    arguments: new ErrorArguments { Value = ContactChecks.TypeName(registrant.Type), AllowedValues = ContactChecks.TypeNames(rules.RegistrantTypes) });
            if (rules.RegistrantCountries.Count > 0 && registrant.Country is { } country && ContactChecks.IsCountryCode(country)
                && !ContactChecks.ContainsCountry(rules.RegistrantCountries, country))
                errors.Add(ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country",
                    arguments: new ErrorArguments { Value = country.ToUpperInvariant(), AllowedValues = rules.RegistrantCountries });
        }

        ContactChecks.CheckContact(contacts.Registrant, ContactRole.Registrant, ref errors);
        ContactChecks.CheckContact(contacts.Admin, ContactRole.Admin, ref errors);
        ContactChecks.CheckContact(contacts.Tech, ContactRole.Tech, ref errors);
        ContactChecks.CheckContact(contacts.Billing, ContactRole.Billing, ref errors);
    }

    private static bool Contains(IReadOnlyList<Orders.RegistrantType> types, Orders.RegistrantType type)
    {
        for (int i = 0; i < types.Count; i++)
            if (types[i] == type) return true;
        return false;
    }
}
