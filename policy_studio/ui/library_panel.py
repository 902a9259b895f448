"""The clause library panel: search as you type, tag and status filters, preview, insert."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
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
from .preview import on_paper, render_policy
from .store_reader import Reader, read_at_once

ROLE_KEY = Qt.UserRole


class _ResultItem:
    """One row of the result list as a QListWidgetItem would answer (text, data, tooltip…),
    read from the model: what tests and callers ask of a result."""

    def __init__(self, index: QPersistentModelIndex) -> None:
        self.index = index

    def row(self) -> int:
        return self.index.row()

    def data(self, role: int) -> Any:
        return self.index.data(role)

    def text(self) -> str:
        return str(self.data(Qt.ItemDataRole.DisplayRole) or "")

    def toolTip(self) -> str:  # noqa: N802 - Qt's name
        return str(self.data(Qt.ItemDataRole.ToolTipRole) or "")

    def textAlignment(self) -> Qt.AlignmentFlag:  # noqa: N802 - Qt's name
        value = self.data(Qt.ItemDataRole.TextAlignmentRole)
        return Qt.AlignmentFlag(value) if value is not None else Qt.AlignmentFlag(0)

    def font(self) -> QFont:
        value = self.data(Qt.ItemDataRole.FontRole)
        return value if isinstance(value, QFont) else QFont()


class _ResultModel(QAbstractListModel):
    """The search results: catalog rows, drawn as asked (nothing built per row up front, so
    listing 2,000 clauses per keystroke costs a model reset, not 2,000 list items)."""

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.entries: list[ClauseEntry] = []
        self.lang = "en"
        self.rtl = False

    def set_entries(self, entries: list[ClauseEntry], lang: str) -> None:
        self.beginResetModel()
        self.entries, self.lang, self.rtl = entries, lang, language(lang).is_rtl
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        clause = self.entries[index.row()]
        if role == ROLE_KEY:
            return clause.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self.panel.row_text(clause, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.panel.row_tooltip(clause)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.rtl:
            return int(Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and clause.status is ClauseStatus.DEPRECATED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and clause.status is ClauseStatus.DEPRECATED:
            return QColor("#8a8a8a")
        return None

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [CLAUSE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        mime = QMimeData()
        if indexes:
            key = indexes[0].data(ROLE_KEY)
            variant = self.panel.current_variant() if key == self.panel.current_key() else None
            mime.setData(CLAUSE_MIME, clause_payload(key, variant))
        return mime


class _ClauseList(QListView):
    """The result list; dragging an item carries its clause key (and the chosen variant).

    A view over _ResultModel that answers as the QListWidget it replaced did (count, item,
    currentItem, setCurrentRow, itemDoubleClicked…)."""

    currentItemChanged = Signal(object, object)  # noqa: N815 - QListWidget's name
    itemDoubleClicked = Signal(object)  # noqa: N815 - QListWidget's name

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__()
        self.panel = panel
        self.result_model = _ResultModel(panel)
        self.setModel(self.result_model)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.selectionModel().currentChanged.connect(
            lambda current, previous: self.currentItemChanged.emit(
                self._item(current), self._item(previous)
            )
        )
        self.doubleClicked.connect(lambda index: self.itemDoubleClicked.emit(self._item(index)))

    def _item(self, index: QModelIndex) -> _ResultItem | None:
        return _ResultItem(QPersistentModelIndex(index)) if index.isValid() else None

    def count(self) -> int:
        return self.result_model.rowCount()

    def item(self, row: int) -> _ResultItem | None:
        return self._item(self.result_model.index(row, 0))

    def currentItem(self) -> _ResultItem | None:  # noqa: N802 - Qt's name
        return self._item(self.currentIndex())

    def currentRow(self) -> int:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - Qt's name
        self.setCurrentIndex(self.result_model.index(row, 0))

    def setCurrentItem(self, item: _ResultItem) -> None:  # noqa: N802 - Qt's name
        self.setCurrentRow(item.row())

    def visualItemRect(self, item: _ResultItem) -> QRect:  # noqa: N802 - Qt's name
        return self.visualRect(self.result_model.index(item.row(), 0))

    def mimeData(self, items: list[_ResultItem]) -> QMimeData:  # noqa: N802 - Qt's name
        return self.result_model.mimeData([self.result_model.index(i.row(), 0) for i in items])


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
        *,
        reader: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reader: Reader = reader or read_at_once(lambda: self.workspace)
        """Where the panel's reads run (see ``Reader``)."""
        self._query: tuple[str, Any, ClauseStatus | None] = ("", None, None)
        """The search the person asked for last (text, tag, status)."""
        self._asking = False
        """A search is with the reader; a newer question waits for its answer."""
        self._reload_wanted = True
        """The catalog (tags, languages) must be read again with the next search."""
        self._reading: tuple[str, int] | None = None
        """(key, version) of the clause whose document and versions are being read."""
        self.search_did_end: Callable[[], None] | None = None
        """Called when the list shows the answer to the last question (tests, benchmarks)."""
        self.known_variables = set(known_variables)
        self.policy: Policy | None = None
        self._entries: dict[str, ClauseEntry] = {}
        """The listed clauses' catalog rows (the search reads no clause document)."""
        self._listed: tuple[object, ...] | None = None
        """What the result list was built from (the entries, language, law changes)."""
        self._loaded: tuple[str, int, Clause, list[str]] | None = None
        """(key, version, clause, its version lines) of the selected clause, read when it was
        selected (again at each refresh)."""
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
        self.variant_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.variant_box.setObjectName("library_variant")
        self.lang_box = QComboBox()
        self.lang_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang_box.setObjectName("library_lang")
        self.preview = QTextBrowser()
        self.preview.setObjectName("library_preview")
        on_paper(self.preview)
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
        # Two rows: in the first-start width of the dock (about 215 px), a wording's name and a
        # language's name side by side left "Main wc" of "Main wording".
        chooser = QVBoxLayout()
        wording = QHBoxLayout()
        wording.addWidget(QLabel(self.tr("Wording:")))
        wording.addWidget(self.variant_box, 1)
        shown_in = QHBoxLayout()
        shown_in.addWidget(QLabel(self.tr("Language:")))
        shown_in.addWidget(self.lang_box, 1)
        chooser.addLayout(wording)
        chooser.addLayout(shown_in)
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

    @property
    def searching(self) -> bool:
        """A search (or the clause it selected) is still being read."""
        return self._asking or self._reading is not None

    def reload(self) -> None:
        """Re-read tags and results after the library changed."""
        self._reload_wanted = True
        self._loaded = None
        self._listed = None
        self.refresh()

    def refresh(self) -> None:
        """Run the search with the current text and filters. The list says "Searching…" until
        the answer comes; an answer to a question the person has since changed (typed
        further, another tag) is dropped and the latest question asked."""
        # A QComboBox hands back the plain string of a str enum.
        wanted = self.status_box.currentData()
        self._query = (
            self.search.text(),
            self.tag_box.currentData(),
            ClauseStatus(wanted) if wanted else None,
        )
        self._ask()

    def _ask(self) -> None:
        if self._asking:
            return  # one question at a time: its answer asks the latest one
        query, catalog = self._query, self._reload_wanted
        self._asking, self._reload_wanted = True, False
        self.status_label.setText(self.tr("Searching…"))
        text, tag, status = query

        def job(store: WorkspaceStore) -> tuple[list[ClauseEntry] | None, list[ClauseEntry]]:
            entries = store.clause_entries() if catalog else None
            return entries, store.search_clause_entries(text, tag=tag, status=status)

        self.reader(job, lambda result, error: self._answered(query, catalog, result, error))

    def _answered(
        self,
        query: tuple[str, Any, ClauseStatus | None],
        catalog: bool,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._asking = False
        if error is not None:
            self._reload_wanted = self._reload_wanted or catalog
            self.status_label.setText(
                self.tr("The library could not be read: %1").replace("%1", str(error))
            )
            if query != self._query:
                self._ask()
            return
        entries, found = result
        if entries is not None:
            self._fill_filters(entries)
            self._query = self._current_query()  # a tag that is gone is "any tag" now
        if query != self._query or self._reload_wanted:
            self._ask()  # the person typed further meanwhile: this answer is stale
            return
        self._show_found(found)
        if self.search_did_end is not None and not self.searching:
            self.search_did_end()

    def _current_query(self) -> tuple[str, Any, ClauseStatus | None]:
        wanted = self.status_box.currentData()
        return (
            self.search.text(),
            self.tag_box.currentData(),
            ClauseStatus(wanted) if wanted else None,
        )

    def _fill_filters(self, clauses: list[ClauseEntry]) -> None:
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

    def _show_found(self, found: list[ClauseEntry]) -> None:
        selected = self.current_key()
        listed = (found, self.lang_box.currentData(), dict(self.law_changed))
        self.status_label.setText(self.tr("%n clause(s)", "", len(found)))
        if listed == self._listed:
            # Another letter typed, the same clauses in the same order (and nothing about them
            # changed, or their catalog rows would differ): the list on screen is right.
            return
        self._listed = listed
        self._loaded = None  # re-read the selected clause: it may have changed meanwhile
        self._entries = {c.key: c for c in found}
        self.results.blockSignals(True)
        self.results.result_model.set_entries(found, self.lang_box.currentData() or "en")
        rows = [i for i, clause in enumerate(found) if clause.key == selected]
        if rows:
            self.results.setCurrentRow(rows[0])
        self.results.blockSignals(False)
        if self.results.currentItem() is None and self.results.count():
            self.results.setCurrentRow(0)
        else:
            self._selected(self.results.currentItem())

    def row_text(self, clause: ClauseEntry, lang: str) -> str:
        """What the result list shows for ``clause``: its title, marked draft or law changed."""
        text = clause.title.get(lang) or clause.title.get("en") or clause.key
        if clause.status is ClauseStatus.DRAFT:
            text = f"{text}  ({self.tr('draft')})"
        if self.law_changed.get(clause.key):
            text = f"{text}  § {self.tr('law changed')}"
        return text

    def row_tooltip(self, clause: ClauseEntry) -> str:
        extra = f" · {clause.variants + 1} wordings" if clause.variants else ""
        tip = f"{clause.key} (v{clause.version}, {clause.status.value}){extra}\n"
        tip += ", ".join(clause.tags)
        changed = self.law_changed.get(clause.key)
        if changed:
            tip += "\n" + "\n".join(self.tr("Law changed: %1").replace("%1", r) for r in changed)
        return tip

    def current_key(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ROLE_KEY) if item is not None else None

    def current_clause(self) -> Clause | None:
        """The selected clause, whole, once it has been read (None until then)."""
        key = self.current_key()
        entry = self._entries.get(key) if key else None
        loaded = self._loaded
        if entry is None or loaded is None or loaded[:2] != (entry.key, entry.version):
            return None
        return loaded[2]

    def loaded_clause(self, key: str) -> Clause | None:
        """The clause ``key`` as the panel last read it (for Insert), or None."""
        loaded = self._loaded
        return loaded[2] if loaded is not None and loaded[0] == key else None

    def current_variant(self) -> str | None:
        return self.variant_box.currentData()

    def reselect(self) -> None:
        """Show the selected clause again (buttons, wordings, preview)."""
        self._selected(self.results.currentItem())

    def _selected(self, item: _ResultItem | None) -> None:
        """Show the selected clause: read its document and versions (once per selection and
        version), then its wordings, preview and history."""
        key = self.current_key()
        entry = self._entries.get(key) if key else None
        if entry is not None and self.current_clause() is None:
            wanted = (entry.key, entry.version)
            self._show_clause(None, [])  # nothing of the clause selected before
            if self._reading == wanted:
                return
            self._reading = wanted

            def job(store: WorkspaceStore) -> tuple[Clause | None, list[str]]:
                clause = store.clause(wanted[0])
                lines = []
                if clause is not None:
                    for revision in reversed(store.clause_history(clause.key)):
                        note = f" — {revision.note}" if revision.note else ""
                        lines.append(f"v{revision.version}  {revision.created[:10]}{note}")
                return clause, lines

            self.reader(job, lambda result, error: self._clause_read(wanted, result, error))
            return
        loaded = self._loaded
        self._show_clause(*(loaded[2:] if loaded is not None and entry is not None else (None, [])))

    def _clause_read(
        self, wanted: tuple[str, int], result: Any, error: BaseException | None
    ) -> None:
        if self._reading == wanted:
            self._reading = None
        key = self.current_key()
        entry = self._entries.get(key) if key else None
        if entry is None or (entry.key, entry.version) != wanted:
            self.reselect()  # another clause was selected meanwhile: this one is stale
            return
        if error is not None or result[0] is None:
            why = str(error) if error is not None else self.tr("it is no longer in the library")
            self.status_label.setText(
                self.tr("The clause could not be read: %1").replace("%1", why)
            )
            return
        clause, lines = result
        self._loaded = (entry.key, entry.version, clause, lines)
        self._show_clause(clause, lines)
        if self.search_did_end is not None and not self.searching:
            self.search_did_end()

    def _show_clause(self, clause: Clause | None, lines: list[str]) -> None:
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
            for line in lines:
                self.history.addItem(line)
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
