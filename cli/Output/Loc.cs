using System.Globalization;

namespace TldToolkit.Cli.Output;

/// <summary>
/// The tool's own words in the four customer languages (en, de, fr, ar). TLD data brings its own
/// translations (labels, options); validation messages come from the runtime.
/// </summary>
internal static partial class Loc
{
    /// <summary>The languages the tool speaks.</summary>
    public static readonly string[] Languages = ["en", "de", "fr", "ar"];

    private static int Index(string lang) => lang switch { "de" => 1, "fr" => 2, "ar" => 3, _ => 0 };

    /// <summary>The text of <paramref name="key"/> in <paramref name="lang"/> (English when missing).</summary>
    public static string T(string lang, string key)
    {
        if (!Texts.TryGetValue(key, out var texts)) return key;
        var text = texts[Index(lang)];
        if (string.IsNullOrEmpty(text)) return texts[0];
        // Arabic wording isolates its own Latin runs (JSON, IDN, A-label), as LocFormat isolates the values.
        return lang == "ar" ? TldToolkit.Text.Bidi.IsolateLatinRuns(text) : text;
    }

    /// <summary>Every key of <see cref="T"/> and <see cref="Submit"/> (for the tests that compare the languages).</summary>
    internal static IEnumerable<string> AllKeys => Texts.Keys.Concat(SubmitTexts.Keys);

    /// <summary>The raw text of a key of <see cref="T"/> or <see cref="Submit"/> (English when missing).</summary>
    internal static string Raw(string lang, string key) => Texts.ContainsKey(key) ? T(lang, key) : Submit(lang, key);

    /// <summary>The formatted text of <paramref name="key"/>.</summary>
    public static string F(string lang, string key, params object?[] args) => Fill(lang, T(lang, key), args);

    /// <summary>Fills a text's placeholders: plural forms and, in Arabic, bidi isolation (<see cref="LocFormat"/>).</summary>
    private static string Fill(string lang, string text, object?[] args) =>
        string.Format(new LocFormat(lang, Culture(lang)), text, args);

    /// <summary>The culture of a language code.</summary>
    public static CultureInfo Culture(string lang) => CultureInfo.GetCultureInfo(lang switch { "de" => "de", "fr" => "fr", "ar" => "ar", _ => "en" });

