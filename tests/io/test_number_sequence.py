"""A typed number is a heading's number only when it continues the document's count.

"12 Harbour Road" in a contact block, between "1 Who we are" and "2 What we collect", was read as
section "Harbour Road" with its 12 taken away as numbering: the address lost its house number.
The decision now looks at every numbered heading of the document (issue 12: evidence across
the whole document, not line by line).
"""

from __future__ import annotations

from pathlib import Path

import docx

from policy_studio.io.import_flow import read_any
from policy_studio.io.result import ReadResult

LINES = [
    "Lakeside Dental privacy notice",
    "1 Who we are",
    "Lakeside Dental runs two clinics and keeps the records of the patients it treats there.",
    "Our postal address is below; letters reach the practice manager within a week.",
    "12 Harbour Road",
    "2 What we keep",
    "We keep your name, your phone number and the notes of every visit you make to us.",
    "3 How long we keep it",
    "We keep the notes for ten years after your last visit and then destroy them safely.",
]


def _titles(result: ReadResult) -> list[str]:
    return [s.title("en") for s in result.policy.sections]


def _texts(result: ReadResult) -> list[str]:
    return [b.get("en") for s in result.policy.sections for b in s.blocks]


def _check(result: ReadResult) -> None:
    assert _titles(result) == ["Who we are", "What we keep", "How long we keep it"]
    assert "12 Harbour Road" in "\n".join(_texts(result))
    changed = [c.before for c in result.report.changed]
    assert "12 Harbour Road" not in changed  # nothing taken from it, so nothing reported
    assert {"1 Who we are", "2 What we keep", "3 How long we keep it"} <= set(changed)
    for count in result.report.words.values():
        assert count.unaccounted == 0


def test_a_house_number_in_plain_text_stays_in_its_line(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")  # one line per paragraph
    _check(read_any(path))


def test_a_house_number_in_an_unstyled_docx_stays_in_its_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)  # typed, not styled: read like plain text
    path = tmp_path / "notice.docx"
    document.save(str(path))
    _check(read_any(path))


def test_a_section_taken_out_still_leaves_its_neighbours_numbered(tmp_path: Path) -> None:
    # 1, 2, 4, 5: a gap is a section taken out, not an address.
    lines = [
        "Harbour Gym privacy notice",
        "1 Who we are",
        "Harbour Gym is a members' club that keeps the details of everyone who trains there.",
        "2 What we keep",
        "We keep your name, your membership plan and the times you came in to train with us.",
        "4 Your rights",
        "You may ask for a copy of what we keep about you at the front desk at any time.",
        "5 Contact",
        "Write to the manager at the front desk, who answers every letter within a week.",
    ]
    path = tmp_path / "gym.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_any(path)
    assert _titles(result) == ["Who we are", "What we keep", "Your rights", "Contact"]
