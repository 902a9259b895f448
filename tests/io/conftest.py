"""Fixtures for the reader and writer tests."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Policy, Section, Status


def make_policy() -> Policy:
    title = Block(BlockKind.TITLE, {"en": "Your rights", "ar": "حقوقك"}, id="s1-title")
    title.confirm("ar", "en", Status.APPROVED)
    intro = Block(
        BlockKind.PARAGRAPH,
        {
            "en": "Write to {{contact_email}} and **{{organization}}** replies within *30 days*; see [our page](https://example.org/rights).",
            "ar": "راسلنا على {{contact_email}} وترد **{{organization}}** خلال *٣٠ يومًا*؛ انظر [صفحتنا](https://example.org/rights).",
        },
        id="b-intro",
    )
    intro.confirm("ar", "en", Status.REVIEWED)
    bullet = Block(
        BlockKind.BULLET,
        {"en": "Access to your records.", "ar": "الاطلاع على سجلاتك."},
        id="b-access",
    )
    stale = Block(
        BlockKind.BULLET, {"en": "Erasure of old records.", "ar": "محو السجلات."}, id="b-erase"
    )
    stale.confirm("ar", "en", Status.TRANSLATED)
    stale.set_text("en", "Erasure of records you no longer need.")
    empty = Block(BlockKind.BULLET, {"en": "Objection to marketing (at any time)."}, id="b-object")
    section = Section(heading=title, blocks=[intro, bullet, stale, empty], id="s1")
    return Policy(
        title={"en": "Rights notice"},
        id="pol-1",
        source_language="en",
        target_languages=["ar"],
        sections=[section],
    )


@pytest.fixture
def rights_policy() -> Policy:
    return make_policy()
