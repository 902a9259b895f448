<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="294"/>
        <source>All segments</source>
        <translation>كل المقاطع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="295"/>
        <source>Untranslated</source>
        <translation>غير المترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="296"/>
        <source>Stale</source>
        <translation>المتقادمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="297"/>
        <source>With findings</source>
        <translation>ذات الملاحظات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="303"/>
        <source>Copy source</source>
        <translation>نسخ المصدر</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="304"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>انسخ نص المصدر إلى الترجمة (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="306"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="307"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>علّم المقطع مترجمًا وانتقل إلى التالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="309"/>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="311"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="314"/>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="321"/>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="339"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>ذاكرة الترجمة (Ctrl+1…9 للإدراج)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="341"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="553"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}٪ مترجم · {r:.0f}٪ مُراجَع · {s} متقادم</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="44"/>
        <source>Not an error</source>
        <translation>ليس خطأً</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
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
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
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
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>info</source>
        <translation>معلومة</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="39"/>
        <source>Glossary: %1 → %2</source>
        <translation>المسرد: %1 ← %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="47"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="48"/>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="51"/>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="52"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="39"/>
        <source>Search clauses (any language)…</source>
        <translation>ابحث في البنود (بأي لغة)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="52"/>
        <source>Clause library</source>
        <translation>مكتبة البنود</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="58"/>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="60"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="66"/>
        <source>Preview language:</source>
        <translation>لغة المعاينة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/main_window.py" line="87"/>
        <source>%n clause(s) in the library</source>
        <translation>
            <numerusform>لا بنود في المكتبة</numerusform>
            <numerusform>بند واحد في المكتبة</numerusform>
            <numerusform>بندان في المكتبة</numerusform>
            <numerusform>%n بنود في المكتبة</numerusform>
            <numerusform>%n بندًا في المكتبة</numerusform>
            <numerusform>%n بند في المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="158"/>
        <source>Linked to library clause %1 (version %2)</source>
        <translation>مرتبط ببند المكتبة %1 (الإصدار %2)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="162"/>
        <source>Local section</source>
        <translation>قسم محلي</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="182"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="307"/>
        <source>The source changed after this segment was translated.</source>
        <translation>تغيّر المصدر بعد ترجمة هذا المقطع.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="318"/>
        <source>stale</source>
        <translation>متقادم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="319"/>
        <source>untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="321"/>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="322"/>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="323"/>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
</context>
</TS>