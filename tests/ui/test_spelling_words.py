"""The window's spelling words (ui/spelling_words.py): read through a reader, an added word
accepted at once, a failed write said in one sentence, an answer about an earlier workspace
dropped."""

from __future__ import annotations

import pytest

from policy_studio.model import PolicyStudioError
from policy_studio.ui.spelling_words import WorkspaceWords


class Held:
    """A reader or writer whose jobs wait until the test answers them (the worker's queue)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[object, object]] = []

    def __call__(self, job, then) -> None:
        self.jobs.append((job, then))

    def answer(self, store, error: BaseException | None = None) -> None:
        job, then = self.jobs.pop(0)
        if error is None:
            then(job(store), None)
        else:
            then(None, error)


def test_words_are_read_once_and_none_are_known_until_they_are(qtbot, workspace):
    workspace.add_spelling_word("en", "Wanjiku")
    reader, writer = Held(), Held()
    words = WorkspaceWords()
    words.bind(reader, writer)
    assert words.words("en") == set() and not words.known("en")
    assert words.words("en") == set() and len(reader.jobs) == 1  # asked once
    with qtbot.waitSignal(words.did_read) as read:
        reader.answer(workspace)
    assert read.args == ["en"] and words.words("en") == {"Wanjiku"}


def test_an_added_word_is_accepted_at_once_and_a_failed_write_says_so(qtbot, workspace):
    reader, writer = Held(), Held()
    words = WorkspaceWords()
    words.bind(reader, writer)
    words.add("en", "Baraka")
    assert "Baraka" in words.words("en")  # before anything was written
    with qtbot.waitSignal(words.write_did_fail) as failed:
        writer.answer(workspace, PolicyStudioError("the database refused: read-only"))
    [text] = failed.args
    assert text == (
        "“Baraka” is accepted in this window but could not be added to the dictionary: "
        "the database refused: read-only"
    )
    assert "Baraka" in words.words("en")
    words.add("en", "Neema")
    writer.answer(workspace)
    assert workspace.spelling_words("en") == {"Neema"}
    reader.answer(workspace)  # the read asked above answers with what is stored now
    assert words.words("en") == {"Baraka", "Neema"}  # the one not stored stays accepted here


def test_an_answer_about_the_workspace_before_is_dropped(qtbot, workspace):
    workspace.add_spelling_word("en", "Wanjiku")
    reader = Held()
    words = WorkspaceWords()
    words.bind(reader, Held())
    words.words("en")
    words.bind(Held(), Held())  # another workspace opened meanwhile
    reader.answer(workspace)
    assert not words.known("en") and "Wanjiku" not in words.words("en")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_translate_grid_takes_the_window_s_words_and_adds_through_it(qtbot, window):
    """In the window the grid checks with the words the window read on its database worker,
    and "Add to dictionary" there is accepted at once and written through the window."""
    from policy_studio.ui.models.segment_model import Column

    window.set_mode(1)
    grid = window.translate_view.ensure_grid()
    qtbot.waitUntil(lambda: "ar" in grid.model.spellers, timeout=10000)
    if not grid.model.spellers["ar"].available:
        return  # no Arabic dictionary on this machine: nothing is underlined to add
    grid.model.set_target(0, "يمكنك طلب نسخة من البيانت.")
    assert [w for _s, _e, w in grid.model.misspelled_words(0, Column.TARGET)] == ["البيانت"]
    menu = grid.cell_menu(grid.model.index(0, Column.TARGET))
    (sub,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    next(a for a in sub.actions() if a.text() == "Add “البيانت” to the dictionary").trigger()
    assert grid.model.misspelled_words(0, Column.TARGET) == []  # at once
    assert "البيانت" in window.spelling.words("ar")  # the editor accepts it too
    qtbot.waitUntil(
        lambda: "البيانت" in window.session.workspace.spelling_words("ar"), timeout=10000
    )
