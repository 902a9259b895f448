"""The history panel: saving, listing, read-only viewing, restoring (undoable) and approving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from policy_studio.diff import compare
from policy_studio.ui.history_panel import HistoryPanel, SaveVersionDialog


class Answer:
    """Stands in for the "approve anyway?" question: records what was asked, answers ``yes``."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[tuple[int, list[str]]] = []

    def __call__(self, version, blockers) -> bool:
        self.asked.append((version.number, [b.message for b in blockers]))
        return self.yes


def make_panel(qtbot, workspace, policy_pair, answer=None):
    old, new = policy_pair
    workspace.save_policy(old)
    workspace.save_version(old, "1.0", note="signed by the board", author="Baraka")
    draft = new.copy()
    panel = HistoryPanel(workspace, draft, author="Amina", confirm_approval=answer or Answer())
    qtbot.addWidget(panel)
    return panel, old, new, draft


def rows(panel):
    return [
        [panel.tree.topLevelItem(i).text(c) for c in (0, 1, 3, 4, 5)]
        for i in range(panel.tree.topLevelItemCount())
    ]


def test_lists_versions_newest_first_and_saves_a_new_one(qtbot, workspace, policy_pair):
    panel, *_ = make_panel(qtbot, workspace, policy_pair)
    assert rows(panel) == [["1", "1.0", "Baraka", "", "signed by the board"]]
    assert not panel.restore_button.isEnabled()
    with qtbot.waitSignal(panel.version_did_save):
        panel.save_version("2.0", "spring edits")
    assert rows(panel)[0] == ["2", "2.0", "Amina", "", "spring edits"]
    assert panel.selected_version().number == 2


def test_restore_emits_an_undoable_edit_and_changes_the_draft(qtbot, workspace, policy_pair):
    panel, old, new, draft = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    with qtbot.waitSignal(panel.edit_did_happen) as signal:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    changes, edit = signal.args
    assert changes.structure
    assert compare(old, draft).is_empty
    edit.undo(draft)
    assert compare(new, draft).is_empty


def test_mark_approved_and_withdraw(qtbot, workspace, policy_pair):
    panel, old, *_ = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    version = workspace.version(old.id, 1)
    assert version.approved and version.approved_by == "Amina"
    shown = rows(panel)[0][3]
    assert shown.startswith("approved by Amina, ") and version.approved_at[:10] in shown
    record = workspace.approval(old.id, 1)
    assert set(record.fingerprints) == set(old.languages)
    assert panel.approve_button.text() == "Withdraw approval"
    panel.toggle_approved()
    assert not workspace.version(old.id, 1).approved
    assert workspace.approval(old.id, 1) is None


def test_approving_a_version_with_blockers_asks_first_and_names_them(qtbot, workspace, policy_pair):
    refuse = Answer(yes=False)
    panel, old, *_ = make_panel(qtbot, workspace, policy_pair, refuse)
    panel.select_number(1)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    # The fixture's Arabic is a draft nobody approved: the question names each segment.
    [(number, blockers)] = refuse.asked
    assert number == 1 and "§2 block 1 [ar]: not approved (draft)" in blockers
    assert len(blockers) == 9  # "no version approved yet" is what approving clears
    assert not workspace.version(old.id, 1).approved  # Cancel: nothing approved, nothing logged
    assert rows(panel)[0][3] == "" and panel.approve_button.text() == "Mark approved"
    assert [e.action for e in workspace.log_entries(old.id)] == []

    question = panel.approval_question(workspace.version(old.id, 1), [])
    assert question.startswith("Version 1 (1.0) is not ready for sign-off")
    assert question.endswith("Approve it anyway? The blockers are written in the activity log.")


def test_the_approval_question_lists_the_blockers(qtbot, workspace, policy_pair):
    from policy_studio.checks.readiness import Blocker, BlockerKind

    panel, old, *_ = make_panel(qtbot, workspace, policy_pair)
    blockers = [
        Blocker(BlockerKind.UNTRANSLATED, f"segment {i} is not translated") for i in range(15)
    ]
    shown = panel.approval_question(workspace.version(old.id, 1), blockers).splitlines()
    assert shown[0] == "Version 1 (1.0) is not ready for sign-off (blockers: 15)."
    assert shown[2:14] == [f"• segment {i} is not translated" for i in range(12)]
    assert shown[14] == "… and 3 more."


def test_approving_anyway_logs_the_blockers(qtbot, workspace, policy_pair):
    panel, old, *_ = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert workspace.version(old.id, 1).approved
    forced = [e for e in workspace.log_entries(old.id) if e.action == "version.approve-forced"]
    assert len(forced) == 1 and len(forced[0].detail["blockers"]) == 9


def test_a_version_without_blockers_is_approved_without_a_question(qtbot, workspace):
    from policy_studio.model import Block, BlockKind, Policy, Section

    policy = Policy(title={"en": "Notes"}, source_language="en", target_languages=[])
    policy.sections = [
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Notes"}),
            blocks=[Block(BlockKind.PARAGRAPH, {"en": "We keep none."})],
        )
    ]
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0", author="Baraka")
    answer = Answer()
    panel = HistoryPanel(workspace, policy.copy(), author="Amina", confirm_approval=answer)
    qtbot.addWidget(panel)
    panel.select_number(1)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert answer.asked == [] and workspace.version(policy.id, 1).approved


def test_activity_tab_lists_who_did_what_and_filters(qtbot, workspace, policy_pair):
    panel, old, *_ = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    panel.toggle_approved()
    panel.toggle_approved()
    panel.tabs.setCurrentWidget(panel.activity)
    shown = panel.activity.visible_rows()
    assert [(r[1], r[2], r[3]) for r in shown] == [
        ("Amina", "version.withdraw", "1"),
        ("Amina", "version.approve-forced", "1"),
        ("Amina", "version.approve", "1"),
    ]
    panel.activity.filter_edit.setText("withdraw")
    assert [r[2] for r in panel.activity.visible_rows()] == ["version.withdraw"]
    panel.activity.filter_edit.clear()
    panel.activity.kind_box.setCurrentIndex(panel.activity.kind_box.findData("segment."))
    assert panel.activity.visible_rows() == []


def test_open_read_only_shows_the_snapshot_per_language(qtbot, workspace, policy_pair):
    panel, *_ = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    viewer = panel.viewer_for_selected()
    qtbot.addWidget(viewer)
    assert viewer.tabs.count() == 2
    english, arabic = viewer.tabs.widget(0), viewer.tabs.widget(1)
    assert english.isReadOnly()
    assert "Paper forms are shredded each winter." in english.toPlainText()
    assert arabic.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_compare_button_asks_for_a_diff_with_the_selected_version(qtbot, workspace, policy_pair):
    panel, *_ = make_panel(qtbot, workspace, policy_pair)
    panel.select_number(1)
    with qtbot.waitSignal(panel.compare_requested) as signal:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].label == "1.0"


def test_save_dialog_needs_a_label(qtbot):
    dialog = SaveVersionDialog("")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.label_edit.setText("3.0")
    dialog.note_edit.setPlainText("for the audit")
    assert save.isEnabled() and dialog.values() == ("3.0", "for the audit")


def test_saved_times_show_in_local_time_and_stay_left_to_right():
    from policy_studio.ui.history_panel import display_time

    shown = display_time("2026-11-22T05:05:00+00:00")
    assert shown.startswith("\u2066") and shown.endswith("\u2069")
    assert len(shown.strip("\u2066\u2069")) == len("2026-11-22 05:05")
    assert display_time("not a time") == "\u2066not a time\u2069"
