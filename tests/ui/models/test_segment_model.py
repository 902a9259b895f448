"""The segment model without a window: rows, roles, edits through ops, stale rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from policy_studio.model import GlossaryEntry, Status
from policy_studio.ops import text_edits
from policy_studio.ops.base import Changes, Edit
from policy_studio.ui.models.segment_model import (
    Column,
    Role,
    SegmentModel,
    word_changes,
)


@pytest.fixture
def model(qapp, grid_policy):
    return SegmentModel(grid_policy, "en", "ar")


def test_every_block_is_a_row_with_section_titles_as_rows(model):
    assert model.rowCount() == 6
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(6)] == [
        "§1",
        "1.1",
        "1.2",
        "§2",
        "2.1",
        "2.2",
    ]
    assert model.data(model.index(0, Column.TARGET)) == "من نحن"
    assert model.data(model.index(0, Column.TARGET), Role.IS_TITLE)


def test_only_the_target_is_editable_and_arabic_is_right_to_left(model):
    assert model.flags(model.index(1, Column.TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, Column.SOURCE)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(1, Column.TARGET), Role.IS_RTL)
    assert not model.data(model.index(1, Column.SOURCE), Role.IS_RTL)


def test_set_data_edits_through_ops_and_reports_changes_and_an_undoable_edit(model, grid_policy):
    seen = []
    model.edit_did_happen.connect(lambda c, e: seen.append((c, e)))
    assert model.setData(model.index(2, Column.TARGET), "اكتب إلينا في أي وقت.")
    block = grid_policy.find_block("b2")[1]
    assert block.get("ar") == "اكتب إلينا في أي وقت."
    assert block.state("ar").status is Status.DRAFT
    ((changes, edit),) = seen
    assert isinstance(changes, Changes) and changes.blocks == {"b2"}
    assert isinstance(edit, Edit)
    edit.undo(grid_policy)
    assert block.get("ar") == ""


def test_editing_a_confirmed_target_makes_it_a_draft_and_confirm_makes_it_translated(model):
    model.set_target(1, "نرد خلال ثلاثين يومًا.")
    assert model.status(1) is Status.DRAFT
    model.confirm(1)
    assert model.status(1) is Status.TRANSLATED


def test_a_source_edit_makes_the_row_stale_and_shows_the_change_word_by_word(model, grid_policy):
    changes, _ = text_edits.set_block_text(grid_policy, "b1", "en", "We answer within 14 days.")
    model.apply_changes(changes)
    assert model.is_stale(1)
    assert model.data(model.index(1, Column.STATUS)).startswith("stale")
    html = model.data(model.index(1, Column.SOURCE), Role.HTML)
    assert "line-through" in html and ">30<" in html and ">14<" in html
    assert model.needs_work(1)


def test_word_changes_keep_arabic_words_whole():
    assert word_changes("نحتفظ بالسجلات سنة", "نحتفظ بالسجلات سنتين") == [
        ("=", "نحتفظ بالسجلات "),
        ("-", "سنة"),
        ("+", "سنتين"),
    ]


def test_next_needing_work_skips_done_rows_and_wraps(model):
    assert model.next_needing_work(0) == 2
    assert model.next_needing_work(2) == 5
    assert model.next_needing_work(5) == 2


def test_findings_are_per_row_and_highlighted_in_the_target(qapp, grid_policy):
    grid_policy.find_block("b1")[1].set_text("ar", "نرد خلال ٤٠ يومًا.")
    model = SegmentModel(grid_policy, "en", "ar")
    assert {f.check for f in model.findings(1)} == {"numbers"}
    assert "background-color:#ffd0d0" in model.data(model.index(1, Column.TARGET), Role.HTML)
    finding = model.findings(1)[0]
    model.dismiss(finding)
    assert finding not in model.findings(1)


def test_glossary_terms_are_highlighted_in_the_source(qapp, grid_policy):
    model = SegmentModel(
        grid_policy, "en", "ar", glossary=[GlossaryEntry("en", "ar", "copy", "نسخة")]
    )
    assert '<span style="background-color:#fff1a8;">copy</span>' in model.data(
        model.index(4, Column.SOURCE), Role.HTML
    )


def test_the_source_tooltip_gives_the_glossary_translation(qapp, grid_policy):
    model = SegmentModel(
        grid_policy, "en", "ar", glossary=[GlossaryEntry("en", "ar", "copy", "نسخة")]
    )
    assert model.data(model.index(4, Column.SOURCE), Qt.ItemDataRole.ToolTipRole) == "copy → نسخة"
    assert model.data(model.index(1, Column.SOURCE), Qt.ItemDataRole.ToolTipRole) is None


def test_a_wrong_variable_in_the_target_is_a_tag_marked_as_a_finding(qapp, grid_policy):
    block = grid_policy.find_block("b1")[1]
    block.set_text("en", "Write to {{contact_email}}.")
    block.set_text("ar", "راسلنا على {{contact_mail}}.")
    model = SegmentModel(grid_policy, "en", "ar")
    html = model.data(model.index(1, Column.TARGET), Role.HTML)
    assert "{{" not in html and "contact_mail" in html
    # The finding's span covers the whole {{contact_mail}}: the tag itself carries the highlight.
    assert "background-color:#ffd0d0" in html.split("contact_mail")[0].rsplit("<span", 1)[1]
