using TldToolkit.Localization;
using TldToolkit.Orders;
using TldToolkit.Text;
using TldToolkit.Validation;
using TldToolkit.Validation.Messages;

namespace TldToolkit.Client.Outcomes.Messages;

/// <summary>
/// The wording of registrar outcomes in one culture, read from the message files <c>Messages/outcomes.{culture}.json</c>
/// along the culture's fallback chain. The vocabulary of the validation files (contact roles and properties, quotes)
/// is reused. Templates use named placeholders: <c>{domain}</c>, <c>{label}</c> (the TLD's field label, quoted),
/// <c>{role}</c>, <c>{property}</c>, <c>{contactProperty}</c>, <c>{reason}</c> and <c>{description}</c>
/// (registrar wording, shown as sent), <c>{count}</c>, and <c>{count:p:one=…|other=…}</c> for a counted noun.
/// Setting <c>lowerCaseProperty</c>: a contact property is written in lower case inside a sentence ("the e-mail address").
/// </summary>
internal sealed class OutcomeCatalog
{
    public const string Area = "outcomes";

    private readonly MessageChain _chain;

    private OutcomeCatalog(MessageChain chain)
    {
        _chain = chain;
        Templates = chain.Own?.Messages.ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal) ?? new Dictionary<string, string>();
        Words = chain.Own?.Words ?? new Dictionary<string, string>();
    }

    /// <summary>The culture's own templates by outcome key (<see cref="OutcomeKeys"/>), without fallback.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    /// <summary>The culture's own words for a contact whose role the registrar did not name, and for "the contact's details".</summary>
    public IReadOnlyDictionary<string, string> Words { get; }

    private bool LowerCaseProperty => _chain.Setting("lowerCaseProperty") == "true";

    /// <summary>The catalog of <paramref name="language"/> ("de", "de-CH", "fr_FR"); English for a culture without outcome messages.</summary>
    public static OutcomeCatalog For(string? language) =>
        MessageFiles.Chain(Area, language).View(static chain => new OutcomeCatalog(chain));

    /// <summary>The English catalog, which every other falls back to.</summary>
    public static OutcomeCatalog English => For(CultureFallback.English);

    /// <summary>Renders <paramref name="text"/>; null when the chain lacks the key or a placeholder value.</summary>
    public string? Render(OutcomeText text, string? language)
    {
        if (_chain.Message(text.Key) is not { } template) return null;
        var words = ErrorMessages.CatalogFor(language);
        return Placeholders.Fill(template, (name, format) => Resolve(name, format, text, words));
    }

    // Every value is inserted through MessageCatalog.Embed (bidi isolation in Arabic); "{count:p:one=…|other=…}"
    // chooses its CLDR plural form through Plural.
    private string? Resolve(string name, string? format, OutcomeText text, MessageCatalog words)
    {
        if (name == "count" && format is not null && format.StartsWith("p:", StringComparison.Ordinal))
            return text.Count is { } n ? Plural.Format(_chain.PluralRule, n, format[2..], words.Number(n)) : null;
        return name switch
        {
            "domain" => text.Domain is { Length: > 0 } d ? words.Embed(SafeText.ForDisplay(d, 300)) : null,
            "label" => text.Label is { } label ? words.Quote(SafeText.ForDisplay(label.Get(words.Language), 120)) : null,
            "role" => RoleWord(text.Role, words),
            "property" => PropertyWord(text.Property, words),
            "contactProperty" => string.Format(words.Culture, words.Word("contactProperty") ?? "{0} ({1})",
                PropertyWord(text.Property, words), RoleWord(text.Role, words)),
            "reason" => text.Reason is { Length: > 0 } r ? words.Embed(SafeText.ForDisplay(r, 300)) : null,
            "description" => text.Description is { Length: > 0 } desc ? words.Embed(SafeText.ForDisplay(desc, 300)) : null,
            "count" => text.Count is { } c ? words.Number(c) : null,
            _ => null,
        };
    }

    private string RoleWord(ContactRole? role, MessageCatalog words) => role switch
    {
        ContactRole.Registrant => words.Word("role.registrant"),
        ContactRole.Admin => words.Word("role.admin"),
        ContactRole.Tech => words.Word("role.tech"),
        ContactRole.Billing => words.Word("role.billing"),
        _ => null,
    } ?? _chain.Word("role.unknown") ?? "";

    private string PropertyWord(string? property, MessageCatalog words)
    {
        var word = property is null or "details" ? _chain.Word("prop.details") ?? "" : words.Word("prop." + property) ?? property;
        return LowerCaseProperty && word.Length > 0 ? char.ToLower(word[0], words.Culture) + word[1..] : word;
    }
}

