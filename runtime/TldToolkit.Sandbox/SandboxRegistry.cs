using System.Globalization;
using System.Text.RegularExpressions;
using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;

namespace TldToolkit.Sandbox;

/// <summary>
/// The sandbox's books: domains, transfers, contacts, balance and ledger, and the execution of the
/// key=value commands against them. All state changes happen under one lock; pending registrations
/// and transfers move on when the sandbox clock passes their due time.
/// </summary>
public sealed class SandboxRegistry
{
    private readonly Lock _lock = new();
    private readonly SandboxOptions _options;
    private readonly TldCatalog _catalog;
    private readonly Dictionary<string, SandboxDomain> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SandboxTransfer> _transfers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, string>> _contacts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _contactBySignature = new(StringComparer.Ordinal);
    private readonly List<LedgerEntry> _ledger = [];
    private decimal _balance;
    private int _nextContact = 1;
    private bool _dirty;

    private static readonly HashSet<string> RegistrarParameters = new(StringComparer.OrdinalIgnoreCase) { "X-WHOISPRIVACY" };
    private static readonly string[] ContactFields = ["FIRSTNAME", "LASTNAME", "ORGANIZATION", "STREET0", "STREET1", "STREET2", "CITY", "STATE", "ZIP", "COUNTRY", "PHONE", "FAX", "EMAIL"];

    internal SandboxRegistry(SandboxOptions options)
    {
        _options = options;
        _catalog = options.Catalog;
        _balance = options.InitialBalance;
        var now = Now;
        if (options.StateFile is { } file && SandboxState.Load(file) is { } state) Restore(state);
        foreach (var (name, auth) in options.ForeignDomains)
            _domains.TryAdd(name, new SandboxDomain { Name = name.ToLowerInvariant(), InAccount = false, State = SandboxDomainState.Active, ExpiresAt = now.AddYears(1), CreatedAt = now.AddYears(-1), AuthCode = auth });
    }

    private void Restore(SandboxState state)
    {
        _balance = state.Balance;
        _nextContact = state.NextContact;
        foreach (var d in state.Domains)
            _domains[d.Name] = new SandboxDomain
            {
                Name = d.Name, InAccount = d.InAccount, State = d.State, ExpiresAt = d.ExpiresAt, ConfirmAt = d.ConfirmAt, AuthCode = d.AuthCode,
                CreatedAt = d.CreatedAt, Owner = d.Owner, Contacts = d.Contacts, Nameservers = d.Nameservers,
                RegistryParameters = new Dictionary<string, string>(d.RegistryParameters, StringComparer.OrdinalIgnoreCase),
            };
        foreach (var t in state.Transfers)
            _transfers[t.Domain] = new SandboxTransfer
            {
                Domain = t.Domain, State = t.State, CompleteAt = t.CompleteAt, Years = t.Years, Charged = t.Charged, Reason = t.Reason, FailWith = t.FailWith,
            };
        foreach (var (handle, data) in state.Contacts)
        {
            _contacts[handle] = new Dictionary<string, string>(data, StringComparer.OrdinalIgnoreCase);
            _contactBySignature.TryAdd(Signature(_contacts[handle]), handle);
        }
        _ledger.AddRange(state.Ledger);
    }

    /// <summary>Writes the books to <see cref="SandboxOptions.StateFile"/> when something changed. Called under the lock.</summary>
    private void SaveIfChanged()
    {
        if (!_dirty || _options.StateFile is not { } file) return;
        new SandboxState
        {
            Balance = _balance,
            NextContact = _nextContact,
            Domains = _domains.Values.Select(d => new SandboxState.DomainRecord(d.Name, d.InAccount, d.State, d.ExpiresAt, d.ConfirmAt, d.AuthCode,
                d.Owner, d.Contacts, d.Nameservers, d.RegistryParameters, d.CreatedAt)).ToList(),
            Transfers = _transfers.Values.Select(t => new SandboxState.TransferRecord(t.Domain, t.State, t.CompleteAt, t.Years, t.Charged, t.Reason, t.FailWith)).ToList(),
            Contacts = _contacts.ToDictionary(c => c.Key, c => c.Value),
            Ledger = _ledger,
        }.Save(file);
        _dirty = false;
    }

