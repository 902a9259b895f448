"""The Translate view of the main window: a language-pair chooser over the bilingual grid.

The grid (with its translation memory, glossary highlighting and findings) is built for one
policy and one pair; this view rebuilds it when the policy or the pair changes, hands its edits
to the window's undo stack, and shows how far each target language has come.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..checks.progress import translation_progress
from ..model import Policy, language
from ..ops.base import Changes, Edit
from ..storage import WorkspaceStore
from .bilingual_grid import BilingualGrid
from .glossary_dialog import GlossaryDialog
from .spelling_words import WorkspaceWords
from .store_reader import Reader, Writer


def isolate(text: str) -> str:
    """Wrap a name for display in a label of the other direction (FSI … PDI).

    Without it "العربية 67%" in a left-to-right label takes the number into the Arabic run
    and shows "67% العربية"; display only, never stored.
    """
    mark = "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"
    # Qt still lets a following number join the Arabic run across the isolate: close with a mark.
    return f"\u2068{text}\u2069{mark}"


TYPING_COMMIT_MS = 300
"""How often text in an open grid cell is written into the model (then autosaved)."""


class TranslateView(QWidget):
    """Source | target editing of the current policy in a pair the user chooses."""

    pair_did_change = Signal(str, str)
    """(source, target) after the user chose another language pair."""

    def __init__(
        self,
        apply_edit: Callable[[tuple[Changes, Edit]], None],
        workspace: Callable[[], WorkspaceStore],
        parent: QWidget | None = None,
        actor: Callable[[], str] | None = None,
        spelling: WorkspaceWords | None = None,
        reader: Reader | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply_edit = apply_edit
        self._workspace = workspace
        self._reader = reader
        """The window's ``Session.read``: the grid reads the glossary, the dismissed findings
        and the translation memory on the database worker; None: at once, here."""
        self._writer = writer
        """The window's ``Session.write``: a dismissal and the glossary's changes written on
        the database worker; None: at once, here."""
        self._spelling = spelling
        """The window's spelling words (read and written on its database worker); None: the
        grid reads and writes them itself."""
        if spelling is not None:
            spelling.did_read.connect(self._spelling_did_read)
        self._actor = actor
        """Who is translating (the audit log names them); None: the login name."""
        self.policy: Policy | None = None
        self._overall_stale = False
        self._own_edit = False
        self._overall_timer = QTimer(self, singleShot=True, interval=300)
        self._overall_timer.timeout.connect(self._update_overall)
        # Text typed into an open cell is written into the model while the user types (one
        # merged undo step per segment), so the session's autosave has it within a second even
        # if the cell is never closed, as DESIGN §4 promises for every edit.
        self._typing_timer = QTimer(self, interval=TYPING_COMMIT_MS)
        self._typing_timer.timeout.connect(self.write_typing)
        self.grid: BilingualGrid | None = None
        self.may_write: Callable[[str], bool] = lambda _lang: True
        """Whether the connected person may write a target language (set by the window from
        their team role); a grid into another language is shown but not editable."""
        self._stale_grid = True
        """The grid does not show the current policy and pair: rebuild when next shown."""

        self.source_box = QComboBox()
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_box.setObjectName("source_lang")
        self.target_box = QComboBox()
        self.target_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_box.setObjectName("target_lang")
        self.overall = QLabel()
        self.overall.setObjectName("overall_progress")
        self.empty = QLabel(
            self.tr(
                "This policy has no translation yet: add a target language in Policy properties."
            )
        )
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Translate from")))
        row.addWidget(self.source_box)
        row.addWidget(QLabel(self.tr("into")))
        row.addWidget(self.target_box)
        row.addStretch(1)
        row.addWidget(self.overall)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(row)
        self._layout.addWidget(self.empty, 1)
        self.source_box.activated.connect(lambda _i: self._pair_chosen(self.source_box))
        self.target_box.activated.connect(lambda _i: self._pair_chosen(self.target_box))

    # -- what the main window calls ------------------------------------------------------

    def set_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self._fill_languages()
        self._invalidate()

    def changes_did_happen(self, changes: Changes) -> None:
        if self.policy is None:
            return
        if changes.metadata and self._languages_changed():
            self._fill_languages()
            self._invalidate()
            return
        if self.grid is not None and not self._stale_grid and not self._own_edit:
            self.grid.apply_changes(changes)
        if self.isVisible():
            self._overall_timer.start()  # a pass over every block: once per burst of edits
        else:
            # ~20 ms on a 500-section policy: not on every keystroke of an author who is not
            # looking; counted again when the view is shown.
            self._overall_stale = True

    def commit(self) -> None:
        """Write the text of an open segment editor into the model (before undo, save, quit)."""
        editor = self.grid.editor() if self.grid is not None else None
        if editor is not None and self.grid is not None:
            self.grid.delegate.commitData.emit(editor)
            self.grid.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def write_typing(self) -> None:
        """Write the open cell's text into the model without closing the cell."""
        grid = self.grid
        editor = grid.editor() if grid is not None else None
        if grid is None or editor is None:
            return
        row = grid.current_row()
        if row < 0:
            return
        text = editor.toPlainText()
        if text != grid.model.block_at(row).get(grid.model.target_lang):
            # The delegate leaves an editor alone when the model already holds its text.
            grid.model.set_target(row, text)

    def pair(self) -> tuple[str, str] | None:
        source, target = self.source_box.currentData(), self.target_box.currentData()
        return (source, target) if source and target and source != target else None

    def set_pair(self, source: str, target: str) -> None:
        index = self.target_box.findData(target)
        if index >= 0:
            self.target_box.setCurrentIndex(index)
            self._fill_sources(source)
        self._invalidate()
        self.pair_did_change.emit(source, target)

    def go_to_block(self, block_id: str) -> None:
        grid = self.ensure_grid()
        if grid is not None:
            grid.go_to_block(block_id)

    def edit_glossary(self) -> GlossaryDialog | None:
        grid = self.ensure_grid()
        return grid.edit_glossary() if grid is not None else None

    def ensure_grid(self) -> BilingualGrid | None:
        """The grid for the current policy and pair, built now if it is out of date."""
        if self._stale_grid:
            self._build_grid()
        return self.grid

    # -- internals -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Built on first sight: translation memory and checks over a long policy take a moment
        # that a user who never opens this view should not pay.
        self.ensure_grid()
        if self.grid is not None:
            self.grid.model.pause_checks(False)
        self._typing_timer.start()
        if self._overall_stale:
            self._update_overall()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._typing_timer.stop()
        if self.grid is not None:
            self.grid.model.pause_checks(True)  # resumed when shown again
        super().hideEvent(event)

    def _invalidate(self) -> None:
        self._stale_grid = True
        if self.isVisible():
            self._build_grid()
        self._update_overall()

    def _languages_changed(self) -> bool:
        shown = [self.target_box.itemData(i) for i in range(self.target_box.count())]
        sources = {self.source_box.itemData(i) for i in range(self.source_box.count())}
        return self.policy is not None and (
            shown != self.policy.target_languages
            or not sources <= set(self.policy.languages)
            or self.policy.source_language not in sources
        )

    def _fill_languages(self) -> None:
        """Targets are the policy's target languages only; any other language can be the source.

        The policy's source language is written in the Write view: offered as a target (the
        "reversed" pair), typing into it was refused by the model and lost.
        """
        policy = self.policy
        previous = self.pair()
        self.target_box.clear()
        self.source_box.clear()
        if policy is None or not policy.target_languages:
            return
        for code in policy.target_languages:
            self.target_box.addItem(f"{language(code).native_name} ({code})", code)
        self.target_box.setToolTip(
            self.tr("%1 is the source language of this policy: edit it in the Write view.").replace(
                "%1", language(policy.source_language).native_name
            )
        )
        source, target = policy.source_language, policy.target_languages[0]
        if previous is not None and previous[1] in policy.target_languages:
            if previous[0] in policy.languages:
                source, target = previous
        self.target_box.setCurrentIndex(self.target_box.findData(target))
        self._fill_sources(source)

    def _fill_sources(self, wanted: str) -> None:
        """Every language of the policy but the chosen target, ``wanted`` selected if there."""
        policy = self.policy
        target = self.target_box.currentData()
        self.source_box.clear()
        if policy is None:
            return
        for code in policy.languages:
            if code != target:
                self.source_box.addItem(f"{language(code).native_name} ({code})", code)
        index = self.source_box.findData(wanted)
        if index < 0:
            index = self.source_box.findData(policy.source_language)
        self.source_box.setCurrentIndex(max(index, 0))

    def _pair_chosen(self, changed: QComboBox) -> None:
        if self.policy is None:
            return
        if changed is self.target_box:
            self._fill_sources(self.source_box.currentData())
        self.set_pair(self.source_box.currentData(), self.target_box.currentData())

    def _build_grid(self) -> None:
        self._stale_grid = False
        if self.grid is not None:
            self.commit()
            self._layout.removeWidget(self.grid)
            self.grid.deleteLater()
            self.grid = None
        pair = self.pair()
        # Without a policy (still being opened) there is nothing to say about its translations.
        self.empty.setVisible(self.policy is not None and pair is None)
        if self.policy is None or pair is None:
            return
        self.grid = BilingualGrid(
            self.policy,
            pair[0],
            pair[1],
            workspace=self._workspace(),
            actor=self._actor,
            # Rows at once; the QA checks (seconds on a long policy) in the background.
            deferred_checks=True,
            spelling_words=self._spelling.words if self._spelling is not None else None,
            store_word=self._spelling.add if self._spelling is not None else None,
            reader=self._reader,
            writer=self._writer,
        )
        self.grid.setObjectName("bilingual_grid")
        self.grid.model.writable = self.may_write(pair[1])
        self.grid.edit_did_happen.connect(self._grid_did_edit)
        self._layout.addWidget(self.grid, 1)

    def _spelling_did_read(self, lang: str) -> None:
        if self.grid is not None:
            self.grid.spelling_did_change(lang)

    def _grid_did_edit(self, changes: Changes, edit: Edit) -> None:
        # The grid has redrawn its own edit; the window's echo of it need not redraw it again
        # (a second pass over the row's checks and findings, ~17 ms on a long policy).
        self._own_edit = True
        try:
            self._apply_edit((changes, edit))
        finally:
            self._own_edit = False

    def _update_overall(self) -> None:
        self._overall_stale = False
        policy = self.policy
        if policy is None or not policy.target_languages:
            self.overall.setText("")
            return
        parts = []
        for code in policy.target_languages:
            progress = translation_progress(policy, code)
            parts.append(
                self.tr("%1 %2%")
                .replace("%1", isolate(language(code).native_name))
                .replace("%2", f"{progress.translated_percent:.0f}")
            )
        mark = "\u200f" if self.isRightToLeft() else "\u200e"  # see isolate()
        self.overall.setText(mark + self.tr("Translated: %1").replace("%1", " · ".join(parts)))
