<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>role not known yet</source>
        <translation>الدور غير معروف بعد</translation>
    </message>
    <message>
        <source>author</source>
        <translation>مؤلف</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>معتمِد</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالك</translation>
    </message>
    <message>
        <source>translator into %1</source>
        <translation>مترجم إلى %1</translation>
    </message>
    <message>
        <source>no Policy Studio role</source>
        <translation>بلا دور في Policy Studio</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>All activity</source>
        <translation>كل النشاط</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Clauses and library</source>
        <translation>البنود والمكتبة</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>تحديثات المكتبة</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>الملاحظات المستبعدة</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Filter by person, action or text</source>
        <translation>تصفية حسب الشخص أو الإجراء أو النص</translation>
    </message>
    <message>
        <source>Reading the activity…</source>
        <translation>جارٍ قراءة سجل النشاط…</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>تعذّرت قراءة سجل النشاط: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace.</source>
        <translation>تعذّر فتح مساحة العمل.</translation>
    </message>
</context>
<context>
    <name>AssembleWizard</name>
    <message>
        <source>New policy from questionnaire</source>
        <translation>سياسة جديدة من الاستبيان</translation>
    </message>
    <message>
        <source>About the policy</source>
        <translation>عن السياسة</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>سياسة الخصوصية</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Laws and languages</source>
        <translation>القوانين واللغات</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>بياناتكم</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>ما تقومون به</translation>
    </message>
    <message>
        <source>What the policy will contain</source>
        <translation>ما ستتضمنه السياسة</translation>
    </message>
    <message>
        <source>the questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Tick at least one law on the first page.</source>
        <translation>حدد قانونا واحدا على الأقل في الصفحة الأولى.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>حدد لغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>%1 sections. Coverage: %2 covered, %3 missing, %4 not applicable.</source>
        <translation>%1 أقسام. التغطية: %2 مغطاة، %3 ناقصة، %4 لا تنطبق.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <source>All segments</source>
        <translation>كل المقاطع</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>غير المترجمة</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>المتقادمة</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>ذات الملاحظات</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>نسخ المصدر</translation>
    </message>
    <message>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>انسخ نص المصدر إلى الترجمة (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>علّم المقطع مترجمًا وانتقل إلى التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>نشر الترجمة</translation>
    </message>
    <message>
        <source>Confirming a segment gives its translation to the other segments with the same source (as translated, in the same undo step)</source>
        <translation>تأكيد مقطع يعطي ترجمته للمقاطع الأخرى ذات المصدر نفسه (بحالة «مترجم»، في خطوة التراجع نفسها)</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <source>Pre-translate…</source>
        <translation>ترجمة مسبقة…</translation>
    </message>
    <message>
        <source>Fill untranslated segments from the library and the memory</source>
        <translation>املأ المقاطع غير المترجمة من المكتبة وذاكرة الترجمة</translation>
    </message>
    <message>
        <source>Concordance…</source>
        <translation>بحث السياق…</translation>
    </message>
    <message>
        <source>Where a phrase occurs in the memory, the library and this policy (Ctrl+K)</source>
        <translation>أين ترد عبارة في الذاكرة والمكتبة وهذه السياسة (Ctrl+K)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Find and replace in the source or the target (Ctrl+H)</source>
        <translation>البحث والاستبدال في المصدر أو الهدف (Ctrl+H)</translation>
    </message>
    <message>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>ذاكرة الترجمة (Ctrl+1…9 للإدراج)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The glossary and the dismissed findings could not be read: %1. Trying again…</source>
        <translation>تعذّرت قراءة المسرد والملاحظات المستبعدة: %1. تُعاد المحاولة…</translation>
    </message>
    <message>
        <source>The translation memory could not be read: %1. Trying again…</source>
        <translation>تعذّرت قراءة ذاكرة الترجمة: %1. تُعاد المحاولة…</translation>
    </message>
    <message>
        <source>The changed glossary could not be read: %1</source>
        <translation>تعذّرت قراءة المسرد بعد تغييره: %1</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>جارٍ قراءة المسرد…</translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has QA errors (%n): %2. Press Ctrl+Enter again to confirm it anyway.</source>
        <translation>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
            <numerusform>في المقطع %1 أخطاء فحص الجودة (%n): %2. اضغط Ctrl+Enter مرة أخرى لتأكيده رغم ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 was marked %2 with QA errors (%n): %3</source>
        <translation>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
            <numerusform>وُسم المقطع %1 بأنه %2 مع أخطاء تدقيق (%n): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>لم يُكتب سطر سجل النشاط «%1»: %2</translation>
    </message>
    <message>
        <source>The finding was not marked “not an error”: %1. It is shown again.</source>
        <translation>لم تُعلَّم الملاحظة «ليست خطأً»: %1. أُعيد عرضها.</translation>
    </message>
    <message numerus="yes">
        <source>The same translation was given to %n other segment(s) with this source.</source>
        <translation>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
            <numerusform>أُعطيت الترجمة نفسها لمقاطع أخرى لها المصدر نفسه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed segment(s) with this source keep another translation.</source>
        <translation>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
            <numerusform>مقاطع مؤكَّدة لها المصدر نفسه تحتفظ بترجمة أخرى: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>أضف «%1» إلى القاموس</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>لم يُعثر عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 segment(s).</source>
        <translation>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من المقاطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the translation memory for pre-translation…</source>
        <translation>جارٍ قراءة ذاكرة الترجمة للترجمة المسبقة…</translation>
    </message>
    <message>
        <source>Pre-translation could not read the translation memory: %1</source>
        <translation>تعذّر على الترجمة المسبقة قراءة ذاكرة الترجمة: %1</translation>
    </message>
    <message>
        <source>Reading the translation memory…</source>
        <translation>جارٍ قراءة ذاكرة الترجمة…</translation>
    </message>
    <message>
        <source>checking %1%…</source>
        <translation>جارٍ الفحص %1%…</translation>
    </message>
    <message>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}٪ مترجم · {r:.0f}٪ مُراجَع · {s} متقادم</translation>
    </message>
    <message>
        <source>Reading the dismissed findings…</source>
        <translation>جارٍ قراءة الملاحظات المستبعدة…</translation>
    </message>
    <message>
        <source>The consistency check waits for the translation memory.</source>
        <translation>فحص الاتساق ينتظر ذاكرة الترجمة.</translation>
    </message>
</context>
<context>
    <name>Blocker</name>
    <message>
        <source>§%1 title [%2]: untranslated</source>
        <translation>§%1، العنوان [%2]: غير مترجم</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: untranslated</source>
        <translation>§%1، الفقرة %3 [%2]: غير مترجمة</translation>
    </message>
    <message>
        <source>§%1 title [%2]: stale: the source changed since translation</source>
        <translation>§%1، العنوان [%2]: قديم: تغيّر النص المصدر منذ الترجمة</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: stale: the source changed since translation</source>
        <translation>§%1، الفقرة %3 [%2]: قديمة: تغيّر النص المصدر منذ الترجمة</translation>
    </message>
    <message>
        <source>§%1 title [%2]: not approved (%4)</source>
        <translation>§%1، العنوان [%2]: غير معتمد (%4)</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: not approved (%4)</source>
        <translation>§%1، الفقرة %3 [%2]: غير معتمدة (%4)</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1، العنوان [%2]: تغيير مقترح (%4) من %5 لم يُقبل ولم يُرفض</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1، الفقرة %3 [%2]: تغيير مقترح (%4) من %5 لم يُقبل ولم يُرفض</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1، العنوان [%2]: تغيير مقترح (%4) لم يُقبل ولم يُرفض</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1، الفقرة %3 [%2]: تغيير مقترح (%4) لم يُقبل ولم يُرفض</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1، العنوان [%2]: ملاحظة مراجعة من %5 لم تُحل: %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1، الفقرة %3 [%2]: ملاحظة مراجعة من %5 لم تُحل: %4</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note not resolved: %4</source>
        <translation>§%1، العنوان [%2]: ملاحظة مراجعة لم تُحل: %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note not resolved: %4</source>
        <translation>§%1، الفقرة %3 [%2]: ملاحظة مراجعة لم تُحل: %4</translation>
    </message>
    <message>
        <source>{{%1}} has no value in %2 (first used in §%3)</source>
        <translation>{{%1}} بلا قيمة في %2 (أول استخدام في §%3)</translation>
    </message>
    <message>
        <source>§%1: clause %2 is a draft</source>
        <translation>§%1: البند %2 مسودة</translation>
    </message>
    <message>
        <source>§%1: clause %2 is deprecated</source>
        <translation>§%1: البند %2 متروك</translation>
    </message>
    <message>
        <source>§%1: the library has version %2 of %3 (the section has %4)</source>
        <translation>§%1: في المكتبة الإصدار %2 من %3 (والقسم على الإصدار %4)</translation>
    </message>
    <message>
        <source>no version of the policy has been approved</source>
        <translation>لم يُعتمد أي إصدار من السياسة</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved by %2</source>
        <translation>تغيّر النص منذ أن اعتمد %2 الإصدار %1</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved</source>
        <translation>تغيّر النص منذ اعتماد الإصدار %1</translation>
    </message>
    <message>
        <source>regulation %1: no file describes it</source>
        <translation>التشريع %1: لا يصفه أي ملف</translation>
    </message>
