<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name></name>
    <message>
        <source>role not known yet</source>
        <translation>jukumu bado halijulikani</translation>
    </message>
    <message>
        <source>author</source>
        <translation>mwandishi</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>mfasiri</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>mwidhinishaji</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>mmiliki</translation>
    </message>
    <message>
        <source>translator into %1</source>
        <translation>mfasiri kwa %1</translation>
    </message>
    <message>
        <source>no Policy Studio role</source>
        <translation>hana jukumu la Policy Studio</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>All activity</source>
        <translation>Shughuli zote</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Matoleo</translation>
    </message>
    <message>
        <source>Clauses and library</source>
        <translation>Vifungu na maktaba</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Masasisho ya maktaba</translation>
    </message>
    <message>
        <source>Dismissed findings</source>
        <translation>Matokeo yaliyokataliwa</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Uingizaji</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Uhamishaji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Kwenye</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Filter by person, action or text</source>
        <translation>Chuja kwa mtu, kitendo au maandishi</translation>
    </message>
    <message>
        <source>Reading the activity…</source>
        <translation>Inasoma shughuli…</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>Shughuli hazikuweza kusomwa: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace.</source>
        <translation>Haiwezekani kufungua eneo la kazi.</translation>
    </message>
</context>
<context>
    <name>AssembleWizard</name>
    <message>
        <source>New policy from questionnaire</source>
        <translation>Sera mpya kutoka dodoso</translation>
    </message>
    <message>
        <source>About the policy</source>
        <translation>Kuhusu sera</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Sera ya faragha</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Taasisi:</translation>
    </message>
    <message>
        <source>Laws and languages</source>
        <translation>Sheria na lugha</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data yenu</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Mnachofanya</translation>
    </message>
    <message>
        <source>What the policy will contain</source>
        <translation>Sera itakavyokuwa</translation>
    </message>
    <message>
        <source>the questionnaire</source>
        <translation>dodoso</translation>
    </message>
    <message>
        <source>Tick at least one law on the first page.</source>
        <translation>Weka alama kwenye angalau sheria moja katika ukurasa wa kwanza.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Weka alama kwenye angalau lugha moja.</translation>
    </message>
    <message>
        <source>%1 sections. Coverage: %2 covered, %3 missing, %4 not applicable.</source>
        <translation>Sehemu %1. Ukidhi: %2 zimekidhiwa, %3 zinakosekana, %4 hazihusiki.</translation>
    </message>
