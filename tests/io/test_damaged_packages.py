"""Damaged DOCX packages and libxml2 messages end in one clean line (issue 18 items 12, 13)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from policy_studio.cli import main
from policy_studio.io.import_flow import read_any
from policy_studio.io.package_safety import one_line
from policy_studio.model import PolicyStudioError


def _damaged_deflate(tmp_path: Path) -> Path:
    """A DOCX whose document.xml deflate stream starts with a reserved block type (zlib.error)."""
    path = tmp_path / "damaged.docx"
    document = docx.Document()
    document.add_paragraph("Who we are")
    document.save(str(path))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
    header = info.header_offset
    name_len = int.from_bytes(data[header + 26 : header + 28], "little")
    extra_len = int.from_bytes(data[header + 28 : header + 30], "little")
    start = header + 30 + name_len + extra_len
    data[start] = 0xFF  # BFINAL=1, BTYPE=11: "invalid block type"
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_compressed_part_is_a_clean_error(tmp_path: Path) -> None:
    path = _damaged_deflate(tmp_path)
    with pytest.raises(PolicyStudioError, match=r"damaged.docx: the file is damaged"):
        read_any(path)


def test_the_cli_reports_the_damaged_part_on_one_line(tmp_path: Path, capsys) -> None:
    path = _damaged_deflate(tmp_path)
    assert main(["import", str(path), "-w", str(tmp_path / "w.pstudio")]) == 1
    err = capsys.readouterr().err
    assert "internal error" not in err and "zlib" not in err.split(":")[0]
    assert len(err.strip().splitlines()) == 1
    assert "damaged.docx: the file is damaged or truncated" in err


def test_a_library_message_is_cut_to_its_first_line() -> None:
    assert one_line("Opening and ending tag mismatch\n  <a></b>\n     ^") == (
        "Opening and ending tag mismatch"
    )
    assert one_line("\n") == "no details"
