namespace TldToolkit.Client.Outcomes.Messages;

/// <summary>Registrar outcomes in French (vouvoiement; no-break space before « : » and « ; »).</summary>
internal sealed class FrenchOutcomeMessages : OutcomeCatalog
{
    public static FrenchOutcomeMessages Instance { get; } = new();

    protected override bool LowerCaseProperty => true;

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["role.unknown"] = "contact du domaine",
        ["prop.details"] = "coordonnées",
    };

    public override IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OutcomeKeys.RegisterSuccess] = "{domain} est enregistré.",
        [OutcomeKeys.RegisterPending] = "La demande d'enregistrement de {domain} a été envoyée\u00A0; le registre confirme les enregistrements plus tard.",
        [OutcomeKeys.RegisterAlreadyInAccount] = "{domain} était déjà dans votre compte avant cette commande\u00A0; la commande ne l'a pas enregistré une seconde fois.",
        [OutcomeKeys.TransferSuccess] = "{domain} a été transféré.",
        [OutcomeKeys.TransferPending] = "Le transfert de {domain} a été demandé\u00A0; il aboutit lorsque le bureau d'enregistrement actuel et le registre l'approuvent.",
        [OutcomeKeys.RenewSuccess] = "{domain} est renouvelé.",
        [OutcomeKeys.RenewPending] = "Le renouvellement de {domain} a été demandé.",
        [OutcomeKeys.RenewAlreadyPaid] = "{domain} est déjà renouvelé au-delà de la date d'expiration indiquée dans cette commande\u00A0; rien n'a été envoyé, il n'est donc pas renouvelé deux fois.",
        [OutcomeKeys.TradeSuccess] = "Le titulaire de {domain} a été changé.",
        [OutcomeKeys.TradePending] = "Le changement de titulaire de {domain} a été demandé\u00A0; le registre le confirme plus tard.",
        [OutcomeKeys.TradeNeedsRegistrant] = "Un changement de titulaire nécessite le nouveau titulaire.",
        [OutcomeKeys.RestoreSuccess] = "{domain} est restauré.",
        [OutcomeKeys.RestorePending] = "La restauration de {domain} a été demandée.",
        [OutcomeKeys.CancelTransferSuccess] = "Le transfert de {domain} a été annulé.",
        [OutcomeKeys.CancelTransferTooLate] = "Le transfert de {domain} était déjà terminé et n'a pas pu être annulé.",
        [OutcomeKeys.AccountReachable] = "Le compte auprès du bureau d'enregistrement est joignable.",
        [OutcomeKeys.ContactCount] = "{count:one=# contact|other=# contacts}.",
        [OutcomeKeys.Unreachable] = "Le bureau d'enregistrement est injoignable. Veuillez réessayer plus tard.",
        [OutcomeKeys.Unreadable] = "La réponse du bureau d'enregistrement est illisible.",
        [OutcomeKeys.ContactUnreachable] = "Le bureau d'enregistrement est injoignable. Rien n'a été commandé\u00A0; veuillez réessayer plus tard.",
        [OutcomeKeys.ContactUnreadable] = "La réponse du bureau d'enregistrement est illisible. Rien n'a été commandé.",
        [OutcomeKeys.LostNotExecuted] = "Le bureau d'enregistrement n'a pas confirmé la demande et n'en a aucune trace\u00A0: rien n'a été fait. Vous pouvez la soumettre à nouveau.",
        [OutcomeKeys.LostUnconfirmed] = "Le bureau d'enregistrement n'a pas encore confirmé la demande. Son état sera établi lors de la prochaine synchronisation des domaines\u00A0; ne la soumettez pas à nouveau.",
        [OutcomeKeys.TldNotSupported] = "Nous ne proposons pas cette extension.",
        [OutcomeKeys.InvalidOrder] = "La commande n'est pas valide.",
        [OutcomeKeys.RegistrarTldNotSupported] = "Le bureau d'enregistrement ne propose pas cette extension.",
        [OutcomeKeys.InsufficientFunds] = "Le solde du compte est insuffisant pour cette opération. Veuillez approvisionner le compte et réessayer.",
        [OutcomeKeys.AuthCodeMissing] = "Le registre a besoin du code d'autorisation pour ce transfert.",
        [OutcomeKeys.AuthCodeInvalid] = "Le registre n'a pas accepté le code d'autorisation. Veuillez le vérifier auprès du bureau d'enregistrement actuel.",
        [OutcomeKeys.Credentials] = "Le bureau d'enregistrement n'a pas accepté les identifiants du compte. Veuillez vérifier l'identifiant et le mot de passe du compte.",
        [OutcomeKeys.NotAvailable] = "{domain} n'est pas disponible.",
        [OutcomeKeys.AlreadyInAccount] = "{domain} est déjà dans votre compte.",
        [OutcomeKeys.FieldMissing] = "Le registre exige le champ {label}. Veuillez le renseigner.",
        [OutcomeKeys.FieldInvalid] = "Le registre n'a pas accepté la valeur du champ {label}. Veuillez la vérifier.",
        [OutcomeKeys.RegistryRejected] = "Le registre a refusé la commande ({description}).",
        [OutcomeKeys.ContactInvalid] = "Le bureau d'enregistrement n'a pas accepté cette donnée de contact\u00A0: {contactProperty}. Veuillez corriger les coordonnées.",
        [OutcomeKeys.NotFound] = "{domain} est introuvable dans le compte.",
        [OutcomeKeys.Temporary] = "Le bureau d'enregistrement ne peut pas traiter la demande pour le moment. Veuillez réessayer plus tard.",
        [OutcomeKeys.Refused] = "Le bureau d'enregistrement a refusé la demande\u00A0: {description}",
        [OutcomeKeys.SyncActive] = "{domain} est actif.",
        [OutcomeKeys.SyncPending] = "{domain} est toujours en attente auprès du registre.",
        [OutcomeKeys.SyncNotVisibleYet] = "L'enregistrement de {domain} n'apparaît pas encore chez le bureau d'enregistrement\u00A0; il a été demandé il y a peu et reste donc en attente.",
        [OutcomeKeys.SyncDeleted] = "{domain} est supprimé ({description}).",
        [OutcomeKeys.SyncRegistrationNotCompleted] = "L'enregistrement de {domain} n'a pas abouti\u00A0; le nom est libre.",
        [OutcomeKeys.SyncNoLongerRegistered] = "{domain} n'est plus enregistré (supprimé ou expiré).",
        [OutcomeKeys.SyncTransferredAway] = "{domain} est enregistré, mais n'est plus dans ce compte (transféré ailleurs).",
        [OutcomeKeys.SyncUnchecked] = "{domain} n'est pas dans le compte et son enregistrement n'a pas pu être vérifié.",
        [OutcomeKeys.SyncUnreachable] = "Le bureau d'enregistrement n'a pas pu être interrogé sur {domain} ({reason})\u00A0; la prochaine synchronisation réessaiera.",
        [OutcomeKeys.TransferSyncPending] = "Le transfert de {domain} est toujours en attente.",
        [OutcomeKeys.TransferSyncFailed] = "Le transfert de {domain} a échoué ({reason}).",
        [OutcomeKeys.TransferSyncComplete] = "Le transfert de {domain} est terminé.",
        [OutcomeKeys.TransferSyncGone] = "Le bureau d'enregistrement n'a aucun transfert de {domain} et ne gère pas le domaine\u00A0; le transfert a échoué ou a été annulé.",
    };
}
