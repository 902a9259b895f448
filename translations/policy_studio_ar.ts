<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Application</name>
    <message>
        <location filename="../policy_studio/ui/application.py" line="71"/>
        <source>Cannot open the workspace.</source>
        <translation>تعذّر فتح مساحة العمل.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="440"/>
        <source>All segments</source>
        <translation>كل المقاطع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="441"/>
        <source>Untranslated</source>
        <translation>غير المترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="442"/>
        <source>Stale</source>
        <translation>المتقادمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="443"/>
        <source>With findings</source>
        <translation>ذات الملاحظات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="451"/>
        <source>Copy source</source>
        <translation>نسخ المصدر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="452"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>انسخ نص المصدر إلى الترجمة (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="454"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="456"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>علّم المقطع مترجمًا وانتقل إلى التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="459"/>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="463"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="468"/>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="475"/>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="495"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>ذاكرة الترجمة (Ctrl+1…9 للإدراج)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="497"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="731"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}٪ مترجم · {r:.0f}٪ مُراجَع · {s} متقادم</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>New clause</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>Edit clause</source>
        <translation>تحرير البند</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="56"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="63"/>
        <source>Title (%1)</source>
        <translation>العنوان (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="65"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="68"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="73"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="76"/>
        <source>Add variant…</source>
        <translation>إضافة صيغة بديلة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="80"/>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="112"/>
        <source>Main wording</source>
        <translation>الصياغة الأساسية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>New variant</source>
        <translation>صيغة بديلة جديدة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>Variant name:</source>
        <translation>اسم الصيغة البديلة:</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="99"/>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>احفظ إصدارًا (ملف &gt; حفظ إصدار…) لمقارنة المسودة به.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="103"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="105"/>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="145"/>
        <source>Current draft</source>
        <translation>المسودة الحالية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="195"/>
        <source>Version %1 (%2)</source>
        <translation>الإصدار %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="54"/>
        <source>Someone else changed the same text</source>
        <translation>غيّر شخص آخر النص نفسه</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="59"/>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>أثناء تحريرك، حفظ شخص آخر نصًا مختلفًا في المواضع أدناه. لم يُكتب فوق أي شيء. اختر النص الذي تريد الاحتفاظ به في كل موضع.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="71"/>
        <source>Saved elsewhere</source>
        <translation>محفوظ في مكان آخر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="72"/>
        <source>In this window</source>
        <translation>في هذه النافذة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="77"/>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="81"/>
        <source>Take theirs</source>
        <translation>خذ نصهم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="82"/>
        <source>Keep mine</source>
        <translation>احتفظ بنصي</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="49"/>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="59"/>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>تعديلاتك الأخيرة لم تُحفظ بعد ({reason}). إنها باقية في هذه النافذة: استخدم ملف › حفظ نسخة باسم… للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="65"/>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>تعديلاتك حتى هذه اللحظة محفوظة في مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="69"/>
        <source>Details were written to {path}.</source>
        <translation>كُتبت التفاصيل في {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="31"/>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="32"/>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="33"/>
        <source>moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="34"/>
        <source>moved and changed</source>
        <translation>منقول ومعدَّل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="35"/>
        <source>moved away</source>
        <translation>نُقل من هنا</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="36"/>
        <source>changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="72"/>
        <source> — from section %1</source>
        <translation> — من القسم %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="97"/>
        <source>inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="98"/>
        <source>side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="100"/>
        <source>Changed sections only</source>
        <translation>الأقسام المعدَّلة فقط</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="101"/>
        <source>Previous change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="102"/>
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="138"/>
        <source>Both languages</source>
        <translation>اللغتان معًا</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="179"/>
        <source>Change %1 of %2</source>
        <translation>التغيير %1 من %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="188"/>
        <source>No comparison yet.</source>
        <translation>لا توجد مقارنة بعد.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="193"/>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>الأقسام: %1 مُضاف، %2 محذوف، %3 منقول، %4 معدَّل</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="20"/>
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="21"/>
        <source>Edit translation</source>
        <translation>تحرير الترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="22"/>
        <source>Import translations</source>
        <translation>استيراد الترجمات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="23"/>
        <source>Insert section</source>
        <translation>إدراج قسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="24"/>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="25"/>
        <source>Remove section</source>
        <translation>إزالة القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="26"/>
        <source>Duplicate section</source>
        <translation>تكرار القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="27"/>
        <source>Move section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="28"/>
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="29"/>
        <source>Change policy properties</source>
        <translation>تغيير خصائص السياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="30"/>
        <source>Make section local</source>
        <translation>جعل القسم محليًا</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="31"/>
        <source>Link section to library</source>
        <translation>ربط القسم بالمكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="32"/>
        <source>Save section to library</source>
        <translation>حفظ القسم في المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="35"/>
        <source>Insert “%1”</source>
        <translation>إدراج «%1»</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="38"/>
        <source>Update “%1” from library</source>
        <translation>تحديث «%1» من المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="40"/>
        <source>Add language %1</source>
        <translation>إضافة اللغة %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="41"/>
        <source>Remove language %1</source>
        <translation>إزالة اللغة %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="42"/>
        <source>Create clause %1</source>
        <translation>إنشاء البند %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="43"/>
        <source>Edit clause %1</source>
        <translation>تحرير البند %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="44"/>
        <source>Approve clause %1</source>
        <translation>اعتماد البند %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="47"/>
        <source>Deprecate clause %1</source>
        <translation>إهمال البند %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="51"/>
        <source>Return clause %1 to draft</source>
        <translation>إعادة البند %1 إلى مسودة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="53"/>
        <source>Set %1</source>
        <translation>تعيين %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="68"/>
        <location filename="../policy_studio/ui/export_dialog.py" line="203"/>
        <source>Export policy</source>
        <translation>تصدير السياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="80"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="86"/>
        <source>Side by side (columns)</source>
        <translation>جنبًا إلى جنب (أعمدة)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="87"/>
        <source>One after the other</source>
        <translation>واحدة تلو الأخرى</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="88"/>
        <source>Arabic-Indic digits in Arabic numbering</source>
        <translation>أرقام هندية في الترقيم العربي</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="89"/>
        <source>Table of contents</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="96"/>
        <source>Add approver</source>
        <translation>إضافة معتمِد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="97"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="102"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="110"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="111"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="112"/>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="113"/>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="120"/>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="125"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="135"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="224"/>
        <source>Preview shows the first {n} sections.</source>
        <translation>تعرض المعاينة أول {n} من الأقسام.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="232"/>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ الملف المُصدَّر.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="242"/>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="48"/>
        <source>Not an error</source>
        <translation>ليس خطأً</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="82"/>
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
        <location filename="../policy_studio/ui/findings_panel.py" line="83"/>
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
        <location filename="../policy_studio/ui/findings_panel.py" line="88"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="89"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="90"/>
        <source>info</source>
        <translation>معلومة</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Glossary: %1 → %2</source>
        <translation>المسرد: %1 ← %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="56"/>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="59"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="60"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="63"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="56"/>
        <source>Open a policy to see its versions.</source>
        <translation>افتح سياسة لعرض إصداراتها.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="37"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="38"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="39"/>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="40"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="41"/>
        <source>Approved</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="42"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="152"/>
        <source>Save version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="153"/>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="154"/>
        <source>Compare with draft</source>
        <translation>مقارنة بالمسودة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="155"/>
        <source>Restore as draft</source>
        <translation>استعادة كمسودة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="156"/>
        <location filename="../policy_studio/ui/history_panel.py" line="227"/>
        <source>Mark approved</source>
        <translation>وضع علامة معتمد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="191"/>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="225"/>
        <source>Withdraw approval</source>
        <translation>سحب الاعتماد</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="23"/>
        <source>Title</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="24"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="25"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="26"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="27"/>
        <source>Bullet</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="28"/>
        <source>Numbered</source>
        <translation>مرقّم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="29"/>
        <source>Break</source>
        <translation>فاصل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="30"/>
        <source>Dropped</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="78"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="34"/>
        <source>&amp;Heading</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="35"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;فقرة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="36"/>
        <source>&amp;Bullet</source>
        <translation>&amp;نقطة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="37"/>
        <source>&amp;Numbered</source>
        <translation>&amp;مرقّم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="38"/>
        <source>&amp;Drop line</source>
        <translation>&amp;حذف السطر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>Import preview — %1</source>
        <translation>معاينة الاستيراد — %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="89"/>
        <source>Selected lines are:</source>
        <translation>الأسطر المحددة هي:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="105"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="136"/>
        <source>%1 headings, %2 lines dropped; languages: %3.</source>
        <translation>%1 من العناوين، و%2 من الأسطر المحذوفة؛ اللغات: %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="139"/>
        <source>none found</source>
        <translation>لم يُعثر على أي لغة</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="74"/>
        <source>Search clauses (any language)…</source>
        <translation>ابحث في البنود (بأي لغة)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="81"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="99"/>
        <source>Insert into policy</source>
        <translation>إدراج في السياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="101"/>
        <source>Edit clause…</source>
        <translation>تحرير البند…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="108"/>
        <source>Wording:</source>
        <translation>الصياغة:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="127"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="165"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/library_panel.py" line="222"/>
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
        <location filename="../policy_studio/ui/library_panel.py" line="241"/>
        <source>Main wording</source>
        <translation>الصياغة الأساسية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="274"/>
        <source>Deprecated: do not use in new policies</source>
        <translation>مُهمَل: لا تستخدمه في سياسات جديدة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="93"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="173"/>
        <location filename="../policy_studio/ui/main_window.py" line="375"/>
        <source>Write</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="174"/>
        <location filename="../policy_studio/ui/main_window.py" line="377"/>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="177"/>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="200"/>
        <source>Preview in:</source>
        <translation>المعاينة بـ:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="206"/>
        <source>Clause library</source>
        <translation>مكتبة البنود</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="212"/>
        <source>Variables</source>
        <translation>المتغيرات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="215"/>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="229"/>
        <location filename="../policy_studio/ui/main_window.py" line="454"/>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="239"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="291"/>
        <source>New workspace…</source>
        <translation>مساحة عمل جديدة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="294"/>
        <source>Open workspace…</source>
        <translation>فتح مساحة عمل…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="297"/>
        <source>Open recent</source>
        <translation>فتح الأخيرة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="299"/>
        <source>New policy…</source>
        <translation>سياسة جديدة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="302"/>
        <source>Policy properties…</source>
        <translation>خصائص السياسة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="306"/>
        <source>Save version…</source>
        <translation>حفظ إصدار…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="307"/>
        <location filename="../policy_studio/ui/main_window.py" line="978"/>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="311"/>
        <source>Import document…</source>
        <translation>استيراد مستند…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="315"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="320"/>
        <source>Export for translation (XLIFF)…</source>
        <translation>تصدير للترجمة (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="323"/>
        <source>Import translation (XLIFF)…</source>
        <translation>استيراد ترجمة (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="326"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="329"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="330"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="331"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="347"/>
        <source>&amp;Section</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="349"/>
        <source>Insert selected clause</source>
        <translation>إدراج البند المحدد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="364"/>
        <source>Save section to library…</source>
        <translation>حفظ القسم في المكتبة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="367"/>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="368"/>
        <source>New clause…</source>
        <translation>بند جديد…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="370"/>
        <source>Edit selected clause…</source>
        <translation>تحرير البند المحدد…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="380"/>
        <source>Compare versions</source>
        <translation>مقارنة الإصدارات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="384"/>
        <location filename="../policy_studio/ui/main_window.py" line="753"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="398"/>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="932"/>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>لم يُحفظ: %1. تعديلاتك باقية في هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="951"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="962"/>
        <source>Saved a copy as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="972"/>
        <source>Your last changes are not saved: %1.</source>
        <translation>آخر تغييراتك لم تُحفظ: %1.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="976"/>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>هل تريد الخروج على أي حال؟ ستضيع التغييرات غير المحفوظة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="979"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="980"/>
        <source>Quit anyway</source>
        <translation>اخرج على أي حال</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="494"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>New policy</source>
        <translation>سياسة جديدة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="579"/>
        <source>Created “%1”</source>
        <translation>أُنشئت «%1»</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="594"/>
        <source>Deprecated clauses still used: %1</source>
        <translation>بنود مُهمَلة ما زالت مستخدمة: %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="624"/>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>«%1» مُهمَل: فكّر في بند آخر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="638"/>
        <source>Rename section</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="639"/>
        <source>Title (%1):</source>
        <translation>العنوان (%1):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="663"/>
        <source>The section is up to date with the library</source>
        <translation>القسم مطابق لأحدث إصدار في المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="725"/>
        <source>Saved version %1 (%2)</source>
        <translation>حُفظ الإصدار %1 (%2)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="741"/>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="742"/>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>المسرد خاص بزوج من اللغات: أضف لغة هدف أولًا.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="754"/>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>ستظهر الواجهة بـ%1 عند تشغيل Policy Studio في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="777"/>
        <source>Added %1 to the library</source>
        <translation>أُضيف %1 إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="793"/>
        <source>Saved %1 as version %2</source>
        <translation>حُفظ %1 بالإصدار %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Save section to library</source>
        <translation>حفظ القسم في المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Clause key:</source>
        <translation>مفتاح البند:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="839"/>
        <source>Saved as library clause %1 (draft)</source>
        <translation>حُفظ بندًا في المكتبة باسم %1 (مسودة)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="885"/>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="887"/>
        <location filename="../policy_studio/ui/main_window.py" line="899"/>
        <location filename="../policy_studio/ui/main_window.py" line="953"/>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>مساحات عمل Policy Studio (*%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="897"/>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="926"/>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="209"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="98"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="99"/>
        <source>update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="101"/>
        <source>deprecated</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="107"/>
        <source>Local section (not linked to the library)</source>
        <translation>قسم محلي (غير مرتبط بالمكتبة)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="109"/>
        <source>Linked to library clause %1, version %2</source>
        <translation>مرتبط ببند المكتبة %1، الإصدار %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="116"/>
        <source>The library has version %1</source>
        <translation>في المكتبة الإصدار %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="53"/>
        <source>Move section up</source>
        <translation>نقل القسم لأعلى</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="55"/>
        <source>Move section down</source>
        <translation>نقل القسم لأسفل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="58"/>
        <source>Duplicate section</source>
        <translation>تكرار القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="61"/>
        <source>Remove section</source>
        <translation>إزالة القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="64"/>
        <source>Rename section…</source>
        <translation>إعادة تسمية القسم…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="67"/>
        <source>Update from library…</source>
        <translation>تحديث من المكتبة…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="74"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="75"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="76"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="77"/>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="41"/>
        <source>Policy properties</source>
        <translation>خصائص السياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="51"/>
        <source>Title (%1)</source>
        <translation>العنوان (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="54"/>
        <source>set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="66"/>
        <source>Effective date</source>
        <translation>تاريخ السريان</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="68"/>
        <source>Version label</source>
        <translation>تسمية الإصدار</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="73"/>
        <source>Source language</source>
        <translation>لغة المصدر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="81"/>
        <source>Translate into</source>
        <translation>الترجمة إلى</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="65"/>
        <source>Save version</source>
        <translation>حفظ إصدار</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="73"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="74"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="88"/>
        <source>Section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="100"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="101"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="102"/>
        <source>Bullet item</source>
        <translation>عنصر نقطي</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="103"/>
        <source>Numbered item</source>
        <translation>عنصر مرقّم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="115"/>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="118"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="121"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="129"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="257"/>
        <source>Local section</source>
        <translation>قسم محلي</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="261"/>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>مرتبط ببند المكتبة %1 (الإصدار %2)؛ تعديلاتك تجعله صيغة محلية</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="334"/>
        <source>Insert variable…</source>
        <translation>إدراج متغير…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Address (https://… or mailto:…):</source>
        <translation>العنوان (https://… أو mailto:…):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="572"/>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>لا يُسمح إلا بروابط https:// و http:// و mailto:</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="174"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>The source changed after this segment was translated.</source>
        <translation>تغيّر المصدر بعد ترجمة هذا المقطع.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="338"/>
        <source>stale</source>
        <translation>متقادم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="339"/>
        <source>untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="340"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="341"/>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="342"/>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="343"/>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>No policy</source>
        <translation>لا توجد سياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>Open or create a policy first.</source>
        <translation>افتح سياسة أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="90"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="92"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="104"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="111"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="120"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="130"/>
        <source>Export for translation</source>
        <translation>تصدير للترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="105"/>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>لا توجد لغة هدف لهذه السياسة: أضف واحدة في خصائص السياسة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="112"/>
        <source>Translate into:</source>
        <translation>الترجمة إلى:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="122"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="150"/>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="134"/>
        <source>Wrote %1 segments to %2</source>
        <translation>كُتب %1 من المقاطع في %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="148"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="155"/>
        <source>Import translation</source>
        <translation>استيراد ترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="165"/>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>حُدّث %1 من المقاطع، وبقي %2 دون تغيير.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="171"/>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>أُبقي %1 مسودةً: تغيّر المصدر منذ التصدير.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="177"/>
        <source>%1 units match no segment of this policy.</source>
        <translation>%1 من الوحدات لا تطابق أي مقطع في هذه السياسة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="183"/>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>%1 من مقاطع السياسة غير موجودة في الملف.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="208"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="215"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="230"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="270"/>
        <source>Import document</source>
        <translation>استيراد مستند</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="210"/>
        <source>Policies (%1)</source>
        <translation>السياسات (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="245"/>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>استُوردت «%1»: %2 من الأقسام بـ%3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="252"/>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>حُذف %1 من الأسطر (تنقل، بقايا).</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="259"/>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>%1 من الأجزاء موجودة بلغة واحدة فقط: راجعها في عرض الترجمة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="271"/>
        <source>Add a translation of this policy from a second file?</source>
        <translation>هل تريد إضافة ترجمة لهذه السياسة من ملف ثانٍ؟</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="279"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Translation file</source>
        <translation>ملف الترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="281"/>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>السياسات (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Language of the file:</source>
        <translation>لغة الملف:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="304"/>
        <source>%1 sections.</source>
        <translation>%1 من الأقسام.</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="83"/>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>لا توجد ترجمة لهذه السياسة بعد: أضف لغة هدف في خصائص السياسة.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="88"/>
        <source>Translate from</source>
        <translation>الترجمة من</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="90"/>
        <source>into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="259"/>
        <source>%1 %2%</source>
        <translation>%1 %2٪</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="264"/>
        <source>Translated: %1</source>
        <translation>المترجَم: %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="104"/>
        <source>Update from the library</source>
        <translation>التحديث من المكتبة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="109"/>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>«%1»: إصدارك %2 ← إصدار المكتبة %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="126"/>
        <source>Apply update</source>
        <translation>تطبيق التحديث</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="143"/>
        <source>Was (the library version you had):</source>
        <translation>كان (إصدار المكتبة الذي لديك):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="146"/>
        <source>Keep mine:</source>
        <translation>إبقاء نصّي:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="147"/>
        <source>Take the library's:</source>
        <translation>أخذ نص المكتبة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/update_dialog.py" line="182"/>
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
        <location filename="../policy_studio/ui/variables_panel.py" line="137"/>
        <source>Variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="156"/>
        <source>No value: the policy shows [%1]</source>
        <translation>بلا قيمة: تعرض السياسة [%1]</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="161"/>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>يستخدم «%1» (من لغة المصدر أو خصائص السياسة)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="170"/>
        <source>Unfilled in: %1</source>
        <translation>غير معبّأ في: %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="176"/>
        <source>%1 variables, %2 unfilled</source>
        <translation>%1 من المتغيرات، %2 غير معبّأ</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="100"/>
        <source>Version %1 (%2) — read-only</source>
        <translation>الإصدار %1 (%2) — للقراءة فقط</translation>
    </message>
</context>
</TS>