"""The File menu's ways in and out: import a document, export, and the XLIFF round trip.

Each action uses the same code as the CLI (io.import_flow, the registry's writers,
app.xliff_import); what the user must decide (roles in the preview, languages, file names) is
asked here. A refusal is shown in a message box and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ..app.session import Session
from ..app.signoff import signoff_options, signoff_options_apart
from ..app.xliff_import import import_xliff
from ..io import registry
from ..io.intermediate import ParsedDocument
from ..model import Policy, PolicyStudioError, language
from ..ops.base import Changes, Edit
from .export_dialog import ExportDialog
from .import_preview import ImportPreviewDialog
from .role_gate import RoleGate
from .store_reader import why_not

TRANSLATION_LANGUAGES = ["ar", "en", "sw", "fr", "bn"]
"""Offered for a second file's language (the languages our users write policies in)."""


class TransferActions(QObject):
    """Runs the import and export flows for the main window (``parent``)."""

    memory_did_end = Signal(str)
    """A TMX import or export ended: "" when done, else why not (one sentence, also shown)."""

    def __init__(
        self,
        parent: QWidget,
        session: Callable[[], Session],
        apply_edit: Callable[[tuple[Changes, Edit]], None],
        known_variables: Callable[[], list[str]],
        commit: Callable[[], None],
        add_policy: Callable[[Policy, str, Callable[[], object] | None], None],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        """Where dialogs remember the user's last choices (export format, approvers…)."""
        self.window = parent
        self._session = session
        self._apply_edit = apply_edit
        self._known_variables = known_variables
        self._commit = commit
        self._add_policy = add_policy
        """Makes a new policy current and stores it on the database worker (the window's
        ``add_new_policy``): a message once stored, then what follows it."""
        self.last_message: QMessageBox | None = None
        """The last report or error shown (tests and screenshots look at it)."""
        self.memory_actions: tuple[QAction, ...] = ()
        """The window's TMX import and export actions: held while either runs."""
        self.memory_gate = RoleGate(self)
        self.memory_label = QLabel()
        """In the status bar while a TMX import or export is with the database worker."""
        self.memory_label.setObjectName("memory_job")
        self.memory_label.hide()
        self._memory_running = False

    # -- messages --------------------------------------------------------------------------

    def inform(self, title: str, text: str, error: bool = False) -> QMessageBox:
        """Show a message without blocking the caller (window-modal, closed by the user)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("transfer_message")
        box.open()
        self.last_message = box
        return box

    def _policy(self) -> Policy | None:
        policy = self._session().policy
        if policy is None:
            self.inform(self.tr("No policy"), self.tr("Open or create a policy first."), error=True)
        return policy

    # -- export ----------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog | None:
        """File > Export…: the export dialog over the current policy (opened, not blocking)."""
        self._commit()
        policy = self._policy()
        if policy is None:
            return None
        workspace = self._session().workspace
        location = workspace.location
        dialog = ExportDialog(
            policy,
            self._known_variables(),
            parent=self.window,
            settings=self.settings,
            signoff=lambda langs: signoff_options(workspace, policy, None, langs),
            # The verdict costs seconds on a long policy: computed on a worker thread, on a
            # read-only connection of its own, while the dialog is already open.
            signoff_apart=lambda langs: signoff_options_apart(location, policy, langs),
        )
        dialog.setObjectName("export_dialog")
        dialog.export_did_finish.connect(self._export_did_finish)
        dialog.export_did_finish.connect(
            lambda path, _warnings: self._record_export(dialog, Path(path))
        )
        dialog.open()
        return dialog

    def _record(self, action: str, target: str, **detail: object) -> None:
        """An activity log line through the window, which knows who is using the app."""
        record = getattr(self.window, "record", None)
        if record is not None:
            record(action, target, **detail)

    def _record_export(self, dialog: ExportDialog, path: Path) -> None:
        options = dialog.options()
        self._record(
            "export.draft" if options.draft else "export.signoff",
            path.name,
            format=dialog.format_box.currentData(),
            languages=options.languages,
        )

    def _export_did_finish(self, path: str, warnings: list[str]) -> None:
        text = self.tr("Saved %1").replace("%1", path)
        if warnings:
            self.inform(self.tr("Export"), text + "\n\n" + "\n".join(warnings))
        else:
            self.window.statusBar().showMessage(text, 4000)  # type: ignore[attr-defined]

    def export_xliff(self, path: Path | None = None, lang: str | None = None) -> Path | None:
        """File > Export for translation (XLIFF)…: one target language for a CAT tool."""
        self._commit()
        policy = self._policy()
        if policy is None:
            return None
        if not policy.target_languages:
            self.inform(
                self.tr("Export for translation"),
                self.tr("This policy has no target language: add one in Policy properties."),
                error=True,
            )
            return None
        if lang is None:
            lang = self._choose_language(
                self.tr("Export for translation"),
                self.tr("Translate into:"),
                policy.target_languages,
            )
            if lang is None:
                return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export for translation"),
                f"{policy.display_title()}-{lang}.xlf",
                self.tr("XLIFF files (*.xlf *.xliff)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            registry.writer("xliff12")(policy, path, lang=lang)
        except PolicyStudioError as exc:
            self.inform(self.tr("Export for translation"), str(exc), error=True)
            return None
        count = sum(1 for _ in policy.iter_blocks())
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Wrote %1 segments to %2").replace("%1", str(count)).replace("%2", str(path)),
            4000,
        )
        return path

    def import_xliff(self, path: Path | None = None) -> bool:
        """File > Import translation (XLIFF)…: matching segments change in one undo step."""
        self._commit()
        policy = self._policy()
        if policy is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import translation"),
                "",
                self.tr("XLIFF files (*.xlf *.xliff)"),
            )
            if not name:
                return False
            path = Path(name)
        title = self.tr("Import translation")
        try:
            planned = import_xliff(policy, path)
        except PolicyStudioError as exc:
            self.inform(title, str(exc), error=True)
            return False
        if planned.edit is not None:
            self._apply_edit((planned.changes, planned.edit))
            self._record(
                "import.xliff",
                path.name,
                language=planned.lang,
                updated=len(planned.outcome.updated),
            )
        outcome = planned.outcome
        lines = [
            self.tr("%1 segments updated, %2 unchanged.")
            .replace("%1", str(len(outcome.updated)))
            .replace("%2", str(len(outcome.unchanged)))
        ]
        if outcome.source_changed:
            lines.append(
                self.tr("%1 kept as draft: the source changed since the export.").replace(
                    "%1", str(len(outcome.source_changed))
                )
            )
        if outcome.unknown:
            lines.append(
                self.tr("%1 units match no segment of this policy.").replace(
                    "%1", str(len(outcome.unknown))
                )
            )
        if outcome.missing:
            lines.append(
                self.tr("%1 segments of the policy are not in the file.").replace(
                    "%1", str(len(outcome.missing))
                )
            )
        lines += planned.warnings
        self.inform(title, "\n".join(lines))
        return True

    # -- translation memory (TMX) -----------------------------------------------------------

    def export_tmx(self, path: Path | None = None) -> Path | None:
        """Tools > Export translation memory (TMX)…: every language pair of the workspace.

        The memory is read and the file written on the database worker (it reads every clause
        and policy); ``memory_did_end`` says when it is done. Returns the file being written
        (None when the person chose none, or a memory job is already running)."""
        from ..library.tmx import export_tmx

        self._commit()
        if self._memory_busy():
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export translation memory"),
                "memory.tmx",
                self.tr("TMX files (*.tmx)"),
            )
            if not name:
                return None
            path = Path(name)
        title = self.tr("Export translation memory")
        chosen = path

        def done(report: Any, error: BaseException | None) -> None:
            if error is not None:
                self._memory_ended(title, why_not(error), error=True)
                return
            pairs = ", ".join(f"{s}→{t}: {n}" for (s, t), n in report.units.items())
            self._memory_ended(
                title,
                self.tr("Wrote %1 units to %2 (%3).")
                .replace("%1", str(report.total))
                .replace("%2", str(chosen))
                .replace("%3", pairs or "–"),
            )

        self._memory_started(self.tr("Exporting the translation memory to %1…"), path)
        self._session().write(lambda store: export_tmx(store, chosen), done)
        return path

    def import_tmx(self, path: Path | None = None) -> bool:
        """Tools > Import translation memory (TMX)…: the units become memory (never a policy's
        text); a file from another tool brings translations in as translated, not approved.

        The file is read and its units stored on the database worker; ``memory_did_end`` says
        when it is done. True when the import was started."""
        from ..library.tmx import import_tmx

        if self._memory_busy():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import translation memory"),
                "",
                self.tr("TMX files (*.tmx)"),
            )
            if not name:
                return False
            path = Path(name)
        title = self.tr("Import translation memory")
        chosen = path

        def done(report: Any, error: BaseException | None) -> None:
            if error is not None:
                self._memory_ended(title, why_not(error), error=True)
                return
            text = (
                self.tr("%1 units read: %2 added, %3 updated, %4 already in the memory.")
                .replace("%1", str(len(report.units)))
                .replace("%2", str(report.added))
                .replace("%3", str(report.updated))
                .replace("%4", str(report.unchanged))
            )
            if report.skipped:
                text += "\n" + self.tr(
                    "%1 units without a usable language pair were skipped."
                ).replace("%1", str(report.skipped))
            self._memory_ended(title, text)

        self._memory_started(self.tr("Importing the translation memory from %1…"), path)
        self._session().write(lambda store: import_tmx(store, chosen), done)
        return True

    def _memory_busy(self) -> bool:
        """A TMX import or export is with the database worker: one at a time (the actions
        are held meanwhile; a call from elsewhere is told so)."""
        if not self.memory_label.isVisible() and not self._memory_running:
            return False
        self.inform(self.tr("Translation memory"), self.memory_label.text(), error=True)
        return True

    def _memory_started(self, text: str, path: Path) -> None:
        line = text.replace("%1", path.name)
        self._memory_running = True
        for action in self.memory_actions:
            self.memory_gate.hold(action, line)
        self.memory_label.setText(line)
        bar = self.window.statusBar() if isinstance(self.window, QMainWindow) else None
        if bar is not None:
            bar.insertPermanentWidget(0, self.memory_label)
            self.memory_label.show()

    def _memory_ended(self, title: str, text: str, *, error: bool = False) -> None:
        self._memory_running = False
        self.memory_gate.release_all()
        if self.memory_label.isVisible():
            bar = self.window.statusBar() if isinstance(self.window, QMainWindow) else None
            if bar is not None:
                bar.removeWidget(self.memory_label)
            self.memory_label.hide()
        self.inform(title, text, error=error)
        self.memory_did_end.emit(text if error else "")

    # -- import a document -----------------------------------------------------------------

    def import_document(
        self, path: Path | None = None, translation: tuple[str, Path] | None = None
    ) -> ImportPreviewDialog | None:
        """File > Import document…: read, preview (the user corrects roles), then create.

        The preview is opened window-modal; accepting it builds the policy (with the optional
        translation file) and stores it in the workspace. Nothing is written before that.
        """
        self._commit()
        if path is None:
            suffixes = " ".join(
                f"*{s}" for e in registry.READERS if e.name != "xliff" for s in e.suffixes
            )
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import document"),
                "",
                self.tr("Policies (%1)").replace("%1", suffixes),
            )
            if not name:
                return None
            path = Path(name)
        title = self.tr("Import document")
        try:
            document: ParsedDocument = registry.parser_for_path(path)(path)
            second = None
            if translation is not None:
                second = (translation[0], registry.parser_for_path(translation[1])(translation[1]))
            dialog = ImportPreviewDialog(
                document,
                translation=second,
                choose_translation=self._ask_translation,
                parent=self.window,
            )
        except PolicyStudioError as exc:
            self.inform(
                title,
                _file_names(str(exc), [path, *([translation[1]] if translation else [])]),
                error=True,
            )
            return None
        dialog.setObjectName("import_preview")
        dialog.accepted.connect(lambda: self._create_policy(dialog, path))
        dialog.open()
        return dialog

    def _create_policy(self, dialog: ImportPreviewDialog, path: Path) -> None:
        title = self.tr("Import document")
        result = dialog.import_result()
        policy = result.policy
        self._add_policy(
            policy,
            self.tr("Created “%1”").replace("%1", policy.display_title()),
            lambda: self._record(
                "import.document",
                path.name,
                languages=policy.languages,
                sections=len(policy.sections),
            ),
        )
        report = result.report
        lines = [
            self.tr("Imported “%1”: %2 sections in %3.")
            .replace("%1", policy.display_title())
            .replace("%2", str(len(policy.sections)))
            .replace("%3", ", ".join(language(c).native_name for c in policy.languages))
        ]
        if report.dropped:
            lines.append(
                self.tr("%1 lines dropped (navigation, debris).").replace(
                    "%1", str(len(report.dropped))
                )
            )
        if report.unaligned:
            lines.append(
                self.tr(
                    "%1 parts found in one language only: check them in the Translate view."
                ).replace("%1", str(len(report.unaligned)))
            )
        lines += dialog.corrections()
        files = [Path(doc.file) for doc, _ in dialog.draft.sources]
        lines += [_file_names(w, [path, *files]) for w in report.warnings]
        self.inform(title, "\n".join(lines))

    def _ask_translation(self) -> tuple[str, ParsedDocument] | None:
        """The import preview's "Add a translation file…": which file, in which language."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Translation file"),
            "",
            self.tr("Policies (*.txt *.md *.docx *.html)"),
        )
        if not name:
            return None
        lang = self._choose_language(
            self.tr("Translation file"), self.tr("Language of the file:"), TRANSLATION_LANGUAGES
        )
        if not lang:
            return None
        try:
            return lang, registry.parser_for_path(Path(name))(Path(name))
        except PolicyStudioError as exc:
            self.inform(
                self.tr("Translation file"), _file_names(str(exc), [Path(name)]), error=True
            )
            return None

    def _choose_language(self, title: str, label: str, codes: list[str]) -> str | None:
        if len(codes) == 1:
            return codes[0]
        names = [f"{language(c).native_name} ({c})" for c in codes]
        chosen, ok = QInputDialog.getItem(self.window, title, label, names, 0, False)
        return codes[names.index(chosen)] if ok and chosen in names else None


def _file_names(text: str, files: list[Path]) -> str:
    """``text`` with the full paths of ``files`` shortened to their names (a report is read, not
    parsed; the folder is where the user just picked the file)."""
    for file in files:
        for form in {str(file), str(Path(file).resolve())}:
            text = text.replace(form, file.name)
    return text
