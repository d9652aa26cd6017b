namespace TldToolkit.Client.Outcomes.Messages;

/// <summary>Registrar outcomes in German (formal "Sie").</summary>
internal sealed class GermanOutcomeMessages : OutcomeCatalog
{
    public static GermanOutcomeMessages Instance { get; } = new();

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["role.unknown"] = "Domainkontakt",
        ["prop.details"] = "Kontaktdaten",
    };

    public override IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OutcomeKeys.RegisterSuccess] = "{domain} ist registriert.",
        [OutcomeKeys.RegisterPending] = "{domain} wurde beantragt; die Registry bestätigt Registrierungen später.",
        [OutcomeKeys.RegisterAlreadyInAccount] = "{domain} war schon vor diesem Auftrag in Ihrem Konto; der Auftrag hat sie nicht erneut registriert.",
        [OutcomeKeys.TransferSuccess] = "{domain} ist zu uns umgezogen.",
        [OutcomeKeys.TransferPending] = "Der Umzug von {domain} wurde beantragt; er ist abgeschlossen, sobald der bisherige Registrar und die Registry zustimmen.",
        [OutcomeKeys.RenewSuccess] = "{domain} ist verlängert.",
        [OutcomeKeys.RenewPending] = "Die Verlängerung von {domain} wurde beantragt.",
        [OutcomeKeys.RenewAlreadyPaid] = "{domain} ist bereits über das in diesem Auftrag genannte Ablaufdatum hinaus verlängert; es wurde nichts gesendet, damit nicht doppelt verlängert wird.",
        [OutcomeKeys.TradeSuccess] = "Der Inhaber von {domain} wurde geändert.",
        [OutcomeKeys.TradePending] = "Der Inhaberwechsel von {domain} wurde beantragt; die Registry bestätigt ihn später.",
        [OutcomeKeys.TradeNeedsRegistrant] = "Für einen Inhaberwechsel wird der neue Domaininhaber benötigt.",
        [OutcomeKeys.RestoreSuccess] = "{domain} ist wiederhergestellt.",
        [OutcomeKeys.RestorePending] = "Die Wiederherstellung von {domain} wurde beantragt.",
        [OutcomeKeys.CancelTransferSuccess] = "Der Umzug von {domain} wurde abgebrochen.",
        [OutcomeKeys.CancelTransferTooLate] = "Der Umzug von {domain} war bereits abgeschlossen und konnte nicht mehr abgebrochen werden.",
        [OutcomeKeys.AccountReachable] = "Das Registrar-Konto ist erreichbar.",
        [OutcomeKeys.ContactCount] = "{count:one=# Kontakt|other=# Kontakte}.",
        [OutcomeKeys.Unreachable] = "Der Registrar ist nicht erreichbar. Bitte versuchen Sie es später erneut.",
        [OutcomeKeys.Unreadable] = "Die Antwort des Registrars war nicht lesbar.",
        [OutcomeKeys.ContactUnreachable] = "Der Registrar ist nicht erreichbar. Es wurde nichts bestellt; bitte versuchen Sie es später erneut.",
        [OutcomeKeys.ContactUnreadable] = "Die Antwort des Registrars war nicht lesbar. Es wurde nichts bestellt.",
        [OutcomeKeys.LostNotExecuted] = "Der Registrar hat den Auftrag nicht bestätigt und kennt ihn nicht; es wurde also nichts ausgeführt. Sie können ihn erneut absenden.",
        [OutcomeKeys.LostUnconfirmed] = "Der Registrar hat den Auftrag noch nicht bestätigt. Der nächste Abgleich der Domains klärt seinen Stand; bitte senden Sie ihn nicht erneut ab.",
        [OutcomeKeys.TldNotSupported] = "Diese Domainendung bieten wir nicht an.",
        [OutcomeKeys.InvalidOrder] = "Der Auftrag ist ungültig.",
        [OutcomeKeys.RegistrarTldNotSupported] = "Der Registrar bietet diese Domainendung nicht an.",
        [OutcomeKeys.InsufficientFunds] = "Das Guthaben des Kontos reicht für diesen Auftrag nicht aus. Bitte laden Sie das Konto auf und versuchen Sie es erneut.",
        [OutcomeKeys.AuthCodeMissing] = "Die Registry benötigt für diesen Umzug den Auth-Code.",
        [OutcomeKeys.AuthCodeInvalid] = "Die Registry hat den Auth-Code nicht akzeptiert. Bitte prüfen Sie ihn beim bisherigen Registrar.",
        [OutcomeKeys.Credentials] = "Der Registrar hat die Zugangsdaten des Kontos nicht akzeptiert. Bitte prüfen Sie Login und Passwort des Registrar-Kontos.",
        [OutcomeKeys.NotAvailable] = "{domain} ist nicht verfügbar.",
        [OutcomeKeys.AlreadyInAccount] = "{domain} ist bereits in Ihrem Konto.",
        [OutcomeKeys.FieldMissing] = "Die Registry verlangt {label}. Bitte füllen Sie das Feld aus.",
        [OutcomeKeys.FieldInvalid] = "Die Registry hat den Wert von {label} nicht akzeptiert. Bitte prüfen Sie ihn.",
        [OutcomeKeys.RegistryRejected] = "Die Registry hat den Auftrag abgelehnt ({description}).",
        [OutcomeKeys.ContactInvalid] = "Der Registrar hat diese Kontaktangabe nicht akzeptiert: {contactProperty}. Bitte korrigieren Sie die Kontaktdaten.",
        [OutcomeKeys.NotFound] = "{domain} wurde im Konto nicht gefunden.",
        [OutcomeKeys.Temporary] = "Der Registrar kann den Auftrag vorübergehend nicht bearbeiten. Bitte versuchen Sie es später erneut.",
        [OutcomeKeys.Refused] = "Der Registrar hat den Auftrag abgelehnt: {description}",
        [OutcomeKeys.SyncActive] = "{domain} ist aktiv.",
        [OutcomeKeys.SyncPending] = "{domain} wartet noch auf die Registry.",
        [OutcomeKeys.SyncNotVisibleYet] = "Die Registrierung von {domain} ist beim Registrar noch nicht zu sehen; sie wurde erst vor Kurzem beantragt und gilt daher weiter als in Bearbeitung.",
        [OutcomeKeys.SyncDeleted] = "{domain} ist gelöscht ({description}).",
        [OutcomeKeys.SyncRegistrationNotCompleted] = "Die Registrierung von {domain} wurde nicht abgeschlossen; der Name ist frei.",
        [OutcomeKeys.SyncNoLongerRegistered] = "{domain} ist nicht mehr registriert (gelöscht oder abgelaufen).",
        [OutcomeKeys.SyncTransferredAway] = "{domain} ist registriert, aber nicht mehr in diesem Konto (wegtransferiert).",
        [OutcomeKeys.SyncUnchecked] = "{domain} ist nicht im Konto, und ob die Domain registriert ist, ließ sich nicht prüfen.",
        [OutcomeKeys.SyncUnreachable] = "Der Registrar konnte zu {domain} nicht befragt werden ({reason}); der nächste Abgleich versucht es erneut.",
        [OutcomeKeys.TransferSyncPending] = "Der Transfer von {domain} ist noch in Bearbeitung.",
        [OutcomeKeys.TransferSyncFailed] = "Der Transfer von {domain} ist fehlgeschlagen ({reason}).",
        [OutcomeKeys.TransferSyncComplete] = "Der Transfer von {domain} ist abgeschlossen.",
        [OutcomeKeys.TransferSyncGone] = "Der Registrar kennt keinen Transfer von {domain} und verwaltet die Domain nicht; der Transfer ist fehlgeschlagen oder wurde abgebrochen.",
    };
}
