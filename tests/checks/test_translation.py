"""Translation QA: each check with a case it must report and a case it must leave alone."""

from __future__ import annotations

import pytest

from policy_studio.checks import (
    Finding,
    GlossaryEntry,
    Severity,
    check_policy,
    check_segment,
)
from policy_studio.checks.glossary import find_term
from policy_studio.model import Block, BlockKind, Policy, Section


def run(
    en: str, ar: str, *, target: str = "ar", glossary=(), kind=BlockKind.PARAGRAPH
) -> list[Finding]:
    block = Block(kind, {"en": en, target: ar}, id="b1")
    return check_segment(block, Section(id="s1"), "en", target, glossary)


def checks(findings: list[Finding]) -> set[str]:
    return {f.check for f in findings}


def test_a_faithful_arabic_translation_has_no_findings():
    found = run(
        "Write to help@example.org before 18/02/2024 about the 3 records at https://example.org/privacy.",
        "راسلنا على help@example.org قبل 2024/02/18 بشأن السجلات الـ ٣ على https://example.org/privacy.",
    )
    assert found == []


@pytest.mark.parametrize(
    "en, ar",
    [
        ("We keep logs for 30 days.", "نحتفظ بالسجلات مدة ٣٠ يومًا."),
        ("We keep logs for 30 days.", "نحتفظ بالسجلات مدة ۳۰ يومًا."),
        ("Fees above 1,000 shillings.", "الرسوم التي تتجاوز ١٬٠٠٠ شلن."),
        ("A rate of 2.5 percent.", "بنسبة ٢٫٥ في المئة."),
    ],
)
def test_numbers_in_any_digits_are_equal(en, ar):
    assert "numbers" not in checks(run(en, ar))


def test_a_changed_number_is_an_error_with_its_place():
    found = [
        f
        for f in run("We keep logs for 30 days.", "نحتفظ بالسجلات مدة ٦٠ يومًا.")
        if f.check == "numbers"
    ]
    assert {f.detail for f in found} == {"-30", "+60"}
    added = next(f for f in found if f.detail == "+60")
    assert added.severity is Severity.ERROR
    assert "نحتفظ بالسجلات مدة ٦٠ يومًا."[slice(*added.span)] == "٦٠"


@pytest.mark.parametrize(
    "en, ar",
    [
        ("Effective 2024-02-18.", "يسري اعتبارًا من 18-02-2024."),
        ("Effective 2024-02-18.", "يسري اعتبارًا من ١٨/٠٢/٢٠٢٤."),
        ("Effective 18 February 2024.", "يسري اعتبارًا من 18 فبراير 2024."),
        ("Effective February 18, 2024.", "يسري اعتبارًا من ١٨ شباط ٢٠٢٤."),
        ("Effective 02/18/2024.", "يسري اعتبارًا من 18.02.2024."),
    ],
)
def test_the_same_date_in_another_format_is_not_a_mismatch(en, ar):
    found = run(en, ar)
    assert "dates" not in checks(found)
    assert "numbers" not in checks(found)  # the date's parts are not loose numbers


def test_a_different_date_is_reported():
    found = run("Effective 2024-02-18.", "يسري اعتبارًا من 19-02-2024.")
    assert {f.detail for f in found if f.check == "dates"} == {"-2024-02-18", "+19-02-2024"}


def test_emails_must_survive_translation():
    assert "emails" in checks(run("Write to dpo@example.org.", "راسلنا على dpo@exmple.org."))
    assert "emails" not in checks(run("Write to DPO@example.org.", "راسلنا على dpo@example.org."))


def test_urls_and_link_targets_must_survive_translation():
    assert "urls" in checks(
        run("See [our page](https://example.org/a).", "انظر [صفحتنا](https://example.org/b).")
    )
    assert "urls" not in checks(run("See https://Example.org/a/.", "انظر https://example.org/a"))


def test_variables_missing_or_added_are_errors():
    found = run(
        "Contact {{organization}} at {{contact_email}}.",
        "اتصل بـ {{organization}} على {{contact_mail}}.",
    )
    assert {f.detail for f in found if f.check == "variables"} == {
        "-contact_email",
        "+contact_mail",
    }
    assert "variables" not in checks(run("Hello {{organization}}.", "مرحبًا {{organization}}."))


def test_missing_translation_and_translation_of_nothing():
    assert [f.check for f in run("We collect data.", "")] == ["missing"]
    assert [f.language for f in run("", "نجمع البيانات.")] == ["en"]
    assert run("", "") == []


