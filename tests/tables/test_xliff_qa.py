"""XLIFF (1.2 and 2.0) has one unit per cell with a stable id; QA checks each cell."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from policy_studio.app.xliff_import import import_xliff
from policy_studio.checks.progress import translation_progress
from policy_studio.io.writers.xliff import policy_to_xliff
from policy_studio.io.writers.xliff2 import policy_to_xliff2
from policy_studio.model import Status

from .fixtures import table_policy

X12 = "{urn:oasis:names:tc:xliff:document:1.2}"


def test_xliff_has_one_unit_per_cell_noted_with_row_and_column() -> None:
    root = etree.fromstring(policy_to_xliff(table_policy(), "ar"))
    units = root.findall(f".//{X12}trans-unit")
    ids = [u.get("id") for u in units]
    assert ids == ["h1", "p1", *(f"tbl1.r{r}c{c}" for r in (1, 2, 3) for c in (1, 2)), "p2"]
    cell = units[ids.index("tbl1.r3c2")]
    assert "".join(cell.find(f"{X12}source").itertext()) == "legitimate interest"
    notes = [n.text for n in cell.findall(f"{X12}note")]
    assert any("row 3, column 2" in (n or "") for n in notes)
    root2 = etree.fromstring(policy_to_xliff2(table_policy(), "ar"))
    ids2 = [u.get("id") for u in root2.iter("{urn:oasis:names:tc:xliff:document:2.0}unit")]
    assert "tbl1.r1c1" in ids2 and "tbl1" not in ids2


def test_a_cell_translated_in_a_tool_comes_back_into_that_cell(tmp_path: Path) -> None:
    policy = table_policy()
    cell = policy.find_block("tbl1.r2c2")
    assert cell is not None
    cell[1].text.pop("ar")
    root = etree.fromstring(policy_to_xliff(policy, "ar"))
    for unit in root.iter(f"{X12}trans-unit"):
        if unit.get("id") == "tbl1.r2c2":
            target = unit.find(f"{X12}target")
            target.text = "العقد"
            target.set("state", "translated")
    path = tmp_path / "t.xlf"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    import_xliff(policy, path)
    cell = policy.find_block("tbl1.r2c2")
    assert cell is not None
    assert cell[1].get("ar") == "العقد"
    assert cell[1].state("ar").status is Status.TRANSLATED
    other = policy.find_block("tbl1.r2c1")
    assert other is not None and other[1].get("ar") == "إرسال الفواتير"


def test_progress_counts_cells_as_segments() -> None:
    policy = table_policy()
    first = translation_progress(policy, "ar")
    cell = policy.find_block("tbl1.r3c1")
    assert cell is not None
    cell[1].text.pop("ar")
    after = translation_progress(policy, "ar")
    assert after.total == first.total == 9
    assert after.untranslated == first.untranslated + 1