    private static string Signature(Dictionary<string, string> data) =>
        string.Join("\u001F", ContactFields.Select(f => data.GetValueOrDefault(f) ?? ""));

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>The account balance.</summary>
    public decimal Balance { get { lock (_lock) return _balance; } }

    /// <summary>Sets the account balance (to provoke insufficient funds).</summary>
    public void SetBalance(decimal balance)
    {
        lock (_lock)
        {
            _balance = balance;
            _dirty = true;
            SaveIfChanged();
        }
    }

    /// <summary>A copy of the ledger.</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get { lock (_lock) return _ledger.ToList(); } }

    /// <summary>How often <paramref name="domain"/> was registered (executed AddDomain).</summary>
    public int RegistrationCount(string domain)
    {
        lock (_lock) return _ledger.Count(e => e.Event == LedgerEvent.Register && string.Equals(e.Domain, domain, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A snapshot of a domain, or null.</summary>
    public SandboxDomain? Find(string domain)
    {
        lock (_lock)
        {
            Advance();
            SaveIfChanged();
            return _domains.GetValueOrDefault(domain);
        }
    }

    /// <summary>A snapshot of a transfer, or null.</summary>
    public SandboxTransfer? FindTransfer(string domain)
    {
        lock (_lock)
        {
            Advance();
            SaveIfChanged();
            return _transfers.GetValueOrDefault(domain);
        }
    }

    /// <summary>Puts a domain at "another registrar" with an auth code (for transfers, availability).</summary>
    public void AddForeignDomain(string domain, string authCode, DateTimeOffset? expiresAt = null)
    {
        lock (_lock)
        {
            _domains[domain] = new SandboxDomain { Name = domain.ToLowerInvariant(), InAccount = false, State = SandboxDomainState.Active, ExpiresAt = expiresAt ?? Now.AddYears(1), CreatedAt = Now.AddYears(-1), AuthCode = authCode };
            _dirty = true;
            SaveIfChanged();
        }
    }

    /// <summary>Makes a pending transfer fail (the losing registrar refuses) with <paramref name="reason"/>, at once.</summary>
    public bool RejectTransfer(string domain, string reason = "The losing registrar rejected the transfer.")
    {
        lock (_lock)
        {
            Advance();
            if (!_transfers.TryGetValue(domain, out var t) || t.State != SandboxTransferState.Pending) return false;
            FailTransfer(t, reason);
            SaveIfChanged();
            return true;
        }
    }

    /// <summary>Moves a domain of the account to "another registrar".</summary>
    public bool TransferAway(string domain)
    {
        lock (_lock)
        {
            if (!_domains.TryGetValue(domain, out var d) || !d.InAccount) return false;
            d.InAccount = false;
            AddLedger(LedgerEvent.TransferredAway, d.Name, 0);
            SaveIfChanged();
            return true;
        }
    }

    /// <summary>Removes a domain entirely (expired and purged: the name is free again).</summary>
    public bool Purge(string domain)
    {
        lock (_lock)
        {
            _dirty |= _domains.Remove(domain);
            bool removed = _dirty;
            SaveIfChanged();
            return removed;
        }
    }

    /// <summary>Applies due state changes now (normally done on every request).</summary>
    public void AdvanceClock()
    {
        lock (_lock)
        {
            Advance();
            SaveIfChanged();
        }
    }

    private void Advance()
    {
        var now = Now;
        foreach (var d in _domains.Values)
        {
            if (d.State == SandboxDomainState.PendingRegistration && d.ConfirmAt is { } at && at <= now)
            {
                d.State = SandboxDomainState.Active;
                d.ConfirmAt = null;
                AddLedger(LedgerEvent.RegistrationConfirmed, d.Name, 0);
            }
        }
        foreach (var t in _transfers.Values)
        {
            if (t.State != SandboxTransferState.Pending || t.CompleteAt > now) continue;
            if (t.FailWith is not null) { FailTransfer(t, t.FailWith); continue; }
            t.State = SandboxTransferState.Completed;
            if (_domains.TryGetValue(t.Domain, out var d))
            {
                d.InAccount = true;
                d.State = SandboxDomainState.Active;
                if (t.Years > 0) d.ExpiresAt = d.ExpiresAt.AddYears(t.Years);
                d.AuthCode = NewAuthCode();
            }
            AddLedger(LedgerEvent.TransferCompleted, t.Domain, 0);
        }
    }

    private void FailTransfer(SandboxTransfer t, string reason)
    {
        t.State = SandboxTransferState.Failed;
        t.Reason = reason;
        _balance += t.Charged;
        AddLedger(LedgerEvent.TransferRefunded, t.Domain, -t.Charged);
    }

    private void AddLedger(LedgerEvent e, string domain, decimal amount)
    {
        _ledger.Add(new LedgerEntry(_ledger.Count + 1, Now, e, domain, amount, _balance));
        _dirty = true;
    }

    // ------------------------------------------------------------------ commands

    internal bool Authenticate(string? entity, string? login, string? password)
    {
        if (!string.Equals(entity, _options.Entity, StringComparison.Ordinal)) return false;
        if (login is null || password is null) return false;
        var user = login.Split('!', 2)[0];
        return string.Equals(user, _options.Login, StringComparison.Ordinal)
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(password), System.Text.Encoding.UTF8.GetBytes(SandboxRegistrar.PasswordOf(_options)));
    }

    /// <summary>Executes a command; <paramref name="mayCommit"/> is checked right before anything changes.</summary>
    internal SandboxReply Execute(string command, IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        lock (_lock)
        {
            Advance();
            var reply = command.ToUpperInvariant() switch
            {
                "CHECKDOMAINS" or "CHECKDOMAIN" => CheckDomains(p),
                "ADDCONTACT" => AddContact(p, mayCommit),
                "QUERYCONTACTLIST" => QueryContactList(p),
                "STATUSACCOUNT" or "QUERYACCOUNTBALANCE" => new SandboxReply(200, "Command completed successfully",
                    [Prop("AMOUNT", _balance.ToString("0.00", CultureInfo.InvariantCulture)), Prop("CURRENCY", _options.Currency), Prop("CREDITLIMIT", "0.00")]),
                "ADDDOMAIN" => AddDomain(p, mayCommit),
                "STATUSDOMAIN" => StatusDomain(p),
                "TRANSFERDOMAIN" => string.Equals(p.GetValueOrDefault("ACTION"), "cancel", StringComparison.OrdinalIgnoreCase)
                    ? CancelTransfer(p, mayCommit) : TransferDomain(p, mayCommit),
                "STATUSDOMAINTRANSFER" => StatusDomainTransfer(p),
                "RENEWDOMAIN" => RenewDomain(p, mayCommit, paid: false),
                "PAYDOMAINRENEWAL" => RenewDomain(p, mayCommit, paid: true),
                "TRADEDOMAIN" => TradeDomain(p, mayCommit),
                "RESTOREDOMAIN" => RestoreDomain(p, mayCommit),
                "DELETEDOMAIN" => DeleteDomain(p, mayCommit),
                "QUERYDOMAINLIST" => QueryDomainList(),
                _ => new SandboxReply(500, "Invalid command name; " + command),
            };
            SaveIfChanged();
            return reply;
        }
    }

    private static KeyValuePair<string, IReadOnlyList<string>> Prop(string name, params string[] values) => new(name, values);

    private static SandboxReply Missing(string attribute) => new(504, "Missing required attribute; " + attribute);
    private static SandboxReply NotFound(string? what = null) => new(545, "Entity reference not found" + (what is null ? "" : "; " + what));
    private static readonly SandboxReply NotExecuted = new(421, "Command failed due to server error; client should try again");

    /// <summary>Checks the DOMAIN parameter: returns the definition or an error reply.</summary>
    private SandboxReply? CheckName(string? domain, out string name, out ITldDefinition? definition)
    {
        name = (domain ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        definition = null;
        if (name.Length == 0) return Missing("DOMAIN");
        definition = _catalog.FindForDomain(name, out var tldLength);
        if (definition is null) return new SandboxReply(549, "Command failed; TLD not supported");
        int labelLength = name.Length - tldLength - 1;
        if (labelLength <= 0 || !Regex.IsMatch(name[..labelLength], "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant))
            return new SandboxReply(505, "Invalid attribute value syntax; DOMAIN");
        return null;
    }

    private bool IsRegistered(string name) =>
        _domains.ContainsKey(name) || name.StartsWith("taken", StringComparison.OrdinalIgnoreCase);

    private SandboxDomain? Foreign(string name)
    {
        if (_domains.TryGetValue(name, out var d)) return d;
        if (!name.StartsWith("taken", StringComparison.OrdinalIgnoreCase)) return null;
        // A "taken…" name materialises at another registrar the first time it is touched.
        d = new SandboxDomain { Name = name, InAccount = false, State = SandboxDomainState.Active, ExpiresAt = Now.AddYears(1), CreatedAt = Now.AddYears(-1), AuthCode = _options.DefaultForeignAuthCode };
        _domains[name] = d;
        return d;
    }

    private SandboxReply CheckDomains(IReadOnlyDictionary<string, string> p)
    {
        var results = new List<string>();
        for (int i = 0; ; i++)
        {
            if (!p.TryGetValue("DOMAIN" + i.ToString(CultureInfo.InvariantCulture), out var domain))
            {
                if (i == 0 && p.TryGetValue("DOMAIN", out domain)) { /* single name */ }
                else break;
            }
            var error = CheckName(domain, out var name, out _);
            results.Add(error is not null ? $"{error.Code} {error.Description}" : IsRegistered(name) ? "211 Domain name not available" : "210 Domain name available");
            if (i == 0 && !p.ContainsKey("DOMAIN0")) break;
        }
        if (results.Count == 0) return Missing("DOMAIN0");
        return new SandboxReply(200, "Command completed successfully", [Prop("DOMAINCHECK", [.. results])]);
    }

    private SandboxReply AddContact(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        var data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in ContactFields)
            if (p.TryGetValue(f, out var v) && v.Length > 0) data[f] = v;
        if (!data.ContainsKey("FIRSTNAME") && !data.ContainsKey("LASTNAME") && !data.ContainsKey("ORGANIZATION")) return Missing("LASTNAME");
        if (!data.TryGetValue("EMAIL", out var email)) return Missing("EMAIL");
        int at = email.IndexOf('@');
        if (at <= 0 || at == email.Length - 1) return new SandboxReply(505, "Invalid attribute value syntax; EMAIL");
        if (_options.RejectedEmailSuffix.Length > 0 && email.EndsWith(_options.RejectedEmailSuffix, StringComparison.OrdinalIgnoreCase))
            // Real registrars echo the offending value in the description: so does the sandbox, so the
            // client's log redaction is tested against it.
            return new SandboxReply(541, $"Invalid attribute value; EMAIL ({email}: domain does not accept mail)");
        if (!data.TryGetValue("PHONE", out var phone)) return Missing("PHONE");
        if (!Regex.IsMatch(phone, @"^\+[0-9]{1,3}\.[0-9]{1,14}$", RegexOptions.CultureInvariant)) return new SandboxReply(505, "Invalid attribute value syntax; PHONE");
        if (!data.TryGetValue("COUNTRY", out var country)) return Missing("COUNTRY");
        if (!Regex.IsMatch(country, "^[A-Za-z]{2}$", RegexOptions.CultureInvariant)) return new SandboxReply(505, "Invalid attribute value syntax; COUNTRY");

        var signature = Signature(data);
        bool reuse = p.GetValueOrDefault("NEW") == "0";
        if (reuse && _contactBySignature.TryGetValue(signature, out var existing))
            return SandboxReply.Ok(("CONTACT", existing));
        if (!mayCommit()) return NotExecuted;
        var handle = "P-SBX" + (_nextContact++).ToString(CultureInfo.InvariantCulture);
        _contacts[handle] = data;
        _contactBySignature.TryAdd(signature, handle);
        _dirty = true;
        return SandboxReply.Ok(("CONTACT", handle));
    }

    private SandboxReply QueryContactList(IReadOnlyDictionary<string, string> p)
    {
        var handles = _contacts.Keys.Order(StringComparer.Ordinal).ToList();
        var props = new List<KeyValuePair<string, IReadOnlyList<string>>> { Prop("CONTACT", [.. handles]) };
        if (p.GetValueOrDefault("WIDE") == "1")
            foreach (var f in new[] { "FIRSTNAME", "LASTNAME", "ORGANIZATION", "EMAIL", "COUNTRY" })
                props.Add(Prop(f, [.. handles.Select(h => _contacts[h].GetValueOrDefault(f) ?? "")]));
        props.Add(Prop("COUNT", handles.Count.ToString(CultureInfo.InvariantCulture)));
        props.Add(Prop("TOTAL", handles.Count.ToString(CultureInfo.InvariantCulture)));
        return new SandboxReply(200, "Command completed successfully", props);
    }

    private SandboxReply? CheckPeriod(IReadOnlyDictionary<string, string> p, IReadOnlyList<int> allowed, bool required, out int years)
    {
        years = 0;
        if (!p.TryGetValue("PERIOD", out var text))
        {
            if (required && allowed.Count > 0) { years = allowed[0]; }
            return null;
        }
        var digits = text.TrimEnd('Y', 'y');
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out years)) return new SandboxReply(505, "Invalid attribute value syntax; PERIOD");
        if (allowed.Count > 0 && !allowed.Contains(years)) return new SandboxReply(541, "Invalid attribute value; PERIOD");
        return null;
    }

    private SandboxReply? CheckContactHandle(IReadOnlyDictionary<string, string> p, string attribute, bool required, out string? handle)
    {
        handle = p.GetValueOrDefault(attribute);
        if (string.IsNullOrEmpty(handle)) { handle = null; return required ? Missing(attribute) : null; }
        return _contacts.ContainsKey(handle) ? null : NotFound(attribute);
    }

    /// <summary>Checks the X- parameters of a command against the TLD's field descriptors for the operation.</summary>
    private SandboxReply? CheckRegistryParameters(IReadOnlyDictionary<string, string> p, ITldDefinition definition, DomainOperation operation, string? ownerHandle)
    {
        var fields = definition.Fields.Where(f => f.RegistryName is not null && f.Type != FieldType.Display && f.AppliesTo(operation)).ToList();
        var known = new HashSet<string>(fields.Select(f => f.RegistryName!), StringComparer.OrdinalIgnoreCase);
        foreach (var key in p.Keys)
            if (key.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && !known.Contains(key) && !RegistrarParameters.Contains(key))
                return new SandboxReply(541, $"Invalid attribute value; {key.ToUpperInvariant()} (not supported for this TLD and command)");

        var owner = ownerHandle is not null ? _contacts.GetValueOrDefault(ownerHandle) : null;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var f in definition.Fields)
        {
            if (f.RegistryName is null) continue;
            var raw = p.GetValueOrDefault(f.RegistryName);
            values[f.Name] = raw is null ? null
                : f.Type == FieldType.Checkbox ? (IsTicked(f, raw) ? "true" : "false")
                : f.Options.FirstOrDefault(o => o.RegistryValue == raw)?.Value ?? raw;
        }

        foreach (var f in fields)
        {
            var name = f.RegistryName!.ToUpperInvariant();
            var value = p.GetValueOrDefault(f.RegistryName!);
            bool conditionHolds = f.RequiredWhen is { } when && Holds(when, values, owner);
            // Alternative fields may share one parameter (.com.au ABN / ACN / other ID, .it PIN kinds):
            // the value belongs to the alternative whose condition holds, so the others do not judge it.
            if (f.RequiredWhen is not null && !conditionHolds && SharesParameter(f, fields)) continue;
            bool mustTick = f.MustBeChecked || (f.MustBeCheckedWhen is { } tickWhen && Holds(tickWhen, values, owner));
            bool required = f.Required || conditionHolds || mustTick;
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) return Missing(name);
                continue;
            }
            switch (f.Type)
            {
                case FieldType.Select:
                    if (f.Options.Count > 0 && !f.Options.Any(o => o.RegistryValue == value)) return new SandboxReply(541, "Invalid attribute value; " + name);
                    break;
                case FieldType.Checkbox:
                    if (mustTick && !IsTicked(f, value)) return new SandboxReply(541, "Invalid attribute value; " + name);
                    break;
                default:
                    if ((f.MinLength is { } min && value.Length < min) || (f.MaxLength is { } max && value.Length > max))
                        return new SandboxReply(505, "Invalid attribute value syntax; " + name);
                    if (f.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
                        return new SandboxReply(505, "Invalid attribute value syntax; " + name);
                    break;
            }
        }
        return null;
    }

