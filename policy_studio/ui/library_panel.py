"""The clause library panel: search as you type, tag and status filters, preview, insert."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..library.compose import policy_from_clauses
from ..model import Clause, ClauseStatus, Policy, language
from ..storage import ClauseEntry, WorkspaceStore
from .content_direction import ContentDirectionDelegate
from .models.drag import CLAUSE_MIME, clause_payload
from .preview import render_policy

ROLE_KEY = Qt.UserRole


class _ClauseList(QListWidget):
    """The result list; dragging an item carries its clause key (and the chosen variant)."""

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragOnly)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's name
        mime = QMimeData()
        if items:
            key = items[0].data(ROLE_KEY)
            variant = self.panel.current_variant() if key == self.panel.current_key() else None
            mime.setData(CLAUSE_MIME, clause_payload(key, variant))
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [CLAUSE_MIME]


class LibraryPanel(QWidget):
    """Find a clause, look at it in any language, and ask for it to be inserted."""

    clause_insert_requested = Signal(str, object)
    """(clause key, variant key or None)."""
    clause_edit_requested = Signal(str)
    """The user wants to edit the clause in the library."""

    def __init__(
        self,
        workspace: WorkspaceStore,
        known_variables: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.known_variables = set(known_variables)
        self.policy: Policy | None = None
        self._entries: dict[str, ClauseEntry] = {}
        """The listed clauses' catalog rows (the search reads no clause document)."""
        self._listed: tuple[object, ...] | None = None
        """What the result list was built from (the entries, language, law changes)."""
        self._loaded: tuple[str, int, Clause] | None = None
        """(key, version, clause) of the selected clause, read when it was selected (again
        at each refresh)."""
        self.law_changed: dict[str, list[str]] = {}
        """Clause key → requirements a newer version of a law changed (set by the window)."""

        self.search = QLineEdit(placeholderText=self.tr("Search clauses (any language)…"))
        self.search.setObjectName("library_search")
        self.search.setClearButtonEnabled(True)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("library_tag")
        self.status_box = QComboBox()
        self.status_box.setObjectName("library_status")
        self.status_box.addItem(self.tr("Any status"), None)
        for status in ClauseStatus:
            self.status_box.addItem(status.value.capitalize(), status)
        self.results = _ClauseList(self)
        self.results.setObjectName("library")
        self.results.setItemDelegate(ContentDirectionDelegate(self.results))
        # Long titles end in "…" (the tooltip has the rest) rather than a sideways scroll bar.
        self.results.setTextElideMode(Qt.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # One line per clause: Qt then lays out thousands of results without measuring each.
        self.results.setUniformItemSizes(True)
        self.variant_box = QComboBox()
        self.variant_box.setObjectName("library_variant")
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("library_lang")
        self.preview = QTextBrowser()
        self.preview.setObjectName("library_preview")
        self.history = QListWidget()
        self.history.setObjectName("library_history")
        self.history.setMaximumHeight(80)
        self.insert_button = QPushButton(self.tr("Insert into policy"))
        self.insert_button.setObjectName("library_insert")
        self.edit_button = QPushButton(self.tr("Edit clause…"))
        self.status_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.status_box, 1)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Wording:")))
        chooser.addWidget(self.variant_box, 1)
        chooser.addWidget(self.lang_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.edit_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.results)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(chooser)
        bottom_layout.addWidget(self.status_label)
        bottom_layout.addWidget(self.preview, 1)
        # Named after the clause: "History" under the library read as the policy's versions
        # (which are under View > History).
        self.history_label = QLabel(self.tr("Clause versions"))
        self.history_label.setObjectName("library_history_label")
        self.history_label.setWordWrap(True)
        bottom_layout.addWidget(self.history_label)
        bottom_layout.addWidget(self.history)
        bottom_layout.addLayout(buttons)
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

        self.search.textChanged.connect(self.refresh)
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._selected)
        self.results.itemDoubleClicked.connect(lambda _item: self.request_insert())
        self.variant_box.currentIndexChanged.connect(self.show_current)
        self.lang_box.currentIndexChanged.connect(self.show_current)
        self.insert_button.clicked.connect(self.request_insert)
        self.edit_button.clicked.connect(self._request_edit)
        self.reload()

    # -- contents --------------------------------------------------------------------------

    def set_policy(self, policy: Policy | None) -> None:
        """The policy whose variable values fill the preview."""
        self.policy = policy
        self.show_current()

    def reload(self) -> None:
        """Re-read tags and results after the library changed."""
        clauses = self.workspace.clause_entries()
        self._loaded = None
        self._listed = None
        tags = sorted(
            {t.split(":")[0] for c in clauses for t in c.tags}
            | {c.topic for c in clauses if c.topic}
        )
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_box.addItem(tag, tag)
        if current in tags:
            self.tag_box.setCurrentIndex(tags.index(current) + 1)
        self.tag_box.blockSignals(False)
        langs = sorted({lang for c in clauses for lang in c.title}, key=lambda c: (c != "en", c))
        current_lang = self.lang_box.currentData() or "en"
        self.lang_box.blockSignals(True)
        self.lang_box.clear()
        for code in langs:
            self.lang_box.addItem(language(code).native_name, code)
        if current_lang in langs:
            self.lang_box.setCurrentIndex(langs.index(current_lang))
        self.lang_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Run the search with the current text and filters."""
        selected = self.current_key()
        # A QComboBox hands back the plain string of a str enum.
        wanted = self.status_box.currentData()
        status = ClauseStatus(wanted) if wanted else None
        found = self.workspace.search_clause_entries(
            self.search.text(), tag=self.tag_box.currentData(), status=status
        )
        listed = (found, self.lang_box.currentData(), dict(self.law_changed))
        if listed == self._listed:
            # Another letter typed, the same clauses in the same order (and nothing about them
            # changed, or their catalog rows would differ): the list on screen is right.
            return
        self._listed = listed
        self._loaded = None  # re-read the selected clause: it may have changed meanwhile
        self._entries = {c.key: c for c in found}
        self.results.blockSignals(True)
        self.results.clear()
        lang = self.lang_box.currentData() or "en"
        rtl = language(lang).is_rtl
        for clause in found:
            title = clause.title.get(lang) or clause.title.get("en") or clause.key
            item = QListWidgetItem(title)
            item.setData(ROLE_KEY, clause.key)
            extra = f" · {clause.variants + 1} wordings" if clause.variants else ""
            item.setToolTip(
                f"{clause.key} (v{clause.version}, {clause.status.value}){extra}\n"
                + ", ".join(clause.tags)
            )
            if rtl:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter)
            if clause.status is ClauseStatus.DEPRECATED:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#8a8a8a"))
            elif clause.status is ClauseStatus.DRAFT:
                item.setText(f"{title}  ({self.tr('draft')})")
            changed = self.law_changed.get(clause.key)
            if changed:
                item.setText(f"{item.text()}  § {self.tr('law changed')}")
                item.setToolTip(
                    item.toolTip()
                    + "\n"
                    + "\n".join(self.tr("Law changed: %1").replace("%1", r) for r in changed)
                )
            self.results.addItem(item)
            if clause.key == selected:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)
        if self.results.currentItem() is None and self.results.count():
            self.results.setCurrentRow(0)
        else:
            self._selected(self.results.currentItem())
        self.status_label.setText(self.tr("%n clause(s)", "", len(found)))

    def current_key(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ROLE_KEY) if item is not None else None

    def current_clause(self) -> Clause | None:
        """The selected clause, whole (read from the workspace once per selection)."""
        key = self.current_key()
        entry = self._entries.get(key) if key else None
        if entry is None:
            return None
        loaded = self._loaded
        if loaded is None or loaded[:2] != (entry.key, entry.version):
            clause = self.workspace.clause(entry.key)
            if clause is None:
                return None
            self._loaded = loaded = (entry.key, entry.version, clause)
        return loaded[2]

    def current_variant(self) -> str | None:
        return self.variant_box.currentData()

    def _selected(self, item: QListWidgetItem | None) -> None:
        clause = self.current_clause()
        self.variant_box.blockSignals(True)
        self.variant_box.clear()
        self.history.clear()
        if clause is not None:
            self.variant_box.addItem(self.tr("Main wording"), None)
            lang = self.lang_box.currentData() or "en"
            for variant in clause.variants:
                self.variant_box.addItem(
                    variant.label.get(lang) or variant.label.get("en") or variant.key, variant.key
                )
            title = clause.title.get(lang) or clause.title.get("en") or clause.key
            self.history_label.setText(self.tr("Versions of the clause “%1”").replace("%1", title))
            for revision in reversed(self.workspace.clause_history(clause.key)):
                note = f" — {revision.note}" if revision.note else ""
                self.history.addItem(f"v{revision.version}  {revision.created[:10]}{note}")
        self.variant_box.setEnabled(self.variant_box.count() > 1)
        self.variant_box.blockSignals(False)
        self.insert_button.setEnabled(clause is not None)
        self.edit_button.setEnabled(clause is not None)
        self.show_current()

    def show_current(self) -> None:
        """Preview the selected clause and wording in the chosen language (RTL laid out right)."""
        clause = self.current_clause()
        if clause is None:
            self.preview.clear()
            return
        lang = self.lang_box.currentData() or "en"
        sample = policy_from_clauses(
            clause.title.get(lang, clause.key),
            [(clause, self.current_variant())],
            target_languages=[lang],
        )
        if self.policy is not None:
            sample.variables = self.policy.variables
            sample.organization = self.policy.organization
            sample.effective_date = self.policy.effective_date
        render_policy(self.preview.document(), sample, lang, None, self.known_variables)
        if clause.status is ClauseStatus.DEPRECATED:
            self.status_label.setText(self.tr("Deprecated: do not use in new policies"))

    def request_insert(self) -> None:
        key = self.current_key()
        if key:
            self.clause_insert_requested.emit(key, self.current_variant())

    def _request_edit(self) -> None:
        key = self.current_key()
        if key:
            self.clause_edit_requested.emit(key)
