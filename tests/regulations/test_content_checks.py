"""The reviewer's content checks, in English, Arabic, Swahili and French."""

from __future__ import annotations

import pytest

from policy_studio.checks.content import absolute_promises, ages_in, check_content
from policy_studio.model import Block, BlockKind, Policy, Section


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our servers give your records absolute security.", "en"),
        ("We will never share what you tell us with anyone.", "en"),
        ("نوفر لبياناتك الأمان المطلق في كل الأوقات.", "ar"),
        ("Kumbukumbu zako ziko salama kabisa kwetu.", "sw"),
        ("Vos fichiers bénéficient d’une sécurité absolue.", "fr"),
    ],
)
def test_an_absolute_promise_is_found(text, lang):
    assert absolute_promises(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No method of storage is completely secure.", "en"),
        ("We cannot guarantee the security of what you send.", "en"),
        ("لا يمكننا أن نضمن أمن ما ترسله عبر الإنترنت.", "ar"),
        ("Hakuna mfumo ulio salama kabisa.", "sw"),
    ],
)
def test_an_honest_caveat_is_not_an_absolute_promise(text, lang):
    assert absolute_promises(text, lang) == []


def test_ages_are_read_in_every_language():
    assert ages_in("We do not knowingly serve anyone under the age of 16.", "en") == {16}
    assert ages_in("لا نقدم خدماتنا لمن هم دون سن ١٨ عاماً.", "ar") == {18}
    assert ages_in("Huduma hii si kwa watoto chini ya umri wa miaka 13.", "sw") == {13}
    assert ages_in("Le service est réservé aux personnes de plus de 15 ans.", "fr") == {15}
    assert ages_in("We keep invoices for 7 years.", "en") == set()


def _section(title: dict[str, str], *texts: dict[str, str]) -> Section:
    return Section(
        heading=Block(BlockKind.TITLE, title),
        blocks=[Block(BlockKind.PARAGRAPH, t) for t in texts],
    )


def _checks(policy: Policy) -> dict[str, list]:
    out: dict[str, list] = {}
    for finding in check_content(policy):
        out.setdefault(finding.check, []).append(finding)
    return out


def test_a_minimum_age_that_differs_between_languages_is_reported_on_both():
    policy = Policy(
        title={"en": "P"},
        source_language="en",
        target_languages=["ar"],
        sections=[
            _section(
                {"en": "Children", "ar": "الأطفال"},
                {
                    "en": "The service is not meant for anyone under 13. Write to help@ex.example.",
                    "ar": "الخدمة غير موجهة لمن هم دون سن 16.",
                },
            )
        ],
    )
    found = _checks(policy)
    assert sorted((f.language, f.detail) for f in found["minimum-age"]) == [
        ("ar", "16"),
        ("en", "13"),
    ]
    assert "contact-details" not in found


def test_no_contact_details_a_terms_heading_and_an_empty_section_are_reported():
    policy = Policy(
        title={"en": "P"},
        sections=[
            _section({"en": "Terms and Conditions"}, {"en": "We process what you send us."}),
            _section({"en": "Keeping data"}),
        ],
    )
    found = _checks(policy)
    assert [f.section_id for f in found["wrong-document"]] == [policy.sections[0].id]
    assert [f.section_id for f in found["empty-section"]] == [policy.sections[1].id]
    assert len(found["contact-details"]) == 1