    /// <summary>A checkbox with its own checked value (an agreement version) is ticked only by that value.</summary>
    private static bool IsTicked(FieldDescriptor f, string? value) =>
        f.CheckedValue is { } v && v != "1" ? string.Equals(value, v, StringComparison.Ordinal) : Truthy(value);

    private static bool SharesParameter(FieldDescriptor field, IEnumerable<FieldDescriptor> fields) =>
        fields.Any(other => !ReferenceEquals(other, field) && string.Equals(other.RegistryName, field.RegistryName, StringComparison.OrdinalIgnoreCase));

    private static bool Truthy(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase)
        || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase));

    private static bool Holds(FieldCondition condition, Dictionary<string, string?> values, Dictionary<string, string>? owner) => condition switch
    {
        FieldValueCondition v => values.GetValueOrDefault(v.Field) is { } x
            ? v.Values.Contains(x) != v.Negated
            : false,
        FieldCheckedCondition c => Truthy(values.GetValueOrDefault(c.Field)) == c.Checked,
        RegistrantTypeCondition t => owner is not null
            && (owner.ContainsKey("ORGANIZATION") ? RegistrantType.Organization : RegistrantType.Individual) == t.Type,
        RegistrantCountryCondition rc => owner?.GetValueOrDefault("COUNTRY") is { } country
            && rc.Countries.Contains(country, StringComparer.OrdinalIgnoreCase) != rc.Negated,
        AllOfCondition all => all.Conditions.All(c => Holds(c, values, owner)),
        AnyOfCondition any => any.Conditions.Any(c => Holds(c, values, owner)),
        NotCondition not => !Holds(not.Condition, values, owner),
        _ => false,
    };

    private SandboxReply? Charge(decimal amount) =>
        amount > _balance ? new SandboxReply(549, "Command failed; insufficient funds") : null;

    private static List<string> Nameservers(IReadOnlyDictionary<string, string> p)
    {
        var list = new List<string>();
        for (int i = 0; p.TryGetValue("NAMESERVER" + i.ToString(CultureInfo.InvariantCulture), out var ns); i++) list.Add(ns.ToLowerInvariant());
        return list;
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.0", CultureInfo.InvariantCulture);

    private static string NewAuthCode() => "Sbx-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));

    private SandboxReply AddDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        if (IsRegistered(name)) return new SandboxReply(211, "Domain name not available");
        var rules = def!.Rules;
        if (CheckPeriod(p, rules.Terms.Register, required: true, out var years) is { } badPeriod) return badPeriod;
        if (years == 0) years = 1;
        if (CheckContactHandle(p, "OWNERCONTACT0", true, out var owner) is { } badOwner) return badOwner;
        if (CheckContactHandle(p, "ADMINCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Admin), out var admin) is { } badAdmin) return badAdmin;
        if (CheckContactHandle(p, "TECHCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Tech), out var tech) is { } badTech) return badTech;
        if (CheckContactHandle(p, "BILLINGCONTACT0", rules.Contacts.RequiredRoles.Contains(ContactRole.Billing), out var billing) is { } badBilling) return badBilling;
        var ns = Nameservers(p);
        if (ns.Count < rules.Nameservers.Min) return Missing("NAMESERVER" + ns.Count.ToString(CultureInfo.InvariantCulture));
        if (CheckRegistryParameters(p, def, DomainOperation.Register, owner) is { } badField) return badField;
        var price = _options.RegisterPrice * years;
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return NotExecuted;

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
            AuthCode = NewAuthCode(),
            Owner = owner,
            Contacts = [admin ?? owner, tech ?? owner, billing ?? owner],
            Nameservers = ns,
            RegistryParameters = p.Where(kv => kv.Key.StartsWith("X-", StringComparison.OrdinalIgnoreCase)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase),
        };
        _domains[name] = domain;
        _balance -= price;
        AddLedger(LedgerEvent.Register, name, price);
        return new SandboxReply(200, pending ? "Command completed successfully; registration pending" : "Command completed successfully",
        [
            Prop("STATUS", pending ? "PENDING" : "ACTIVE"),
            Prop("CREATEDDATE", Date(now)),
            Prop("REGISTRATIONEXPIRATIONDATE", Date(domain.ExpiresAt)),
        ]);
    }

    private SandboxReply StatusDomain(IReadOnlyDictionary<string, string> p)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return NotFound();
        var status = d.State switch
        {
            SandboxDomainState.PendingRegistration => "PENDING",
            SandboxDomainState.Redemption => "REDEMPTIONPERIOD",
            _ => "ACTIVE",
        };
        var props = new List<KeyValuePair<string, IReadOnlyList<string>>>
        {
            Prop("DOMAIN", d.Name),
            Prop("STATUS", status),
            Prop("REGISTRATIONEXPIRATIONDATE", Date(d.ExpiresAt)),
            Prop("PAIDUNTILDATE", Date(d.ExpiresAt)),
            Prop("CREATEDDATE", d.CreatedAt is { } created ? Date(created) : ""),
            Prop("OWNERCONTACT", d.Owner ?? ""),
            Prop("ADMINCONTACT", d.Contacts[0] ?? ""),
            Prop("TECHCONTACT", d.Contacts[1] ?? ""),
            Prop("BILLINGCONTACT", d.Contacts[2] ?? ""),
        };
        if (d.Nameservers.Count > 0) props.Add(Prop("NAMESERVER", [.. d.Nameservers]));
        return new SandboxReply(200, "Command completed successfully", props);
    }

    private SandboxReply TransferDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        var rules = def!.Rules;
        if (!rules.Transfer.Supported) return new SandboxReply(549, "Command failed; transfers are not supported for this TLD");
        var domain = Foreign(name);
        if (domain is null) return new SandboxReply(549, "Command failed; domain is not registered");
        if (domain.InAccount) return new SandboxReply(549, "Command failed; domain is already in this account");
        if (_transfers.TryGetValue(name, out var existing) && existing.State == SandboxTransferState.Pending)
            return new SandboxReply(549, "Command failed; a transfer is already pending");
        var auth = p.GetValueOrDefault("AUTH");
        if (string.IsNullOrEmpty(auth)) { if (rules.Transfer.AuthCodeRequired || domain.AuthCode.Length > 0) return Missing("AUTH"); }
        else if (!string.Equals(auth, domain.AuthCode, StringComparison.Ordinal)) return new SandboxReply(531, "Authorization failed; AUTH");
        if (CheckPeriod(p, rules.Terms.Transfer, required: false, out var years) is { } badPeriod) return badPeriod;
        if (CheckContactHandle(p, "OWNERCONTACT0", false, out var owner) is { } badOwner) return badOwner;
        if (CheckRegistryParameters(p, def, DomainOperation.Transfer, owner) is { } badField) return badField;
        var price = _options.TransferPrice * Math.Max(1, years);
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return NotExecuted;

        _transfers[name] = new SandboxTransfer
        {
            Domain = name,
            State = SandboxTransferState.Pending,
            CompleteAt = Now + _options.TransferDelay,
            Years = years,
            Charged = price,
            FailWith = auth is not null && auth.StartsWith("reject", StringComparison.OrdinalIgnoreCase) ? "The losing registrar rejected the transfer." : null,
        };
        if (owner is not null) domain.Owner = owner;
        _balance -= price;
        AddLedger(LedgerEvent.TransferRequested, name, price);
        return new SandboxReply(200, "Command completed successfully; transfer pending", [Prop("TRANSFERSTATUS", "PENDING")]);
    }

    private SandboxReply CancelTransfer(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_transfers.TryGetValue(name, out var t) || t.State != SandboxTransferState.Pending) return NotFound();
        if (!mayCommit()) return NotExecuted;
        t.State = SandboxTransferState.Cancelled;
        t.Reason = "Cancelled by the gaining registrar.";
        _balance += t.Charged;
        AddLedger(LedgerEvent.TransferRefunded, name, -t.Charged);
        return SandboxReply.Ok();
    }

    private SandboxReply StatusDomainTransfer(IReadOnlyDictionary<string, string> p)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_transfers.TryGetValue(name, out var t) || t.State is SandboxTransferState.Completed or SandboxTransferState.Cancelled) return NotFound();
        return t.State == SandboxTransferState.Pending
            ? SandboxReply.Ok(("DOMAIN", name), ("TRANSFERSTATUS", "PENDING"))
            : SandboxReply.Ok(("DOMAIN", name), ("TRANSFERSTATUS", "FAILED"), ("REASON", t.Reason ?? "failed"));
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
            return new SandboxReply(549, paid
                ? "Command failed; the registry of this TLD renews explicitly, use RenewDomain"
                : "Command failed; the registry of this TLD renews automatically, use PayDomainRenewal");
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return NotFound();
        if (d.State != SandboxDomainState.Active) return new SandboxReply(549, "Command failed; domain status does not allow renewal");
        if (CheckPeriod(p, def!.Rules.Terms.Renew, required: true, out var years) is { } badPeriod) return badPeriod;
        if (years == 0) years = 1;
        if (p.TryGetValue("EXPIRATION", out var expiration) && expiration != d.ExpiresAt.Year.ToString(CultureInfo.InvariantCulture))
            return new SandboxReply(541, "Invalid attribute value; EXPIRATION (does not match the current expiry year)");
        var price = _options.RenewPrice * years;
        if (Charge(price) is { } broke) return broke;
        if (!mayCommit()) return NotExecuted;
        d.ExpiresAt = d.ExpiresAt.AddYears(years);
        _balance -= price;
        AddLedger(LedgerEvent.Renew, name, price);
        return paid
            ? SandboxReply.Ok(("PAIDUNTILDATE", Date(d.ExpiresAt)), ("REGISTRATIONEXPIRATIONDATE", Date(d.ExpiresAt)))
            : SandboxReply.Ok(("REGISTRATIONEXPIRATIONDATE", Date(d.ExpiresAt)));
    }

    private SandboxReply TradeDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out var def) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return NotFound();
        if (CheckContactHandle(p, "OWNERCONTACT0", true, out var owner) is { } badOwner) return badOwner;
        if (CheckRegistryParameters(p, def!, DomainOperation.OwnerChange, owner) is { } badField) return badField;
        if (Charge(_options.TradePrice) is { } broke) return broke;
        if (!mayCommit()) return NotExecuted;
        d.Owner = owner;
        _balance -= _options.TradePrice;
        AddLedger(LedgerEvent.Trade, name, _options.TradePrice);
        return SandboxReply.Ok(("STATUS", "ACTIVE"), ("REGISTRATIONEXPIRATIONDATE", Date(d.ExpiresAt)));
    }

    private SandboxReply RestoreDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return NotFound();
        if (d.State != SandboxDomainState.Redemption) return new SandboxReply(549, "Command failed; domain is not in redemption period");
        if (Charge(_options.RestorePrice) is { } broke) return broke;
        if (!mayCommit()) return NotExecuted;
        d.State = SandboxDomainState.Active;
        _balance -= _options.RestorePrice;
        AddLedger(LedgerEvent.Restore, name, _options.RestorePrice);
        return SandboxReply.Ok(("STATUS", "ACTIVE"), ("REGISTRATIONEXPIRATIONDATE", Date(d.ExpiresAt)));
    }

    private SandboxReply DeleteDomain(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (CheckName(p.GetValueOrDefault("DOMAIN"), out var name, out _) is { } bad) return bad;
        if (!_domains.TryGetValue(name, out var d) || !d.InAccount) return NotFound();
        if (!mayCommit()) return NotExecuted;
        d.State = SandboxDomainState.Redemption;
        AddLedger(LedgerEvent.Delete, name, 0);
        return SandboxReply.Ok();
    }

    private SandboxReply QueryDomainList()
    {
        var mine = _domains.Values.Where(d => d.InAccount).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        return new SandboxReply(200, "Command completed successfully",
        [
            Prop("DOMAIN", [.. mine.Select(d => d.Name)]),
            Prop("REGISTRATIONEXPIRATIONDATE", [.. mine.Select(d => Date(d.ExpiresAt))]),
            Prop("COUNT", mine.Count.ToString(CultureInfo.InvariantCulture)),
        ]);
    }
}
