using System.Globalization;

namespace TldToolkit.Validation.Messages;

/// <summary>
/// Customer messages in Modern Standard Arabic, with Arabic punctuation (، ؛ ؟). Counted nouns follow
/// CLDR's six categories through <see cref="TldToolkit.Text.Plural"/> ("count.*" words): the dual and the
/// plural are written in the genitive/accusative, so every template puts a count after a preposition,
/// in an idafa or as an object ("يجب ألا يقل عن حرفين"). Every inserted value is isolated (U+2068/U+2069)
/// by <see cref="MessageCatalog.Embed"/>.
/// </summary>
internal sealed class ArabicMessages : MessageCatalog
{
    public static ArabicMessages Instance { get; } = new();

    // "ar" (not ar-SA) keeps the Gregorian calendar registries count in.
    private ArabicMessages() : base("ar", "ar") { }

    public override string DatePattern => "d MMMM yyyy";

    public override string Or => "أو";

    protected override (string Open, string Close) QuoteMarks => ("«", "»");

    public override bool RightToLeft => true;

    /// <summary>Western digits without the Arabic letter mark ICU puts before a minus sign.</summary>
    public override string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 أو 2 أو 5": Arabic repeats "or" between every item.</summary>
    public override string OrList(IReadOnlyList<string> items) => string.Join(" أو ", items);

    /// <summary>"سنة واحدة أو سنتين أو 5 سنوات": every item is counted, since the noun agrees with each number.</summary>
    public override string YearList(IReadOnlyList<int> years)
    {
        if (years.Count >= 3 && IsRun(years)) return string.Format(Culture, Word("range")!, years[0], Years(years[0]), Years(years[^1]));
        var items = new string[years.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Years(years[i]);
        return OrList(items);
    }

    private static bool IsRun(IReadOnlyList<int> values)
    {
        for (int i = 1; i < values.Count; i++)
            if (values[i] != values[i - 1] + 1) return false;
        return true;
    }

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["labelSeparator"] = ": ",
        ["contactProperty"] = "{0} ({1})",
        ["range"] = "من {1} إلى {2}",
        ["nameserver.n"] = "خادم الأسماء {0}",
        ["count.character"] = "one=حرف واحد|two=حرفين|few=# أحرف|many=# حرفًا|other=# حرف",
        ["count.nameserver"] = "one=خادم أسماء واحد|two=خادمَي أسماء|few=# خوادم أسماء|many=# خادمَ أسماء|other=# خادم أسماء",
        ["count.day"] = "one=يوم واحد|two=يومين|few=# أيام|many=# يومًا|other=# يوم",
        ["count.year"] = "one=سنة واحدة|two=سنتين|few=# سنوات|many=# سنة|other=# سنة",
        ["count.line"] = "one=سطر واحد|two=سطرين|few=# أسطر|many=# سطرًا|other=# سطر",
        ["role.registrant"] = "صاحب النطاق",
        ["role.admin"] = "جهة الاتصال الإدارية",
        ["role.tech"] = "جهة الاتصال التقنية",
        ["role.billing"] = "جهة اتصال الفوترة",
        ["prop.firstName"] = "الاسم الأول",
        ["prop.lastName"] = "اسم العائلة",
        ["prop.organization"] = "المؤسسة",
        ["prop.street"] = "الشارع",
        ["prop.city"] = "المدينة",
        ["prop.state"] = "الولاية أو المنطقة",
        ["prop.postalCode"] = "الرمز البريدي",
        ["prop.country"] = "البلد",
        ["prop.email"] = "البريد الإلكتروني",
        ["prop.phone"] = "رقم الهاتف",
        ["prop.fax"] = "رقم الفاكس",
        ["prop.vatId"] = "رقم ضريبة القيمة المضافة",
        ["prop.type"] = "نوع صاحب النطاق",
        ["type.individual"] = "الأفراد",
        ["type.organization"] = "المؤسسات",
        ["op.register"] = "التسجيل",
        ["op.transfer"] = "النقل إلينا",
        ["op.renew"] = "التجديد",
        ["op.ownerChange"] = "تغيير صاحب النطاق",
        ["path.domain"] = "اسم النطاق",
        ["path.years"] = "المدة",
        ["path.expiresOn"] = "تاريخ انتهاء الصلاحية",
        ["path.authCode"] = "رمز التفويض",
        ["path.operation"] = "الطلب",
        ["path.nameservers"] = "خوادم الأسماء",
        ["path.idnLanguage"] = "لغة اسم النطاق",
        ["path.addOns.idProtection"] = "حماية الهوية",
        ["path.addOns.registrarLock"] = "قفل المسجِّل",
    };

