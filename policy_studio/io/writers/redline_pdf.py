"""Redline as PDF: the HTML redline printed by WeasyPrint, as the PDF export prints the HTML
export (io/writers/pdf.py), so the PDF says exactly what the HTML redline says: <ins>/<del> in
print CSS (double underline, strike-through: readable in black and white), formatting changes
marked and named, Arabic right to left with numbers isolated, PDF/A-3u with fonts embedded."""

from __future__ import annotations

from pathlib import Path

from ...diff import Redline
from ..output import write_output
from ..redline_format import RedlineOptions
from .pdf import html_to_pdf
from .redline_html import redline_to_html

SUPPORTED = "the HTML redline printed (WeasyPrint): ins/del, formatting changes, RTL; PDF/A-3u"


def render_redline(redline: Redline, options: RedlineOptions) -> bytes:
    """The PDF bytes of ``redline`` (one language or all, changed sections only or all)."""
    html = redline_to_html(
        redline, lang=options.lang, changed_only=options.changed_only, title=options.title
    )
    return html_to_pdf(html)


def write_redline_pdf(redline: Redline, path: Path, options: RedlineOptions) -> Path:
    write_output(path, render_redline(redline, options), "the redline")
    return path
