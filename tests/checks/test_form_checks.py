"""Form checks CAT users expect: inline elements on one side only, consistency within a policy
and with the library, glossary terms marked forbidden."""

from __future__ import annotations

from policy_studio.checks import (
    GlossaryEntry,
    Reference,
    Severity,
    check_consistency,
    check_policy,
    check_segment,
)
from policy_studio.model import Block, Policy, Section


def tags(en: str, target: str, lang: str = "ar"):
    block = Block(text={"en": en, lang: target}, id="b1")
    return [f for f in check_segment(block, Section(id="s1"), "en", lang) if f.check == "tags"]


def test_a_dropped_bold_label_is_reported_with_the_source_span():
    en = "**Retention**: we keep records for a year."
    ar = "الاحتفاظ: نحتفظ بالسجلات لمدة عام."
    [finding] = tags(en, ar)
    assert finding.severity is Severity.WARNING
    assert en[slice(*finding.source_span)] == "Retention"
    assert "Retention" in finding.message and finding.detail == "bold:1:0"


def test_a_dropped_link_and_an_added_italic_are_reported():
    en = "Read the [cookie notice](https://example.org/c) first."
    ar = "اقرأ إشعار ملفات تعريف الارتباط https://example.org/c أولًا."
    [link] = tags(en, ar)
    assert link.detail == "link:1:0" and en[slice(*link.source_span)] == "cookie notice"
    fr = "Lisez d'abord l'*avis* sur les [cookies](https://example.org/c)."
    [italic] = tags(en, fr, "fr")
    assert italic.detail == "italic:0:1" and fr[slice(*italic.span)] == "avis"


def test_the_same_inline_elements_in_another_order_are_fine():
    en = "**Contact**: write to [us](https://example.org) or *call*."
    ar = "**التواصل**: اتصل *هاتفيًا* أو راسل [فريقنا](https://example.org)."
    assert tags(en, ar) == []


def _policy(*pairs: tuple[str, str]) -> Policy:
    blocks = [Block(text={"en": en, "ar": ar}, id=f"b{i}") for i, (en, ar) in enumerate(pairs, 1)]
    return Policy(
        title={"en": "t"},
        target_languages=["ar"],
        sections=[Section(id="s1", blocks=blocks[:2]), Section(id="s2", blocks=blocks[2:])],
    )


def test_the_same_source_translated_two_ways_is_reported_on_the_odd_one():
    policy = _policy(
        ("Contact our privacy team.", "تواصل مع فريق الخصوصية."),
        ("We keep logs.", "نحتفظ بالسجلات."),
        ("Contact our  privacy team.", "تواصل مع فريق الخصوصية."),
        ("Contact our privacy team.", "اتصل بقسم الخصوصية."),
    )
    found = [f for f in check_policy(policy, "ar") if f.check == "consistency"]
    assert [f.block_id for f in found] == ["b4"]
    assert "§1" in found[0].message and "تواصل مع فريق الخصوصية." in found[0].message
    assert found[0].severity is Severity.WARNING
    assert found[0].source_span == (0, len("Contact our privacy team."))


def test_a_translation_the_library_does_not_use_is_reported_with_its_origin():
    policy = _policy(("We keep logs.", "نحفظ السجلات."), ("Other text.", "نص آخر."))
    refs = [
        Reference("en", "ar", "We keep logs.", "نحتفظ بالسجلات.", "clause logs-basic"),
        Reference("en", "fr", "We keep logs.", "Nous gardons les journaux.", "clause logs-basic"),
    ]
    [finding] = check_consistency(policy, "en", "ar", refs)
    assert finding.block_id == "b1"
    assert "clause logs-basic" in finding.message and "نحتفظ بالسجلات." in finding.message
    agreed = _policy(("We keep logs.", "نحتفظ بالسجلات."), ("Other text.", "نص آخر."))
    assert check_consistency(agreed, "en", "ar", refs) == []


def test_a_forbidden_glossary_term_in_the_target_is_an_error_with_both_spans():
    glossary = [
        GlossaryEntry("en", "ar", "personal data", "البيانات الخاصة", forbidden=True),
        GlossaryEntry("en", "ar", "records", "السجلات"),
    ]
    en = "We protect your personal data."
    ar = "نحمي بياناتك الخاصة وبالبيانات الخاصة."
    block = Block(text={"en": en, "ar": ar}, id="b1")
    found = check_segment(block, Section(id="s1"), "en", "ar", glossary)
    [forbidden] = [f for f in found if f.check == "forbidden"]
    assert forbidden.severity is Severity.ERROR
    assert ar[slice(*forbidden.span)] == "بياناتك الخاصة"  # the first use, possessive and all
    assert en[slice(*forbidden.source_span)] == "personal data"
    # A forbidden entry is not a required translation: no "should be translated as" for it.
    assert not [f for f in found if f.check == "glossary"]
    fine = Block(text={"en": en, "ar": "نحمي بياناتك الشخصية."}, id="b2")
    assert not [
        f
        for f in check_segment(fine, Section(id="s1"), "en", "ar", glossary)
        if f.check == "forbidden"
    ]
