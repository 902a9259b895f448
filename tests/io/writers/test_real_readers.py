"""Exports opened by real readers when installed: LibreOffice for DOCX, Chromium for HTML.

Each converts to PDF and the text is extracted again: the Arabic words must be there in logical
order (pdftotext undoes the visual ordering), the numbers of both lists restart at 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from policy_studio.io.writers.docx import write_docx
from policy_studio.io.writers.html import write_html
from policy_studio.layout.options import ExportOptions, Layout
from policy_studio.model import Policy

REQUIRED = os.environ.get("POLICY_STUDIO_REQUIRE_RENDERERS") == "1"
"""Set by .ci/run once it has installed LibreOffice and Chromium: then a missing tool fails."""


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")) and not REQUIRED,
    reason="LibreOffice not installed",
)
def test_libreoffice_reads_the_bilingual_docx(export_policy: Policy, tmp_path: Path) -> None:
    source = tmp_path / "notice.docx"
    write_docx(export_policy, source, ExportOptions(["en", "ar"], Layout.COLUMNS))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    text = pdf_text(tmp_path / "notice.pdf")
    assert "What we collect" in text
    assert "رقم هاتفك" in text
    assert "privacy@acme.example" in text


@pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("pdftotext")) and not REQUIRED,
    reason="Chromium not installed",
)
def test_chromium_reads_the_arabic_html(export_policy: Policy, tmp_path: Path) -> None:
    source = tmp_path / "notice.html"
    write_html(export_policy, source, ExportOptions(["ar"]))
    pdf = tmp_path / "notice.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    text = pdf_text(pdf)
    assert "إشعار الخصوصية" in text
    assert "privacy@acme.example" in text