</context>
<context>
    <name>BilingualGrid</name>
    <message>
        <source>All segments</source>
        <translation>Sehemu zote</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Hazijatafsiriwa</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Zilizopitwa na wakati</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Zenye dosari</translation>
    </message>
    <message>
        <source>Copy source</source>
        <translation>Nakili chanzo</translation>
    </message>
    <message>
        <source>Copy the source text into the target (Ctrl+Insert)</source>
        <translation>Nakili maandishi ya chanzo kwenye tafsiri (Ctrl+Insert)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Thibitisha</translation>
    </message>
    <message>
        <source>Mark translated and go to the next segment (Ctrl+Enter)</source>
        <translation>Weka alama kuwa imetafsiriwa na uende sehemu inayofuata (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Imekaguliwa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Imeidhinishwa</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <source>Propagate</source>
        <translation>Sambaza</translation>
    </message>
    <message>
        <source>Confirming a segment gives its translation to the other segments with the same source (as translated, in the same undo step)</source>
        <translation>Kuthibitisha sehemu kunazipa sehemu nyingine zenye chanzo hicho hicho tafsiri yake (kama zilizotafsiriwa, katika hatua moja ya kutendua)</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Faharasa ya istilahi…</translation>
    </message>
    <message>
        <source>Pre-translate…</source>
        <translation>Tafsiri mapema…</translation>
    </message>
    <message>
        <source>Fill untranslated segments from the library and the memory</source>
        <translation>Jaza sehemu ambazo hazijatafsiriwa kutoka maktaba na kumbukumbu</translation>
    </message>
    <message>
        <source>Concordance…</source>
        <translation>Utafutaji wa muktadha…</translation>
    </message>
    <message>
        <source>Where a phrase occurs in the memory, the library and this policy (Ctrl+K)</source>
        <translation>Mahali kifungu kinapotokea kwenye kumbukumbu, maktaba na sera hii (Ctrl+K)</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Badilisha…</translation>
    </message>
    <message>
        <source>Find and replace in the source or the target (Ctrl+H)</source>
        <translation>Tafuta na badilisha kwenye chanzo au lengo (Ctrl+H)</translation>
    </message>
    <message>
        <source>Translation memory (Ctrl+1…9 inserts)</source>
        <translation>Kumbukumbu ya tafsiri (Ctrl+1…9 kuingiza)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Dosari</translation>
    </message>
    <message>
        <source>The glossary and the dismissed findings could not be read: %1. Trying again…</source>
        <translation>Faharasa ya istilahi na dosari zilizokataliwa hazikuweza kusomwa: %1. Inajaribu tena…</translation>
    </message>
    <message>
        <source>The translation memory could not be read: %1. Trying again…</source>
        <translation>Kumbukumbu ya tafsiri haikuweza kusomwa: %1. Inajaribu tena…</translation>
    </message>
    <message>
        <source>The changed glossary could not be read: %1</source>
        <translation>Faharasa ya istilahi iliyobadilishwa haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Inasoma faharasa ya istilahi…</translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has QA errors (%n): %2. Press Ctrl+Enter again to confirm it anyway.</source>
        <translation>
            <numerusform>Sehemu %1 ina makosa ya ukaguzi wa ubora (%n): %2. Bonyeza Ctrl+Enter tena ili kuithibitisha hata hivyo.</numerusform>
            <numerusform>Sehemu %1 ina makosa ya ukaguzi wa ubora (%n): %2. Bonyeza Ctrl+Enter tena ili kuithibitisha hata hivyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 was marked %2 with QA errors (%n): %3</source>
        <translation>
            <numerusform>Sehemu %1 imewekwa %2 ikiwa na makosa ya ukaguzi (%n): %3</numerusform>
            <numerusform>Sehemu %1 imewekwa %2 ikiwa na makosa ya ukaguzi (%n): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>Mstari wa kumbukumbu ya shughuli “%1” haukuandikwa: %2</translation>
    </message>
    <message>
        <source>The finding was not marked “not an error”: %1. It is shown again.</source>
        <translation>Dosari haikuwekwa alama “si kosa”: %1. Inaonyeshwa tena.</translation>
    </message>
    <message numerus="yes">
        <source>The same translation was given to %n other segment(s) with this source.</source>
        <translation>
            <numerusform>Tafsiri hiyo hiyo imepewa sehemu nyingine %n zenye chanzo hiki.</numerusform>
            <numerusform>Tafsiri hiyo hiyo imepewa sehemu nyingine %n zenye chanzo hiki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed segment(s) with this source keep another translation.</source>
        <translation>
            <numerusform>Sehemu %n zilizothibitishwa zenye chanzo hiki zinabaki na tafsiri nyingine.</numerusform>
            <numerusform>Sehemu %n zilizothibitishwa zenye chanzo hiki zinabaki na tafsiri nyingine.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(hakuna mapendekezo)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ongeza “%1” kwenye kamusi</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Haikupatikana.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 segment(s).</source>
        <translation>
            <numerusform>Mabadiliko %n katika sehemu %1.</numerusform>
            <numerusform>Mabadiliko %n katika sehemu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the translation memory for pre-translation…</source>
        <translation>Inasoma kumbukumbu ya tafsiri kwa ajili ya tafsiri ya mapema…</translation>
    </message>
    <message>
        <source>Pre-translation could not read the translation memory: %1</source>
        <translation>Tafsiri ya mapema haikuweza kusoma kumbukumbu ya tafsiri: %1</translation>
    </message>
    <message>
        <source>Reading the translation memory…</source>
        <translation>Inasoma kumbukumbu ya tafsiri…</translation>
    </message>
    <message>
        <source>checking %1%…</source>
        <translation>inakagua %1%…</translation>
    </message>
    <message>
        <source>{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale</source>
        <translation>{lang}: {t:.0f}% imetafsiriwa · {r:.0f}% imekaguliwa · {s} zimepitwa na wakati</translation>
    </message>
    <message>
        <source>Reading the dismissed findings…</source>
        <translation>Inasoma dosari zilizokataliwa…</translation>
    </message>
    <message>
        <source>The consistency check waits for the translation memory.</source>
        <translation>Ukaguzi wa uthabiti unasubiri kumbukumbu ya tafsiri.</translation>
    </message>
</context>
<context>
    <name>Blocker</name>
    <message>
        <source>§%1 title [%2]: untranslated</source>
        <translation>§%1 kichwa [%2]: hakijatafsiriwa</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: untranslated</source>
        <translation>§%1 kipande %3 [%2]: hakijatafsiriwa</translation>
    </message>
    <message>
        <source>§%1 title [%2]: stale: the source changed since translation</source>
        <translation>§%1 kichwa [%2]: kimepitwa na wakati: chanzo kimebadilika tangu kutafsiriwa</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: stale: the source changed since translation</source>
        <translation>§%1 kipande %3 [%2]: kimepitwa na wakati: chanzo kimebadilika tangu kutafsiriwa</translation>
    </message>
    <message>
        <source>§%1 title [%2]: not approved (%4)</source>
        <translation>§%1 kichwa [%2]: hakijaidhinishwa (%4)</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: not approved (%4)</source>
        <translation>§%1 kipande %3 [%2]: hakijaidhinishwa (%4)</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1 kichwa [%2]: badiliko lililopendekezwa (%4) na %5 halijakubaliwa wala kukataliwa</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) by %5 neither accepted nor rejected</source>
        <translation>§%1 kipande %3 [%2]: badiliko lililopendekezwa (%4) na %5 halijakubaliwa wala kukataliwa</translation>
    </message>
    <message>
        <source>§%1 title [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1 kichwa [%2]: badiliko lililopendekezwa (%4) halijakubaliwa wala kukataliwa</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: proposed change (%4) neither accepted nor rejected</source>
        <translation>§%1 kipande %3 [%2]: badiliko lililopendekezwa (%4) halijakubaliwa wala kukataliwa</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1 kichwa [%2]: maoni ya mapitio ya %5 hayajashughulikiwa: %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note by %5 not resolved: %4</source>
        <translation>§%1 kipande %3 [%2]: maoni ya mapitio ya %5 hayajashughulikiwa: %4</translation>
    </message>
    <message>
        <source>§%1 title [%2]: review note not resolved: %4</source>
        <translation>§%1 kichwa [%2]: maoni ya mapitio hayajashughulikiwa: %4</translation>
    </message>
    <message>
        <source>§%1 block %3 [%2]: review note not resolved: %4</source>
        <translation>§%1 kipande %3 [%2]: maoni ya mapitio hayajashughulikiwa: %4</translation>
    </message>
    <message>
        <source>{{%1}} has no value in %2 (first used in §%3)</source>
        <translation>{{%1}} haina thamani katika %2 (imetumika kwanza katika §%3)</translation>
    </message>
    <message>
        <source>§%1: clause %2 is a draft</source>
        <translation>§%1: kifungu %2 ni rasimu</translation>
    </message>
    <message>
        <source>§%1: clause %2 is deprecated</source>
        <translation>§%1: kifungu %2 kimeachwa</translation>
    </message>
    <message>
        <source>§%1: the library has version %2 of %3 (the section has %4)</source>
        <translation>§%1: maktaba ina toleo %2 la %3 (sehemu ina toleo %4)</translation>
    </message>
    <message>
        <source>no version of the policy has been approved</source>
        <translation>hakuna toleo la sera lililoidhinishwa</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved by %2</source>
        <translation>maandishi yamebadilika tangu toleo %1 lilipoidhinishwa na %2</translation>
    </message>
    <message>
        <source>the text changed since version %1 was approved</source>
        <translation>maandishi yamebadilika tangu toleo %1 lilipoidhinishwa</translation>
    </message>
    <message>
        <source>regulation %1: no file describes it</source>
        <translation>sheria %1: hakuna faili inayoieleza</translation>
    </message>
</context>
<context>
    <name>BlockerValue</name>
    <message>
        <source>untranslated</source>
        <translation>haijatafsiriwa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>imetafsiriwa</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>imekaguliwa</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>uongezaji</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>ufutaji</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ubadilishaji</translation>
    </message>
    <message>
        <source>format</source>
        <translation>mpangilio</translation>
    </message>
    <message>
        <source>move</source>
        <translation>uhamishaji</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>New clause</source>
        <translation>Kifungu kipya</translation>
    </message>
    <message>
        <source>Edit clause</source>
        <translation>Hariri kifungu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ufunguo</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Kichwa (%1)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>Ongeza toleo mbadala…</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Maneno</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>Maneno makuu</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Toleo mbadala jipya</translation>
    </message>
    <message>
        <source>Variant name:</source>
        <translation>Jina la toleo mbadala:</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cut</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Bandika</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chagua Zote</translation>
    </message>
</context>
<context>
    <name>ColumnWidthsDialog</name>
    <message>
        <source>Column widths</source>
        <translation>Upana wa safu wima</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Safu wima %1</translation>
    </message>
    <message>
        <source>Total: 100 %</source>
        <translation>Jumla: 100 %</translation>
    </message>
    <message>
        <source>Total: %1 % (the columns keep these proportions of the full width)</source>
        <translation>Jumla: %1 % (safu wima zinabaki na uwiano huu wa upana wote)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparing…</source>
        <translation>Inalinganisha…</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Hifadhi toleo (Faili &gt; Hifadhi toleo…) ili kulinganisha rasimu nalo.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Linganisha</translation>
    </message>
    <message>
        <source>with</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Hamisha ulinganisho…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Matoleo hayakuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Rasimu ya sasa</translation>
    </message>
    <message>
        <source>Saving version… The draft is compared with it once it is saved.</source>
        <translation>Inahifadhi toleo… Rasimu italinganishwa nalo likishahifadhiwa.</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>Hati ya Word yenye mabadiliko yaliyofuatiliwa (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Ukurasa wa wavuti (*.html)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Hamisha ulinganisho</translation>
    </message>
    <message>
        <source>Save this comparison as a Word document with tracked changes, a web page or a PDF</source>
        <translation>Hifadhi ulinganisho huu kama hati ya Word yenye mabadiliko yanayofuatiliwa, ukurasa wa wavuti au PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Toleo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>Utafutaji wa muktadha</translation>
    </message>
    <message>
        <source>A word or phrase, in either language (spelling variants are found too)</source>
        <translation>Neno au kifungu, kwa lugha yoyote (maandishi mbadala yanapatikana pia)</translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation>Chanzo na lengo</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>Chanzo tu</translation>
    </message>
    <message>
        <source>Target only</source>
        <translation>Lengo tu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>The concordance could not be built: %1</source>
        <translation>Utafutaji wa muktadha haukuweza kuandaliwa: %1</translation>
    </message>
    <message>
        <source>Reading the translation memory and the library…</source>
        <translation>Inasoma kumbukumbu ya tafsiri na maktaba…</translation>
    </message>
    <message>
        <source>Double-click to go to this segment</source>
        <translation>Bofya mara mbili kwenda kwenye sehemu hii</translation>
    </message>
    <message>
        <source>%1 segments searchable</source>
        <translation>Sehemu %1 zinaweza kutafutwa</translation>
    </message>
    <message>
        <source>%1 matches in %2 segments</source>
        <translation>Matokeo %1 katika sehemu %2</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>haijatafsiriwa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>imetafsiriwa</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>imekaguliwa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Details and order of sections</source>
        <translation>Maelezo na mpangilio wa sehemu</translation>
    </message>
    <message>
        <source>Title and cover details, %1</source>
        <translation>Kichwa na maelezo ya jalada, %1</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Kigezo %1</translation>
    </message>
    <message>
        <source>Section %1: its blocks and their order</source>
        <translation>Sehemu %1: vipande vyake na mpangilio wake</translation>
    </message>
    <message>
        <source>A removed block</source>
        <translation>Kipande kilichoondolewa</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sehemu %1</translation>
    </message>
    <message>
        <source>%1, %2 text</source>
        <translation>%1, maandishi (%2)</translation>
    </message>
    <message>
        <source>%1, block layout</source>
        <translation>%1, mpangilio wa kipande</translation>
    </message>
    <message>
        <source>Someone else changed the same text</source>
        <translation>Mtu mwingine amebadilisha maandishi hayo hayo</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved different text in the places below. Nothing has been overwritten. Choose which text to keep for each.</source>
        <translation>Ulipokuwa ukihariri, mtu mwingine alihifadhi maandishi tofauti katika sehemu zilizo hapa chini. Hakuna kilichoandikwa juu yake. Chagua maandishi ya kubaki kwa kila sehemu.</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Yamehifadhiwa kwingine</translation>
    </message>
    <message>
        <source>In this window</source>
        <translation>Katika dirisha hili</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(yameondolewa)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Chukua yao</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Baki na yangu</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Regulations…</source>
        <translation>Sheria…</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Sharti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Ingiza kifungu</translation>
    </message>
    <message>
        <source>Confirm topic</source>
        <translation>Thibitisha mada</translation>
    </message>
    <message>
        <source>The section&apos;s text says this: count it for the requirement</source>
        <translation>Maandishi ya sehemu yanasema hivi: yahesabu kwa sharti hili</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>Nenda kwenye sehemu</translation>
    </message>
    <message>
        <source>Open a policy to see its coverage.</source>
        <translation>Fungua sera ili kuona inavyokidhi masharti.</translation>
    </message>
    <message>
        <source>Choose the regulations this policy is under to see what it still needs to say.</source>
        <translation>Chagua sheria zinazohusu sera hii ili kuona inachopaswa kusema bado.</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Inasoma maktaba…</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 ya kufanya</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>kamili</translation>
    </message>
    <message>
        <source>%1 covered, %2 partly, %3 missing, %4 not applicable</source>
        <translation>%1 zimekidhiwa, %2 kwa sehemu, %3 zinakosekana, %4 hazihusiki</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>imekidhiwa</translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation>imekidhiwa kwa sehemu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>inakosekana</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>haihusiki</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>zinakosekana: %1</translation>
    </message>
    <message>
        <source>said in %1? confirm</source>
        <translation>imesemwa katika %1? thibitisha</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>maktaba: %1</translation>
    </message>
    <message>
        <source>Insert clause adds “%1” from the library.</source>
        <translation>Ingiza kifungu huongeza “%1” kutoka maktaba.</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>Sheria zilizochaguliwa hazikuweza kurekodiwa kama zimeonekana (mabadiliko yao ya baadaye hayatawekewa alama): %1</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Hitilafu isiyotarajiwa imetokea: {error}</translation>
    </message>
    <message>
        <source>Your latest edits are NOT saved yet ({reason}). They are kept in this window: use File › Save a copy as… to keep them.</source>
        <translation>Mabadiliko yako ya mwisho BADO hayajahifadhiwa ({reason}). Yamebaki katika dirisha hili: tumia Faili › Hifadhi nakala kama… ili kuyaweka.</translation>
    </message>
    <message>
        <source>Your edits up to this moment are saved in the workspace.</source>
        <translation>Mabadiliko yako hadi sasa yamehifadhiwa kwenye eneo la kazi.</translation>
    </message>
    <message>
        <source>Details were written to {path}.</source>
        <translation>Maelezo yameandikwa katika {path}.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>added</source>
        <translation>imeongezwa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>imehamishwa</translation>
    </message>
    <message>
        <source>moved and changed</source>
        <translation>imehamishwa na kubadilishwa</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>imehamishwa kutoka hapa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>imebadilishwa</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>herufi nzito</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>herufi za mlalo</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>kawaida</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>kiungo %1</translation>
    </message>
    <message>
        <source>bullet item</source>
        <translation>kipengele cha orodha</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>kipengele chenye namba</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>aya</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>kichwa</translation>
    </message>
    <message>
        <source> — from section %1</source>
        <translation> — kutoka kipengele %1</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>ndani ya maandishi</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>kando kwa kando</translation>
    </message>
    <message>
        <source>Changed sections only</source>
        <translation>Vipengele vilivyobadilishwa pekee</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Badiliko lililotangulia</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Badiliko linalofuata</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Lugha zote mbili</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Badiliko %1 kati ya %2</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Bado hakuna ulinganisho.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 moved, %4 changed sections</source>
        <translation>Vipengele: %1 vimeongezwa, %2 vimeondolewa, %3 vimehamishwa, %4 vimebadilishwa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Kabla</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Baada</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Chapisha</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Hakiki ya kuchapisha — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menyu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Amri</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>Eneo langu la kazi liko wapi?</translation>
    </message>
    <message>
        <source>Your clause library, policies and versions are saved in this file. Back it up or share it like any document.</source>
        <translation>Maktaba yako ya vifungu, sera na matoleo yamehifadhiwa katika faili hili. Lihifadhi nakala au lishiriki kama hati nyingine yoyote.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Onyesha kwenye folda</translation>
    </message>
    <message>
        <source>Policy Studio %1

Write bilingual privacy policies from a library of vetted clauses, translate them side by side and compare their versions.

Qt %2</source>
        <translation>Policy Studio %1

Andika sera za faragha za lugha mbili kutoka maktaba ya vifungu vilivyoidhinishwa, zitafsiri sambamba na ulinganishe matoleo yake.

Qt %2</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <source>Edit text</source>
        <translation>Hariri maandishi</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Hariri tafsiri</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Leta tafsiri</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Ingiza kipengele</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Weka hali</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Ondoa kipengele</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Nakili kipengele</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Sogeza kipengele</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Badilisha jina la kipengele</translation>
    </message>
    <message>
        <source>Change policy properties</source>
        <translation>Badilisha sifa za sera</translation>
    </message>
    <message>
        <source>Make section local</source>
        <translation>Fanya kipengele kiwe cha ndani</translation>
    </message>
    <message>
        <source>Link section to library</source>
        <translation>Unganisha kipengele na maktaba</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>Hifadhi kipengele kwenye maktaba</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Thibitisha tafsiri</translation>
    </message>
    <message>
        <source>Confirm and propagate translation</source>
        <translation>Thibitisha na sambaza tafsiri</translation>
    </message>
    <message>
        <source>Pre-translate</source>
        <translation>Tafsiri mapema</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Badilisha</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Ingiza “%1”</translation>
    </message>
    <message>
        <source>Update “%1” from library</source>
        <translation>Sasisha “%1” kutoka maktaba</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Ongeza lugha %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Ondoa lugha %1</translation>
    </message>
    <message>
        <source>Set regulations</source>
        <translation>Weka kanuni</translation>
    </message>
    <message>
        <source>Change column widths</source>
        <translation>Badilisha upana wa safu wima</translation>
    </message>
    <message>
        <source>Approve translations</source>
        <translation>Idhinisha tafsiri</translation>
    </message>
    <message>
        <source>Propagate translation</source>
        <translation>Sambaza tafsiri</translation>
    </message>
    <message>
        <source>Confirm section topics</source>
        <translation>Thibitisha mada za sehemu</translation>
    </message>
    <message>
        <source>Change paragraph type</source>
        <translation>Badilisha aina ya aya</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Ongeza aya</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>Ondoa aya</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Gawanya aya</translation>
    </message>
    <message>
        <source>Create clause %1</source>
        <translation>Unda kifungu %1</translation>
    </message>
    <message>
        <source>Edit clause %1</source>
        <translation>Hariri kifungu %1</translation>
    </message>
    <message>
        <source>Approve clause %1</source>
        <translation>Idhinisha kifungu %1</translation>
    </message>
    <message>
        <source>Deprecate clause %1</source>
        <translation>Acha kifungu %1</translation>
    </message>
    <message>
        <source>Return clause %1 to draft</source>
        <translation>Rudisha kifungu %1 kuwa rasimu</translation>
    </message>
    <message>
        <source>Accept proposed change</source>
        <translation>Kubali badiliko lililopendekezwa</translation>
    </message>
    <message>
        <source>Reject proposed change</source>
        <translation>Kataa badiliko lililopendekezwa</translation>
    </message>
    <message>
        <source>Resolve review note</source>
        <translation>Tatua dokezo la mapitio</translation>
    </message>
    <message>
        <source>Reopen review note</source>
        <translation>Fungua tena dokezo la mapitio</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Weka %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Rejesha toleo %1</translation>
    </message>
    <message>
        <source>Set %1 (%2)</source>
        <translation>Weka %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export policy</source>
        <translation>Hamisha sera</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Hati ya Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Ukurasa wa wavuti (HTML)</translation>
    </message>
    <message>
        <source>XLIFF, for translation tools</source>
        <translation>XLIFF, kwa zana za tafsiri</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>Side by side (columns)</source>
        <translation>Kando kwa kando (safu)</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>Moja baada ya nyingine</translation>
    </message>
    <message>
        <source>Each language&apos;s own digits (٠١٢ in Arabic)</source>
        <translation>Tarakimu za kila lugha (٠١٢ kwa Kiarabu)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Jedwali la yaliyomo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wadhifa</translation>
    </message>
    <message>
        <source>Add approver</source>
        <translation>Ongeza mwidhinishaji</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Lugha ya pili</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Uidhinishaji</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Checking whether the text is ready for sign-off…</source>
        <translation>Inakagua kama maandishi yako tayari kwa idhini…</translation>
    </message>
    <message>
        <source>Preview shows the first {n} sections.</source>
        <translation>Onyesho la awali linaonyesha vipengele {n} vya kwanza.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Inaandaa onyesho la awali…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Chagua mahali pa kuhifadhi faili.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Inaandika {path}…</translation>
    </message>
    <message>
        <source>Laying out the policy…</source>
        <translation>Inapanga sera…</translation>
    </message>
    <message>
        <source>Breaking it into pages…</source>
        <translation>Inagawanya katika kurasa…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Inaandika faili…</translation>
    </message>
    <message>
        <source>Breaking it into pages… page {n}</source>
        <translation>Inagawanya katika kurasa… ukurasa {n}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Imehifadhiwa {path}</translation>
    </message>
    <message numerus="yes">
        <source>Marked &quot;Draft — not approved&quot; (blockers: %n).</source>
        <translation>
            <numerusform>Imewekwa «Rasimu — haijaidhinishwa»: vizuizi %n.</numerusform>
            <numerusform>Imewekwa «Rasimu — haijaidhinishwa»: vizuizi %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Tafuta na badilisha</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Lengo (%1)</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>Chanzo (%1)</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Maneno kamili</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Linganisha herufi kubwa na ndogo</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Usemi wa kawaida (regex)</translation>
    </message>
    <message>
        <source>Ignore Arabic diacritics and letter variants</source>
        <translation>Puuza alama za irabu na maumbo ya herufi za Kiarabu</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tafuta:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Badilisha kwa:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Ndani ya:</translation>
    </message>
    <message>
        <source>Variables and link addresses are never changed.</source>
        <translation>Vigeu na anwani za viungo havibadilishwi kamwe.</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Tafuta inayofuata</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Badilisha</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Badilisha zote</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>missing</source>
        <translation>inakosekana</translation>
    </message>
    <message>
        <source>same as source</source>
        <translation>sawa na chanzo</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>namba</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>tarehe</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>anwani za barua pepe</translation>
    </message>
    <message>
        <source>links</source>
        <translation>viungo</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>vigeu</translation>
    </message>
    <message>
        <source>length</source>
        <translation>urefu</translation>
    </message>
    <message>
        <source>invisible characters</source>
        <translation>herufi zisizoonekana</translation>
    </message>
    <message>
        <source>brackets</source>
        <translation>mabano</translation>
    </message>
    <message>
        <source>dates in RTL</source>
        <translation>tarehe katika maandishi ya RTL</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>faharasa</translation>
    </message>
    <message>
        <source>forbidden term</source>
        <translation>istilahi iliyokatazwa</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>mpangilio</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>ukanushaji</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>hali ya kitenzi</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>dhamana</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>kiasi</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>sentensi</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>vipengee vya orodha</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>uthabiti</translation>
    </message>
    <message>
        <source>number</source>
        <translation>namba</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>anwani ya barua pepe</translation>
    </message>
    <message>
        <source>link</source>
        <translation>kiungo</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>maandishi mazito</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>maandishi ya mlalo</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>ya vitone</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>yenye namba</translation>
    </message>
    <message>
        <source>a negation</source>
        <translation>ukanushaji</translation>
    </message>
    <message>
        <source>an absolute or a guarantee</source>
        <translation>uhakika au dhamana</translation>
    </message>
    <message>
        <source>a word for all or every</source>
        <translation>neno la wote au kila</translation>
    </message>
    <message>
        <source>a word for only</source>
        <translation>neno la tu</translation>
    </message>
    <message>
        <source>no translation yet</source>
        <translation>bado haijatafsiriwa</translation>
    </message>
    <message>
        <source>translation of an empty source text</source>
        <translation>tafsiri ya maandishi ya chanzo yaliyo tupu</translation>
    </message>
    <message>
        <source>the translation is the same as the source</source>
        <translation>tafsiri ni sawa na chanzo</translation>
    </message>
    <message>
        <source>%1 %2 is missing in the translation</source>
        <translation>%1 %2 haipo kwenye tafsiri</translation>
    </message>
    <message>
        <source>%1 %2 is not in the source</source>
        <translation>%1 %2 haipo kwenye chanzo</translation>
    </message>
    <message>
        <source>date %1 is missing in the translation</source>
        <translation>tarehe %1 haipo kwenye tafsiri</translation>
    </message>
    <message>
        <source>date %1 is not in the source</source>
        <translation>tarehe %1 haipo kwenye chanzo</translation>
    </message>
    <message>
        <source>variable %1 is missing in the translation</source>
        <translation>kigeu %1 hakipo kwenye tafsiri</translation>
    </message>
    <message>
        <source>variable %1 is not in the source</source>
        <translation>kigeu %1 hakipo kwenye chanzo</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×): text may be missing</source>
        <translation>tafsiri ina urefu wa %1× wa chanzo (kwa kawaida %2×): huenda maandishi yanakosekana</translation>
    </message>
    <message>
        <source>the translation is %1× as long as the source (usually %2×)</source>
        <translation>tafsiri ina urefu wa %1× wa chanzo (kwa kawaida %2×)</translation>
    </message>
    <message>
        <source>invisible character %1: the text may display differently from what is stored</source>
        <translation>herufi isiyoonekana %1: maandishi yanaweza kuonekana tofauti na yalivyohifadhiwa</translation>
    </message>
    <message>
        <source>the date %1 displays as %2 in right-to-left text; write it with slashes (%3) to keep its order</source>
        <translation>tarehe %1 inaonekana kama %2 katika maandishi ya kulia kwenda kushoto; iandike kwa mikwaju (%3) ili ibaki na mpangilio wake</translation>
    </message>
    <message>
        <source>unbalanced %1 in the translation</source>
        <translation>%1 isiyo na jozi kwenye tafsiri</translation>
    </message>
    <message>
        <source>“%1” should be translated as “%2”</source>
        <translation>“%1” inapaswa kutafsiriwa kama “%2”</translation>
    </message>
    <message>
        <source>“%1” is a forbidden translation of “%2” in the glossary%3</source>
        <translation>“%1” ni tafsiri iliyokatazwa ya “%2” kwenye faharasa%3</translation>
    </message>
    <message>
        <source>the source has %1 %2 element(s), the translation %3: “%4” has no counterpart</source>
        <translation>chanzo kina vipengee %1 vya %2, tafsiri %3: “%4” hakina kinacholingana</translation>
    </message>
    <message>
        <source>the translation has %1 %2 element(s), the source %3: “%4” is not in the source</source>
        <translation>tafsiri ina vipengee %1 vya %2, chanzo %3: “%4” hakipo kwenye chanzo</translation>
    </message>
    <message>
        <source>the %1 list has %2 items in %3 but %4 in %5</source>
        <translation>orodha %1 ina vipengee %2 kwa %3 lakini %4 kwa %5</translation>
    </message>
    <message>
        <source>the same source is translated differently in %1: “%2”</source>
        <translation>chanzo hicho hicho kimetafsiriwa tofauti katika %1: “%2”</translation>
    </message>
    <message>
        <source>%1 translates the same source as “%2”</source>
        <translation>%1 inatafsiri chanzo hicho hicho kama “%2”</translation>
    </message>
    <message>
        <source>this sentence of the source seems to have no translation: %1 “%2”</source>
        <translation>sentensi hii ya chanzo inaonekana haina tafsiri: %1 “%2”</translation>
    </message>
    <message>
        <source>this sentence of the translation seems to have no source: %1 “%2”</source>
        <translation>sentensi hii ya tafsiri inaonekana haina chanzo: %1 “%2”</translation>
    </message>
    <message>
        <source>the source has %1 (“%2”) that the translation does not: %3 “%4” — %5 “%6”</source>
        <translation>chanzo kina %1 (“%2”) ambao tafsiri haina: %3 “%4” — %5 “%6”</translation>
    </message>
    <message>
        <source>the translation has %1 (“%2”) that the source does not: %3 “%4” — %5 “%6”</source>
        <translation>tafsiri ina %1 (“%2”) ambao chanzo hakina: %3 “%4” — %5 “%6”</translation>
    </message>
    <message>
        <source>the modality changed: the source says “%1”, the translation “%2” (%3 “%4” — %5 “%6”)</source>
        <translation>hali ya kitenzi imebadilika: chanzo kinasema “%1”, tafsiri “%2” (%3 “%4” — %5 “%6”)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kosa</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>onyo</translation>
    </message>
    <message>
        <source>info</source>
        <translation>taarifa</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Not an error</source>
        <translation>Si kosa</translation>
    </message>
    <message>
        <source>Why it is not an error (recorded)</source>
        <translation>Kwa nini si kosa (inarekodiwa)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>dosari %n</numerusform>
            <numerusform>dosari %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · kosa %n</numerusform>
            <numerusform> · makosa %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %1 of %2 sections</source>
        <translation>Inakagua… sehemu %1 kati ya %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kosa</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>onyo</translation>
    </message>
    <message>
        <source>info</source>
        <translation>taarifa</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary: %1 → %2</source>
        <translation>Faharasa ya istilahi: %1 → %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Istilahi</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Matumizi</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Maelezo (si lazima)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Imekatazwa</translation>
    </message>
    <message>
        <source>The translation must not be used: the QA check reports it as an error</source>
        <translation>Tafsiri hii isitumike: ukaguzi wa ubora unairipoti kama kosa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Leta…</translation>
    </message>
    <message>
        <source>Add term pairs from a TBX or CSV file</source>
        <translation>Ongeza jozi za istilahi kutoka faili la TBX au CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <source>Write this glossary as TBX or CSV</source>
        <translation>Hifadhi faharasa hii kama TBX au CSV</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Leta faharasa</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.csv)</source>
        <translation>Faharasa (*.tbx *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Inaingiza %1…</translation>
    </message>
    <message>
        <source>%1 term pairs read: %2 added, %3 already in the glossary.</source>
        <translation>Jozi %1 za istilahi zimesomwa: %2 zimeongezwa, %3 tayari zipo kwenye faharasa.</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Hamisha faharasa</translation>
    </message>
    <message>
        <source>TBX (*.tbx);;CSV (*.csv)</source>
        <translation>TBX (*.tbx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 term pairs to %2.</source>
        <translation>Jozi %1 za istilahi zimeandikwa kwenye %2.</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Inasoma faharasa ya istilahi…</translation>
    </message>
    <message>
        <source>The glossary could not be read: %1</source>
        <translation>Faharasa ya istilahi haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>imekatazwa</translation>
    </message>
    <message>
        <source>required</source>
        <translation>inahitajika</translation>
    </message>
    <message>
        <source>Double-click to switch required / forbidden</source>
        <translation>Bofya mara mbili kubadili kati ya inahitajika na imekatazwa</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not saved: %3</source>
        <translation>“%1” → “%2” haikuhifadhiwa: %3</translation>
    </message>
    <message>
        <source>“%1” → “%2” was not added: %3</source>
        <translation>“%1” → “%2” haikuongezwa: %3</translation>
    </message>
    <message>
        <source>The terms were not removed: %1</source>
        <translation>Istilahi hazikuondolewa: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>Open a policy to see its versions.</source>
        <translation>Fungua sera ili kuona matoleo yake.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No.</source>
        <translation>Na.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Imehifadhiwa</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Mwandishi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Idhini</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Hifadhi toleo…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Fungua kwa kusoma tu</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>Linganisha na rasimu</translation>
    </message>
    <message>
        <source>Restore as draft</source>
        <translation>Rejesha kama rasimu</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Weka alama imeidhinishwa</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Matoleo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <source>Reading versions…</source>
        <translation>Inasoma matoleo…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Matoleo hayakuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>imeidhinishwa na %1, %2</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Ondoa idhini</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Toleo halikuweza kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>Saving version…</source>
        <translation>Inahifadhi toleo…</translation>
    </message>
    <message>
        <source>Withdrawing the approval…</source>
        <translation>Inaondoa idhini…</translation>
    </message>
    <message>
        <source>The approval could not be withdrawn: %1</source>
        <translation>Idhini haikuweza kuondolewa: %1</translation>
    </message>
    <message>
        <source>The version could not be checked: %1</source>
        <translation>Toleo halikuweza kukaguliwa: %1</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Inaidhinisha…</translation>
    </message>
    <message>
        <source>The version could not be approved: %1</source>
        <translation>Toleo halikuweza kuidhinishwa: %1</translation>
    </message>
    <message>
        <source>Checking the version…</source>
        <translation>Inakagua toleo…</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) is not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>Toleo %1 (%2) halijawa tayari kuidhinishwa (vizuizi: %n).</numerusform>
            <numerusform>Toleo %1 (%2) halijawa tayari kuidhinishwa (vizuizi: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… na mengine %n.</numerusform>
            <numerusform>… na mengine %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve it anyway? The blockers are written in the activity log.</source>
        <translation>Liidhinishe hata hivyo? Vizuizi vitaandikwa kwenye kumbukumbu ya shughuli.</translation>
    </message>
    <message>
        <source>Approve a version with blockers?</source>
        <translation>Kuidhinisha toleo lenye vizuizi?</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Idhinisha hata hivyo</translation>
    </message>
</context>
<context>
    <name>ImportPairsModel</name>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sehemu %1</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kichwa kidogo</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Aya</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Kitone</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Kipengele chenye namba</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jedwali</translation>
    </message>
    <message>
        <source>Table cell</source>
        <translation>Kisanduku cha jedwali</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Imeoanishwa</translation>
    </message>
    <message>
        <source>Check this pair</source>
        <translation>Kagua jozi hii</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Katika %1 pekee</translation>
    </message>
    <message>
        <source>Cells without a partner: %1</source>
        <translation>Visanduku visivyo na mwenzake: %1</translation>
    </message>
    <message>
        <source>Paired by you</source>
        <translation>Umeoanisha wewe</translation>
    </message>
    <message>
        <source>Unpaired by you</source>
        <translation>Umetenganisha wewe</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, mstari %2</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, aya %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Uoanishaji</translation>
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
        <translation>&amp;Kichwa</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Aya</translation>
    </message>
    <message>
        <source>&amp;Bullet</source>
        <translation>Ki&amp;tone</translation>
    </message>
    <message>
        <source>&amp;Numbered</source>
        <translation>Yenye &amp;namba</translation>
    </message>
    <message>
        <source>&amp;Leave out</source>
        <translation>&amp;Acha nje</translation>
    </message>
    <message>
        <source>title</source>
        <translation>kichwa</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarehe</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>kichwa kidogo</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>aya</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>kitone</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>kipengele chenye namba</translation>
    </message>
    <message>
        <source>break</source>
        <translation>kigawanyo</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>kimeachwa nje</translation>
    </message>
    <message>
        <source>(one language after the other)</source>
        <translation>(lugha moja baada ya nyingine)</translation>
    </message>
    <message>
        <source>(paragraph by paragraph)</source>
        <translation>(aya kwa aya)</translation>
    </message>
    <message>
        <source>this correction cannot be made</source>
        <translation>rekebisho hili haliwezekani</translation>
    </message>
    <message>
        <source>a table pairs only with a table</source>
        <translation>jedwali huoanishwa na jedwali tu</translation>
    </message>
    <message>
        <source>a table row keeps its kind; split and merge work on text</source>
        <translation>safu ya jedwali haibadilishi aina yake; kugawanya na kuunganisha ni kwa maandishi</translation>
    </message>
    <message>
        <source>a title, date or break keeps its kind</source>
        <translation>kichwa, tarehe au kigawanyo hakibadilishi aina yake</translation>
    </message>
    <message>
        <source>only a line and a later line of the same file merge</source>
        <translation>mstari huunganishwa tu na mstari unaofuata wa faili hilo hilo</translation>
    </message>
    <message>
        <source>only two languages are imported: this would be a third</source>
        <translation>lugha mbili tu huingizwa: hii ingekuwa ya tatu</translation>
    </message>
    <message>
        <source>pairs need two languages</source>
        <translation>jozi zinahitaji lugha mbili</translation>
    </message>
    <message>
        <source>split inside the text, not at its start or end</source>
        <translation>gawanya ndani ya maandishi, si mwanzoni wala mwishoni</translation>
    </message>
    <message>
        <source>the import changed this line&apos;s text; split it elsewhere</source>
        <translation>uingizaji ulibadilisha maandishi ya mstari huu; ugawanye mahali pengine</translation>
    </message>
    <message>
        <source>the line is no longer there</source>
        <translation>mstari haupo tena</translation>
    </message>
    <message>
        <source>the line is no longer there (an earlier correction split it)</source>
        <translation>mstari haupo tena (rekebisho la awali liliugawanya)</translation>
    </message>
    <message>
        <source>the source text is no longer there</source>
        <translation>maandishi ya chanzo hayapo tena</translation>
    </message>
    <message>
        <source>the title has a translation already</source>
        <translation>kichwa tayari kina tafsiri</translation>
    </message>
    <message>
        <source>the translation is no longer there</source>
        <translation>tafsiri haipo tena</translation>
    </message>
    <message>
        <source>the two tables have different rows or columns</source>
        <translation>majedwali mawili yana safu au safuwima tofauti</translation>
    </message>
    <message>
        <source>these texts are paired already</source>
        <translation>maandishi haya tayari yameoanishwa</translation>
    </message>
    <message>
        <source>this text has no partner to unpair</source>
        <translation>maandishi haya hayana mwenzake wa kutenganisha</translation>
    </message>
    <message>
        <source>Add a &amp;translation file…</source>
        <translation>Ongeza faili la &amp;tafsiri…</translation>
    </message>
    <message>
        <source>Selected text is a:</source>
        <translation>Maandishi yaliyochaguliwa ni:</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Gawanya…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unganisha</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>P&amp;air</source>
        <translation>&amp;Oanisha</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Tenganisha</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Ripoti ya uingizaji</translation>
    </message>
    <message>
        <source>&amp;Keep the dropped line</source>
        <translation>&amp;Hifadhi mstari ulioachwa</translation>
    </message>
    <message>
        <source>Import the line selected in the report as a paragraph after all</source>
        <translation>Ingiza mstari uliochaguliwa katika ripoti kama aya</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sections.</source>
        <translation>Sehemu %1.</translation>
    </message>
    <message>
        <source>%1: %2 words in, %3 imported, %4 dropped, %5 changed.</source>
        <translation>%1: maneno %2 yaliingia, %3 yameingizwa, %4 yameachwa, %5 yamebadilishwa.</translation>
    </message>
    <message>
        <source>%1 pairs to check (kept as drafts).</source>
        <translation>Jozi %1 za kukagua (zimehifadhiwa kama rasimu).</translation>
    </message>
    <message>
        <source>In one language only: %1.</source>
        <translation>Katika lugha moja tu: %1.</translation>
    </message>
    <message>
        <source>Not applied (the text it named is gone): %1</source>
        <translation>Haikutekelezwa (maandishi yaliyotajwa hayapo tena): %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Wewe: %1</translation>
    </message>
    <message>
        <source>Dropped — %1: “%2” (%3)</source>
        <translation>Imeachwa — %1: “%2” (%3)</translation>
    </message>
    <message>
        <source>Changed — %1: “%2” (%3)</source>
        <translation>Imebadilishwa — %1: “%2” (%3)</translation>
    </message>
    <message>
        <source>Joined into one block — %1: “%2”</source>
        <translation>Imeunganishwa kuwa kipande kimoja — %1: “%2”</translation>
    </message>
    <message>
        <source>Split over %3 blocks — %1: “%2”</source>
        <translation>Imegawanywa katika vipande %3 — %1: “%2”</translation>
    </message>
    <message>
        <source>Check this pair — %1: %2 (%3)</source>
        <translation>Kagua jozi hii — %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No partner in %3 — %1: “%2”</source>
        <translation>Haina mwenzake katika %3 — %1: “%2”</translation>
    </message>
    <message>
        <source>Read as %2 — %1</source>
        <translation>Imesomwa kama %2 — %1</translation>
    </message>
    <message>
        <source>Language — %1: %2</source>
        <translation>Lugha — %1: %2</translation>
    </message>
    <message>
        <source>Warning: %2</source>
        <translation>Onyo: %2</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 → %4</source>
        <translation>“%1” (%2): %3 → %4</translation>
    </message>
    <message>
        <source>“%1” (%2): language %3 → %4</source>
        <translation>“%1” (%2): lugha %3 → %4</translation>
    </message>
    <message>
        <source>“%1” (%2) split before “%3”</source>
        <translation>“%1” (%2) imegawanywa kabla ya “%3”</translation>
    </message>
    <message>
        <source>“%1” (%2) kept apart from the text before it</source>
        <translation>“%1” (%2) imetenganishwa na maandishi yaliyotangulia</translation>
    </message>
    <message>
        <source>“%1” (%2) merged with “%3” (%4)</source>
        <translation>“%1” (%2) imeunganishwa na “%3” (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) paired with “%3” (%4)</source>
        <translation>“%1” (%2) imeoanishwa na “%3” (%4)</translation>
    </message>
    <message>
        <source>“%1” (%2) unpaired from “%3”</source>
        <translation>“%1” (%2) imetenganishwa na “%3”</translation>
    </message>
    <message>
        <source>A translation file&apos;s text is in the file&apos;s language.</source>
        <translation>Maandishi ya faili la tafsiri yako katika lugha ya faili hilo.</translation>
    </message>
    <message>
        <source>The language the selected text is written in</source>
        <translation>Lugha ambayo maandishi yaliyochaguliwa yameandikwa</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Hakuna kilichobadilika: %1</translation>
    </message>
    <message>
        <source>%1 corrections</source>
        <translation>Marekebisho %1</translation>
    </message>
    <message>
        <source>Import preview — %1</source>
        <translation>Onyesho la kuleta — %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Leta</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>paragraph</source>
        <translation>aya</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>kipengele cha orodha</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>safu ya jedwali</translation>
    </message>
    <message>
        <source>thematic break</source>
        <translation>kitenganishi cha mada</translation>
    </message>
    <message>
        <source>numbered heading</source>
        <translation>kichwa chenye namba</translation>
    </message>
    <message>
        <source>numbered item</source>
        <translation>kipengele chenye namba</translation>
    </message>
    <message>
        <source>title-like line</source>
        <translation>mstari unaofanana na kichwa</translation>
    </message>
    <message>
        <source>first title-like line</source>
        <translation>mstari wa kwanza unaofanana na kichwa</translation>
    </message>
    <message>
        <source>first level-1 heading</source>
        <translation>kichwa cha kwanza cha ngazi ya 1</translation>
    </message>
    <message>
        <source>ends with a colon</source>
        <translation>unaishia na nukta mbili</translation>
    </message>
    <message>
        <source>question</source>
        <translation>swali</translation>
    </message>
    <message>
        <source>introduces a list</source>
        <translation>unatanguliza orodha</translation>
    </message>
    <message>
        <source>bullet over a sub-list</source>
        <translation>kitone juu ya orodha ndogo</translation>
    </message>
    <message>
        <source>block of short lines</source>
        <translation>kundi la mistari mifupi</translation>
    </message>
    <message>
        <source>wrapped paragraph</source>
        <translation>aya iliyokatwa kwenye mistari kadhaa</translation>
    </message>
    <message>
        <source>bold line</source>
        <translation>mstari wa herufi nzito</translation>
    </message>
    <message>
        <source>bold paragraph</source>
        <translation>aya ya herufi nzito</translation>
    </message>
    <message>
        <source>short bold paragraph</source>
        <translation>aya fupi ya herufi nzito</translation>
    </message>
    <message>
        <source>typed bullet</source>
        <translation>kitone kilichoandikwa kwa mkono</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>tarehe ya kuanza kutumika</translation>
    </message>
    <message>
        <source>a second date line (kept as text)</source>
        <translation>mstari wa pili wa tarehe (umebaki kama maandishi)</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>kichwa kilichorudiwa</translation>
    </message>
    <message>
        <source>source note</source>
        <translation>dokezo la chanzo</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>viungo vya urambazaji</translation>
    </message>
    <message>
        <source>image</source>
        <translation>picha</translation>
    </message>
    <message>
        <source>image missing</source>
        <translation>picha haipo</translation>
    </message>
    <message>
        <source>stray symbol</source>
        <translation>alama iliyopotea</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>kizuizi cha msimbo</translation>
    </message>
    <message>
        <source>raw HTML</source>
        <translation>HTML ghafi</translation>
    </message>
    <message>
        <source>template tag</source>
        <translation>lebo ya kiolezo</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>maelezo ya awali (front matter)</translation>
    </message>
    <message>
        <source>front matter title</source>
        <translation>kichwa cha maelezo ya awali</translation>
    </message>
    <message>
        <source>front matter date</source>
        <translation>tarehe ya maelezo ya awali</translation>
    </message>
    <message>
        <source>page title</source>
        <translation>kichwa cha ukurasa</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>sifa za hati</translation>
    </message>
    <message>
        <source>text in a block</source>
        <translation>maandishi ndani ya kizuizi</translation>
    </message>
    <message>
        <source>heading style</source>
        <translation>mtindo wa kichwa</translation>
    </message>
    <message>
        <source>outline level</source>
        <translation>ngazi ya muhtasari</translation>
    </message>
    <message>
        <source>Title style</source>
        <translation>mtindo wa «Kichwa»</translation>
    </message>
    <message>
        <source>list style</source>
        <translation>mtindo wa orodha</translation>
    </message>
    <message>
        <source>contents list</source>
        <translation>orodha ya yaliyomo</translation>
    </message>
    <message>
        <source>title of an export</source>
        <translation>kichwa cha faili iliyohamishwa</translation>
    </message>
    <message>
        <source>cover of an export</source>
        <translation>jalada la faili iliyohamishwa</translation>
    </message>
    <message>
        <source>effective date of an export</source>
        <translation>tarehe ya kuanza ya faili iliyohamishwa</translation>
    </message>
    <message>
        <source>not-translated marker of an export</source>
        <translation>alama ya «haijatafsiriwa» ya faili iliyohamishwa</translation>
    </message>
    <message>
        <source>title in the second language</source>
        <translation>kichwa katika lugha ya pili</translation>
    </message>
    <message>
        <source>item with its own marker (kept in the text)</source>
        <translation>kipengele chenye alama yake (alama imebaki kwenye maandishi)</translation>
    </message>
    <message>
        <source>numbered item “N- ”</source>
        <translation>kipengele chenye namba «N- »</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>tanbihi</translation>
    </message>
    <message>
        <source>endnote</source>
        <translation>maelezo ya mwisho</translation>
    </message>
    <message>
        <source>page header</source>
        <translation>kichwa cha ukurasa</translation>
    </message>
    <message>
        <source>page footer</source>
        <translation>kijachini cha ukurasa</translation>
    </message>
    <message>
        <source>outside the page&apos;s main content</source>
        <translation>nje ya maudhui makuu ya ukurasa</translation>
    </message>
    <message>
        <source>sign-off block of an export</source>
        <translation>sehemu ya idhini ya faili iliyohamishwa</translation>
    </message>
    <message>
        <source>draft notice of an export</source>
        <translation>ilani ya rasimu ya faili iliyohamishwa</translation>
    </message>
    <message>
        <source>version line of an export (a version gets its label when it is saved)</source>
        <translation>mstari wa toleo wa faili iliyohamishwa (toleo hupata lebo yake linapohifadhiwa)</translation>
    </message>
    <message>
        <source>front-matter title, repeated by the page&apos;s heading</source>
        <translation>kichwa cha maelezo ya awali, kinachorudiwa na kichwa cha ukurasa</translation>
    </message>
    <message>
        <source>front-matter title (the page&apos;s own heading is the title)</source>
        <translation>kichwa cha maelezo ya awali (kichwa cha ukurasa wenyewe ndicho kichwa)</translation>
    </message>
    <message>
        <source>colon after the heading left out</source>
        <translation>nukta pacha baada ya kichwa imeondolewa</translation>
    </message>
    <message>
        <source>template tags ({% … %}) left out</source>
        <translation>lebo za kiolezo ({% … %}) zimeondolewa</translation>
    </message>
    <message>
        <source>not-translated marker of an export: no text in this language</source>
        <translation>alama ya «haijatafsiriwa» ya faili iliyohamishwa: hakuna maandishi katika lugha hii</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>imebadilishwa</translation>
    </message>
    <message>
        <source>debris</source>
        <translation>mabaki ya ukurasa</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>umebadilishwa na wewe</translation>
    </message>
    <message>
        <source>split by you</source>
        <translation>umegawanywa na wewe</translation>
    </message>
    <message>
        <source>merged by you</source>
        <translation>umeunganishwa na wewe</translation>
    </message>
    <message>
        <source>different numbers, links or e-mail addresses</source>
        <translation>namba, viungo au anwani za barua pepe tofauti</translation>
    </message>
    <message>
        <source>numbers, links or e-mail addresses on one side only</source>
        <translation>namba, viungo au anwani za barua pepe upande mmoja tu</translation>
    </message>
    <message>
        <source>names kept in Latin letters are missing on the other side</source>
        <translation>majina yaliyoandikwa kwa herufi za Kilatini hayapo upande mwingine</translation>
    </message>
    <message>
        <source>far from the same place in the document</source>
        <translation>mbali na mahali pale pale katika hati</translation>
    </message>
    <message>
        <source>weak evidence</source>
        <translation>ushahidi dhaifu</translation>
    </message>
    <message>
        <source>heading level %1</source>
        <translation>kichwa cha ngazi ya %1</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>kichwa %1</translation>
    </message>
    <message>
        <source>numbering (%1)</source>
        <translation>uwekaji namba (%1)</translation>
    </message>
    <message>
        <source>bullet “%1”</source>
        <translation>kitone «%1»</translation>
    </message>
    <message>
        <source>%1 on the cover of an export</source>
        <translation>%1 kwenye jalada la faili iliyohamishwa</translation>
    </message>
    <message>
        <source>comment by %1 (comments are not imported)</source>
        <translation>maoni ya %1 (maoni hayaingizwi)</translation>
    </message>
    <message>
        <source>comment by %1 on “%2” (comments are not imported)</source>
        <translation>maoni ya %1 kuhusu «%2» (maoni hayaingizwi)</translation>
    </message>
    <message>
        <source>tracked deletion by %1 (the import takes the changes as accepted)</source>
        <translation>ufutaji uliofuatiliwa wa %1 (uingizaji unachukulia mabadiliko kuwa yamekubaliwa)</translation>
    </message>
    <message>
        <source>moved by %1: its old place (the text is kept where it was moved to)</source>
        <translation>imehamishwa na %1: mahali pake pa zamani (maandishi yanabaki pale yalipohamishiwa)</translation>
    </message>
    <message>
        <source>typed number “%1” taken as numbering</source>
        <translation>namba iliyoandikwa «%1» imechukuliwa kama upangaji wa namba</translation>
    </message>
    <message>
        <source>item number “%1” taken as list numbering</source>
        <translation>namba ya kipengele «%1» imechukuliwa kama upangaji wa namba wa orodha</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s %1 in %2 (Policy › Properties), not as text</source>
        <translation>imehifadhiwa kama %1 ya sera kwa %2 (Sera › Sifa), si kama maandishi</translation>
    </message>
    <message>
        <source>kept as the policy&apos;s effective date (%1), not as text</source>
        <translation>imehifadhiwa kama tarehe ya kuanza kutumika ya sera (%1), si kama maandishi</translation>
    </message>
    <message>
        <source>a variable of an export: kept as the value of {{%1}} in %2</source>
        <translation>kigeu cha faili iliyohamishwa: kimehifadhiwa kama thamani ya {{%1}} kwa %2</translation>
    </message>
    <message>
        <source>lengths differ (%1 and %2 characters)</source>
        <translation>urefu unatofautiana (herufi %1 na %2)</translation>
    </message>
    <message>
        <source>a %1 paired with a %2</source>
        <translation>%1 imeoanishwa na %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>kichwa kikuu</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>kichwa</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>kitone</translation>
    </message>
    <message>
        <source>table cell</source>
        <translation>kisanduku cha jedwali</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>shirika</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>kichwa kidogo</translation>
    </message>
    <message>
        <source>address</source>
        <translation>anwani</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (any language)…</source>
        <translation>Tafuta vifungu (lugha yoyote)…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Hali yoyote</translation>
    </message>
    <message>
        <source>Insert into policy</source>
        <translation>Ingiza kwenye sera</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>Hariri kifungu…</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>Maneno:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <source>Clause versions</source>
        <translation>Matoleo ya kifungu</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Maktaba haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Lebo yoyote</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>kifungu %n</numerusform>
            <numerusform>vifungu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>Sheria imebadilika: %1</translation>
    </message>
    <message>
        <source>it is no longer in the library</source>
        <translation>haipo tena kwenye maktaba</translation>
    </message>
    <message>
        <source>The clause could not be read: %1</source>
        <translation>Kifungu hakikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Main wording</source>
        <translation>Maneno makuu</translation>
    </message>
    <message>
        <source>Versions of the clause “%1”</source>
        <translation>Matoleo ya kifungu “%1”</translation>
    </message>
    <message>
        <source>Deprecated: do not use in new policies</source>
        <translation>Imeachwa: usitumie katika sera mpya</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>Inafungua %1…</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Andika</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Tafsiri</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Linganisha</translation>
    </message>
    <message>
        <source>Preview in:</source>
        <translation>Onyesho kwa:</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Maktaba ya vifungu</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Onyesho la awali</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Mabadiliko yote yamehifadhiwa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Ukidhi wa masharti</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Utayari</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Eneo jipya la kazi…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Fungua eneo la kazi…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Fungua ya hivi karibuni</translation>
    </message>
    <message>
        <source>New policy…</source>
        <translation>Sera mpya…</translation>
    </message>
    <message>
        <source>New policy from questionnaire…</source>
        <translation>Sera mpya kutoka dodoso…</translation>
    </message>
    <message>
        <source>Policy properties…</source>
        <translation>Sifa za sera…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Hifadhi toleo…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Hifadhi nakala kama…</translation>
    </message>
    <message>
        <source>Import document…</source>
        <translation>Leta hati…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Hamisha…</translation>
    </message>
    <message>
        <source>Export for translation (XLIFF)…</source>
        <translation>Hamisha kwa tafsiri (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translation (XLIFF)…</source>
        <translation>Leta tafsiri (XLIFF)…</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Hamisha ulinganisho…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Hakiki ya kuchapisha…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ondoka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Your name…</source>
        <translation>Jina lako…</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Kipengele</translation>
    </message>
    <message>
        <source>Insert selected clause</source>
        <translation>Ingiza kifungu kilichochaguliwa</translation>
    </message>
    <message>
        <source>Save section to library…</source>
        <translation>Hifadhi kipengele kwenye maktaba…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Maktaba</translation>
    </message>
    <message>
        <source>New clause…</source>
        <translation>Kifungu kipya…</translation>
    </message>
    <message>
        <source>Edit selected clause…</source>
        <translation>Hariri kifungu kilichochaguliwa…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Linganisha matoleo</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lugha ya kiolesura</translation>
    </message>
    <message>
        <source>Reset panel layout</source>
        <translation>Rudisha mpangilio wa paneli</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Zana</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Faharasa ya istilahi…</translation>
    </message>
    <message>
        <source>Import translation memory (TMX)…</source>
        <translation>Leta kumbukumbu ya tafsiri (TMX)…</translation>
    </message>
    <message>
        <source>Export translation memory (TMX)…</source>
        <translation>Hamisha kumbukumbu ya tafsiri (TMX)…</translation>
    </message>
    <message>
        <source>Regulation coverage</source>
        <translation>Ukidhi wa masharti ya sheria</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Where is my workspace?</source>
        <translation>Eneo langu la kazi liko wapi?</translation>
    </message>
    <message>
        <source>About Policy Studio</source>
        <translation>Kuhusu Policy Studio</translation>
    </message>
    <message>
        <source>Reading your role…</source>
        <translation>Inasoma jukumu lako…</translation>
    </message>
    <message>
        <source>Your role could not be read from the server (%1); this waits until it can be</source>
        <translation>Jukumu lako halikuweza kusomwa kutoka kwa seva (%1); hili linasubiri hadi liweze kusomwa</translation>
    </message>
    <message>
        <source>Role not known yet: the server did not answer</source>
        <translation>Jukumu bado halijulikani: seva haikujibu</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Umeingia kama %1 (%2)</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s sections, variables or the library; the server refuses it</source>
        <translation>Jukumu lako (%1) haliruhusu kubadilisha sehemu za sera, vigezo vyake au maktaba; seva inakataa</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the source text or the structure; translate in the Translate view</source>
        <translation>Jukumu lako (%1) haliruhusu kubadilisha maandishi ya chanzo au muundo; tafsiri katika mwonekano wa Tafsiri</translation>
    </message>
    <message>
        <source>Your role (%1) may not approve versions; an approver does</source>
        <translation>Jukumu lako (%1) haliruhusu kuidhinisha matoleo; mwidhinishaji hufanya hivyo</translation>
    </message>
    <message>
        <source>The list of policies could not be read: %1</source>
        <translation>Orodha ya sera haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>Reading the list of policies…</source>
        <translation>Inasoma orodha ya sera…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Inafungua “%1”…</translation>
    </message>
    <message>
        <source>Saving the new policy “%1”…</source>
        <translation>Inahifadhi sera mpya “%1”…</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Inasoma maktaba…</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Maktaba haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <source>The laws chosen could not be recorded as seen (a later change to them would not be marked): %1</source>
        <translation>Sheria zilizochaguliwa hazikuweza kurekodiwa kama zimeonekana (mabadiliko yao ya baadaye hayatawekewa alama): %1</translation>
    </message>
    <message>
        <source>The activity log line “%1” was not written: %2</source>
        <translation>Mstari wa kumbukumbu ya shughuli “%1” haukuandikwa: %2</translation>
    </message>
    <message>
        <source>Reading “%1” from the library to insert it…</source>
        <translation>Inasoma “%1” kutoka maktaba ili kuiingiza…</translation>
    </message>
    <message>
        <source>the library has no such clause</source>
        <translation>maktaba haina kifungu hicho</translation>
    </message>
    <message>
        <source>Reading “%1” from the library for the update…</source>
        <translation>Inasoma “%1” kutoka maktaba kwa ajili ya kusasisha…</translation>
    </message>
    <message>
        <source>“%1” could not be read from the library: %2</source>
        <translation>“%1” haikuweza kusomwa kutoka maktaba: %2</translation>
    </message>
    <message>
        <source>Saving the clause “%1”…</source>
        <translation>Inahifadhi kifungu “%1”…</translation>
    </message>
    <message>
        <source>The clause “%1” was not saved: %2</source>
        <translation>Kifungu “%1” hakikuhifadhiwa: %2</translation>
    </message>
    <message>
        <source>When this workspace was last closed (%1), your edits to “%2” could not be saved: %3. They were kept on this computer.</source>
        <translation>Nafasi hii ya kazi ilipofungwa mara ya mwisho (%1), mabadiliko yako kwenye “%2” hayakuweza kuhifadhiwa: %3. Yamewekwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Restore them? What others changed meanwhile is kept; where both of you changed the same text, you choose.</source>
        <translation>Uyarejeshe? Yaliyobadilishwa na wengine wakati huo yanabaki; pale mlipobadilisha maandishi yale yale nyote wawili, wewe unachagua.</translation>
    </message>
    <message>
        <source>Restore my edits</source>
        <translation>Rejesha mabadiliko yangu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Si sasa</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Yatupe</translation>
    </message>
    <message>
        <source>Restored your edits to “%1” kept on %2; saving them</source>
        <translation>Mabadiliko yako kwenye “%1” yaliyowekwa %2 yamerejeshwa; yanahifadhiwa</translation>
    </message>
    <message>
        <source>Your edits to “%1” kept on %2 had reached the workspace after all</source>
        <translation>Mabadiliko yako kwenye “%1” yaliyowekwa %2 yalikuwa yamefika kwenye nafasi ya kazi hatimaye</translation>
    </message>
    <message>
        <source>Not saved: %1. Your edits are kept in this window.</source>
        <translation>Haijahifadhiwa: %1. Mabadiliko yako yamebaki katika dirisha hili.</translation>
    </message>
    <message>
        <source>The new policy “%1” was not saved: %2; it stays open here and is saved when the database answers.</source>
        <translation>Sera mpya “%1” haikuhifadhiwa: %2; inabaki wazi hapa na itahifadhiwa hifadhidata itakapojibu.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Hifadhi nakala kama</translation>
    </message>
    <message>
        <source>Saved a copy of the policy as %1; %2</source>
        <translation>Nakala ya sera imehifadhiwa kama %1; %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Nakala imehifadhiwa kama %1</translation>
    </message>
    <message>
        <source>Your last changes are not saved: %1.</source>
        <translation>Mabadiliko yako ya mwisho hayajahifadhiwa: %1.</translation>
    </message>
    <message>
        <source>Quit anyway? The unsaved changes will be lost.</source>
        <translation>Ungependa kufunga hata hivyo? Mabadiliko ambayo hayajahifadhiwa yatapotea.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Funga hata hivyo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the library; an author does</source>
        <translation>Jukumu lako (%1) haliruhusu kubadilisha maktaba; mwandishi ndiye hufanya hivyo</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Sera mpya</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Kichwa:</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>Imeundwa “%1”</translation>
    </message>
    <message>
        <source>Created “%1” from your answers</source>
        <translation>“%1” imeundwa kutoka majibu yenu</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Kumbuka: %1</translation>
    </message>
    <message>
        <source>Deprecated clauses still used: %1</source>
        <translation>Vifungu vilivyoachwa bado vinatumika: %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>Approvals and the activity log record who did what. Your name:</source>
        <translation>Idhini na kumbukumbu ya shughuli hurekodi nani alifanya nini. Jina lako:</translation>
    </message>
    <message>
        <source>“%1” is deprecated: consider another clause</source>
        <translation>“%1” kimeachwa: fikiria kifungu kingine</translation>
    </message>
    <message>
        <source>“%1” is a draft clause: its wording is not approved for use</source>
        <translation>“%1” ni kifungu cha rasimu: maneno yake hayajaidhinishwa kutumika</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Badilisha jina la kipengele</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>Kichwa (%1):</translation>
    </message>
    <message>
        <source>The section is up to date with the library</source>
        <translation>Kipengele kiko sawa na maktaba</translation>
    </message>
    <message>
        <source>Saved version %1 (%2)</source>
        <translation>Toleo %1 (%2) limehifadhiwa</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Faharasa ya istilahi</translation>
    </message>
    <message>
        <source>The glossary belongs to a language pair: add a target language first.</source>
        <translation>Faharasa ni ya jozi ya lugha: ongeza lugha lengwa kwanza.</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Policy Studio starts.</source>
        <translation>Kiolesura kitakuwa kwa %1 Policy Studio itakapoanzishwa tena.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Hamisha ulinganisho</translation>
    </message>
    <message>
        <source>Save a version (File &gt; Save version…) to compare the draft with it.</source>
        <translation>Hifadhi toleo (Faili &gt; Hifadhi toleo…) ili kulinganisha rasimu nalo.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Imehifadhiwa %1</translation>
    </message>
    <message>
        <source>Added %1 to the library</source>
        <translation>%1 imeongezwa kwenye maktaba</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>%1 imehifadhiwa kama toleo %2</translation>
    </message>
    <message>
        <source>Save section to library</source>
        <translation>Hifadhi kipengele kwenye maktaba</translation>
    </message>
    <message>
        <source>Clause key:</source>
        <translation>Ufunguo wa kifungu:</translation>
    </message>
    <message>
        <source>Saved as library clause %1 (draft)</source>
        <translation>Imehifadhiwa kama kifungu cha maktaba %1 (rasimu)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Fungua eneo la kazi</translation>
    </message>
    <message>
        <source>Policy Studio workspaces (*%1)</source>
        <translation>Maeneo ya kazi ya Policy Studio (*%1)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Eneo jipya la kazi</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Imefunguliwa %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Muhtasari</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(bila kichwa)</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>sasisho linapatikana</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>kimeachwa</translation>
    </message>
    <message>
        <source>law changed</source>
        <translation>sheria imebadilika</translation>
    </message>
    <message>
        <source>being edited by %1</source>
        <translation>inahaririwa na %1</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 za kupitia</translation>
    </message>
    <message>
        <source>Open in another window by %1</source>
        <translation>Imefunguliwa kwenye dirisha jingine na %1</translation>
    </message>
    <message>
        <source>Local section (not linked to the library)</source>
        <translation>Kipengele cha ndani (hakijaunganishwa na maktaba)</translation>
    </message>
    <message>
        <source>Linked to library clause %1, version %2</source>
        <translation>Kimeunganishwa na kifungu cha maktaba %1, toleo %2</translation>
    </message>
    <message>
        <source>The library has version %1</source>
        <translation>Maktaba ina toleo %1</translation>
    </message>
    <message>
        <source>Law changed: %1</source>
        <translation>Sheria imebadilika: %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Move section up</source>
        <translation>Sogeza kipengele juu</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Sogeza kipengele chini</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Nakili kipengele</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Ondoa kipengele</translation>
    </message>
    <message>
        <source>Rename section…</source>
        <translation>Badilisha jina la kipengele…</translation>
    </message>
    <message>
        <source>Update from library…</source>
        <translation>Sasisha kutoka maktaba…</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Sasisha…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Rudufu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
</context>
<context>
    <name>PretranslateDialog</name>
    <message>
        <source>Pre-translate</source>
        <translation>Tafsiri mapema</translation>
    </message>
    <message>
        <source>Fill every untranslated %1 segment from the library&apos;s approved clauses and the translation memory: exact matches, and fuzzy matches scoring at least the minimum below. They become drafts marked “pre-translated” with their score; nothing is confirmed or approved, and segments with text are left alone.</source>
        <translation>Jaza kila sehemu ya %1 ambayo haijatafsiriwa kutoka vifungu vilivyoidhinishwa vya maktaba na kumbukumbu ya tafsiri: zinazolingana kikamilifu, na zinazokaribiana zenye alama angalau kiwango cha chini hapa chini. Zinakuwa rasimu zilizowekwa alama “imetafsiriwa mapema” pamoja na alama zake; hakuna kinachothibitishwa au kuidhinishwa, na sehemu zenye maandishi haziguswi.</translation>
    </message>
    <message>
        <source>Lowest fuzzy match:</source>
        <translation>Ulinganifu wa chini kabisa:</translation>
    </message>
</context>
<context>
    <name>PretranslationReportDialog</name>
    <message>
        <source>Pre-translation report</source>
        <translation>Ripoti ya tafsiri ya mapema</translation>
    </message>
    <message>
        <source>%1 segments pre-translated as drafts: %2 exact, %3 fuzzy (at least %4%). %5 had no match; %6 already had a translation and were kept.</source>
        <translation>Sehemu %1 zimetafsiriwa mapema kama rasimu: %2 kamili, %3 za kukaribiana (angalau %4%). %5 hazikuwa na ulinganifu; %6 tayari zilikuwa na tafsiri na zimeachwa.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Ulinganifu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>kamili</translation>
    </message>
    <message>
        <source>Memory source: %1</source>
        <translation>Chanzo cha kumbukumbu: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Policy properties</source>
        <translation>Sifa za sera</translation>
    </message>
    <message>
        <source>Subtitle (%1)</source>
        <translation>Kichwa kidogo (%1)</translation>
    </message>
    <message>
        <source>Organisation (%1)</source>
        <translation>Shirika (%1)</translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation>Anwani (%1)</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Kichwa (%1)</translation>
    </message>
    <message>
        <source>Number in each language&apos;s own digits (٠١٢…)</source>
        <translation>Nambari kwa tarakimu za kila lugha (٠١٢…)</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Upangaji wa nambari</translation>
    </message>
    <message>
        <source>set</source>
        <translation>weka</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Tarehe ya kuanza kutumika</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Lebo ya toleo</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Lugha ya chanzo</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Tafsiri kwa</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the %2 title and cover</source>
        <translation>Jukumu lako (%1) haliruhusu kubadilisha kichwa na jalada la %2</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the policy&apos;s details</source>
        <translation>Jukumu lako (%1) haliruhusu kubadilisha maelezo ya sera</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Untranslated segments</source>
        <translation>Sehemu ambazo hazijatafsiriwa</translation>
    </message>
    <message>
        <source>Stale segments (source changed)</source>
        <translation>Sehemu zilizopitwa (chanzo kimebadilika)</translation>
    </message>
    <message>
        <source>Segments not approved</source>
        <translation>Sehemu ambazo hazijaidhinishwa</translation>
    </message>
    <message>
        <source>Proposed changes nobody accepted or rejected</source>
        <translation>Mabadiliko yaliyopendekezwa ambayo hakuna aliyeyakubali wala kuyakataa</translation>
    </message>
    <message>
        <source>Review notes not resolved</source>
        <translation>Madokezo ya mapitio ambayo hayajatatuliwa</translation>
    </message>
    <message>
        <source>QA errors not dismissed</source>
        <translation>Makosa ya ukaguzi ambayo hayajakataliwa</translation>
    </message>
    <message>
        <source>Variables without a value</source>
        <translation>Vigezo visivyo na thamani</translation>
    </message>
    <message>
        <source>Draft library clauses</source>
        <translation>Vifungu vya rasimu vya maktaba</translation>
    </message>
    <message>
        <source>Deprecated library clauses</source>
        <translation>Vifungu vya maktaba vilivyoachwa</translation>
    </message>
    <message>
        <source>Library updates pending</source>
        <translation>Masasisho ya maktaba yanayosubiri</translation>
    </message>
    <message>
        <source>Requirements of the law not (fully) covered</source>
        <translation>Masharti ya sheria yasiyokidhiwa (kikamilifu)</translation>
    </message>
    <message>
        <source>Laws that changed</source>
        <translation>Sheria zilizobadilika</translation>
    </message>
    <message>
        <source>Version approval</source>
        <translation>Idhini ya toleo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kagua tena</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Lugha zote</translation>
    </message>
    <message>
        <source>The policy changed since this check: press Check again.</source>
        <translation>Sera imebadilika tangu ukaguzi huu: bonyeza Kagua tena.</translation>
    </message>
    <message>
        <source>Open a policy to see whether it is ready.</source>
        <translation>Fungua sera kuona kama iko tayari.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <source>Ready for sign-off: nothing stands in the way.</source>
        <translation>Iko tayari kuidhinishwa: hakuna kizuizi.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready for sign-off (blockers: %n).</source>
        <translation>
            <numerusform>Haiko tayari kuidhinishwa (vizuizi: %n).</numerusform>
            <numerusform>Haiko tayari kuidhinishwa (vizuizi: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegulationsDialog</name>
    <message>
        <source>Regulations</source>
        <translation>Sheria</translation>
    </message>
    <message>
        <source>This policy is under</source>
        <translation>Sera hii iko chini ya</translation>
    </message>
    <message>
        <source>What you do (unticked: those requirements do not apply)</source>
        <translation>Mnachofanya (isiyowekwa alama: masharti yake hayahusiki)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Insertion</source>
        <translation>Uongezaji</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Ufutaji</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ubadilishaji</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Uhamishaji</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <source>would become a paragraph</source>
        <translation>itakuwa aya</translation>
    </message>
    <message>
        <source>would become a bullet item</source>
        <translation>itakuwa kipengele cha orodha ya vitone</translation>
    </message>
    <message>
        <source>would become a numbered item</source>
        <translation>itakuwa kipengele cha orodha yenye namba</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kubali</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Kataa</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Tatua</translation>
    </message>
    <message>
        <source>To review in this section: %1</source>
        <translation>Za kupitia katika sehemu hii: %1</translation>
    </message>
    <message>
        <source>Nothing left to review in this section</source>
        <translation>Hakuna kilichobaki kupitiwa katika sehemu hii</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Dokezo la %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>mtu fulani</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bila tarehe</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Imetatuliwa</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Kuhusu %1</translation>
    </message>
    <message>
        <source>%1 proposed by %2, %3</source>
        <translation>%1 iliyopendekezwa na %2, %3</translation>
    </message>
    <message>
        <source>formatting</source>
        <translation>mpangilio</translation>
    </message>
    <message>
        <source>a heading or section title</source>
        <translation>kichwa au kichwa cha sehemu</translation>
    </message>
    <message>
        <source>Would read %1</source>
        <translation>Itasomeka %1</translation>
    </message>
    <message>
        <source>The words this change touches were edited since it was proposed: edit the text by hand, then reject the proposal.</source>
        <translation>Maneno yanayoguswa na badiliko hili yamehaririwa tangu lilipopendekezwa: hariri maandishi kwa mkono, kisha ukatae pendekezo.</translation>
    </message>
    <message>
        <source>This change turns a paragraph into a heading or section title (or back): change the structure by hand, then reject the proposal.</source>
        <translation>Badiliko hili linageuza aya kuwa kichwa au kichwa cha sehemu (au kinyume chake): badilisha muundo kwa mkono, kisha ukatae pendekezo.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Fungua tena</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Hifadhi toleo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section title</source>
        <translation>Kichwa cha kipengele</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Aya</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Bullet item</source>
        <translation>Kipengee cha kitone</translation>
    </message>
    <message>
        <source>Numbered item</source>
        <translation>Kipengee chenye namba</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Herufi nzito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italiki</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Kiungo…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Badilisha…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jedwali</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ongeza safu mlalo</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ondoa safu mlalo</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ongeza safu wima</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Ondoa safu wima</translation>
    </message>
    <message>
        <source>Column widths…</source>
        <translation>Upana wa safu wima…</translation>
    </message>
    <message>
        <source>Set the width of each column of this table</source>
        <translation>Weka upana wa kila safu wima ya jedwali hili</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lugha:</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Haikupatikana.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) in %1 paragraph(s).</source>
        <translation>
            <numerusform>Mabadiliko %n katika aya %1.</numerusform>
            <numerusform>Mabadiliko %n katika aya %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local section</source>
        <translation>Kipengele cha ndani</translation>
    </message>
    <message>
        <source>Linked to library clause %1 (version %2); your edits make it a local variation</source>
        <translation>Kimeunganishwa na kifungu cha maktaba %1 (toleo %2); mabadiliko yako yanakifanya kuwa toleo la ndani</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>Ingiza kigezo…</translation>
    </message>
    <message>
        <source>New variable…</source>
        <translation>Kigeu kipya…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Kiungo</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation>Anwani (https://… au mailto:…):</translation>
    </message>
    <message>
        <source>Only https://, http:// and mailto: links are allowed</source>
        <translation>Viungo vya https://, http:// na mailto: pekee vinaruhusiwa</translation>
    </message>
    <message>
        <source>New variable</source>
        <translation>Kigeu kipya</translation>
    </message>
    <message>
        <source>Name (letters, digits and _; e.g. dpo_phone):</source>
        <translation>Jina (herufi, tarakimu na _; mf. dpo_phone):</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits and _.</source>
        <translation>“%1” haiwezi kuwa jina la kigeu: tumia herufi, tarakimu na _.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(hakuna mapendekezo)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ongeza “%1” kwenye kamusi</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>%1 row %2 col %3</source>
        <translation>%1 safu %2 safuwima %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>The source changed after this segment was translated.</source>
        <translation>Chanzo kilibadilika baada ya sehemu hii kutafsiriwa.</translation>
    </message>
    <message>
        <source>%1 → not “%2” (forbidden)</source>
        <translation>%1 → si “%2” (imekatazwa)</translation>
    </message>
    <message>
        <source>Pre-translated from %1 (match %2%): check it and confirm.</source>
        <translation>Imetafsiriwa mapema kutoka %1 (ulinganifu %2%): ikague kisha uthibitishe.</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>imepitwa na wakati</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>haijatafsiriwa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rasimu</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>imetafsiriwa</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>imekaguliwa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>imeidhinishwa</translation>
    </message>
    <message>
        <source>pre-translated %1%</source>
        <translation>imetafsiriwa mapema %1%</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(hakuna mapendekezo)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ongeza “%1” kwenye kamusi</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split text</source>
        <translation>Gawanya maandishi</translation>
    </message>
    <message>
        <source>&amp;Split here</source>
        <translation>&amp;Gawanya hapa</translation>
    </message>
    <message>
        <source>Put the cursor where the second part starts:</source>
        <translation>Weka kishale mahali sehemu ya pili inapoanzia:</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>No policy</source>
        <translation>Hakuna sera</translation>
    </message>
    <message>
        <source>Open or create a policy first.</source>
        <translation>Fungua au unda sera kwanza.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Imehifadhiwa %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Hamisha kwa tafsiri</translation>
    </message>
    <message>
        <source>This policy has no target language: add one in Policy properties.</source>
        <translation>Sera hii haina lugha lengwa: ongeza moja katika Sifa za sera.</translation>
    </message>
    <message>
        <source>Translate into:</source>
        <translation>Tafsiri kwa:</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Faili za XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Wrote %1 segments to %2</source>
        <translation>Sehemu %1 zimeandikwa kwenye %2</translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Leta tafsiri</translation>
    </message>
    <message>
        <source>%1 segments updated, %2 unchanged.</source>
        <translation>Sehemu %1 zimesasishwa, %2 hazijabadilika.</translation>
    </message>
    <message>
        <source>%1 kept as draft: the source changed since the export.</source>
        <translation>%1 zimebaki kuwa rasimu: chanzo kimebadilika tangu kuhamishwa.</translation>
    </message>
    <message>
        <source>%1 units match no segment of this policy.</source>
        <translation>Vipande %1 havilingani na sehemu yoyote ya sera hii.</translation>
    </message>
    <message>
        <source>%1 segments of the policy are not in the file.</source>
        <translation>Sehemu %1 za sera hazimo kwenye faili.</translation>
    </message>
    <message>
        <source>Export translation memory</source>
        <translation>Hamisha kumbukumbu ya tafsiri</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>Faili za TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Wrote %1 units to %2 (%3).</source>
        <translation>Vipande %1 vimeandikwa kwenye %2 (%3).</translation>
    </message>
    <message>
        <source>Exporting the translation memory to %1…</source>
        <translation>Inahamisha kumbukumbu ya tafsiri kwenda %1…</translation>
    </message>
    <message>
        <source>Import translation memory</source>
        <translation>Leta kumbukumbu ya tafsiri</translation>
    </message>
    <message>
        <source>%1 units read: %2 added, %3 updated, %4 already in the memory.</source>
        <translation>Vipande %1 vimesomwa: %2 vimeongezwa, %3 vimesasishwa, %4 tayari vipo kwenye kumbukumbu.</translation>
    </message>
    <message>
        <source>%1 units without a usable language pair were skipped.</source>
        <translation>Vipande %1 visivyo na jozi ya lugha inayofaa vimerukwa.</translation>
    </message>
    <message>
        <source>Importing the translation memory from %1…</source>
        <translation>Inaleta kumbukumbu ya tafsiri kutoka %1…</translation>
    </message>
    <message>
        <source>Translation memory</source>
        <translation>Kumbukumbu ya tafsiri</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>Leta hati</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Sera (%1)</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>Imeundwa “%1”</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 sections in %3.</source>
        <translation>“%1” imeletwa: vipengele %2 kwa %3.</translation>
    </message>
    <message>
        <source>%1 lines dropped (navigation, debris).</source>
        <translation>Mistari %1 imeachwa (urambazaji, mabaki).</translation>
    </message>
    <message>
        <source>%1 parts found in one language only: check them in the Translate view.</source>
        <translation>Sehemu %1 zimepatikana kwa lugha moja tu: zikague katika mwonekano wa Tafsiri.</translation>
    </message>
    <message>
        <source>Translation file</source>
        <translation>Faili la tafsiri</translation>
    </message>
    <message>
        <source>Policies (*.txt *.md *.docx *.html)</source>
        <translation>Sera (*.txt *.md *.docx *.html)</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Lugha ya faili:</translation>
    </message>
</context>
<context>
    <name>TranslateView</name>
    <message>
        <source>This policy has no translation yet: add a target language in Policy properties.</source>
        <translation>Sera hii bado haina tafsiri: ongeza lugha lengwa katika Sifa za sera.</translation>
    </message>
    <message>
        <source>Translate from</source>
        <translation>Tafsiri kutoka</translation>
    </message>
    <message>
        <source>into</source>
        <translation>kwa</translation>
    </message>
    <message>
        <source>%1 is the source language of this policy: edit it in the Write view.</source>
        <translation>%1 ni lugha ya chanzo ya sera hii: ihariri katika mwonekano wa Kuandika.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>Imetafsiriwa: %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Library changed this; the new wording comes in.</source>
        <translation>Maktaba ilibadilisha hili; maneno mapya yanaingia.</translation>
    </message>
    <message>
        <source>You changed this; your wording stays.</source>
        <translation>Ulibadilisha hili; maneno yako yanabaki.</translation>
    </message>
    <message>
        <source>You and the library made the same change.</source>
        <translation>Wewe na maktaba mlifanya badiliko lilelile.</translation>
    </message>
    <message>
        <source>Removed (unchanged on the other side).</source>
        <translation>Imeondolewa (bila kubadilishwa upande mwingine).</translation>
    </message>
    <message>
        <source>Conflict: you and the library both changed this.</source>
        <translation>Mgongano: wewe na maktaba nyote mlibadilisha hili.</translation>
    </message>
    <message>
        <source>Table: you and the library changed different cells; both changes are kept.</source>
        <translation>Jedwali: wewe na maktaba mlibadilisha visanduku tofauti; mabadiliko yote mawili yanabaki.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the library changed this cell; its wording comes in.</source>
        <translation>Safu %1, safu wima %2: maktaba ilibadilisha kisanduku hiki; maneno yake yanaingia.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you changed this cell; your wording stays.</source>
        <translation>Safu %1, safu wima %2: ulibadilisha kisanduku hiki; maneno yako yanabaki.</translation>
    </message>
    <message>
        <source>Row %1, column %2: you and the library made the same change.</source>
        <translation>Safu %1, safu wima %2: wewe na maktaba mlifanya badiliko lilelile.</translation>
    </message>
    <message>
        <source>Row %1, column %2: removed (unchanged on the other side).</source>
        <translation>Safu %1, safu wima %2: imeondolewa (bila kubadilishwa upande mwingine).</translation>
    </message>
    <message>
        <source>Row %1, column %2: conflict, you and the library both changed this cell.</source>
        <translation>Safu %1, safu wima %2: mgongano, wewe na maktaba nyote mlibadilisha kisanduku hiki.</translation>
    </message>
    <message>
        <source>Update from the library</source>
        <translation>Sasisha kutoka maktaba</translation>
    </message>
    <message>
        <source>“%1”: your version %2 → library version %3.</source>
        <translation>“%1”: toleo lako %2 → toleo la maktaba %3.</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Tekeleza sasisho</translation>
    </message>
    <message numerus="yes">
        <source>Table: you and the library both changed %n cell(s); choose for each.</source>
        <translation>
            <numerusform>Jedwali: wewe na maktaba nyote mlibadilisha visanduku %n; chagua kwa kila kimoja.</numerusform>
            <numerusform>Jedwali: wewe na maktaba nyote mlibadilisha visanduku %n; chagua kwa kila kimoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Was (the library version you had):</source>
        <translation>Ilikuwa (toleo la maktaba ulilokuwa nalo):</translation>
    </message>
    <message>
        <source>Keep mine:</source>
        <translation>Baki na yangu:</translation>
    </message>
    <message>
        <source>Take the library&apos;s:</source>
        <translation>Chukua ya maktaba:</translation>
    </message>
    <message numerus="yes">
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
        <source>Variable</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>No value: the policy shows [%1]</source>
        <translation>Hakuna thamani: sera inaonyesha [%1]</translation>
    </message>
    <message>
        <source>Uses “%1” (from the source language or the policy properties)</source>
        <translation>Inatumia “%1” (kutoka lugha ya chanzo au sifa za sera)</translation>
    </message>
    <message>
        <source>Unfilled in: %1</source>
        <translation>Haijajazwa katika: %1</translation>
    </message>
    <message>
        <source>%1 variables, %2 unfilled</source>
        <translation>Vigezo %1, %2 havijajazwa</translation>
    </message>
    <message>
        <source>%1 blank in %2 (the %3 value is used)</source>
        <translation>%1 tupu katika %2 (thamani ya %3 inatumika)</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>Version %1 (%2) — read-only</source>
        <translation>Toleo %1 (%2) — kusoma tu</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <source>“%1” is accepted in this window but could not be added to the dictionary: %2</source>
        <translation>“%1” imekubaliwa katika dirisha hili lakini haikuweza kuongezwa kwenye kamusi: %2</translation>
    </message>
</context>
</TS>
