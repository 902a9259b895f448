"""PDF export through Qt: a real PDF whose text, extracted again, is the policy's."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from policy_studio.io.options import ExportOptions, Layout, Signer
from policy_studio.model import Policy
from policy_studio.ui.pdf_export import build_document, write_pdf


def test_document_puts_arabic_blocks_right_to_left(qtbot: object, export_policy: Policy) -> None:
    from PySide6.QtCore import Qt

    document, warnings = build_document(
        export_policy, ExportOptions(["en", "ar"], Layout.SEQUENTIAL)
    )
    directions = {}
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions["اسمك."] == Qt.LayoutDirection.RightToLeft
    assert directions["Your name."] == Qt.LayoutDirection.LeftToRight
    assert any("retention_period" in w for w in warnings)


@pytest.mark.parametrize("layout", [Layout.SINGLE, Layout.COLUMNS, Layout.SEQUENTIAL])
def test_pdf_is_written_with_the_text(
    qtbot: object, export_policy: Policy, tmp_path: Path, layout: Layout
) -> None:
    langs = ["ar"] if layout is Layout.SINGLE else ["en", "ar"]
    out = tmp_path / "policy.pdf"
    report = write_pdf(
        export_policy, out, ExportOptions(langs, layout, signoff=[Signer("Amina Yusuf", "DPO")])
    )
    assert report.path == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "privacy@acme.example" in text
    assert "Amina Yusuf" in text
    if langs[0] == "en":
        assert "Page 1 of 1" in text  # our footer, not Qt's bare page number
