"""The table of formats: which reader or writer handles which format name and file suffix.

Readers and writers never import each other; everything else finds them through this table
(pandoc's Readers.hs / Writers.hs). Adding a format is adding one row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from ..model import Policy, PolicyStudioError
from .output import ExportReport

if TYPE_CHECKING:
    # Only for annotations: the layout package brings Babel (~35 ms), which `compare` and
    # `import` do not need at start-up; the reader's and redline writer's types are not
    # needed by an export either (every command loads this table).
    from ..layout.options import ExportOptions
    from .intermediate import ParsedDocument
    from .redline_format import RedlineWriter


class ExportWriter(Protocol):
    """An export format's writer: the policy laid out as the options ask, written to ``path``.

    Takes the policy, the file to write, the options and the names of the workspace's known
    variables; returns the path written and the warnings for the user. Raises
    PolicyStudioError with a message naming the file for anything the user can fix.
    """

    def __call__(
        self,
        policy: Policy,
        path: Path,
        options: ExportOptions,
        known_variables: Iterable[str] = (),
    ) -> ExportReport: ...


class ReadOutcome(Protocol):
    """What every reader returns: the policy it built from the file and the import's report
    (io.result.ReadResult with an ImportReport for documents; XliffReadResult with an
    XliffReport, which also carries the file's languages, for XLIFF)."""

    @property
    def policy(self) -> Policy: ...

    @property
    def report(self) -> object: ...


class Reader(Protocol):
    """An import format's reader: the file at ``path`` read as a policy.

    ``lang`` names the language of the file's text when the caller knows it (else the reader
    detects it). Raises PolicyStudioError (ImportFileError, XliffError…) with a message naming
    the file for a missing, unreadable, oversized or hostile file.
    """

    def __call__(self, path: Path, *, lang: str | None = None) -> ReadOutcome: ...


class Parser(Protocol):
    """A reader's first stage (file → io.intermediate.ParsedDocument), for the import preview."""

    def __call__(self, path: Path) -> ParsedDocument: ...


class UnknownFormatError(PolicyStudioError):
    """No reader or writer for the requested format or file suffix."""


@dataclass(frozen=True, slots=True)
class FormatEntry:
    """One row of the table: a format name, its file suffixes and where its code lives."""

    name: str
    suffixes: tuple[str, ...]
    module: str
    """Module under policy_studio.io (imported on first use)."""
    function: str
    """Callable in that module."""
    description: str
    exports: bool = False
    """An ExportWriter: the export command and the export dialog list it."""
    redline: str = ""
    """For a redline format: its name in `diff`/`compare --format`; its module's
    ``render_redline`` is the RedlineWriter (io/redline_format.py)."""
    binary: bool = False
    """A redline format whose output is bytes: written to a file only."""
    lays_out: bool = False
    """An export writer that writes the laid-out document (``layout.build``) in the export's
    languages and nothing else of the policy: the export command gives it an excerpt of the
    policy with only those languages' text (``Workspace.policy_excerpt``). False (XLIFF: the
    target language's text and states, whatever the languages asked) gets the whole policy."""

    def load(self) -> Callable[..., Any]:
        module = import_module(f"policy_studio.io.{self.module}")
        return getattr(module, self.function)  # type: ignore[no-any-return]

    def reader(self) -> Reader:
        """This row's reader (a row of READERS)."""
        return cast(Reader, self.load())

    def export_writer(self) -> ExportWriter:
        if not self.exports:
            raise UnknownFormatError(f"{self.name} is not an export format")
        return cast(ExportWriter, self.load())


WRITERS: list[FormatEntry] = [
    FormatEntry("text", (".txt",), "writers.txt", "policy_to_text", "plain text"),
    FormatEntry("xliff12", (".xlf", ".xliff"), "writers.xliff", "write", "XLIFF 1.2 for CAT tools"),
    # The same XLIFF 1.2 writer behind `policy-studio export --format xliff --lang ar`.
    FormatEntry(
        "xliff", (".xlf", ".xliff"), "writers.xliff", "export_xliff", "XLIFF 1.2", exports=True
    ),
    FormatEntry("xliff2", (".xlf", ".xliff"), "writers.xliff2", "write", "XLIFF 2.0 for CAT tools"),
    FormatEntry(
        "docx",
        (".docx",),
        "writers.docx",
        "write_docx",
        "Word document",
        exports=True,
        lays_out=True,
    ),
    FormatEntry(
        "html",
        (".html", ".htm"),
        "writers.html",
        "write_html",
        "web page",
        exports=True,
        lays_out=True,
    ),
    # The HTML rendering printed by WeasyPrint: PDF/A, no Qt (docs/export.md).
    FormatEntry(
        "pdf", (".pdf",), "writers.pdf", "write_pdf", "archival PDF", exports=True, lays_out=True
    ),
    # Redline formats: ``function`` is each writer's own entry point; every one also has
    # ``render_redline`` (io/redline_format.RedlineWriter), which the commands and the Compare
    # view's export call through redline_writer(), without branching on format names.
    FormatEntry(
        "redline-text",
        (".txt",),
        "writers.redline_text",
        "redline_to_text",
        "redline as text",
        redline="text",
    ),
    FormatEntry(
        "redline-json",
        (".json",),
        "writers.redline_json",
        "redline_to_json",
        "redline as JSON",
        redline="json",
    ),
    FormatEntry(
        "redline-html",
        (".html", ".htm"),
        "writers.redline_html",
        "redline_to_html",
        "redline as a web page",
        redline="html",
    ),
    FormatEntry(
        "redline-docx",
        (".docx",),
        "writers.docx_redline",
        "write_docx_redline",
        "redline as a Word document with tracked changes",
        redline="docx",
        binary=True,
    ),
    FormatEntry(
        "redline-pdf",
        (".pdf",),
        "writers.redline_pdf",
        "write_redline_pdf",
        "redline as PDF",
        redline="pdf",
        binary=True,
    ),
]

READERS: list[FormatEntry] = [
    FormatEntry("text", (".txt", ".text"), "readers.txt", "read", "plain text"),
    FormatEntry("markdown", (".md", ".markdown"), "readers.markdown", "read", "Markdown, kramdown"),
    FormatEntry("docx", (".docx",), "readers.docx", "read", "Word document"),
    FormatEntry("html", (".html", ".htm", ".xhtml"), "readers.html", "read", "web page"),
    FormatEntry(
        "xliff", (".xlf", ".xliff"), "readers.xliff", "read", "XLIFF 1.2 or 2.0 from CAT tools"
    ),
]


def _find(table: list[FormatEntry], name: str, kind: str) -> FormatEntry:
    for entry in table:
        if entry.name == name:
            return entry
    known = ", ".join(e.name for e in table) or "none yet"
    raise UnknownFormatError(f"no {kind} for format {name!r} (known: {known})")


def writer(name: str) -> Callable[..., Any]:
    return _find(WRITERS, name, "writer").load()


def reader(name: str) -> Reader:
    return _find(READERS, name, "reader").reader()


def export_formats() -> list[FormatEntry]:
    """Writers the export command can call: one row each, so a new format is a new row."""
    return [entry for entry in WRITERS if entry.exports]


def export_format(name: str) -> FormatEntry:
    """The export row of format ``name`` (UnknownFormatError naming the known ones)."""
    for entry in export_formats():
        if entry.name == name:
            return entry
    known = ", ".join(e.name for e in export_formats())
    raise UnknownFormatError(f"unknown export format {name!r} (known: {known})")


def export_writer(name: str) -> ExportWriter:
    """The export writer of format ``name`` (UnknownFormatError naming the known ones)."""
    for entry in export_formats():
        if entry.name == name:
            return entry.export_writer()
    known = ", ".join(e.name for e in export_formats())
    raise UnknownFormatError(f"unknown export format {name!r} (known: {known})")


def export_format_for_suffix(suffix: str) -> FormatEntry | None:
    """The first export row whose suffixes include ``suffix`` (".docx"), or None."""
    return next((e for e in export_formats() if suffix.lower() in e.suffixes), None)


def reader_for_path(path: Path) -> FormatEntry:
    suffix = path.suffix.lower()
    for entry in READERS:
        if suffix in entry.suffixes:
            return entry
    known = ", ".join(s for e in READERS for s in e.suffixes) or "none yet"
    raise UnknownFormatError(
        f"{path}: no reader for {suffix or 'files without a suffix'} ({known})"
    )


def parser_for_path(path: Path) -> Parser:
    """The first stage of the reader for ``path`` (file → ParsedDocument), for the import
    preview: every reader module has ``parse(path)`` beside ``read(path, lang=…)``."""
    entry = reader_for_path(path)
    module = import_module(f"policy_studio.io.{entry.module}")
    parse = getattr(module, "parse", None)
    if parse is None:
        raise UnknownFormatError(f"{path}: {entry.description} files have no import preview")
    return cast(Parser, parse)


def redline_formats() -> list[FormatEntry]:
    """The redline rows, in the order `--format` lists them."""
    return [entry for entry in WRITERS if entry.redline]


def redline_writer(name: str) -> tuple[FormatEntry, RedlineWriter]:
    """The row and writer of redline format ``name`` ("docx", "pdf"…)."""
    for entry in redline_formats():
        if entry.redline == name:
            module = import_module(f"policy_studio.io.{entry.module}")
            return entry, cast("RedlineWriter", module.render_redline)
    known = ", ".join(e.redline for e in redline_formats())
    raise UnknownFormatError(f"unknown redline format {name!r} (known: {known})")


def redline_format_for_suffix(suffix: str) -> FormatEntry | None:
    """The redline row whose suffixes include ``suffix`` (".pdf"), or None."""
    return next((e for e in redline_formats() if suffix.lower() in e.suffixes), None)
