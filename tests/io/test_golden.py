"""Golden files: the whole imported structure of each fixture, compared exactly.

A changed golden file is reviewed, never regenerated blindly: to write a missing one, run with
POLICY_STUDIO_WRITE_GOLDEN=1, then read the JSON and check it as a careful human would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from policy_studio.io import registry
from policy_studio.io.align import add_translation
from policy_studio.io.result import ReadResult

from .docx_package import make_docx
from .test_docx import BILINGUAL_BODY, LINKS

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"


def snapshot(result: ReadResult) -> dict[str, Any]:
    policy, report = result.policy, result.report
    return {
        "title": policy.title,
        "effective_date": policy.effective_date,
        "languages": policy.languages,
        "layout": report.layout,
        "sections": [
            {
                "title": section.heading.text,
                "blocks": [
                    {"kind": b.kind.value, "level": b.level, "text": b.text}
                    | (
                        {
                            "header_rows": b.table.header_rows,
                            "rows": [[c.text for c in row] for row in b.table.rows],
                        }
                        if b.table is not None
                        else {}
                    )
                    for b in section.blocks
                ],
            }
            for section in policy.sections
        ],
        "dropped": [[d.text, d.reason] for d in report.dropped],
        "unaligned": [[u.present, u.missing, u.section, u.text] for u in report.unaligned],
    }


def read(path: Path) -> ReadResult:
    result: ReadResult = registry.reader_for_path(path).load()(path)
    return result


def check(name: str, result: ReadResult) -> None:
    golden = GOLDEN / f"{name}.json"
    got = snapshot(result)
    if not golden.exists() and os.environ.get("POLICY_STUDIO_WRITE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "fixture",
    [
        "clinic_en.txt",
        "clinic_bilingual_sequential.txt",
        "clinic_bilingual_alternating.txt",
        "clinic_en.md",
        "clinic_ar.md",
        "clinic_bilingual.html",
    ],
)
def test_reader_output_matches_its_golden_file(fixture):
    check(fixture.replace(".", "_"), read(FIXTURES / fixture))


def test_two_files_match_their_golden_file():
    main = read(FIXTURES / "clinic_en.md")
    check("clinic_en_md+ar_md", add_translation(main, read(FIXTURES / "clinic_ar.md"), "ar"))


def test_docx_matches_its_golden_file(tmp_path):
    path = tmp_path / "clinic.docx"
    path.write_bytes(make_docx(BILINGUAL_BODY, links=LINKS))
    check("clinic_docx", read(path))
