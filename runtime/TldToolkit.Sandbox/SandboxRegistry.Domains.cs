using System.Globalization;
using TldToolkit.Idn;
using TldToolkit.Orders;
using TldToolkit.Sandbox.Protocol;
using TldToolkit.Validation;

namespace TldToolkit.Sandbox;

/// <summary>
/// The domain commands, with the replies of their documentation files: CheckDomain, CheckDomains,
/// AddDomain, StatusDomain, ModifyDomain, RenewDomain / PayDomainRenewal, TradeDomain, RestoreDomain
/// and DeleteDomain (<c>API/DOMAIN/*.md</c>).
/// </summary>
public sealed partial class SandboxRegistry
{
    /// <summary>Most names one CheckDomains takes.</summary>
    public const int MaxCheckNames = 1000;

    private bool IsRegistered(string name) =>
        _domains.ContainsKey(name) || name.StartsWith("taken", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The domain a transfer is for. A "taken…" name is at another registrar; its record is made here but
    /// kept (<c>_domains</c>) only when a transfer commits, so refused requests cannot grow the books.
    /// </summary>
    private SandboxDomain? Foreign(string name)
    {
        if (_domains.TryGetValue(name, out var d)) return d;
        if (!name.StartsWith("taken", StringComparison.OrdinalIgnoreCase)) return null;
        return new SandboxDomain { Name = name, InAccount = false, State = SandboxDomainState.Active, ExpiresAt = Now.AddYears(1), CreatedAt = Now.AddYears(-1), AuthCode = _options.DefaultForeignAuthCode };
    }

    /// <summary>The domain of the account named by DOMAIN, or the reply refusing the command.</summary>
    private SandboxReply? Mine(IReadOnlyDictionary<string, string> p, out SandboxDomain domain)
    {
        domain = null!;
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return Replies.NotFound("DOMAIN");
        domain = d;
        return null;
    }

    /// <summary>CheckDomain (CHECKDOMAIN.md): the reply code itself says it, 210 available or 211 not.</summary>
    private SandboxReply CheckDomain(IReadOnlyDictionary<string, string> p)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        return IsRegistered(name)
            ? Replies.NotAvailable with { Properties = [Replies.Prop("REASON", "Domain exists")] }
            : Replies.Available;
    }

    /// <summary>CheckDomains (CHECKDOMAINS.md): one DOMAINCHECK ("CODE DESCRIPTION"), DOMAINCHECKTIME and REASON row per name.</summary>
    private SandboxReply CheckDomains(IReadOnlyDictionary<string, string> p)
    {
        var checks = new List<string>();
        var reasons = new List<string>();
        for (int i = 0; p.TryGetValue("DOMAIN" + i.ToString(CultureInfo.InvariantCulture), out var domain); i++)
        {
            if (i == MaxCheckNames) return Replies.InvalidValue("DOMAIN" + Replies.Number(i), $"at most {MaxCheckNames} names per command");
            var answer = CheckName(domain, out var name, out _) ?? (IsRegistered(name) ? Replies.NotAvailable : Replies.Available);
            checks.Add($"{answer.Code} {answer.Description}");
            reasons.Add(answer.Code == 211 ? "Domain exists" : "");
        }
        if (checks.Count == 0) return Replies.Missing("DOMAIN0");
        return new SandboxReply(200, Replies.Completed,
        [
            Replies.Prop("DOMAINCHECK", [.. checks]),
            Replies.Prop("DOMAINCHECKTIME", [.. checks.Select(_ => "0.001")]),
            Replies.Prop("REASON", [.. reasons]),
        ]);
    }

