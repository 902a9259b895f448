"""The Coverage panel: what the regulations a policy is under require, and what it does not say.

Each requirement shows as covered (by which sections), partly covered (some of its items, or
only words in a section nobody confirmed) or missing, with the library clause that would cover
it one click away. The regulations and what applies to the organisation are chosen in a small
dialog and stored with the policy (an undoable edit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..library.assembly import load_rules
from ..library.coverage import CoverageReport, RequirementResult, Tagged, coverage
from ..library.law_changes import accept_missing
from ..library.regulations import Loaded, load_all
from ..model import Policy, PolicyStudioError
from ..ops.base import Changes, Edit
from ..ops.policy_edits import set_regulations
from ..ops.sections import set_section_topics
from ..storage import WorkspaceStore
from .findings_panel import WrappingDelegate
from .i18n import current_language
from .store_reader import Writer, read_at_once, why_not

ROLE_RESULT = Qt.ItemDataRole.UserRole

STATUS_COLOURS = {
    "covered": QColor("#1b7f3b"),
    "partial": QColor("#9a6a00"),
    "missing": QColor("#b3261e"),
    "not-applicable": QColor("#6b6b6b"),
}


def interface_language() -> str:
    """The code of the interface language."""
    return current_language()


class CoveragePanel(QWidget):
    """Requirement by requirement, for the regulations the current policy is under."""

    insert_requested = Signal(str)
    """A library clause key to insert into the policy."""
    section_requested = Signal(str)
    """A section id to show."""
    laws_did_fail = Signal(str)
    """The laws chosen could not be recorded as seen (one sentence, for the status bar)."""

    def __init__(
        self,
        apply_edit: Callable[[tuple[Changes, Edit]], None],
        workspace: Callable[[], WorkspaceStore],
        parent: QWidget | None = None,
        *,
        catalog: Callable[[], Mapping[str, Tagged] | None] | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply_edit = apply_edit
        self._workspace = workspace
        self.writer: Writer = writer or read_at_once(workspace)
        """Runs the write of the laws chosen (the window's ``Session.write``: on the database
        worker); on its own, at once."""
        self._catalog = catalog
        """The library's catalog as the window last read it on the database worker (None:
        not read yet); without one (a panel on its own) the library is read here."""
        self.policy: Policy | None = None
        self.report: CoverageReport | None = None
        self._loaded: Loaded | None = None
        self._stale = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Regulations…"))
        self.choose_button.clicked.connect(self.choose_regulations)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.choose_button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("coverage_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Requirement"), self.tr("Status"), self.tr("Where")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 460)
        self.tree.setColumnWidth(1, 120)
        # Requirements are sentences: wrap them at the column's width rather than cut them.
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemActivated.connect(lambda *_: self.go_to_section())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.insert_button = QPushButton(self.tr("Insert clause"))
        self.insert_button.clicked.connect(self.insert_suggestion)
        self.confirm_button = QPushButton(self.tr("Confirm topic"))
        self.confirm_button.setToolTip(
            self.tr("The section's text says this: count it for the requirement")
        )
        self.confirm_button.clicked.connect(self.confirm_topic)
        self.go_button = QPushButton(self.tr("Go to section"))
        self.go_button.clicked.connect(self.go_to_section)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._enable()

    # -- the PolicyPanel protocol ----------------------------------------------------------

    def set_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self.refresh()

    def changes_did_happen(self, changes: Changes) -> None:
        if changes.structure or changes.sections or changes.blocks or changes.metadata:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # computed when next shown: no work while nobody looks

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- drawing ---------------------------------------------------------------------------

    def _clauses(self) -> Mapping[str, Tagged] | None:
        if self._catalog is not None:
            return self._catalog()
        return {c.key: c for c in self._workspace().clauses()}

    def library_did_change(self) -> None:
        """The window read the library's catalog again: computed again now, or when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def loaded(self) -> Loaded:
        if self._loaded is None:
            self._loaded = load_all()
        return self._loaded

    def refresh(self) -> None:
        self._stale = False
        self.tree.clear()
        self.report = None
        policy = self.policy
        if policy is None:
            self.summary.setText(self.tr("Open a policy to see its coverage."))
            self.choose_button.setEnabled(False)
            self._enable()
            return
        self.choose_button.setEnabled(True)
        loaded = self.loaded()
        regulations = [loaded.regulations[k] for k in policy.regulations if k in loaded.regulations]
        if not regulations:
            self.summary.setText(
                self.tr(
                    "Choose the regulations this policy is under to see what it still needs to say."
                )
            )
            self._enable()
            return
        clauses = self._clauses()
        if clauses is None:
            # No verdict before the library's catalog is read (on the database worker): a
            # "missing" nobody computed would be shown as true.
            self.summary.setText(self.tr("Reading the library…"))
            self._enable()
            return
        report = coverage(policy, regulations, clauses)
        self.report = report
        lang = interface_language()
        bold = QFont()
        bold.setBold(True)
        for regulation in report.regulations:
            results = [r for r in report.results if r.regulation is regulation]
            gaps = sum(r.status in ("missing", "partial") for r in results)
            top = QTreeWidgetItem(
                [
                    regulation.title(lang),
                    self.tr("%1 to do").replace("%1", str(gaps)) if gaps else self.tr("complete"),
                    f"{regulation.version}",
                ]
            )
            top.setFont(0, bold)
            top.setToolTip(0, regulation.source)
            self.tree.addTopLevelItem(top)
            for result in results:
                item = QTreeWidgetItem(
                    [
                        f"{result.requirement.article} — {result.requirement.text(lang)}",
                        self._status_word(result.status),
                        self._where(result),
                    ]
                )
                item.setData(0, ROLE_RESULT, result)
                item.setForeground(1, QBrush(STATUS_COLOURS[result.status]))
                item.setToolTip(0, result.requirement.text(lang))
                item.setToolTip(2, result.reason(lang))
                top.addChild(item)
            top.setExpanded(True)
        counts = report.counts()
        self.summary.setText(
            self.tr("%1 covered, %2 partly, %3 missing, %4 not applicable")
            .replace("%1", str(counts["covered"]))
            .replace("%2", str(counts["partial"]))
            .replace("%3", str(counts["missing"]))
            .replace("%4", str(counts["not-applicable"]))
        )
        self._enable()

    def _status_word(self, status: str) -> str:
        return {
            "covered": self.tr("covered"),
            "partial": self.tr("partly covered"),
            "missing": self.tr("missing"),
            "not-applicable": self.tr("not applicable"),
        }[status]

    def _where(self, result: RequirementResult) -> str:
        if result.status == "covered":
            return ", ".join(f"§{s.number}" for s in result.sections)
        parts = []
        if result.missing_parts:
            lang = interface_language()
            parts.append(
                self.tr("missing: %1").replace(
                    "%1", ", ".join(p.label(lang) for p in result.missing_parts)
                )
            )
        if result.found_in_text:
            parts.append(
                self.tr("said in %1? confirm").replace(
                    "%1", ", ".join(f"§{s.number}" for s in result.found_in_text)
                )
            )
        if result.suggestions:
            parts.append(self.tr("library: %1").replace("%1", result.suggestions[0]))
        return "; ".join(parts)

    # -- actions ---------------------------------------------------------------------------

    def selected(self) -> RequirementResult | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE_RESULT) if item is not None else None
        return value if isinstance(value, RequirementResult) else None

    def _enable(self) -> None:
        result = self.selected()
        self.insert_button.setEnabled(bool(result and result.suggestions))
        self.confirm_button.setEnabled(bool(result and result.found_in_text))
        self.go_button.setEnabled(bool(result and (result.sections or result.found_in_text)))
        if result is None:
            self.detail.setText("")
            return
        text = result.reason(interface_language())
        if result.suggestions:
            text += "\n" + self.tr("Insert clause adds “%1” from the library.").replace(
                "%1", result.suggestions[0]
            )
        self.detail.setText(text)

    def insert_suggestion(self) -> None:
        result = self.selected()
        if result is not None and result.suggestions:
            self.insert_requested.emit(result.suggestions[0])

    def go_to_section(self) -> None:
        result = self.selected()
        if result is None:
            return
        refs = result.sections or result.found_in_text
        if refs:
            self.section_requested.emit(refs[0].id)

    def confirm_topic(self) -> None:
        """Count the sections whose text says the requirement: tag them with its first tag."""
        result = self.selected()
        if result is None or not result.found_in_text or self.policy is None:
            return
        tag = result.requirement.satisfied_by[0]
        if result.missing_parts:
            tag = result.missing_parts[0].satisfied_by[0]
        for ref in result.found_in_text:
            section = self.policy.find_section(ref.id)
            if section is None:
                continue
            self._apply_edit(set_section_topics(self.policy, ref.id, [*section.topics, tag]))
        self.refresh()

    def choose_regulations(self) -> None:
        if self.policy is None:
            return
        dialog = RegulationsDialog(self.loaded(), self.policy, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keys, conditions = dialog.values()
        try:
            self._apply_edit(set_regulations(self.policy, keys, conditions))
        except PolicyStudioError:
            return
        # From now on a newer version of these laws is reported as a change: recorded by the
        # writer (on the database worker in the window); a failure is said, the choice stays.
        chosen = [self.loaded().regulations[k] for k in keys]

        def written(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self.laws_did_fail.emit(
                    self.tr(
                        "The laws chosen could not be recorded as seen (a later change to them "
                        "would not be marked): %1"
                    ).replace("%1", why_not(error))
                )

        self.writer(lambda store: accept_missing(store, chosen), written)
        self.refresh()


class RegulationsDialog(QDialog):
    """Tick the regulations the policy is under and what applies to the organisation."""

    def __init__(self, loaded: Loaded, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regulations"))
        lang = interface_language()
        self.law_boxes: dict[str, QCheckBox] = {}
        laws = QGroupBox(self.tr("This policy is under"))
        laws_layout = QVBoxLayout(laws)
        for key, regulation in sorted(loaded.regulations.items()):
            label = regulation.title(lang)
            if not regulation.in_force:
                label += f" ({regulation.status})"
            box = QCheckBox(label)
            box.setObjectName(f"law_{key}")
            box.setChecked(key in policy.regulations)
            box.setToolTip(f"{regulation.version}, {regulation.date} — {regulation.source}")
            laws_layout.addWidget(box)
            self.law_boxes[key] = box
        rules = load_rules()
        self.condition_boxes: dict[str, QCheckBox] = {}
        applies = QGroupBox(self.tr("What you do (unticked: those requirements do not apply)"))
        applies_layout = QVBoxLayout(applies)
        answered = set(policy.conditions or [])
        for qid, condition in rules.conditions.items():
            question = rules.question(qid)
            box = QCheckBox(question.text(lang) if question else condition)
            box.setObjectName(f"condition_{condition}")
            box.setChecked(condition in answered or policy.conditions is None)
            applies_layout.addWidget(box)
            self.condition_boxes[condition] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(laws)
        layout.addWidget(applies)
        layout.addWidget(buttons)

    def values(self) -> tuple[list[str], list[str]]:
        keys = [k for k, box in self.law_boxes.items() if box.isChecked()]
        conditions = [c for c, box in self.condition_boxes.items() if box.isChecked()]
        return keys, conditions
