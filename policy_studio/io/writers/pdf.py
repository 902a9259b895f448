"""PDF writer: WeasyPrint (Pango/HarfBuzz) printing our own HTML rendering of the layout.

No Qt: the PDF is the HTML export printed, so it says exactly what the HTML and DOCX say.
WeasyPrint shapes Arabic with HarfBuzz and writes the text in logical order with a ToUnicode
map, so Arabic words can be searched and copied; fonts are embedded (subset), Arabic in Noto
Naskh Arabic. The file is PDF/A-3u (archival: every font embedded, Unicode text, no external
content; "-3" because WeasyPrint's PDF/A output is built on PDF 1.7), tagged for accessibility
where WeasyPrint can, with bookmarks from the headings, a table of contents with page numbers
(CSS target-counter) and a running header and footer per language (the @page rules of the
page, see io/writers/html.page_css). Details and measurements: docs/export.md.
"""

from __future__ import annotations

import gc
import io
import logging
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

from ...layout import build
from ...layout.options import ExportOptions
from ...model import Policy, PolicyStudioError
from ..output import ExportReport, write_output
from .html import render_document

SUPPORTED = (
    "everything the HTML export has, paginated on A4: PDF/A-3u, bookmarks from headings, TOC "
    "with page numbers, running header and footer per language with page X of Y, Noto Naskh "
    "Arabic embedded, Arabic text extractable in logical order"
)

PDF_VARIANT = "pdf/a-3u"
"""See docs/export.md for why part 3, conformance level u."""

Progress = Callable[[str], None]


def render_pdf(
    policy: Policy,
    options: ExportOptions,
    known_variables: Iterable[str] = (),
    progress: Progress | None = None,
) -> tuple[bytes, list[str]]:
    """The PDF bytes and the warnings for the user; ``progress`` hears each stage's name."""
    say = progress or (lambda stage: None)
    say("layout")
    doc = build(policy, options, known_variables)
    html = render_document(doc, options.template)
    data = print_html(html, say)
    return data, doc.warnings


def print_html(html: str, progress: Progress | None = None) -> bytes:
    """``html`` printed by WeasyPrint as PDF/A-3u, tagged (the export and the redline PDF)."""
    say = progress or (lambda stage: None)
    say("pages")
    try:
        import weasyprint
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise PolicyStudioError(f"PDF export needs WeasyPrint ({exc})") from exc
    # WeasyPrint reports unsupported CSS through logging: keep it off the user's terminal.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # WeasyPrint 70 leaves its sRGB profile file open for the garbage collector; collect it
        # here, quietly, rather than leak a ResourceWarning into the caller.
        warnings.simplefilter("ignore", ResourceWarning)
        document = weasyprint.HTML(string=html, base_url=None).render()
        say("writing")
        document.write_pdf(
            buffer,
            pdf_variant=PDF_VARIANT,
            pdf_tags=True,
            # Title, author and language from the page's <title>, <meta> and lang="".
            custom_metadata=True,
        )
        del document
        gc.collect()
    return buffer.getvalue()


def write_pdf(
    policy: Policy,
    path: Path,
    options: ExportOptions,
    known_variables: Iterable[str] = (),
    progress: Progress | None = None,
) -> ExportReport:
    """Write ``policy`` to ``path`` as an archival PDF laid out as ``options`` ask."""
    data, warnings = render_pdf(policy, options, known_variables, progress)
    write_output(path, data, "the PDF")
    return ExportReport(str(path), warnings)


__all__ = ["PDF_VARIANT", "print_html", "render_pdf", "write_pdf"]
