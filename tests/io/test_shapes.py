"""Real document shapes (issue 12): structure recovered from the whole document, every word
accounted for in the import report, nothing deleted to make a list marker.

The documents are written for these tests (English with Swahili, French and Arabic).
"""

from __future__ import annotations

from pathlib import Path

from policy_studio.io.import_flow import read_any
from policy_studio.io.readers import txt
from policy_studio.io.result import ReadResult, count_words
from policy_studio.model import Block


def _read(tmp_path: Path, name: str, text: str) -> ReadResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path)


def _outline(result: ReadResult, lang: str = "en") -> list[tuple[str, list[str]]]:
    """Each section's blocks as text; a table (issue 13) as its rows, cells joined by " | "."""

    def text(block: Block) -> list[str]:
        if block.table is None:
            return [block.get(lang)]
        return [" | ".join(c.get(lang) for c in row) for row in block.table.rows]

    return [(s.title(lang), [t for b in s.blocks for t in text(b)]) for s in result.policy.sections]


def _balanced(result: ReadResult, source: str | None = None) -> None:
    """Words in = words out + dropped + changed, per language, and in = the file's own count."""
    for lang, count in result.report.words.items():
        assert count.unaccounted == 0, (lang, count)
    if source is not None:
        assert sum(c.words_in for c in result.report.words.values()) == count_words(source)


HARD_WRAPPED = """Kilima Health Privacy Notice

1. Why we use your data

We process your health records on the lawful basis of Article 6
(1)(b) GDPR and, for special categories, Article 9(2)(h), because the
care we give you depends on them. We keep records for eight years
– longer only when a court asks us to – and then delete them.

2. Updates

This notice was last changed on
12 March 2021 and replaces every earlier version of it.
"""


def test_hard_wrapped_lines_starting_with_markers_are_words_not_list_items(tmp_path):
    result = _read(tmp_path, "wrapped.txt", HARD_WRAPPED)
    outline = _outline(result)
    assert [title for title, _ in outline] == ["Why we use your data", "Updates"]
    first = outline[0][1]
    assert len(first) == 1  # one paragraph: nothing became a list item
    assert "Article 6 (1)(b) GDPR" in first[0]
    assert "eight years – longer only when a court asks us to – and" in first[0]
    # "12 March 2021" continues its sentence: not a heading "March 2021".
    assert outline[1][1] == [
        "This notice was last changed on 12 March 2021 and replaces every earlier version of it."
    ]
    _balanced(result, HARD_WRAPPED)


def test_a_date_line_is_not_a_numbered_heading(tmp_path):
    text = "Notice\n\nWhat changed\n\n12 March 2021\n\nWe now keep fewer records.\n"
    result = _read(tmp_path, "date.txt", text)
    titles = [s.title("en") for s in result.policy.sections]
    assert "March 2021" not in titles
    texts = [b.get("en") for _, b in result.policy.iter_blocks()]
    assert "12 March 2021" in texts
    _balanced(result, text)


ONE_PER_LINE = """Sera ya Faragha ya Duka Letu
Taarifa tunazokusanya:
- Jina lako na namba ya simu.
- Anwani ya kupeleka mzigo.
Jinsi tunavyotumia taarifa:
Tunatumia taarifa zako kukuletea bidhaa ulizoagiza na kukujulisha kuhusu agizo lako.
- Kukutumia ujumbe kuhusu agizo.
- Kuboresha huduma zetu kwa wateja wote.
Haki zako:
Unaweza kuomba nakala ya taarifa zako wakati wowote kwa kutuandikia barua pepe.
"""


def test_one_line_per_paragraph_lists_do_not_swallow_the_next_heading(tmp_path):
    result = _read(tmp_path, "sera.txt", ONE_PER_LINE)
    assert result.policy.source_language == "sw"
    assert _outline(result, "sw") == [
        (
            "Taarifa tunazokusanya",
            ["Jina lako na namba ya simu.", "Anwani ya kupeleka mzigo."],
        ),
        (
            "Jinsi tunavyotumia taarifa",
            [
                "Tunatumia taarifa zako kukuletea bidhaa ulizoagiza na kukujulisha kuhusu "
                "agizo lako.",
                "Kukutumia ujumbe kuhusu agizo.",
                "Kuboresha huduma zetu kwa wateja wote.",
            ],
        ),
        (
            "Haki zako",
            ["Unaweza kuomba nakala ya taarifa zako wakati wowote kwa kutuandikia barua pepe."],
        ),
    ]
    assert result.policy.title["sw"] == "Sera ya Faragha ya Duka Letu"
    _balanced(result, ONE_PER_LINE)


