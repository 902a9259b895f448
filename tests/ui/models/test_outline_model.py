"""The outline item model on its own: numbering, badges, and what a drop asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import ClauseStatus
from policy_studio.ui.models.drag import CLAUSE_MIME, SECTION_MIME, clause_payload
from policy_studio.ui.models.outline_model import ROLE_BADGE, ROLE_LINKED, OutlineModel


@pytest.fixture
def model(clauses, qapp):
    requests: list[tuple] = []
    model = OutlineModel(
        lambda sid, index: requests.append(("move", sid, index)),
        lambda key, variant, index: requests.append(("insert", key, variant, index)),
    )
    policy = policy_from_clauses("P", [(c, None) for c in clauses])
    policy.sections[2].clause = None  # a local section
    library = {"t-contact": (2, ClauseStatus.APPROVED), "t-keeping": (1, ClauseStatus.DEPRECATED)}
    model.set_policy(policy, library)
    model.requests = requests  # type: ignore[attr-defined]
    return model


def test_rows_are_numbered_and_marked(model):
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == [
        "1. Reaching the team  ⟳ update available",
        "2. Keeping records  ⚠ deprecated",
        "3. Young users",
    ]
    assert [model.index(r).data(ROLE_LINKED) for r in range(3)] == [True, True, False]
    assert model.index(0).data(ROLE_BADGE) == "update"
    assert "The library has version 2" in model.index(0).data(Qt.ToolTipRole)
    assert model.index(2).data(Qt.ToolTipRole).startswith("Local section")


def test_dropping_a_section_asks_for_a_move_to_the_right_place(model):
    policy = model.policy
    first = policy.sections[0].id
    mime = QMimeData()
    mime.setData(SECTION_MIME, first.encode())
    # Dropped before row 2 (between the 2nd and 3rd sections) → it becomes the 2nd section.
    assert model.dropMimeData(mime, Qt.MoveAction, 2, 0, QModelIndex()) is False
    assert model.requests == [("move", first, 1)]
    last = policy.sections[2].id
    mime.setData(SECTION_MIME, last.encode())
    model.dropMimeData(mime, Qt.MoveAction, 0, 0, QModelIndex())
    assert model.requests[-1] == ("move", last, 0)


def test_dropping_a_clause_asks_for_an_insert_with_its_variant(model):
    mime = QMimeData()
    mime.setData(CLAUSE_MIME, clause_payload("t-keeping", "by-need"))
    model.dropMimeData(mime, Qt.CopyAction, -1, 0, QModelIndex())
    assert model.requests == [("insert", "t-keeping", "by-need", 3)]
