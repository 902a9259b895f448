"""The Readiness panel, the grid's logged approvals and the name asked once, as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from policy_studio.app.settings import AppSettings
from policy_studio.model import Status

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def show_readiness(qtbot, window):
    window.docks["readiness"].show()
    panel = window.readiness
    qtbot.waitUntil(lambda: panel.verdict is not None)
    return panel


def test_panel_lists_blockers_by_kind_and_one_click_opens_the_segment(qtbot, window):
    panel = show_readiness(qtbot, window)
    assert panel.verdict_label.text().startswith("Not ready for sign-off (blockers: ")
    groups = panel.shown_groups()
    assert any(g.startswith("Variables without a value (") for g in groups)
    assert groups[-1] == "Version approval (1)"

    # A translation edited in the grid is no longer approved: the panel says so after the edit.
    policy = window.session.policy
    block = policy.sections[1].blocks[0]
    window.set_mode(1)
    grid = window.translate_view.ensure_grid()
    row = grid.model.row_of(block.id)
    grid.model.set_target(row, "نص آخر للسجلات لمدة {{retention_period}}.")
    qtbot.waitUntil(
        lambda: any(g.startswith("Segments not approved") for g in panel.shown_groups())
    )
    group = next(
        panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(i).text(0).startswith("Segments not approved")
    )
    item = group.child(0)
    assert item.text(0) == "§2 block 1 [ar]: not approved (draft)"

    window.set_mode(0)
    panel.tree.itemActivated.emit(item, 0)
    assert window.modes.currentWidget() is window.translate_view
    assert window.outline.current_id() == policy.sections[1].id
    grid = window.translate_view.grid
    assert grid.current_row() == grid.model.row_of(block.id)


def test_grid_approval_is_logged_with_the_name_and_warns_about_errors(qtbot, window, workspace):
    window.set_mode(1)
    grid = window.translate_view.ensure_grid()
    qtbot.waitUntil(lambda: not grid.reading_workspace())  # read on the database worker
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    row = grid.model.row_of(block.id)
    grid.model.set_target(row, "راسلنا على {{contact_email}}.")  # {{organization}} lost
    grid.go_to_row(row)
    grid.set_status(row, Status.APPROVED)
    assert block.state("ar").status is Status.APPROVED
    assert not grid.error_warning.isHidden()
    assert grid.error_warning.text() == (
        "Segment 1.1 was marked approved with QA errors (1): "
        "variable {{organization}} is missing in the translation"
    )
    # The line is written on the database worker: wait for it, as a reader of the log would.
    qtbot.waitUntil(lambda: bool(workspace.log_entries(policy.id, action_prefix="segment.")))
    entries = workspace.log_entries(policy.id, action_prefix="segment.")
    assert [(e.actor, e.action, e.target, e.detail["errors"]) for e in entries] == [
        ("Test Translator", "segment.approve", block.id, 1)
    ]

    panel = grid.findings_panel
    # The window's grid checks in the background: the list fills when the checks are done.
    qtbot.waitUntil(lambda: not grid.model.checking(), timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    finding = panel.current_finding()
    panel.reason_edit.setText("the organisation is named in the heading")
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: bool(workspace.log_entries(policy.id, action_prefix="finding.")))
    dismissed = workspace.log_entries(policy.id, action_prefix="finding.")
    assert dismissed[0].detail["reason"] == "the organisation is named in the heading"
    assert dismissed[0].detail["key"] == finding.key and dismissed[0].actor == "Test Translator"


def test_the_name_is_asked_once_and_kept(qtbot, window, monkeypatch, tmp_path):
    window.settings = AppSettings(QSettings(str(tmp_path / "fresh.ini"), QSettings.IniFormat))
    asked = []

    def answer(*args, **kwargs):
        asked.append(kwargs.get("text"))
        return "Noor Saleh", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    assert window.actor() == "Noor Saleh"
    assert window.actor() == "Noor Saleh"
    assert len(asked) == 1 and asked[0]  # offered the login name first
    assert window.settings.user_name == "Noor Saleh"


def test_file_export_of_a_policy_not_ready_is_marked_draft_and_logged(
    qtbot, window, workspace, tmp_path
):
    import docx

    dialog = window.transfer.export_dialog()
    qtbot.addWidget(dialog)
    # The verdict (draft or not) is computed in the background; Export waits for it.
    qtbot.waitUntil(lambda: not dialog.checking_signoff(), timeout=10000)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    dialog.output.setText(str(tmp_path / "notice.docx"))
    with qtbot.waitSignal(dialog.export_did_finish) as finished:
        dialog.export()
    path, warnings = finished.args
    assert warnings[0].startswith('Marked "Draft — not approved"')
    assert "no version of the policy has been approved" in warnings
    paragraphs = [p.text for p in docx.Document(path).paragraphs]
    assert any(p.startswith("Draft — not approved") for p in paragraphs)
    # The window writes its log line on the database worker, after the export.
    policy_id = window.session.policy.id
    qtbot.waitUntil(
        lambda: bool(workspace.log_entries(policy_id, action_prefix="export.")), timeout=10000
    )
    entries = workspace.log_entries(policy_id, action_prefix="export.")
    assert [(e.action, e.target, e.actor) for e in entries] == [
        ("export.draft", "notice.docx", "Test Translator")
    ]


def test_a_slow_check_is_not_rerun_after_every_edit(qtbot, window):
    panel = show_readiness(qtbot, window)
    panel._last_duration = 5.0  # as on a 500-section policy
    policy = window.session.policy
    window.set_mode(1)
    grid = window.translate_view.ensure_grid()
    grid.model.set_target(grid.model.row_of(policy.sections[1].blocks[0].id), "نص جديد.")
    assert panel.verdict_label.text() == "The policy changed since this check: press Check again."
    panel.refresh_button.click()
    assert panel.verdict_label.text() == "Checking…"  # on the database worker
    qtbot.waitUntil(lambda: not panel.checking)
    assert panel.verdict_label.text().startswith("Not ready for sign-off (blockers: ")
