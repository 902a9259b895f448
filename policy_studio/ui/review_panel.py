"""The review notes and proposed changes of the section being edited, in its language.

A DOCX from a reviewer brings comments (review notes) and tracked changes (proposals); the
block's text stays what somebody accepted until a person accepts a proposal here. Accept,
Reject and Resolve are edits on the window's undo stack (ops/review.py); the panel hides itself
when the section has nothing to review.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Block, Policy, Proposal, ProposalKind, ReviewNote, Section
from ..ops.base import Changes, Edit, OperationError
from ..ops.review import accept_proposal, accepted_text, reject_proposal, resolve_note
from ..text.markup import plain_text

ROLE_ENTRY = Qt.UserRole + 1
"""(block id, ReviewNote | Proposal) of a row."""

KIND_NAMES = {
    ProposalKind.INSERT: QT_TRANSLATE_NOOP("ReviewPanel", "Insertion"),
    ProposalKind.DELETE: QT_TRANSLATE_NOOP("ReviewPanel", "Deletion"),
    ProposalKind.REPLACE: QT_TRANSLATE_NOOP("ReviewPanel", "Replacement"),
    ProposalKind.MOVE: QT_TRANSLATE_NOOP("ReviewPanel", "Move"),
    ProposalKind.FORMAT: QT_TRANSLATE_NOOP("ReviewPanel", "Formatting"),
}

KIND_AFTER = {
    "paragraph": QT_TRANSLATE_NOOP("ReviewPanel", "would become a paragraph"),
    "bullet": QT_TRANSLATE_NOOP("ReviewPanel", "would become a bullet item"),
    "numbered": QT_TRANSLATE_NOOP("ReviewPanel", "would become a numbered item"),
}


def _day(date: str) -> str:
    """The day of an ISO 8601 time as written ("2026-03-02T10:00:00Z" → "2026-03-02"),
    isolated left-to-right: beside Arabic it would show as "02-03-2026" (display only: the
    row's text is never stored)."""
    day = date.split("T", 1)[0]
    return f"\u2066{day}\u2069" if day else day


def _iso(text: str) -> str:
    """``text`` isolated by its own first strong letter (an Arabic name in an English row)."""
    return f"\u2068{text}\u2069" if text else text


ISOLATES = "\u2066\u2068\u2069"
"""Left-to-right isolate, first-strong isolate, pop: display-only controls in a row's text."""


def _quote(text: str, limit: int = 80) -> str:
    """Quoted words isolated by their own first strong letter: an Arabic quote in an English
    row (or the reverse) does not swap places with the arrow and the other quote."""
    text = " ".join(plain_text(text).split())
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return f"“\u2068{text}\u2069”"


class ReviewPanel(QWidget):
    """Notes and proposals on the blocks of one section, one language; Accept/Reject/Resolve."""

    entry_was_chosen = Signal(str, str)
    """(block id, the words a note covers or "") of the row the user made current: the editor
    shows them."""

    def __init__(
        self,
        apply_edit: Callable[[tuple[Changes, Edit]], object],
        before_edit: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.apply_edit = apply_edit
        self.before_edit = before_edit
        """Called before an edit (the editor commits what was typed)."""
        self.policy: Policy | None = None
        self.section_id: str | None = None
        self.lang = ""
        self.heading = QLabel()
        self.heading.setObjectName("review_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("review_items")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("review_accept")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("review_reject")
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("review_resolve")
        self.why = QLabel()
        self.why.setObjectName("review_why")
        self.why.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.resolve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemClicked.connect(lambda *_: self._chosen())
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.setVisible(False)

    # -- showing -----------------------------------------------------------------------------

    def show_section(self, policy: Policy | None, section: Section | None, lang: str) -> None:
        current = self.current()
        keep = current[1].id if current is not None else None
        self.policy, self.lang = policy, lang
        self.section_id = section.id if section is not None else None
        self.tree.clear()
        entries: list[tuple[Block, ReviewNote | Proposal]] = []
        if section is not None:
            for block in section.all_blocks():
                entries += [(block, p) for p in block.proposals if p.lang == lang]
                entries += [(block, n) for n in block.notes if n.lang == lang]
        open_count = sum(
            1 for _, e in entries if isinstance(e, Proposal) or not getattr(e, "resolved", False)
        )
        for block, entry in entries:
            item = QTreeWidgetItem([self._describe(block, entry)])
            item.setData(0, ROLE_ENTRY, (block.id, entry))
            item.setToolTip(0, item.text(0))
            if isinstance(entry, ReviewNote) and entry.resolved:
                item.setForeground(0, QBrush(QColor("#6b6b6b")))
            self.tree.addTopLevelItem(item)
            if entry.id == keep:
                self.tree.setCurrentItem(item)
        self.heading.setText(
            self.tr("To review in this section: %1").replace("%1", str(open_count))
            if open_count
            else self.tr("Nothing left to review in this section")
        )
        self.setVisible(bool(entries))
        self._fit_rows()
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped lines (the view measured some rows as one line,
        eliding the second: seen with the Arabic interface)."""
        metrics = QFontMetrics(self.tree.font())
        width = max(self.tree.viewport().width() - 12, 120)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            box = metrics.boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), item.text(0)
            )
            item.setSizeHint(0, QSize(width, box.height() + 6))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_rows()

    def _describe(self, block: Block, entry: ReviewNote | Proposal) -> str:
        if isinstance(entry, ReviewNote):
            head = self.tr("Note by %1, %2").replace("%1", _iso(entry.author) or self.tr("someone"))
            head = head.replace("%2", _day(entry.date) or self.tr("no date"))
            if entry.resolved:
                head = self.tr("Resolved") + " · " + head
            on = entry.quote or block.get(self.lang)
            return f"{head}: {_iso(entry.text)}\n" + self.tr("On %1").replace("%1", _quote(on))
        head = (
            self.tr("%1 proposed by %2, %3")
            .replace("%1", self.tr(KIND_NAMES[entry.kind]))
            .replace("%2", _iso(entry.author) or self.tr("someone"))
            .replace("%3", _day(entry.date) or self.tr("no date"))
        )
        if entry.kind is ProposalKind.FORMAT:
            what = entry.detail or self.tr("formatting")
            words = plain_text(entry.added).strip()
            if words:
                what += f" — {_quote(words)}"
            if entry.new_kind in KIND_AFTER:
                what += " — " + self.tr(KIND_AFTER[entry.new_kind])
            elif entry.new_kind == "structure":
                what += " — " + self.tr("a heading or section title")
            return f"{head}: {what}\n" + self.tr("Would read %1").replace("%1", _quote(entry.text))
        removed, added = plain_text(entry.removed).strip(), plain_text(entry.added).strip()
        if removed and added:
            # Old before new in reading order: the arrow points the way the row reads.
            arrow = "←" if self._rtl() else "→"
            change = f"{_quote(removed)} {arrow} {_quote(added)}"
        elif added:
            change = "+ " + _quote(added)
        else:
            change = "− " + _quote(removed)
        return f"{head}: {change}\n" + self.tr("Would read %1").replace("%1", _quote(entry.text))

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def texts(self) -> list[str]:
        """The rows as the user reads them (for tests), without the invisible isolates."""
        rows = [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]
        return [row.translate({ord(c): None for c in ISOLATES}) for row in rows]

    # -- acting ------------------------------------------------------------------------------

    def current(self) -> tuple[str, ReviewNote | Proposal] | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE_ENTRY) if item is not None else None
        return data if isinstance(data, tuple) else None

    def select(self, entry_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            data = item.data(0, ROLE_ENTRY)
            if isinstance(data, tuple) and data[1].id == entry_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_block(self, block_id: str) -> bool:
        """Make the first row of ``block_id`` current (a readiness blocker points to a block)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            data = item.data(0, ROLE_ENTRY)
            if isinstance(data, tuple) and data[0] == block_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _chosen(self) -> None:
        current = self.current()
        if current is not None:
            quote = current[1].quote if isinstance(current[1], ReviewNote) else ""
            self.entry_was_chosen.emit(current[0], quote)

    def _update_buttons(self) -> None:
        current = self.current()
        block = self._block(current[0]) if current is not None else None
        entry = current[1] if current is not None else None
        proposal = entry if isinstance(entry, Proposal) else None
        why = ""
        can_accept = proposal is not None and block is not None
        if proposal is not None and block is not None:
            if accepted_text(block, proposal) is None:
                can_accept = False
                why = self.tr(
                    "The words this change touches were edited since it was proposed: "
                    "edit the text by hand, then reject the proposal."
                )
            elif proposal.new_kind == "structure":
                can_accept = False
                why = self.tr(
                    "This change turns a paragraph into a heading or section title (or back): "
                    "change the structure by hand, then reject the proposal."
                )
        self.accept_button.setEnabled(can_accept)
        self.reject_button.setEnabled(proposal is not None)
        note = entry if isinstance(entry, ReviewNote) else None
        self.resolve_button.setEnabled(note is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if note is not None and note.resolved else self.tr("Resolve")
        )
        self.why.setText(why)
        self.why.setVisible(bool(why))

    def _block(self, block_id: str) -> Block | None:
        if self.policy is None:
            return None
        found = self.policy.find_block(block_id)
        return found[1] if found is not None else None

    def _run(self, make: Callable[[Policy, str, str], tuple[Changes, Edit]]) -> None:
        current = self.current()
        if current is None or self.policy is None:
            return
        self.before_edit()
        try:
            changes, edit = make(self.policy, current[0], current[1].id)
        except OperationError as exc:
            self.why.setText(str(exc))
            self.why.setVisible(True)
            return
        if self.section_id is not None:
            changes = changes | Changes(sections=frozenset({self.section_id}))
        self.apply_edit((changes, edit))

    def accept_current(self) -> None:
        self._run(accept_proposal)

    def reject_current(self) -> None:
        self._run(reject_proposal)

    def resolve_current(self) -> None:
        current = self.current()
        reopen = current is not None and isinstance(current[1], ReviewNote) and current[1].resolved
        self._run(lambda policy, b, n: resolve_note(policy, b, n, resolved=not reopen))
