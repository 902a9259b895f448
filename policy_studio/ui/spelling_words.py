"""The workspace's own spelling words ("Add to dictionary") for the window's spell-checkers.

The words of a language are read through ``reader`` (the window's database worker) the first
time a checker asks for them — the editor asks as soon as the window binds a workspace and shows
a section — so a server that does not answer never holds the window. Until the answer the
checker underlines as if the workspace had no words of its own (a second or so at most, the
worker's hop and one read of a settings row); ``did_read`` then tells the checkers to take them.
A word added is known here at once (the underline goes away as it is added) and is written
through ``writer``; a write that fails says so (``write_did_fail``), the word staying accepted
in this window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..model import normalize_text
from .store_reader import Reader, Writer, why_not


class WorkspaceWords(QObject):
    """Per language: the words as read from the workspace, plus those added in this window."""

    did_read = Signal(str)
    """The workspace's words of this language were read: checkers take them now."""
    write_did_fail = Signal(str)
    """An added word could not be written (one sentence)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: Reader | None = None
        self._writer: Writer | None = None
        self._read: dict[str, set[str]] = {}
        self._added: dict[str, set[str]] = {}
        self._asked: set[str] = set()
        self._token = 0
        """Counts workspaces bound: an answer about an earlier one is dropped."""

    def bind(self, reader: Reader, writer: Writer) -> None:
        """Another workspace: forget the words known; read them anew when asked."""
        self._token += 1
        self._reader, self._writer = reader, writer
        self._read, self._added, self._asked = {}, {}, set()

    def known(self, lang: str) -> bool:
        """The workspace's words of ``lang`` have been read."""
        return lang in self._read

    def words(self, lang: str) -> set[str]:
        """The words accepted now in ``lang`` (a copy); the first ask reads them on the
        reader, and ``did_read`` says when they came."""
        if lang not in self._asked and self._reader is not None:
            self._asked.add(lang)
            token = self._token
            self._reader(
                lambda store: store.spelling_words(lang),
                lambda result, error: self._answered(token, lang, result, error),
            )
        return set(self._read.get(lang, set())) | self._added.get(lang, set())

    def _answered(self, token: int, lang: str, result: Any, error: BaseException | None) -> None:
        if token != self._token:
            return  # read for a workspace no longer open
        if error is not None:
            self._asked.discard(lang)  # asked again next time: no word of ours meanwhile
            return
        self._read[lang] = set(result)
        self.did_read.emit(lang)

    def add(self, lang: str, word: str) -> None:
        """Accept ``word`` in ``lang`` now and write it to the workspace on the writer."""
        word = normalize_text(word).strip()
        if not word or "\n" in word:
            return
        self._added.setdefault(lang, set()).add(word)
        if self._writer is None:
            return
        token = self._token
        self._writer(
            lambda store: store.add_spelling_word(lang, word),
            lambda _result, error: self._written(token, word, error),
        )

    def _written(self, token: int, word: str, error: BaseException | None) -> None:
        if token != self._token or error is None:
            return
        self.write_did_fail.emit(
            self.tr("“%1” is accepted in this window but could not be added to the dictionary: %2")
            .replace("%1", word)
            .replace("%2", why_not(error))
        )
