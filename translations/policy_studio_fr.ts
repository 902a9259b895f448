<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>role not known yet</source>
        <translation>rôle encore inconnu</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traducteur</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>translator into %1</source>
        <translation>traducteur vers %1</translation>
    </message>
    <message>
        <source>no Policy Studio role</source>
        <translation>aucun rôle Policy Studio</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>All activity</source>
        <translation>Toute l’activité</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Clauses and library</source>
        <translation>Clauses et bibliothèque</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Mises à jour de la bibliothèque</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Constats écartés</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Filter by person, action or text</source>
        <translation>Filtrer par personne, action ou texte</translation>
    </message>
    <message>
        <source>Reading the activity…</source>
        <translation>Lecture de l’activité…</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>L’activité n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace.</source>
        <translation>Impossible d’ouvrir l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>AssembleWizard</name>
    <message>
        <source>New policy from questionnaire</source>
        <translation>Nouvelle politique à partir du questionnaire</translation>
    </message>
    <message>
        <source>About the policy</source>
        <translation>À propos de la politique</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Laws and languages</source>
        <translation>Lois et langues</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Ce que vous faites</translation>
    </message>
    <message>
        <source>What the policy will contain</source>
        <translation>Ce que la politique contiendra</translation>
    </message>
    <message>
        <source>the questionnaire</source>
        <translation>le questionnaire</translation>
    </message>
    <message>
        <source>Tick at least one law on the first page.</source>
        <translation>Cochez au moins une loi sur la première page.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Cochez au moins une langue.</translation>
    </message>
    <message>
        <source>%1 sections. Coverage: %2 covered, %3 missing, %4 not applicable.</source>
        <translation>%1 sections. Couverture : %2 couvertes, %3 manquantes, %4 sans objet.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Avec anomalies</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>Copier la source</translation>
    </message>
    <message>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Copier le texte source dans la traduction (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Marquer comme traduit et passer au segment suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>Propager</translation>
    </message>
    <message>
        <source>Confirming a segment gives its translation to the other segments with the same source (as translated, in the same undo step)</source>
        <translation>Confirmer un segment donne sa traduction aux autres segments ayant la même source (comme traduits, dans la même étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <source>Pre-translate…</source>
        <translation>Prétraduire…</translation>
    </message>
    <message>
        <source>Fill untranslated segments from the library and the memory</source>
        <translation>Remplir les segments non traduits depuis la bibliothèque et la mémoire</translation>
    </message>
    <message>
        <source>Concordance…</source>
        <translation>Concordance…</translation>
    </message>
    <message>
        <source>Where a phrase occurs in the memory, the library and this policy (Ctrl+K)</source>
        <translation>Où une expression apparaît dans la mémoire, la bibliothèque et cette politique (Ctrl+K)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Find and replace in the source or the target (Ctrl+H)</source>
        <translation>Rechercher et remplacer dans la source ou la cible (Ctrl+H)</translation>
    </message>
    <message>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Mémoire de traduction (Ctrl+1…9 pour insérer)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>The glossary and the dismissed findings could not be read: %1. Trying again…</source>
        <translation>Le glossaire et les anomalies écartées n’ont pas pu être lus : %1. Nouvel essai…</translation>
    </message>
    <message>
        <source>The translation memory could not be read: %1. Trying again…</source>
        <translation>La mémoire de traduction n’a pas pu être lue : %1. Nouvel essai…</translation>
    </message>
    <message>
        <source>The changed glossary could not be read: %1</source>
        <translation>Le glossaire modifié n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Lecture du glossaire…</translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has QA errors (%n): %2. Press Ctrl+Enter again to confirm it anyway.</source>
        <translation>
            <numerusform>Le segment %1 contient des erreurs de contrôle qualité (%n) : %2. Appuyez de nouveau sur Ctrl+Entrée pour le confirmer quand même.</numerusform>
            <numerusform>Le segment %1 contient des erreurs de contrôle qualité (%n) : %2. Appuyez de nouveau sur Ctrl+Entrée pour le confirmer quand même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 was marked %2 with QA errors (%n): %3</source>
        <translation>
            <numerusform>Le segment %1 a été marqué %2 avec des erreurs de contrôle (%n) : %3</numerusform>
            <numerusform>Le segment %1 a été marqué %2 avec des erreurs de contrôle (%n) : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>La ligne du journal d’activité « %1 » n’a pas été écrite : %2</translation>
    </message>
    <message>
        <source>The finding was not marked “not an error”: %1. It is shown again.</source>
        <translation>L’anomalie n’a pas été marquée « pas une erreur » : %1. Elle est de nouveau affichée.</translation>
    </message>
    <message numerus="yes">
        <source>The same translation was given to %n other segment(s) with this source.</source>
        <translation>
            <numerusform>La même traduction a été donnée à %n autre(s) segment(s) ayant cette source.</numerusform>
            <numerusform>La même traduction a été donnée à %n autre(s) segment(s) ayant cette source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed segment(s) with this source keep another translation.</source>
        <translation>
            <numerusform>%n segment(s) confirmé(s) ayant cette source garde(nt) une autre traduction.</numerusform>
            <numerusform>%n segment(s) confirmé(s) ayant cette source garde(nt) une autre traduction.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 segment(s).</source>
        <translation>
            <numerusform>%n remplacement(s) dans %1 segment(s).</numerusform>
            <numerusform>%n remplacement(s) dans %1 segment(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the translation memory for pre-translation…</source>
        <translation>Lecture de la mémoire de traduction pour la prétraduction…</translation>
    </message>
    <message>
        <source>Pre-translation could not read the translation memory: %1</source>
        <translation>La prétraduction n’a pas pu lire la mémoire de traduction : %1</translation>
    </message>
    <message>
        <source>Reading the translation memory…</source>
        <translation>Lecture de la mémoire de traduction…</translation>
    </message>
    <message>
        <source>checking %1%…</source>
        <translation>vérification %1 %…</translation>
    </message>
    <message>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang} : {t:.0f} % traduit · {r:.0f} % relu · {s} obsolète(s)</translation>
    </message>
    <message>
        <source>Reading the dismissed findings…</source>
        <translation>Lecture des anomalies écartées…</translation>
    </message>
    <message>
        <source>The consistency check waits for the translation memory.</source>
        <translation>La vérification de cohérence attend la mémoire de traduction.</translation>
    </message>
</context>
<context>
    <name>Blocker</name>
    <message>
        <source>§%1 title [%2]: untranslated</source>
        <translation>§%1 titre [%2] : non traduit</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: untranslated</source>
        <translation>§%1 bloc %3 [%2] : non traduit</translation>
    </message>
    <message>
        <source>§%1 title [%2]: stale: the source changed since translation</source>
        <translation>§%1 titre [%2] : périmé : la source a changé depuis la traduction</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: stale: the source changed since translation</source>
        <translation>§%1 bloc %3 [%2] : périmé : la source a changé depuis la traduction</translation>
    </message>
    <message>
        <source>§%1 title [%2]: not approved (%4)</source>
        <translation>§%1 titre [%2] : non approuvé (%4)</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: not approved (%4)</source>
        <translation>§%1 bloc %3 [%2] : non approuvé (%4)</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1 titre [%2] : modification proposée (%4) par %5 ni acceptée ni refusée</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1 bloc %3 [%2] : modification proposée (%4) par %5 ni acceptée ni refusée</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1 titre [%2] : modification proposée (%4) ni acceptée ni refusée</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1 bloc %3 [%2] : modification proposée (%4) ni acceptée ni refusée</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1 titre [%2] : note de relecture de %5 non résolue : %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1 bloc %3 [%2] : note de relecture de %5 non résolue : %4</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note not resolved: %4</source>
        <translation>§%1 titre [%2] : note de relecture non résolue : %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note not resolved: %4</source>
        <translation>§%1 bloc %3 [%2] : note de relecture non résolue : %4</translation>
    </message>
    <message>
        <source>{{%1}} has no value in %2 (first used in §%3)</source>
        <translation>{{%1}} n’a pas de valeur en %2 (utilisée d’abord au §%3)</translation>
    </message>
    <message>
        <source>§%1: clause %2 is a draft</source>
        <translation>§%1 : la clause %2 est un brouillon</translation>
    </message>
    <message>
        <source>§%1: clause %2 is deprecated</source>
        <translation>§%1 : la clause %2 est obsolète</translation>
    </message>
    <message>
        <source>§%1: the library has version %2 of %3 (the section has %4)</source>
        <translation>§%1 : la bibliothèque a la version %2 de %3 (la section a la version %4)</translation>
    </message>
    <message>
        <source>no version of the policy has been approved</source>
        <translation>aucune version de la politique n’a été approuvée</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved by %2</source>
        <translation>le texte a changé depuis que %2 a approuvé la version %1</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved</source>
        <translation>le texte a changé depuis l’approbation de la version %1</translation>
    </message>
    <message>
        <source>regulation %1: no file describes it</source>
        <translation>réglementation %1 : aucun fichier ne la décrit</translation>
    </message>
</context>
<context>
    <name>BlockerValue</name>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>format</source>
        <translation>mise en forme</translation>
    </message>
    <message>
        <source>move</source>
        <translation>déplacement</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>Edit clause</source>
        <translation>Modifier la clause</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Titre (%1)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>Ajouter une variante…</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>Formulation principale</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nouvelle variante</translation>
    </message>
    <message>
        <source>Variant name:</source>
        <translation>Nom de la variante :</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ColumnWidthsDialog</name>
    <message>
        <source>Column widths</source>
        <translation>Largeur des colonnes</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Total: 100 %</source>
        <translation>Total : 100 %</translation>
    </message>
    <message>
        <source>Total: %1 % (the columns keep these proportions of the full width)</source>
        <translation>Total : %1 % (les colonnes gardent ces proportions de la largeur totale)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Enregistrez une version (Fichier &gt; Enregistrer une version…) pour y comparer le brouillon.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Exporter la comparaison…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossible de lire les versions : %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Brouillon actuel</translation>
    </message>
    <message>
        <source>Saving version… The draft is compared with it once it is saved.</source>
        <translation>Enregistrement de la version… Le brouillon lui sera comparé une fois enregistrée.</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>Document Word avec suivi des modifications (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Save this comparison as a Word document with tracked changes, a web page or a PDF</source>
        <translation>Enregistrer cette comparaison comme document Word avec suivi des modifications, page web ou PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>A word or phrase, in either language (spelling variants are found too)</source>
        <translation>Un mot ou une expression, dans l&apos;une ou l&apos;autre langue (les variantes d&apos;orthographe sont trouvées aussi)</translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation>Source et cible</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>Source seulement</translation>
    </message>
    <message>
        <source>Target only</source>
        <translation>Cible seulement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>The concordance could not be built: %1</source>
        <translation>La concordance n’a pas pu être construite : %1</translation>
    </message>
    <message>
        <source>Reading the translation memory and the library…</source>
        <translation>Lecture de la mémoire de traduction et de la bibliothèque…</translation>
    </message>
    <message>
        <source>Double-click to go to this segment</source>
        <translation>Double-cliquez pour aller à ce segment</translation>
    </message>
    <message>
        <source>%1 segments searchable</source>
        <translation>%1 segments consultables</translation>
    </message>
    <message>
        <source>%1 matches in %2 segments</source>
        <translation>%1 résultats dans %2 segments</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Details and order of sections</source>
        <translation>Détails et ordre des sections</translation>
    </message>
    <message>
        <source>Title and cover details, %1</source>
        <translation>Titre et détails de couverture, %1</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>Section %1: its blocks and their order</source>
        <translation>Section %1 : ses blocs et leur ordre</translation>
    </message>
    <message>
        <source>A removed block</source>
        <translation>Un bloc supprimé</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>%1, %2 text</source>
        <translation>%1, texte (%2)</translation>
    </message>
    <message>
        <source>%1, block layout</source>
        <translation>%1, mise en forme du bloc</translation>
    </message>
    <message>
        <source>Someone else changed the same text</source>
        <translation>Quelqu’un d’autre a modifié le même texte</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>Pendant que vous travailliez, quelqu’un d’autre a enregistré un texte différent aux endroits ci-dessous. Rien n’a été écrasé. Choisissez le texte à garder pour chacun.</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <source>In this window</source>
        <translation>Dans cette fenêtre</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Regulations…</source>
        <translation>Réglementations…</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Insérer la clause</translation>
    </message>
    <message>
        <source>Confirm topic</source>
        <translation>Confirmer le thème</translation>
    </message>
    <message>
        <source>The section&apos;s text says this: count it for the requirement</source>
        <translation>Le texte de la section le dit : la compter pour cette exigence</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>Aller à la section</translation>
    </message>
    <message>
        <source>Open a policy to see its coverage.</source>
        <translation>Ouvrez une politique pour voir sa couverture.</translation>
    </message>
    <message>
        <source>Choose the regulations this policy is under to see what it still needs to say.</source>
        <translation>Choisissez les réglementations applicables pour voir ce que la politique doit encore dire.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 à faire</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>%1 covered, %2 partly, %3 missing, %4 not applicable</source>
        <translation>%1 couvertes, %2 en partie, %3 manquantes, %4 sans objet</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>couverte</translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation>couverte en partie</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manque : %1</translation>
    </message>
    <message>
        <source>said in %1? confirm</source>
        <translation>dit en %1 ? à confirmer</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>bibliothèque : %1</translation>
    </message>
    <message>
        <source>Insert clause adds “%1” from the library.</source>
        <translation>Insérer la clause ajoute « %1 » depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>Les lois choisies n’ont pas pu être enregistrées comme vues (une modification ultérieure ne serait pas signalée) : %1</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur inattendue s’est produite : {error}</translation>
    </message>
    <message>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>Vos dernières modifications ne sont PAS encore enregistrées ({reason}). Elles sont conservées dans cette fenêtre : utilisez Fichier › Enregistrer une copie sous… pour les garder.</translation>
    </message>
    <message>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>Vos modifications jusqu’à ce moment sont enregistrées dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>moved and changed</source>
        <translation>déplacée et modifiée</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>déplacée ailleurs</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>gras</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>italique</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>lien %1</translation>
    </message>
    <message>
        <source>bullet item</source>
        <translation>élément à puce</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>élément numéroté</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <source> — from section %1</source>
        <translation> — depuis la section %1</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>dans le texte</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>côte à côte</translation>
    </message>
    <message>
        <source>Changed sections only</source>
        <translation>Sections modifiées uniquement</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Les deux langues</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Aucune comparaison pour l’instant.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>Sections : %1 ajoutées, %2 supprimées, %3 déplacées, %4 modifiées</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>Où est mon espace de travail ?</translation>
    </message>
    <message>
        <source>Your clause library, policies and versions are saved in this file. Back it up or share it like any document.</source>
        <translation>Votre bibliothèque de clauses, vos politiques et leurs versions sont enregistrées dans ce fichier. Sauvegardez-le ou partagez-le comme tout document.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Policy Studio %1

Write bilingual privacy policies from a library of vetted clauses, translate them side by side and compare their versions.

Qt %2</source>
        <translation>Policy Studio %1

Rédigez des politiques de confidentialité bilingues à partir d’une bibliothèque de clauses validées, traduisez-les côte à côte et comparez leurs versions.

Qt %2</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Modifier la traduction</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importer les traductions</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Insérer une section</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Change policy properties</source>
        <translation>Modifier les propriétés de la politique</translation>
    </message>
    <message>
        <source>Make section local</source>
        <translation>Rendre la section locale</translation>
    </message>
    <message>
        <source>Link section to library</source>
        <translation>Lier la section à la bibliothèque</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>Enregistrer la section dans la bibliothèque</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Confirmer la traduction</translation>
    </message>
    <message>
        <source>Confirm and propagate translation</source>
        <translation>Confirmer et propager la traduction</translation>
    </message>
    <message>
        <source>Pre-translate</source>
        <translation>Prétraduire</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Insérer « %1 »</translation>
    </message>
    <message>
        <source>Update “%1” from library</source>
        <translation>Mettre à jour « %1 » depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Supprimer la langue %1</translation>
    </message>
    <message>
        <source>Set regulations</source>
        <translation>Définir les réglementations</translation>
    </message>
    <message>
        <source>Change column widths</source>
        <translation>Modifier la largeur des colonnes</translation>
    </message>
    <message>
        <source>Approve translations</source>
        <translation>Approuver les traductions</translation>
    </message>
    <message>
        <source>Propagate translation</source>
        <translation>Propager la traduction</translation>
    </message>
    <message>
        <source>Confirm section topics</source>
        <translation>Confirmer les thèmes de la section</translation>
    </message>
    <message>
        <source>Change paragraph type</source>
        <translation>Changer le type de paragraphe</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>Supprimer le paragraphe</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Scinder le paragraphe</translation>
    </message>
    <message>
        <source>Create clause %1</source>
        <translation>Créer la clause %1</translation>
    </message>
    <message>
        <source>Edit clause %1</source>
        <translation>Modifier la clause %1</translation>
    </message>
    <message>
        <source>Approve clause %1</source>
        <translation>Approuver la clause %1</translation>
    </message>
    <message>
        <source>Deprecate clause %1</source>
        <translation>Rendre obsolète la clause %1</translation>
    </message>
    <message>
        <source>Return clause %1 to draft</source>
        <translation>Remettre la clause %1 en brouillon</translation>
    </message>
    <message>
        <source>Accept proposed change</source>
        <translation>Accepter la modification proposée</translation>
    </message>
    <message>
        <source>Reject proposed change</source>
        <translation>Refuser la modification proposée</translation>
    </message>
    <message>
        <source>Resolve review note</source>
        <translation>Résoudre la note de relecture</translation>
    </message>
    <message>
        <source>Reopen review note</source>
        <translation>Rouvrir la note de relecture</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <source>Set %1 (%2)</source>
        <translation>Définir %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export policy</source>
        <translation>Exporter la politique</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>XLIFF, for translation tools</source>
        <translation>XLIFF, pour les outils de traduction</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Side by side (columns)</source>
        <translation>Côte à côte (colonnes)</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>L’une après l’autre</translation>
    </message>
    <message>
        <source>Each language&apos;s own digits (٠١٢ in Arabic)</source>
        <translation>Chiffres propres à chaque langue (٠١٢ en arabe)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add approver</source>
        <translation>Ajouter un approbateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Seconde langue</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Checking whether the text is ready for sign-off…</source>
        <translation>Vérification que le texte est prêt pour l’approbation…</translation>
    </message>
    <message>
        <source>Preview shows the first {n} sections.</source>
        <translation>L’aperçu montre les {n} premières sections.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>Laying out the policy…</source>
        <translation>Mise en page de la politique…</translation>
    </message>
    <message>
        <source>Breaking it into pages…</source>
        <translation>Découpage en pages…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Breaking it into pages… page {n}</source>
        <translation>Découpage en pages… page {n}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message numerus="yes">
        <source>Marked &quot;Draft — not approved&quot; (blockers: %n).</source>
        <translation>
            <numerusform>Marquée « Projet — non approuvé » : %n obstacle(s).</numerusform>
            <numerusform>Marquée « Projet — non approuvé » : %n obstacle(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Cible (%1)</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics and letter variants</source>
        <translation>Ignorer les signes diacritiques et variantes de lettres arabes</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Variables and link addresses are never changed.</source>
        <translation>Les variables et les adresses des liens ne sont jamais modifiées.</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>same as source</source>
        <translation>identique à la source</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>variables</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>invisible characters</source>
        <translation>caractères invisibles</translation>
    </message>
    <message>
        <source>brackets</source>
        <translation>parenthèses</translation>
    </message>
    <message>
        <source>dates in RTL</source>
        <translation>dates en texte RTL</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>glossaire</translation>
    </message>
    <message>
        <source>forbidden term</source>
        <translation>terme interdit</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>mise en forme</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>négation</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>garantie</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>phrases</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>éléments de liste</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>cohérence</translation>
    </message>
    <message>
        <source>number</source>
        <translation>le nombre</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>link</source>
        <translation>le lien</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>à puces</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numérotée</translation>
    </message>
    <message>
        <source>a negation</source>
        <translation>une négation</translation>
    </message>
    <message>
        <source>an absolute or a guarantee</source>
        <translation>un absolu ou une garantie</translation>
    </message>
    <message>
        <source>a word for all or every</source>
        <translation>un mot pour tous ou chaque</translation>
    </message>
    <message>
        <source>a word for only</source>
        <translation>un mot pour seulement</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>pas encore de traduction</translation>
    </message>
    <message>
        <source>translation of an empty source text</source>
        <translation>traduction d&apos;un texte source vide</translation>
    </message>
    <message>
        <source>the translation is the same as the source</source>
        <translation>la traduction est identique à la source</translation>
    </message>
    <message>
        <source>%1 %2 is missing in the translation</source>
        <translation>%1 %2 manque dans la traduction</translation>
    </message>
    <message>
        <source>%1 %2 is not in the source</source>
        <translation>%1 %2 n&apos;est pas dans la source</translation>
    </message>
    <message>
        <source>date %1 is missing in the translation</source>
        <translation>la date %1 manque dans la traduction</translation>
    </message>
    <message>
        <source>date %1 is not in the source</source>
        <translation>la date %1 n&apos;est pas dans la source</translation>
    </message>
    <message>
        <source>variable %1 is missing in the translation</source>
        <translation>la variable %1 manque dans la traduction</translation>
    </message>
    <message>
        <source>variable %1 is not in the source</source>
        <translation>la variable %1 n&apos;est pas dans la source</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×): text may be missing</source>
        <translation>la traduction fait %1× la longueur de la source (d&apos;habitude %2×) : du texte manque peut-être</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×)</source>
        <translation>la traduction fait %1× la longueur de la source (d&apos;habitude %2×)</translation>
    </message>
    <message>
        <source>invisible character %1: the text may display differently from what is stored</source>
        <translation>caractère invisible %1 : le texte peut s&apos;afficher autrement qu&apos;il n&apos;est enregistré</translation>
    </message>
    <message>
        <source>the date %1 displays as %2 in right-to-left text; write it with slashes (%3) to keep its order</source>
        <translation>la date %1 s&apos;affiche %2 dans un texte de droite à gauche ; écrivez-la avec des barres obliques (%3) pour garder son ordre</translation>
    </message>
    <message>
        <source>unbalanced %1 in the translation</source>
        <translation>%1 non apparié dans la traduction</translation>
    </message>
    <message>
        <source>“%1” should be translated as “%2”</source>
        <translation>« %1 » doit être traduit par « %2 »</translation>
    </message>
    <message>
        <source>“%1” is a forbidden translation of “%2” in the glossary%3</source>
        <translation>« %1 » est une traduction interdite de « %2 » dans le glossaire%3</translation>
    </message>
    <message>
        <source>the source has %1 %2 element(s), the translation %3: “%4” has no counterpart</source>
        <translation>la source a %1 élément(s) %2, la traduction %3 : « %4 » n&apos;a pas d&apos;équivalent</translation>
    </message>
    <message>
        <source>the translation has %1 %2 element(s), the source %3: “%4” is not in the source</source>
        <translation>la traduction a %1 élément(s) %2, la source %3 : « %4 » n&apos;est pas dans la source</translation>
    </message>
    <message>
        <source>the %1 list has %2 items in %3 but %4 in %5</source>
        <translation>la liste %1 a %2 éléments en %3 mais %4 en %5</translation>
    </message>
    <message>
        <source>the same source is translated differently in %1: “%2”</source>
        <translation>la même source est traduite autrement au %1 : « %2 »</translation>
    </message>
    <message>
        <source>%1 translates the same source as “%2”</source>
        <translation>%1 traduit la même source par « %2 »</translation>
    </message>
    <message>
        <source>this sentence of the source seems to have no translation: %1 “%2”</source>
        <translation>cette phrase de la source semble sans traduction : %1 « %2 »</translation>
    </message>
    <message>
        <source>this sentence of the translation seems to have no source: %1 “%2”</source>
        <translation>cette phrase de la traduction semble sans source : %1 « %2 »</translation>
    </message>
    <message>
        <source>the source has %1 (“%2”) that the translation does not: %3 “%4” — %5 “%6”</source>
        <translation>la source contient %1 (« %2 ») que la traduction n&apos;a pas : %3 « %4 » — %5 « %6 »</translation>
    </message>
    <message>
        <source>the translation has %1 (“%2”) that the source does not: %3 “%4” — %5 “%6”</source>
        <translation>la traduction contient %1 (« %2 ») que la source n&apos;a pas : %3 « %4 » — %5 « %6 »</translation>
    </message>
    <message>
        <source>the modality changed: the source says “%1”, the translation “%2” (%3 “%4” — %5 “%6”)</source>
        <translation>la modalité a changé : la source dit « %1 », la traduction « %2 » (%3 « %4 » — %5 « %6 »)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Not an error</source>
        <translation>Pas une erreur</translation>
    </message>
    <message>
        <source>Why it is not an error (recorded)</source>
        <translation>Pourquoi ce n’est pas une erreur (consigné)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n anomalie</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n erreur</numerusform>
            <numerusform> · %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %1 of %2 sections</source>
        <translation>Vérification… %1 sections sur %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary: %1 → %2</source>
        <translation>Glossaire : %1 → %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>The translation must not be used: the QA check reports it as an error</source>
        <translation>Cette traduction ne doit pas être utilisée : le contrôle qualité la signale comme une erreur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add term pairs from a TBX or CSV file</source>
        <translation>Ajouter des paires de termes depuis un fichier TBX ou CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write this glossary as TBX or CSV</source>
        <translation>Enregistrer ce glossaire en TBX ou CSV</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv)</source>
        <translation>Glossaires (*.tbx *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1 term pairs read: %2 added, %3 already in the glossary.</source>
        <translation>%1 paires de termes lues : %2 ajoutées, %3 déjà dans le glossaire.</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Exporter le glossaire</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV (*.csv)</source>
        <translation>TBX (*.tbx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 term pairs to %2.</source>
        <translation>%1 paires de termes écrites dans %2.</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Lecture du glossaire…</translation>
    </message>
    <message>
        <source>The glossary could not be read: %1</source>
        <translation>Le glossaire n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Double-click to switch required / forbidden</source>
        <translation>Double-cliquez pour basculer entre obligatoire et interdit</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not saved: %3</source>
        <translation>« %1 » → « %2 » n’a pas été enregistré : %3</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not added: %3</source>
        <translation>« %1 » → « %2 » n’a pas été ajouté : %3</translation>
    </message>
    <message>
        <source>The terms were not removed: %1</source>
        <translation>Les termes n’ont pas été supprimés : %1</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Open a policy to see its versions.</source>
        <translation>Ouvrez une politique pour voir ses versions.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>Comparer au brouillon</translation>
    </message>
    <message>
        <source>Restore as draft</source>
        <translation>Restaurer comme brouillon</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Marquer comme approuvée</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Reading versions…</source>
        <translation>Lecture des versions…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossible de lire les versions : %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>approuvée par %1, %2</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Retirer l’approbation</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>La version n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Saving version…</source>
        <translation>Enregistrement de la version…</translation>
    </message>
    <message>
        <source>Withdrawing the approval…</source>
        <translation>Retrait de l’approbation…</translation>
    </message>
    <message>
        <source>The approval could not be withdrawn: %1</source>
        <translation>L’approbation n’a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>The version could not be checked: %1</source>
        <translation>La version n’a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation en cours…</translation>
    </message>
    <message>
        <source>The version could not be approved: %1</source>
        <translation>La version n’a pas pu être approuvée : %1</translation>
    </message>
    <message>
        <source>Checking the version…</source>
        <translation>Vérification de la version…</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) is not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>La version %1 (%2) n’est pas prête pour la validation (obstacles : %n).</numerusform>
            <numerusform>La version %1 (%2) n’est pas prête pour la validation (obstacles : %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve it anyway? The blockers are written in the activity log.</source>
        <translation>L’approuver quand même ? Les obstacles sont inscrits dans le journal d’activité.</translation>
    </message>
    <message>
        <source>Approve a version with blockers?</source>
        <translation>Approuver une version qui a des obstacles ?</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Approuver quand même</translation>
    </message>
</context>
<context>
    <name>ImportPairsModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Élément numéroté</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Table cell</source>
        <translation>Cellule de tableau</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Apparié</translation>
    </message>
    <message>
        <source>Check this pair</source>
        <translation>Vérifiez cette paire</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Seulement en %1</translation>
    </message>
    <message>
        <source>Cells without a partner: %1</source>
        <translation>Cellules sans correspondance : %1</translation>
    </message>
    <message>
        <source>Paired by you</source>
        <translation>Apparié par vous</translation>
    </message>
    <message>
        <source>Unpaired by you</source>
        <translation>Séparé par vous</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, paragraphe %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Appariement</translation>
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
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>&amp;Bullet</source>
        <translation>P&amp;uce</translation>
    </message>
    <message>
        <source>&amp;Numbered</source>
        <translation>&amp;Numéroté</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Laisser de côté</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>intertitre</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>puce</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>élément numéroté</translation>
    </message>
    <message>
        <source>break</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>laissé de côté</translation>
    </message>
    <message>
        <source>(one language after the other)</source>
        <translation>(une langue après l’autre)</translation>
    </message>
    <message>
        <source>(paragraph by paragraph)</source>
        <translation>(paragraphe par paragraphe)</translation>
    </message>
    <message>
        <source>this correction cannot be made</source>
        <translation>cette correction est impossible</translation>
    </message>
    <message>
        <source>a table pairs only with a table</source>
        <translation>un tableau ne s’apparie qu’avec un tableau</translation>
    </message>
    <message>
        <source>a table row keeps its kind; split and merge work on text</source>
        <translation>une ligne de tableau garde son type ; scinder et fusionner s’appliquent au texte</translation>
    </message>
    <message>
        <source>a title, date or break keeps its kind</source>
        <translation>un titre, une date ou un séparateur garde son type</translation>
    </message>
    <message>
        <source>only a line and a later line of the same file merge</source>
        <translation>seule une ligne et une ligne suivante du même fichier se fusionnent</translation>
    </message>
    <message>
        <source>only two languages are imported: this would be a third</source>
        <translation>seules deux langues sont importées : ce serait une troisième</translation>
    </message>
    <message>
        <source>pairs need two languages</source>
        <translation>un appariement demande deux langues</translation>
    </message>
    <message>
        <source>split inside the text, not at its start or end</source>
        <translation>scindez à l’intérieur du texte, ni au début ni à la fin</translation>
    </message>
    <message>
        <source>the import changed this line&apos;s text; split it elsewhere</source>
        <translation>l’import a modifié le texte de cette ligne ; scindez-la ailleurs</translation>
    </message>
    <message>
        <source>the line is no longer there</source>
        <translation>la ligne n’existe plus</translation>
    </message>
    <message>
        <source>the line is no longer there (an earlier correction split it)</source>
        <translation>la ligne n’existe plus (une correction antérieure l’a scindée)</translation>
    </message>
    <message>
        <source>the source text is no longer there</source>
        <translation>le texte source n’existe plus</translation>
    </message>
    <message>
        <source>the title has a translation already</source>
        <translation>le titre a déjà une traduction</translation>
    </message>
    <message>
        <source>the translation is no longer there</source>
        <translation>la traduction n’existe plus</translation>
    </message>
    <message>
        <source>the two tables have different rows or columns</source>
        <translation>les deux tableaux n’ont pas les mêmes lignes ou colonnes</translation>
    </message>
    <message>
        <source>these texts are paired already</source>
        <translation>ces textes sont déjà appariés</translation>
    </message>
    <message>
        <source>this text has no partner to unpair</source>
        <translation>ce texte n’a pas de correspondance à séparer</translation>
    </message>
    <message>
        <source>Add a &amp;translation file…</source>
        <translation>Ajouter un fichier de &amp;traduction…</translation>
    </message>
    <message>
        <source>Selected text is a:</source>
        <translation>Le texte sélectionné est :</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Scinder…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation>A&amp;pparier</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Séparer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>&amp;Keep the dropped line</source>
        <translation>&amp;Garder la ligne écartée</translation>
    </message>
    <message>
        <source>Import the line selected in the report as a paragraph after all</source>
        <translation>Importer quand même comme paragraphe la ligne sélectionnée dans le rapport</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 sections.</source>
        <translation>%1 sections.</translation>
    </message>
    <message>
        <source>%1: %2 words in, %3 imported, %4 dropped, %5 changed.</source>
        <translation>%1 : %2 mots lus, %3 importés, %4 écartés, %5 modifiés.</translation>
    </message>
    <message>
        <source>%1 pairs to check (kept as drafts).</source>
        <translation>%1 paires à vérifier (gardées comme brouillons).</translation>
    </message>
    <message>
        <source>In one language only: %1.</source>
        <translation>Dans une seule langue : %1.</translation>
    </message>
    <message>
        <source>Not applied (the text it named is gone): %1</source>
        <translation>Non appliqué (le texte visé n’existe plus) : %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>Dropped — %1: “%2” (%3)</source>
        <translation>Écarté — %1 : « %2 » (%3)</translation>
    </message>
    <message>
        <source>Changed — %1: “%2” (%3)</source>
        <translation>Modifié — %1 : « %2 » (%3)</translation>
    </message>
    <message>
        <source>Joined into one block — %1: “%2”</source>
        <translation>Réuni en un seul bloc — %1 : « %2 »</translation>
    </message>
    <message>
        <source>Split over %3 blocks — %1: “%2”</source>
        <translation>Réparti sur %3 blocs — %1 : « %2 »</translation>
    </message>
    <message>
        <source>Check this pair — %1: %2 (%3)</source>
        <translation>Vérifiez cette paire — %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>No partner in %3 — %1: “%2”</source>
        <translation>Sans correspondance en %3 — %1 : « %2 »</translation>
    </message>
    <message>
        <source>Read as %2 — %1</source>
        <translation>Lu comme %2 — %1</translation>
    </message>
    <message>
        <source>Language — %1: %2</source>
        <translation>Langue — %1 : %2</translation>
    </message>
    <message>
        <source>Warning: %2</source>
        <translation>Avertissement : %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 → %4</source>
        <translation>« %1 » (%2) : %3 → %4</translation>
    </message>
    <message>
        <source>“%1” (%2): language %3 → %4</source>
        <translation>« %1 » (%2) : langue %3 → %4</translation>
    </message>
    <message>
        <source>“%1” (%2) split before “%3”</source>
        <translation>« %1 » (%2) scindé avant « %3 »</translation>
    </message>
    <message>
        <source>“%1” (%2) kept apart from the text before it</source>
        <translation>« %1 » (%2) séparé du texte qui le précède</translation>
    </message>
    <message>
        <source>“%1” (%2) merged with “%3” (%4)</source>
        <translation>« %1 » (%2) fusionné avec « %3 » (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) paired with “%3” (%4)</source>
        <translation>« %1 » (%2) apparié avec « %3 » (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) unpaired from “%3”</source>
        <translation>« %1 » (%2) séparé de « %3 »</translation>
    </message>
    <message>
        <source>A translation file&apos;s text is in the file&apos;s language.</source>
        <translation>Le texte d’un fichier de traduction est dans la langue du fichier.</translation>
    </message>
    <message>
        <source>The language the selected text is written in</source>
        <translation>La langue dans laquelle le texte sélectionné est écrit</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Rien n’a changé : %1</translation>
    </message>
    <message>
        <source>%1 corrections</source>
        <translation>%1 corrections</translation>
    </message>
    <message>
        <source>Import preview — %1</source>
        <translation>Aperçu de l’import — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>élément de liste</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>ligne de tableau</translation>
    </message>
    <message>
        <source>thematic break</source>
        <translation>séparateur thématique</translation>
    </message>
    <message>
        <source>numbered heading</source>
        <translation>titre numéroté</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>élément numéroté</translation>
    </message>
    <message>
        <source>title-like line</source>
        <translation>ligne qui ressemble à un titre</translation>
    </message>
    <message>
        <source>first title-like line</source>
        <translation>première ligne qui ressemble à un titre</translation>
    </message>
    <message>
        <source>first level-1 heading</source>
        <translation>premier titre de niveau 1</translation>
    </message>
    <message>
        <source>ends with a colon</source>
        <translation>se termine par deux-points</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>introduces a list</source>
        <translation>introduit une liste</translation>
    </message>
    <message>
        <source>bullet over a sub-list</source>
        <translation>puce au-dessus d’une sous-liste</translation>
    </message>
    <message>
        <source>block of short lines</source>
        <translation>bloc de lignes courtes</translation>
    </message>
    <message>
        <source>wrapped paragraph</source>
        <translation>paragraphe coupé sur plusieurs lignes</translation>
    </message>
    <message>
        <source>bold line</source>
        <translation>ligne en gras</translation>
    </message>
    <message>
        <source>bold paragraph</source>
        <translation>paragraphe en gras</translation>
    </message>
    <message>
        <source>short bold paragraph</source>
        <translation>court paragraphe en gras</translation>
    </message>
    <message>
        <source>typed bullet</source>
        <translation>puce tapée à la main</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>date d’entrée en vigueur</translation>
    </message>
    <message>
        <source>a second date line (kept as text)</source>
        <translation>une deuxième ligne de date (gardée comme texte)</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>titre répété</translation>
    </message>
    <message>
        <source>source note</source>
        <translation>note de source</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>navigation</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>image missing</source>
        <translation>image manquante</translation>
    </message>
    <message>
        <source>stray symbol</source>
        <translation>symbole isolé</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>bloc de code</translation>
    </message>
    <message>
        <source>raw HTML</source>
        <translation>HTML brut</translation>
    </message>
    <message>
        <source>template tag</source>
        <translation>balise de modèle</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>en-tête YAML (front matter)</translation>
    </message>
    <message>
        <source>front matter title</source>
        <translation>titre de l’en-tête YAML</translation>
    </message>
    <message>
        <source>front matter date</source>
        <translation>date de l’en-tête YAML</translation>
    </message>
    <message>
        <source>page title</source>
        <translation>titre de la page</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>propriétés du document</translation>
    </message>
    <message>
        <source>text in a block</source>
        <translation>texte dans un bloc</translation>
    </message>
    <message>
        <source>heading style</source>
        <translation>style de titre</translation>
    </message>
    <message>
        <source>outline level</source>
        <translation>niveau hiérarchique</translation>
    </message>
    <message>
        <source>Title style</source>
        <translation>style « Titre »</translation>
    </message>
    <message>
        <source>list style</source>
        <translation>style de liste</translation>
    </message>
    <message>
        <source>contents list</source>
        <translation>table des matières</translation>
    </message>
    <message>
        <source>title of an export</source>
        <translation>titre d’un export</translation>
    </message>
    <message>
        <source>cover of an export</source>
        <translation>couverture d’un export</translation>
    </message>
    <message>
        <source>effective date of an export</source>
        <translation>date d’entrée en vigueur d’un export</translation>
    </message>
    <message>
        <source>not-translated marker of an export</source>
        <translation>marque « non traduit » d’un export</translation>
    </message>
    <message>
        <source>title in the second language</source>
        <translation>titre dans la deuxième langue</translation>
    </message>
    <message>
        <source>item with its own marker (kept in the text)</source>
        <translation>élément avec son propre repère (gardé dans le texte)</translation>
    </message>
    <message>
        <source>numbered item “N- ”</source>
        <translation>élément numéroté « N- »</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>note de bas de page</translation>
    </message>
    <message>
        <source>endnote</source>
        <translation>note de fin</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>en-tête de page</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>pied de page</translation>
    </message>
    <message>
        <source>outside the page&apos;s main content</source>
        <translation>hors du contenu principal de la page</translation>
    </message>
    <message>
        <source>sign-off block of an export</source>
        <translation>bloc d’approbation d’un export</translation>
    </message>
    <message>
        <source>draft notice of an export</source>
        <translation>mention de brouillon d’un export</translation>
    </message>
    <message>
        <source>version line of an export (a version gets its label when it is saved)</source>
        <translation>ligne de version d’un export (une version reçoit son libellé quand elle est enregistrée)</translation>
    </message>
    <message>
        <source>front-matter title, repeated by the page&apos;s heading</source>
        <translation>titre de l’en-tête YAML, repris par le titre de la page</translation>
    </message>
    <message>
        <source>front-matter title (the page&apos;s own heading is the title)</source>
        <translation>titre de l’en-tête YAML (le titre propre de la page est le titre)</translation>
    </message>
    <message>
        <source>colon after the heading left out</source>
        <translation>deux-points après le titre retirés</translation>
    </message>
    <message>
        <source>template tags ({% … %}) left out</source>
        <translation>balises de modèle ({% … %}) retirées</translation>
    </message>
    <message>
        <source>not-translated marker of an export: no text in this language</source>
        <translation>marque « non traduit » d’un export : aucun texte dans cette langue</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>debris</source>
        <translation>débris de page</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <source>split by you</source>
        <translation>scindé par vous</translation>
    </message>
    <message>
        <source>merged by you</source>
        <translation>fusionné par vous</translation>
    </message>
    <message>
        <source>different numbers, links or e-mail addresses</source>
        <translation>nombres, liens ou adresses e-mail différents</translation>
    </message>
    <message>
        <source>numbers, links or e-mail addresses on one side only</source>
        <translation>nombres, liens ou adresses e-mail d’un seul côté</translation>
    </message>
    <message>
        <source>names kept in Latin letters are missing on the other side</source>
        <translation>des noms en lettres latines manquent de l’autre côté</translation>
    </message>
    <message>
        <source>far from the same place in the document</source>
        <translation>loin de la même place dans le document</translation>
    </message>
    <message>
        <source>weak evidence</source>
        <translation>indices faibles</translation>
    </message>
    <message>
        <source>heading level %1</source>
        <translation>titre de niveau %1</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>titre %1</translation>
    </message>
    <message>
        <source>numbering (%1)</source>
        <translation>numérotation (%1)</translation>
    </message>
    <message>
        <source>bullet “%1”</source>
        <translation>puce « %1 »</translation>
    </message>
    <message>
        <source>%1 on the cover of an export</source>
        <translation>%1 sur la couverture d’un export</translation>
    </message>
    <message>
        <source>comment by %1 (comments are not imported)</source>
        <translation>commentaire de %1 (les commentaires ne sont pas importés)</translation>
    </message>
    <message>
        <source>comment by %1 on “%2” (comments are not imported)</source>
        <translation>commentaire de %1 sur « %2 » (les commentaires ne sont pas importés)</translation>
    </message>
    <message>
        <source>tracked deletion by %1 (the import takes the changes as accepted)</source>
        <translation>suppression suivie de %1 (l’import tient les modifications pour acceptées)</translation>
    </message>
    <message>
        <source>moved by %1: its old place (the text is kept where it was moved to)</source>
        <translation>déplacé par %1 : son ancienne place (le texte est gardé là où il a été déplacé)</translation>
    </message>
    <message>
        <source>typed number “%1” taken as numbering</source>
        <translation>numéro saisi « %1 » pris comme numérotation</translation>
    </message>
    <message>
        <source>item number “%1” taken as list numbering</source>
        <translation>numéro d’élément « %1 » pris comme numérotation de liste</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s %1 in %2 (Policy › Properties), not as text</source>
        <translation>gardé comme %1 de la politique en %2 (Politique › Propriétés), pas comme texte</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s effective date (%1), not as text</source>
        <translation>gardé comme date d’entrée en vigueur de la politique (%1), pas comme texte</translation>
    </message>
    <message>
        <source>a variable of an export: kept as the value of {{%1}} in %2</source>
        <translation>variable d’un export : gardée comme valeur de {{%1}} en %2</translation>
    </message>
    <message>
        <source>lengths differ (%1 and %2 characters)</source>
        <translation>longueurs différentes (%1 et %2 caractères)</translation>
    </message>
    <message>
        <source>a %1 paired with a %2</source>
        <translation>un(e) %1 apparié(e) à un(e) %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre principal</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>puce</translation>
    </message>
    <message>
        <source>table cell</source>
        <translation>cellule de tableau</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (any language)…</source>
        <translation>Rechercher des clauses (toute langue)…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Insert into policy</source>
        <translation>Insérer dans la politique</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>Modifier la clause…</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Formulation :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Clause versions</source>
        <translation>Versions de la clause</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque : %1</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>Loi modifiée : %1</translation>
    </message>
    <message>
        <source>it is no longer in the library</source>
        <translation>il n’est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>The clause could not be read: %1</source>
        <translation>Impossible de lire la clause : %1</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>Formulation principale</translation>
    </message>
    <message>
        <source>Versions of the clause “%1”</source>
        <translation>Versions de la clause « %1 »</translation>
    </message>
    <message>
        <source>Deprecated: do not use in new policies</source>
        <translation>Obsolète : ne pas utiliser dans de nouvelles politiques</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Preview in:</source>
        <translation>Aperçu en :</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>New policy…</source>
        <translation>Nouvelle politique…</translation>
    </message>
    <message>
        <source>New policy from questionnaire…</source>
        <translation>Nouvelle politique à partir du questionnaire…</translation>
    </message>
    <message>
        <source>Policy properties…</source>
        <translation>Propriétés de la politique…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Import document…</source>
        <translation>Importer un document…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export for translation (XLIFF)…</source>
        <translation>Exporter pour traduction (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translation (XLIFF)…</source>
        <translation>Importer une traduction (XLIFF)…</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Exporter la comparaison…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Your name…</source>
        <translation>Votre nom…</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>Insert selected clause</source>
        <translation>Insérer la clause sélectionnée</translation>
    </message>
    <message>
        <source>Save section to library…</source>
        <translation>Enregistrer la section dans la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>New clause…</source>
        <translation>Nouvelle clause…</translation>
    </message>
    <message>
        <source>Edit selected clause…</source>
        <translation>Modifier la clause sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Reset panel layout</source>
        <translation>Réinitialiser la disposition des panneaux</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <source>Import translation memory (TMX)…</source>
        <translation>Importer une mémoire de traduction (TMX)…</translation>
    </message>
    <message>
        <source>Export translation memory (TMX)…</source>
        <translation>Exporter la mémoire de traduction (TMX)…</translation>
    </message>
    <message>
        <source>Regulation coverage</source>
        <translation>Couverture réglementaire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>Où est mon espace de travail ?</translation>
    </message>
    <message>
        <source>About Policy Studio</source>
        <translation>À propos de Policy Studio</translation>
    </message>
    <message>
        <source>Reading your role…</source>
        <translation>Lecture de votre rôle…</translation>
    </message>
    <message>
        <source>Your role could not be read from the server (%1); this waits until it can be</source>
        <translation>Votre rôle n’a pas pu être lu sur le serveur (%1) ; cette action attend qu’il puisse l’être</translation>
    </message>
    <message>
        <source>Role not known yet: the server did not answer</source>
        <translation>Rôle encore inconnu : le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s sections, variables or the library; the server refuses it</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les sections, les variables de la politique ni la bibliothèque ; le serveur le refuse</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the source text or the structure; translate in the Translate view</source>
        <translation>Votre rôle (%1) ne permet pas de modifier le texte source ni la structure ; traduisez dans la vue Traduire</translation>
    </message>
    <message>
        <source>Your role (%1) may not approve versions; an approver does</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;approuver des versions ; c&apos;est le rôle d&apos;un approbateur</translation>
    </message>
    <message>
        <source>The list of policies could not be read: %1</source>
        <translation>Impossible de lire la liste des politiques : %1</translation>
    </message>
    <message>
        <source>Reading the list of policies…</source>
        <translation>Lecture de la liste des politiques…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>Saving the new policy “%1”…</source>
        <translation>Enregistrement de la nouvelle politique « %1 »…</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Lecture de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>Les lois choisies n’ont pas pu être enregistrées comme vues (une modification ultérieure ne serait pas signalée) : %1</translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>La ligne du journal d’activité « %1 » n’a pas été écrite : %2</translation>
    </message>
    <message>
        <source>Reading “%1” from the library to insert it…</source>
        <translation>Lecture de « %1 » dans la bibliothèque pour l’insérer…</translation>
    </message>
    <message>
        <source>the library has no such clause</source>
        <translation>la bibliothèque n’a pas cette clause</translation>
    </message>
    <message>
        <source>Reading “%1” from the library for the update…</source>
        <translation>Lecture de « %1 » dans la bibliothèque pour la mise à jour…</translation>
    </message>
    <message>
        <source>“%1” could not be read from the library: %2</source>
        <translation>« %1 » n’a pas pu être lu dans la bibliothèque : %2</translation>
    </message>
    <message>
        <source>Saving the clause “%1”…</source>
        <translation>Enregistrement de la clause « %1 »…</translation>
    </message>
    <message>
        <source>The clause “%1” was not saved: %2</source>
        <translation>La clause « %1 » n’a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>When this workspace was last closed (%1), your edits to “%2” could not be saved: %3. They were kept on this computer.</source>
        <translation>À la dernière fermeture de cet espace de travail (%1), vos modifications de « %2 » n’ont pas pu être enregistrées : %3. Elles ont été conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Restore them? What others changed meanwhile is kept; where both of you changed the same text, you choose.</source>
        <translation>Les restaurer ? Ce que d’autres ont modifié entre-temps est conservé ; là où vous avez modifié le même texte, c’est vous qui choisissez.</translation>
    </message>
    <message>
        <source>Restore my edits</source>
        <translation>Restaurer mes modifications</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <source>Restored your edits to “%1” kept on %2; saving them</source>
        <translation>Vos modifications de « %1 » conservées le %2 sont restaurées ; enregistrement en cours</translation>
    </message>
    <message>
        <source>Your edits to “%1” kept on %2 had reached the workspace after all</source>
        <translation>Vos modifications de « %1 » conservées le %2 avaient finalement atteint l’espace de travail</translation>
    </message>
    <message>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>Non enregistré : %1. Vos modifications sont conservées dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The new policy “%1” was not saved: %2; it stays open here and is saved when the database answers.</source>
        <translation>La nouvelle politique « %1 » n’a pas été enregistrée : %2 ; elle reste ouverte ici et sera enregistrée dès que la base de données répondra.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Saved a copy of the policy as %1; %2</source>
        <translation>Copie de la politique enregistrée sous %1 ; %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Your last changes are not saved: %1.</source>
        <translation>Vos dernières modifications ne sont pas enregistrées : %1.</translation>
    </message>
    <message>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>Quitter quand même ? Les modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the library; an author does</source>
        <translation>Votre rôle (%1) ne permet pas de modifier la bibliothèque ; c’est le rôle d’un auteur</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>« %1 » créée</translation>
    </message>
    <message>
        <source>Created “%1” from your answers</source>
        <translation>« %1 » créée à partir de vos réponses</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Deprecated clauses still used: %1</source>
        <translation>Clauses obsolètes encore utilisées : %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Approvals and the activity log record who did what. Your name:</source>
        <translation>Les approbations et le journal d’activité consignent qui a fait quoi. Votre nom :</translation>
    </message>
    <message>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>« %1 » est obsolète : envisagez une autre clause</translation>
    </message>
    <message>
        <source>“%1” is a draft clause: its wording is not approved for use</source>
        <translation>« %1 » est une clause à l’état de brouillon : sa formulation n’est pas approuvée</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>Titre (%1) :</translation>
    </message>
    <message>
        <source>The section is up to date with the library</source>
        <translation>La section est à jour avec la bibliothèque</translation>
    </message>
    <message>
        <source>Saved version %1 (%2)</source>
        <translation>Version %1 (%2) enregistrée</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>Le glossaire dépend d’une paire de langues : ajoutez d’abord une langue cible.</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>L’interface sera en %1 au prochain démarrage de Policy Studio.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Enregistrez une version (Fichier &gt; Enregistrer une version…) pour y comparer le brouillon.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Added %1 to the library</source>
        <translation>%1 ajoutée à la bibliothèque</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>%1 enregistrée en version %2</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>Enregistrer la section dans la bibliothèque</translation>
    </message>
    <message>
        <source>Clause key:</source>
        <translation>Clé de la clause :</translation>
    </message>
    <message>
        <source>Saved as library clause %1 (draft)</source>
        <translation>Enregistrée comme clause %1 de la bibliothèque (brouillon)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>Espaces de travail Policy Studio (*%1)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>mise à jour disponible</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>law changed</source>
        <translation>loi modifiée</translation>
    </message>
    <message>
        <source>being edited by %1</source>
        <translation>en cours de modification par %1</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 à relire</translation>
    </message>
    <message>
        <source>Open in another window by %1</source>
        <translation>Ouvert dans une autre fenêtre par %1</translation>
    </message>
    <message>
        <source>Local section (not linked to the library)</source>
        <translation>Section locale (non liée à la bibliothèque)</translation>
    </message>
    <message>
        <source>Linked to library clause %1, version %2</source>
        <translation>Liée à la clause %1 de la bibliothèque, version %2</translation>
    </message>
    <message>
        <source>The library has version %1</source>
        <translation>La bibliothèque a la version %1</translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>Loi modifiée : %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Move section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Rename section…</source>
        <translation>Renommer la section…</translation>
    </message>
    <message>
        <source>Update from library…</source>
        <translation>Mettre à jour depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Mettre à jour…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PretranslateDialog</name>
    <message>
        <source>Pre-translate</source>
        <translation>Prétraduire</translation>
    </message>
    <message>
        <source>Fill every untranslated %1 segment from the library&apos;s approved clauses and the translation memory: exact matches, and fuzzy matches scoring at least the minimum below. They become drafts marked “pre-translated” with their score; nothing is confirmed or approved, and segments with text are left alone.</source>
        <translation>Remplir chaque segment %1 non traduit depuis les clauses approuvées de la bibliothèque et la mémoire de traduction : correspondances exactes, et correspondances approximatives dont le score atteint au moins le minimum ci-dessous. Elles deviennent des brouillons marqués « prétraduit » avec leur score ; rien n&apos;est confirmé ni approuvé, et les segments qui ont un texte restent inchangés.</translation>
    </message>
    <message>
        <source>Lowest fuzzy match:</source>
        <translation>Correspondance approximative minimale :</translation>
    </message>
</context>
<context>
    <name>PretranslationReportDialog</name>
    <message>
        <source>Pre-translation report</source>
        <translation>Rapport de prétraduction</translation>
    </message>
    <message>
        <source>%1 segments pre-translated as drafts: %2 exact, %3 fuzzy (at least %4%). %5 had no match; %6 already had a translation and were kept.</source>
        <translation>%1 segments prétraduits en brouillon : %2 exacts, %3 approximatifs (au moins %4 %). %5 sans correspondance ; %6 avaient déjà une traduction et ont été conservés.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>Memory source: %1</source>
        <translation>Source dans la mémoire : %1</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Policy properties</source>
        <translation>Propriétés de la politique</translation>
    </message>
    <message>
        <source>Subtitle (%1)</source>
        <translation>Sous-titre (%1)</translation>
    </message>
    <message>
        <source>Organisation (%1)</source>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation>Adresse (%1)</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Titre (%1)</translation>
    </message>
    <message>
        <source>Number in each language&apos;s own digits (٠١٢…)</source>
        <translation>Numéroter avec les chiffres de chaque langue (٠١٢…)</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d’entrée en vigueur</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Libellé de version</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the %2 title and cover</source>
        <translation>Votre rôle (%1) ne permet pas de modifier le titre et la couverture en %2</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s details</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les détails de la politique</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Untranslated segments</source>
        <translation>Segments non traduits</translation>
    </message>
    <message>
        <source>Stale segments (source changed)</source>
        <translation>Segments périmés (source modifiée)</translation>
    </message>
    <message>
        <source>Segments not approved</source>
        <translation>Segments non approuvés</translation>
    </message>
    <message>
        <source>Proposed changes nobody accepted or rejected</source>
        <translation>Modifications proposées que personne n’a acceptées ni refusées</translation>
    </message>
    <message>
        <source>Review notes not resolved</source>
        <translation>Notes de relecture non résolues</translation>
    </message>
    <message>
        <source>QA errors not dismissed</source>
        <translation>Erreurs de contrôle non écartées</translation>
    </message>
    <message>
        <source>Variables without a value</source>
        <translation>Variables sans valeur</translation>
    </message>
    <message>
        <source>Draft library clauses</source>
        <translation>Clauses de bibliothèque en projet</translation>
    </message>
    <message>
        <source>Deprecated library clauses</source>
        <translation>Clauses de bibliothèque obsolètes</translation>
    </message>
    <message>
        <source>Library updates pending</source>
        <translation>Mises à jour de bibliothèque en attente</translation>
    </message>
    <message>
        <source>Requirements of the law not (fully) covered</source>
        <translation>Exigences de la loi non (entièrement) couvertes</translation>
    </message>
    <message>
        <source>Laws that changed</source>
        <translation>Lois modifiées</translation>
    </message>
    <message>
        <source>Version approval</source>
        <translation>Approbation de version</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>The policy changed since this check: press Check again.</source>
        <translation>La politique a changé depuis cette vérification : cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Open a policy to see whether it is ready.</source>
        <translation>Ouvrez une politique pour voir si elle est prête.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Ready for sign-off: nothing stands in the way.</source>
        <translation>Prête pour l’approbation : rien ne s’y oppose.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>Pas prête pour l’approbation (obstacles : %n).</numerusform>
            <numerusform>Pas prête pour l’approbation (obstacles : %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegulationsDialog</name>
    <message>
        <source>Regulations</source>
        <translation>Réglementations</translation>
    </message>
    <message>
        <source>This policy is under</source>
        <translation>Cette politique relève de</translation>
    </message>
    <message>
        <source>What you do (unticked: those requirements do not apply)</source>
        <translation>Ce que vous faites (non coché : ces exigences ne s’appliquent pas)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Insertion</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>would become a paragraph</source>
        <translation>deviendrait un paragraphe</translation>
    </message>
    <message>
        <source>would become a bullet item</source>
        <translation>deviendrait un élément à puce</translation>
    </message>
    <message>
        <source>would become a numbered item</source>
        <translation>deviendrait un élément numéroté</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>To review in this section: %1</source>
        <translation>À relire dans cette section : %1</translation>
    </message>
    <message>
        <source>Nothing left to review in this section</source>
        <translation>Plus rien à relire dans cette section</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Note de %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>%1 proposed by %2, %3</source>
        <translation>%1 proposée par %2, %3</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>mise en forme</translation>
    </message>
    <message>
        <source>a heading or section title</source>
        <translation>un titre ou un titre de section</translation>
    </message>
    <message>
        <source>Would read %1</source>
        <translation>Donnerait %1</translation>
    </message>
    <message>
        <source>The words this change touches were edited since it was proposed: edit the text by hand, then reject the proposal.</source>
        <translation>Les mots que touche cette modification ont été modifiés depuis sa proposition : modifiez le texte à la main, puis refusez la proposition.</translation>
    </message>
    <message>
        <source>This change turns a paragraph into a heading or section title (or back): change the structure by hand, then reject the proposal.</source>
        <translation>Cette modification fait d’un paragraphe un titre ou un titre de section (ou l’inverse) : modifiez la structure à la main, puis refusez la proposition.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Bullet item</source>
        <translation>Élément à puce</translation>
    </message>
    <message>
        <source>Numbered item</source>
        <translation>Élément numéroté</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Column widths…</source>
        <translation>Largeur des colonnes…</translation>
    </message>
    <message>
        <source>Set the width of each column of this table</source>
        <translation>Définir la largeur de chaque colonne de ce tableau</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 paragraph(s).</source>
        <translation>
            <numerusform>%n remplacement(s) dans %1 paragraphe(s).</numerusform>
            <numerusform>%n remplacement(s) dans %1 paragraphe(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Local section</source>
        <translation>Section locale</translation>
    </message>
    <message>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>Liée à la clause %1 de la bibliothèque (version %2) ; vos modifications en font une variante locale</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>Insérer une variable…</translation>
    </message>
    <message>
        <source>New variable…</source>
        <translation>Nouvelle variable…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation>Adresse (https://… ou mailto:…) :</translation>
    </message>
    <message>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>Seuls les liens https://, http:// et mailto: sont autorisés</translation>
    </message>
    <message>
        <source>New variable</source>
        <translation>Nouvelle variable</translation>
    </message>
    <message>
        <source>Name (letters, digits and _; e.g. dpo_phone):</source>
        <translation>Nom (lettres, chiffres et _ ; p. ex. dpo_phone) :</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits and _.</source>
        <translation>« %1 » ne peut pas être un nom de variable : utilisez des lettres, des chiffres et _.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>%1 row %2 col %3</source>
        <translation>%1 ligne %2 col. %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The source changed after this segment was translated.</source>
        <translation>La source a changé après la traduction de ce segment.</translation>
    </message>
    <message>
        <source>%1 → not “%2” (forbidden)</source>
        <translation>%1 → pas « %2 » (interdit)</translation>
    </message>
    <message>
        <source>Pre-translated from %1 (match %2%): check it and confirm.</source>
        <translation>Prétraduit depuis %1 (correspondance %2 %) : vérifiez puis confirmez.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>non traduit</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>pre-translated %1%</source>
        <translation>prétraduit %1 %</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split text</source>
        <translation>Scinder le texte</translation>
    </message>
    <message>
        <source>&amp;Split here</source>
        <translation>&amp;Scinder ici</translation>
    </message>
    <message>
        <source>Put the cursor where the second part starts:</source>
        <translation>Placez le curseur là où commence la seconde partie :</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>No policy</source>
        <translation>Aucune politique</translation>
    </message>
    <message>
        <source>Open or create a policy first.</source>
        <translation>Ouvrez ou créez d’abord une politique.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Exporter pour traduction</translation>
    </message>
    <message>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>Cette politique n’a pas de langue cible : ajoutez-en une dans Propriétés de la politique.</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Traduire en :</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Wrote %1 segments to %2</source>
        <translation>%1 segments écrits dans %2</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Importer une traduction</translation>
    </message>
    <message>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>%1 segments mis à jour, %2 inchangés.</translation>
    </message>
    <message>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>%1 conservés en brouillon : la source a changé depuis l’export.</translation>
    </message>
    <message>
        <source>%1 units match no segment of this policy.</source>
        <translation>%1 unités ne correspondent à aucun segment de cette politique.</translation>
    </message>
    <message>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>%1 segments de la politique ne sont pas dans le fichier.</translation>
    </message>
    <message>
        <source>Export translation memory</source>
        <translation>Exporter la mémoire de traduction</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Fichiers TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Wrote %1 units to %2 (%3).</source>
        <translation>%1 unités écrites dans %2 (%3).</translation>
    </message>
    <message>
        <source>Exporting the translation memory to %1…</source>
        <translation>Export de la mémoire de traduction vers %1…</translation>
    </message>
    <message>
        <source>Import translation memory</source>
        <translation>Importer une mémoire de traduction</translation>
    </message>
    <message>
        <source>%1 units read: %2 added, %3 updated, %4 already in the memory.</source>
        <translation>%1 unités lues : %2 ajoutées, %3 mises à jour, %4 déjà dans la mémoire.</translation>
    </message>
    <message>
        <source>%1 units without a usable language pair were skipped.</source>
        <translation>%1 unités sans paire de langues utilisable ont été ignorées.</translation>
    </message>
    <message>
        <source>Importing the translation memory from %1…</source>
        <translation>Import de la mémoire de traduction depuis %1…</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Mémoire de traduction</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Politiques (%1)</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>« %1 » créée</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>« %1 » importée : %2 sections en %3.</translation>
    </message>
    <message>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>%1 lignes ignorées (navigation, débris).</translation>
    </message>
    <message>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>%1 parties trouvées dans une seule langue : vérifiez-les dans la vue Traduire.</translation>
    </message>
    <message>
        <source>Translation file</source>
        <translation>Fichier de traduction</translation>
    </message>
    <message>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>Politiques (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Langue du fichier :</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>Cette politique n’a pas encore de traduction : ajoutez une langue cible dans Propriétés de la politique.</translation>
    </message>
    <message>
        <source>Translate from</source>
        <translation>Traduire de</translation>
    </message>
    <message>
        <source>into</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>%1 is the source language of this policy: edit it in the Write view.</source>
        <translation>%1 est la langue source de cette politique : modifiez-la dans la vue Rédaction.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Traduit : %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Library changed this; the new wording comes in.</source>
        <translation>La bibliothèque a modifié ceci ; la nouvelle formulation est reprise.</translation>
    </message>
    <message>
        <source>You changed this; your wording stays.</source>
        <translation>Vous avez modifié ceci ; votre formulation est conservée.</translation>
    </message>
    <message>
        <source>You and the library made the same change.</source>
        <translation>Vous et la bibliothèque avez fait la même modification.</translation>
    </message>
    <message>
        <source>Removed (unchanged on the other side).</source>
        <translation>Supprimé (inchangé de l’autre côté).</translation>
    </message>
    <message>
        <source>Conflict: you and the library both changed this.</source>
        <translation>Conflit : vous et la bibliothèque avez tous deux modifié ceci.</translation>
    </message>
    <message>
        <source>Table: you and the library changed different cells; both changes are kept.</source>
        <translation>Tableau : vous et la bibliothèque avez modifié des cellules différentes ; les deux modifications sont conservées.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the library changed this cell; its wording comes in.</source>
        <translation>Ligne %1, colonne %2 : la bibliothèque a modifié cette cellule ; sa formulation est reprise.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you changed this cell; your wording stays.</source>
        <translation>Ligne %1, colonne %2 : vous avez modifié cette cellule ; votre formulation est conservée.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you and the library made the same change.</source>
        <translation>Ligne %1, colonne %2 : vous et la bibliothèque avez fait la même modification.</translation>
    </message>
    <message>
        <source>Row %1, column %2: removed (unchanged on the other side).</source>
        <translation>Ligne %1, colonne %2 : supprimée (inchangée de l’autre côté).</translation>
    </message>
    <message>
        <source>Row %1, column %2: conflict, you and the library both changed this cell.</source>
        <translation>Ligne %1, colonne %2 : conflit, vous et la bibliothèque avez tous deux modifié cette cellule.</translation>
    </message>
    <message>
        <source>Update from the library</source>
        <translation>Mise à jour depuis la bibliothèque</translation>
    </message>
    <message>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>« %1 » : votre version %2 → version %3 de la bibliothèque.</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message numerus="yes">
        <source>Table: you and the library both changed %n cell(s); choose for each.</source>
        <translation>
            <numerusform>Tableau : vous et la bibliothèque avez tous deux modifié %n cellule(s) ; choisissez pour chacune.</numerusform>
            <numerusform>Tableau : vous et la bibliothèque avez tous deux modifié %n cellule(s) ; choisissez pour chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Was (the library version you had):</source>
        <translation>Avant (la version de la bibliothèque que vous aviez) :</translation>
    </message>
    <message>
        <source>Keep mine:</source>
        <translation>Garder la mienne :</translation>
    </message>
    <message>
        <source>Take the library&apos;s:</source>
        <translation>Prendre celle de la bibliothèque :</translation>
    </message>
    <message numerus="yes">
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
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>No value: the policy shows [%1]</source>
        <translation>Aucune valeur : la politique affiche [%1]</translation>
    </message>
    <message>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>Utilise « %1 » (de la langue source ou des propriétés de la politique)</translation>
    </message>
    <message>
        <source>Unfilled in: %1</source>
        <translation>Non renseignée en : %1</translation>
    </message>
    <message>
        <source>%1 variables, %2 unfilled</source>
        <translation>%1 variables, %2 non renseignées</translation>
    </message>
    <message>
        <source>%1 blank in %2 (the %3 value is used)</source>
        <translation>%1 vides en %2 (la valeur en %3 est utilisée)</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>Version %1 (%2) — read-only</source>
        <translation>Version %1 (%2) — lecture seule</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <source>“%1” is accepted in this window but could not be added to the dictionary: %2</source>
        <translation>« %1 » est acceptée dans cette fenêtre mais n’a pas pu être ajoutée au dictionnaire : %2</translation>
    </message>
</context>
</TS>
