"""Linked sections when the library moves on: badge, dialog, accept with and without local edits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from policy_studio.library.update import Choice
from policy_studio.model import ClauseStatus
from policy_studio.ops.text_edits import set_block_text
from policy_studio.ui.update_dialog import UpdateDialog
from tests.ui.clause_dialogs import on_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def publish_new_contact_version(window, qtbot):
    clause = window.session.workspace.clause("t-contact")
    clause.blocks[0].text["en"] = (
        "Write to {{contact_email}}; **{{organization}}** replies within a week."
    )
    window.session.save_clause(clause, note="Reply time")
    # The outline's marks are computed from clauses read on the database worker.
    qtbot.waitUntil(lambda: not window.reading_marks)


def answer_dialog(qtbot, choice: Choice | None, accept: bool = True):
    """Act on the update dialog once it is shown (it is modal; it opens once the clauses it
    compares are read on the database worker): wait with ``answered``."""
    seen = {}

    def act(dialog) -> None:
        assert isinstance(dialog, UpdateDialog)
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        seen["ok_before"] = ok.isEnabled()
        for key in dialog.choices:
            dialog.choose(key, choice)
        seen["ok_after"] = ok.isEnabled()
        dialog.accept() if accept else dialog.reject()

    on_modal(act)
    return seen


def answered(qtbot, seen) -> None:
    """Wait until the update dialog was answered (and what it accepted applied)."""
    qtbot.waitUntil(lambda: "ok_after" in seen, timeout=5000)


def test_badge_then_update_without_local_edits(window, qtbot):
    section = window.session.policy.sections[0]
    assert "update available" not in window.outline.model.index(0).data()
    publish_new_contact_version(window, qtbot)
    assert "⟳ update available" in window.outline.model.index(0).data()
    window.outline.select(section.id)
    assert window.outline.update_action.isEnabled()
    seen = answer_dialog(qtbot, None)
    window.outline.update_action.trigger()
    answered(qtbot, seen)
    assert seen["ok_before"]  # nothing to choose
    assert section.clause.version == 2
    assert section.blocks[0].get("en").endswith("replies within a week.")
    assert "update available" not in window.outline.model.index(0).data()
    assert "within a week" in window.editor.text.toPlainText()
    assert window.undo_action.text().startswith("Undo Update “Reaching the team”")
    window.undo_action.trigger()
    assert section.clause.version == 1
    assert "update available" in window.outline.model.index(0).data()


def test_update_with_local_edit_conflict_keeps_mine_when_chosen(window, qtbot):
    policy = window.session.policy
    section = policy.sections[0]
    window.apply_edit(
        set_block_text(policy, section.blocks[0].id, "en", "Mail {{contact_email}}, we answer.")
    )
    publish_new_contact_version(window, qtbot)
    window.outline.select(section.id)
    seen = answer_dialog(qtbot, Choice.LOCAL)
    window.update_section(section.id)
    answered(qtbot, seen)
    assert seen == {"ok_before": False, "ok_after": True}  # a conflict must be chosen first
    assert section.blocks[0].get("en") == "Mail {{contact_email}}, we answer."
    assert section.clause.version == 2  # no longer offered, the user decided


def test_conflict_resolved_to_library_and_cancel_changes_nothing(window, qtbot):
    policy = window.session.policy
    section = policy.sections[0]
    window.apply_edit(
        set_block_text(policy, section.blocks[0].id, "en", "Mail {{contact_email}}, we answer.")
    )
    publish_new_contact_version(window, qtbot)
    seen = answer_dialog(qtbot, Choice.THEIRS, accept=False)
    window.update_section(section.id)
    answered(qtbot, seen)
    assert section.clause.version == 1 and section.blocks[0].get("en").startswith("Mail")
    seen = answer_dialog(qtbot, Choice.THEIRS)
    window.update_section(section.id)
    answered(qtbot, seen)
    assert section.blocks[0].get("en").endswith("replies within a week.")


def test_deprecated_clause_is_marked_in_the_outline(window, qtbot):
    clause = window.session.workspace.clause("t-keeping")
    clause.status = ClauseStatus.DEPRECATED
    window.session.save_clause(clause)
    qtbot.waitUntil(lambda: not window.reading_marks)  # the catalog, read on the worker
    assert "⚠ deprecated" in window.outline.model.index(1).data()


def test_changed_words_are_marked_and_variables_shown_as_chips():
    from policy_studio.ui.update_dialog import _shown, marked_html

    html = marked_html(
        _shown("Keep for {{retention_period}}."), _shown("Keep for at most {{retention_period}}.")
    )
    assert '<u style="color:#1a7f37">at most</u>' in html
    assert "{{" not in html and '<span style="background:#fff1b8">retention_period</span>' in html
    # Text is escaped: library wording cannot inject markup into the dialog.
    assert marked_html("<b>", "") == '<s style="color:#b3261e">&lt;b&gt;</s>'