BULLETS_AND_BOLD = """**POLITIQUE DE CONFIDENTIALITÉ**

**PARTIE 1 – LES DONNÉES QUE NOUS RECUEILLONS**

Nous recueillons les données suivantes :

• votre nom et votre adresse ;
• vos commandes passées.

**PARTIE 2 – COMMENT NOUS LES UTILISONS**

1- Pour livrer vos commandes.
2- Pour répondre à vos questions.

(a) Vous pouvez retirer votre consentement à tout moment.
(b) Vous pouvez déposer une plainte auprès de l'autorité.
"""


def test_bold_lines_bullets_dash_numbers_and_lettered_items(tmp_path):
    result = _read(tmp_path, "politique.txt", BULLETS_AND_BOLD)
    policy = result.policy
    assert policy.source_language == "fr"
    assert policy.title["fr"] == "POLITIQUE DE CONFIDENTIALITÉ"
    sections = policy.sections
    assert [s.title("fr") for s in sections] == [
        "LES DONNÉES QUE NOUS RECUEILLONS",
        "COMMENT NOUS LES UTILISONS",
    ] or [s.title("fr") for s in sections] == [
        "PARTIE 1 – LES DONNÉES QUE NOUS RECUEILLONS",
        "PARTIE 2 – COMMENT NOUS LES UTILISONS",
    ]
    first = [(b.kind.value, b.get("fr")) for b in sections[0].blocks]
    assert first[1:] == [
        ("bullet", "votre nom et votre adresse ;"),
        ("bullet", "vos commandes passées."),
    ]
    second = [(b.kind.value, b.get("fr")) for b in sections[1].blocks]
    assert second[:2] == [
        ("numbered", "Pour livrer vos commandes."),
        ("numbered", "Pour répondre à vos questions."),
    ]
    # "(a)" and "(b)" say something list numbering would not: they stay in the text.
    assert [text for _, text in second[2:]] == [
        "(a) Vous pouvez retirer votre consentement à tout moment.",
        "(b) Vous pouvez déposer une plainte auprès de l'autorité.",
    ]
    reasons = {c.reason for c in result.report.changed}
    assert "item number “1-” taken as list numbering" in reasons
    _balanced(result, BULLETS_AND_BOLD)


JEKYLL = """---
layout: page
title: "Privacy at Mawimbi Tours"
date: 2024-05-02
permalink: /privacy/
---
{% include banner.html %}

## 1. What we collect

We collect your name and e-mail address when you book a tour.

<table>
<tr><th>Purpose</th><th>Lawful basis</th></tr>
<tr><td>Booking your tour</td><td>Contract</td></tr>
<tr><td>Sending our newsletter</td><td>Consent</td></tr>
</table>

## 2. Your rights

You may ask for a copy of your data.
"""


def test_jekyll_front_matter_title_date_and_a_table(tmp_path):
    result = _read(tmp_path, "privacy.md", JEKYLL)
    policy = result.policy
    assert policy.title == {"en": "Privacy at Mawimbi Tours"}
    assert policy.effective_date == "2024-05-02"
    assert _outline(result) == [
        (
            "What we collect",
            [
                "We collect your name and e-mail address when you book a tour.",
                "Purpose | Lawful basis",
                "Booking your tour | Contract",
                "Sending our newsletter | Consent",
            ],
        ),
        ("Your rights", ["You may ask for a copy of your data."]),
    ]
    dropped = {d.text: d.reason for d in result.report.dropped}
    assert dropped["layout: page"] == "front matter"
    assert dropped["{% include banner.html %}"] == "template tag"
    numbers = [c for c in result.report.changed if "typed number" in c.reason]
    assert [c.before for c in numbers] == ["1. What we collect", "2. Your rights"]
    _balanced(result)


def test_no_file_name_ever_becomes_a_title(tmp_path):
    result = _read(tmp_path, "board_minutes_final_v3.txt", "We keep your data safe.\n")
    assert result.policy.title == {}
    assert any("no en title found" in w for w in result.report.warnings)


def test_the_json_report_lists_words_per_language(tmp_path):
    text = (
        "Clinic Notice\n\nSkip to main content\n\nWe keep your records safe.\n\n"
        "إشعار العيادة\n\nنحفظ سجلاتك بأمان.\n"
    )
    result = txt.read_text(text)
    report = result.report.to_dict()
    assert report["layout"] == "sequential"
    assert report["words"]["en"]["in"] == 11
    assert report["words"]["en"]["dropped"] == 4  # "Skip to main content"
    assert report["words"]["en"]["out"] == 7
    assert report["words"]["ar"] == {
        "in": 5,
        "out": 5,
        "dropped": 0,
        "changed": 0,
        "unaccounted": 0,
    }
    assert report["dropped"][0]["reason"] == "navigation"