</context>
<context>
    <name>BlockerValue</name>
    <message>
        <source>untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>format</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>move</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>New clause</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>Edit clause</source>
        <translation>تحرير البند</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>العنوان (%1)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>إضافة صيغة بديلة…</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>الصياغة الأساسية</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>صيغة بديلة جديدة</translation>
    </message>
    <message>
        <source>Variant name:</source>
        <translation>اسم الصيغة البديلة:</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>ColumnWidthsDialog</name>
    <message>
        <source>Column widths</source>
        <translation>عرض الأعمدة</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Total: 100 %</source>
        <translation>المجموع: 100 %</translation>
    </message>
    <message>
        <source>Total: %1 % (the columns keep these proportions of the full width)</source>
        <translation>المجموع: %1 % (تحتفظ الأعمدة بهذه النسب من العرض الكامل)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>احفظ إصدارًا (ملف &gt; حفظ إصدار…) لمقارنة المسودة به.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>تصدير المقارنة…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>تعذّرت قراءة الإصدارات: %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>المسودة الحالية</translation>
    </message>
    <message>
        <source>Saving version… The draft is compared with it once it is saved.</source>
        <translation>جارٍ حفظ الإصدار… تُقارَن المسودة به بعد حفظه.</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>مستند Word بتعقّب التغييرات (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Save this comparison as a Word document with tracked changes, a web page or a PDF</source>
        <translation>احفظ هذه المقارنة مستند Word بتعقّب التغييرات أو صفحة ويب أو ملف PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>الإصدار %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>بحث السياق</translation>
    </message>
    <message>
        <source>A word or phrase, in either language (spelling variants are found too)</source>
        <translation>كلمة أو عبارة بأيٍّ من اللغتين (تُوجد صيغ الإملاء الأخرى أيضًا)</translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation>المصدر والهدف</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>المصدر فقط</translation>
    </message>
    <message>
        <source>Target only</source>
        <translation>الهدف فقط</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The concordance could not be built: %1</source>
        <translation>تعذّر إعداد بحث السياق: %1</translation>
    </message>
    <message>
        <source>Reading the translation memory and the library…</source>
        <translation>جارٍ قراءة ذاكرة الترجمة والمكتبة…</translation>
    </message>
    <message>
        <source>Double-click to go to this segment</source>
        <translation>انقر مرتين للانتقال إلى هذا المقطع</translation>
    </message>
    <message>
        <source>%1 segments searchable</source>
        <translation>%1 مقطعًا قابلًا للبحث</translation>
    </message>
    <message>
        <source>%1 matches in %2 segments</source>
        <translation>%1 نتيجة في %2 مقطعًا</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Details and order of sections</source>
        <translation>التفاصيل وترتيب الأقسام</translation>
    </message>
    <message>
        <source>Title and cover details, %1</source>
        <translation>العنوان وتفاصيل الغلاف، %1</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>المتغير %1</translation>
    </message>
    <message>
        <source>Section %1: its blocks and their order</source>
        <translation>القسم %1: فقراته وترتيبها</translation>
    </message>
    <message>
        <source>A removed block</source>
        <translation>فقرة محذوفة</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>%1, %2 text</source>
        <translation>%1، النص (%2)</translation>
    </message>
    <message>
        <source>%1, block layout</source>
        <translation>%1، تخطيط الفقرة</translation>
    </message>
    <message>
        <source>Someone else changed the same text</source>
        <translation>غيّر شخص آخر النص نفسه</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>أثناء تحريرك، حفظ شخص آخر نصًا مختلفًا في المواضع أدناه. لم يُكتب فوق أي شيء. اختر النص الذي تريد الاحتفاظ به في كل موضع.</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>محفوظ في مكان آخر</translation>
    </message>
    <message>
        <source>In this window</source>
        <translation>في هذه النافذة</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>خذ نصهم</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>احتفظ بنصي</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Regulations…</source>
        <translation>القوانين…</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>المتطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>إدراج البند</translation>
    </message>
    <message>
        <source>Confirm topic</source>
        <translation>تأكيد الموضوع</translation>
    </message>
    <message>
        <source>The section&apos;s text says this: count it for the requirement</source>
        <translation>نص القسم يذكر هذا: احتسبه لهذا المتطلب</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>الانتقال إلى القسم</translation>
    </message>
    <message>
        <source>Open a policy to see its coverage.</source>
        <translation>افتح سياسة لترى مدى تغطيتها للمتطلبات.</translation>
    </message>
    <message>
        <source>Choose the regulations this policy is under to see what it still needs to say.</source>
        <translation>اختر القوانين التي تخضع لها هذه السياسة لترى ما يلزم أن تذكره بعد.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>جارٍ قراءة المكتبة…</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 متبقية</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>%1 covered, %2 partly, %3 missing, %4 not applicable</source>
        <translation>%1 مغطاة، %2 جزئيا، %3 ناقصة، %4 لا تنطبق</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>مغطى</translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation>مغطى جزئيا</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ناقص: %1</translation>
    </message>
    <message>
        <source>said in %1? confirm</source>
        <translation>مذكور في %1؟ أكّد</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>المكتبة: %1</translation>
    </message>
    <message>
        <source>Insert clause adds “%1” from the library.</source>
        <translation>«إدراج البند» يضيف «%1» من المكتبة.</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>تعذّر تسجيل القوانين المختارة على أنها اطُّلع عليها (لن يُشار إلى أي تغيير لاحق فيها): %1</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>تعديلاتك الأخيرة لم تُحفظ بعد ({reason}). إنها باقية في هذه النافذة: استخدم ملف › حفظ نسخة باسم… للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>تعديلاتك حتى هذه اللحظة محفوظة في مساحة العمل.</translation>
    </message>
    <message>
        <source>Details were written to {path}.</source>
        <translation>كُتبت التفاصيل في {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>moved and changed</source>
        <translation>منقول ومعدَّل</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>نُقل من هنا</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>رابط %1</translation>
    </message>
    <message>
        <source>bullet item</source>
        <translation>بند نقطي</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>بند مرقّم</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source> — from section %1</source>
        <translation> — من القسم %1</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Changed sections only</source>
        <translation>الأقسام المعدَّلة فقط</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>اللغتان معًا</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>التغيير %1 من %2</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>لا توجد مقارنة بعد.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>الأقسام: %1 مُضاف، %2 محذوف، %3 منقول، %4 معدَّل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>معاينة الطباعة — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>أين مساحة عملي؟</translation>
    </message>
    <message>
        <source>Your clause library, policies and versions are saved in this file. Back it up or share it like any document.</source>
        <translation>تُحفظ مكتبة البنود والسياسات والإصدارات في هذا الملف. انسخه احتياطيًا أو شاركه كأي مستند.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Policy Studio %1

Write bilingual privacy policies from a library of vetted clauses, translate them side by side and compare their versions.

Qt %2</source>
        <translation>Policy Studio %1

اكتب سياسات خصوصية ثنائية اللغة من مكتبة بنود معتمدة، وترجمها جنبًا إلى جنب، وقارن بين إصداراتها.

Qt %2</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>تحرير الترجمة</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>استيراد الترجمات</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>إدراج قسم</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>إزالة القسم</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>تكرار القسم</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <source>Change policy properties</source>
        <translation>تغيير خصائص السياسة</translation>
    </message>
    <message>
        <source>Make section local</source>
        <translation>جعل القسم محليًا</translation>
    </message>
    <message>
        <source>Link section to library</source>
        <translation>ربط القسم بالمكتبة</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>حفظ القسم في المكتبة</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>تأكيد الترجمة</translation>
    </message>
    <message>
        <source>Confirm and propagate translation</source>
        <translation>تأكيد الترجمة ونشرها</translation>
    </message>
    <message>
        <source>Pre-translate</source>
        <translation>ترجمة مسبقة</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>إدراج «%1»</translation>
    </message>
    <message>
        <source>Update “%1” from library</source>
        <translation>تحديث «%1» من المكتبة</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>إضافة اللغة %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>إزالة اللغة %1</translation>
    </message>
    <message>
        <source>Set regulations</source>
        <translation>تعيين اللوائح</translation>
    </message>
    <message>
        <source>Change column widths</source>
        <translation>تغيير عرض الأعمدة</translation>
    </message>
    <message>
        <source>Approve translations</source>
        <translation>اعتماد الترجمات</translation>
    </message>
    <message>
        <source>Propagate translation</source>
        <translation>تعميم الترجمة</translation>
    </message>
    <message>
        <source>Confirm section topics</source>
        <translation>تأكيد موضوعات القسم</translation>
    </message>
    <message>
        <source>Change paragraph type</source>
        <translation>تغيير نوع الفقرة</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>حذف فقرة</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>تقسيم الفقرة</translation>
    </message>
    <message>
        <source>Create clause %1</source>
        <translation>إنشاء البند %1</translation>
    </message>
    <message>
        <source>Edit clause %1</source>
        <translation>تحرير البند %1</translation>
    </message>
    <message>
        <source>Approve clause %1</source>
        <translation>اعتماد البند %1</translation>
    </message>
    <message>
        <source>Deprecate clause %1</source>
        <translation>إهمال البند %1</translation>
    </message>
    <message>
        <source>Return clause %1 to draft</source>
        <translation>إعادة البند %1 إلى مسودة</translation>
    </message>
    <message>
        <source>Accept proposed change</source>
        <translation>قبول التغيير المقترح</translation>
    </message>
    <message>
        <source>Reject proposed change</source>
        <translation>رفض التغيير المقترح</translation>
    </message>
    <message>
        <source>Resolve review note</source>
        <translation>حل ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>Reopen review note</source>
        <translation>إعادة فتح ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>تعيين %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>استعادة الإصدار %1</translation>
    </message>
    <message>
        <source>Set %1 (%2)</source>
        <translation>تعيين %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export policy</source>
        <translation>تصدير السياسة</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>مستند Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>XLIFF, for translation tools</source>
        <translation>XLIFF لأدوات الترجمة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Side by side (columns)</source>
        <translation>جنبًا إلى جنب (أعمدة)</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>واحدة تلو الأخرى</translation>
    </message>
    <message>
        <source>Each language&apos;s own digits (٠١٢ in Arabic)</source>
        <translation>أرقام كل لغة (٠١٢ في العربية)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Add approver</source>
        <translation>إضافة معتمِد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Checking whether the text is ready for sign-off…</source>
        <translation>جارٍ التحقق من جاهزية النص للاعتماد…</translation>
    </message>
    <message>
        <source>Preview shows the first {n} sections.</source>
        <translation>تعرض المعاينة أول {n} من الأقسام.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ الملف المُصدَّر.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message>
        <source>Laying out the policy…</source>
        <translation>جارٍ تنسيق السياسة…</translation>
    </message>
    <message>
        <source>Breaking it into pages…</source>
        <translation>جارٍ تقسيمها إلى صفحات…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>Breaking it into pages… page {n}</source>
        <translation>جارٍ تقسيمها إلى صفحات… الصفحة {n}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message numerus="yes">
        <source>Marked &quot;Draft — not approved&quot; (blockers: %n).</source>
        <translation>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
            <numerusform>وُسمت «مسودة — غير معتمدة»: العوائق %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>الهدف (%1)</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>المصدر (%1)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics and letter variants</source>
        <translation>تجاهل التشكيل وصور الحروف العربية</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>ابحث عن:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>استبدل بـ:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>في:</translation>
    </message>
    <message>
        <source>Variables and link addresses are never changed.</source>
        <translation>لا تُغيَّر المتغيرات ولا عناوين الروابط أبدًا.</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>same as source</source>
        <translation>مطابق للمصدر</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>عناوين البريد</translation>
    </message>
    <message>
        <source>links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>المتغيرات</translation>
    </message>
    <message>
        <source>length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>invisible characters</source>
        <translation>محارف غير مرئية</translation>
    </message>
    <message>
        <source>brackets</source>
        <translation>الأقواس</translation>
    </message>
    <message>
        <source>dates in RTL</source>
        <translation>التواريخ في النص العربي</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>forbidden term</source>
        <translation>مصطلح محظور</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>النفي</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>الضمان</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>الجمل</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>عناصر القائمة</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>الاتساق</translation>
    </message>
    <message>
        <source>number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>عنوان البريد</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>نص غامق</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>نص مائل</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>النقطية</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>المرقمة</translation>
    </message>
    <message>
        <source>a negation</source>
        <translation>نفيًا</translation>
    </message>
    <message>
        <source>an absolute or a guarantee</source>
        <translation>إطلاقًا أو ضمانًا</translation>
    </message>
    <message>
        <source>a word for all or every</source>
        <translation>كلمة بمعنى الكل أو كل</translation>
    </message>
    <message>
        <source>a word for only</source>
        <translation>كلمة بمعنى فقط</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>لا ترجمة بعد</translation>
    </message>
    <message>
        <source>translation of an empty source text</source>
        <translation>ترجمة لنص مصدر فارغ</translation>
    </message>
    <message>
        <source>the translation is the same as the source</source>
        <translation>الترجمة مطابقة للمصدر</translation>
    </message>
    <message>
        <source>%1 %2 is missing in the translation</source>
        <translation>%1 %2 غير موجود في الترجمة</translation>
    </message>
    <message>
        <source>%1 %2 is not in the source</source>
        <translation>%1 %2 غير موجود في المصدر</translation>
    </message>
    <message>
        <source>date %1 is missing in the translation</source>
        <translation>التاريخ %1 غير موجود في الترجمة</translation>
    </message>
    <message>
        <source>date %1 is not in the source</source>
        <translation>التاريخ %1 غير موجود في المصدر</translation>
    </message>
    <message>
        <source>variable %1 is missing in the translation</source>
        <translation>المتغير %1 غير موجود في الترجمة</translation>
    </message>
    <message>
        <source>variable %1 is not in the source</source>
        <translation>المتغير %1 غير موجود في المصدر</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×): text may be missing</source>
        <translation>طول الترجمة %1× طول المصدر (عادةً %2×): قد يكون نص ناقصًا</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×)</source>
        <translation>طول الترجمة %1× طول المصدر (عادةً %2×)</translation>
    </message>
    <message>
        <source>invisible character %1: the text may display differently from what is stored</source>
        <translation>محرف غير مرئي %1: قد يُعرض النص بخلاف المخزَّن</translation>
    </message>
    <message>
        <source>the date %1 displays as %2 in right-to-left text; write it with slashes (%3) to keep its order</source>
        <translation>يظهر التاريخ %1 بصورة %2 في النص من اليمين إلى اليسار؛ اكتبه بشرطات مائلة (%3) ليحافظ على ترتيبه</translation>
    </message>
    <message>
        <source>unbalanced %1 in the translation</source>
        <translation>%1 غير متوازن في الترجمة</translation>
    </message>
    <message>
        <source>“%1” should be translated as “%2”</source>
        <translation>ينبغي ترجمة «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>“%1” is a forbidden translation of “%2” in the glossary%3</source>
        <translation>«%1» ترجمة محظورة لـ«%2» في المسرد%3</translation>
    </message>
    <message>
        <source>the source has %1 %2 element(s), the translation %3: “%4” has no counterpart</source>
        <translation>في المصدر %1 من عناصر %2، وفي الترجمة %3: «%4» لا مقابل له</translation>
    </message>
    <message>
        <source>the translation has %1 %2 element(s), the source %3: “%4” is not in the source</source>
        <translation>في الترجمة %1 من عناصر %2، وفي المصدر %3: «%4» غير موجود في المصدر</translation>
    </message>
    <message>
        <source>the %1 list has %2 items in %3 but %4 in %5</source>
        <translation>في القائمة %1 عدد %2 من العناصر في %3 لكن %4 في %5</translation>
    </message>
    <message>
        <source>the same source is translated differently in %1: “%2”</source>
        <translation>المصدر نفسه مترجم بصورة مختلفة في %1: «%2»</translation>
    </message>
    <message>
        <source>%1 translates the same source as “%2”</source>
        <translation>يترجم %1 المصدر نفسه إلى «%2»</translation>
    </message>
    <message>
        <source>this sentence of the source seems to have no translation: %1 “%2”</source>
        <translation>يبدو أن هذه الجملة من المصدر بلا ترجمة: %1 «%2»</translation>
    </message>
    <message>
        <source>this sentence of the translation seems to have no source: %1 “%2”</source>
        <translation>يبدو أن هذه الجملة من الترجمة بلا مصدر: %1 «%2»</translation>
    </message>
    <message>
        <source>the source has %1 (“%2”) that the translation does not: %3 “%4” — %5 “%6”</source>
        <translation>في المصدر %1 («%2») ليس في الترجمة: %3 «%4» — %5 «%6»</translation>
    </message>
    <message>
        <source>the translation has %1 (“%2”) that the source does not: %3 “%4” — %5 “%6”</source>
        <translation>في الترجمة %1 («%2») ليس في المصدر: %3 «%4» — %5 «%6»</translation>
    </message>
    <message>
        <source>the modality changed: the source says “%1”, the translation “%2” (%3 “%4” — %5 “%6”)</source>
        <translation>تغيّرت الصيغة: في المصدر «%1» وفي الترجمة «%2» (%3 «%4» — %5 «%6»)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>info</source>
        <translation>معلومة</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Not an error</source>
        <translation>ليس خطأً</translation>
    </message>
    <message>
        <source>Why it is not an error (recorded)</source>
        <translation>لماذا ليس خطأً (يُسجَّل)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظةً</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · لا أخطاء</numerusform>
            <numerusform> · خطأ واحد</numerusform>
            <numerusform> · خطآن</numerusform>
            <numerusform> · %n أخطاء</numerusform>
            <numerusform> · %n خطأً</numerusform>
            <numerusform> · %n خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %1 of %2 sections</source>
        <translation>جارٍ الفحص… %1 من %2 من الأقسام</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>info</source>
        <translation>معلومة</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary: %1 → %2</source>
        <translation>المسرد: %1 ← %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>The translation must not be used: the QA check reports it as an error</source>
        <translation>يجب ألا تُستخدم هذه الترجمة: يبلغ عنها فحص الجودة كخطأ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Add term pairs from a TBX or CSV file</source>
        <translation>أضف أزواج مصطلحات من ملف TBX أو CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Write this glossary as TBX or CSV</source>
        <translation>احفظ هذا المسرد بصيغة TBX أو CSV</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>استيراد مسرد</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv)</source>
        <translation>المسارد (*.tbx *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>%1 term pairs read: %2 added, %3 already in the glossary.</source>
        <translation>قُرئ %1 زوجًا من المصطلحات: أُضيف %2، و%3 موجودة في المسرد.</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>تصدير المسرد</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV (*.csv)</source>
        <translation>TBX (*.tbx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 term pairs to %2.</source>
        <translation>كُتب %1 زوجًا من المصطلحات في %2.</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>جارٍ قراءة المسرد…</translation>
    </message>
    <message>
        <source>The glossary could not be read: %1</source>
        <translation>تعذّرت قراءة المسرد: %1</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Double-click to switch required / forbidden</source>
        <translation>انقر نقرًا مزدوجًا للتبديل بين إلزامي ومحظور</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not saved: %3</source>
        <translation>لم يُحفظ «%1» ← «%2»: %3</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not added: %3</source>
        <translation>لم يُضف «%1» ← «%2»: %3</translation>
    </message>
    <message>
        <source>The terms were not removed: %1</source>
        <translation>لم تُحذف المصطلحات: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Open a policy to see its versions.</source>
        <translation>افتح سياسة لعرض إصداراتها.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>مقارنة بالمسودة</translation>
    </message>
    <message>
        <source>Restore as draft</source>
        <translation>استعادة كمسودة</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>وضع علامة معتمد</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Reading versions…</source>
        <translation>جارٍ قراءة الإصدارات…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>تعذّرت قراءة الإصدارات: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>اعتمده %1، %2</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>سحب الاعتماد</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>تعذّر حفظ الإصدار: %1</translation>
    </message>
    <message>
        <source>Saving version…</source>
        <translation>جارٍ حفظ الإصدار…</translation>
    </message>
    <message>
        <source>Withdrawing the approval…</source>
        <translation>جارٍ سحب الاعتماد…</translation>
    </message>
    <message>
        <source>The approval could not be withdrawn: %1</source>
        <translation>تعذّر سحب الاعتماد: %1</translation>
    </message>
    <message>
        <source>The version could not be checked: %1</source>
        <translation>تعذّر فحص الإصدار: %1</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>جارٍ الاعتماد…</translation>
    </message>
    <message>
        <source>The version could not be approved: %1</source>
        <translation>تعذّر اعتماد الإصدار: %1</translation>
    </message>
    <message>
        <source>Checking the version…</source>
        <translation>جارٍ فحص الإصدار…</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) is not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
            <numerusform>الإصدار %1 (%2) ليس جاهزًا للاعتماد (العوائق: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve it anyway? The blockers are written in the activity log.</source>
        <translation>هل تعتمده رغم ذلك؟ تُسجَّل العوائق في سجل النشاط.</translation>
    </message>
    <message>
        <source>Approve a version with blockers?</source>
        <translation>اعتماد إصدار به عوائق؟</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>اعتماد رغم ذلك</translation>
    </message>
</context>
<context>
    <name>ImportPairsModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>بند نقطي</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>بند مرقّم</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Table cell</source>
        <translation>خلية جدول</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>مطابَق</translation>
    </message>
    <message>
        <source>Check this pair</source>
        <translation>تحقّق من هذا الزوج</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>في %1 فقط</translation>
    </message>
    <message>
        <source>Cells without a partner: %1</source>
        <translation>خلايا بلا مقابل: %1</translation>
    </message>
    <message>
        <source>Paired by you</source>
        <translation>طابقتَه أنت</translation>
    </message>
    <message>
        <source>Unpaired by you</source>
        <translation>فصلتَه أنت</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1، الفقرة %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;فقرة</translation>
    </message>
    <message>
        <source>&amp;Bullet</source>
        <translation>&amp;نقطة</translation>
    </message>
    <message>
        <source>&amp;Numbered</source>
        <translation>&amp;مرقّم</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>بند نقطي</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>بند مرقّم</translation>
    </message>
    <message>
        <source>break</source>
        <translation>فاصل</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>(one language after the other)</source>
        <translation>(لغة تلو الأخرى)</translation>
    </message>
    <message>
        <source>(paragraph by paragraph)</source>
        <translation>(فقرة بفقرة)</translation>
    </message>
    <message>
        <source>this correction cannot be made</source>
        <translation>لا يمكن إجراء هذا التصحيح</translation>
    </message>
    <message>
        <source>a table pairs only with a table</source>
        <translation>لا يُطابَق الجدول إلا مع جدول</translation>
    </message>
    <message>
        <source>a table row keeps its kind; split and merge work on text</source>
        <translation>صف الجدول يبقى على نوعه؛ القسمة والدمج للنصوص فقط</translation>
    </message>
    <message>
        <source>a title, date or break keeps its kind</source>
        <translation>العنوان أو التاريخ أو الفاصل يبقى على نوعه</translation>
    </message>
    <message>
        <source>only a line and a later line of the same file merge</source>
        <translation>لا يُدمج إلا سطر مع سطر يليه من الملف نفسه</translation>
    </message>
    <message>
        <source>only two languages are imported: this would be a third</source>
        <translation>لا تُستورد إلا لغتان: هذه ستكون ثالثة</translation>
    </message>
    <message>
        <source>pairs need two languages</source>
        <translation>المطابقة تحتاج إلى لغتين</translation>
    </message>
    <message>
        <source>split inside the text, not at its start or end</source>
        <translation>اقسم داخل النص، لا عند بدايته أو نهايته</translation>
    </message>
    <message>
        <source>the import changed this line&apos;s text; split it elsewhere</source>
        <translation>غيّر الاستيراد نص هذا السطر؛ اقسمه في موضع آخر</translation>
    </message>
    <message>
        <source>the line is no longer there</source>
        <translation>السطر لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the line is no longer there (an earlier correction split it)</source>
        <translation>السطر لم يعد موجودًا (قسمه تصحيح سابق)</translation>
    </message>
    <message>
        <source>the source text is no longer there</source>
        <translation>النص المصدر لم يعد موجودًا</translation>
    </message>
    <message>
        <source>the title has a translation already</source>
        <translation>للعنوان ترجمة بالفعل</translation>
    </message>
    <message>
        <source>the translation is no longer there</source>
        <translation>الترجمة لم تعد موجودة</translation>
    </message>
    <message>
        <source>the two tables have different rows or columns</source>
        <translation>للجدولين صفوف أو أعمدة مختلفة</translation>
    </message>
    <message>
        <source>these texts are paired already</source>
        <translation>هذان النصان متطابقان بالفعل</translation>
    </message>
    <message>
        <source>this text has no partner to unpair</source>
        <translation>ليس لهذا النص مقابل لفصله عنه</translation>
    </message>
    <message>
        <source>Add a &amp;translation file…</source>
        <translation>إضافة ملف &amp;ترجمة…</translation>
    </message>
    <message>
        <source>Selected text is a:</source>
        <translation>النص المحدد هو:</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;قسمة…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation>&amp;مطابقة</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;فصل</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Keep the dropped line</source>
        <translation>ا&amp;حتفظ بالسطر المحذوف</translation>
    </message>
    <message>
        <source>Import the line selected in the report as a paragraph after all</source>
        <translation>استورد السطر المحدد في التقرير فقرةً في النهاية</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sections.</source>
        <translation>عدد الأقسام: %1.</translation>
    </message>
    <message>
        <source>%1: %2 words in, %3 imported, %4 dropped, %5 changed.</source>
        <translation>%1: %2 كلمة في الملف، %3 مستوردة، %4 محذوفة، %5 معدّلة.</translation>
    </message>
    <message>
        <source>%1 pairs to check (kept as drafts).</source>
        <translation>أزواج يجب التحقق منها: %1 (محفوظة كمسودات).</translation>
    </message>
    <message>
        <source>In one language only: %1.</source>
        <translation>بلغة واحدة فقط: %1.</translation>
    </message>
    <message>
        <source>Not applied (the text it named is gone): %1</source>
        <translation>لم يُطبَّق (النص المقصود لم يعد موجودًا): %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>Dropped — %1: “%2” (%3)</source>
        <translation>حُذف — %1: «%2» (%3)</translation>
    </message>
    <message>
        <source>Changed — %1: “%2” (%3)</source>
        <translation>عُدّل — %1: «%2» (%3)</translation>
    </message>
    <message>
        <source>Joined into one block — %1: “%2”</source>
        <translation>ضُمّ في كتلة واحدة — %1: «%2»</translation>
    </message>
    <message>
        <source>Split over %3 blocks — %1: “%2”</source>
        <translation>قُسّم على %3 كتل — %1: «%2»</translation>
    </message>
    <message>
        <source>Check this pair — %1: %2 (%3)</source>
        <translation>تحقّق من هذا الزوج — %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No partner in %3 — %1: “%2”</source>
        <translation>لا مقابل له في %3 — %1: «%2»</translation>
    </message>
    <message>
        <source>Read as %2 — %1</source>
        <translation>قُرئ بترميز %2 — %1</translation>
    </message>
    <message>
        <source>Language — %1: %2</source>
        <translation>اللغة — %1: %2</translation>
    </message>
    <message>
        <source>Warning: %2</source>
        <translation>تنبيه: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 → %4</source>
        <translation>«%1» (%2): %3 ← %4</translation>
    </message>
    <message>
        <source>“%1” (%2): language %3 → %4</source>
        <translation>«%1» (%2): اللغة %3 ← %4</translation>
    </message>
    <message>
        <source>“%1” (%2) split before “%3”</source>
        <translation>«%1» (%2) قُسّم قبل «%3»</translation>
    </message>
    <message>
        <source>“%1” (%2) kept apart from the text before it</source>
        <translation>«%1» (%2) فُصل عن النص الذي قبله</translation>
    </message>
    <message>
        <source>“%1” (%2) merged with “%3” (%4)</source>
        <translation>«%1» (%2) دُمج مع «%3» (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) paired with “%3” (%4)</source>
        <translation>«%1» (%2) طوبق مع «%3» (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) unpaired from “%3”</source>
        <translation>«%1» (%2) فُصل عن «%3»</translation>
    </message>
    <message>
        <source>A translation file&apos;s text is in the file&apos;s language.</source>
        <translation>نص ملف الترجمة بلغة الملف.</translation>
    </message>
    <message>
        <source>The language the selected text is written in</source>
        <translation>اللغة التي كُتب بها النص المحدد</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>%1 corrections</source>
        <translation>تصحيحات: %1</translation>
    </message>
    <message>
        <source>Import preview — %1</source>
        <translation>معاينة الاستيراد — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>عنصر قائمة</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>صف جدول</translation>
    </message>
    <message>
        <source>thematic break</source>
        <translation>فاصل موضوعي</translation>
    </message>
    <message>
        <source>numbered heading</source>
        <translation>عنوان مرقّم</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>عنصر مرقّم</translation>
    </message>
    <message>
        <source>title-like line</source>
        <translation>سطر يشبه العنوان</translation>
    </message>
    <message>
        <source>first title-like line</source>
        <translation>أول سطر يشبه العنوان</translation>
    </message>
    <message>
        <source>first level-1 heading</source>
        <translation>أول عنوان من المستوى 1</translation>
    </message>
    <message>
        <source>ends with a colon</source>
        <translation>ينتهي بنقطتين رأسيتين</translation>
    </message>
    <message>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>introduces a list</source>
        <translation>يمهّد لقائمة</translation>
    </message>
    <message>
        <source>bullet over a sub-list</source>
        <translation>نقطة فوق قائمة فرعية</translation>
    </message>
    <message>
        <source>block of short lines</source>
        <translation>كتلة من أسطر قصيرة</translation>
    </message>
    <message>
        <source>wrapped paragraph</source>
        <translation>فقرة ملتفّة على عدة أسطر</translation>
    </message>
    <message>
        <source>bold line</source>
        <translation>سطر عريض</translation>
    </message>
    <message>
        <source>bold paragraph</source>
        <translation>فقرة عريضة</translation>
    </message>
    <message>
        <source>short bold paragraph</source>
        <translation>فقرة عريضة قصيرة</translation>
    </message>
    <message>
        <source>typed bullet</source>
        <translation>نقطة مكتوبة باليد</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>تاريخ السريان</translation>
    </message>
    <message>
        <source>a second date line (kept as text)</source>
        <translation>سطر تاريخ ثانٍ (أُبقي نصًا)</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>عنوان مكرّر</translation>
    </message>
    <message>
        <source>source note</source>
        <translation>ملاحظة المصدر</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>عناصر تنقّل</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>image missing</source>
        <translation>صورة مفقودة</translation>
    </message>
    <message>
        <source>stray symbol</source>
        <translation>رمز شارد</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>كتلة شيفرة</translation>
    </message>
    <message>
        <source>raw HTML</source>
        <translation>HTML خام</translation>
    </message>
    <message>
        <source>template tag</source>
        <translation>وسم قالب</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>بيانات التمهيد (front matter)</translation>
    </message>
    <message>
        <source>front matter title</source>
        <translation>عنوان بيانات التمهيد</translation>
    </message>
    <message>
        <source>front matter date</source>
        <translation>تاريخ بيانات التمهيد</translation>
    </message>
    <message>
        <source>page title</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>خصائص المستند</translation>
    </message>
    <message>
        <source>text in a block</source>
        <translation>نص داخل كتلة</translation>
    </message>
    <message>
        <source>heading style</source>
        <translation>نمط عنوان</translation>
    </message>
    <message>
        <source>outline level</source>
        <translation>مستوى المخطط</translation>
    </message>
    <message>
        <source>Title style</source>
        <translation>نمط «العنوان»</translation>
    </message>
    <message>
        <source>list style</source>
        <translation>نمط قائمة</translation>
    </message>
    <message>
        <source>contents list</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <source>title of an export</source>
        <translation>عنوان ملف مُصدَّر</translation>
    </message>
    <message>
        <source>cover of an export</source>
        <translation>غلاف ملف مُصدَّر</translation>
    </message>
    <message>
        <source>effective date of an export</source>
        <translation>تاريخ سريان ملف مُصدَّر</translation>
    </message>
    <message>
        <source>not-translated marker of an export</source>
        <translation>علامة «غير مترجم» في ملف مُصدَّر</translation>
    </message>
    <message>
        <source>title in the second language</source>
        <translation>العنوان باللغة الثانية</translation>
    </message>
    <message>
        <source>item with its own marker (kept in the text)</source>
        <translation>بند بعلامته الخاصة (أُبقيت العلامة في النص)</translation>
    </message>
    <message>
        <source>numbered item “N- ”</source>
        <translation>بند مرقّم «N- »</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>حاشية سفلية</translation>
    </message>
    <message>
        <source>endnote</source>
        <translation>تعليق ختامي</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>رأس الصفحة</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>تذييل الصفحة</translation>
    </message>
    <message>
        <source>outside the page&apos;s main content</source>
        <translation>خارج المحتوى الرئيسي للصفحة</translation>
    </message>
    <message>
        <source>sign-off block of an export</source>
        <translation>قسم الاعتماد في ملف مُصدَّر</translation>
    </message>
    <message>
        <source>draft notice of an export</source>
        <translation>تنبيه المسودة في ملف مُصدَّر</translation>
    </message>
    <message>
        <source>version line of an export (a version gets its label when it is saved)</source>
        <translation>سطر الإصدار في ملف مُصدَّر (يأخذ الإصدار تسميته عند حفظه)</translation>
    </message>
    <message>
        <source>front-matter title, repeated by the page&apos;s heading</source>
        <translation>عنوان من بيانات التمهيد يكرّره عنوان الصفحة</translation>
    </message>
    <message>
        <source>front-matter title (the page&apos;s own heading is the title)</source>
        <translation>عنوان من بيانات التمهيد (عنوان الصفحة نفسها هو العنوان الرئيسي)</translation>
    </message>
    <message>
        <source>colon after the heading left out</source>
        <translation>حُذفت النقطتان بعد العنوان</translation>
    </message>
    <message>
        <source>template tags ({% … %}) left out</source>
        <translation>حُذفت وسوم القالب ({% … %})</translation>
    </message>
    <message>
        <source>not-translated marker of an export: no text in this language</source>
        <translation>علامة «غير مترجم» في ملف مُصدَّر: لا نص بهذه اللغة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>debris</source>
        <translation>حشو الصفحة</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>غيّرتَه أنت</translation>
    </message>
    <message>
        <source>split by you</source>
        <translation>قسمتَه أنت</translation>
    </message>
    <message>
        <source>merged by you</source>
        <translation>دمجتَه أنت</translation>
    </message>
    <message>
        <source>different numbers, links or e-mail addresses</source>
        <translation>أرقام أو روابط أو عناوين بريد إلكتروني مختلفة</translation>
    </message>
    <message>
        <source>numbers, links or e-mail addresses on one side only</source>
        <translation>أرقام أو روابط أو عناوين بريد إلكتروني في جهة واحدة فقط</translation>
    </message>
    <message>
        <source>names kept in Latin letters are missing on the other side</source>
        <translation>أسماء مكتوبة بحروف لاتينية غائبة في الجهة الأخرى</translation>
    </message>
    <message>
        <source>far from the same place in the document</source>
        <translation>بعيد عن الموضع نفسه في المستند</translation>
    </message>
    <message>
        <source>weak evidence</source>
        <translation>أدلة ضعيفة</translation>
    </message>
    <message>
        <source>heading level %1</source>
        <translation>عنوان من المستوى %1</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>عنوان %1</translation>
    </message>
    <message>
        <source>numbering (%1)</source>
        <translation>ترقيم (%1)</translation>
    </message>
    <message>
        <source>bullet “%1”</source>
        <translation>نقطة «%1»</translation>
    </message>
    <message>
        <source>%1 on the cover of an export</source>
        <translation>%1 على غلاف ملف مُصدَّر</translation>
    </message>
    <message>
        <source>comment by %1 (comments are not imported)</source>
        <translation>تعليق من %1 (لا تُستورد التعليقات)</translation>
    </message>
    <message>
        <source>comment by %1 on “%2” (comments are not imported)</source>
        <translation>تعليق من %1 على «%2» (لا تُستورد التعليقات)</translation>
    </message>
    <message>
        <source>tracked deletion by %1 (the import takes the changes as accepted)</source>
        <translation>حذف متتبَّع من %1 (يأخذ الاستيراد التغييرات على أنها مقبولة)</translation>
    </message>
    <message>
        <source>moved by %1: its old place (the text is kept where it was moved to)</source>
        <translation>نقله %1: موضعه القديم (يبقى النص حيث نُقل)</translation>
    </message>
    <message>
        <source>typed number “%1” taken as numbering</source>
        <translation>أُخذ الرقم المكتوب «%1» ترقيمًا</translation>
    </message>
    <message>
        <source>item number “%1” taken as list numbering</source>
        <translation>أُخذ رقم البند «%1» ترقيمًا للقائمة</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s %1 in %2 (Policy › Properties), not as text</source>
        <translation>حُفظ بوصفه %1 السياسة في %2 (السياسة › الخصائص)، لا بوصفه نصًا</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s effective date (%1), not as text</source>
        <translation>حُفظ بوصفه تاريخ سريان السياسة (%1)، لا بوصفه نصًا</translation>
    </message>
    <message>
        <source>a variable of an export: kept as the value of {{%1}} in %2</source>
        <translation>متغير من ملف مُصدَّر: حُفظ بوصفه قيمة {{%1}} في %2</translation>
    </message>
    <message>
        <source>lengths differ (%1 and %2 characters)</source>
        <translation>الطولان مختلفان (%1 و%2 حرفًا)</translation>
    </message>
    <message>
        <source>a %1 paired with a %2</source>
        <translation>%1 مقترن بـ%2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان رئيسي</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>table cell</source>
        <translation>خلية جدول</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>address</source>
        <translation>عنوان بريدي</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (any language)…</source>
        <translation>ابحث في البنود (بأي لغة)…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Insert into policy</source>
        <translation>إدراج في السياسة</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>تحرير البند…</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>الصياغة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Clause versions</source>
        <translation>إصدارات البند</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>تعذّرت قراءة المكتبة: %1</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>لا بنود</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>تغيّر القانون: %1</translation>
    </message>
    <message>
        <source>it is no longer in the library</source>
        <translation>لم يعد موجودًا في المكتبة</translation>
    </message>
    <message>
        <source>The clause could not be read: %1</source>
        <translation>تعذّرت قراءة البند: %1</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>الصياغة الأساسية</translation>
    </message>
    <message>
        <source>Versions of the clause “%1”</source>
        <translation>إصدارات البند «%1»</translation>
    </message>
    <message>
        <source>Deprecated: do not use in new policies</source>
        <translation>مُهمَل: لا تستخدمه في سياسات جديدة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Preview in:</source>
        <translation>المعاينة بـ:</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>مكتبة البنود</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>المتغيرات</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>مساحة عمل جديدة…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>فتح الأخيرة</translation>
    </message>
    <message>
        <source>New policy…</source>
        <translation>سياسة جديدة…</translation>
    </message>
    <message>
        <source>New policy from questionnaire…</source>
        <translation>سياسة جديدة من الاستبيان…</translation>
    </message>
    <message>
        <source>Policy properties…</source>
        <translation>خصائص السياسة…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>Import document…</source>
        <translation>استيراد مستند…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export for translation (XLIFF)…</source>
        <translation>تصدير للترجمة (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translation (XLIFF)…</source>
        <translation>استيراد ترجمة (XLIFF)…</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>تصدير المقارنة…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Your name…</source>
        <translation>اسمك…</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <source>Insert selected clause</source>
        <translation>إدراج البند المحدد</translation>
    </message>
    <message>
        <source>Save section to library…</source>
        <translation>حفظ القسم في المكتبة…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>New clause…</source>
        <translation>بند جديد…</translation>
    </message>
    <message>
        <source>Edit selected clause…</source>
        <translation>تحرير البند المحدد…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>مقارنة الإصدارات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Reset panel layout</source>
        <translation>إعادة تعيين ترتيب الألواح</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <source>Import translation memory (TMX)…</source>
        <translation>استيراد ذاكرة الترجمة (TMX)…</translation>
    </message>
    <message>
        <source>Export translation memory (TMX)…</source>
        <translation>تصدير ذاكرة الترجمة (TMX)…</translation>
    </message>
    <message>
        <source>Regulation coverage</source>
        <translation>التغطية القانونية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>أين مساحة عملي؟</translation>
    </message>
    <message>
        <source>About Policy Studio</source>
        <translation>حول Policy Studio</translation>
    </message>
    <message>
        <source>Reading your role…</source>
        <translation>جارٍ قراءة دورك…</translation>
    </message>
    <message>
        <source>Your role could not be read from the server (%1); this waits until it can be</source>
        <translation>تعذّرت قراءة دورك من الخادم (%1)؛ ينتظر هذا الإجراء حتى تمكن قراءته</translation>
    </message>
    <message>
        <source>Role not known yet: the server did not answer</source>
        <translation>الدور غير معروف بعد: لم يستجب الخادم</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجَّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s sections, variables or the library; the server refuses it</source>
        <translation>لا يسمح دورك (%1) بتغيير أقسام السياسة أو متغيراتها أو المكتبة؛ والخادم يرفض ذلك</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the source text or the structure; translate in the Translate view</source>
        <translation>لا يسمح دورك (%1) بتغيير النص المصدر أو البنية؛ ترجم في عرض الترجمة</translation>
    </message>
    <message>
        <source>Your role (%1) may not approve versions; an approver does</source>
        <translation>لا يسمح دورك (%1) باعتماد الإصدارات؛ يعتمدها المعتمِد</translation>
    </message>
    <message>
        <source>The list of policies could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة السياسات: %1</translation>
    </message>
    <message>
        <source>Reading the list of policies…</source>
        <translation>جارٍ قراءة قائمة السياسات…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>جارٍ فتح «%1»…</translation>
    </message>
    <message>
        <source>Saving the new policy “%1”…</source>
        <translation>جارٍ حفظ السياسة الجديدة «%1»…</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>جارٍ قراءة المكتبة…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>تعذّرت قراءة المكتبة: %1</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>تعذّر تسجيل القوانين المختارة على أنها اطُّلع عليها (لن يُشار إلى أي تغيير لاحق فيها): %1</translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>لم يُكتب سطر سجل النشاط «%1»: %2</translation>
    </message>
    <message>
        <source>Reading “%1” from the library to insert it…</source>
        <translation>جارٍ قراءة «%1» من المكتبة لإدراجه…</translation>
    </message>
    <message>
        <source>the library has no such clause</source>
        <translation>لا يوجد في المكتبة بند بهذا المفتاح</translation>
    </message>
    <message>
        <source>Reading “%1” from the library for the update…</source>
        <translation>جارٍ قراءة «%1» من المكتبة للتحديث…</translation>
    </message>
    <message>
        <source>“%1” could not be read from the library: %2</source>
        <translation>تعذّرت قراءة «%1» من المكتبة: %2</translation>
    </message>
    <message>
        <source>Saving the clause “%1”…</source>
        <translation>جارٍ حفظ البند «%1»…</translation>
    </message>
    <message>
        <source>The clause “%1” was not saved: %2</source>
        <translation>لم يُحفظ البند «%1»: %2</translation>
    </message>
    <message>
        <source>When this workspace was last closed (%1), your edits to “%2” could not be saved: %3. They were kept on this computer.</source>
        <translation>عند آخر إغلاق لمساحة العمل هذه (%1)، تعذّر حفظ تعديلاتك على “%2”: %3. وقد احتُفظ بها على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Restore them? What others changed meanwhile is kept; where both of you changed the same text, you choose.</source>
        <translation>هل تريد استعادتها؟ يُحتفظ بما غيّره الآخرون في الأثناء؛ وحيث غيّر كلاكما النص نفسه، تختار أنت.</translation>
    </message>
    <message>
        <source>Restore my edits</source>
        <translation>استعادة تعديلاتي</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>تجاهلها</translation>
    </message>
    <message>
        <source>Restored your edits to “%1” kept on %2; saving them</source>
        <translation>استُعيدت تعديلاتك على “%1” المحفوظة في %2؛ جارٍ حفظها</translation>
    </message>
    <message>
        <source>Your edits to “%1” kept on %2 had reached the workspace after all</source>
        <translation>تعديلاتك على “%1” المحفوظة في %2 كانت قد وصلت إلى مساحة العمل في النهاية</translation>
    </message>
    <message>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>لم يُحفظ: %1. تعديلاتك باقية في هذه النافذة.</translation>
    </message>
    <message>
        <source>The new policy “%1” was not saved: %2; it stays open here and is saved when the database answers.</source>
        <translation>لم تُحفظ السياسة الجديدة «%1»: %2؛ تبقى مفتوحة هنا وتُحفظ حين تستجيب قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Saved a copy of the policy as %1; %2</source>
        <translation>حُفظت نسخة من السياسة باسم %1؛ %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <source>Your last changes are not saved: %1.</source>
        <translation>آخر تغييراتك لم تُحفظ: %1.</translation>
    </message>
    <message>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>هل تريد الخروج على أي حال؟ ستضيع التغييرات غير المحفوظة.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>اخرج على أي حال</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the library; an author does</source>
        <translation>لا يسمح دورك (%1) بتغيير المكتبة؛ يقوم بذلك المؤلف</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>سياسة جديدة</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>أُنشئت «%1»</translation>
    </message>
    <message>
        <source>Created “%1” from your answers</source>
        <translation>أُنشئت «%1» من إجاباتكم</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Deprecated clauses still used: %1</source>
        <translation>بنود مُهمَلة ما زالت مستخدمة: %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Approvals and the activity log record who did what. Your name:</source>
        <translation>تسجّل الاعتمادات وسجل النشاط من فعل ماذا. اسمك:</translation>
    </message>
    <message>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>«%1» مُهمَل: فكّر في بند آخر</translation>
    </message>
    <message>
        <source>“%1” is a draft clause: its wording is not approved for use</source>
        <translation>«%1» بند مسودة: صياغته غير معتمدة للاستخدام</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>العنوان (%1):</translation>
    </message>
    <message>
        <source>The section is up to date with the library</source>
        <translation>القسم مطابق لأحدث إصدار في المكتبة</translation>
    </message>
    <message>
        <source>Saved version %1 (%2)</source>
        <translation>حُفظ الإصدار %1 (%2)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>المسرد خاص بزوج من اللغات: أضف لغة هدف أولًا.</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>ستظهر الواجهة بـ%1 عند تشغيل Policy Studio في المرة القادمة.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>احفظ إصدارًا (ملف &gt; حفظ إصدار…) لمقارنة المسودة به.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Added %1 to the library</source>
        <translation>أُضيف %1 إلى المكتبة</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>حُفظ %1 بالإصدار %2</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>حفظ القسم في المكتبة</translation>
    </message>
    <message>
        <source>Clause key:</source>
        <translation>مفتاح البند:</translation>
    </message>
    <message>
        <source>Saved as library clause %1 (draft)</source>
        <translation>حُفظ بندًا في المكتبة باسم %1 (مسودة)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>مساحات عمل Policy Studio (*%1)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <source>law changed</source>
        <translation>تغيّر القانون</translation>
    </message>
    <message>
        <source>being edited by %1</source>
        <translation>يحرّره الآن %1</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 للمراجعة</translation>
    </message>
    <message>
        <source>Open in another window by %1</source>
        <translation>مفتوح في نافذة أخرى لدى %1</translation>
    </message>
    <message>
        <source>Local section (not linked to the library)</source>
        <translation>قسم محلي (غير مرتبط بالمكتبة)</translation>
    </message>
    <message>
        <source>Linked to library clause %1, version %2</source>
        <translation>مرتبط ببند المكتبة %1، الإصدار %2</translation>
    </message>
    <message>
        <source>The library has version %1</source>
        <translation>في المكتبة الإصدار %1</translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>تغيّر القانون: %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Move section up</source>
        <translation>نقل القسم لأعلى</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>نقل القسم لأسفل</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>تكرار القسم</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>إزالة القسم</translation>
    </message>
    <message>
        <source>Rename section…</source>
        <translation>إعادة تسمية القسم…</translation>
    </message>
    <message>
        <source>Update from library…</source>
        <translation>تحديث من المكتبة…</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>تحديث…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PretranslateDialog</name>
    <message>
        <source>Pre-translate</source>
        <translation>ترجمة مسبقة</translation>
    </message>
    <message>
        <source>Fill every untranslated %1 segment from the library&apos;s approved clauses and the translation memory: exact matches, and fuzzy matches scoring at least the minimum below. They become drafts marked “pre-translated” with their score; nothing is confirmed or approved, and segments with text are left alone.</source>
        <translation>املأ كل مقطع %1 غير مترجم من بنود المكتبة المعتمدة وذاكرة الترجمة: المطابقات التامة، والمطابقات الجزئية التي لا تقل درجتها عن الحد الأدنى أدناه. تصبح مسودات موسومة «ترجمة مسبقة» مع درجتها؛ لا يُؤكَّد شيء ولا يُعتمد، وتبقى المقاطع التي فيها نص كما هي.</translation>
    </message>
    <message>
        <source>Lowest fuzzy match:</source>
        <translation>أدنى مطابقة جزئية:</translation>
    </message>
</context>
<context>
    <name>PretranslationReportDialog</name>
    <message>
        <source>Pre-translation report</source>
        <translation>تقرير الترجمة المسبقة</translation>
    </message>
    <message>
        <source>%1 segments pre-translated as drafts: %2 exact, %3 fuzzy (at least %4%). %5 had no match; %6 already had a translation and were kept.</source>
        <translation>تُرجم مسبقًا %1 مقطعًا كمسودات: %2 مطابقة تامة، و%3 جزئية (%4% على الأقل). %5 بلا مطابقة؛ و%6 كانت لها ترجمة فأُبقيت.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>تامة</translation>
    </message>
    <message>
        <source>Memory source: %1</source>
        <translation>مصدر الذاكرة: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Policy properties</source>
        <translation>خصائص السياسة</translation>
    </message>
    <message>
        <source>Subtitle (%1)</source>
        <translation>العنوان الفرعي (%1)</translation>
    </message>
    <message>
        <source>Organisation (%1)</source>
        <translation>الجهة (%1)</translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation>العنوان البريدي (%1)</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>العنوان (%1)</translation>
    </message>
    <message>
        <source>Number in each language&apos;s own digits (٠١٢…)</source>
        <translation>الترقيم بأرقام كل لغة (٠١٢…)</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>الترقيم</translation>
    </message>
    <message>
        <source>set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>تاريخ السريان</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>تسمية الإصدار</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>لغة المصدر</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>الترجمة إلى</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the %2 title and cover</source>
        <translation>لا يسمح دورك (%1) بتغيير العنوان والغلاف باللغة %2</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s details</source>
        <translation>لا يسمح دورك (%1) بتغيير تفاصيل السياسة</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Untranslated segments</source>
        <translation>مقاطع غير مترجمة</translation>
    </message>
    <message>
        <source>Stale segments (source changed)</source>
        <translation>مقاطع متقادمة (تغيّر المصدر)</translation>
    </message>
    <message>
        <source>Segments not approved</source>
        <translation>مقاطع غير معتمدة</translation>
    </message>
    <message>
        <source>Proposed changes nobody accepted or rejected</source>
        <translation>تغييرات مقترحة لم يقبلها أو يرفضها أحد</translation>
    </message>
    <message>
        <source>Review notes not resolved</source>
        <translation>ملاحظات مراجعة غير محلولة</translation>
    </message>
    <message>
        <source>QA errors not dismissed</source>
        <translation>أخطاء ضمان الجودة غير المستبعدة</translation>
    </message>
    <message>
        <source>Variables without a value</source>
        <translation>متغيرات بلا قيمة</translation>
    </message>
    <message>
        <source>Draft library clauses</source>
        <translation>بنود مسودة من المكتبة</translation>
    </message>
    <message>
        <source>Deprecated library clauses</source>
        <translation>بنود مهملة من المكتبة</translation>
    </message>
    <message>
        <source>Library updates pending</source>
        <translation>تحديثات مكتبة معلّقة</translation>
    </message>
    <message>
        <source>Requirements of the law not (fully) covered</source>
        <translation>متطلبات قانونية غير مغطاة (كليا)</translation>
    </message>
    <message>
        <source>Laws that changed</source>
        <translation>قوانين تغيّرت</translation>
    </message>
    <message>
        <source>Version approval</source>
        <translation>اعتماد الإصدار</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>The policy changed since this check: press Check again.</source>
        <translation>تغيّرت السياسة منذ هذا التحقق: اضغط «تحقق مجددًا».</translation>
    </message>
    <message>
        <source>Open a policy to see whether it is ready.</source>
        <translation>افتح سياسة لمعرفة ما إذا كانت جاهزة.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Ready for sign-off: nothing stands in the way.</source>
        <translation>جاهزة للاعتماد: لا شيء يعيق ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
            <numerusform>غير جاهزة للاعتماد (العوائق: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegulationsDialog</name>
    <message>
        <source>Regulations</source>
        <translation>القوانين</translation>
    </message>
    <message>
        <source>This policy is under</source>
        <translation>تخضع هذه السياسة لـ</translation>
    </message>
    <message>
        <source>What you do (unticked: those requirements do not apply)</source>
        <translation>ما تقومون به (غير المحدد: لا تنطبق متطلباته)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Insertion</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>would become a paragraph</source>
        <translation>ستصبح فقرة</translation>
    </message>
    <message>
        <source>would become a bullet item</source>
        <translation>ستصبح عنصر قائمة نقطية</translation>
    </message>
    <message>
        <source>would become a numbered item</source>
        <translation>ستصبح عنصر قائمة مرقمة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>To review in this section: %1</source>
        <translation>للمراجعة في هذا القسم: %1</translation>
    </message>
    <message>
        <source>Nothing left to review in this section</source>
        <translation>لم يبق شيء للمراجعة في هذا القسم</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>ملاحظة من %1، %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>على %1</translation>
    </message>
    <message>
        <source>%1 proposed by %2, %3</source>
        <translation>%1 اقترحه %2، %3</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>a heading or section title</source>
        <translation>عنوان أو عنوان قسم</translation>
    </message>
    <message>
        <source>Would read %1</source>
        <translation>سيصبح النص %1</translation>
    </message>
    <message>
        <source>The words this change touches were edited since it was proposed: edit the text by hand, then reject the proposal.</source>
        <translation>عُدّلت الكلمات التي يمسها هذا التغيير منذ اقتراحه: عدّل النص يدويًا ثم ارفض الاقتراح.</translation>
    </message>
    <message>
        <source>This change turns a paragraph into a heading or section title (or back): change the structure by hand, then reject the proposal.</source>
        <translation>يحوّل هذا التغيير فقرة إلى عنوان أو عنوان قسم (أو العكس): غيّر البنية يدويًا ثم ارفض الاقتراح.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>حفظ إصدار</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Bullet item</source>
        <translation>عنصر نقطي</translation>
    </message>
    <message>
        <source>Numbered item</source>
        <translation>عنصر مرقّم</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>حذف الصف</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>إضافة عمود</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>حذف العمود</translation>
    </message>
    <message>
        <source>Column widths…</source>
        <translation>عرض الأعمدة…</translation>
    </message>
    <message>
        <source>Set the width of each column of this table</source>
        <translation>حدّد عرض كل عمود في هذا الجدول</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>لم يُعثر عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 paragraph(s).</source>
        <translation>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
            <numerusform>عدد الاستبدالات: %n في %1 من الفقرات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local section</source>
        <translation>قسم محلي</translation>
    </message>
    <message>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>مرتبط ببند المكتبة %1 (الإصدار %2)؛ تعديلاتك تجعله صيغة محلية</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>إدراج متغير…</translation>
    </message>
    <message>
        <source>New variable…</source>
        <translation>متغير جديد…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation>العنوان (https://… أو mailto:…):</translation>
    </message>
    <message>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>لا يُسمح إلا بروابط https:// و http:// و mailto:</translation>
    </message>
    <message>
        <source>New variable</source>
        <translation>متغير جديد</translation>
    </message>
    <message>
        <source>Name (letters, digits and _; e.g. dpo_phone):</source>
        <translation>الاسم (حروف وأرقام و _؛ مثل dpo_phone):</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits and _.</source>
        <translation>لا يصلح «%1» اسمًا لمتغير: استخدم الحروف والأرقام و _.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>أضف «%1» إلى القاموس</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>%1 row %2 col %3</source>
        <translation>%1 الصف %2 العمود %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The source changed after this segment was translated.</source>
        <translation>تغيّر المصدر بعد ترجمة هذا المقطع.</translation>
    </message>
    <message>
        <source>%1 → not “%2” (forbidden)</source>
        <translation>%1 ← وليس «%2» (محظور)</translation>
    </message>
    <message>
        <source>Pre-translated from %1 (match %2%): check it and confirm.</source>
        <translation>ترجمة مسبقة من %1 (مطابقة %2%): راجعها ثم أكِّدها.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>متقادم</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>pre-translated %1%</source>
        <translation>ترجمة مسبقة %1%</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>أضف «%1» إلى القاموس</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split text</source>
        <translation>قسمة النص</translation>
    </message>
    <message>
        <source>&amp;Split here</source>
        <translation>ا&amp;قسم هنا</translation>
    </message>
    <message>
        <source>Put the cursor where the second part starts:</source>
        <translation>ضع المؤشر حيث يبدأ الجزء الثاني:</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>No policy</source>
        <translation>لا توجد سياسة</translation>
    </message>
    <message>
        <source>Open or create a policy first.</source>
        <translation>افتح سياسة أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>تصدير للترجمة</translation>
    </message>
    <message>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>لا توجد لغة هدف لهذه السياسة: أضف واحدة في خصائص السياسة.</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>الترجمة إلى:</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Wrote %1 segments to %2</source>
        <translation>كُتب %1 من المقاطع في %2</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>استيراد ترجمة</translation>
    </message>
    <message>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>حُدّث %1 من المقاطع، وبقي %2 دون تغيير.</translation>
    </message>
    <message>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>أُبقي %1 مسودةً: تغيّر المصدر منذ التصدير.</translation>
    </message>
    <message>
        <source>%1 units match no segment of this policy.</source>
        <translation>%1 من الوحدات لا تطابق أي مقطع في هذه السياسة.</translation>
    </message>
    <message>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>%1 من مقاطع السياسة غير موجودة في الملف.</translation>
    </message>
    <message>
        <source>Export translation memory</source>
        <translation>تصدير ذاكرة الترجمة</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>ملفات TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Wrote %1 units to %2 (%3).</source>
        <translation>كُتبت %1 وحدة في %2 (%3).</translation>
    </message>
    <message>
        <source>Exporting the translation memory to %1…</source>
        <translation>جارٍ تصدير ذاكرة الترجمة إلى %1…</translation>
    </message>
    <message>
        <source>Import translation memory</source>
        <translation>استيراد ذاكرة الترجمة</translation>
    </message>
    <message>
        <source>%1 units read: %2 added, %3 updated, %4 already in the memory.</source>
        <translation>قُرئت %1 وحدة: أُضيف %2، وحُدِّث %3، و%4 موجودة في الذاكرة.</translation>
    </message>
    <message>
        <source>%1 units without a usable language pair were skipped.</source>
        <translation>تُركت %1 وحدة بلا زوج لغوي صالح.</translation>
    </message>
    <message>
        <source>Importing the translation memory from %1…</source>
        <translation>جارٍ استيراد ذاكرة الترجمة من %1…</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>ذاكرة الترجمة</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>استيراد مستند</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>السياسات (%1)</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>أُنشئت «%1»</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>استُوردت «%1»: %2 من الأقسام بـ%3.</translation>
    </message>
    <message>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>حُذف %1 من الأسطر (تنقل، بقايا).</translation>
    </message>
    <message>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>%1 من الأجزاء موجودة بلغة واحدة فقط: راجعها في عرض الترجمة.</translation>
    </message>
    <message>
        <source>Translation file</source>
        <translation>ملف الترجمة</translation>
    </message>
    <message>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>السياسات (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>لغة الملف:</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>لا توجد ترجمة لهذه السياسة بعد: أضف لغة هدف في خصائص السياسة.</translation>
    </message>
    <message>
        <source>Translate from</source>
        <translation>الترجمة من</translation>
    </message>
    <message>
        <source>into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>%1 is the source language of this policy: edit it in the Write view.</source>
        <translation>%1 هي لغة المصدر لهذه السياسة: حرّرها في عرض الكتابة.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2٪</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>المترجَم: %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Library changed this; the new wording comes in.</source>
        <translation>غيّرت المكتبة هذا؛ تُعتمد الصياغة الجديدة.</translation>
    </message>
    <message>
        <source>You changed this; your wording stays.</source>
        <translation>غيّرتَ هذا؛ تبقى صياغتك.</translation>
    </message>
    <message>
        <source>You and the library made the same change.</source>
        <translation>أجريتَ أنت والمكتبة التغيير نفسه.</translation>
    </message>
    <message>
        <source>Removed (unchanged on the other side).</source>
        <translation>أُزيل (دون تغيير في الجانب الآخر).</translation>
    </message>
    <message>
        <source>Conflict: you and the library both changed this.</source>
        <translation>تعارض: غيّرتَ أنت والمكتبة هذا كلاكما.</translation>
    </message>
    <message>
        <source>Table: you and the library changed different cells; both changes are kept.</source>
        <translation>جدول: غيّرتَ أنت والمكتبة خلايا مختلفة؛ يُحتفظ بالتغييرين.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the library changed this cell; its wording comes in.</source>
        <translation>الصف %1، العمود %2: غيّرت المكتبة هذه الخلية؛ تُعتمد صياغتها.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you changed this cell; your wording stays.</source>
        <translation>الصف %1، العمود %2: غيّرتَ هذه الخلية؛ تبقى صياغتك.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you and the library made the same change.</source>
        <translation>الصف %1، العمود %2: أجريتَ أنت والمكتبة التغيير نفسه.</translation>
    </message>
    <message>
        <source>Row %1, column %2: removed (unchanged on the other side).</source>
        <translation>الصف %1، العمود %2: أُزيلت (دون تغيير في الجانب الآخر).</translation>
    </message>
    <message>
        <source>Row %1, column %2: conflict, you and the library both changed this cell.</source>
        <translation>الصف %1، العمود %2: تعارض، غيّرتَ أنت والمكتبة هذه الخلية كلاكما.</translation>
    </message>
    <message>
        <source>Update from the library</source>
        <translation>التحديث من المكتبة</translation>
    </message>
    <message>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>«%1»: إصدارك %2 ← إصدار المكتبة %3.</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>تطبيق التحديث</translation>
    </message>
    <message numerus="yes">
        <source>Table: you and the library both changed %n cell(s); choose for each.</source>
        <translation>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
            <numerusform>جدول: غيّرتَ أنت والمكتبة %n من الخلايا كلاكما؛ اختر لكل خلية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Was (the library version you had):</source>
        <translation>كان (إصدار المكتبة الذي لديك):</translation>
    </message>
    <message>
        <source>Keep mine:</source>
        <translation>إبقاء نصّي:</translation>
    </message>
    <message>
        <source>Take the library&apos;s:</source>
        <translation>أخذ نص المكتبة:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a choice</source>
        <translation>
            <numerusform>لا تعارضات تحتاج إلى اختيار</numerusform>
            <numerusform>تعارض واحد ما زال يحتاج إلى اختيار</numerusform>
            <numerusform>تعارضان ما زالا يحتاجان إلى اختيار</numerusform>
            <numerusform>%n تعارضات ما زالت تحتاج إلى اختيار</numerusform>
            <numerusform>%n تعارضًا ما زال يحتاج إلى اختيار</numerusform>
            <numerusform>%n تعارض ما زال يحتاج إلى اختيار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <source>Variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <source>No value: the policy shows [%1]</source>
        <translation>بلا قيمة: تعرض السياسة [%1]</translation>
    </message>
    <message>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>يستخدم «%1» (من لغة المصدر أو خصائص السياسة)</translation>
    </message>
    <message>
        <source>Unfilled in: %1</source>
        <translation>غير معبّأ في: %1</translation>
    </message>
    <message>
        <source>%1 variables, %2 unfilled</source>
        <translation>%1 من المتغيرات، %2 غير معبّأ</translation>
    </message>
    <message>
        <source>%1 blank in %2 (the %3 value is used)</source>
        <translation>%1 فارغة في %2 (تُستخدم قيمة %3)</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>Version %1 (%2) — read-only</source>
        <translation>الإصدار %1 (%2) — للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <source>“%1” is accepted in this window but could not be added to the dictionary: %2</source>
        <translation>«%1» مقبولة في هذه النافذة لكن تعذّرت إضافتها إلى القاموس: %2</translation>
    </message>
</context>
</TS>
