"""Styles that inherit in a loop are detected, not followed for a minute (issue 18 item 11)."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import docx

from policy_studio.io.import_flow import read_any

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _looping_styles_docx(path: Path, styles: int, paragraphs: int) -> None:
    document = docx.Document()
    document.add_heading("Looping notice", level=1)
    for index in range(paragraphs):
        document.add_paragraph(f"Paragraph {index} of the notice.")
    document.save(str(path))
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    loop = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Loop {i}"/>'
        f'<w:basedOn w:val="S{(i + 1) % styles}"/></w:style>'
        for i in range(styles)
    )
    parts["word/styles.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{loop}</w:styles>'
    ).encode()
    body = parts["word/document.xml"].decode()
    counter = iter(range(10**9))
    body = re.sub(
        r"<w:p>(?=<w:r>)",
        lambda _m: f'<w:p><w:pPr><w:pStyle w:val="S{next(counter) % styles}"/></w:pPr>',
        body,
    )
    parts["word/document.xml"] = body.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_five_thousand_styles_in_a_loop_read_quickly_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "loop.docx"
    _looping_styles_docx(path, styles=5000, paragraphs=2000)
    start = time.perf_counter()
    result = read_any(path)
    elapsed = time.perf_counter() - start
    texts = [t for s in result.policy.sections for b in s.all_blocks() for t in b.text.values()]
    assert sum(t.startswith("Paragraph ") for t in texts) == 2000
    assert any("more than 32 styles" in w or "loop" in w for w in result.report.warnings)
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_a_two_style_cycle_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cycle.docx"
    _looping_styles_docx(path, styles=2, paragraphs=3)
    result = read_any(path)
    assert any("based on each other in a loop" in w for w in result.report.warnings)
