namespace TldToolkit.Client.Outcomes.Messages;

/// <summary>Registrar outcomes in Modern Standard Arabic.</summary>
internal sealed class ArabicOutcomeMessages : OutcomeCatalog
{
    public static ArabicOutcomeMessages Instance { get; } = new();

    public override IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["role.unknown"] = "جهة اتصال النطاق",
        ["prop.details"] = "بيانات الاتصال",
    };

    // Latin runs of the wording itself are isolated like inserted values (Bidi.IsolateLatinRuns).
    public override IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OutcomeKeys.RegisterSuccess] = "تم تسجيل {domain}.",
        [OutcomeKeys.RegisterPending] = "تم تقديم طلب تسجيل {domain}؛ ويؤكد السجل عمليات التسجيل لاحقًا.",
        [OutcomeKeys.RegisterAlreadyInAccount] = "كان {domain} في حسابك قبل هذا الطلب؛ ولم يسجّله الطلب مرة أخرى.",
        [OutcomeKeys.TransferSuccess] = "تم نقل {domain}.",
        [OutcomeKeys.TransferPending] = "تم طلب نقل {domain}؛ ويكتمل النقل عند موافقة المسجِّل الحالي والسجل.",
        [OutcomeKeys.RenewSuccess] = "تم تجديد {domain}.",
        [OutcomeKeys.RenewPending] = "تم تقديم طلب تجديد {domain}.",
        [OutcomeKeys.RenewAlreadyPaid] = "تم تجديد {domain} بالفعل إلى ما بعد تاريخ الانتهاء المذكور في هذا الطلب؛ لم يُرسل شيء، لذلك لن يُجدَّد مرتين.",
        [OutcomeKeys.TradeSuccess] = "تم تغيير صاحب {domain}.",
        [OutcomeKeys.TradePending] = "تم تقديم طلب تغيير صاحب {domain}؛ ويؤكده السجل لاحقًا.",
        [OutcomeKeys.TradeNeedsRegistrant] = "يتطلب تغيير صاحب النطاق بيانات صاحب النطاق الجديد.",
        [OutcomeKeys.RestoreSuccess] = "تمت استعادة {domain}.",
        [OutcomeKeys.RestorePending] = "تم تقديم طلب استعادة {domain}.",
        [OutcomeKeys.CancelTransferSuccess] = "تم إلغاء نقل {domain}.",
        [OutcomeKeys.CancelTransferTooLate] = "كان نقل {domain} قد اكتمل بالفعل، فتعذّر إلغاؤه.",
        [OutcomeKeys.AccountReachable] = "حساب المسجِّل متاح.",
        [OutcomeKeys.ContactCount] = "{count:zero=لا توجد جهات اتصال|one=جهة اتصال واحدة|two=جهتا اتصال|few=# جهات اتصال|many=# جهة اتصال|other=# جهة اتصال}.",
        [OutcomeKeys.Unreachable] = "تعذّر الوصول إلى المسجِّل. يرجى المحاولة مرة أخرى لاحقًا.",
        [OutcomeKeys.Unreadable] = "تعذّر فهم رد المسجِّل.",
        [OutcomeKeys.ContactUnreachable] = "تعذّر الوصول إلى المسجِّل. لم يُطلب أي شيء؛ يرجى المحاولة مرة أخرى لاحقًا.",
        [OutcomeKeys.ContactUnreadable] = "تعذّر فهم رد المسجِّل. لم يُطلب أي شيء.",
        [OutcomeKeys.LostNotExecuted] = "لم يؤكد المسجِّل الطلب وليس لديه أي سجل له، لذا لم يُنفَّذ شيء. يمكنك تقديمه مرة أخرى.",
        [OutcomeKeys.LostUnconfirmed] = "لم يؤكد المسجِّل الطلب بعد. ستُحسم حالته عند المزامنة التالية للنطاقات؛ يرجى عدم تقديمه مرة أخرى.",
        [OutcomeKeys.TldNotSupported] = "لا نقدم امتداد النطاق هذا.",
        [OutcomeKeys.InvalidOrder] = "الطلب غير صالح.",
        [OutcomeKeys.RegistrarTldNotSupported] = "لا يقدم المسجِّل امتداد النطاق هذا.",
        [OutcomeKeys.InsufficientFunds] = "رصيد الحساب غير كافٍ لهذه العملية. يرجى شحن الحساب والمحاولة مرة أخرى.",
        [OutcomeKeys.AuthCodeMissing] = "يحتاج السجل إلى رمز التفويض لإتمام هذا النقل.",
        [OutcomeKeys.AuthCodeInvalid] = "لم يقبل السجل رمز التفويض. يرجى التحقق منه لدى المسجِّل الحالي.",
        [OutcomeKeys.Credentials] = "لم يقبل المسجِّل بيانات دخول الحساب. يرجى التحقق من اسم المستخدم وكلمة المرور لحساب المسجِّل.",
        [OutcomeKeys.NotAvailable] = "{domain} غير متاح.",
        [OutcomeKeys.AlreadyInAccount] = "{domain} موجود بالفعل في حسابك.",
        [OutcomeKeys.FieldMissing] = "يتطلب السجل الحقل {label}. يرجى تعبئته.",
        [OutcomeKeys.FieldInvalid] = "لم يقبل السجل قيمة الحقل {label}. يرجى التحقق منها.",
        [OutcomeKeys.RegistryRejected] = "رفض السجل الطلب ({description}).",
        [OutcomeKeys.ContactInvalid] = "لم يقبل المسجِّل بيانات الاتصال التالية: {contactProperty}. يرجى تصحيح بيانات الاتصال.",
        [OutcomeKeys.NotFound] = "لم يُعثر على {domain} في الحساب.",
        [OutcomeKeys.Temporary] = "يتعذّر على المسجِّل معالجة الطلب مؤقتًا. يرجى المحاولة مرة أخرى لاحقًا.",
        [OutcomeKeys.Refused] = "رفض المسجِّل الطلب: {description}",
        [OutcomeKeys.SyncActive] = "{domain} نشط.",
        [OutcomeKeys.SyncPending] = "لا يزال {domain} قيد الانتظار لدى السجل.",
        [OutcomeKeys.SyncNotVisibleYet] = "لا يظهر تسجيل {domain} لدى المسجِّل بعد؛ فقد قُدِّم الطلب مؤخرًا، لذا لا يزال يُعدّ قيد الانتظار.",
        [OutcomeKeys.SyncDeleted] = "تم حذف {domain} ({description}).",
        [OutcomeKeys.SyncRegistrationNotCompleted] = "لم يكتمل تسجيل {domain}؛ والاسم متاح.",
        [OutcomeKeys.SyncNoLongerRegistered] = "لم يعد {domain} مسجلًا (محذوف أو منتهي الصلاحية).",
        [OutcomeKeys.SyncTransferredAway] = "{domain} مسجل، لكنه لم يعد في هذا الحساب (نُقل إلى مسجِّل آخر).",
        [OutcomeKeys.SyncUnchecked] = "{domain} ليس في الحساب، وتعذّر التحقق من تسجيله.",
        [OutcomeKeys.SyncUnreachable] = "تعذّر سؤال المسجِّل عن {domain} ({reason})؛ ستُعاد المحاولة في المزامنة التالية.",
        [OutcomeKeys.TransferSyncPending] = "لا يزال نقل {domain} قيد الانتظار.",
        [OutcomeKeys.TransferSyncFailed] = "فشل نقل {domain} ({reason}).",
        [OutcomeKeys.TransferSyncComplete] = "اكتمل نقل {domain}.",
        [OutcomeKeys.TransferSyncGone] = "ليس لدى المسجِّل أي عملية نقل لـ {domain} ولا يدير النطاق؛ فقد فشل النقل أو أُلغي.",
    }.ToDictionary(pair => pair.Key, pair => TldToolkit.Text.Bidi.IsolateLatinRuns(pair.Value), StringComparer.Ordinal);
}