    // The Latin runs of the wording itself (example.com.au, +CC.NNNN, ASCII) are isolated like inserted values.
    public override IReadOnlyDictionary<string, string[]> Templates { get; } = Isolated(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["*"] = ["{label}: هذه القيمة غير مقبولة."],
        [ErrorCodes.TldNotSupported] = ["لا نوفّر أسماء نطاقات مثل {value}.", "لا نوفّر هذا الامتداد."],
        [ErrorCodes.TldClosed] = ["لا يمكن تسجيل أسماء النطاقات تحت {value}: هذا الامتداد غير متاح للعموم.", "هذا الامتداد غير متاح للعموم."],
        [ErrorCodes.DomainInvalid] = ["{value} ليس اسم نطاق صالحًا.", "اسم النطاق غير صالح."],
        [ErrorCodes.DomainNotRegistrable] = [
            "لا يمكن تسجيل {value}: أدخل اسمًا يقع مباشرةً تحت امتداد النطاق (مثل example.com.au وليس shop.example.com.au).",
            "لا يمكن تسجيل هذا الاسم: أدخل اسمًا يقع مباشرةً تحت امتداد النطاق."],
        [ErrorCodes.LabelTooShort] = ["اسم النطاق قصير جدًا: يجب ألا يقل عن {minChars} قبل الامتداد.", "اسم النطاق قصير جدًا بالنسبة لهذا الامتداد."],
        [ErrorCodes.LabelTooLong] = ["اسم النطاق طويل جدًا: يجب ألا يزيد على {maxChars} قبل الامتداد.", "اسم النطاق طويل جدًا بالنسبة لهذا الامتداد."],
        [ErrorCodes.DomainTooLong] = ["اسم النطاق طويل جدًا: يجب ألا يزيد طوله الإجمالي على {maxChars}.", "اسم النطاق طويل جدًا."],
        [ErrorCodes.LabelHyphenEdge] = ["لا يجوز أن يبدأ اسم النطاق بشرطة أو ينتهي بها."],
        [ErrorCodes.LabelHyphen34] = ["لا يجوز أن يحتوي اسم النطاق على شرطتين في الموضعين الثالث والرابع (كما في «ab--cd»)."],
        [ErrorCodes.LabelInvalidCharacter] = [
            "يحتوي اسم النطاق على {value}، وهذا غير مسموح به: استخدم الحروف والأرقام والشرطات فقط.",
            "يجب أن يتكون اسم النطاق من الحروف والأرقام والشرطات فقط."],
        [ErrorCodes.IdnNotSupported] = ["لا يقبل هذا الامتداد إلا الحروف اللاتينية من a إلى z والأرقام والشرطات، دون الحروف المشكولة أو غير اللاتينية."],
        [ErrorCodes.IdnInvalid] = [
            "{value} ليس اسم نطاق دوليًا صالحًا.",
            "يحتوي اسم النطاق على أحرف لا يجوز الجمع بينها بهذه الطريقة في اسم نطاق."],
        [ErrorCodes.IdnCharacterNotAllowed] = ["الحرف {value} غير مسموح به في هذا الامتداد.", "يحتوي اسم النطاق على حرف لا يسمح به هذا الامتداد."],
        [ErrorCodes.IdnMixedScripts] = ["يخلط اسم النطاق بين حروف من أبجديات مختلفة (مثل اللاتينية والسيريلية)، وهذا غير مسموح به في هذا الامتداد."],
        [ErrorCodes.IdnLanguageRequired] = ["يرجى اختيار اللغة التي كُتب بها اسم النطاق."],
        [ErrorCodes.OperationNotSupported] = ["{operation} غير متاح لهذا الامتداد.", "هذا الطلب غير متاح لهذا الامتداد."],
        [ErrorCodes.TermNotAllowed] = [
            "مدة {years} غير متاحة. يرجى اختيار {allowedYears}.",
            "هذه المدة غير متاحة. يرجى اختيار {allowedYears}.",
            "هذه المدة غير متاحة."],
        [ErrorCodes.RenewalTooEarly] = [
            "لم يحن بعد موعد تجديد هذا النطاق: يبدأ التجديد {relative}، في {date} ({days} قبل انتهاء الصلاحية).",
            "لم يحن بعد موعد تجديد هذا النطاق: يبدأ التجديد في {date}.",
            "لم يحن بعد موعد تجديد هذا النطاق: يبدأ التجديد قبل انتهاء الصلاحية بمدة {days}.",
            "لم يحن بعد موعد تجديد هذا النطاق."],
        [ErrorCodes.RenewalBeyondHorizon] = [
            "التجديد لمدة {years} سيجعل تاريخ انتهاء الصلاحية بعد {date}، وهو أبعد تاريخ يسمح به السجل (ما لا يتجاوز {horizon} من اليوم). يرجى اختيار مدة أقصر.",
            "التجديد لمدة {years} سيجعل تاريخ انتهاء الصلاحية أبعد مما يسمح به السجل. يرجى اختيار مدة أقصر.",
            "هذا التجديد سيجعل تاريخ انتهاء الصلاحية أبعد مما يسمح به السجل. يرجى اختيار مدة أقصر."],
        [ErrorCodes.ExpiryDateRequired] = ["يرجى إدخال تاريخ انتهاء صلاحية النطاق الحالي."],
        [ErrorCodes.AuthCodeRequired] = ["يرجى إدخال رمز التفويض (رمز النقل) الذي حصلت عليه من المسجِّل الحالي."],
        [ErrorCodes.AuthCodeInvalid] = ["رمز التفويض ليس بالصيغة المتوقعة. يرجى التحقق منه لدى المسجِّل الحالي."],
        [ErrorCodes.IdProtectionNotSupported] = ["خدمة حماية الهوية غير متاحة لهذا الامتداد."],
        [ErrorCodes.RegistrarLockNotSupported] = ["قفل المسجِّل غير متاح لهذا الامتداد."],
        [ErrorCodes.NameserversTooFew] = ["يرجى إدخال {minNs} على الأقل (أدخلت {actual}).", "يرجى إدخال {minNs} على الأقل.", "يرجى إدخال المزيد من خوادم الأسماء."],
        [ErrorCodes.NameserversTooMany] = ["يرجى إدخال {maxNs} على الأكثر (أدخلت {actual}).", "يرجى إدخال {maxNs} على الأكثر.", "يرجى إدخال عدد أقل من خوادم الأسماء."],
        [ErrorCodes.NameserverInvalid + "." + ErrorReasons.NotAscii] = [
            "{label}: يرجى إدخال {value} بصيغة ASCII (xn--…).",
            "{label}: يرجى إدخال اسم المضيف بصيغة ASCII (xn--…)."],
        [ErrorCodes.NameserverInvalid] = ["{label}: {value} ليس اسم مضيف صالحًا (مثل ns1.example.net).", "{label}: ليس اسم مضيف صالحًا (مثل ns1.example.net)."],
        [ErrorCodes.NameserverDuplicate] = ["{label}: {value} مذكور أكثر من مرة.", "{label}: مذكور أكثر من مرة."],
        [ErrorCodes.ContactRequired] = ["يرجى إضافة {role}.", "{label}: مطلوب."],
        [ErrorCodes.RegistrantTypeNotAllowed] = ["لا يمكن تسجيل هذا النطاق إلا من قِبل {types}.", "هذا النوع من أصحاب النطاقات غير مسموح به لهذا الامتداد."],
        [ErrorCodes.RegistrantCountryNotAllowed] = [
            "يجب أن يكون بلد صاحب النطاق {countries}؛ {value} غير مقبول.",
            "يجب أن يكون بلد صاحب النطاق {countries}.",
            "بلد صاحب النطاق لا يستوفي شرط التواجد الخاص بهذا الامتداد."],
        [ErrorCodes.ContactPropertyRequired] = ["{label}: هذا الحقل مطلوب."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Email] = ["{label}: {value} ليس عنوان بريد إلكتروني صالحًا.", "{label}: ليس عنوان بريد إلكتروني صالحًا."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Phone] = [
            "{label}: {value} ليس بالصيغة الدولية +CC.NNNN (مثل +971.41234567).",
            "{label}: الرقم ليس بالصيغة الدولية +CC.NNNN (مثل +971.41234567)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.Country] = [
            "{label}: {value} ليس رمز بلد من حرفين (مثل AE أو SA).",
            "{label}: ليس رمز بلد من حرفين (مثل AE أو SA)."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooManyLines] = ["{label}: يجب ألا يزيد على {maxLines} (عدد الأسطر المدخلة: {actual}).", "{label}: يجب ألا يزيد على {maxLines}."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.TooLong] = ["{label}: القيمة طويلة جدًا؛ يجب ألا تزيد على {maxChars}.", "{label}: القيمة طويلة جدًا."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label}: تحتوي القيمة على أحرف تحكم غير مرئية؛ يرجى إعادة كتابتها."],
        [ErrorCodes.ContactPropertyInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} ليس رقمًا صالحًا؛ يرجى التحقق من عدم وجود أخطاء في الكتابة.",
            "{label}: الرقم غير صالح؛ يرجى التحقق من عدم وجود أخطاء في الكتابة."],
        [ErrorCodes.ContactPropertyInvalid] = ["{label}: {value} ليس بالصيغة التي يشترطها السجل.", "{label}: القيمة ليست بالصيغة التي يشترطها السجل."],
        [ErrorCodes.FieldRequired] = ["{label}: هذا الحقل مطلوب."],
        [ErrorCodes.FieldOptionInvalid] = [
            "{label}: {value} ليس من الخيارات المتاحة. يرجى اختيار {options}.",
            "{label}: يرجى اختيار {options}.",
            "{label}: يرجى اختيار أحد الخيارات المعروضة."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooShort] = [
            "{label}: يجب ألا يقل طول القيمة عن {minChars} (الطول الحالي: {actual}).", "{label}: يجب ألا يقل طول القيمة عن {minChars}.", "{label}: القيمة قصيرة جدًا."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.TooLong] = [
            "{label}: يجب ألا يزيد طول القيمة على {maxChars} (الطول الحالي: {actual}).", "{label}: يجب ألا يزيد طول القيمة على {maxChars}.", "{label}: القيمة طويلة جدًا."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Pattern] = ["{label}: {value} ليس بالصيغة المتوقعة.", "{label}: القيمة ليست بالصيغة المتوقعة."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.CheckDigits] = [
            "{label}: {value} ليس رقمًا صالحًا؛ يرجى التحقق من عدم وجود أخطاء في الكتابة.",
            "{label}: الرقم غير صالح؛ يرجى التحقق من عدم وجود أخطاء في الكتابة."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.Checkbox] = ["{label}: يرجى الإجابة بنعم أو لا."],
        [ErrorCodes.FieldInvalid + "." + ErrorReasons.InvalidCharacters] = ["{label}: تحتوي القيمة على أحرف تحكم غير مرئية؛ يرجى إعادة كتابتها."],
        [ErrorCodes.FieldInvalid] = ["{label}: {value} غير صالح.", "{label}: القيمة غير صالحة."],
        [ErrorCodes.FieldAgreementRequired] = ["يرجى وضع علامة على {qlabel} للمتابعة."],
        [ErrorCodes.FieldUnknown] = ["الحقل {value} لا ينطبق على هذا الطلب.", "{label}: هذا الحقل لا ينطبق على هذا الطلب."],
    });

    private static Dictionary<string, string[]> Isolated(Dictionary<string, string[]> templates)
    {
        foreach (var key in templates.Keys.ToList())
            templates[key] = Array.ConvertAll(templates[key], TldToolkit.Text.Bidi.IsolateLatinRuns);
        return templates;
    }
}
