<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>Application</name>
    <message>
        <location filename="../policy_studio/ui/application.py" line="71"/>
        <source>Cannot open the workspace.</source>
        <translation>Haiwezekani kufungua eneo la kazi.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="440"/>
        <source>All segments</source>
        <translation>Sehemu zote</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="441"/>
        <source>Untranslated</source>
        <translation>Hazijatafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="442"/>
        <source>Stale</source>
        <translation>Zilizopitwa na wakati</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="443"/>
        <source>With findings</source>
        <translation>Zenye dosari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="451"/>
        <source>Copy source</source>
        <translation>Nakili chanzo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="452"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Nakili maandishi ya chanzo kwenye tafsiri (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="454"/>
        <source>Confirm</source>
        <translation>Thibitisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="456"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Weka alama kuwa imetafsiriwa na uende sehemu inayofuata (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="459"/>
        <source>Reviewed</source>
        <translation>Imekaguliwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="463"/>
        <source>Approved</source>
        <translation>Imeidhinishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="468"/>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="475"/>
        <source>Glossary…</source>
        <translation>Faharasa ya istilahi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="495"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Kumbukumbu ya tafsiri (Ctrl+1…9 kuingiza)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="497"/>
        <source>Findings</source>
        <translation>Dosari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="731"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}% imetafsiriwa · {r:.0f}% imekaguliwa · {s} zimepitwa na wakati</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>New clause</source>
        <translation>Kifungu kipya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>Edit clause</source>
        <translation>Hariri kifungu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="56"/>
        <source>Key</source>
        <translation>Ufunguo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="63"/>
        <source>Title (%1)</source>
        <translation>Kichwa (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="65"/>
        <source>Topic</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="68"/>
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="73"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="76"/>
        <source>Add variant…</source>
        <translation>Ongeza toleo mbadala…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="80"/>
        <source>Wording</source>
        <translation>Maneno</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="112"/>
        <source>Main wording</source>
        <translation>Maneno makuu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>New variant</source>
        <translation>Toleo mbadala jipya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>Variant name:</source>
        <translation>Jina la toleo mbadala:</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="99"/>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Hifadhi toleo (Faili &gt; Hifadhi toleo…) ili kulinganisha rasimu nalo.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="103"/>
        <source>Compare</source>
        <translation>Linganisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="105"/>
        <source>with</source>
        <translation>na</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="145"/>
        <source>Current draft</source>
        <translation>Rasimu ya sasa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="195"/>
        <source>Version %1 (%2)</source>
        <translation>Toleo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="54"/>
        <source>Someone else changed the same text</source>
        <translation>Mtu mwingine amebadilisha maandishi hayo hayo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="59"/>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>Ulipokuwa ukihariri, mtu mwingine alihifadhi maandishi tofauti katika sehemu zilizo hapa chini. Hakuna kilichoandikwa juu yake. Chagua maandishi ya kubaki kwa kila sehemu.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="71"/>
        <source>Saved elsewhere</source>
        <translation>Yamehifadhiwa kwingine</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="72"/>
        <source>In this window</source>
        <translation>Katika dirisha hili</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="77"/>
        <source>(removed)</source>
        <translation>(yameondolewa)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="81"/>
        <source>Take theirs</source>
        <translation>Chukua yao</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="82"/>
        <source>Keep mine</source>
        <translation>Baki na yangu</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="49"/>
        <source>Something went wrong: {error}</source>
        <translation>Hitilafu isiyotarajiwa imetokea: {error}</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="59"/>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>Mabadiliko yako ya mwisho BADO hayajahifadhiwa ({reason}). Yamebaki katika dirisha hili: tumia Faili › Hifadhi nakala kama… ili kuyaweka.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="65"/>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>Mabadiliko yako hadi sasa yamehifadhiwa kwenye eneo la kazi.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="69"/>
        <source>Details were written to {path}.</source>
        <translation>Maelezo yameandikwa katika {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="31"/>
        <source>added</source>
        <translation>imeongezwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="32"/>
        <source>removed</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="33"/>
        <source>moved</source>
        <translation>imehamishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="34"/>
        <source>moved and changed</source>
        <translation>imehamishwa na kubadilishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="35"/>
        <source>moved away</source>
        <translation>imehamishwa kutoka hapa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="36"/>
        <source>changed</source>
        <translation>imebadilishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="72"/>
        <source> — from section %1</source>
        <translation> — kutoka kipengele %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="97"/>
        <source>inline</source>
        <translation>ndani ya maandishi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="98"/>
        <source>side by side</source>
        <translation>kando kwa kando</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="100"/>
        <source>Changed sections only</source>
        <translation>Vipengele vilivyobadilishwa pekee</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="101"/>
        <source>Previous change</source>
        <translation>Badiliko lililotangulia</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="102"/>
        <source>Next change</source>
        <translation>Badiliko linalofuata</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="138"/>
        <source>Both languages</source>
        <translation>Lugha zote mbili</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="179"/>
        <source>Change %1 of %2</source>
        <translation>Badiliko %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="188"/>
        <source>No comparison yet.</source>
        <translation>Bado hakuna ulinganisho.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="193"/>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>Vipengele: %1 vimeongezwa, %2 vimeondolewa, %3 vimehamishwa, %4 vimebadilishwa</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="20"/>
        <source>Edit text</source>
        <translation>Hariri maandishi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="21"/>
        <source>Edit translation</source>
        <translation>Hariri tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="22"/>
        <source>Import translations</source>
        <translation>Leta tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="23"/>
        <source>Insert section</source>
        <translation>Ingiza kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="24"/>
        <source>Set status</source>
        <translation>Weka hali</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="25"/>
        <source>Remove section</source>
        <translation>Ondoa kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="26"/>
        <source>Duplicate section</source>
        <translation>Nakili kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="27"/>
        <source>Move section</source>
        <translation>Sogeza kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="28"/>
        <source>Rename section</source>
        <translation>Badilisha jina la kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="29"/>
        <source>Change policy properties</source>
        <translation>Badilisha sifa za sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="30"/>
        <source>Make section local</source>
        <translation>Fanya kipengele kiwe cha ndani</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="31"/>
        <source>Link section to library</source>
        <translation>Unganisha kipengele na maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="32"/>
        <source>Save section to library</source>
        <translation>Hifadhi kipengele kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="35"/>
        <source>Insert “%1”</source>
        <translation>Ingiza “%1”</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="38"/>
        <source>Update “%1” from library</source>
        <translation>Sasisha “%1” kutoka maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="40"/>
        <source>Add language %1</source>
        <translation>Ongeza lugha %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="41"/>
        <source>Remove language %1</source>
        <translation>Ondoa lugha %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="42"/>
        <source>Create clause %1</source>
        <translation>Unda kifungu %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="43"/>
        <source>Edit clause %1</source>
        <translation>Hariri kifungu %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="44"/>
        <source>Approve clause %1</source>
        <translation>Idhinisha kifungu %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="47"/>
        <source>Deprecate clause %1</source>
        <translation>Acha kifungu %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="51"/>
        <source>Return clause %1 to draft</source>
        <translation>Rudisha kifungu %1 kuwa rasimu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="53"/>
        <source>Set %1</source>
        <translation>Weka %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="68"/>
        <location filename="../policy_studio/ui/export_dialog.py" line="203"/>
        <source>Export policy</source>
        <translation>Hamisha sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="80"/>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="86"/>
        <source>Side by side (columns)</source>
        <translation>Kando kwa kando (safu)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="87"/>
        <source>One after the other</source>
        <translation>Moja baada ya nyingine</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="88"/>
        <source>Arabic-Indic digits in Arabic numbering</source>
        <translation>Tarakimu za Kiarabu-Kihindi katika namba za Kiarabu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="89"/>
        <source>Table of contents</source>
        <translation>Jedwali la yaliyomo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Role</source>
        <translation>Wadhifa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="96"/>
        <source>Add approver</source>
        <translation>Ongeza mwidhinishaji</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="97"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="102"/>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="110"/>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="111"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="112"/>
        <source>Second language</source>
        <translation>Lugha ya pili</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="113"/>
        <source>Layout</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="120"/>
        <source>Sign-off</source>
        <translation>Uidhinishaji</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="125"/>
        <source>Save as</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="135"/>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="224"/>
        <source>Preview shows the first {n} sections.</source>
        <translation>Onyesho la awali linaonyesha vipengele {n} vya kwanza.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="232"/>
        <source>Choose where to save the export.</source>
        <translation>Chagua mahali pa kuhifadhi faili.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="242"/>
        <source>Saved {path}</source>
        <translation>Imehifadhiwa {path}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Check</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Segment</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="48"/>
        <source>Not an error</source>
        <translation>Si kosa</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="82"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>dosari %n</numerusform>
            <numerusform>dosari %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="83"/>
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · kosa %n</numerusform>
            <numerusform> · makosa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="88"/>
        <source>error</source>
        <translation>kosa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="89"/>
        <source>warning</source>
        <translation>onyo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="90"/>
        <source>info</source>
        <translation>taarifa</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Glossary: %1 → %2</source>
        <translation>Faharasa ya istilahi: %1 → %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Term</source>
        <translation>Istilahi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="56"/>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="59"/>
        <source>Note (optional)</source>
        <translation>Maelezo (si lazima)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="60"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="63"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="56"/>
        <source>Open a policy to see its versions.</source>
        <translation>Fungua sera ili kuona matoleo yake.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="37"/>
        <source>No.</source>
        <translation>Na.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="38"/>
        <source>Label</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="39"/>
        <source>Saved</source>
        <translation>Imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="40"/>
        <source>Author</source>
        <translation>Mwandishi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="41"/>
        <source>Approved</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="42"/>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="152"/>
        <source>Save version…</source>
        <translation>Hifadhi toleo…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="153"/>
        <source>Open read-only</source>
        <translation>Fungua kwa kusoma tu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="154"/>
        <source>Compare with draft</source>
        <translation>Linganisha na rasimu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="155"/>
        <source>Restore as draft</source>
        <translation>Rejesha kama rasimu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="156"/>
        <location filename="../policy_studio/ui/history_panel.py" line="227"/>
        <source>Mark approved</source>
        <translation>Weka alama imeidhinishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="191"/>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="225"/>
        <source>Withdraw approval</source>
        <translation>Ondoa idhini</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="23"/>
        <source>Title</source>
        <translation>Kichwa kikuu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="24"/>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="25"/>
        <source>Heading</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="26"/>
        <source>Paragraph</source>
        <translation>Aya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="27"/>
        <source>Bullet</source>
        <translation>Kitone</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="28"/>
        <source>Numbered</source>
        <translation>Yenye namba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="29"/>
        <source>Break</source>
        <translation>Mgawanyo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="30"/>
        <source>Dropped</source>
        <translation>Imeachwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="78"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="34"/>
        <source>&amp;Heading</source>
        <translation>&amp;Kichwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="35"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Aya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="36"/>
        <source>&amp;Bullet</source>
        <translation>Ki&amp;tone</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="37"/>
        <source>&amp;Numbered</source>
        <translation>Yenye &amp;namba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="38"/>
        <source>&amp;Drop line</source>
        <translation>&amp;Acha mstari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>Import preview — %1</source>
        <translation>Onyesho la kuleta — %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>pasted text</source>
        <translation>maandishi yaliyobandikwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="89"/>
        <source>Selected lines are:</source>
        <translation>Mistari iliyochaguliwa ni:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Leta</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="136"/>
        <source>%1 headings, %2 lines dropped; languages: %3.</source>
        <translation>Vichwa %1, mistari %2 imeachwa; lugha: %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="139"/>
        <source>none found</source>
        <translation>hakuna iliyopatikana</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="74"/>
        <source>Search clauses (any language)…</source>
        <translation>Tafuta vifungu (lugha yoyote)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="81"/>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="99"/>
        <source>Insert into policy</source>
        <translation>Ingiza kwenye sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="101"/>
        <source>Edit clause…</source>
        <translation>Hariri kifungu…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="108"/>
        <source>Wording:</source>
        <translation>Maneno:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="127"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="165"/>
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/library_panel.py" line="222"/>
        <source>%n clause(s)</source>
        <translation>
            <numerusform>kifungu %n</numerusform>
            <numerusform>vifungu %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="241"/>
        <source>Main wording</source>
        <translation>Maneno makuu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="274"/>
        <source>Deprecated: do not use in new policies</source>
        <translation>Imeachwa: usitumie katika sera mpya</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="93"/>
        <source>Opening %1…</source>
        <translation>Inafungua %1…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="173"/>
        <location filename="../policy_studio/ui/main_window.py" line="375"/>
        <source>Write</source>
        <translation>Andika</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="174"/>
        <location filename="../policy_studio/ui/main_window.py" line="377"/>
        <source>Translate</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="177"/>
        <source>Compare</source>
        <translation>Linganisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="200"/>
        <source>Preview in:</source>
        <translation>Onyesho kwa:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="206"/>
        <source>Clause library</source>
        <translation>Maktaba ya vifungu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="212"/>
        <source>Variables</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="215"/>
        <source>Preview</source>
        <translation>Onyesho la awali</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="229"/>
        <location filename="../policy_studio/ui/main_window.py" line="454"/>
        <source>All changes saved</source>
        <translation>Mabadiliko yote yamehifadhiwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="239"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="291"/>
        <source>New workspace…</source>
        <translation>Eneo jipya la kazi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="294"/>
        <source>Open workspace…</source>
        <translation>Fungua eneo la kazi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="297"/>
        <source>Open recent</source>
        <translation>Fungua ya hivi karibuni</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="299"/>
        <source>New policy…</source>
        <translation>Sera mpya…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="302"/>
        <source>Policy properties…</source>
        <translation>Sifa za sera…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="306"/>
        <source>Save version…</source>
        <translation>Hifadhi toleo…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="307"/>
        <location filename="../policy_studio/ui/main_window.py" line="978"/>
        <source>Save a copy as…</source>
        <translation>Hifadhi nakala kama…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="311"/>
        <source>Import document…</source>
        <translation>Leta hati…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="315"/>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="320"/>
        <source>Export for translation (XLIFF)…</source>
        <translation>Hamisha kwa tafsiri (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="323"/>
        <source>Import translation (XLIFF)…</source>
        <translation>Leta tafsiri (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="326"/>
        <source>Quit</source>
        <translation>Ondoka</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="329"/>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="330"/>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="331"/>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="347"/>
        <source>&amp;Section</source>
        <translation>&amp;Kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="349"/>
        <source>Insert selected clause</source>
        <translation>Ingiza kifungu kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="364"/>
        <source>Save section to library…</source>
        <translation>Hifadhi kipengele kwenye maktaba…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="367"/>
        <source>&amp;Library</source>
        <translation>&amp;Maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="368"/>
        <source>New clause…</source>
        <translation>Kifungu kipya…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="370"/>
        <source>Edit selected clause…</source>
        <translation>Hariri kifungu kilichochaguliwa…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="380"/>
        <source>Compare versions</source>
        <translation>Linganisha matoleo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="384"/>
        <location filename="../policy_studio/ui/main_window.py" line="753"/>
        <source>Interface language</source>
        <translation>Lugha ya kiolesura</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>&amp;Zana</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="398"/>
        <source>Glossary…</source>
        <translation>Faharasa ya istilahi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="932"/>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>Haijahifadhiwa: %1. Mabadiliko yako yamebaki katika dirisha hili.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="951"/>
        <source>Save a copy as</source>
        <translation>Hifadhi nakala kama</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="962"/>
        <source>Saved a copy as %1</source>
        <translation>Nakala imehifadhiwa kama %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="972"/>
        <source>Your last changes are not saved: %1.</source>
        <translation>Mabadiliko yako ya mwisho hayajahifadhiwa: %1.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="976"/>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>Ungependa kufunga hata hivyo? Mabadiliko ambayo hayajahifadhiwa yatapotea.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="979"/>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="980"/>
        <source>Quit anyway</source>
        <translation>Funga hata hivyo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="494"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>New policy</source>
        <translation>Sera mpya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="579"/>
        <source>Created “%1”</source>
        <translation>Imeundwa “%1”</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="594"/>
        <source>Deprecated clauses still used: %1</source>
        <translation>Vifungu vilivyoachwa bado vinatumika: %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="624"/>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>“%1” kimeachwa: fikiria kifungu kingine</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="638"/>
        <source>Rename section</source>
        <translation>Badilisha jina la kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="639"/>
        <source>Title (%1):</source>
        <translation>Kichwa (%1):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="663"/>
        <source>The section is up to date with the library</source>
        <translation>Kipengele kiko sawa na maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="725"/>
        <source>Saved version %1 (%2)</source>
        <translation>Toleo %1 (%2) limehifadhiwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="741"/>
        <source>Glossary</source>
        <translation>Faharasa ya istilahi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="742"/>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>Faharasa ni ya jozi ya lugha: ongeza lugha lengwa kwanza.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="754"/>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>Kiolesura kitakuwa kwa %1 Policy Studio itakapoanzishwa tena.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="777"/>
        <source>Added %1 to the library</source>
        <translation>%1 imeongezwa kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="793"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 imehifadhiwa kama toleo %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Save section to library</source>
        <translation>Hifadhi kipengele kwenye maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Clause key:</source>
        <translation>Ufunguo wa kifungu:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="839"/>
        <source>Saved as library clause %1 (draft)</source>
        <translation>Imehifadhiwa kama kifungu cha maktaba %1 (rasimu)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="885"/>
        <source>Open workspace</source>
        <translation>Fungua eneo la kazi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="887"/>
        <location filename="../policy_studio/ui/main_window.py" line="899"/>
        <location filename="../policy_studio/ui/main_window.py" line="953"/>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>Maeneo ya kazi ya Policy Studio (*%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="897"/>
        <source>New workspace</source>
        <translation>Eneo jipya la kazi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="926"/>
        <source>Opened %1</source>
        <translation>Imefunguliwa %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="209"/>
        <source>Outline</source>
        <translation>Muhtasari</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="98"/>
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="99"/>
        <source>update available</source>
        <translation>sasisho linapatikana</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="101"/>
        <source>deprecated</source>
        <translation>kimeachwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="107"/>
        <source>Local section (not linked to the library)</source>
        <translation>Kipengele cha ndani (hakijaunganishwa na maktaba)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="109"/>
        <source>Linked to library clause %1, version %2</source>
        <translation>Kimeunganishwa na kifungu cha maktaba %1, toleo %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="116"/>
        <source>The library has version %1</source>
        <translation>Maktaba ina toleo %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="53"/>
        <source>Move section up</source>
        <translation>Sogeza kipengele juu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="55"/>
        <source>Move section down</source>
        <translation>Sogeza kipengele chini</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="58"/>
        <source>Duplicate section</source>
        <translation>Nakili kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="61"/>
        <source>Remove section</source>
        <translation>Ondoa kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="64"/>
        <source>Rename section…</source>
        <translation>Badilisha jina la kipengele…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="67"/>
        <source>Update from library…</source>
        <translation>Sasisha kutoka maktaba…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="74"/>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="75"/>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="76"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="77"/>
        <source>Update</source>
        <translation>Sasisha</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="41"/>
        <source>Policy properties</source>
        <translation>Sifa za sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="51"/>
        <source>Title (%1)</source>
        <translation>Kichwa (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>Shirika</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="54"/>
        <source>set</source>
        <translation>weka</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="66"/>
        <source>Effective date</source>
        <translation>Tarehe ya kuanza kutumika</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="68"/>
        <source>Version label</source>
        <translation>Lebo ya toleo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="73"/>
        <source>Source language</source>
        <translation>Lugha ya chanzo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="81"/>
        <source>Translate into</source>
        <translation>Tafsiri kwa</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="65"/>
        <source>Save version</source>
        <translation>Hifadhi toleo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="73"/>
        <source>Label</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="74"/>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="88"/>
        <source>Section title</source>
        <translation>Kichwa cha kipengele</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="100"/>
        <source>Paragraph</source>
        <translation>Aya</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="101"/>
        <source>Heading</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="102"/>
        <source>Bullet item</source>
        <translation>Kipengee cha kitone</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="103"/>
        <source>Numbered item</source>
        <translation>Kipengee chenye namba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="115"/>
        <source>Bold</source>
        <translation>Herufi nzito</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="118"/>
        <source>Italic</source>
        <translation>Italiki</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="121"/>
        <source>Link…</source>
        <translation>Kiungo…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="129"/>
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="257"/>
        <source>Local section</source>
        <translation>Kipengele cha ndani</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="261"/>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>Kimeunganishwa na kifungu cha maktaba %1 (toleo %2); mabadiliko yako yanakifanya kuwa toleo la ndani</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="334"/>
        <source>Insert variable…</source>
        <translation>Ingiza kigezo…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Address (https://… or mailto:…):</source>
        <translation>Anwani (https://… au mailto:…):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="572"/>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>Viungo vya https://, http:// na mailto: pekee vinaruhusiwa</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="174"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>The source changed after this segment was translated.</source>
        <translation>Chanzo kilibadilika baada ya sehemu hii kutafsiriwa.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="338"/>
        <source>stale</source>
        <translation>imepitwa na wakati</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="339"/>
        <source>untranslated</source>
        <translation>haijatafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="340"/>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="341"/>
        <source>translated</source>
        <translation>imetafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="342"/>
        <source>reviewed</source>
        <translation>imekaguliwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="343"/>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>No policy</source>
        <translation>Hakuna sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>Open or create a policy first.</source>
        <translation>Fungua au unda sera kwanza.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="90"/>
        <source>Saved %1</source>
        <translation>Imehifadhiwa %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="92"/>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="104"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="111"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="120"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="130"/>
        <source>Export for translation</source>
        <translation>Hamisha kwa tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="105"/>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>Sera hii haina lugha lengwa: ongeza moja katika Sifa za sera.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="112"/>
        <source>Translate into:</source>
        <translation>Tafsiri kwa:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="122"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="150"/>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Faili za XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="134"/>
        <source>Wrote %1 segments to %2</source>
        <translation>Sehemu %1 zimeandikwa kwenye %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="148"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="155"/>
        <source>Import translation</source>
        <translation>Leta tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="165"/>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>Sehemu %1 zimesasishwa, %2 hazijabadilika.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="171"/>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>%1 zimebaki kuwa rasimu: chanzo kimebadilika tangu kuhamishwa.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="177"/>
        <source>%1 units match no segment of this policy.</source>
        <translation>Vipande %1 havilingani na sehemu yoyote ya sera hii.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="183"/>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>Sehemu %1 za sera hazimo kwenye faili.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="208"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="215"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="230"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="270"/>
        <source>Import document</source>
        <translation>Leta hati</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="210"/>
        <source>Policies (%1)</source>
        <translation>Sera (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="245"/>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>“%1” imeletwa: vipengele %2 kwa %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="252"/>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>Mistari %1 imeachwa (urambazaji, mabaki).</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="259"/>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>Sehemu %1 zimepatikana kwa lugha moja tu: zikague katika mwonekano wa Tafsiri.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="271"/>
        <source>Add a translation of this policy from a second file?</source>
        <translation>Ongeza tafsiri ya sera hii kutoka faili la pili?</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="279"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Translation file</source>
        <translation>Faili la tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="281"/>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>Sera (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Language of the file:</source>
        <translation>Lugha ya faili:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="304"/>
        <source>%1 sections.</source>
        <translation>Vipengele %1.</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="83"/>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>Sera hii bado haina tafsiri: ongeza lugha lengwa katika Sifa za sera.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="88"/>
        <source>Translate from</source>
        <translation>Tafsiri kutoka</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="90"/>
        <source>into</source>
        <translation>kwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="259"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="264"/>
        <source>Translated: %1</source>
        <translation>Imetafsiriwa: %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="104"/>
        <source>Update from the library</source>
        <translation>Sasisha kutoka maktaba</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="109"/>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>“%1”: toleo lako %2 → toleo la maktaba %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="126"/>
        <source>Apply update</source>
        <translation>Tekeleza sasisho</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="143"/>
        <source>Was (the library version you had):</source>
        <translation>Ilikuwa (toleo la maktaba ulilokuwa nalo):</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="146"/>
        <source>Keep mine:</source>
        <translation>Baki na yangu:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="147"/>
        <source>Take the library's:</source>
        <translation>Chukua ya maktaba:</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/update_dialog.py" line="182"/>
        <source>%n conflict(s) still need a choice</source>
        <translation>
            <numerusform>mgongano %n bado unahitaji uamuzi</numerusform>
            <numerusform>migongano %n bado inahitaji uamuzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="137"/>
        <source>Variable</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="156"/>
        <source>No value: the policy shows [%1]</source>
        <translation>Hakuna thamani: sera inaonyesha [%1]</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="161"/>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>Inatumia “%1” (kutoka lugha ya chanzo au sifa za sera)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="170"/>
        <source>Unfilled in: %1</source>
        <translation>Haijajazwa katika: %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="176"/>
        <source>%1 variables, %2 unfilled</source>
        <translation>Vigezo %1, %2 havijajazwa</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="100"/>
        <source>Version %1 (%2) — read-only</source>
        <translation>Toleo %1 (%2) — kusoma tu</translation>
    </message>
</context>
</TS>