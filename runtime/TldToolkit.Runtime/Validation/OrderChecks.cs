using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Validation;

/// <summary>
/// The checks of an order's common parts (period, renewal window, transfer, add-ons, nameservers,
/// contacts) that generated validators call with their TLD's compile-time rules.
/// Each adds errors to the collector and never throws.
/// </summary>
internal static class OrderChecks
{
    /// <summary>
    /// Most nameservers checked one by one; beyond it only the count is reported, so a hostile order
    /// with a million entries neither floods the result nor takes quadratic time.
    /// </summary>
    public const int MaxNameserversChecked = 64;

    /// <summary>
    /// False, with <see cref="ErrorCodes.TldClosed"/> on "domain", when the TLD is not open to the public
    /// (<see cref="TldCoverage.Closed"/>); true otherwise.
    /// </summary>
    public static bool CheckOpen(string? domain, TldRules rules, ref ErrorCollector errors)
    {
        if (rules is null || rules.Coverage != TldCoverage.Closed) return true;
        errors.Add(ErrorCodes.TldClosed, "domain", arguments: new ErrorArguments { Value = "." + rules.UnicodeTld, Detail = rules.ClosedReason ?? "closed" });
        return false;
    }

    /// <summary>The period must be one the TLD accepts for the operation (path "years").</summary>
    public static void CheckTerm(int years, IReadOnlyList<int> allowed, ref ErrorCollector errors)
    {
        allowed ??= [];
        if (allowed is int[] array) // generated rules hold arrays: no interface call per entry
        {
            if (Array.IndexOf(array, years) >= 0) return;
        }
        else
        {
            for (int i = 0; i < allowed.Count; i++)
                if (allowed[i] == years) return;
        }
        errors.Add(ErrorCodes.TermNotAllowed, "years", arguments: new ErrorArguments { Actual = years, AllowedNumbers = allowed });
    }

    /// <summary>
    /// A renewal needs the current expiry date, must fall inside the renewal window, and must not
    /// push the expiry beyond the maximum horizon.
    /// </summary>
    /// <remarks>
    /// Days are counted in UTC, as registries count them (<see cref="ValidationContext.Today"/>). The
    /// window opens on <c>expiry − WindowDaysBeforeExpiry</c> days and that day itself is inside it.
    /// The horizon is today + <c>MaxHorizonYears</c> (a 29 February today gives 28 February of the
    /// target year, as <see cref="DateOnly.AddYears"/> does); a renewal of <paramref name="years"/>
    /// from a 29 February expiry lands on 28 February. The horizon is only checked for 1–10 years: other
    /// periods are not offered anywhere and <see cref="CheckTerm"/> reports them. Dates near
    /// <see cref="DateOnly.MinValue"/> or <see cref="DateOnly.MaxValue"/> never throw.
    /// </remarks>
    public static void CheckRenewal(DateOnly? expiresOn, int years, RenewalRules rules, ValidationContext context, ref ErrorCollector errors)
    {
        if (expiresOn is not { } expiry)
        {
            errors.Add(ErrorCodes.ExpiryDateRequired, "expiresOn");
            return;
        }
        if (rules is null) return;
        var today = (context ?? ValidationContext.Default).Today;
        if (rules.WindowDaysBeforeExpiry is { } window and > 0)
        {
            int opensDay = expiry.DayNumber - window;
            if (opensDay > today.DayNumber)
                errors.Add(ErrorCodes.RenewalTooEarly, "expiresOn",
                    arguments: new ErrorArguments { Date = DateOnly.FromDayNumber(opensDay), Days = window, Today = today });
        }
        if (years is >= 1 and <= 10 && rules.MaxHorizonYears > 0)
        {
            var latest = AddYearsClamped(today, rules.MaxHorizonYears);
            var renewed = AddYearsClamped(expiry, years);
            if (renewed > latest)
                errors.Add(ErrorCodes.RenewalBeyondHorizon, "years", arguments: new ErrorArguments { Actual = years, Max = rules.MaxHorizonYears, Date = latest, Today = today });
        }
    }

    private static DateOnly AddYearsClamped(DateOnly date, int years) =>
        date.Year + years > DateOnly.MaxValue.Year ? DateOnly.MaxValue : date.AddYears(years);

    /// <summary>A transfer must be offered by the TLD and carry the auth code where required.</summary>
    public static void CheckTransfer(string? authCode, TransferRules rules, System.Text.RegularExpressions.Regex? authCodePattern, ref ErrorCollector errors)
    {
        if (rules is null) return;
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
        // The auth code is a secret: errors never carry it.
        if (Text.SafeText.ContainsUnsafe(authCode))
            errors.Add(ErrorCodes.AuthCodeInvalid, "authCode", arguments: new ErrorArguments { Reason = ErrorReasons.InvalidCharacters });
        else if (authCodePattern is not null && !Patterns.IsMatch(authCodePattern, authCode))
            errors.Add(ErrorCodes.AuthCodeInvalid, "authCode", arguments: new ErrorArguments { Detail = authCodePattern.ToString(), Reason = ErrorReasons.Pattern });
    }

