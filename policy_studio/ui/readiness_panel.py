"""The Readiness panel: is the open policy ready for sign-off, and what stands in the way.

The verdict is app.signoff.readiness_of, the same as `policy-studio ready`. Blockers are grouped
by kind; activating one asks the window to show its segment (in the bilingual grid) or section.
The verdict is recomputed shortly after edits while the panel is visible, and when it is shown.
In the window the check runs on the database worker (it reads the library, versions, findings
and laws) on a copy of the policy taken when it was asked; until the answer the panel says
"Checking…" and shows no verdict.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..app.signoff import readiness_of
from ..checks.readiness import Blocker, BlockerKind, Readiness
from ..model import Policy, language
from ..ops.base import Changes
from ..storage import WorkspaceStore
from .blocker_text import blocker_text
from .store_reader import Reader, read_at_once

REFRESH_MS = 600
AUTO_LIMIT_S = 0.5
"""Checks that took longer (QA over a long policy: ~8 s for 500 sections) are not rerun after
every edit, which would freeze typing; the panel says the verdict is out of date instead."""
ROLE_BLOCKER = Qt.ItemDataRole.UserRole

KIND_NAMES = {  # marked for lupdate here, translated where shown
    BlockerKind.UNTRANSLATED: QT_TRANSLATE_NOOP("ReadinessPanel", "Untranslated segments"),
    BlockerKind.STALE: QT_TRANSLATE_NOOP("ReadinessPanel", "Stale segments (source changed)"),
    BlockerKind.UNAPPROVED: QT_TRANSLATE_NOOP("ReadinessPanel", "Segments not approved"),
    BlockerKind.OPEN_PROPOSAL: QT_TRANSLATE_NOOP(
        "ReadinessPanel", "Proposed changes nobody accepted or rejected"
    ),
    BlockerKind.REVIEW_NOTE: QT_TRANSLATE_NOOP("ReadinessPanel", "Review notes not resolved"),
    BlockerKind.QA_ERROR: QT_TRANSLATE_NOOP("ReadinessPanel", "QA errors not dismissed"),
    BlockerKind.UNFILLED_VARIABLE: QT_TRANSLATE_NOOP("ReadinessPanel", "Variables without a value"),
    BlockerKind.DRAFT_CLAUSE: QT_TRANSLATE_NOOP("ReadinessPanel", "Draft library clauses"),
    BlockerKind.DEPRECATED_CLAUSE: QT_TRANSLATE_NOOP(
        "ReadinessPanel", "Deprecated library clauses"
    ),
    BlockerKind.LIBRARY_UPDATE: QT_TRANSLATE_NOOP("ReadinessPanel", "Library updates pending"),
    BlockerKind.REQUIREMENT: QT_TRANSLATE_NOOP(
        "ReadinessPanel", "Requirements of the law not (fully) covered"
    ),
    BlockerKind.LAW_CHANGED: QT_TRANSLATE_NOOP("ReadinessPanel", "Laws that changed"),
    BlockerKind.NOT_APPROVED: QT_TRANSLATE_NOOP("ReadinessPanel", "Version approval"),
}


class ReadinessPanel(QWidget):
    """The sign-off verdict of the open policy with every blocker one click from its place."""

    blocker_was_activated = Signal(object)
    """A Blocker the user double-clicked or pressed Enter on."""

    def __init__(
        self,
        workspace: Callable[[], WorkspaceStore],
        parent: QWidget | None = None,
        reader: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.reader: Reader = reader or read_at_once(workspace)
        """Where the check runs: here by default; on the database worker in the window."""
        self.policy: Policy | None = None
        self.verdict: Readiness | None = None
        self._stale = True
        self._last_duration = 0.0
        self._asking = False
        self._ask_again = False
        self._edits = 0
        """Edits seen: a verdict of a copy taken before the last edit is of an older text."""
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("readiness_verdict")
        self.verdict_label.setWordWrap(True)
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("readiness_lang")
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("blockers")
        # One column that wraps: the dock is narrow, and each message names its language.
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.addWidget(self.lang_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict_label)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.lang_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.tree.itemActivated.connect(self._activated)

    # -- the PolicyPanel protocol --------------------------------------------------------------

    def set_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self.lang_box.blockSignals(True)
        self.lang_box.clear()
        self.lang_box.addItem(self.tr("All languages"), None)
        for code in policy.target_languages if policy is not None else []:
            self.lang_box.addItem(f"{language(code).native_name} ({code})", code)
        self.lang_box.blockSignals(False)
        self.refresh_soon()

    def changes_did_happen(self, changes: Changes) -> None:
        if not changes.empty:
            self._edits += 1
            self.refresh_soon()

    def refresh_soon(self) -> None:
        """Recompute after a short pause when visible; otherwise when next shown."""
        self._stale = True
        if not self.isVisible():
            return
        if self._last_duration <= AUTO_LIMIT_S:
            self._timer.start()
        elif self.verdict is not None:
            self.verdict_label.setText(
                self.tr("The policy changed since this check: press Check again.")
            )
            self.verdict_label.setStyleSheet("color: #44546a; font-weight: bold;")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # -- verdict -----------------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        """A check is with the reader: the panel says "Checking…" and shows no verdict."""
        return self._asking

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        if self._asking:
            self._ask_again = True  # one check at a time: its answer asks again
            return
        self.tree.clear()
        self.verdict = None
        if self.policy is None:
            self.verdict_label.setText(self.tr("Open a policy to see whether it is ready."))
            self.verdict_label.setStyleSheet("")
            return
        self._asking, self._ask_again = True, False
        self.verdict_label.setText(self.tr("Checking…"))
        self.verdict_label.setStyleSheet("color: #44546a;")
        policy, edits, lang = self.policy, self._edits, self.lang_box.currentData()
        snapshot = policy.copy()  # the worker never reads the policy being edited

        def job(store: WorkspaceStore) -> tuple[Readiness, float]:
            started = time.perf_counter()
            verdict = readiness_of(store, snapshot, lang)
            return verdict, time.perf_counter() - started

        self.reader(job, lambda result, error: self._answered(policy, edits, result, error))

    def _answered(
        self, policy: Policy, edits: int, result: Any, error: BaseException | None
    ) -> None:
        self._asking = False
        if self._ask_again or policy is not self.policy:
            self.refresh()  # asked again meanwhile (another policy, language, Check again)
            return
        if error is not None:
            self.verdict_label.setText(str(error))
            self.verdict_label.setStyleSheet("color: #b00020;")
            return
        verdict, self._last_duration = result
        if edits != self._edits and self._last_duration <= AUTO_LIMIT_S:
            self.refresh()  # edited while it was checked: check the text as it is now
            return
        self.verdict = verdict
        self._show(verdict)
        if edits != self._edits:  # a slow check is not rerun by itself
            self.verdict_label.setText(
                self.tr("The policy changed since this check: press Check again.")
            )
            self.verdict_label.setStyleSheet("color: #44546a; font-weight: bold;")

    def _show(self, verdict: Readiness) -> None:
        if verdict.ready:
            self.verdict_label.setText(self.tr("Ready for sign-off: nothing stands in the way."))
            self.verdict_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
            return
        self.verdict_label.setText(
            self.tr("Not ready for sign-off (blockers: %n).", "", len(verdict.blockers))
        )
        self.verdict_label.setStyleSheet("color: #b00020; font-weight: bold;")
        groups: dict[BlockerKind, QTreeWidgetItem] = {}
        for blocker in verdict.blockers:
            group = groups.get(blocker.kind)
            if group is None:
                group = QTreeWidgetItem([self._kind_name(blocker.kind)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[blocker.kind] = group
                self.tree.addTopLevelItem(group)
            text = blocker_text(blocker)
            item = QTreeWidgetItem([text])
            item.setToolTip(0, text)
            item.setData(0, ROLE_BLOCKER, blocker)
            group.addChild(item)
        for kind, group in groups.items():
            count = group.childCount()
            group.setText(0, f"{self._kind_name(kind)} ({count})")
            group.setExpanded(count <= 20)

    def _kind_name(self, kind: BlockerKind) -> str:
        name = KIND_NAMES.get(kind)
        return self.tr(name) if name else kind.value

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        blocker = item.data(0, ROLE_BLOCKER)
        if isinstance(blocker, Blocker):
            self.blocker_was_activated.emit(blocker)

    def shown_groups(self) -> list[str]:
        """The group rows as the user reads them (for tests)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]
