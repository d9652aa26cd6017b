using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TldToolkit.Catalog;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Outcomes.Messages;
using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;
using TldToolkit.Commands;
using TldToolkit.Idn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Client;

/// <summary>
/// Submits domain orders to a registrar and asks it about domains and the account.
/// <para>
/// Every order is validated by its TLD's generated validator (<see cref="TldCatalog.Build"/>) first;
/// an invalid order never reaches the wire and comes back as <see cref="OutcomeKind.ValidationFailed"/>.
/// Contacts are created with <c>AddContact</c> (<c>NEW = 0</c>, so identical data reuses the existing
/// handle and the call is safe to repeat) and the domain command carries their handles
/// (<c>OWNERCONTACT0</c>, ...); a missing admin, tech or billing contact is filled with the registrant.
/// </para>
/// <para>
/// Commands that change something (AddDomain, TransferDomain, RenewDomain, PayDomainRenewal, TradeDomain, RestoreDomain,
/// cancel transfer) are sent exactly once. When their reply is lost (timeout, reset, 5xx without a
/// body, garbage), the client asks the registrar what happened (StatusDomain / StatusDomainTransfer)
/// and reports that — it never sends the command a second time. A registration whose look-up finds a
/// domain created well before the command was sent (see <see cref="RegistrarOptions.RegistrarClockSkew"/>)
/// was already in the account: it is not reported as this order's success. A PayDomainRenewal is not
/// sent when the paid-until date already covers the renewal the order asks for.
/// </para>
/// </summary>
public sealed partial class RegistrarClient : IDisposable
{
    private readonly IDisposable? _ownedTransport;
    private readonly TldCatalog _catalog;
    private readonly IRegistrarTransport _transport;
    private readonly RegistrarOptions _options;
    private readonly ILogger _logger;
    private readonly ValidationContext _validation;

    /// <summary>Largest number of names per CheckDomains command.</summary>
    public const int CheckBatchSize = 32;

    /// <summary>Default number of domains per sync batch.</summary>
    public const int DefaultSyncBatchSize = 50;