    /// <summary>Add-ons the TLD does not offer are rejected.</summary>
    public static void CheckAddOns(AddOns addOns, AddOnRules rules, ref ErrorCollector errors)
    {
        if (addOns is null || rules is null) return;
        if (addOns.IdProtection && !rules.IdProtection)
            errors.Add(ErrorCodes.IdProtectionNotSupported, "addOns.idProtection");
        if (addOns.RegistrarLock && !rules.RegistrarLock)
            errors.Add(ErrorCodes.RegistrarLockNotSupported, "addOns.registrarLock");
    }

    /// <summary>
    /// Nameserver count within the TLD's bounds; each a host name (<see cref="HostNames.IsValid"/>); no
    /// duplicates. A null list counts as empty, a null entry as invalid. Only the first
    /// <see cref="MaxNameserversChecked"/> entries are checked one by one.
    /// </summary>
    public static void CheckNameservers(IReadOnlyList<string> nameservers, NameserverRules rules, ref ErrorCollector errors)
    {
        nameservers ??= [];
        int count = nameservers.Count;
        int min = rules?.Min ?? 0, max = rules?.Max ?? 13;
        if (count < min)
            errors.Add(ErrorCodes.NameserversTooFew, "nameservers", arguments: new ErrorArguments { Actual = count, Min = min, Max = max });
        else if (count > max)
            errors.Add(ErrorCodes.NameserversTooMany, "nameservers", arguments: new ErrorArguments { Actual = count, Min = min, Max = max });

        int checkedCount = Math.Min(count, MaxNameserversChecked);
        ulong valid = 0; // bit i: entry i is a valid host name, so letters, digits, '-' and '.' only
        for (int i = 0; i < checkedCount; i++)
        {
            var host = nameservers[i];
            if (!HostNames.IsValid(host))
            {
                errors.Add(ErrorCodes.NameserverInvalid, Paths.Index("nameservers", i), arguments: new ErrorArguments
                {
                    Value = Text.Truncation.ForDisplay(host),
                    Reason = host is not null && !System.Text.Ascii.IsValid(host) ? ErrorReasons.NotAscii : null,
                });
                continue;
            }
            valid |= 1UL << i;
            for (int j = 0; j < i; j++)
            {
                if (nameservers[j] is { } earlier
                    && ((valid & (1UL << j)) != 0 ? HostNames.EqualValid(earlier, host!) : HostNames.Equal(earlier, host!)))
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
        contacts ??= ContactSet.Empty;
        var requiredRoles = rules?.RequiredRoles ?? [];
        var registrantTypes = rules?.RegistrantTypes ?? [];
        var registrantCountries = rules?.RegistrantCountries ?? [];
        if (requiredRoles is ContactRole[] roles) // generated rules hold arrays: no interface call per entry
        {
            foreach (var role in roles)
                if (contacts.Get(role) is null)
                    errors.Add(ErrorCodes.ContactRequired, Paths.Contact(role));
        }
        else
        {
            for (int i = 0; i < requiredRoles.Count; i++)
            {
                var role = requiredRoles[i];
                if (contacts.Get(role) is null)
                    errors.Add(ErrorCodes.ContactRequired, Paths.Contact(role));
            }
        }

        if (contacts.Registrant is { } registrant)
        {
            if (registrantTypes.Count > 0 && !Contains(registrantTypes, registrant.Type))
                errors.Add(ErrorCodes.RegistrantTypeNotAllowed, "contacts.registrant.type",
                    arguments: new ErrorArguments { Value = ContactChecks.TypeName(registrant.Type), AllowedValues = ContactChecks.TypeNames(registrantTypes) });
            if (registrantCountries.Count > 0 && registrant.Country is { } country && ContactChecks.IsCountryCode(country)
                && !ContactChecks.ContainsCountry(registrantCountries, country))
                errors.Add(ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country",
                    arguments: new ErrorArguments { Value = country.ToUpperInvariant(), AllowedValues = registrantCountries });
        }

        ContactChecks.CheckContact(contacts.Registrant, ContactRole.Registrant, ref errors);
        ContactChecks.CheckContact(contacts.Admin, ContactRole.Admin, ref errors);
        ContactChecks.CheckContact(contacts.Tech, ContactRole.Tech, ref errors);
        ContactChecks.CheckContact(contacts.Billing, ContactRole.Billing, ref errors);
    }

    private static bool Contains(IReadOnlyList<Orders.RegistrantType> types, Orders.RegistrantType type)
    {
        if (types is Orders.RegistrantType[] array)
        {
            foreach (var t in array)
                if (t == type) return true;
            return false;
        }
        for (int i = 0; i < types.Count; i++)
            if (types[i] == type) return true;
        return false;
    }
}
