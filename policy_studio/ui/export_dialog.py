"""The Export dialog: format, languages, layout, sign-off block and output path, with a preview.

Standalone: constructed with the policy and what it needs (no global registry); the main window
opens it. The preview is the QTextDocument the PDF export prints, so what the user sees is laid
out by the same code (right-to-left blocks included).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..app.jobs import CallJob, ExportJob
from ..checks.readiness import Readiness
from ..io import registry
from ..io.output import ExportReport
from ..layout.options import ApprovalStamp, ExportOptions, Layout, Signer
from ..model import Policy, PolicyStudioError, language
from .blocker_text import blocker_text
from .preview import on_paper, render_export

Writer = Callable[..., Any]
SignoffCheck = Callable[[list[str]], "tuple[Readiness | None, ApprovalStamp | None]"]
PREVIEW_SECTIONS = 12
DOCUMENT_FIRST = ("docx", "pdf", "html")
"""Formats a reader opens, first in the list; XLIFF (for translation tools) comes after them."""
SETTINGS = "export"
"""QSettings group where the dialog remembers the user's last choices."""


class _LazyWriter:
    """A row's export writer, imported when an export is written: importing python-docx,
    Jinja2 and WeasyPrint cost most of a second the first time the dialog opened."""

    def __init__(self, entry: registry.FormatEntry) -> None:
        self.entry = entry

    def load(self) -> Writer:
        return self.entry.export_writer()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.load()(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:  # ExportJob asks whether it takes progress
        return inspect.signature(self.load())


def default_writers() -> dict[str, tuple[str, Writer]]:
    """Format name → (file suffix, writer): the rows of the format table that export."""
    return {
        entry.name: (entry.suffixes[0], _LazyWriter(entry)) for entry in registry.export_formats()
    }


class ExportDialog(QDialog):
    """Choose how to export ``policy`` and write the file."""

    export_did_finish = Signal(str, list)
    """(path written, warnings) after a successful export."""

    def __init__(
        self,
        policy: Policy,
        known_variables: Iterable[str] = (),
        writers: dict[str, tuple[str, Writer]] | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        signoff: SignoffCheck | None = None,
        signoff_apart: SignoffCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export policy"))
        self.settings = settings
        self._signoff = signoff
        """Tells, per set of languages, whether the text is ready (else the export is marked
        draft) and the approval record to print (docs/signoff.md)."""
        self._signoff_apart = signoff_apart
        """The same verdict computed on a worker thread (a connection and a copy of its own):
        given, the dialog opens at once and the preview and the Export button wait for it."""
        self._signoff_cache: dict[tuple[str, ...], tuple[Readiness | None, ApprovalStamp | None]]
        self._signoff_cache = {}
        self.signoff_job: CallJob | None = None
        self._signoff_running: tuple[str, ...] | None = None
        self.policy = policy
        self.known_variables = list(known_variables)
        self.writers = writers if writers is not None else default_writers()
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.format_box = QComboBox()
        labels = {
            "docx": self.tr("Word document (DOCX)"),
            "pdf": self.tr("PDF"),
            "html": self.tr("Web page (HTML)"),
            "xliff": self.tr("XLIFF, for translation tools"),
        }
        order = [n for n in DOCUMENT_FIRST if n in self.writers]
        order += [n for n in self.writers if n not in order]
        for name in order:
            self.format_box.addItem(labels.get(name, name.upper()), name)
        self.first_lang = QComboBox()
        self.second_lang = QComboBox()
        self.second_lang.addItem(self.tr("(none)"), "")
        for code in policy.languages:
            name = language(code).native_name
            self.first_lang.addItem(f"{name} ({code})", code)
            self.second_lang.addItem(f"{name} ({code})", code)
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("Side by side (columns)"), Layout.COLUMNS.value)
        self.layout_box.addItem(self.tr("One after the other"), Layout.SEQUENTIAL.value)
        self.arabic_digits = QCheckBox(self.tr("Each language's own digits (٠١٢ in Arabic)"))
        # The policy's setting (Policy > Properties), which the preview shows too.
        self.arabic_digits.setChecked(policy.native_digits)
        self.toc = QCheckBox(self.tr("Table of contents"))
        self.toc.setChecked(True)

        self.signers = QTableWidget(0, 2)
        self.signers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.signers.horizontalHeader().setStretchLastSection(True)
        self.signers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_signer_button = QPushButton(self.tr("Add approver"))
        self.remove_signer_button = QPushButton(self.tr("Remove"))
        self.add_signer_button.clicked.connect(lambda: self.add_signer("", ""))
        self.remove_signer_button.clicked.connect(self._remove_signer)

        self.output = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.job: ExportJob | None = None
        self.preview = QTextBrowser()
        on_paper(self.preview)
        self.preview.setOpenLinks(False)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Language"), self.first_lang)
        form.addRow(self.tr("Second language"), self.second_lang)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow("", self.arabic_digits)
        form.addRow("", self.toc)
        signer_buttons = QHBoxLayout()
        signer_buttons.addWidget(self.add_signer_button)
        signer_buttons.addWidget(self.remove_signer_button)
        signer_buttons.addStretch()
        form.addRow(self.tr("Sign-off"), self.signers)
        form.addRow("", _wrap(signer_buttons))
        out_row = QHBoxLayout()
        out_row.addWidget(self.output)
        out_row.addWidget(browse)
        form.addRow(self.tr("Save as"), _wrap(out_row))
        form.addRow(self.message)
        form.addRow(self.progress)

        splitter = QSplitter()
        splitter.addWidget(_wrap(form))
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)
        self._size_to_screen(splitter)

        for box in (self.format_box, self.first_lang, self.second_lang, self.layout_box):
            box.currentIndexChanged.connect(self._options_changed)
        for check in (self.arabic_digits, self.toc):
            check.toggled.connect(self._options_changed)
        self.signers.itemChanged.connect(self._options_changed)
        if len(policy.languages) > 1:
            self.second_lang.setCurrentIndex(2)
        self._restore_choices()
        self._update_enabled()
        self.refresh_preview()
        # Restoring the last choices above started the timer: the preview is already current.
        self._preview_timer.stop()

    def _size_to_screen(self, splitter: QSplitter) -> None:
        """Room for the options' labels and a readable page: most of a laptop screen.

        At Qt's computed size the form's labels and the preview's columns were cut.
        """
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(1100, int(screen.width() * 0.85))
        height = min(760, int(screen.height() * 0.85))
        self.resize(width, height)
        form = max(splitter.widget(0).sizeHint().width(), 420)
        splitter.setSizes([form, max(width - form, 300)])

    # -- options -------------------------------------------------------------------------

    def add_signer(self, name: str, role: str) -> None:
        row = self.signers.rowCount()
        self.signers.insertRow(row)
        self.signers.setItem(row, 0, QTableWidgetItem(name))
        self.signers.setItem(row, 1, QTableWidgetItem(role))

    def _remove_signer(self) -> None:
        rows = sorted({index.row() for index in self.signers.selectedIndexes()}, reverse=True)
        for row in rows or [self.signers.rowCount() - 1]:
            if row >= 0:
                self.signers.removeRow(row)
        self._options_changed()

    def languages(self) -> list[str]:
        """The languages chosen: the first, and the second if it differs."""
        langs = [self.first_lang.currentData()]
        second = self.second_lang.currentData()
        if second and second != langs[0]:
            langs.append(second)
        return langs

    def checking_signoff(self) -> bool:
        """The readiness verdict for the chosen languages is still being computed: the export
        cannot yet know whether to mark itself draft, so Export waits."""
        if self._signoff is None and self._signoff_apart is None:
            return False
        return tuple(self.languages()) not in self._signoff_cache

    def options(self) -> ExportOptions:
        langs = self.languages()
        layout = Layout(self.layout_box.currentData()) if len(langs) == 2 else Layout.SINGLE
        signers = []
        for row in range(self.signers.rowCount()):
            name, role = (self.signers.item(row, c) for c in (0, 1))
            if name is not None and name.text().strip():
                signers.append(Signer(name.text().strip(), role.text().strip() if role else ""))
        verdict, stamp = self.signoff_state(langs)
        return ExportOptions(
            languages=langs,
            layout=layout,
            signoff=signers,
            native_digits=self.arabic_digits.isChecked(),
            toc=self.toc.isChecked(),
            draft=verdict is not None and not verdict.ready,
            approval=stamp,
        )

    def signoff_state(self, langs: list[str]) -> tuple[Readiness | None, ApprovalStamp | None]:
        """The readiness of the text in ``langs`` (None: an approved text) and its record;
        computed here and now if the background has not given it yet."""
        key = tuple(langs)
        if key in self._signoff_cache:
            return self._signoff_cache[key]
        if self._signoff is None:
            return None, None
        self._signoff_cache[key] = self._signoff(langs)
        return self._signoff_cache[key]

    def _check_signoff(self) -> None:
        """Compute the verdict for the chosen languages on a worker thread (one at a time; the
        languages chosen when it finishes are looked at next)."""
        apart = self._signoff_apart
        key = tuple(self.languages())
        if apart is None or key in self._signoff_cache or self._signoff_running is not None:
            return
        self._signoff_running = key
        langs = list(key)
        self.signoff_job = CallJob(lambda: apart(langs), self)
        self.signoff_job.did_finish.connect(self._signoff_checked)
        self.signoff_job.did_fail.connect(self._signoff_failed)
        self.signoff_job.start()

    def _signoff_checked(self, result: tuple[Readiness | None, ApprovalStamp | None]) -> None:
        key, self._signoff_running = self._signoff_running, None
        if key is not None:
            self._signoff_cache[key] = result
        self._update_enabled()
        self.refresh_preview()

    def _signoff_failed(self, _message: str) -> None:
        # Its own connection could not be made (a server that wants the password typed into
        # the address, say): the verdict is computed here instead, as before.
        key, self._signoff_running = self._signoff_running, None
        if key is not None and self._signoff is not None:
            self._signoff_cache[key] = self._signoff(list(key))
        elif key is not None:
            self._signoff_cache[key] = (None, None)
        self._update_enabled()
        self.refresh_preview()

    def _options_changed(self) -> None:
        self._update_enabled()
        self._preview_timer.start()

    def _restore_choices(self) -> None:
        """The format, layout, contents option, approvers and folder of the last export."""
        store = self.settings
        if store is None:
            return
        index = self.format_box.findData(str(store.value(f"{SETTINGS}/format", "")))
        if index >= 0:
            self.format_box.setCurrentIndex(index)
        index = self.layout_box.findData(str(store.value(f"{SETTINGS}/layout", "")))
        if index >= 0:
            self.layout_box.setCurrentIndex(index)
        # Not the digits: they follow the policy's own setting (Policy > Properties), which the
        # preview shows too; the check box only overrides it for one export.
        value = store.value(f"{SETTINGS}/toc")
        if value is not None:
            self.toc.setChecked(str(value).lower() == "true")
        approvers = store.value(f"{SETTINGS}/approvers", [])
        # An INI file gives back a one-item list as a plain string.
        for line in [approvers] if isinstance(approvers, str) else list(approvers or []):
            name, _tab, role = str(line).partition("\t")
            if name.strip():
                self.add_signer(name, role)
        folder = str(store.value(f"{SETTINGS}/folder", ""))
        if folder and Path(folder).is_dir():
            suffix = self.writers[self.format_box.currentData()][0]
            self.output.setText(str(Path(folder) / f"{_file_name(self.policy)}{suffix}"))

    def _remember_choices(self, path: Path) -> None:
        store = self.settings
        if store is None:
            return
        options = self.options()
        store.setValue(f"{SETTINGS}/format", self.format_box.currentData())
        store.setValue(f"{SETTINGS}/layout", self.layout_box.currentData())
        store.setValue(f"{SETTINGS}/toc", options.toc)
        store.setValue(f"{SETTINGS}/approvers", [f"{s.name}\t{s.role}" for s in options.signoff])
        store.setValue(f"{SETTINGS}/folder", str(path.parent))
        store.sync()

    def _update_enabled(self) -> None:
        two = bool(self.second_lang.currentData()) and (
            self.second_lang.currentData() != self.first_lang.currentData()
        )
        # XLIFF carries segments for a translation tool: no page layout, contents or sign-off.
        document = self.format_box.currentData() != "xliff"
        self.layout_box.setEnabled(two and document)
        for widget in (
            self.toc,
            self.arabic_digits,
            self.signers,
            self.add_signer_button,
            self.remove_signer_button,
        ):
            widget.setEnabled(document)
        self.preview.setVisible(document)
        export = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        checking = self.checking_signoff() and self._signoff_apart is not None
        writing = self.job is not None and self.job.running()
        export.setEnabled(not checking and not writing)
        export.setToolTip(
            self.tr("Checking whether the text is ready for sign-off…") if checking else ""
        )
        suffix = self.writers[self.format_box.currentData()][0]
        text = self.output.text().strip()
        if text:
            self.output.setText(str(Path(text).with_suffix(suffix)))

    def _browse(self) -> None:
        suffix = self.writers[self.format_box.currentData()][0]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export policy"), self.output.text(), f"*{suffix}"
        )
        if path:
            self.output.setText(str(Path(path).with_suffix(suffix)))

    # -- preview and export --------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Lay out the first sections (a 500-section table takes seconds to lay out).

        The preview shows the export as it will be written, "draft" mark included: while the
        readiness verdict is computed in the background, it says so instead."""
        if self._signoff_apart is not None and self.checking_signoff():
            self._check_signoff()
            self._show_checking()
            return
        self.progress.hide()
        sample = replace(self.policy, sections=self.policy.sections[:PREVIEW_SECTIONS])
        # Filled while detached, then shown: a document already on screen re-lays its whole
        # table out after every insertion (13 s for twelve two-column sections; see
        # docs/performance.md).
        document = QTextDocument(self.preview)
        document.setDefaultFont(self.preview.document().defaultFont())
        try:
            warnings = render_export(document, sample, self.options(), self.known_variables)
        except PolicyStudioError as exc:
            document.deleteLater()
            self.message.setText(str(exc))
            return
        old = self.preview.document()
        ours = old.parent() is self.preview  # else the browser's own, deleted by setDocument
        self.preview.setDocument(document)
        if ours:
            old.deleteLater()
        notes = list(warnings)
        hidden = len(self.policy.sections) - PREVIEW_SECTIONS
        if hidden > 0:
            notes.insert(
                0, self.tr("Preview shows the first {n} sections.").format(n=PREVIEW_SECTIONS)
            )
        self.message.setText("\n".join(notes))

    def _show_checking(self) -> None:
        """The preview and the Export button wait for the readiness verdict: say so."""
        waiting = QTextDocument(self.preview)
        waiting.setPlainText(self.tr("Preparing the preview…"))
        old = self.preview.document()
        ours = old.parent() is self.preview
        self.preview.setDocument(waiting)
        if ours:
            old.deleteLater()
        self.message.setText(self.tr("Checking whether the text is ready for sign-off…"))
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Checking…"))
        self.progress.show()

    def export(self) -> None:
        """Write the file; errors are shown in the dialog, which stays open."""
        if self.checking_signoff() and self._signoff_apart is not None:
            return  # Export is disabled until the verdict is known (draft or not)
        text = self.output.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the export."))
            return
        name = self.format_box.currentData()
        suffix, writer = self.writers[name]
        path = Path(text).with_suffix(suffix) if not text.lower().endswith(suffix) else Path(text)
        # A long policy's PDF takes a while: the file is written on a worker thread while the
        # dialog shows what is happening; the window stays responsive.
        self.message.setText(self.tr("Writing {path}…").format(path=path))
        self.buttons.setEnabled(False)
        self.progress.setRange(0, 0)  # busy: WeasyPrint does not report pages as it goes
        self.progress.setFormat("")
        self.progress.show()
        self.job = ExportJob(writer, self.policy, path, self.options(), self.known_variables, self)
        self.job.progress.connect(self._stage)
        self.job.did_finish.connect(self._exported)
        self.job.did_fail.connect(self._export_failed)
        self.job.start()

    def _stage(self, stage: str) -> None:
        names = {
            "layout": self.tr("Laying out the policy…"),
            "pages": self.tr("Breaking it into pages…"),
            "writing": self.tr("Writing the file…"),
        }
        stage, _, page = stage.partition(":")  # "pages:12": page 12 is being laid out
        text = names.get(stage, stage)
        if page:
            text = self.tr("Breaking it into pages… page {n}").format(n=page)
        self.progress.setFormat(text)
        self.message.setText(text)

    def _export_failed(self, message: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.message.setText(message)

    def _exported(self, report: ExportReport) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Saved {path}").format(path=report.path))
        self._remember_choices(Path(report.path))
        verdict, _stamp = self.signoff_state(self.options().languages)
        blockers = [blocker_text(b) for b in verdict.blockers] if verdict is not None else []
        if blockers:
            notice = self.tr('Marked "Draft — not approved" (blockers: %n).', "", len(blockers))
            blockers = [notice, *blockers]
        self.export_did_finish.emit(report.path, [*blockers, *report.warnings])
        self.accept()

    def reject(self) -> None:
        if self.job is not None and self.job.running():
            return  # the file is being written: wait for it (it cannot be half-written)
        super().reject()

    def done(self, result: int) -> None:
        # A verdict still being computed is of no use once the dialog is closed; closing must
        # not wait for it (seconds on a long policy). It only reads, on a connection of its own:
        # it is let finish, unheard (the jobs module holds its thread until it has ended).
        # Not stopped with an asynchronous exception: one landing between an open() and its
        # `with` leaked the file, and a stop inside a database call is not worth the risk.
        # "Not yet heard" rather than "running": under load the thread can end before its
        # queued answer arrives, and that answer is just as unheard.
        job = self.signoff_job
        if job is not None and self._signoff_running is not None:
            job.did_finish.disconnect(self._signoff_checked)
            job.did_fail.disconnect(self._signoff_failed)
            self.signoff_job = None
        super().done(result)


def _file_name(policy: Policy) -> str:
    """A file name from the policy's title: letters of any script kept, separators dropped."""
    title = policy.display_title() or "policy"
    name = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(name.split()) or "policy"


def _wrap(layout: Any) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    widget.layout().setContentsMargins(0, 0, 0, 0)
    return widget
