"""The main window: clause library, policy outline and a read-only preview in any language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..library.starter import load_variables
from ..model import Clause, Policy, language
from ..storage import Workspace
from .preview import render_policy

ROLE_ID = Qt.UserRole


class MainWindow(QMainWindow):
    """Library on the left, the policy's outline in the middle, the preview on the right."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.policy: Policy | None = None
        self.known_variables = set(load_variables())
        self.setWindowTitle(f"Policy Studio — {workspace.path.name}")
        self.resize(1300, 820)

        self.search = QLineEdit(placeholderText=self.tr("Search clauses (any language)…"))
        self.library = QListWidget()
        self.library.setObjectName("library")
        self.policy_box = QComboBox()
        self.outline = QListWidget()
        self.outline.setObjectName("outline")
        self.lang_box = QComboBox()
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setOpenExternalLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Clause library")))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.library)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(QLabel(self.tr("Policy")))
        middle_layout.addWidget(self.policy_box)
        middle_layout.addWidget(QLabel(self.tr("Outline")))
        middle_layout.addWidget(self.outline)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Preview language:")))
        bar.addWidget(self.lang_box)
        bar.addStretch(1)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.preview)

        splitter = QSplitter()
        for widget, stretch in ((left, 2), (middle, 2), (right, 5)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        self.setCentralWidget(splitter)

        self.search.textChanged.connect(self.refresh_library)
        self.library.currentItemChanged.connect(self._library_selected)
        self.policy_box.currentIndexChanged.connect(self._policy_selected)
        self.outline.currentItemChanged.connect(self._section_selected)
        self.lang_box.currentIndexChanged.connect(self.refresh_preview)

        self.refresh_library()
        self._load_policies()
        self.statusBar().showMessage(
            self.tr("%n clause(s) in the library", "", len(self.workspace.clauses()))
        )

    # -- library ---------------------------------------------------------------------------

    def refresh_library(self) -> None:
        self.library.clear()
        for clause in self.workspace.search_clauses(self.search.text()):
            item = QListWidgetItem(clause.title.get("en") or clause.key)
            item.setData(ROLE_ID, clause.key)
            item.setToolTip(f"{clause.key}\n{', '.join(clause.tags)}")
            self.library.addItem(item)

    def _library_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        clause = self.workspace.clause(item.data(ROLE_ID))
        if clause is not None:
            self.show_clause(clause)

    def show_clause(self, clause: Clause) -> None:
        """Preview a library clause as a one-section policy in the chosen language."""
        from ..library.compose import policy_from_clauses

        lang = self.current_language()
        preview = policy_from_clauses(
            clause.title.get("en", clause.key), [(clause, None)], target_languages=[lang]
        )
        if self.policy is not None:
            preview.variables = self.policy.variables
            preview.organization = self.policy.organization
        render_policy(self.preview.document(), preview, lang, None, self.known_variables)
        self.outline.clearSelection()

    # -- policy ----------------------------------------------------------------------------

    def _load_policies(self) -> None:
        self.policy_box.blockSignals(True)
        self.policy_box.clear()
        for summary in self.workspace.policies():
            self.policy_box.addItem(summary.title, summary.id)
        self.policy_box.blockSignals(False)
        if self.policy_box.count():
            self._policy_selected(0)

    def _policy_selected(self, index: int) -> None:
        policy_id = self.policy_box.itemData(index)
        self.policy = self.workspace.policy(policy_id) if policy_id else None
        self.lang_box.blockSignals(True)
        previous = self.lang_box.currentData()
        self.lang_box.clear()
        if self.policy is not None:
            for code in self.policy.languages:
                lang = language(code)
                self.lang_box.addItem(f"{lang.native_name} ({code})", code)
            if previous in self.policy.languages:
                self.lang_box.setCurrentIndex(self.policy.languages.index(previous))
        self.lang_box.blockSignals(False)
        self._fill_outline()
        self.refresh_preview()

    def _fill_outline(self) -> None:
        self.outline.clear()
        if self.policy is None:
            return
        lang = self.policy.source_language
        for number, section in enumerate(self.policy.sections, start=1):
            item = QListWidgetItem(f"{number}. {section.title(lang)}")
            icon = QStyle.SP_FileLinkIcon if section.is_linked else QStyle.SP_FileIcon
            item.setIcon(self.style().standardIcon(icon))
            item.setData(ROLE_ID, section.id)
            item.setToolTip(
                self.tr("Linked to library clause %1 (version %2)")
                .replace("%1", section.clause.key)
                .replace("%2", str(section.clause.version))
                if section.clause
                else self.tr("Local section")
            )
            self.outline.addItem(item)

    def _section_selected(self, item: QListWidgetItem | None) -> None:
        self.refresh_preview()

    def current_language(self) -> str:
        return self.lang_box.currentData() or (self.policy.source_language if self.policy else "en")

    def refresh_preview(self) -> None:
        if self.policy is None:
            self.preview.clear()
            return
        item = self.outline.currentItem()
        section_id = item.data(ROLE_ID) if item is not None and item.isSelected() else None
        render_policy(
            self.preview.document(),
            self.policy,
            self.current_language(),
            section_id,
            self.known_variables,
        )
        self.preview.verticalScrollBar().setValue(0)
