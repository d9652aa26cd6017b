namespace TldToolkit.Client.Outcomes.Messages;

/// <summary>Registrar outcomes in English.</summary>
internal sealed class EnglishOutcomeMessages : OutcomeCatalog
{
    public static EnglishOutcomeMessages Instance { get; } = new();

    protected override bool LowerCaseProperty => true;

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["role.unknown"] = "domain contact",
        ["prop.details"] = "details",
    };

    public override IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OutcomeKeys.RegisterSuccess] = "{domain} is registered.",
        [OutcomeKeys.RegisterPending] = "{domain} was submitted; the registry confirms registrations later.",
        [OutcomeKeys.RegisterAlreadyInAccount] = "{domain} was already in your account before this order; the order did not register it again.",
        [OutcomeKeys.TransferSuccess] = "{domain} has been transferred.",
        [OutcomeKeys.TransferPending] = "The transfer of {domain} was requested; it completes when the current registrar and the registry approve.",
        [OutcomeKeys.RenewSuccess] = "{domain} is renewed.",
        [OutcomeKeys.RenewPending] = "The renewal of {domain} was submitted.",
        [OutcomeKeys.RenewAlreadyPaid] = "{domain} is already renewed beyond the expiry date this order names; nothing was sent, so it is not renewed twice.",
        [OutcomeKeys.TradeSuccess] = "The owner of {domain} was changed.",
        [OutcomeKeys.TradePending] = "The owner change of {domain} was submitted; the registry confirms it later.",
        [OutcomeKeys.TradeNeedsRegistrant] = "An owner change needs the new registrant.",
        [OutcomeKeys.RestoreSuccess] = "{domain} is restored.",
        [OutcomeKeys.RestorePending] = "The restore of {domain} was submitted.",
        [OutcomeKeys.CancelTransferSuccess] = "The transfer of {domain} was cancelled.",
        [OutcomeKeys.CancelTransferTooLate] = "The transfer of {domain} had already completed, so it could not be cancelled.",
        [OutcomeKeys.AccountReachable] = "The registrar account is reachable.",
        [OutcomeKeys.ContactCount] = "{count:one=# contact|other=# contacts}.",
        [OutcomeKeys.Unreachable] = "The registrar could not be reached. Please try again later.",
        [OutcomeKeys.Unreadable] = "The registrar's reply could not be understood.",
        [OutcomeKeys.ContactUnreachable] = "The registrar could not be reached. Nothing was ordered; please try again later.",
        [OutcomeKeys.ContactUnreadable] = "The registrar's reply could not be understood. Nothing was ordered.",
        [OutcomeKeys.LostNotExecuted] = "The registrar did not confirm the request and has no record of it, so nothing was done. You can submit it again.",
        [OutcomeKeys.LostUnconfirmed] = "The registrar did not confirm the request yet. Its state will be settled by the next domain sync; please do not submit it again.",
        [OutcomeKeys.TldNotSupported] = "This domain ending is not supported.",
        [OutcomeKeys.InvalidOrder] = "The order is not valid.",
        [OutcomeKeys.RegistrarTldNotSupported] = "The registrar does not offer this domain ending.",
        [OutcomeKeys.InsufficientFunds] = "The account does not have enough funds for this operation. Please top up the account and try again.",
        [OutcomeKeys.AuthCodeMissing] = "The registry needs the auth code for this transfer.",
        [OutcomeKeys.AuthCodeInvalid] = "The registry did not accept the auth code. Please check it with the current registrar.",
        [OutcomeKeys.Credentials] = "The registrar did not accept the account credentials. Please check the login and password of the registrar account.",
        [OutcomeKeys.NotAvailable] = "{domain} is not available.",
        [OutcomeKeys.AlreadyInAccount] = "{domain} is already in your account.",
        [OutcomeKeys.FieldMissing] = "The registry requires {label}. Please fill it in.",
        [OutcomeKeys.FieldInvalid] = "The registry did not accept the value of {label}. Please check it.",
        [OutcomeKeys.RegistryRejected] = "The registry rejected the order ({description}).",
        [OutcomeKeys.ContactInvalid] = "The registrar did not accept the {property} of the {role}. Please correct the contact data.",
        [OutcomeKeys.NotFound] = "{domain} was not found in the account.",
        [OutcomeKeys.Temporary] = "The registrar is temporarily unable to process the request. Please try again later.",
        [OutcomeKeys.Refused] = "The registrar refused the request: {description}",
        [OutcomeKeys.SyncActive] = "{domain} is active.",
        [OutcomeKeys.SyncPending] = "{domain} is still pending at the registry.",
        [OutcomeKeys.SyncNotVisibleYet] = "The registration of {domain} is not visible at the registrar yet; it was submitted only recently, so it still counts as pending.",
        [OutcomeKeys.SyncDeleted] = "{domain} is deleted ({description}).",
        [OutcomeKeys.SyncRegistrationNotCompleted] = "The registration of {domain} was not completed; the name is free.",
        [OutcomeKeys.SyncNoLongerRegistered] = "{domain} is no longer registered (deleted or expired).",
        [OutcomeKeys.SyncTransferredAway] = "{domain} is registered, but no longer in this account (transferred away).",
        [OutcomeKeys.SyncUnchecked] = "{domain} is not in the account and its registration could not be checked.",
        [OutcomeKeys.SyncUnreachable] = "The registrar could not be asked about {domain} ({reason}); the next sync will try again.",
        [OutcomeKeys.TransferSyncPending] = "The transfer of {domain} is still pending.",
        [OutcomeKeys.TransferSyncFailed] = "The transfer of {domain} failed ({reason}).",
        [OutcomeKeys.TransferSyncComplete] = "The transfer of {domain} is complete.",
        [OutcomeKeys.TransferSyncGone] = "The registrar has no transfer of {domain} and does not hold the domain; the transfer failed or was cancelled.",
    };
}