    private static readonly Action<ILogger, string, string, string, Exception?> LogOutcome =
        LoggerMessage.Define<string, string, string>(LogLevel.Information, new EventId(10, "RegistrarOutcome"),
            "{Command} {Domain}: {Outcome}");
    private static readonly Action<ILogger, string, string, string, Exception?> LogLostReply =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(11, "RegistrarLostReply"),
            "{Command} {Domain}: reply lost ({Detail}); asking the registrar what happened instead of sending it again");

    /// <summary>Creates a client.</summary>
    /// <param name="catalog">The TLD definitions orders are validated against.</param>
    /// <param name="transport">The wire protocol.</param>
    /// <param name="options">Settings (lost-reply look-ups); the transport has its own copy of the connection settings.</param>
    /// <param name="logger">Logger; never receives credentials.</param>
    /// <param name="timeProvider">Clock of validation (renewal windows) and of lost-reply look-ups; the system clock when null.</param>
    public RegistrarClient(TldCatalog catalog, IRegistrarTransport transport, RegistrarOptions? options = null,
        ILogger<RegistrarClient>? logger = null, TimeProvider? timeProvider = null)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _options = options?.Clone() ?? new RegistrarOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _validation = new ValidationContext(timeProvider);
    }

    private DateTimeOffset Now => _validation.TimeProvider.GetUtcNow();

    /// <summary>
    /// Creates a client with its own key=value HTTPS transport (pooled connections, query-only
    /// retries), for use without dependency injection: the CLI, scripts, tests. Dispose it to
    /// release the connections. Throws <see cref="ArgumentException"/> when the options are unusable
    /// (e.g. plain HTTP to a host that is not loopback).
    /// </summary>
    public static RegistrarClient Create(TldCatalog catalog, RegistrarOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var transport = KeyValueHttpTransport.Create(options, loggerFactory);
        return new RegistrarClient(catalog, transport, options, loggerFactory?.CreateLogger<RegistrarClient>(), timeProvider, transport);
    }

    private RegistrarClient(TldCatalog catalog, IRegistrarTransport transport, RegistrarOptions options, ILogger<RegistrarClient>? logger,
        TimeProvider? timeProvider, IDisposable ownedTransport)
        : this(catalog, transport, options, logger, timeProvider)
    {
        _ownedTransport = ownedTransport;
    }

    /// <summary>The catalog orders are validated against.</summary>
    public TldCatalog Catalog => _catalog;

    /// <summary>The transport commands go through.</summary>
    public IRegistrarTransport Transport => _transport;

    /// <summary>Releases the transport when <see cref="Create"/> made it.</summary>
    public void Dispose() => _ownedTransport?.Dispose();

    // ------------------------------------------------------------------ orders

    /// <summary>Submits an order according to its <see cref="DomainOrder.Operation"/>.</summary>
    public Task<RegistrarOutcome> SubmitAsync(DomainOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Operation switch
        {
            DomainOperation.Register => RegisterAsync(order, cancellationToken),
            DomainOperation.Transfer => TransferAsync(order, cancellationToken),
            DomainOperation.Renew => RenewAsync(order, cancellationToken),
            DomainOperation.OwnerChange => ChangeOwnerAsync(order, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order.Operation, "Unknown operation."),
        };
    }

    /// <summary>Registers a domain (AddDomain). Pending for TLDs with asynchronous registration.</summary>
    public async Task<RegistrarOutcome> RegisterAsync(DomainOrder order, CancellationToken cancellationToken = default)
    {
        RequireOperation(order, DomainOperation.Register);
        if (!TryBuild(order, "AddDomain", out var command, out var definition, out var invalid)) return Log(invalid!);

        var (handles, contactFailure) = await CreateContactsAsync(command!, definition!, "AddDomain", cancellationToken).ConfigureAwait(false);
        if (contactFailure is not null) return Log(contactFailure);

        var wire = new RegistrarCommand("AddDomain", idempotent: false)
            .Add("DOMAIN", command!.DomainAscii)
            .AddPeriod(command.Years);
        AddContacts(wire, handles);
        AddNameservers(wire, command.Nameservers);
        AddAddOns(wire, command.AddOns);
        AddIdnLanguage(wire, command.DomainAscii, order.IdnLanguage);
        AddRegistryParameters(wire, command);

        var sentAt = Now;
        return Log(await SendChangeAsync(wire, command, definition!,
            success: r => AcceptedOutcome(r, command.DomainAscii, "AddDomain", pendingByDefault: false,
                successMessage: new OutcomeText(OutcomeKeys.RegisterSuccess, command.DomainUnicode),
                pendingMessage: new OutcomeText(OutcomeKeys.RegisterPending, command.DomainUnicode)),
            resolve: ct => ResolveRegistrationAsync(command.DomainAscii, command.DomainUnicode, sentAt, ct),
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Requests a transfer (TransferDomain). Normally pending until the losing side approves.</summary>
    public async Task<RegistrarOutcome> TransferAsync(DomainOrder order, CancellationToken cancellationToken = default)
    {
        RequireOperation(order, DomainOperation.Transfer);
        if (!TryBuild(order, "TransferDomain", out var command, out var definition, out var invalid)) return Log(invalid!);

        Dictionary<ContactRole, string> handles = [];
        if (command!.Contacts.Registrant is not null)
        {
            (handles, var contactFailure) = await CreateContactsAsync(command, definition!, "TransferDomain", cancellationToken).ConfigureAwait(false);
            if (contactFailure is not null) return Log(contactFailure);
        }

        var wire = new RegistrarCommand("TransferDomain", idempotent: false)
            .Add("DOMAIN", command.DomainAscii)
            .Add("AUTH", command.AuthCode);
        if (command.Years > 0) wire.AddPeriod(command.Years);
        AddContacts(wire, handles);
        AddNameservers(wire, command.Nameservers);
        AddRegistryParameters(wire, command);

        return Log(await SendChangeAsync(wire, command, definition!,
            success: r => AcceptedOutcome(r, command.DomainAscii, "TransferDomain", pendingByDefault: true,
                successMessage: new OutcomeText(OutcomeKeys.TransferSuccess, command.DomainUnicode),
                pendingMessage: new OutcomeText(OutcomeKeys.TransferPending, command.DomainUnicode)),
            resolve: ct => ResolveTransferAsync(command.DomainAscii, command.DomainUnicode, ct),
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Renews a domain. Where the registry accepts an explicit renewal this is RenewDomain, with
    /// <c>EXPIRATION</c> = the current expiry year so a repeat cannot renew twice. Where the registry
    /// renews automatically at expiry (<see cref="Rules.RenewalRules.Explicit"/> false: .de, .it) it is
    /// PayDomainRenewal: the registrar records the renewal as paid (PAIDUNTILDATE moves by the period)
    /// and the registry renews the domain when its expiry date is reached. Either is sent once; a lost
    /// reply is resolved by StatusDomain, comparing the (paid-until) expiry with the one the order names.
    /// </summary>
    public async Task<RegistrarOutcome> RenewAsync(DomainOrder order, CancellationToken cancellationToken = default)
    {
        RequireOperation(order, DomainOperation.Renew);
        if (!TryBuild(order, "RenewDomain", out var command, out var definition, out var invalid)) return Log(invalid!);

        bool pay = definition!.Rules.Renewal is { Explicit: false };
        var name = pay ? "PayDomainRenewal" : "RenewDomain";
        var wire = new RegistrarCommand(name, idempotent: false)
            .Add("DOMAIN", command!.DomainAscii)
            .AddPeriod(command.Years);
        if (!pay && command.ExpiresOn is { } expiry) wire.Add("EXPIRATION", expiry.Year);
        // RenewDomain's EXPIRATION makes the registrar refuse a repeat; PayDomainRenewal has no such
        // parameter, so a repeated order (a double click, a retried job) is caught here instead.
        if (pay && command.ExpiresOn is { } named && await AlreadyPaidAsync(command, named, cancellationToken).ConfigureAwait(false) is { } refused)
            return Log(refused);

        return Log(await SendChangeAsync(wire, command, definition,
            success: r => AcceptedOutcome(r, command.DomainAscii, name, pendingByDefault: false,
                successMessage: new OutcomeText(OutcomeKeys.RenewSuccess, command.DomainUnicode),
                pendingMessage: new OutcomeText(OutcomeKeys.RenewPending, command.DomainUnicode)),
            resolve: ct => ResolveRenewalAsync(command.DomainAscii, command.DomainUnicode, command.ExpiresOn, command.Years, ct),
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Changes the registrant (TradeDomain with a new OWNERCONTACT0).</summary>
    public async Task<RegistrarOutcome> ChangeOwnerAsync(DomainOrder order, CancellationToken cancellationToken = default)
    {
        RequireOperation(order, DomainOperation.OwnerChange);
        if (!TryBuild(order, "TradeDomain", out var command, out var definition, out var invalid)) return Log(invalid!);

        var (handles, contactFailure) = await CreateContactsAsync(command!, definition!, "TradeDomain", cancellationToken, fillRoles: false).ConfigureAwait(false);
        if (contactFailure is not null) return Log(contactFailure);
        if (!handles.TryGetValue(ContactRole.Registrant, out var owner))
            return Log(new RegistrarOutcome(OutcomeKind.ValidationFailed, command!.DomainAscii, "validate", new OutcomeText(OutcomeKeys.TradeNeedsRegistrant)));

        var wire = new RegistrarCommand("TradeDomain", idempotent: false)
            .Add("DOMAIN", command!.DomainAscii);
        AddContacts(wire, handles);
        AddRegistryParameters(wire, command);

        return Log(await SendChangeAsync(wire, command, definition!,
            success: r => AcceptedOutcome(r, command.DomainAscii, "TradeDomain", pendingByDefault: false,
                successMessage: new OutcomeText(OutcomeKeys.TradeSuccess, command.DomainUnicode),
                pendingMessage: new OutcomeText(OutcomeKeys.TradePending, command.DomainUnicode)),
            resolve: ct => ResolveOwnerChangeAsync(command.DomainAscii, command.DomainUnicode, owner, ct),
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Restores a deleted domain from its redemption period (RestoreDomain).</summary>
    public async Task<RegistrarOutcome> RestoreAsync(string domain, CancellationToken cancellationToken = default)
    {
        if (!TryCheckName(domain, "RestoreDomain", out var ascii, out var definition, out var invalid)) return Log(invalid!);
        var wire = new RegistrarCommand("RestoreDomain", idempotent: false).Add("DOMAIN", ascii);
        return Log(await SendChangeAsync(wire, null, definition!,
            success: r => AcceptedOutcome(r, ascii, "RestoreDomain", pendingByDefault: false,
                successMessage: new OutcomeText(OutcomeKeys.RestoreSuccess, ascii), pendingMessage: new OutcomeText(OutcomeKeys.RestorePending, ascii)),
            resolve: ct => ResolveRestoreAsync(ascii, ct),
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Cancels a pending incoming transfer (TransferDomain with ACTION = cancel).</summary>
    public async Task<RegistrarOutcome> CancelTransferAsync(string domain, CancellationToken cancellationToken = default)
    {
        if (!TryCheckName(domain, "TransferDomain", out var ascii, out var definition, out var invalid)) return Log(invalid!);
        var wire = new RegistrarCommand("TransferDomain", idempotent: false).Add("DOMAIN", ascii).Add("ACTION", "cancel");
        return Log(await SendChangeAsync(wire, null, definition!,
            success: r => new RegistrarOutcome(OutcomeKind.Success, ascii, "TransferDomain", new OutcomeText(OutcomeKeys.CancelTransferSuccess, ascii))
            { RegistrarCode = r.Code, RegistrarDescription = r.Description, WasSent = true },
            resolve: ct => ResolveCancelTransferAsync(ascii, ct),
            cancellationToken).ConfigureAwait(false));
    }

    // ------------------------------------------------------------------ queries

    /// <summary>Checks the availability of many names at once (CheckDomains, <see cref="CheckBatchSize"/> names per command).</summary>
    public async Task<IReadOnlyList<AvailabilityResult>> CheckAvailabilityAsync(IEnumerable<string> domains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var input = domains.ToList();
        var results = new AvailabilityResult?[input.Count];
        var toSend = new List<(int Index, string Ascii)>();
        for (int i = 0; i < input.Count; i++)
        {
            if (!TryCheckName(input[i], "CheckDomains", out var ascii, out _, out var invalid))
                results[i] = new AvailabilityResult(input[i] ?? "", invalid!.Kind == OutcomeKind.TldNotSupported ? Availability.TldNotSupported : Availability.Invalid, invalid.Message);
            else
                toSend.Add((i, ascii));
        }

        foreach (var chunk in toSend.Chunk(CheckBatchSize))
        {
            var wire = new RegistrarCommand("CheckDomains", idempotent: true);
            for (int j = 0; j < chunk.Length; j++) wire.Add("DOMAIN" + j.ToString(CultureInfo.InvariantCulture), chunk[j].Ascii);
            var reply = await SendQueryAsync(wire, cancellationToken).ConfigureAwait(false);
            for (int j = 0; j < chunk.Length; j++)
            {
                var (index, ascii) = chunk[j];
                results[index] = AvailabilityFrom(reply, ascii, j);
            }
        }
        return results.Select(r => r!).ToList();
    }

    /// <summary>Asks for the state of a domain in the account (StatusDomain).</summary>
    public async Task<DomainStatusResult> GetDomainStatusAsync(string domain, CancellationToken cancellationToken = default)
    {
        if (!TryCheckName(domain, "StatusDomain", out var ascii, out _, out var invalid)) return new DomainStatusResult { Outcome = Log(invalid!) };
        return await StatusAsync(ascii, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the account balance; a successful answer proves endpoint and credentials work.</summary>
    public async Task<AccountBalanceResult> GetAccountBalanceAsync(CancellationToken cancellationToken = default)
    {
        var reply = await SendQueryAsync(new RegistrarCommand("StatusAccount", idempotent: true), cancellationToken).ConfigureAwait(false);
        if (QueryFailure(reply, "StatusAccount", "account") is { } failure) return new AccountBalanceResult { Outcome = Log(failure) };
        var r = reply.Response!;
        return new AccountBalanceResult
        {
            Outcome = new RegistrarOutcome(OutcomeKind.Success, "", "StatusAccount", new OutcomeText(OutcomeKeys.AccountReachable))
            { RegistrarCode = r.Code, RegistrarDescription = r.Description, WasSent = true },
            Amount = ParseDecimal(r.Property("AMOUNT")),
            Currency = r.Property("CURRENCY"),
            CreditLimit = ParseDecimal(r.Property("CREDIT")), // STATUSACCOUNT.md: "the maximum credit volume"
        };
    }

    /// <summary>Same as <see cref="GetAccountBalanceAsync"/>: the "test connection" call.</summary>
    public async Task<RegistrarOutcome> TestConnectionAsync(CancellationToken cancellationToken = default) =>
        (await GetAccountBalanceAsync(cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>Most pages <see cref="ListContactsAsync"/> reads (a registrar whose TOTAL never ends cannot keep it going).</summary>
    public const int MaxListPages = 1000;

    /// <summary>
    /// Lists the contacts of the account: QueryContactList with WIDE = 1, page by page (FIRST / LIMIT, until
    /// TOTAL is reached), reading the documented CONTACT… columns (CONTACT/QUERYCONTACTLIST.md).
    /// </summary>
    public async Task<ContactListResult> ListContactsAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ContactSummary>();
        RegistrarResponse? last = null;
        for (int page = 0, first = 0; page < MaxListPages; page++)
        {
            var query = new RegistrarCommand("QueryContactList", idempotent: true).Add("WIDE", 1).Add("FIRST", first);
            var reply = await SendQueryAsync(query, cancellationToken).ConfigureAwait(false);
            if (QueryFailure(reply, "QueryContactList", "account") is { } failure) return new ContactListResult { Outcome = Log(failure) };
            var r = last = reply.Response!;
            var handles = r.Column("CONTACT");
            for (int i = 0; i < handles.Count; i++)
            {
                if (handles[i].Length == 0) continue;
                var name = string.Join(' ', new[] { r.Property("CONTACTFIRSTNAME", i), r.Property("CONTACTLASTNAME", i) }.Where(s => !string.IsNullOrEmpty(s)));
                list.Add(new ContactSummary(handles[i], name.Length == 0 ? null : name, r.Property("CONTACTORGANIZATION", i), r.Property("CONTACTEMAIL", i), r.Property("CONTACTCOUNTRY", i)));
            }
            first += handles.Count;
            // No TOTAL (a registrar that does not page) or an empty page: this was the last page.
            if (handles.Count == 0 || !int.TryParse(r.Property("TOTAL"), NumberStyles.None, CultureInfo.InvariantCulture, out var total) || first >= total) break;
        }
        return new ContactListResult
        {
            Outcome = new RegistrarOutcome(OutcomeKind.Success, "", "QueryContactList", new OutcomeText(OutcomeKeys.ContactCount) { Count = list.Count })
            { RegistrarCode = last?.Code, RegistrarDescription = last?.Description, WasSent = true },
            Contacts = list,
        };
    }

    // ------------------------------------------------------------------ building blocks

    private static void RequireOperation(DomainOrder order, DomainOperation expected)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Operation != expected)
            throw new ArgumentException($"The order is a {order.Operation}, not a {expected}.", nameof(order));
    }

    private bool TryBuild(DomainOrder order, string commandName, out DomainCommand? command, out ITldDefinition? definition, out RegistrarOutcome? invalid)
    {
        command = null;
        invalid = null;
        definition = _catalog.FindForOrder(order);
        var build = _catalog.Build(order, _validation);
        if (build.Succeeded && definition is not null)
        {
            command = build.Command;
            return true;
        }
        invalid = FromValidation(build.Validation, order.Domain, commandName);
        return false;
    }

    private static RegistrarOutcome FromValidation(ValidationResult validation, string? domain, string commandName)
    {
        var errors = validation.Errors;
        bool tld = errors.Any(e => e.Code == ErrorCodes.TldNotSupported);
        var kind = tld ? OutcomeKind.TldNotSupported : OutcomeKind.ValidationFailed;
        var shown = Text.Truncation.ForDisplay(domain);
        var outcome = tld || errors.Count == 0
            ? new RegistrarOutcome(kind, shown, "validate", new OutcomeText(tld ? OutcomeKeys.TldNotSupported : OutcomeKeys.InvalidOrder, shown))
            // The validation messages themselves; MessageIn renders them in the customer's language.
            : new RegistrarOutcome(kind, shown, "validate", string.Join(" ", errors.Select(e => e.Message())));
        return new RegistrarOutcome(outcome, "validate")
        {
            ValidationErrors = errors,
            Detail = $"not sent ({commandName}): " + string.Join("; ", errors.Select(e => e.Code + "@" + e.Path)),
        };
    }

    /// <summary>Name check for commands that carry only a domain: known TLD, host-name syntax.</summary>
    private bool TryCheckName(string? domain, string commandName, out string ascii, out ITldDefinition? definition, out RegistrarOutcome? invalid)
    {
        ascii = ToAsciiName(domain);
        invalid = null;
        definition = _catalog.FindForDomain(ascii, out int tldLength);
        if (definition is null)
        {
            var errors = new ErrorCollector();
            errors.Add(ErrorCodes.TldNotSupported, "domain", arguments: new ErrorArguments { Value = Text.Truncation.ForDisplay(domain) });
            invalid = FromValidation(errors.ToResult(), domain, commandName);
            return false;
        }
        int labelEnd = ascii.Length - tldLength - 1;
        if (labelEnd <= 0 || ascii[..labelEnd].Contains('.') || !HostNames.IsValid(ascii) || ascii.Any(c => c > 0x7F))
        {
            var errors = new ErrorCollector();
            errors.Add(labelEnd > 0 && ascii[..labelEnd].Contains('.') ? ErrorCodes.DomainNotRegistrable : ErrorCodes.DomainInvalid, "domain",
                arguments: new ErrorArguments { Value = Text.Truncation.ForDisplay(domain) });
            invalid = FromValidation(errors.ToResult(), domain, commandName);
            return false;
        }
        return true;
    }

    /// <summary>
    /// The name as the registrar knows it: trimmed, without a final dot, lower case, and in A-label form
    /// when typed in Unicode (fußball.de → xn--fuball-cta.de, UTS #46 nontransitional, the mode of every
    /// TLD in the catalog that takes IDNs). A name that cannot be converted stays as typed, so the
    /// checks that follow reject it.
    /// </summary>
    private static string ToAsciiName(string? domain)
    {
        var name = (domain ?? "").Trim();
        int end = name.Length;
        while (end > 0 && TldCatalog.IsDot(name[end - 1])) end--; // the catalog's list of full stops
        name = name[..end];
        if (name.All(char.IsAscii)) return name.ToLowerInvariant();
        var converted = Idna.ToAscii(name, IdnaOptions.Registration);
        return converted.Succeeded ? converted.Value : name;
    }

    private async Task<(Dictionary<ContactRole, string> Handles, RegistrarOutcome? Failure)> CreateContactsAsync(
        DomainCommand command, ITldDefinition definition, string forCommand, CancellationToken cancellationToken, bool fillRoles = true)
    {
        var handles = new Dictionary<ContactRole, string>();
        var byContact = new Dictionary<Contact, string>(ReferenceEqualityComparer.Instance);
        for (var role = ContactRole.Registrant; role <= ContactRole.Billing; role++)
        {
            var contact = command.Contacts.Get(role);
            if (contact is null) continue;
            if (byContact.TryGetValue(contact, out var known)) { handles[role] = known; continue; }

            var wire = ContactCommand(contact);
            var reply = await SendQueryAsync(wire, cancellationToken).ConfigureAwait(false);
            if (!reply.IsAnswered)
                return (handles, new RegistrarOutcome(reply.Status == TransportStatus.ProtocolError ? OutcomeKind.ProtocolError : OutcomeKind.TemporaryFailure,
                    command.DomainAscii, "AddContact", new OutcomeText(reply.Status == TransportStatus.ProtocolError ? OutcomeKeys.ContactUnreadable : OutcomeKeys.ContactUnreachable, command.DomainUnicode))
                { Detail = $"{forCommand} not sent: AddContact {reply.Detail}", WasSent = true });
            var r = reply.Response;
            if (!r.IsSuccess)
                return (handles, ReplyMapper.MapError(r, "AddContact", command.DomainAscii, command, definition, role));
            var handle = r.Property("CONTACT");
            if (string.IsNullOrEmpty(handle))
                return (handles, new RegistrarOutcome(OutcomeKind.ProtocolError, command.DomainAscii, "AddContact", new OutcomeText(OutcomeKeys.ContactUnreadable, command.DomainUnicode))
                { RegistrarCode = r.Code, RegistrarDescription = r.Description, Detail = "AddContact reply without PROPERTY[CONTACT]", WasSent = true });
            byContact[contact] = handle;
            handles[role] = handle;
        }
        if (fillRoles && handles.TryGetValue(ContactRole.Registrant, out var owner))
            for (var role = ContactRole.Admin; role <= ContactRole.Billing; role++)
                handles.TryAdd(role, owner);
        return (handles, null);
    }

    /// <summary>The AddContact command for a contact (NEW = 0: identical data returns the existing handle).</summary>
    public static RegistrarCommand ContactCommand(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var wire = new RegistrarCommand("AddContact", idempotent: true)
            .Add("FIRSTNAME", contact.FirstName)
            .Add("LASTNAME", contact.LastName)
            .Add("ORGANIZATION", contact.Organization);
        for (int i = 0; i < contact.Street.Count && i < Validation.ContactChecks.MaxStreetLines; i++) wire.Add("STREET" + i.ToString(CultureInfo.InvariantCulture), contact.Street[i]);
        wire.Add("CITY", contact.City)
            .Add("STATE", contact.State)
            .Add("ZIP", contact.PostalCode)
            .Add("COUNTRY", contact.Country?.ToUpperInvariant())
            .Add("PHONE", contact.Phone)
            .Add("FAX", contact.Fax)
            .Add("EMAIL", contact.Email)
            .Add("NEW", 0);
        return wire;
    }

    private static void AddContacts(RegistrarCommand wire, Dictionary<ContactRole, string> handles)
    {
        if (handles.TryGetValue(ContactRole.Registrant, out var h)) wire.Add("OWNERCONTACT0", h);
        if (handles.TryGetValue(ContactRole.Admin, out h)) wire.Add("ADMINCONTACT0", h);
        if (handles.TryGetValue(ContactRole.Tech, out h)) wire.Add("TECHCONTACT0", h);
        if (handles.TryGetValue(ContactRole.Billing, out h)) wire.Add("BILLINGCONTACT0", h);
    }

    private static void AddNameservers(RegistrarCommand wire, IReadOnlyList<string> nameservers)
    {
        for (int i = 0; i < nameservers.Count; i++) wire.Add("NAMESERVER" + i.ToString(CultureInfo.InvariantCulture), nameservers[i]);
    }

    /// <summary>The documented ID protection switch (ADDDOMAIN.md: "Activates the Whois Trustee Service").</summary>
    public const string IdProtectionParameter = "X-ACCEPT-WHOISTRUSTEE-TAC";

    private static void AddAddOns(RegistrarCommand wire, AddOns addOns)
    {
        if (addOns.RegistrarLock) wire.Add("TRANSFERLOCK", 1);
        if (addOns.IdProtection) wire.Add(IdProtectionParameter, 1);
    }

    /// <summary>The documented IDN language parameter (ADDDOMAIN.md: "If the domain is an IDN domain, please state the IDN language code").</summary>
    public const string IdnLanguageParameter = "X-IDN-LANGUAGE";

    /// <summary>The order's IDN language for a name with an A-label, upper case as the documentation writes it ("DE").</summary>
    private static void AddIdnLanguage(RegistrarCommand wire, string ascii, string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || !ascii.Split('.').Any(l => l.StartsWith("xn--", StringComparison.Ordinal))) return;
        wire.Add(IdnLanguageParameter, language.Trim().ToUpperInvariant());
    }

    private static void AddRegistryParameters(RegistrarCommand wire, DomainCommand command)
    {
        foreach (var p in command.RegistryParameters) wire.Add(p.Name, p.Value);
    }

    /// <summary>
    /// Sends a command that changes something, exactly once. A definite reply is mapped; a lost or
    /// unreadable reply is settled by <paramref name="resolve"/> (a look-up), never by resending.
    /// </summary>
    private async Task<RegistrarOutcome> SendChangeAsync(RegistrarCommand wire, DomainCommand? command, ITldDefinition definition,
        Func<RegistrarResponse, RegistrarOutcome> success, Func<CancellationToken, Task<Resolution>> resolve, CancellationToken cancellationToken)
    {
        var domain = wire.Get("DOMAIN") ?? "";
        var display = command?.DomainUnicode ?? domain;
        // Cancelled before anything went out: nothing was ordered, the caller may simply stop.
        cancellationToken.ThrowIfCancellationRequested();

        TransportReply reply;
        try
        {
            reply = await _transport.SendAsync(wire, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The command may already be at the registrar: throwing would lose the order from the
            // caller's books. Report it as unconfirmed; the next domain sync settles it.
            return Unconfirmed(wire, domain, display, "cancelled by the caller while waiting for the reply");
        }
        if (reply.IsAnswered)
        {
            var r = reply.Response;
            // 210/211 are availability answers (2xx in this protocol), never the success of a change.
            bool accepted = (r.IsSuccess && r.Code is not (210 or 211)) || r.Code == 1001;
            return accepted ? success(r) : ReplyMapper.MapError(r, wire.Name, domain, command, definition);
        }

        LogLostReply(_logger, wire.Name, domain, reply.Detail, null);
        bool sawNothing = false;
        try
        {
            for (int attempt = 0, notHappened = 0; attempt < _options.LostReplyLookups; attempt++)
            {
                if (attempt > 0) await Task.Delay(_options.LostReplyLookupDelay, cancellationToken).ConfigureAwait(false);
                var resolution = await resolve(cancellationToken).ConfigureAwait(false);
                if (resolution.Outcome is { } done)
                    return new RegistrarOutcome(done, wire.Name)
                    {
                        WasSent = true,
                        ResolvedAfterLostReply = true,
                        Detail = $"reply lost ({reply.Detail}); settled by look-up",
                    };
                if (!resolution.NotHappened) { notHappened = 0; continue; }
                sawNothing = true;
                // After a timeout the registrar may still be working on the command: finding nothing
                // yet proves nothing, and "submit it again" could order twice. Keep looking instead.
                if (reply.TimedOut) continue;
                // Ask twice, a moment apart, so a command still in flight at the registrar is not missed.
                if (++notHappened >= 2 || _options.LostReplyLookups == 1)
                    return new RegistrarOutcome(reply.Status == TransportStatus.ProtocolError ? OutcomeKind.ProtocolError : OutcomeKind.TemporaryFailure,
                        domain, wire.Name, new OutcomeText(OutcomeKeys.LostNotExecuted, display))
                    {
                        RegistrarCode = resolution.Code,
                        RegistrarDescription = resolution.Description,
                        WasSent = true,
                        ResolvedAfterLostReply = true,
                        Detail = $"reply lost ({reply.Detail}); look-up shows the command was not executed",
                    };
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Unconfirmed(wire, domain, display, $"reply lost ({reply.Detail}); look-ups cancelled by the caller");
        }
        return Unconfirmed(wire, domain, display, sawNothing && reply.TimedOut
            ? $"reply lost ({reply.Detail}); the registrar has no record of it yet but may still be executing it"
            : $"reply lost ({reply.Detail}); look-ups failed");
    }

    private static RegistrarOutcome Unconfirmed(RegistrarCommand wire, string domain, string display, string detail) =>
        new(OutcomeKind.Unconfirmed, domain, wire.Name, new OutcomeText(OutcomeKeys.LostUnconfirmed, display)) { WasSent = true, Detail = detail };

    /// <summary>
    /// Sends an idempotent query. Transient HTTP trouble is retried by the transport's resilience
    /// handler; an unreadable reply (garbage from a proxy, a truncated body) is asked again here, up
    /// to <see cref="RegistrarOptions.QueryRetries"/> times. Never used for commands that change something.
    /// </summary>
    private async Task<TransportReply> SendQueryAsync(RegistrarCommand query, CancellationToken cancellationToken)
    {
        if (!query.IsIdempotent) throw new InvalidOperationException($"{query.Name} is not a query.");
        var reply = await _transport.SendAsync(query, cancellationToken).ConfigureAwait(false);
        for (int retry = 0; retry < _options.QueryRetries && reply.Status == TransportStatus.ProtocolError; retry++)
            reply = await _transport.SendAsync(query, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    /// <summary>What a look-up after a lost reply found.</summary>
    private readonly record struct Resolution(RegistrarOutcome? Outcome, bool NotHappened, int? Code = null, string? Description = null)
    {
        public static Resolution Unknown => new(null, false);
        public static Resolution Done(RegistrarOutcome outcome) => new(outcome, false);
        public static Resolution Nothing(RegistrarResponse? r) => new(null, true, r?.Code, r?.Description);
    }

    private async Task<Resolution> ResolveRegistrationAsync(string domain, string display, DateTimeOffset sentAt, CancellationToken ct)
    {
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        // Found, but created before this command left: it was ours already, and the lost reply was the
        // registrar's "not available". Reporting success would confirm an order that did nothing.
        if (status.State is RegistrarDomainState.Active or RegistrarDomainState.Pending
            && status.CreatedAt is { } created && created < sentAt - _options.RegistrarClockSkew)
            return Resolution.Done(Outcome(OutcomeKind.DomainNotAvailable, domain, new OutcomeText(OutcomeKeys.RegisterAlreadyInAccount, display), status));
        return status.State switch
        {
            RegistrarDomainState.Active => Resolution.Done(Outcome(OutcomeKind.Success, domain, new OutcomeText(OutcomeKeys.RegisterSuccess, display), status)),
            RegistrarDomainState.Pending => Resolution.Done(Outcome(OutcomeKind.Pending, domain, new OutcomeText(OutcomeKeys.RegisterPending, display), status)),
            RegistrarDomainState.NotFound => Resolution.Nothing(null),
            _ => Resolution.Unknown,
        };
    }

    /// <summary>
    /// Refuses a PayDomainRenewal whose renewal is already paid: the paid-until (or expiry) date is at
    /// least the order's expiry date plus its years. Null when the renewal may be sent. A status that
    /// cannot be read stops the order too (as a temporary failure, nothing sent): sending blind could pay twice.
    /// </summary>
    private async Task<RegistrarOutcome?> AlreadyPaidAsync(DomainCommand command, DateOnly namedExpiry, CancellationToken ct)
    {
        var status = await StatusAsync(command.DomainAscii, ct).ConfigureAwait(false);
        if (status.State is RegistrarDomainState.Unknown)
            return new RegistrarOutcome(status.Outcome, "PayDomainRenewal")
            {
                WasSent = false,
                Detail = "the paid-until date could not be read, so PayDomainRenewal was not sent: " + status.Outcome.Detail,
            };
        if (status.State is RegistrarDomainState.NotFound) return null; // the registrar's own answer to the command says it best
        if ((status.PaidUntil ?? status.ExpiresOn) is { } paidUntil && paidUntil >= namedExpiry.AddYears(command.Years))
            return new RegistrarOutcome(OutcomeKind.Rejected, command.DomainAscii, "PayDomainRenewal",
                new OutcomeText(OutcomeKeys.RenewAlreadyPaid, command.DomainUnicode))
            {
                RegistrarCode = status.Outcome.RegistrarCode,
                RegistrarDescription = status.Outcome.RegistrarDescription,
                ExpiresOn = paidUntil,
                Detail = $"paid until {paidUntil:yyyy-MM-dd}; the order renews {command.Years} year(s) from {namedExpiry:yyyy-MM-dd}",
            };
        return null;
    }

    private async Task<Resolution> ResolveTransferAsync(string domain, string display, CancellationToken ct)
    {
        var reply = await SendQueryAsync(new RegistrarCommand("StatusDomainTransfer", idempotent: true).Add("DOMAIN", domain), ct).ConfigureAwait(false);
        if (!reply.IsAnswered) return Resolution.Unknown;
        var r = reply.Response;
        var progress = TransferStatusWords.Classify(r.Property("TRANSFERSTATUS") ?? "PENDING");
        if (r.IsSuccess && progress == TransferProgress.Running)
            return Resolution.Done(new RegistrarOutcome(OutcomeKind.Pending, domain, "TransferDomain", new OutcomeText(OutcomeKeys.TransferPending, display))
            { RegistrarCode = r.Code, RegistrarDescription = r.Description });
        // A failed transfer record may be an earlier attempt's: it does not show that this request
        // arrived. No transfer is running either way, so it counts as "nothing happened".
        if (r.IsSuccess && progress == TransferProgress.Failed) return Resolution.Nothing(r);
        if (!r.IsSuccess && r.Code != 545) return Resolution.Unknown;
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        return status.State switch
        {
            RegistrarDomainState.Active => Resolution.Done(Outcome(OutcomeKind.Success, domain, new OutcomeText(OutcomeKeys.TransferSuccess, display), status)),
            RegistrarDomainState.NotFound => Resolution.Nothing(r),
            _ => Resolution.Unknown,
        };
    }

    private async Task<Resolution> ResolveRenewalAsync(string domain, string display, DateOnly? previousExpiry, int years, CancellationToken ct)
    {
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        if (status.State is RegistrarDomainState.Unknown) return Resolution.Unknown;
        if (status.State is RegistrarDomainState.NotFound) return Resolution.Nothing(null);
        // A paid renewal (PayDomainRenewal) moves the paid-until date, an explicit one the expiry date;
        // the paid-until date is the later of the two, so it answers both.
        if (previousExpiry is { } before && (status.PaidUntil ?? status.ExpiresOn) is { } now)
            return now.Year >= before.Year + years
                ? Resolution.Done(Outcome(OutcomeKind.Success, domain, new OutcomeText(OutcomeKeys.RenewSuccess, display), status))
                : Resolution.Nothing(null);
        return Resolution.Unknown;
    }

    private async Task<Resolution> ResolveOwnerChangeAsync(string domain, string display, string ownerHandle, CancellationToken ct)
    {
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        if (status.State is RegistrarDomainState.Unknown) return Resolution.Unknown;
        if (status.State is RegistrarDomainState.NotFound) return Resolution.Nothing(null);
        return string.Equals(status.OwnerContact, ownerHandle, StringComparison.OrdinalIgnoreCase)
            ? Resolution.Done(Outcome(OutcomeKind.Success, domain, new OutcomeText(OutcomeKeys.TradeSuccess, display), status))
            : Resolution.Nothing(null);
    }

    private async Task<Resolution> ResolveRestoreAsync(string domain, CancellationToken ct)
    {
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        return status.State switch
        {
            RegistrarDomainState.Active => Resolution.Done(Outcome(OutcomeKind.Success, domain, new OutcomeText(OutcomeKeys.RestoreSuccess, domain), status)),
            RegistrarDomainState.Pending => Resolution.Done(Outcome(OutcomeKind.Pending, domain, new OutcomeText(OutcomeKeys.RestorePending, domain), status)),
            RegistrarDomainState.Deleted or RegistrarDomainState.NotFound => Resolution.Nothing(null),
            _ => Resolution.Unknown,
        };
    }

    private async Task<Resolution> ResolveCancelTransferAsync(string domain, CancellationToken ct)
    {
        var reply = await SendQueryAsync(new RegistrarCommand("StatusDomainTransfer", idempotent: true).Add("DOMAIN", domain), ct).ConfigureAwait(false);
        if (!reply.IsAnswered) return Resolution.Unknown;
        var r = reply.Response;
        bool pending = r.IsSuccess && TransferStatusWords.Classify(r.Property("TRANSFERSTATUS") ?? "PENDING") == TransferProgress.Running;
        if (pending) return Resolution.Nothing(r);
        if (!r.IsSuccess && r.Code != 545) return Resolution.Unknown;
        // No transfer running any more: cancelled — unless it completed first and the domain is now ours.
        var status = await StatusAsync(domain, ct).ConfigureAwait(false);
        return status.State switch
        {
            RegistrarDomainState.Active or RegistrarDomainState.Pending => Resolution.Done(new RegistrarOutcome(OutcomeKind.Rejected, domain, "TransferDomain",
                new OutcomeText(OutcomeKeys.CancelTransferTooLate, domain)) { RegistrarCode = status.Outcome.RegistrarCode, RegistrarDescription = status.Outcome.RegistrarDescription, ExpiresOn = status.ExpiresOn }),
            RegistrarDomainState.NotFound => Resolution.Done(new RegistrarOutcome(OutcomeKind.Success, domain, "TransferDomain", new OutcomeText(OutcomeKeys.CancelTransferSuccess, domain))
            { RegistrarCode = r.Code, RegistrarDescription = r.Description }),
            _ => Resolution.Unknown,
        };
    }

    private static RegistrarOutcome Outcome(OutcomeKind kind, string domain, OutcomeText message, DomainStatusResult status) =>
        new(kind, domain, "StatusDomain", message)
        {
            RegistrarCode = status.Outcome.RegistrarCode,
            RegistrarDescription = status.Outcome.RegistrarDescription,
            ExpiresOn = status.ExpiresOn,
        };

    /// <summary>StatusDomain without the name check (names here come from validated commands or the caller's records).</summary>
    internal async Task<DomainStatusResult> StatusAsync(string ascii, CancellationToken ct)
    {
        var reply = await SendQueryAsync(new RegistrarCommand("StatusDomain", idempotent: true).Add("DOMAIN", ascii), ct).ConfigureAwait(false);
        if (!reply.IsAnswered || !reply.Response.IsSuccess)
        {
            var failure = QueryFailure(reply, "StatusDomain", ascii)!;
            return new DomainStatusResult { Outcome = failure, State = failure.Kind == OutcomeKind.NotFound ? RegistrarDomainState.NotFound : RegistrarDomainState.Unknown };
        }
        var r = reply.Response;
        var status = r.Column("STATUS").Where(s => s.Length > 0).ToList();
        var state = StateOf(status);
        return new DomainStatusResult
        {
            Outcome = new RegistrarOutcome(OutcomeKind.Success, ascii, "StatusDomain", $"{ascii}: {string.Join(", ", status)}")
            { RegistrarCode = r.Code, RegistrarDescription = r.Description, WasSent = true, ExpiresOn = ExpiryOf(r) },
            State = state,
            Status = status,
            ExpiresOn = ExpiryOf(r),
            PaidUntil = ParseDate(r.Property("PAIDUNTILDATE")),
            CreatedAt = ParseTimestamp(r.Property("CREATEDDATE")),
            OwnerContact = r.Property("OWNERCONTACT"),
            Nameservers = r.Column("NAMESERVER").Where(s => s.Length > 0).ToList(),
        };
    }

    /// <summary>Maps registrar status words to a state.</summary>
    public static RegistrarDomainState StateOf(IReadOnlyList<string> status)
    {
        bool Has(string word) => status.Any(s => s.Contains(word, StringComparison.OrdinalIgnoreCase));
        if (Has("DELETE") || Has("REDEMPTION") || Has("EXPIRED")) return RegistrarDomainState.Deleted;
        if (Has("PENDING") || Has("REQUESTED")) return RegistrarDomainState.Pending;
        if (Has("ACTIVE") || status.Any(s => s.Equals("ok", StringComparison.OrdinalIgnoreCase))) return RegistrarDomainState.Active;
        return status.Count == 0 ? RegistrarDomainState.Unknown : RegistrarDomainState.Active;
    }

    /// <summary>The outcome of a query that did not succeed, or null when it did.</summary>
    private static RegistrarOutcome? QueryFailure(TransportReply reply, string command, string domain)
    {
        return reply.Status switch
        {
            TransportStatus.NoReply => new RegistrarOutcome(OutcomeKind.TemporaryFailure, domain, command, new OutcomeText(OutcomeKeys.Unreachable, domain))
            { Detail = reply.Detail, WasSent = true },
            TransportStatus.ProtocolError => new RegistrarOutcome(OutcomeKind.ProtocolError, domain, command, new OutcomeText(OutcomeKeys.Unreadable, domain))
            { Detail = reply.Detail, WasSent = true },
            _ when reply.Response!.IsSuccess => null,
            _ => ReplyMapper.MapError(reply.Response!, command, domain),
        };
    }

    private static RegistrarOutcome AcceptedOutcome(RegistrarResponse r, string domain, string command, bool pendingByDefault, OutcomeText successMessage, OutcomeText pendingMessage)
    {
        var status = r.Column("STATUS");
        // The documented signal is the top-level PENDING = 1 (ADDDOMAIN.md, TRANSFERDOMAIN.md, RESTOREDOMAIN.md,
        // TRADEDOMAIN.md); STATUS REQUESTEDCREATE / PENDINGCREATE says the same for a registration.
        bool pending = r.Pending || r.Code == 1001
            || status.Any(s => s.Contains("PENDING", StringComparison.OrdinalIgnoreCase) || s.Contains("REQUESTED", StringComparison.OrdinalIgnoreCase))
            || r.Description.Contains("pending", StringComparison.OrdinalIgnoreCase);
        if (pendingByDefault && !r.Pending && status.Any(s => s.Contains("ACTIVE", StringComparison.OrdinalIgnoreCase))) pending = false;
        else if (pendingByDefault) pending = true;
        return new RegistrarOutcome(pending ? OutcomeKind.Pending : OutcomeKind.Success, domain, command, pending ? pendingMessage : successMessage)
        {
            RegistrarCode = r.Code,
            RegistrarDescription = r.Description,
            ExpiresOn = ExpiryOf(r),
            WasSent = true,
        };
    }

    /// <summary>
    /// The expiry date of a reply: EXPIRATIONDATE, which RENEWDOMAIN.md names in place of the deprecated
    /// REGISTRATIONEXPIRATIONDATE (and which is PayDomainRenewal's paid-until date), else the latter.
    /// </summary>
    private static DateOnly? ExpiryOf(RegistrarResponse r) =>
        ParseDate(r.Property("EXPIRATIONDATE")) ?? ParseDate(r.Property("REGISTRATIONEXPIRATIONDATE"));

    private static AvailabilityResult AvailabilityFrom(TransportReply reply, string ascii, int row)
    {
        if (!reply.IsAnswered)
            return new AvailabilityResult(ascii, Availability.Error, "The registrar could not be asked right now.");
        var r = reply.Response;
        if (!r.IsSuccess)
        {
            var mapped = ReplyMapper.MapError(r, "CheckDomains", ascii);
            return new AvailabilityResult(ascii, mapped.Kind == OutcomeKind.TldNotSupported ? Availability.TldNotSupported : Availability.Error, mapped.Message, r.Code, r.Description);
        }
        var check = r.Property("DOMAINCHECK", row);
        if (check is null) return new AvailabilityResult(ascii, Availability.Error, "The registrar did not answer for this name.", r.Code, r.Description);
        var (code, text) = DomainCheck.Parse(check);
        return code switch
        {
            210 => new AvailabilityResult(ascii, Availability.Available, $"{ascii} is available.", code, text),
            211 when DomainCheck.Parse(check).IsPremium => new AvailabilityResult(ascii, Availability.Taken,
                $"{ascii} is a premium name: the registry offers it only at its premium price, not at the standard one.", code, text),
            211 => new AvailabilityResult(ascii, Availability.Taken, $"{ascii} is not available.", code, text),
            _ when text.Contains("tld not supported", StringComparison.OrdinalIgnoreCase) => new AvailabilityResult(ascii, Availability.TldNotSupported, "This domain ending is not supported by the registrar.", code, text),
            _ => new AvailabilityResult(ascii, Availability.Error, "The registrar could not check this name.", code == 0 ? null : code, text),
        };
    }

    /// <summary>Parses the registrar's date forms: the documented "2027-11-23 18:20:00", also "2027-11-23 18:20:00.0", "2027-11-23", "2027-11-23T18:20:00Z".</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10) return null;
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>A registrar timestamp (the documented <c>2026-11-23 12:00:00</c>, or with a fraction, UTC) or a bare date (read as midnight UTC).</summary>
    public static DateTimeOffset? ParseTimestamp(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        int fraction = text.IndexOf('.');
        if (fraction > 0) text = text[..fraction];
        return DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }

    private static decimal? ParseDecimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private RegistrarOutcome Log(RegistrarOutcome outcome)
    {
        LogOutcome(_logger, outcome.Command, outcome.Domain, outcome.ToString(), null);
        return outcome;
    }
}
