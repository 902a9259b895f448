"""Control and bidi-override characters in a table cell are removed with a warning naming the
cell, as in any other field: before, clean_policy skipped cells, so the redline carried them
(the DOCX redline failed in lxml, the text one printed an override)."""

from __future__ import annotations

import io
import zipfile

from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.io.redline_format import RedlineOptions
from policy_studio.text.clean import cleaned

from .fixtures import table_policy

HOSTILE = "\x01\u202e\x1b[2J"


def _hostile_pair():
    old = table_policy()
    new = old.copy()
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows[1][0].set_text("en", f"Sending{HOSTILE} bills")
    table.rows[2][1].text["ar"] = f"المصلحة{HOSTILE} المشروعة"
    return old, new


def test_cleaning_a_policy_cleans_its_cells_and_names_them() -> None:
    _, new = _hostile_pair()
    clean, warnings = cleaned(new)
    table = clean.sections[0].blocks[1].table
    assert table is not None
    assert table.rows[1][0].get("en") == "Sending[2J bills"
    assert table.rows[2][1].get("ar") == "المصلحة[2J المشروعة"
    assert warnings == [
        "removed bidi override or control characters from section 1 table row 2 column 1 (en), "
        "section 1 table row 3 column 2 (ar)"
    ]
    assert new.sections[0].blocks[1].table.rows[1][0].get("en").startswith("Sending\x01")


def test_the_redlines_of_a_cell_with_control_characters_work_and_carry_none() -> None:
    old, new = _hostile_pair()
    redline = compare(old, new)
    _, text = registry.redline_writer("text")
    shown = text(redline, RedlineOptions())
    assert "Sending{+[2J+} bills" in shown
    _, docx = registry.redline_writer("docx")
    data = docx(redline, RedlineOptions(date="2026-01-01T00:00:00Z"))
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
    assert "[2J" in body
    for ch in "\x01\u202e\x1b":
        assert ch not in shown and ch not in body
