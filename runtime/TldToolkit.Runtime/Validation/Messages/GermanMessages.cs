namespace TldToolkit.Validation.Messages;

/// <summary>Customer messages in German (formal "Sie").</summary>
internal sealed class GermanMessages : MessageCatalog
{
    public static GermanMessages Instance { get; } = new();

    private GermanMessages() : base("de", "de-DE") { }

    public override string DatePattern => "d. MMMM yyyy";

    public override string Or => "oder";

    protected override (string Open, string Close) QuoteMarks => ("„", "“");

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["labelSeparator"] = ": ",
        ["contactProperty"] = "{0} ({1})",
        ["range"] = "{0} bis {2}",
        ["nameserver.n"] = "Nameserver {0}",
        ["count.character"] = "one=# Zeichen|other=# Zeichen",
        ["count.nameserver"] = "one=# Nameserver|other=# Nameserver",
        ["count.day"] = "one=# Tag|other=# Tage",
        ["count.year"] = "one=# Jahr|other=# Jahre",
        ["count.line"] = "one=# Zeile|other=# Zeilen",
        ["role.registrant"] = "Domaininhaber",
        ["role.admin"] = "administrativer Kontakt",
        ["role.tech"] = "technischer Kontakt",
        ["role.billing"] = "Rechnungskontakt",
        ["prop.firstName"] = "Vorname",
        ["prop.lastName"] = "Nachname",
        ["prop.organization"] = "Organisation",
        ["prop.street"] = "Straße",
        ["prop.city"] = "Ort",
        ["prop.state"] = "Bundesland oder Region",
        ["prop.postalCode"] = "Postleitzahl",
        ["prop.country"] = "Land",
        ["prop.email"] = "E-Mail-Adresse",
        ["prop.phone"] = "Telefonnummer",
        ["prop.fax"] = "Faxnummer",
        ["prop.vatId"] = "USt-IdNr.",
        ["prop.type"] = "Art des Inhabers",
        ["type.individual"] = "Privatpersonen",
        ["type.organization"] = "Organisationen",
        ["op.register"] = "Die Registrierung",
        ["op.transfer"] = "Der Umzug zu uns",
        ["op.renew"] = "Die Verlängerung",
        ["op.ownerChange"] = "Der Inhaberwechsel",
        ["path.domain"] = "Domainname",
        ["path.years"] = "Laufzeit",
        ["path.expiresOn"] = "Ablaufdatum",
        ["path.authCode"] = "Auth-Code",
        ["path.operation"] = "Auftrag",
        ["path.nameservers"] = "Nameserver",
        ["path.idnLanguage"] = "Sprache des Domainnamens",
        ["path.addOns.idProtection"] = "ID-Schutz",
        ["path.addOns.registrarLock"] = "Registrar-Sperre",
    };

    public override IReadOnlyDictionary<string, string[]> Templates { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["*"] = ["{label}: Dieser Wert wird nicht akzeptiert."],
        [ErrorCodes.TldNotSupported] = ["Domains wie {value} bieten wir nicht an.", "Diese Domainendung bieten wir nicht an."],
        [ErrorCodes.TldClosed] = ["Domains unter {value} können nicht registriert werden: die Endung ist nicht öffentlich zugänglich.", "Diese Domainendung ist nicht öffentlich zugänglich."],
        [ErrorCodes.DomainInvalid] = ["{value} ist kein gültiger Domainname.", "Der Domainname ist ungültig."],
        [ErrorCodes.DomainNotRegistrable] = [
            "{value} kann nicht registriert werden: Geben Sie einen Namen direkt unter der Domainendung ein (etwa example.com.au, nicht shop.example.com.au).",
            "Dieser Name kann nicht registriert werden: Geben Sie einen Namen direkt unter der Domainendung ein."],
        [ErrorCodes.LabelTooShort] = ["Der Domainname ist zu kurz: Vor der Endung sind mindestens {minChars} nötig.", "Der Domainname ist für diese Endung zu kurz."],
        [ErrorCodes.LabelTooLong] = ["Der Domainname ist zu lang: Vor der Endung sind höchstens {maxChars} erlaubt.", "Der Domainname ist für diese Endung zu lang."],
        [ErrorCodes.DomainTooLong] = ["Der Domainname ist zu lang: Insgesamt sind höchstens {maxChars} erlaubt.", "Der Domainname ist zu lang."],
        [ErrorCodes.LabelHyphenEdge] = ["Der Domainname darf nicht mit einem Bindestrich beginnen oder enden."],
        [ErrorCodes.LabelHyphen34] = ["Der Domainname darf nicht an dritter und vierter Stelle Bindestriche haben (wie in „ab--cd“)."],
        [ErrorCodes.LabelInvalidCharacter] = [
            "Der Domainname enthält {value}, das ist nicht erlaubt: Verwenden Sie Buchstaben, Ziffern und Bindestriche.",
            "Der Domainname darf nur Buchstaben, Ziffern und Bindestriche enthalten."],
        [ErrorCodes.IdnNotSupported] = ["Diese Endung erlaubt nur die Buchstaben a–z, Ziffern und Bindestriche, keine Umlaute, Akzente oder nicht-lateinischen Zeichen."],
        [ErrorCodes.IdnInvalid] = [
            "{value} ist kein gültiger internationalisierter Domainname.",
            "Der Domainname enthält Zeichen, die in einem Domainnamen so nicht kombiniert werden dürfen."],
        [ErrorCodes.IdnCharacterNotAllowed] = ["Das Zeichen {value} ist unter dieser Endung nicht erlaubt.", "Der Domainname enthält ein Zeichen, das diese Endung nicht erlaubt."],
        [ErrorCodes.IdnMixedScripts] = ["Der Domainname mischt Buchstaben verschiedener Schriften (etwa lateinische und kyrillische); das erlaubt diese Endung nicht."],
        [ErrorCodes.IdnLanguageRequired] = ["Bitte wählen Sie die Sprache, in der der Domainname geschrieben ist."],
        [ErrorCodes.OperationNotSupported] = ["{operation} ist für diese Domainendung nicht möglich.", "Dieser Auftrag ist für diese Domainendung nicht möglich."],
        [ErrorCodes.TermNotAllowed] = [
            "Die gewählte Laufzeit ({years}) ist nicht möglich. Bitte wählen Sie {allowedYears}.",
            "Diese Laufzeit ist nicht möglich. Bitte wählen Sie {allowedYears}.",
            "Diese Laufzeit ist nicht möglich."],
        [ErrorCodes.RenewalTooEarly] = [
            "Für eine Verlängerung ist es noch zu früh: Sie ist {relative} möglich, ab dem {date} ({days} vor Ablauf).",
            "Für eine Verlängerung ist es noch zu früh: Sie ist ab dem {date} möglich.",
            "Für eine Verlängerung ist es noch zu früh: Sie ist ab {days} vor Ablauf möglich.",
            "Für eine Verlängerung ist es noch zu früh."],
        [ErrorCodes.RenewalBeyondHorizon] = [
            "Eine Verlängerung um {years} würde das Ablaufdatum über den {date} hinaus verschieben; die Registry erlaubt höchstens {horizon} im Voraus. Bitte wählen Sie eine kürzere Laufzeit.",
            "Eine Verlängerung um {years} würde das Ablaufdatum weiter in die Zukunft legen, als die Registry erlaubt. Bitte wählen Sie eine kürzere Laufzeit.",
            "Diese Verlängerung würde das Ablaufdatum weiter in die Zukunft legen, als die Registry erlaubt. Bitte wählen Sie eine kürzere Laufzeit."],
        [ErrorCodes.ExpiryDateRequired] = ["Bitte geben Sie das aktuelle Ablaufdatum der Domain an."],
        [ErrorCodes.AuthCodeRequired] = ["Bitte geben Sie den Auth-Code (Transfer-Code) ein, den Sie vom bisherigen Registrar erhalten haben."],
        [ErrorCodes.AuthCodeInvalid] = ["Der Auth-Code hat nicht das erwartete Format. Bitte prüfen Sie ihn beim bisherigen Registrar."],
        [ErrorCodes.IdProtectionNotSupported] = ["Für diese Domainendung gibt es keinen ID-Schutz."],
        [ErrorCodes.RegistrarLockNotSupported] = ["Für diese Domainendung gibt es keine Registrar-Sperre."],
        [ErrorCodes.NameserversTooFew] = ["Bitte geben Sie mindestens {minNs} an (angegeben: {actual}).", "Bitte geben Sie mindestens {minNs} an.", "Bitte geben Sie mehr Nameserver an."],
        [ErrorCodes.NameserversTooMany] = ["Bitte geben Sie höchstens {maxNs} an (angegeben: {actual}).", "Bitte geben Sie höchstens {maxNs} an.", "Bitte geben Sie weniger Nameserver an."],
        [ErrorCodes.NameserverInvalid + "." + ErrorReasons.NotAscii] = [
            "{label}: Bitte geben Sie {value} in der ASCII-Form (xn--…) ein.",
            "{label}: Bitte geben Sie den Hostnamen in der ASCII-Form (xn--…) ein."],
        [ErrorCodes.NameserverInvalid] = ["{label}: {value} ist kein gültiger Hostname (etwa ns1.example.net).", "{label} ist kein gültiger Hostname (etwa ns1.example.net)."],
        [ErrorCodes.NameserverDuplicate] = ["{label}: {value} ist mehrfach angegeben.", "{label} ist mehrfach angegeben."],
        [ErrorCodes.ContactRequired] = ["Bitte ergänzen Sie: {label}."],
        [ErrorCodes.RegistrantTypeNotAllowed] = ["Diese Domain können nur {types} registrieren.", "Diese Art von Inhaber ist für diese Domainendung nicht zugelassen."],
        [ErrorCodes.RegistrantCountryNotAllowed] = [
            "Das Land des Domaininhabers muss {countries} sein; {value} wird nicht akzeptiert.",
            "Das Land des Domaininhabers muss {countries} sein.",
            "Das Land des Domaininhabers erfüllt die Präsenzanforderung dieser Endung nicht."],
        [ErrorCodes.ContactPropertyRequired] = ["Bitte ergänzen Sie: {label}."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Email] = ["{label}: {value} ist keine gültige E-Mail-Adresse.", "{label}: Das ist keine gültige E-Mail-Adresse."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Phone] = [
            "{label}: {value} hat nicht die internationale Form +CC.NNNN (etwa +49.301234567).",
            "{label}: Die Nummer hat nicht die internationale Form +CC.NNNN (etwa +49.301234567)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Country] = [
            "{label}: {value} ist kein zweibuchstabiger Ländercode (etwa DE oder AT).",
            "{label}: Das ist kein zweibuchstabiger Ländercode (etwa DE oder AT)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooManyLines] = ["{label}: Höchstens {maxLines} sind erlaubt (angegeben: {actual}).", "{label}: Höchstens {maxLines} sind erlaubt."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooLong] = ["{label}: Der Wert ist zu lang (höchstens {maxChars}).", "{label}: Der Wert ist zu lang."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label}: Der Wert enthält unsichtbare Steuerzeichen; bitte geben Sie ihn neu ein."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} ist keine gültige Nummer; bitte prüfen Sie sie auf Tippfehler.",
            "{label}: Das ist keine gültige Nummer; bitte prüfen Sie sie auf Tippfehler."],
        [ErrorCodes.ContactPropertyInvalid] = ["{label}: {value} hat nicht das Format, das die Registry verlangt.", "{label}: Der Wert hat nicht das Format, das die Registry verlangt."],
        [ErrorCodes.FieldRequired] = ["Bitte ergänzen Sie: {label}."],
        [ErrorCodes.FieldOptionInvalid] = [
            "{label}: {value} gehört nicht zu den Auswahlmöglichkeiten. Bitte wählen Sie {options}.",
            "{label}: Bitte wählen Sie {options}.",
            "{label}: Bitte wählen Sie eine der angebotenen Möglichkeiten."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooShort] = [
            "Das Feld {qlabel} muss mindestens {minChars} haben (angegeben: {actual}).", "Das Feld {qlabel} muss mindestens {minChars} haben.", "Das Feld {qlabel} ist zu kurz."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooLong] = [
            "Das Feld {qlabel} darf höchstens {maxChars} haben (angegeben: {actual}).", "Das Feld {qlabel} darf höchstens {maxChars} haben.", "Das Feld {qlabel} ist zu lang."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Pattern] = ["{label}: {value} hat nicht das erwartete Format.", "Das Feld {qlabel} hat nicht das erwartete Format."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} ist keine gültige Nummer; bitte prüfen Sie sie auf Tippfehler.",
            "{label}: Das ist keine gültige Nummer; bitte prüfen Sie sie auf Tippfehler."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Checkbox] = ["{label}: Bitte antworten Sie mit Ja oder Nein."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.InvalidCharacters] = ["Das Feld {qlabel} enthält unsichtbare Steuerzeichen; bitte geben Sie den Wert neu ein."],
        [ErrorCodes.FieldInvalid] = ["{label}: {value} ist ungültig.", "Das Feld {qlabel} ist ungültig."],
        [ErrorCodes.FieldAgreementRequired] = ["Bitte bestätigen Sie {qlabel}, um fortzufahren."],
        [ErrorCodes.FieldUnknown] = ["Das Feld {value} gehört nicht zu diesem Auftrag.", "Das Feld {qlabel} gehört nicht zu diesem Auftrag."],
    };
}
