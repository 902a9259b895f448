"""The OOXML validator behind tests/conftest.py catches a broken package, and our exports pass
it (issue 18 item 15)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openxml_audit import OpenXmlValidator

from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.io.writers.docx import write_docx
from policy_studio.layout.options import ExportOptions, Layout
from policy_studio.model import Policy

KNOWN = "Unexpected element 'rtl' found"  # see OOXML_KNOWN in tests/conftest.py


def _errors(path: Path) -> list[str]:
    return [str(e) for e in OpenXmlValidator().validate(str(path)).errors if KNOWN not in str(e)]


def test_a_misplaced_element_is_caught(export_policy: Policy, tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    write_docx(export_policy, good, ExportOptions(["en"], layout=Layout.SINGLE))
    with zipfile.ZipFile(good) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = body.replace("<w:body>", "<w:body><w:tblGrid/>", 1).encode()
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    assert _errors(good) == []
    assert any("tblGrid" in e for e in _errors(bad))


def test_exports_and_redlines_carry_no_stale_styles_copy(
    export_policy: Policy, policy_pair, tmp_path: Path
) -> None:
    """Word 2010's stylesWithEffects copy disagreed with styles.xml ("unreadable content")."""
    export = tmp_path / "export.docx"
    write_docx(export_policy, export, ExportOptions(["ar", "en"], layout=Layout.SEQUENTIAL))
    redline = tmp_path / "redline.docx"
    registry.writer("redline-docx")(compare(*policy_pair), redline)
    for path in (export, redline):
        with zipfile.ZipFile(path) as package:
            assert "word/stylesWithEffects.xml" not in package.namelist()
        assert _errors(path) == []
