"""The grid shows meaning and consistency findings, underlines both spans, and keeps the
consistency findings current as the translator edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from policy_studio.model import Block, Policy, Section
from policy_studio.ui.bilingual_grid import BilingualGrid
from policy_studio.ui.models.segment_model import FINDING_CSS, Column, Role

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _policy() -> Policy:
    blocks = [
        Block(text={"en": "We will never sell your data.", "ar": "قد نبيع بياناتك."}, id="m1"),
        Block(text={"en": "Contact our team.", "ar": "تواصل مع فريقنا."}, id="m2"),
        Block(text={"en": "Contact our team.", "ar": "راسل الفريق."}, id="m3"),
    ]
    return Policy(
        title={"en": "Meaning"}, id="mp", target_languages=["ar"], sections=[Section(blocks=blocks)]
    )


def test_a_reversal_is_listed_with_its_source_word_underlined(qtbot):
    grid = BilingualGrid(_policy(), "en", "ar")
    qtbot.addWidget(grid)
    model = grid.model
    row = model.row_of("m1")
    assert {"negation", "modality"} <= {f.check for f in model.findings(row)}
    source_html = model.data(model.index(row, Column.SOURCE), Role.HTML)
    assert f'<span style="{FINDING_CSS}">never</span>' in source_html
    tip = model.data(model.index(row, Column.SOURCE), Qt.ItemDataRole.ToolTipRole)
    assert "error: the source has a negation (“never”)" in tip
    assert "⚠" in model.data(model.index(row, Column.STATUS), Qt.ItemDataRole.DisplayRole)


def test_consistency_findings_follow_the_translators_edits(qtbot):
    grid = BilingualGrid(_policy(), "en", "ar")
    qtbot.addWidget(grid)
    model = grid.model
    consistency = [f for f in model.all_findings() if f.check == "consistency"]
    # Two translations, one each: the first in the document is taken as the policy's.
    assert [f.block_id for f in consistency] == ["m3"]
    model.setData(model.index(model.row_of("m3"), Column.TARGET), "تواصل مع فريقنا.")
    assert not [f for f in model.all_findings() if f.check == "consistency"]