/// <summary>The keys of outcome messages.</summary>
internal static class OutcomeKeys
{
    public const string RegisterSuccess = "register.success";
    public const string RegisterPending = "register.pending";
    public const string RegisterAlreadyInAccount = "register.alreadyInAccount";
    public const string TransferSuccess = "transfer.success";
    public const string TransferPending = "transfer.pending";
    public const string RenewSuccess = "renew.success";
    public const string RenewPending = "renew.pending";
    public const string RenewAlreadyPaid = "renew.alreadyPaid";
    public const string TradeSuccess = "trade.success";
    public const string TradePending = "trade.pending";
    public const string TradeNeedsRegistrant = "trade.needsRegistrant";
    public const string RestoreSuccess = "restore.success";
    public const string RestorePending = "restore.pending";
    public const string CancelTransferSuccess = "cancelTransfer.success";
    public const string CancelTransferTooLate = "cancelTransfer.tooLate";
    public const string AccountReachable = "account.reachable";
    public const string ContactCount = "contacts.count";
    public const string Unreachable = "unreachable";
    public const string Unreadable = "unreadable";
    public const string ContactUnreachable = "contact.unreachable";
    public const string ContactUnreadable = "contact.unreadable";
    public const string LostNotExecuted = "lost.notExecuted";
    public const string LostUnconfirmed = "lost.unconfirmed";
    public const string TldNotSupported = "tldNotSupported";
    public const string InvalidOrder = "invalidOrder";
    public const string RegistrarTldNotSupported = "registrar.tldNotSupported";
    public const string InsufficientFunds = "funds";
    public const string AuthCodeMissing = "auth.missing";
    public const string AuthCodeInvalid = "auth.invalid";
    public const string Credentials = "credentials";
    public const string NotAvailable = "notAvailable";
    public const string AlreadyInAccount = "alreadyInAccount";
    public const string FieldMissing = "field.missing";
    public const string FieldInvalid = "field.invalid";
    public const string RegistryRejected = "registry.rejected";
    public const string ContactInvalid = "contact.invalid";
    public const string NotFound = "notFound";
    public const string Temporary = "temporary";
    public const string Refused = "refused";
    public const string SyncActive = "sync.active";
    public const string SyncPending = "sync.pending";
    public const string SyncNotVisibleYet = "sync.notVisibleYet";
    public const string SyncDeleted = "sync.deleted";
    public const string SyncRegistrationNotCompleted = "sync.registrationNotCompleted";
    public const string SyncNoLongerRegistered = "sync.noLongerRegistered";
    public const string SyncTransferredAway = "sync.transferredAway";
    public const string SyncUnchecked = "sync.unchecked";
    public const string SyncUnreachable = "sync.unreachable";
    public const string TransferSyncPending = "transferSync.pending";
    public const string TransferSyncFailed = "transferSync.failed";
    public const string TransferSyncComplete = "transferSync.complete";
    public const string TransferSyncGone = "transferSync.gone";
}

/// <summary>What an outcome message is made of: a key and the values its placeholders need.</summary>
internal sealed class OutcomeText
{
    public OutcomeText(string key, string? domain = null)
    {
        Key = key;
        Domain = domain;
    }

    public string Key { get; }
    public string? Domain { get; }
    public LocalizedText? Label { get; init; }
    public ContactRole? Role { get; init; }
    /// <summary>Our contact property name ("email", "postalCode"), or "details".</summary>
    public string? Property { get; init; }
    public string? Reason { get; init; }
    public string? Description { get; init; }
    public int? Count { get; init; }

    /// <summary>The English message for a log line: registrar wording cut to what <see cref="Wire.KeyValueWire.LogSafeDescription"/> keeps.</summary>
    public string RenderForLog()
    {
        if (Description is null && Reason is null) return Render("en");
        return new OutcomeText(Key, Domain)
        {
            Label = Label, Role = Role, Property = Property, Count = Count,
            Description = Description is null ? null : Wire.KeyValueWire.LogSafeDescription(Description),
            Reason = Reason is null ? null : Wire.KeyValueWire.LogSafeDescription(Reason),
        }.Render("en");
    }

    /// <summary>The message in <paramref name="language"/>, falling back to English; never throws.</summary>
    public string Render(string? language)
    {
        try
        {
            return OutcomeCatalog.For(language).Render(this, language)
                ?? OutcomeCatalog.English.Render(this, "en")
                ?? Key;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Key;
        }
    }
}
