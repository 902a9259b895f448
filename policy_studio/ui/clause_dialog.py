"""Create or edit a library clause: title and body per language, tags, status, variants."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..library.editing import blocks_to_lines, check_clause, clause_variables, lines_to_blocks
from ..model import Block, Clause, ClauseStatus, ClauseVariant, PolicyStudioError, language
from .markup_highlighter import MarkupHighlighter

HELP = "One paragraph per line. “- ” bullet, “1. ” numbered item, “## ” heading; {{variable}}."


class ClauseDialog(QDialog):
    """Edits a copy of ``clause``; ``result()`` returns the edited clause once accepted."""

    def __init__(
        self,
        clause: Clause,
        languages: list[str],
        existing: Container[str],
        *,
        new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New clause") if new else self.tr("Edit clause"))
        # Most of the screen: two languages side by side need the width (at 760 px the
        # columns were narrow enough to read the markup rather than the wording).
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(1200, int(screen.width() * 0.85)), min(820, int(screen.height() * 0.85)))
        self.clause = replace(
            clause, variants=[replace(v, blocks=list(v.blocks)) for v in clause.variants]
        )
        self.languages = list(dict.fromkeys([*languages, *clause.title]))
        self.existing = existing
        self.new = new
        self._wording: str | None = None

        form = QFormLayout()
        self.key = QLineEdit(clause.key)
        self.key.setReadOnly(not new)
        form.addRow(self.tr("Key"), self.key)
        self.titles: dict[str, QLineEdit] = {}
        for code in self.languages:
            edit = QLineEdit(clause.title.get(code, ""))
            if language(code).is_rtl:
                edit.setLayoutDirection(Qt.RightToLeft)
            self.titles[code] = edit
            form.addRow(self.tr("Title (%1)").replace("%1", code), edit)
        self.topic = QLineEdit(clause.topic)
        form.addRow(self.tr("Topic"), self.topic)
        self.tags = QLineEdit(", ".join(clause.tags))
        self.tags.setPlaceholderText("retention, gdpr:13(2)(a)")
        form.addRow(self.tr("Tags"), self.tags)
        self.status = QComboBox()
        for status in ClauseStatus:
            self.status.addItem(status.value.capitalize(), status)
        self.status.setCurrentIndex(list(ClauseStatus).index(clause.status))
        form.addRow(self.tr("Status"), self.status)

        self.wording = QComboBox()
        self.add_variant = QPushButton(self.tr("Add variant…"))
        wording_row = QHBoxLayout()
        wording_row.addWidget(self.wording, 1)
        wording_row.addWidget(self.add_variant)
        form.addRow(self.tr("Wording"), wording_row)
        self.bodies: dict[str, QTextEdit] = {}
        bodies = QHBoxLayout()
        for code in self.languages:
            edit = QTextEdit()
            edit.setAcceptRichText(False)
            edit.setObjectName(f"clause_body_{code}")
            edit.highlighter = MarkupHighlighter(edit.document())  # type: ignore[attr-defined]
            if language(code).is_rtl:
                option = edit.document().defaultTextOption()
                option.setTextDirection(Qt.RightToLeft)
                edit.document().setDefaultTextOption(option)
            self.bodies[code] = edit
            column = QVBoxLayout()
            column.addWidget(QLabel(language(code).native_name))
            column.addWidget(edit)
            bodies.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(HELP)))
        layout.addLayout(bodies, 1)
        layout.addWidget(buttons)
        self._fill_wordings()
        self.wording.currentIndexChanged.connect(self._wording_chosen)
        self.add_variant.clicked.connect(self._new_variant)
        self._show_wording(None)

    def _fill_wordings(self) -> None:
        self.wording.blockSignals(True)
        self.wording.clear()
        self.wording.addItem(self.tr("Main wording"), None)
        for variant in self.clause.variants:
            self.wording.addItem(variant.label.get("en") or variant.key, variant.key)
        self.wording.blockSignals(False)

    def _blocks(self, key: str | None) -> list[Block]:
        return self.clause.blocks_for(key)

    def _show_wording(self, key: str | None) -> None:
        self._wording = key
        for code, edit in self.bodies.items():
            edit.setPlainText(blocks_to_lines(self._blocks(key), code))

    def _store_wording(self) -> None:
        texts = {code: edit.toPlainText() for code, edit in self.bodies.items()}
        source = self.languages[0]
        blocks = lines_to_blocks(texts, self._blocks(self._wording), source)
        variant = self.clause.variant(self._wording)
        if variant is None:
            self.clause.blocks = blocks
        else:
            variant.blocks = blocks

    def _wording_chosen(self, _index: int) -> None:
        self._store_wording()
        self._show_wording(self.wording.currentData())

    def _new_variant(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New variant"), self.tr("Variant name:"))
        if not ok or not name.strip():
            return
        key = "-".join(name.lower().split())
        self._store_wording()
        self.clause.variants.append(
            ClauseVariant(
                key, {"en": name.strip()}, [b.copy(keep_id=False) for b in self.clause.blocks]
            )
        )
        self._fill_wordings()
        self.wording.setCurrentIndex(self.wording.count() - 1)

    def result_clause(self) -> Clause:
        """The clause as edited (validated)."""
        self._store_wording()
        clause = replace(
            self.clause,
            key=self.key.text().strip(),
            title={c: e.text().strip() for c, e in self.titles.items() if e.text().strip()},
            topic=self.topic.text().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            status=ClauseStatus(self.status.currentData()),
        )
        clause.variables = clause_variables(clause)
        check_clause(clause, self.existing, new=self.new)
        return clause

    def _accept(self) -> None:
        try:
            self.result_clause()
        except PolicyStudioError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