    private SandboxReply AddDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        if (IsRegistered(name)) return Replies.AlreadyRegistered;
        var rules = def!.Rules;
        if (CheckPeriod(p, rules.Terms.Register, required: true, out var years) is { } badPeriod) return badPeriod;
        if (years == 0) years = 1;
        if (CheckContactHandle(p, "OWNERCONTACT0", true, out var owner) is { } badOwner) return badOwner;
        if (CheckContactHandle(p, "ADMINCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Admin), out var admin) is { } badAdmin) return badAdmin;
        if (CheckContactHandle(p, "TECHCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Tech), out var tech) is { } badTech) return badTech;
        if (CheckContactHandle(p, "BILLINGCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Billing), out var billing) is { } badBilling) return badBilling;
        if (CheckNameservers(p, "NAMESERVER", out var ns) is { } badNs) return badNs;
        if (ns.Count < rules.Nameservers.Min) return Replies.Missing("NAMESERVER" + ns.Count.ToString(CultureInfo.InvariantCulture));
        if (CheckFlag(p, "TRANSFERLOCK", out var transferLock) is { } badLock) return badLock;
        if (CheckIdnLanguage(p, name, def) is { } badLanguage) return badLanguage;
        if (CheckAuthCode(p) is { } badAuth) return badAuth;
        if (CheckRegistryParameters(p, def, DomainOperation.Register, owner) is { } badField) return badField;
        var price = _options.RegisterPrice * years;
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return Replies.TryAgain;

        var now = Now;
        bool pending = rules.Lifecycle.AsyncRegistration;
        var domain = new SandboxDomain
        {
            Name = name,
            InAccount = true,
            State = pending ? SandboxDomainState.PendingRegistration : SandboxDomainState.Active,
            ConfirmAt = pending ? now + _options.AsyncRegistrationDelay : null,
            ExpiresAt = now.AddYears(years),
            CreatedAt = now,
            UpdatedAt = now,
            AuthCode = p.GetValueOrDefault("AUTH") is { Length: > 0 } chosen ? chosen : NewAuthCode(), // ADDDOMAIN.md: "default = random string"
            Owner = owner,
            Contacts = [admin ?? owner, tech ?? owner, billing ?? owner],
            Nameservers = ns,
            TransferLock = transferLock ?? false,
            RegistryParameters = p.Where(kv => kv.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase),
        };
        _domains[name] = domain;
        _balance -= price;
        AddLedger(LedgerEvent.Register, name, price);
        (string, string)[] properties =
        [
            ("PAIDUNTILDATE", Replies.Date(domain.ExpiresAt)),
            ("REGISTRATIONEXPIRATIONDATE", Replies.Date(domain.ExpiresAt)),
            ("STATUS", StatusWord(domain)),
        ];
        // ADDDOMAIN.md: PENDING = 1 and STATUS REQUESTEDCREATE while the registry has yet to confirm.
        return pending ? Replies.Pending("registration requested", properties) : Replies.Ok(properties);
    }

    private static string StatusWord(SandboxDomain d) => d.State switch
    {
        SandboxDomainState.PendingRegistration => "REQUESTEDCREATE",
        SandboxDomainState.Redemption => "PENDINGDELETE",
        _ => "ACTIVE",
    };

    /// <summary>StatusDomain (STATUSDOMAIN.md): the properties a client needs, named and formatted as documented.</summary>
    private SandboxReply StatusDomain(IReadOnlyDictionary<string, string> p)
    {
        if (Mine(p, out var d) is { } bad) return bad;
        var created = d.CreatedAt is { } c ? Replies.Date(c) : Replies.NoDate;
        var props = new List<KeyValuePair<string, IReadOnlyList<string>>>
        {
            Replies.Prop("ADMINCONTACT", d.Contacts[0] ?? ""),
            Replies.Prop("AUTH", d.AuthCode),
            Replies.Prop("BILLINGCONTACT", d.Contacts[2] ?? ""),
            Replies.Prop("CLASS", "DOMAIN"),
            Replies.Prop("CREATEDDATE", created),
            Replies.Prop("DOMAINUMLAUT", Umlaut(d.Name)),
            Replies.Prop("EXPIRATIONDATE", Replies.Date(d.ExpiresAt)),
            Replies.Prop("ID", d.Name),
            Replies.Prop("NAMESERVER", [.. d.Nameservers]),
            Replies.Prop("OWNERCONTACT", d.Owner ?? ""),
            Replies.Prop("PAIDUNTILDATE", Replies.Date(d.ExpiresAt)),
            Replies.Prop("REGISTRATIONEXPIRATIONDATE", Replies.Date(d.ExpiresAt)),
            Replies.Prop("RENEWALMODE", "DEFAULT"),
            Replies.Prop("STATUS", StatusWord(d)),
            Replies.Prop("SUBCLASS", d.Name[(d.Name.LastIndexOf('.') + 1)..].ToUpperInvariant()),
            Replies.Prop("TECHCONTACT", d.Contacts[1] ?? ""),
            Replies.Prop("TRANSFERLOCK", Replies.Flag(d.TransferLock)),
            Replies.Prop("UPDATEDDATE", d.UpdatedAt is { } u ? Replies.Date(u) : created),
        };
        foreach (var flag in RegistrarParameters)
            props.Add(Replies.Prop(flag, d.RegistryParameters.GetValueOrDefault(flag) ?? "0"));
        return new SandboxReply(200, Replies.Completed, props);
    }

    /// <summary>The Unicode form of a name (DOMAINUMLAUT); the name itself when it has no A-labels.</summary>
    private static string Umlaut(string name)
    {
        if (!name.Contains("xn--", StringComparison.Ordinal)) return name;
        var unicode = Idna.ToUnicode(name, IdnaOptions.Registration);
        return unicode.Succeeded ? unicode.Value : name;
    }

    /// <summary>
    /// ModifyDomain (MODIFYDOMAIN.md): name servers (NAMESERVERn replaces the list, ADD/DELNAMESERVERn
    /// edit it), contacts (OWNER/ADMIN/TECH/BILLINGCONTACT0), TRANSFERLOCK, AUTH / GENERATERANDOMAUTH and
    /// the Whois Trustee switches. Free of charge.
    /// </summary>
    private SandboxReply ModifyDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (Mine(p, out var d) is { } bad) return bad;
        if (_transfers.TryGetValue(d.Name, out var t) && t.State == SandboxTransferState.Pending) return Replies.PendingTransfer;
        if (d.State == SandboxDomainState.Redemption) return Replies.StatusProhibits("domain is deleted");
        foreach (var key in p.Keys)
        {
            if (key.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && !RegistrarParameters.Contains(key))
                return Replies.InvalidValue(Printable.Name(key), "the sandbox changes registry parameters only with the command that set them");
            // What the sandbox does not change is refused, not ignored: a client must not believe it changed.
            if (!key.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && !ModifiableParameter.IsMatch(key))
                return Replies.InvalidAttributeName(Printable.Name(key));
        }
        if (CheckNameservers(p, "NAMESERVER", out var set) is { } badSet) return badSet;
        if (CheckNameservers(p, "ADDNAMESERVER", out var add) is { } badAdd) return badAdd;
        if (CheckNameservers(p, "DELNAMESERVER", out var del) is { } badDel) return badDel;
        var roles = new[] { "OWNERCONTACT0", "ADMINCONTACT0", "TECHCONTACT0", "BILLINGCONTACT0" };
        var handles = new string?[roles.Length];
        for (int i = 0; i < roles.Length; i++)
            if (CheckContactHandle(p, roles[i], false, out handles[i]) is { } badContact) return badContact;
        if (CheckFlag(p, "TRANSFERLOCK", out var transferLock) is { } badLock) return badLock;
        if (CheckFlag(p, "GENERATERANDOMAUTH", out var randomAuth) is { } badRandom) return badRandom;
        if (CheckAuthCode(p) is { } badAuth) return badAuth;
        var auth = p.GetValueOrDefault("AUTH");
        foreach (var flag in RegistrarParameters)
            if (CheckFlag(p, flag, out _) is { } badFlag) return badFlag;
        if (!mayCommit()) return Replies.TryAgain;

        var servers = set.Count > 0 ? set : d.Nameservers.ToList();
        servers.RemoveAll(ns => del.Contains(ns));
        servers.AddRange(add.Where(ns => !servers.Contains(ns)));
        d.Nameservers = servers;
        if (handles[0] is { } owner) d.Owner = owner;
        for (int i = 1; i < roles.Length; i++)
            if (handles[i] is { } h) d.Contacts[i - 1] = h;
        if (transferLock is { } locked) d.TransferLock = locked;
        if (auth is not null) d.AuthCode = auth;
        else if (randomAuth == true) d.AuthCode = NewAuthCode();
        foreach (var flag in RegistrarParameters)
            if (p.TryGetValue(flag, out var value) && value.Length > 0) d.RegistryParameters[flag] = value;
        d.UpdatedAt = Now;
        _dirty = true;
        return Replies.Ok();
    }

    private static readonly System.Text.RegularExpressions.Regex ModifiableParameter = new(
        "^(DOMAIN|(ADD|DEL)?NAMESERVER([0-9]|1[0-2])|(OWNER|ADMIN|TECH|BILLING)CONTACT0|TRANSFERLOCK|AUTH|GENERATERANDOMAUTH)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>An AUTH the client chooses (AddDomain, ModifyDomain): "min 6 letters"; the sandbox also caps it at 32 and refuses control characters.</summary>
    private static SandboxReply? CheckAuthCode(IReadOnlyDictionary<string, string> p) =>
        p.GetValueOrDefault("AUTH") is { Length: > 0 } auth && (auth.Length < 6 || auth.Length > 32 || auth.Any(char.IsControl)) ? Replies.InvalidSyntax("AUTH") : null;

    private static SandboxReply? CheckNameservers(IReadOnlyDictionary<string, string> p, string prefix, out List<string> list)
    {
        list = Nameservers(p, prefix);
        for (int i = 0; i < list.Count; i++)
            if (!HostNames.IsValid(list[i])) return Replies.InvalidSyntax(prefix + Replies.Number(i));
        return null;
    }

    /// <summary>
    /// RenewDomain (<paramref name="paid"/> false) or PayDomainRenewal (true). Like a registry, the sandbox
    /// takes RenewDomain only for a TLD with explicit renewals and PayDomainRenewal only for one that
    /// renews automatically at expiry (.de, .it); the paid renewal moves the expiry (= paid-until date here)
    /// by the period and is charged like a renewal.
    /// </summary>
    private SandboxReply RenewDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit, bool paid)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        if (def!.Rules.Renewal is { } renewal && renewal.Explicit == paid)
            return Replies.NotSupportedForClass(paid
                ? "the registry of this TLD renews explicitly, use RenewDomain"
                : "the registry of this TLD renews automatically, use PayDomainRenewal");
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return Replies.NotFound("DOMAIN");
        if (_transfers.TryGetValue(name, out var t) && t.State == SandboxTransferState.Pending) return Replies.PendingTransfer;
        if (d.State != SandboxDomainState.Active) return Replies.StatusProhibits("domain is not active");
        if (CheckPeriod(p, def.Rules.Terms.Renew, required: true, out var years) is { } badPeriod) return badPeriod;
        if (years == 0) years = 1;
        if (p.TryGetValue("EXPIRATION", out var expiration))
        {
            if (!int.TryParse(expiration, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return Replies.InvalidSyntax("EXPIRATION");
            // A repeat of a renewal names the old expiry year: the domain is renewed already.
            if (year < d.ExpiresAt.Year) return Replies.AlreadyRenewed;
            if (year > d.ExpiresAt.Year) return Replies.InvalidValue("EXPIRATION");
        }
        var price = _options.RenewPrice * years;
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return Replies.TryAgain;
        d.ExpiresAt = d.ExpiresAt.AddYears(years);
        d.UpdatedAt = Now;
        _balance -= price;
        AddLedger(LedgerEvent.Renew, name, price);
        var expires = Replies.Date(d.ExpiresAt);
        // PAYDOMAINRENEWAL.md: EXPIRATIONDATE, the paid-until date. RENEWDOMAIN.md: DOMAIN, EXPIRATIONDATE
        // and the deprecated REGISTRATIONEXPIRATIONDATE.
        return paid
            ? Replies.Ok(("EXPIRATIONDATE", expires))
            : Replies.Ok(("DOMAIN", name), ("EXPIRATIONDATE", expires), ("REGISTRATIONEXPIRATIONDATE", expires));
    }

    /// <summary>TradeDomain (TRADEDOMAIN.md): a new OWNERCONTACT0, charged; no properties.</summary>
    private SandboxReply TradeDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return Replies.NotFound("DOMAIN");
        if (_transfers.TryGetValue(name, out var t) && t.State == SandboxTransferState.Pending) return Replies.PendingTransfer;
        if (d.State != SandboxDomainState.Active) return Replies.StatusProhibits("domain is not active");
        if (CheckContactHandle(p, "OWNERCONTACT0", true, out var owner) is { } badOwner) return badOwner;
        if (CheckRegistryParameters(p, def!, DomainOperation.OwnerChange, owner) is { } badField) return badField;
        if (Charge(_options.TradePrice) is { } broke) return broke;
        if (!mayCommit()) return Replies.TryAgain;
        d.Owner = owner;
        d.UpdatedAt = Now;
        _balance -= _options.TradePrice;
        AddLedger(LedgerEvent.Trade, name, _options.TradePrice);
        return Replies.Ok("realtime domain trade succeeded");
    }

    /// <summary>
    /// RestoreDomain (RESTOREDOMAIN.md): "a successful response will include PENDING = 1". The sandbox's
    /// registry answers at once, so the domain is active again by the next StatusDomain.
    /// </summary>
    private SandboxReply RestoreDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (Mine(p, out var d) is { } bad) return bad;
        if (d.State != SandboxDomainState.Redemption) return Replies.StatusProhibits("domain is not deleted");
        if (Charge(_options.RestorePrice) is { } broke) return broke;
        if (!mayCommit()) return Replies.TryAgain;
        d.State = SandboxDomainState.Active;
        d.UpdatedAt = Now;
        _balance -= _options.RestorePrice;
        AddLedger(LedgerEvent.Restore, d.Name, _options.RestorePrice);
        return Replies.Pending("restore requested");
    }

    /// <summary>DeleteDomain (DELETEDOMAIN.md): PENDING = 1 and STATUS PENDINGDELETE; restorable until purged.</summary>
    private SandboxReply DeleteDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (Mine(p, out var d) is { } bad) return bad;
        if (_transfers.TryGetValue(d.Name, out var t) && t.State == SandboxTransferState.Pending) return Replies.PendingTransfer;
        if (d.State == SandboxDomainState.Redemption) return Replies.StatusProhibits("domain is deleted already");
        if (!mayCommit()) return Replies.TryAgain;
        d.State = SandboxDomainState.Redemption;
        d.UpdatedAt = Now;
        AddLedger(LedgerEvent.Delete, d.Name, 0);
        return Replies.Pending("action pending", ("STATUS", StatusWord(d)));
    }
}