def test_target_equal_to_source_is_reported_unless_it_is_a_name_or_address():
    assert "same" in checks(run("We collect data.", "We collect data."))
    assert "same" not in checks(run("help@example.org", "help@example.org"))
    assert "same" not in checks(
        run("Acme Ltd", "Acme Ltd")
    )  # a name stays a name (one word + suffix)


def test_length_ratio_far_outside_the_usual_for_the_pair():
    long_en = "We collect the information you give us when you register for the service and use it."
    assert "length" in checks(run(long_en, "نجمع."))
    assert "length" not in checks(
        run(long_en, "نجمع المعلومات التي تقدمها لنا عند التسجيل في الخدمة ونستخدمها.")
    )
    assert "length" not in checks(run("Hi.", "مرحبًا بكم جميعًا في خدمتنا."))  # too short to judge


@pytest.mark.parametrize("ch", ["\u200b", "\u200f", "\u202e", "\u2067", "\ufeff", "\u061c"])
def test_bidi_controls_and_invisible_characters_are_reported_with_their_place(ch):
    ar = f"نجمع{ch} البيانات."
    found = [f for f in run("We collect data.", ar) if f.check == "invisible"]
    assert len(found) == 1
    assert found[0].span == (4, 5)
    assert f"U+{ord(ch):04X}" in found[0].message


def test_zero_width_non_joiner_is_fine_in_persian_but_not_in_arabic():
    assert "invisible" not in checks(
        run("We collect data.", "ما داده\u200cها را جمع می\u200cکنیم.", target="fa")
    )
    assert "invisible" in checks(run("We collect data.", "نجمع\u200c البيانات."))


@pytest.mark.parametrize(
    "ar",
    [
        "نجمع البيانات (مثل الاسم) «كما يلي»، وفق [المادة ٥].",
        "قال: ﴿نص﴾ انتهى.",
    ],
)
def test_balanced_arabic_brackets_and_quotes_pass(ar):
    assert "brackets" not in checks(
        run("We collect data (such as a name) “as follows”, under [article 5].", ar)
    )


@pytest.mark.parametrize(
    "ar", ["نجمع البيانات (مثل الاسم.", "نجمع «البيانات.", "نجمع البيانات) مثل الاسم."]
)
def test_unbalanced_arabic_brackets_and_quotes_are_reported(ar):
    assert "brackets" in checks(run("We collect data (such as a name).", ar))


def test_an_apostrophe_is_not_a_closing_quote_and_a_source_oddity_is_not_blamed_on_the_translator():
    assert "brackets" not in checks(
        run("We don’t sell data.", "We don’t sell data, c’est sûr.", target="fr")
    )
    assert "brackets" not in checks(run("Step 1) register.", "الخطوة ١) التسجيل."))


GLOSSARY = [GlossaryEntry("en", "ar", "personal data", "البيانات الشخصية")]


def test_glossary_term_used_with_arabic_prefixes_passes():
    assert "glossary" not in checks(
        run("We protect personal data.", "نحمي البيانات الشخصية.", glossary=GLOSSARY)
    )
    assert "glossary" not in checks(
        run("Personal data is kept.", "وبالبيانات الشخصية نلتزم.", glossary=GLOSSARY)
    )


def test_glossary_term_translated_otherwise_is_reported():
    found = run("We protect personal data.", "نحمي المعلومات الخاصة.", glossary=GLOSSARY)
    assert [f.detail for f in found if f.check == "glossary"] == ["personal data"]


def test_find_term_ignores_case_diacritics_and_plural():
    assert find_term("Data Subjects may ask.", "data subject") == [(0, 13)]
    assert find_term("نحمي البيانـات الشَّخصية", "البيانات الشخصية") != []
    assert find_term("metadata", "data") == []


def _policy(en_items: list[str], ar_items: list[str]) -> Policy:
    section = Section(id="s1", heading=Block(BlockKind.TITLE, {"en": "Rights", "ar": "الحقوق"}))
    for i in range(max(len(en_items), len(ar_items))):
        text = {
            "en": en_items[i] if i < len(en_items) else "",
            "ar": ar_items[i] if i < len(ar_items) else "",
        }
        section.blocks.append(Block(BlockKind.BULLET, text, id=f"li{i}"))
    return Policy(source_language="en", target_languages=["ar"], sections=[section])


