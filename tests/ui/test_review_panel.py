"""Review notes and proposed changes in the section editor, as a user sees them (issue 12
item 4): the note's text and author, Accept enabled, the block's text after Accept, Undo
restores it; the outline marks the section; readiness lists what nobody accepted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from policy_studio.app.session import Session
from policy_studio.model import (
    Block,
    BlockKind,
    Policy,
    Proposal,
    ProposalKind,
    ReviewNote,
    Section,
)
from policy_studio.text.markup import plain_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DATE = "2026-03-02T10:00:00Z"


def review_policy() -> Policy:
    kept = Block(
        BlockKind.PARAGRAPH,
        {"en": "We keep files for five years.", "ar": "نحتفظ بالملفات خمس سنوات."},
    )
    kept.proposals.append(
        Proposal(
            "en",
            ProposalKind.REPLACE,
            "We keep files for ten years.",
            "We keep files for five years.",
            "Legal",
            DATE,
        )
    )
    kept.proposals.append(
        Proposal(
            "ar",
            ProposalKind.REPLACE,
            "نحتفظ بالملفات عشر سنوات.",
            "نحتفظ بالملفات خمس سنوات.",
            "أمينة",
            DATE,
        )
    )
    sold = Block(
        BlockKind.PARAGRAPH, {"en": "We never sell records.", "ar": "لا نبيع السجلات أبدا."}
    )
    sold.notes.append(
        ReviewNote("en", "Check this against the contract.", "Legal Team", DATE, "never sell")
    )
    proposed = Block(BlockKind.PARAGRAPH, {"en": ""})
    proposed.proposals.append(
        Proposal("en", ProposalKind.INSERT, "Records leave only by courier.", "", "Legal", DATE)
    )
    return Policy(
        title={"en": "Clinic notice", "ar": "إشعار العيادة"},
        source_language="en",
        target_languages=["ar"],
        sections=[
            Section(
                heading=Block(BlockKind.TITLE, {"en": "Records", "ar": "السجلات"}),
                blocks=[kept, sold, proposed],
            ),
            Section(
                heading=Block(BlockKind.TITLE, {"en": "Contact", "ar": "اتصل بنا"}),
                blocks=[Block(BlockKind.PARAGRAPH, {"en": "Write to us.", "ar": "راسلنا."})],
            ),
        ],
    )


@pytest.fixture
def review_window(qtbot, workspace, settings, variables):
    from policy_studio.ui.main_window import MainWindow

    policy = review_policy()
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    win = MainWindow(session, settings, variables)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def editor_paragraphs(editor) -> list[str]:
    return editor.text.toPlainText().split("\n")


def test_accept_a_proposal_is_an_undo_step_and_the_note_is_shown(qtbot, review_window):
    window = review_window
    policy = window.session.policy
    window.outline.select(policy.sections[0].id)
    editor = window.editor
    panel = editor.review
    qtbot.waitUntil(lambda: panel.isVisible())
    # What the user reads: the proposal (who, when, what) and the note with the words it covers.
    assert panel.heading.text() == "To review in this section: 3"
    rows = panel.texts()
    assert rows[0] == (
        "Replacement proposed by Legal, 2026-03-02: “five” → “ten”\n"
        "Would read “We keep files for ten years.”"
    )
    assert rows[1] == (
        "Note by Legal Team, 2026-03-02: Check this against the contract.\nOn “never sell”"
    )
    # The outline marks the section with what is open (in every language: 3), not the other.
    marks = window.outline.model.data(window.outline.model.index(0), 0)
    assert marks.endswith("⚑ 4 to review")
    assert "to review" not in window.outline.model.data(window.outline.model.index(1), 0)
    # The editor shows the accepted text, never the proposal's.
    assert editor_paragraphs(editor)[0] == "We keep files for five years."

    panel.select(policy.sections[0].blocks[0].proposals[0].id)
    assert panel.accept_button.isEnabled() and panel.reject_button.isEnabled()
    assert not panel.resolve_button.isEnabled()
    panel.accept_button.click()
    assert editor_paragraphs(editor)[0] == "We keep files for ten years."
    assert window.undo.undoText() == "Accept proposed change"
    assert panel.heading.text() == "To review in this section: 2"
    assert window.outline.model.data(window.outline.model.index(0), 0).endswith("⚑ 3 to review")

    window.undo.undo()
    assert editor_paragraphs(editor)[0] == "We keep files for five years."
    assert panel.texts()[0].startswith("Replacement proposed by Legal")
    window.undo.redo()
    assert editor_paragraphs(editor)[0] == "We keep files for ten years."

    # Resolve the note: an undo step too; the note stays, marked resolved.
    panel.select(policy.sections[0].blocks[1].notes[0].id)
    assert panel.resolve_button.isEnabled() and not panel.accept_button.isEnabled()
    panel.resolve_button.click()
    assert window.undo.undoText() == "Resolve review note"
    assert any(t.startswith("Resolved · Note by Legal Team") for t in panel.texts())
    assert panel.heading.text() == "To review in this section: 1"

    # Saved: what was accepted and resolved is what the workspace holds after reopening.
    assert window.session.flush()
    again = window.session.workspace.policy(policy.id)
    block = again.sections[0].blocks[0]
    assert block.get("en") == "We keep files for ten years."
    assert [p.lang for p in block.proposals] == ["ar"]
    assert again.sections[0].blocks[1].notes[0].resolved


def test_arabic_proposals_show_in_the_arabic_editor_and_reject_keeps_the_text(qtbot, review_window):
    window = review_window
    policy = window.session.policy
    window.outline.select(policy.sections[0].id)
    editor = window.editor
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    panel = editor.review
    assert panel.texts() == [
        "Replacement proposed by أمينة, 2026-03-02: “خمس” → “عشر”\n"
        "Would read “نحتفظ بالملفات عشر سنوات.”"
    ]
    panel.reject_button.click()
    assert window.undo.undoText() == "Reject proposed change"
    assert editor_paragraphs(editor)[0] == "نحتفظ بالملفات خمس سنوات."
    assert not panel.isVisible()  # nothing left in Arabic here
    window.undo.undo()
    assert panel.isVisible() and len(panel.texts()) == 1


def test_readiness_lists_open_proposals_and_notes(qtbot, review_window):
    window = review_window
    window.docks["readiness"].show()
    panel = window.readiness
    qtbot.waitUntil(lambda: panel.verdict is not None)
    groups = panel.shown_groups()
    assert "Proposed changes nobody accepted or rejected (3)" in groups
    assert "Review notes not resolved (1)" in groups
    messages = [b.message for b in panel.verdict.blockers if b.kind.value == "open-proposal"]
    assert (
        messages[0]
        == "§1 block 1 [en]: proposed change (replace) by Legal neither accepted nor rejected"
    )
    assert (
        plain_text(window.session.policy.sections[0].blocks[0].get("en"))
        == "We keep files for five years."
    )


def test_a_paragraph_only_proposed_survives_typing_and_accept_fills_it(qtbot, review_window):
    """A tracked insertion of a whole paragraph is an empty paragraph in the editor: typing
    elsewhere keeps it (and its proposal); Accept puts the words in; Undo empties it again."""
    window = review_window
    policy = window.session.policy
    window.outline.select(policy.sections[0].id)
    editor = window.editor
    section = policy.sections[0]
    proposed = section.blocks[2]
    assert editor_paragraphs(editor) == [
        "We keep files for five years.",
        "We never sell records.",
        "",
    ]
    cursor = editor.text.textCursor()
    cursor.setPosition(len("We keep files for five years"))
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText(" at most")
    editor.commit()
    assert section.blocks[0].get("en") == "We keep files for five years at most."
    assert [b.id for b in section.blocks][2] == proposed.id and len(proposed.proposals) == 1
    panel = editor.review
    assert panel.select(proposed.proposals[0].id)
    assert panel.texts()[2].startswith(
        "Insertion proposed by Legal, 2026-03-02: + “Records leave only by courier.”"
    )
    panel.accept_button.click()
    assert editor_paragraphs(editor)[2] == "Records leave only by courier."
    window.undo.undo()
    assert editor_paragraphs(editor)[2] == "" and proposed.proposals
    # The first block's replacement no longer fits the words typed there: Accept says why.
    assert panel.select(section.blocks[0].proposals[0].id)
    assert panel.accept_button.isEnabled()  # "five" is untouched: it still applies
    assert panel.texts()[0].endswith("Would read “We keep files for ten years.”")


def test_activating_a_review_blocker_opens_its_item_in_its_language(qtbot, review_window):
    window = review_window
    window.docks["readiness"].show()
    panel = window.readiness
    qtbot.waitUntil(lambda: panel.verdict is not None)
    arabic = next(
        b for b in panel.verdict.blockers if b.kind.value == "open-proposal" and b.language == "ar"
    )
    window.set_mode(1)
    window.go_to_blocker(arabic)
    assert window.modes.currentIndex() == 0
    assert window.editor.lang == "ar"
    assert window.editor.review.current()[1].text == "نحتفظ بالملفات عشر سنوات."
    assert window.editor.review.accept_button.isEnabled()


def test_an_arabic_change_in_the_english_interface_keeps_old_then_new_in_reading_order(
    qtbot, review_window
):
    """Each quote is isolated, so the bidi algorithm cannot run “خمس” → “عشر” together as one
    right-to-left stretch (shown “عشر” → “خمس”: the arrow from new to old)."""
    window = review_window
    window.outline.select(window.session.policy.sections[0].id)
    editor = window.editor
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    shown = editor.review.tree.topLevelItem(0).text(0)
    assert "“\u2068خمس\u2069” → “\u2068عشر\u2069”" in shown


def test_clicking_a_note_selects_the_words_it_covers_in_the_editor(qtbot, review_window):
    window = review_window
    policy = window.session.policy
    window.outline.select(policy.sections[0].id)
    editor = window.editor
    panel = editor.review
    note_id = policy.sections[0].blocks[1].notes[0].id
    assert panel.select(note_id)
    item = panel.tree.currentItem()
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text.textCursor().selectedText() == "never sell"
    assert editor.text.textCursor().block().text() == "We never sell records."
