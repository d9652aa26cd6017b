namespace TldToolkit.Validation.Messages;

/// <summary>Customer messages in French (vouvoiement).</summary>
internal sealed class FrenchMessages : MessageCatalog
{
    public static FrenchMessages Instance { get; } = new();

    private FrenchMessages() : base("fr", "fr-FR") { }

    public override string DatePattern => "d MMMM yyyy";

    public override string Or => "ou";

    // French typography: guillemets with no-break spaces inside.
    protected override (string Open, string Close) QuoteMarks => ("«\u00A0", "\u00A0»");

    /// <summary>"1er mars 2027": the first of the month is an ordinal in French.</summary>
    public override string Date(DateOnly date) =>
        date.Day == 1 ? "1er " + date.ToString("MMMM yyyy", Culture) : base.Date(date);

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["labelSeparator"] = "\u00A0: ",
        ["contactProperty"] = "{0} ({1})",
        ["range"] = "de {0} à {2}",
        ["nameserver.n"] = "Serveur de noms {0}",
        ["count.character"] = "one=# caractère|other=# caractères",
        ["count.nameserver"] = "one=# serveur de noms|other=# serveurs de noms",
        ["count.day"] = "one=# jour|other=# jours",
        ["count.year"] = "one=# an|other=# ans",
        ["count.line"] = "one=# ligne|other=# lignes",
        ["role.registrant"] = "titulaire",
        ["role.admin"] = "contact administratif",
        ["role.tech"] = "contact technique",
        ["role.billing"] = "contact de facturation",
        ["prop.firstName"] = "Prénom",
        ["prop.lastName"] = "Nom",
        ["prop.organization"] = "Organisation",
        ["prop.street"] = "Rue",
        ["prop.city"] = "Ville",
        ["prop.state"] = "État, province ou région",
        ["prop.postalCode"] = "Code postal",
        ["prop.country"] = "Pays",
        ["prop.email"] = "Adresse e-mail",
        ["prop.phone"] = "Numéro de téléphone",
        ["prop.fax"] = "Numéro de fax",
        ["prop.vatId"] = "Numéro de TVA",
        ["prop.type"] = "Type de titulaire",
        ["type.individual"] = "des particuliers",
        ["type.organization"] = "des organisations",
        ["op.register"] = "L'enregistrement",
        ["op.transfer"] = "Le transfert chez nous",
        ["op.renew"] = "Le renouvellement",
        ["op.ownerChange"] = "Le changement de titulaire",
        ["path.domain"] = "Nom de domaine",
        ["path.years"] = "Durée",
        ["path.expiresOn"] = "Date d'expiration",
        ["path.authCode"] = "Code d'autorisation",
        ["path.operation"] = "Commande",
        ["path.nameservers"] = "Serveurs de noms",
        ["path.idnLanguage"] = "Langue du nom de domaine",
        ["path.addOns.idProtection"] = "Protection de l'identité",
        ["path.addOns.registrarLock"] = "Verrou du bureau d'enregistrement",
    };

    public override IReadOnlyDictionary<string, string[]> Templates { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["*"] = ["{label}\u00A0: cette valeur n'est pas acceptée."],
        [ErrorCodes.TldNotSupported] = ["Nous ne proposons pas de noms de domaine comme {value}.", "Nous ne proposons pas cette extension."],
        [ErrorCodes.TldClosed] = ["Les noms de domaine en {value} ne peuvent pas être enregistrés : l'extension n'est pas ouverte au public.", "Cette extension n'est pas ouverte au public."],
        [ErrorCodes.DomainInvalid] = ["{value} n'est pas un nom de domaine valide.", "Le nom de domaine n'est pas valide."],
        [ErrorCodes.DomainNotRegistrable] = [
            "{value} ne peut pas être enregistré\u00A0: saisissez un nom placé directement sous l'extension (par exemple example.com.au, et non shop.example.com.au).",
            "Ce nom ne peut pas être enregistré\u00A0: saisissez un nom placé directement sous l'extension."],
        [ErrorCodes.LabelTooShort] = ["Le nom de domaine est trop court\u00A0: il lui faut au moins {minChars} avant l'extension.", "Le nom de domaine est trop court pour cette extension."],
        [ErrorCodes.LabelTooLong] = ["Le nom de domaine est trop long\u00A0: il peut avoir au plus {maxChars} avant l'extension.", "Le nom de domaine est trop long pour cette extension."],
        [ErrorCodes.DomainTooLong] = ["Le nom de domaine est trop long\u00A0: il peut avoir au plus {maxChars} au total.", "Le nom de domaine est trop long."],
        [ErrorCodes.LabelHyphenEdge] = ["Le nom de domaine ne peut ni commencer ni finir par un trait d'union."],
        [ErrorCodes.LabelHyphen34] = ["Le nom de domaine ne peut pas avoir de traits d'union en troisième et quatrième position (comme dans «\u00A0ab--cd\u00A0»)."],
        [ErrorCodes.LabelInvalidCharacter] = [
            "Le nom de domaine contient {value}, ce qui n'est pas autorisé\u00A0: utilisez des lettres, des chiffres et des traits d'union.",
            "Le nom de domaine ne peut contenir que des lettres, des chiffres et des traits d'union."],
        [ErrorCodes.IdnNotSupported] = ["Cette extension n'accepte que les lettres a à z, les chiffres et les traits d'union, sans accents ni lettres non latines."],
        [ErrorCodes.IdnInvalid] = [
            "{value} n'est pas un nom de domaine internationalisé valide.",
            "Le nom de domaine contient des caractères qui ne peuvent pas être combinés ainsi dans un nom de domaine."],
        [ErrorCodes.IdnCharacterNotAllowed] = ["Le caractère {value} n'est pas autorisé pour cette extension.", "Le nom de domaine contient un caractère que cette extension n'autorise pas."],
        [ErrorCodes.IdnMixedScripts] = ["Le nom de domaine mélange des lettres d'alphabets différents (par exemple latin et cyrillique), ce que cette extension n'autorise pas."],
        [ErrorCodes.IdnLanguageRequired] = ["Veuillez choisir la langue dans laquelle le nom de domaine est écrit."],
        [ErrorCodes.OperationNotSupported] = ["{operation} n'est pas possible pour cette extension.", "Cette commande n'est pas possible pour cette extension."],
        [ErrorCodes.TermNotAllowed] = [
            "Une durée de {years} n'est pas disponible. Veuillez choisir {allowedYears}.",
            "Cette durée n'est pas disponible. Veuillez choisir {allowedYears}.",
            "Cette durée n'est pas disponible."],
        [ErrorCodes.RenewalTooEarly] = [
            "Il est trop tôt pour renouveler ce domaine\u00A0: le renouvellement sera possible {relative}, le {date} ({days} avant l'expiration).",
            "Il est trop tôt pour renouveler ce domaine\u00A0: le renouvellement sera possible à partir du {date}.",
            "Il est trop tôt pour renouveler ce domaine\u00A0: le renouvellement est possible {days} avant l'expiration.",
            "Il est trop tôt pour renouveler ce domaine."],
        [ErrorCodes.RenewalBeyondHorizon] = [
            "Un renouvellement de {years} repousserait la date d'expiration au-delà du {date}, la limite fixée par le registre ({horizon} à l'avance). Veuillez choisir une durée plus courte.",
            "Un renouvellement de {years} repousserait la date d'expiration plus loin que le registre ne l'autorise. Veuillez choisir une durée plus courte.",
            "Ce renouvellement repousserait la date d'expiration plus loin que le registre ne l'autorise. Veuillez choisir une durée plus courte."],
        [ErrorCodes.ExpiryDateRequired] = ["Veuillez indiquer la date d'expiration actuelle du domaine."],
        [ErrorCodes.AuthCodeRequired] = ["Veuillez saisir le code d'autorisation (code de transfert) reçu du bureau d'enregistrement actuel."],
        [ErrorCodes.AuthCodeInvalid] = ["Le code d'autorisation n'a pas le format attendu. Veuillez le vérifier auprès du bureau d'enregistrement actuel."],
        [ErrorCodes.IdProtectionNotSupported] = ["La protection de l'identité n'est pas disponible pour cette extension."],
        [ErrorCodes.RegistrarLockNotSupported] = ["Le verrou du bureau d'enregistrement n'est pas disponible pour cette extension."],
        [ErrorCodes.NameserversTooFew] = ["Veuillez indiquer au moins {minNs} (vous en avez indiqué {actual}).", "Veuillez indiquer au moins {minNs}.", "Veuillez indiquer davantage de serveurs de noms."],
        [ErrorCodes.NameserversTooMany] = ["Veuillez indiquer au plus {maxNs} (vous en avez indiqué {actual}).", "Veuillez indiquer au plus {maxNs}.", "Veuillez indiquer moins de serveurs de noms."],
        [ErrorCodes.NameserverInvalid + "." + ErrorReasons.NotAscii] = [
            "{label}\u00A0: veuillez saisir {value} sous sa forme ASCII (xn--…).",
            "{label}\u00A0: veuillez saisir le nom d'hôte sous sa forme ASCII (xn--…)."],
        [ErrorCodes.NameserverInvalid] = ["{label}\u00A0: {value} n'est pas un nom d'hôte valide (par exemple ns1.example.net).", "{label}\u00A0: ce n'est pas un nom d'hôte valide (par exemple ns1.example.net)."],
        [ErrorCodes.NameserverDuplicate] = ["{label}\u00A0: {value} figure plusieurs fois.", "{label}\u00A0: figure plusieurs fois."],
        [ErrorCodes.ContactRequired] = ["Veuillez ajouter le {role}.", "Il manque\u00A0: {label}."],
        [ErrorCodes.RegistrantTypeNotAllowed] = ["Ce domaine ne peut être enregistré que par {types}.", "Ce type de titulaire n'est pas autorisé pour cette extension."],
        [ErrorCodes.RegistrantCountryNotAllowed] = [
            "Le pays du titulaire doit être {countries}\u00A0; {value} n'est pas accepté.",
            "Le pays du titulaire doit être {countries}.",
            "Le pays du titulaire ne satisfait pas à l'exigence de présence de cette extension."],
        [ErrorCodes.ContactPropertyRequired] = ["Veuillez renseigner\u00A0: {label}."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Email] = ["{label}\u00A0: {value} n'est pas une adresse e-mail valide.", "{label}\u00A0: ce n'est pas une adresse e-mail valide."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Phone] = [
            "{label}\u00A0: {value} n'est pas au format international +CC.NNNN (par exemple +33.123456789).",
            "{label}\u00A0: le numéro n'est pas au format international +CC.NNNN (par exemple +33.123456789)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Country] = [
            "{label}\u00A0: {value} n'est pas un code pays à deux lettres (par exemple FR ou CA).",
            "{label}\u00A0: ce n'est pas un code pays à deux lettres (par exemple FR ou CA)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooManyLines] = ["{label}\u00A0: {maxLines} au maximum (il y en a {actual}).", "{label}\u00A0: {maxLines} au maximum."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooLong] = ["{label}\u00A0: la valeur est trop longue (au plus {maxChars}).", "{label}\u00A0: la valeur est trop longue."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label}\u00A0: la valeur contient des caractères de contrôle invisibles\u00A0; veuillez la saisir à nouveau."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}\u00A0: {value} n'est pas un numéro valide\u00A0; vérifiez qu'il ne contient pas de faute de frappe.",
            "{label}\u00A0: ce n'est pas un numéro valide\u00A0; vérifiez qu'il ne contient pas de faute de frappe."],
        [ErrorCodes.ContactPropertyInvalid] = ["{label}\u00A0: {value} n'a pas le format exigé par le registre.", "{label}\u00A0: la valeur n'a pas le format exigé par le registre."],
        [ErrorCodes.FieldRequired] = ["Veuillez renseigner\u00A0: {label}."],
        [ErrorCodes.FieldOptionInvalid] = [
            "{label}\u00A0: {value} ne fait pas partie des choix. Veuillez choisir {options}.",
            "{label}\u00A0: veuillez choisir {options}.",
            "{label}\u00A0: veuillez choisir l'une des options proposées."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooShort] = [
            "Le champ {qlabel} doit compter au moins {minChars} (actuellement {actual}).", "Le champ {qlabel} doit compter au moins {minChars}.", "Le champ {qlabel} est trop court."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooLong] = [
            "Le champ {qlabel} peut compter au plus {maxChars} (actuellement {actual}).", "Le champ {qlabel} peut compter au plus {maxChars}.", "Le champ {qlabel} est trop long."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Pattern] = ["{label}\u00A0: {value} n'a pas le format attendu.", "Le champ {qlabel} n'a pas le format attendu."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}\u00A0: {value} n'est pas un numéro valide\u00A0; vérifiez qu'il ne contient pas de faute de frappe.",
            "{label}\u00A0: ce n'est pas un numéro valide\u00A0; vérifiez qu'il ne contient pas de faute de frappe."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Checkbox] = ["{label}\u00A0: veuillez répondre par oui ou par non."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.InvalidCharacters] = ["Le champ {qlabel} contient des caractères de contrôle invisibles\u00A0; veuillez le saisir à nouveau."],
        [ErrorCodes.FieldInvalid] = ["{label}\u00A0: {value} n'est pas valide.", "Le champ {qlabel} n'est pas valide."],
        [ErrorCodes.FieldAgreementRequired] = ["Veuillez cocher {qlabel} pour continuer."],
        [ErrorCodes.FieldUnknown] = ["Le champ {value} ne s'applique pas à cette commande.", "Le champ {qlabel} ne s'applique pas à cette commande."],
    };
}
