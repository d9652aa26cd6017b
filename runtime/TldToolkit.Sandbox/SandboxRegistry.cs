using System.Globalization;
using TldToolkit.Catalog;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>
/// The sandbox's books: domains, transfers, contacts, balance and ledger, and the execution of the
/// key=value commands against them. All state changes happen under one lock; pending registrations
/// and transfers move on when the sandbox clock passes their due time. The commands live in the
/// <c>SandboxRegistry.*.cs</c> files, one file per kind (domains, transfers, contacts, lists, checks).
/// </summary>
public sealed partial class SandboxRegistry
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
        // Records a hand-edited file left incomplete (null, no name) are skipped rather than crash the start.
        foreach (var d in state.Domains.Where(d => d is { Name: not null }))
            _domains[d.Name] = new SandboxDomain
            {
                Name = d.Name, InAccount = d.InAccount, State = d.State, ExpiresAt = d.ExpiresAt, ConfirmAt = d.ConfirmAt, AuthCode = d.AuthCode ?? "",
                CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt, TransferLock = d.TransferLock, Owner = d.Owner,
                Contacts = d.Contacts is { Length: 3 } roles ? roles : new string?[3], Nameservers = d.Nameservers?.Where(n => n is not null).ToList() ?? [],
                RegistryParameters = new Dictionary<string, string>(d.RegistryParameters ?? [], StringComparer.OrdinalIgnoreCase),
            };
        foreach (var t in state.Transfers.Where(t => t is { Domain: not null }))
            _transfers[t.Domain] = new SandboxTransfer
            {
                Domain = t.Domain, State = t.State, CompleteAt = t.CompleteAt, Years = t.Years, Charged = t.Charged, Reason = t.Reason, FailWith = t.FailWith,
                RequestedAt = t.RequestedAt,
            };
        foreach (var (handle, data) in state.Contacts.Where(c => c.Value is not null))
        {
            _contacts[handle] = new Dictionary<string, string>(data, StringComparer.OrdinalIgnoreCase);
            _contactBySignature.TryAdd(Signature(_contacts[handle]), handle);
        }
        _ledger.AddRange(state.Ledger.Where(e => e is { Domain: not null }));
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
                d.Owner, d.Contacts, d.Nameservers, d.RegistryParameters, d.CreatedAt, d.TransferLock, d.UpdatedAt)).ToList(),
            Transfers = _transfers.Values.Select(t => new SandboxState.TransferRecord(t.Domain, t.State, t.CompleteAt, t.Years, t.Charged, t.Reason, t.FailWith, t.RequestedAt)).ToList(),
            Contacts = _contacts.ToDictionary(c => c.Key, c => c.Value),
            Ledger = _ledger,
        }.Save(file);
        _dirty = false;
    }

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

    /// <summary>
    /// Executes a command; <paramref name="mayCommit"/> is checked right before anything changes. Returns
    /// null when the command failed after it changed the books (the caller then sends no reply, so the
    /// client looks the result up); a failure before that is a "try again" reply, as nothing happened.
    /// </summary>
    internal SandboxReply? Execute(string command, IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        lock (_lock)
        {
            bool committed = false;
            bool MayCommit() => committed = mayCommit();
            try
            {
                Advance();
                var reply = Dispatch(command, p, MayCommit);
                SaveIfChanged();
                return reply;
            }
            catch (Exception) when (!committed)
            {
                return Replies.TryAgain;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }

    private SandboxReply Dispatch(string command, IReadOnlyDictionary<string, string> p, Func<bool> mayCommit) => command.ToUpperInvariant() switch
    {
        "CHECKDOMAIN" => CheckDomain(p),
        "CHECKDOMAINS" => CheckDomains(p),
        "ADDCONTACT" => AddContact(p, mayCommit),
        "QUERYCONTACTLIST" => QueryContactList(p),
        "STATUSACCOUNT" => StatusAccount(),
        "ADDDOMAIN" => AddDomain(p, mayCommit),
        "STATUSDOMAIN" => StatusDomain(p),
        "MODIFYDOMAIN" => ModifyDomain(p, mayCommit),
        "TRANSFERDOMAIN" => (p.GetValueOrDefault("ACTION") ?? "REQUEST").ToUpperInvariant() switch
        {
            "REQUEST" => TransferDomain(p, mayCommit),
            "CANCEL" => CancelTransfer(p, mayCommit),
            _ => Replies.InvalidValue("ACTION", "the sandbox takes REQUEST and CANCEL"),
        },
        "STATUSDOMAINTRANSFER" => StatusDomainTransfer(p),
        "QUERYTRANSFERLIST" => QueryTransferList(p),
        "RENEWDOMAIN" => RenewDomain(p, mayCommit, paid: false),
        "PAYDOMAINRENEWAL" => RenewDomain(p, mayCommit, paid: true),
        "TRADEDOMAIN" => TradeDomain(p, mayCommit),
        "RESTOREDOMAIN" => RestoreDomain(p, mayCommit),
        "DELETEDOMAIN" => DeleteDomain(p, mayCommit),
        "QUERYDOMAINLIST" => QueryDomainList(p),
        _ => Replies.InvalidCommand(Protocol.Printable.Name(command)),
    };

    /// <summary>StatusAccount (USER/ACCOUNT/STATUSACCOUNT.md); the sandbox grants no credit, so CREDIT is 0.</summary>
    private SandboxReply StatusAccount() => Replies.Ok(
        ("AMOUNT", Money(_balance)), ("CREDIT", Money(0)), ("CURRENCY", _options.Currency), ("DEPOSIT", Money(0)), ("VAT", Money(0)));

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private SandboxReply? Charge(decimal amount) => amount > _balance ? Replies.CreditLimitExceeded : null;

    private static string NewAuthCode() => "Sbx-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
