"""A small en+ar policy for the grid tests (own wording): statuses of every kind."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Policy, Section, Status


def make_grid_policy() -> Policy:
    def block(kind: BlockKind, en: str, ar: str = "", status: Status | None = None, id: str = "") -> Block:
        b = Block(kind, {"en": en, "ar": ar} if ar else {"en": en}, id=id)
        if status is not None:
            b.confirm("ar", "en", status)
        return b

    first = Section(
        id="s1",
        heading=block(BlockKind.TITLE, "About us", "من نحن", Status.APPROVED, "t1"),
        blocks=[
            block(BlockKind.PARAGRAPH, "We answer within 30 days.", "نرد خلال ٣٠ يومًا.", Status.TRANSLATED, "b1"),
            block(BlockKind.PARAGRAPH, "Write to us at any time.", id="b2"),
        ],
    )
    second = Section(
        id="s2",
        heading=block(BlockKind.TITLE, "Your choices", "خياراتك", Status.REVIEWED, "t2"),
        blocks=[
            block(BlockKind.BULLET, "You may ask for a copy.", "يمكنك طلب نسخة.", Status.TRANSLATED, "b3"),
            block(BlockKind.BULLET, "You may object.", id="b4"),
        ],
    )
    return Policy(title={"en": "Grid test"}, id="gp", target_languages=["ar"], sections=[first, second])


@pytest.fixture
def grid_policy() -> Policy:
    return make_grid_policy()
