"""Shared fixtures: offscreen Qt, small clause sets written for the tests, temporary workspaces."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from policy_studio.model import (  # noqa: E402
    Block,
    BlockKind,
    Clause,
    ClauseStatus,
    ClauseVariant,
)
from policy_studio.storage import Workspace  # noqa: E402


def make_clauses() -> list[Clause]:
    """Three small clauses in English and Arabic (test wording, not product text)."""
    return [
        Clause(
            key="t-contact",
            title={"en": "Reaching the team", "ar": "التواصل مع الفريق"},
            blocks=[
                Block(
                    BlockKind.PARAGRAPH,
                    {
                        "en": "Write to {{contact_email}} and **{{organization}}** will reply.",
                        "ar": "راسلنا على {{contact_email}} وسترد **{{organization}}** عليك.",
                    },
                    id="t-contact.1",
                )
            ],
            topic="controller",
            tags=["controller", "gdpr:13(1)(a)"],
            variables=["contact_email", "organization"],
            status=ClauseStatus.APPROVED,
        ),
        Clause(
            key="t-keeping",
            title={"en": "Keeping records", "ar": "الاحتفاظ بالسجلات"},
            blocks=[
                Block(
                    BlockKind.PARAGRAPH,
                    {
                        "en": "Records stay with us for {{retention_period}}.",
                        "ar": "تبقى السجلات لدينا مدة {{retention_period}}.",
                    },
                    id="t-keeping.1",
                ),
                Block(
                    BlockKind.BULLET,
                    {"en": "Invoices are archived.", "ar": "تُؤرشَف الفواتير."},
                    id="t-keeping.2",
                ),
            ],
            topic="retention",
            tags=["retention", "gdpr:13(2)(a)"],
            variables=["retention_period"],
            variants=[
                ClauseVariant(
                    "by-need",
                    {"en": "As long as needed", "ar": "ما دامت الحاجة قائمة"},
                    [
                        Block(
                            BlockKind.PARAGRAPH,
                            {
                                "en": "Records stay only while a task needs them.",
                                "ar": "تبقى السجلات ما دامت مهمةٌ تحتاج إليها.",
                            },
                            id="t-keeping.by-need.1",
                        )
                    ],
                )
            ],
            status=ClauseStatus.APPROVED,
        ),
        Clause(
            key="t-young",
            title={"en": "Young users", "ar": "المستخدمون الصغار"},
            blocks=[
                Block(
                    BlockKind.PARAGRAPH,
                    {
                        "en": "The service is not meant for anyone under {{minimum_age}}.",
                        "ar": "الخدمة ليست موجهة إلى من هم دون {{minimum_age}}.",
                    },
                    id="t-young.1",
                )
            ],
            topic="children",
            tags=["children", "gdpr:8"],
            variables=["minimum_age"],
            status=ClauseStatus.DRAFT,
        ),
    ]


@pytest.fixture
def clauses() -> list[Clause]:
    return make_clauses()


@pytest.fixture
def workspace(tmp_path: Path, clauses: list[Clause]):
    ws = Workspace.create(tmp_path / "test.pstudio")
    for clause in clauses:
        ws.save_clause(clause)
    yield ws
    ws.close()
