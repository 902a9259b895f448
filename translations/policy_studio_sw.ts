<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="294"/>
        <source>All segments</source>
        <translation>Sehemu zote</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="295"/>
        <source>Untranslated</source>
        <translation>Hazijatafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="296"/>
        <source>Stale</source>
        <translation>Zilizopitwa na wakati</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="297"/>
        <source>With findings</source>
        <translation>Zenye dosari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="303"/>
        <source>Copy source</source>
        <translation>Nakili chanzo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="304"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Nakili maandishi ya chanzo kwenye tafsiri (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="306"/>
        <source>Confirm</source>
        <translation>Thibitisha</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="307"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Weka alama kuwa imetafsiriwa na uende sehemu inayofuata (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="309"/>
        <source>Reviewed</source>
        <translation>Imekaguliwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="311"/>
        <source>Approved</source>
        <translation>Imeidhinishwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="314"/>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="321"/>
        <source>Glossary…</source>
        <translation>Faharasa ya istilahi…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="339"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Kumbukumbu ya tafsiri (Ctrl+1…9 kuingiza)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="341"/>
        <source>Findings</source>
        <translation>Dosari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="553"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}% imetafsiriwa · {r:.0f}% imekaguliwa · {s} zimepitwa na wakati</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Check</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Segment</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="44"/>
        <source>Not an error</source>
        <translation>Si kosa</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>dosari %n</numerusform>
            <numerusform>dosari %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · kosa %n</numerusform>
            <numerusform> · makosa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>error</source>
        <translation>kosa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>warning</source>
        <translation>onyo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>info</source>
        <translation>taarifa</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="39"/>
        <source>Glossary: %1 → %2</source>
        <translation>Faharasa ya istilahi: %1 → %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="47"/>
        <source>Term</source>
        <translation>Istilahi</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="48"/>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Maelezo (si lazima)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="52"/>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="39"/>
        <source>Search clauses (any language)…</source>
        <translation>Tafuta vifungu (lugha yoyote)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="52"/>
        <source>Clause library</source>
        <translation>Maktaba ya vifungu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="58"/>
        <source>Policy</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="60"/>
        <source>Outline</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="66"/>
        <source>Preview language:</source>
        <translation>Lugha ya onyesho:</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/main_window.py" line="87"/>
        <source>%n clause(s) in the library</source>
        <translation>
            <numerusform>kifungu %n maktabani</numerusform>
            <numerusform>vifungu %n maktabani</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="158"/>
        <source>Linked to library clause %1 (version %2)</source>
        <translation>Kimeunganishwa na kifungu %1 cha maktaba (toleo %2)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="162"/>
        <source>Local section</source>
        <translation>Sehemu ya ndani</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="182"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="307"/>
        <source>The source changed after this segment was translated.</source>
        <translation>Chanzo kilibadilika baada ya sehemu hii kutafsiriwa.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="318"/>
        <source>stale</source>
        <translation>imepitwa na wakati</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="319"/>
        <source>untranslated</source>
        <translation>haijatafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="321"/>
        <source>translated</source>
        <translation>imetafsiriwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="322"/>
        <source>reviewed</source>
        <translation>imekaguliwa</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="323"/>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
</context>
</TS>