def test_a_list_item_dropped_in_arabic_is_a_section_finding_on_the_missing_item():
    policy = _policy(["Access", "Erasure", "Objection"], ["الوصول", "المحو"])
    found = [f for f in check_policy(policy, "ar") if f.check == "list_items"]
    assert len(found) == 1
    assert (found[0].block_id, found[0].language, found[0].section_id) == ("li2", "ar", "s1")
    # It names the item on the other side by its span in the source.
    assert found[0].source_span == (0, len("Objection"))


def test_lists_of_equal_length_have_no_list_finding():
    policy = _policy(["Access", "Erasure"], ["الوصول", "المحو"])
    assert check_policy(policy, "ar") == []


def test_dismissed_findings_are_left_out():
    policy = _policy(["Access", "Erasure", "Objection"], ["الوصول", "المحو"])
    found = check_policy(policy, "ar")
    assert found
    assert check_policy(policy, "ar", dismissed=[f.key for f in found]) == []


def test_every_check_is_a_row_with_a_unique_id():
    from policy_studio.checks import CHECKS, SECTION_CHECKS

    ids = [row[0] for row in [*CHECKS, *SECTION_CHECKS]]
    assert len(ids) == len(set(ids))
    assert {
        "numbers",
        "dates",
        "emails",
        "urls",
        "variables",
        "missing",
        "same",
        "length",
        "invisible",
        "brackets",
        "glossary",
        "list_items",
    } <= set(ids)


def test_progress_counts_translated_and_reviewed_and_not_stale():
    from policy_studio.checks.progress import translation_progress
    from policy_studio.model import Status

    done = Block(text={"en": "One.", "ar": "واحد."})
    done.confirm("ar", "en", Status.REVIEWED)
    translated = Block(text={"en": "Two.", "ar": "اثنان."})
    translated.confirm("ar", "en")
    stale = Block(text={"en": "Three.", "ar": "ثلاثة."})
    stale.confirm("ar", "en")
    stale.set_text("en", "Three changed.")
    draft = Block(text={"en": "Four.", "ar": "أربعة"})
    empty = Block(text={"en": "Five."})
    policy = Policy(
        target_languages=["ar"],
        sections=[
            Section(heading=Block(BlockKind.TITLE), blocks=[done, translated, stale, draft, empty])
        ],
    )
    progress = translation_progress(policy, "ar")
    assert (
        progress.total,
        progress.translated,
        progress.reviewed,
        progress.stale,
        progress.untranslated,
    ) == (5, 2, 1, 1, 1)
    assert progress.translated_percent == 40.0


def test_glossary_term_with_a_possessive_suffix_passes():
    assert "glossary" not in checks(run("Your personal data", "بياناتك الشخصية", glossary=GLOSSARY))


def test_bengali_and_french_month_names_are_dates():
    assert "dates" not in checks(
        run("Updated February 28, 2022.", "হালনাগাদ ফেব্রুয়ারী 28, 2022।", target="bn")
    )
    assert "dates" not in checks(
        run("Updated February 28, 2022.", "Mis à jour le 28 février 2022.", target="fr")
    )


def test_a_script_suffix_glued_to_a_link_is_not_part_of_it():
    assert "urls" not in checks(
        run("Opt out on www.example.org.", "www.example.org-এ বাছবেন না", target="bn")
    )


def test_markup_attribute_lines_are_not_reported_as_untranslated():
    assert "same" not in checks(run("{: #contact-us }", "{: #contact-us }"))


@pytest.mark.parametrize(
    "ar, shown",
    [
        ("يسري اعتبارًا من 18-02-2024.", "2024-02-18"),
        ("يسري اعتبارًا من ١٨-٠٢-٢٠٢٤.", "٢٠٢٤-٠٢-١٨"),
    ],
)
def test_a_hyphenated_date_after_arabic_text_displays_reversed(ar, shown):
    found = [f for f in run("Effective 18-02-2024.", ar) if f.check == "rtl_dates"]
    assert len(found) == 1 and f"displays as {shown}" in found[0].message
    assert ar[slice(*found[0].span)].count("-") == 2


@pytest.mark.parametrize(
    "ar",
    ["يسري اعتبارًا من 18/02/2024.", "يسري اعتبارًا من 18.02.2024.", "2024-02-18 هو تاريخ السريان."],
)
def test_dates_with_slashes_or_dots_or_at_the_start_keep_their_order(ar):
    assert "rtl_dates" not in checks(run("Effective 18-02-2024.", ar))


def test_hyphenated_dates_in_left_to_right_targets_are_fine():
    assert "rtl_dates" not in checks(
        run("Effective 18-02-2024.", "Inaanza 18-02-2024.", target="sw")
    )
