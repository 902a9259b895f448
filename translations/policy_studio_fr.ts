<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="294"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="295"/>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="296"/>
        <source>Stale</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="297"/>
        <source>With findings</source>
        <translation>Avec anomalies</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="303"/>
        <source>Copy source</source>
        <translation>Copier la source</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="304"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Copier le texte source dans la traduction (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="306"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="307"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Marquer comme traduit et passer au segment suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="309"/>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="311"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="314"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="321"/>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="339"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Mémoire de traduction (Ctrl+1…9 pour insérer)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="341"/>
        <source>Findings</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="553"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang} : {t:.0f} % traduit · {r:.0f} % relu · {s} obsolète(s)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="40"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="44"/>
        <source>Not an error</source>
        <translation>Pas une erreur</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="70"/>
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n erreur</numerusform>
            <numerusform> · %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="73"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="39"/>
        <source>Glossary: %1 → %2</source>
        <translation>Glossaire : %1 → %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="47"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="48"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="52"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="39"/>
        <source>Search clauses (any language)…</source>
        <translation>Rechercher des clauses (toutes langues)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="52"/>
        <source>Clause library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="58"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="60"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="66"/>
        <source>Preview language:</source>
        <translation>Langue de l’aperçu :</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/main_window.py" line="87"/>
        <source>%n clause(s) in the library</source>
        <translation>
            <numerusform>%n clause dans la bibliothèque</numerusform>
            <numerusform>%n clauses dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="158"/>
        <source>Linked to library clause %1 (version %2)</source>
        <translation>Lié à la clause %1 de la bibliothèque (version %2)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="162"/>
        <source>Local section</source>
        <translation>Section locale</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="182"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="307"/>
        <source>The source changed after this segment was translated.</source>
        <translation>La source a changé après la traduction de ce segment.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="318"/>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="319"/>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="321"/>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="322"/>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="323"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
</TS>