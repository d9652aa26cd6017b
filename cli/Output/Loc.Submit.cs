namespace TldToolkit.Cli.Output;

internal static partial class Loc
{
    // Words of `tldtool submit` and `tldtool sync`. Order: en, de, fr, ar.
    private static readonly Dictionary<string, string[]> SubmitTexts = new(StringComparer.Ordinal)
    {
        ["outcome.success"] = ["success", "erfolgreich", "réussi", "تم بنجاح"],
        ["outcome.pending"] = ["pending", "in Bearbeitung", "en attente", "قيد الانتظار"],
        ["outcome.domain-not-available"] = ["not available", "nicht verfügbar", "non disponible", "غير متاح"],
        ["outcome.invalid-contact-data"] = ["invalid contact", "ungültiger Kontakt", "contact non valide", "بيانات اتصال غير صالحة"],
        ["outcome.insufficient-funds"] = ["insufficient funds", "Guthaben reicht nicht", "fonds insuffisants", "رصيد غير كافٍ"],
        ["outcome.tld-not-supported"] = ["TLD not supported", "TLD nicht unterstützt", "TLD non pris en charge", "النطاق العلوي غير مدعوم"],
        ["outcome.additional-field-invalid"] = ["field error", "Feldfehler", "erreur de champ", "خطأ في حقل"],
        ["outcome.authentication-failed"] = ["authentication failed", "Anmeldung fehlgeschlagen", "échec d'authentification", "فشلت المصادقة"],
        ["outcome.temporary-failure"] = ["temporary failure", "vorübergehender Fehler", "échec temporaire", "فشل مؤقت"],
        ["outcome.validation-failed"] = ["validation failed, not sent", "Prüfung fehlgeschlagen, nicht gesendet", "validation échouée, non envoyé", "فشل التحقق، لم يُرسل"],
        ["outcome.not-found"] = ["not found", "nicht gefunden", "introuvable", "غير موجود"],
        ["outcome.protocol-error"] = ["protocol error", "Protokollfehler", "erreur de protocole", "خطأ في البروتوكول"],
        ["outcome.rejected"] = ["rejected", "abgelehnt", "refusé", "مرفوض"],
        ["outcome.unconfirmed"] = ["unconfirmed", "unbestätigt", "non confirmé", "غير مؤكد"],
        ["submit.summary"] = ["{0:p:one=# order|other=# orders}: {1} accepted, {2} not accepted", "{0:p:one=# Auftrag|other=# Aufträge}: {1} angenommen, {2} nicht angenommen", "{0:p:one=# commande|other=# commandes} : {1:p:one=# acceptée|other=# acceptées}, {2:p:one=# non acceptée|other=# non acceptées}", "{0:p:zero=لا طلبات|one=طلب واحد|two=طلبان|few=# طلبات|many=# طلبًا|other=# طلب}: المقبول منها {1}، وغير المقبول {2}"],
        ["submit.interrupted"] = ["interrupted: the orders above were handled, the rest were not sent", "unterbrochen: die Aufträge oben sind bearbeitet, die übrigen wurden nicht gesendet", "interrompu\u00A0: les commandes ci-dessus ont été traitées, les autres n'ont pas été envoyées", "تمت المقاطعة: عولجت الطلبات أعلاه، ولم تُرسل البقية"],
        ["sync.active"] = ["active", "aktiv", "actif", "نشط"],
        ["sync.pending"] = ["pending", "in Bearbeitung", "en attente", "قيد الانتظار"],
        ["sync.cancelled"] = ["cancelled", "gelöscht", "annulé", "ملغى"],
        ["sync.transferred-away"] = ["transferred away", "wegtransferiert", "transféré ailleurs", "نُقل إلى مسجِّل آخر"],
        ["sync.error"] = ["error", "Fehler", "erreur", "خطأ"],
        ["sync.completed"] = ["transfer completed", "Transfer abgeschlossen", "transfert terminé", "اكتمل النقل"],
        ["sync.failed"] = ["transfer failed", "Transfer fehlgeschlagen", "transfert échoué", "فشل النقل"],
        ["sync.expires"] = ["expires {0}", "läuft ab am {0}", "expire le {0}", "ينتهي في {0}"],
        ["sync.nothing"] = ["No domains to sync.", "Keine Domains zum Abgleichen.", "Aucun domaine à synchroniser.", "لا توجد نطاقات للمزامنة."],
        ["sync.unknown"] = ["unknown to the registrar", "dem Registrar unbekannt", "inconnu du registraire", "غير معروف لدى المسجِّل"],
        ["sync.unknown-tld"] = ["TLD not in the catalog", "TLD nicht im Katalog", "TLD absent du catalogue", "النطاق العلوي غير موجود في الفهرس"],
        ["sync.unknownDomain"] = ["{0} was never registered or transferred in with this account; nothing was asked", "{0} wurde mit diesem Konto nie registriert oder hertransferiert; es wurde nichts abgefragt", "{0} n'a jamais été enregistré ni transféré avec ce compte ; rien n'a été demandé", "لم يُسجَّل {0} ولم يُنقل إلى هذا الحساب قط؛ لم يُرسل أي استعلام"],
    };

    /// <summary>A word of submit/sync in <paramref name="lang"/> (English when missing; the key when unknown).</summary>
    public static string Submit(string lang, string key, params object?[] args)
    {
        if (!SubmitTexts.TryGetValue(key, out var texts)) return key;
        var text = texts[Index(lang)];
        if (string.IsNullOrEmpty(text)) text = texts[0];
        else if (lang == "ar") text = TldToolkit.Text.Bidi.IsolateLatinRuns(text);
        return args.Length == 0 ? text : Fill(lang, text, args);
    }
}
