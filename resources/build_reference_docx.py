"""Rebuild resources/reference.docx, the default styles of DOCX export.

Run from the repository root: ``python resources/build_reference_docx.py``. The result is
python-docx's default template on A4 with the Policy Studio styles (each with an "AR" twin
carrying w:bidi and complex-script fonts) and no body text. Users replace the file with their
own (``--reference-doc``); styles their file lacks are added at export time.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policy_studio.oxml.styles import LATIN_FONT, ensure_policy_styles


def build(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    # The template's Normal names theme fonts, which LibreOffice resolves to a serif face: name
    # the Latin font outright so lists, tables and headers match the body text.
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(11)
    # Word's Title and Subtitle name theme fonts; a theme font (w:cstheme) wins over the
    # w:cs that the "AR" twins set, so the Arabic title and subtitle came out in the theme's
    # complex-script face instead of Noto Naskh Arabic. Name the fonts outright.
    for name in ("Title", "Subtitle"):
        fonts = document.styles[name].element.rPr.rFonts
        for key in list(fonts.attrib):
            if key.endswith("Theme") or key.endswith("theme"):
                del fonts.attrib[key]
        fonts.set(qn("w:ascii"), LATIN_FONT)
        fonts.set(qn("w:hAnsi"), LATIN_FONT)
    ensure_policy_styles(document.styles.element)
    props = document.core_properties
    props.title = "Policy Studio reference document"
    props.author = "Policy Studio"
    props.comments = "Styles for DOCX export; replace with your own to change the look."
    # Fixed dates keep the file byte-stable across rebuilds apart from the zip timestamps.
    props.created = props.modified = datetime(2026, 1, 1)
    document.save(str(path))


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "reference.docx")