DRIFTED_EN = """# Data Notice

## Keeping

We keep invoices for 7 years.

We keep chat logs for 30 days.

We keep backups for 14 days.

## Sharing

We share payroll data with 2 banks.

We share addresses with 1 courier.
"""

DRIFTED_AR = """# إشعار البيانات

## الاحتفاظ

نحتفظ بالفواتير لمدة ٧ سنوات.

نحتفظ بالنسخ الاحتياطية لمدة ١٤ يوما.

## المشاركة

نشارك بيانات الرواتب مع ٣ مصارف وشركات تأمين عدة في المنطقة.

نشارك العناوين مع شركة توصيل ١ فقط.
"""


def test_drifted_translation_wrong_pairs_are_never_counted_as_translated(tmp_path):
    """Gold pairs are told by their numbers. A dropped sentence must stay unaligned and a
    sentence that says something else (other numbers) must not be confirmed as translated."""
    from policy_studio.io.align import evidence
    from policy_studio.io.import_flow import import_documents
    from policy_studio.model import Status

    en = tmp_path / "notice_en.md"
    ar = tmp_path / "notice_ar.md"
    en.write_text(DRIFTED_EN, encoding="utf-8")
    ar.write_text(DRIFTED_AR, encoding="utf-8")
    result = import_documents(en, [("ar", ar)], lang=None, title=None)
    wrong_translated = wrong_flagged = right = 0
    for _, block in result.policy.iter_blocks():
        if not block.get("en") or not block.get("ar") or block.kind.value == "title":
            continue
        same = evidence(block.get("en")) == evidence(block.get("ar"))
        confirmed = block.state("ar").status is Status.TRANSLATED
        if same and confirmed:
            right += 1
        elif not same and confirmed:
            wrong_translated += 1
        elif not same:
            wrong_flagged += 1
    assert wrong_translated == 0
    assert right == 3
    unaligned = [u.text for u in result.report.unaligned]
    assert "We keep chat logs for 30 days." in unaligned
    flagged = [c for c in result.report.check_pairs if "payroll" in c.source]
    assert flagged and "numbers" in flagged[0].why
    assert wrong_flagged == 1


BILINGUAL_ONE_FILE = """Harbour Clinic Privacy Notice
إشعار الخصوصية لعيادة الميناء
Information we collect:
We collect the details you give us when you book a visit.
- Your name and phone number.
- Your appointment history.
How we use it:
We use your details only to arrange and record your care.
Your rights:
You can ask for a copy of your records at any time by writing to records@harbour.example.
المعلومات التي نجمعها: نجمع البيانات التي تقدمها لنا عند حجز زيارة.
اسمك ورقم هاتفك. سجل مواعيدك.
كيف نستخدمها: نستخدم بياناتك فقط لترتيب رعايتك وتسجيلها.
حقوقك: يمكنك طلب نسخة من سجلاتك في أي وقت بالكتابة إلى records@harbour.example.
"""


def test_bilingual_file_with_title_pair_run_in_headings_and_a_flattened_list(tmp_path):
    """English title, Arabic title, all the English, then all the Arabic — whose list lost its
    items (one paragraph) and whose headings run into their paragraphs."""
    result = _read(tmp_path, "clinic.txt", BILINGUAL_ONE_FILE)
    policy = result.policy
    assert result.report.layout == "sequential"
    assert policy.title == {
        "en": "Harbour Clinic Privacy Notice",
        "ar": "إشعار الخصوصية لعيادة الميناء",
    }
    pairs = [
        (s.title("en"), s.title("ar"), [(b.get("en"), b.get("ar")) for b in s.blocks])
        for s in policy.sections
    ]
    assert pairs == [
        (
            "Information we collect",
            "المعلومات التي نجمعها",
            [
                (
                    "We collect the details you give us when you book a visit.",
                    "نجمع البيانات التي تقدمها لنا عند حجز زيارة.",
                ),
                ("Your name and phone number.", "اسمك ورقم هاتفك."),
                ("Your appointment history.", "سجل مواعيدك."),
            ],
        ),
        (
            "How we use it",
            "كيف نستخدمها",
            [
                (
                    "We use your details only to arrange and record your care.",
                    "نستخدم بياناتك فقط لترتيب رعايتك وتسجيلها.",
                )
            ],
        ),
        (
            "Your rights",
            "حقوقك",
            [
                (
                    "You can ask for a copy of your records at any time by writing to "
                    "records@harbour.example.",
                    "يمكنك طلب نسخة من سجلاتك في أي وقت بالكتابة إلى records@harbour.example.",
                )
            ],
        ),
    ]
    assert result.report.unaligned == [] and result.report.check_pairs == []
    _balanced(result, BILINGUAL_ONE_FILE)