    /// <summary>Joins items with commas and a final "and" / "or" in the language.</summary>
    public static string List(string lang, IReadOnlyList<string> items, bool or = false)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var comma = lang == "ar" ? "، " : ", ";
        var last = T(lang, or ? "or" : "and");
        // Arabic "و" (and) is written joined to the word that follows.
        var joiner = lang == "ar" && !or ? " " + last : " " + last + " ";
        return string.Join(comma, items.Take(items.Count - 1)) + joiner + items[^1];
    }

    private static readonly Dictionary<string, string[]> Texts = new(StringComparer.Ordinal)
    {
        // Connectives
        ["and"] = ["and", "und", "et", "و"],
        ["or"] = ["or", "oder", "ou", "أو"],
        // validate
        ["valid"] = ["valid", "gültig", "valide", "صالح"],
        ["invalid"] = ["invalid", "ungültig", "non valide", "غير صالح"],
        ["problems"] = ["{0:p:one=# problem|other=# problems}", "{0:p:one=# Problem|other=# Probleme}", "{0:p:one=# problème|other=# problèmes}", "{0:p:zero=لا مشكلات|one=مشكلة واحدة|two=مشكلتان|few=# مشكلات|many=# مشكلة|other=# مشكلة}"],
        ["summary"] = ["{0:p:one=# order|other=# orders}: {1} valid, {2} invalid", "{0:p:one=# Auftrag|other=# Aufträge}: {1} gültig, {2} ungültig", "{0:p:one=# commande|other=# commandes} : {1:p:one=# valide|other=# valides}, {2:p:one=# non valide|other=# non valides}", "{0:p:zero=لا طلبات|one=طلب واحد|two=طلبان|few=# طلبات|many=# طلبًا|other=# طلب}: الصالح منها {1}، وغير الصالح {2}"],
        ["col.number"] = ["#", "#", "#", "#"],
        ["col.domain"] = ["Domain", "Domain", "Domaine", "النطاق"],
        ["col.operation"] = ["Operation", "Vorgang", "Opération", "العملية"],
        ["col.result"] = ["Result", "Ergebnis", "Résultat", "النتيجة"],
        ["col.problems"] = ["Problems", "Probleme", "Problèmes", "المشكلات"],
        ["more"] = ["… and {0:p:one=# more invalid order|other=# more invalid orders}; use --json or redirect the output to see all.", "… und {0:p:one=# weiterer ungültiger Auftrag|other=# weitere ungültige Aufträge}; --json oder eine umgeleitete Ausgabe zeigt alle.", "… et {0:p:one=# autre commande non valide|other=# autres commandes non valides} ; utilisez --json ou redirigez la sortie pour tout voir.", "… و{0:p:one=طلب آخر غير صالح|two=طلبان آخران غير صالحين|few=# طلبات أخرى غير صالحة|many=# طلبًا آخر غير صالح|other=# طلب آخر غير صالح}؛ استخدم \u2068--json\u2069 أو أعد توجيه المخرجات لرؤيتها كلها."],
        ["validating"] = ["Validating orders", "Aufträge werden geprüft", "Validation des commandes", "جارٍ التحقق من الطلبات"],
        ["op.register"] = ["register", "Registrierung", "enregistrement", "تسجيل"],
        ["op.transfer"] = ["transfer", "Transfer", "transfert", "نقل"],
        ["op.renew"] = ["renew", "Verlängerung", "renouvellement", "تجديد"],
        ["op.ownerChange"] = ["owner change", "Inhaberwechsel", "changement de titulaire", "تغيير المالك"],
        // Order shape problems (codes of the CLI, see docs/orders.md)
        ["problem.order-not-object"] = ["This order is not a JSON object ({1}).", "Dieser Auftrag ist kein JSON-Objekt ({1}).", "Cette commande n'est pas un objet JSON ({1}).", "هذا الطلب ليس كائن JSON ({1})."],
        ["problem.order-property-required"] = ["The order needs '{0}' ({1}).", "Im Auftrag fehlt „{0}“ ({1}).", "La commande doit contenir « {0} » ({1}).", "الطلب يحتاج إلى «{0}» ({1})."],
        ["problem.order-value-invalid"] = ["The value of '{0}' has the wrong form: {1}.", "Der Wert von „{0}“ hat nicht die erwartete Form: {1}.", "La valeur de « {0} » n'a pas la forme attendue : {1}.", "قيمة «{0}» ليست بالشكل المتوقع: {1}."],
        ["problem.order-property-unknown"] = ["'{0}' is not part of the order format: {1}.", "„{0}“ gehört nicht zum Auftragsformat: {1}.", "« {0} » ne fait pas partie du format de commande : {1}.", "«{0}» ليس جزءًا من تنسيق الطلب: {1}."],
        ["problem.order-property-duplicate"] = ["'{0}' is given more than once: {1}.", "„{0}“ ist mehrfach angegeben: {1}.", "« {0} » est indiqué plusieurs fois : {1}.", "«{0}» مذكور أكثر من مرة: {1}."],
        ["problem.validator-failed"] = ["The order could not be checked: {1}.", "Der Auftrag konnte nicht geprüft werden: {1}.", "La commande n'a pas pu être vérifiée : {1}.", "تعذّر التحقق من الطلب: {1}."],
        // check
        ["check.domain"] = ["Domain", "Domain", "Domaine", "النطاق"],
        ["check.alabel"] = ["A-label", "A-Label", "A-label", "A-label"],
        ["check.ulabel"] = ["U-label", "U-Label", "U-label", "U-label"],
        ["check.tld"] = ["TLD", "TLD", "TLD", "النطاق العلوي"],
        ["check.idn"] = ["IDN", "IDN", "IDN", "IDN"],
        ["check.result"] = ["Result", "Ergebnis", "Résultat", "النتيجة"],
        // {1}: how many TLDs the catalog knows (the list itself is the root zone: `tldtool catalog` counts them).
        ["check.unknownTld"] = ["No TLD of '{0}' is in the catalog, which knows {1} TLDs (tldtool catalog)", "Keine TLD von „{0}“ ist im Katalog, der {1} TLDs kennt (tldtool catalog)", "Aucun TLD de « {0} » n'est dans le catalogue, qui connaît {1} TLD (tldtool catalog)", "لا يوجد في الفهرس نطاق علوي لـ«{0}»، والفهرس يعرف {1} نطاقًا علويًا (tldtool catalog)"],
        ["idn.notSupported"] = ["not supported", "nicht unterstützt", "non pris en charge", "غير مدعوم"],
        ["idn.Uts46Nontransitional"] = ["UTS #46 nontransitional (ß stays ß)", "UTS #46 nicht-transitional (ß bleibt ß)", "UTS #46 non transitionnel (ß reste ß)", "UTS #46 غير انتقالي (ß تبقى ß)"],
        ["idn.Uts46Transitional"] = ["UTS #46 transitional (ß becomes ss)", "UTS #46 transitional (ß wird zu ss)", "UTS #46 transitionnel (ß devient ss)", "UTS #46 انتقالي (ß تصبح ss)"],
        ["idn.Idna2008Strict"] = ["IDNA2008 strict (no mapping: the name must already be a valid U-label)", "IDNA2008 streng (keine Abbildung: der Name muss bereits ein gültiges U-Label sein)", "IDNA2008 strict (aucune conversion : le nom doit déjà être un U-label valide)", "IDNA2008 صارم (بلا تحويل: يجب أن يكون الاسم U-label صالحاً)"],
    };
}
