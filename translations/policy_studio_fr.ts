<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <location filename="../policy_studio/ui/application.py" line="71"/>
        <source>Cannot open the workspace.</source>
        <translation>Impossible d’ouvrir l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="440"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="441"/>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="442"/>
        <source>Stale</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="443"/>
        <source>With findings</source>
        <translation>Avec anomalies</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="451"/>
        <source>Copy source</source>
        <translation>Copier la source</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="452"/>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Copier le texte source dans la traduction (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="454"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="456"/>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Marquer comme traduit et passer au segment suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="459"/>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="463"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="468"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="475"/>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="495"/>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Mémoire de traduction (Ctrl+1…9 pour insérer)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="497"/>
        <source>Findings</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/bilingual_grid.py" line="731"/>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang} : {t:.0f} % traduit · {r:.0f} % relu · {s} obsolète(s)</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="43"/>
        <source>Edit clause</source>
        <translation>Modifier la clause</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="56"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="63"/>
        <source>Title (%1)</source>
        <translation>Titre (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="65"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="68"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="73"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="76"/>
        <source>Add variant…</source>
        <translation>Ajouter une variante…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="80"/>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="112"/>
        <source>Main wording</source>
        <translation>Formulation principale</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>New variant</source>
        <translation>Nouvelle variante</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/clause_dialog.py" line="140"/>
        <source>Variant name:</source>
        <translation>Nom de la variante :</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="99"/>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Enregistrez une version (Fichier &gt; Enregistrer une version…) pour y comparer le brouillon.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="103"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="105"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="145"/>
        <source>Current draft</source>
        <translation>Brouillon actuel</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="195"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="54"/>
        <source>Someone else changed the same text</source>
        <translation>Quelqu’un d’autre a modifié le même texte</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="59"/>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>Pendant que vous travailliez, quelqu’un d’autre a enregistré un texte différent aux endroits ci-dessous. Rien n’a été écrasé. Choisissez le texte à garder pour chacun.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="71"/>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="72"/>
        <source>In this window</source>
        <translation>Dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="77"/>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="81"/>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/conflict_dialog.py" line="82"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="49"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur inattendue s’est produite : {error}</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="59"/>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>Vos dernières modifications ne sont PAS encore enregistrées ({reason}). Elles sont conservées dans cette fenêtre : utilisez Fichier › Enregistrer une copie sous… pour les garder.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="65"/>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>Vos modifications jusqu’à ce moment sont enregistrées dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/crash_report.py" line="69"/>
        <source>Details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="31"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="32"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="33"/>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="34"/>
        <source>moved and changed</source>
        <translation>déplacée et modifiée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="35"/>
        <source>moved away</source>
        <translation>déplacée ailleurs</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="36"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="72"/>
        <source> — from section %1</source>
        <translation> — depuis la section %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="97"/>
        <source>inline</source>
        <translation>dans le texte</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="98"/>
        <source>side by side</source>
        <translation>côte à côte</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="100"/>
        <source>Changed sections only</source>
        <translation>Sections modifiées uniquement</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="101"/>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="102"/>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="138"/>
        <source>Both languages</source>
        <translation>Les deux langues</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="179"/>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="188"/>
        <source>No comparison yet.</source>
        <translation>Aucune comparaison pour l’instant.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/diff_view.py" line="193"/>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>Sections : %1 ajoutées, %2 supprimées, %3 déplacées, %4 modifiées</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="20"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="21"/>
        <source>Edit translation</source>
        <translation>Modifier la traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="22"/>
        <source>Import translations</source>
        <translation>Importer les traductions</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="23"/>
        <source>Insert section</source>
        <translation>Insérer une section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="24"/>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="25"/>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="26"/>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="27"/>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="28"/>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="29"/>
        <source>Change policy properties</source>
        <translation>Modifier les propriétés de la politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="30"/>
        <source>Make section local</source>
        <translation>Rendre la section locale</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="31"/>
        <source>Link section to library</source>
        <translation>Lier la section à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="32"/>
        <source>Save section to library</source>
        <translation>Enregistrer la section dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="35"/>
        <source>Insert “%1”</source>
        <translation>Insérer « %1 »</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="38"/>
        <source>Update “%1” from library</source>
        <translation>Mettre à jour « %1 » depuis la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="40"/>
        <source>Add language %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="41"/>
        <source>Remove language %1</source>
        <translation>Supprimer la langue %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="42"/>
        <source>Create clause %1</source>
        <translation>Créer la clause %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="43"/>
        <source>Edit clause %1</source>
        <translation>Modifier la clause %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="44"/>
        <source>Approve clause %1</source>
        <translation>Approuver la clause %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="47"/>
        <source>Deprecate clause %1</source>
        <translation>Rendre obsolète la clause %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="51"/>
        <source>Return clause %1 to draft</source>
        <translation>Remettre la clause %1 en brouillon</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/undo.py" line="53"/>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="68"/>
        <location filename="../policy_studio/ui/export_dialog.py" line="203"/>
        <source>Export policy</source>
        <translation>Exporter la politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="80"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="86"/>
        <source>Side by side (columns)</source>
        <translation>Côte à côte (colonnes)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="87"/>
        <source>One after the other</source>
        <translation>L’une après l’autre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="88"/>
        <source>Arabic-Indic digits in Arabic numbering</source>
        <translation>Chiffres arabes orientaux dans la numérotation arabe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="89"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="93"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="96"/>
        <source>Add approver</source>
        <translation>Ajouter un approbateur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="97"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="102"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="110"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="111"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="112"/>
        <source>Second language</source>
        <translation>Seconde langue</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="113"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="120"/>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="125"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="135"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="224"/>
        <source>Preview shows the first {n} sections.</source>
        <translation>L’aperçu montre les {n} premières sections.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="232"/>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/export_dialog.py" line="242"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="43"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="48"/>
        <source>Not an error</source>
        <translation>Pas une erreur</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="82"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/findings_panel.py" line="83"/>
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n erreur</numerusform>
            <numerusform> · %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="88"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="89"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/findings_panel.py" line="90"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="43"/>
        <source>Glossary: %1 → %2</source>
        <translation>Glossaire : %1 → %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="55"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="56"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="59"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="60"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/glossary_dialog.py" line="63"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../policy_studio/ui/versions_view.py" line="56"/>
        <source>Open a policy to see its versions.</source>
        <translation>Ouvrez une politique pour voir ses versions.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="37"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="38"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="39"/>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="40"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="41"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="42"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="152"/>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="153"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="154"/>
        <source>Compare with draft</source>
        <translation>Comparer au brouillon</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="155"/>
        <source>Restore as draft</source>
        <translation>Restaurer comme brouillon</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="156"/>
        <location filename="../policy_studio/ui/history_panel.py" line="227"/>
        <source>Mark approved</source>
        <translation>Marquer comme approuvée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="191"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="225"/>
        <source>Withdraw approval</source>
        <translation>Retirer l’approbation</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="23"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="25"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="26"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="27"/>
        <source>Bullet</source>
        <translation>Puce</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="28"/>
        <source>Numbered</source>
        <translation>Numéroté</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="29"/>
        <source>Break</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="30"/>
        <source>Dropped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/import_lines.py" line="78"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="34"/>
        <source>&amp;Heading</source>
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="35"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="36"/>
        <source>&amp;Bullet</source>
        <translation>P&amp;uce</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="37"/>
        <source>&amp;Numbered</source>
        <translation>&amp;Numéroté</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="38"/>
        <source>&amp;Drop line</source>
        <translation>I&amp;gnorer la ligne</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>Import preview — %1</source>
        <translation>Aperçu de l’import — %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="73"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="89"/>
        <source>Selected lines are:</source>
        <translation>Les lignes sélectionnées sont :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="136"/>
        <source>%1 headings, %2 lines dropped; languages: %3.</source>
        <translation>%1 intertitres, %2 lignes ignorées ; langues : %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/import_preview.py" line="139"/>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="74"/>
        <source>Search clauses (any language)…</source>
        <translation>Rechercher des clauses (toute langue)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="81"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="99"/>
        <source>Insert into policy</source>
        <translation>Insérer dans la politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="101"/>
        <source>Edit clause…</source>
        <translation>Modifier la clause…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="108"/>
        <source>Wording:</source>
        <translation>Formulation :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="127"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="165"/>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/library_panel.py" line="222"/>
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="241"/>
        <source>Main wording</source>
        <translation>Formulation principale</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/library_panel.py" line="274"/>
        <source>Deprecated: do not use in new policies</source>
        <translation>Obsolète : ne pas utiliser dans de nouvelles politiques</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="93"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="173"/>
        <location filename="../policy_studio/ui/main_window.py" line="375"/>
        <source>Write</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="174"/>
        <location filename="../policy_studio/ui/main_window.py" line="377"/>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="177"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="200"/>
        <source>Preview in:</source>
        <translation>Aperçu en :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="206"/>
        <source>Clause library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="212"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="215"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="229"/>
        <location filename="../policy_studio/ui/main_window.py" line="454"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="239"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="289"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="291"/>
        <source>New workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="294"/>
        <source>Open workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="297"/>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="299"/>
        <source>New policy…</source>
        <translation>Nouvelle politique…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="302"/>
        <source>Policy properties…</source>
        <translation>Propriétés de la politique…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="306"/>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="307"/>
        <location filename="../policy_studio/ui/main_window.py" line="978"/>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="311"/>
        <source>Import document…</source>
        <translation>Importer un document…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="315"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="320"/>
        <source>Export for translation (XLIFF)…</source>
        <translation>Exporter pour traduction (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="323"/>
        <source>Import translation (XLIFF)…</source>
        <translation>Importer une traduction (XLIFF)…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="326"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="329"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="330"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="331"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="347"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="349"/>
        <source>Insert selected clause</source>
        <translation>Insérer la clause sélectionnée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="364"/>
        <source>Save section to library…</source>
        <translation>Enregistrer la section dans la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="367"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="368"/>
        <source>New clause…</source>
        <translation>Nouvelle clause…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="370"/>
        <source>Edit selected clause…</source>
        <translation>Modifier la clause sélectionnée…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="380"/>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="384"/>
        <location filename="../policy_studio/ui/main_window.py" line="753"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="398"/>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="932"/>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>Non enregistré : %1. Vos modifications sont conservées dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="951"/>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="962"/>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="972"/>
        <source>Your last changes are not saved: %1.</source>
        <translation>Vos dernières modifications ne sont pas enregistrées : %1.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="976"/>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>Quitter quand même ? Les modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="979"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="980"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="494"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="565"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="579"/>
        <source>Created “%1”</source>
        <translation>« %1 » créée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="594"/>
        <source>Deprecated clauses still used: %1</source>
        <translation>Clauses obsolètes encore utilisées : %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="624"/>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>« %1 » est obsolète : envisagez une autre clause</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="638"/>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="639"/>
        <source>Title (%1):</source>
        <translation>Titre (%1) :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="663"/>
        <source>The section is up to date with the library</source>
        <translation>La section est à jour avec la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="725"/>
        <source>Saved version %1 (%2)</source>
        <translation>Version %1 (%2) enregistrée</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="741"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="742"/>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>Le glossaire dépend d’une paire de langues : ajoutez d’abord une langue cible.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="754"/>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>L’interface sera en %1 au prochain démarrage de Policy Studio.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="777"/>
        <source>Added %1 to the library</source>
        <translation>%1 ajoutée à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="793"/>
        <source>Saved %1 as version %2</source>
        <translation>%1 enregistrée en version %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Save section to library</source>
        <translation>Enregistrer la section dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="812"/>
        <source>Clause key:</source>
        <translation>Clé de la clause :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="839"/>
        <source>Saved as library clause %1 (draft)</source>
        <translation>Enregistrée comme clause %1 de la bibliothèque (brouillon)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="885"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="887"/>
        <location filename="../policy_studio/ui/main_window.py" line="899"/>
        <location filename="../policy_studio/ui/main_window.py" line="953"/>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>Espaces de travail Policy Studio (*%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="897"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="926"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/main_window.py" line="209"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="98"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="99"/>
        <source>update available</source>
        <translation>mise à jour disponible</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="101"/>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="107"/>
        <source>Local section (not linked to the library)</source>
        <translation>Section locale (non liée à la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="109"/>
        <source>Linked to library clause %1, version %2</source>
        <translation>Liée à la clause %1 de la bibliothèque, version %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/outline_model.py" line="116"/>
        <source>The library has version %1</source>
        <translation>La bibliothèque a la version %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="53"/>
        <source>Move section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="55"/>
        <source>Move section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="58"/>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="61"/>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="64"/>
        <source>Rename section…</source>
        <translation>Renommer la section…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="67"/>
        <source>Update from library…</source>
        <translation>Mettre à jour depuis la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="74"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="75"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="76"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/outline_panel.py" line="77"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="41"/>
        <source>Policy properties</source>
        <translation>Propriétés de la politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="51"/>
        <source>Title (%1)</source>
        <translation>Titre (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="54"/>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="66"/>
        <source>Effective date</source>
        <translation>Date d’entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="68"/>
        <source>Version label</source>
        <translation>Libellé de version</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="73"/>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/properties_dialog.py" line="81"/>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="65"/>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="73"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="74"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="88"/>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="100"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="101"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="102"/>
        <source>Bullet item</source>
        <translation>Élément à puce</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="103"/>
        <source>Numbered item</source>
        <translation>Élément numéroté</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="115"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="118"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="121"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="129"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="257"/>
        <source>Local section</source>
        <translation>Section locale</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="261"/>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>Liée à la clause %1 de la bibliothèque (version %2) ; vos modifications en font une variante locale</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="334"/>
        <source>Insert variable…</source>
        <translation>Insérer une variable…</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="566"/>
        <source>Address (https://… or mailto:…):</source>
        <translation>Adresse (https://… ou mailto:…) :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/section_editor.py" line="572"/>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>Seuls les liens https://, http:// et mailto: sont autorisés</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="174"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="320"/>
        <source>The source changed after this segment was translated.</source>
        <translation>La source a changé après la traduction de ce segment.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="338"/>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="339"/>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="340"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="341"/>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="342"/>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/models/segment_model.py" line="343"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>No policy</source>
        <translation>Aucune politique</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="72"/>
        <source>Open or create a policy first.</source>
        <translation>Ouvrez ou créez d’abord une politique.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="90"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="92"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="104"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="111"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="120"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="130"/>
        <source>Export for translation</source>
        <translation>Exporter pour traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="105"/>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>Cette politique n’a pas de langue cible : ajoutez-en une dans Propriétés de la politique.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="112"/>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="122"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="150"/>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="134"/>
        <source>Wrote %1 segments to %2</source>
        <translation>%1 segments écrits dans %2</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="148"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="155"/>
        <source>Import translation</source>
        <translation>Importer une traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="165"/>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>%1 segments mis à jour, %2 inchangés.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="171"/>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>%1 conservés en brouillon : la source a changé depuis l’export.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="177"/>
        <source>%1 units match no segment of this policy.</source>
        <translation>%1 unités ne correspondent à aucun segment de cette politique.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="183"/>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>%1 segments de la politique ne sont pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="208"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="215"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="230"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="270"/>
        <source>Import document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="210"/>
        <source>Policies (%1)</source>
        <translation>Politiques (%1)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="245"/>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>« %1 » importée : %2 sections en %3.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="252"/>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>%1 lignes ignorées (navigation, débris).</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="259"/>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>%1 parties trouvées dans une seule langue : vérifiez-les dans la vue Traduire.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="271"/>
        <source>Add a translation of this policy from a second file?</source>
        <translation>Ajouter une traduction de cette politique depuis un second fichier ?</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="279"/>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Translation file</source>
        <translation>Fichier de traduction</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="281"/>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>Politiques (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="287"/>
        <source>Language of the file:</source>
        <translation>Langue du fichier :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/transfer_actions.py" line="304"/>
        <source>%1 sections.</source>
        <translation>%1 sections.</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="83"/>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>Cette politique n’a pas encore de traduction : ajoutez une langue cible dans Propriétés de la politique.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="88"/>
        <source>Translate from</source>
        <translation>Traduire de</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="90"/>
        <source>into</source>
        <translation>vers</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="259"/>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/translate_view.py" line="264"/>
        <source>Translated: %1</source>
        <translation>Traduit : %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="104"/>
        <source>Update from the library</source>
        <translation>Mise à jour depuis la bibliothèque</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="109"/>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>« %1 » : votre version %2 → version %3 de la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="126"/>
        <source>Apply update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="143"/>
        <source>Was (the library version you had):</source>
        <translation>Avant (la version de la bibliothèque que vous aviez) :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="146"/>
        <source>Keep mine:</source>
        <translation>Garder la mienne :</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/update_dialog.py" line="147"/>
        <source>Take the library's:</source>
        <translation>Prendre celle de la bibliothèque :</translation>
    </message>
    <message numerus="yes">
        <location filename="../policy_studio/ui/update_dialog.py" line="182"/>
        <source>%n conflict(s) still need a choice</source>
        <translation>
            <numerusform>%n conflit attend encore un choix</numerusform>
            <numerusform>%n conflits attendent encore un choix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="137"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="156"/>
        <source>No value: the policy shows [%1]</source>
        <translation>Aucune valeur : la politique affiche [%1]</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="161"/>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>Utilise « %1 » (de la langue source ou des propriétés de la politique)</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="170"/>
        <source>Unfilled in: %1</source>
        <translation>Non renseignée en : %1</translation>
    </message>
    <message>
        <location filename="../policy_studio/ui/variables_panel.py" line="176"/>
        <source>%1 variables, %2 unfilled</source>
        <translation>%1 variables, %2 non renseignées</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <location filename="../policy_studio/ui/history_panel.py" line="100"/>
        <source>Version %1 (%2) — read-only</source>
        <translation>Version %1 (%2) — lecture seule</translation>
    </message>
</context>
</TS>