"""A small bilingual policy for the writer tests (wording written for the tests)."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Policy, Section


def make_policy() -> Policy:
    policy = Policy(
        title={"en": "Privacy notice", "ar": "إشعار الخصوصية"},
        organization="Acme Ltd",
        effective_date="2025-03-01",
        version_label="2.1",
        source_language="en",
        target_languages=["ar"],
        variables={"contact_email": {"en": "privacy@acme.example"}},
    )
    policy.sections = [
        Section(
            heading=Block(BlockKind.TITLE, {"en": "What we collect", "ar": "ما نجمعه"}, id="h1"),
            blocks=[
                Block(BlockKind.PARAGRAPH, {
                    "en": "We collect **few** details, as *listed* below.",
                    "ar": "نجمع **القليل** من البيانات كما هو *مبين* أدناه.",
                }, id="b1"),
                Block(BlockKind.NUMBERED, {"en": "Your name.", "ar": "اسمك."}, id="b2"),
                Block(BlockKind.NUMBERED, {"en": "Your phone number.", "ar": "رقم هاتفك."}, id="b3"),
                Block(BlockKind.PARAGRAPH, {
                    "en": "Write to {{contact_email}} or see [our site](https://acme.example).",
                    "ar": "راسلنا على {{contact_email}} أو زر [موقعنا](https://acme.example).",
                }, id="b4"),
            ],
            id="s1",
        ),
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Your rights", "ar": "حقوقك"}, id="h2"),
            blocks=[
                Block(BlockKind.BULLET, {"en": "Ask for a copy.", "ar": "طلب نسخة."}, id="b5"),
                Block(BlockKind.NUMBERED, {"en": "First step.", "ar": "الخطوة الأولى."}, id="b6"),
                Block(BlockKind.NUMBERED, {"en": "Second step.", "ar": "الخطوة الثانية."}, id="b7"),
                Block(BlockKind.PARAGRAPH, {
                    "en": "We keep data for {{retention_period}}.",
                    "ar": "نحتفظ بالبيانات مدة {{retention_period}}.",
                }, id="b8"),
            ],
            id="s2",
        ),
    ]
    return policy


HOSTILE = {
    "en": "<script>alert(1)</script> [click](javascript:alert(2)) file\u202egpj.exe",
    "ar": "<script>alert(1)</script> [اضغط](javascript:alert(2)) ملف\u202egpj.exe",
}


def make_hostile_policy() -> Policy:
    policy = make_policy()
    policy.sections[0].blocks.append(Block(BlockKind.PARAGRAPH, dict(HOSTILE), id="evil"))
    policy.sections[0].heading.text["en"] = "<b onmouseover=alert(3)>Collect</b>"
    return policy


@pytest.fixture
def policy() -> Policy:
    return make_policy()


@pytest.fixture
def hostile_policy() -> Policy:
    return make_hostile_policy()
