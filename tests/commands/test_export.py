"""The export command end to end: a workspace policy to DOCX, HTML and PDF files."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html
import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Clause
from policy_studio.storage import Workspace


@pytest.fixture
def saved(workspace: Workspace, clauses: list[Clause]) -> Path:
    policy = policy_from_clauses(
        "Test notice", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.title["ar"] = "إشعار تجريبي"
    policy.organization = "Acme Ltd"
    policy.variables["contact_email"] = {"en": "hello@acme.example"}
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    path = workspace.path
    workspace.close()
    return Path(path)


def test_docx_columns_with_signoff(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notice.docx"
    code = main(
        [
            "export",
            "Test notice",
            "--lang",
            "en,ar",
            "--signoff",
            "Amina Yusuf, DPO; Omar Said, Director",
            "-o",
            str(out),
            "-w",
            str(saved),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.strip() == str(out)
    assert "retention_period" in captured.err  # unfilled variable reported, not fatal
    document = docx.Document(str(out))
    assert [c.text for c in document.tables[0].rows[0].cells] == ["English", "العربية"]
    assert [c.text for c in document.tables[-1].rows[2].cells][:2] == ["Omar Said", "Director"]


def test_html_from_a_saved_version_in_arabic(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "notice.html"
    assert (
        main(
            [
                "export",
                "Test notice",
                "--version",
                "1.0",
                "--lang",
                "ar",
                "-o",
                str(out),
                "-w",
                str(saved),
            ]
        )
        == 0
    )
    root = lxml.html.document_fromstring(out.read_text(encoding="utf-8"))
    assert root.get("dir") == "rtl"
    assert "Version" not in root.text_content() and "الإصدار: 1.0" in root.text_content()


def test_pdf_is_an_ordinary_row_written_without_qt(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    assert main(["export", "Test notice", "--format", "pdf", "-o", str(out), "-w", str(saved)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_errors_are_messages_not_tracebacks(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "Test notice", "-o", str(tmp_path / "x.odt"), "-w", str(saved)]) == 1
    assert "cannot tell the format" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "Test notice",
                "--version",
                "9",
                "-o",
                str(tmp_path / "x.html"),
                "-w",
                str(saved),
            ]
        )
        == 1
    )
    assert "no version '9'" in capsys.readouterr().err
    missing = tmp_path / "nope.docx"
    assert (
        main(
            [
                "export",
                "Test notice",
                "--reference-doc",
                str(missing),
                "-o",
                str(tmp_path / "x.docx"),
                "-w",
                str(saved),
            ]
        )
        == 1
    )
    assert "nope.docx: file not found" in capsys.readouterr().err


def test_unwritable_output_and_unknown_language_are_clear_errors(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in ("pdf", "docx", "html"):
        out = tmp_path / "missing-folder" / f"x.{suffix}"
        assert main(["export", "Test notice", "-o", str(out), "-w", str(saved)]) == 1
        err = capsys.readouterr().err
        assert f"x.{suffix}: cannot write" in err and "QPainter" not in err
    assert (
        main(
            [
                "export",
                "Test notice",
                "--lang",
                "fr",
                "-o",
                str(tmp_path / "x.html"),
                "-w",
                str(saved),
            ]
        )
        == 1
    )
    assert "'fr' is not one of this policy's languages (en, ar)" in capsys.readouterr().err


def test_single_layout_with_two_languages_is_a_clear_error(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.html"
    args = ["export", "Test notice", "--layout", "single", "--lang", "en,ar", "-o", str(out)]
    assert main([*args, "-w", str(saved)]) == 1
    err = capsys.readouterr().err
    assert "single layout takes one language (got en, ar)" in err and "Traceback" not in err
    assert not out.exists()


def test_set_title_and_set_meta_per_language_reach_the_arabic_cover(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = ["-w", str(saved)]
    assert main(["set-title", "Test notice", "--lang", "ar", "إشعار تجريبي", *workspace]) == 0
    assert (
        main(["set-meta", "Test notice", "--lang", "ar", "organization", "شركة أكمي", *workspace])
        == 0
    )
    assert main(["set-meta", "Test notice", "--lang", "ar", "subtitle", "للعملاء", *workspace]) == 0
    assert "organization [ar] = شركة أكمي" in capsys.readouterr().out
    out = tmp_path / "ar.html"
    assert main(["export", "Test notice", "--lang", "ar", "-o", str(out), *workspace]) == 0
    header = lxml.html.document_fromstring(out.read_text(encoding="utf-8")).find(".//header")
    assert header.find("h1").text_content() == "إشعار تجريبي"
    assert [p.text_content() for p in header.findall("p")][:2] == ["للعملاء", "شركة أكمي"]
    assert main(["set-meta", "Test notice", "--lang", "xx", "subtitle", "x", *workspace]) == 1
    assert "not one of this policy's languages" in capsys.readouterr().err
