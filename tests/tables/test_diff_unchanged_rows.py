"""An unchanged table row is carried by the redline as one record whose cell entries are built
when asked for (issue 13: the diff of 100 tables within 1.5× of their words as paragraphs).
What every reader of the redline shows stays exactly what the cell-by-cell comparison gives:
the text, JSON, HTML and DOCX redlines, the accepted and rejected texts, the summary."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings

from policy_studio.diff import Change, compare, document_lines
from policy_studio.diff.compare import _Comparer
from policy_studio.io import registry
from policy_studio.io.redline_format import RedlineOptions
from policy_studio.model import Block, BlockKind, Policy, Section, make_table

from .test_diff import table_pairs

OPTIONS = RedlineOptions(date="2026-01-01T00:00:00Z", title="Rows")


def _policy() -> Policy:
    """Two tables of five rows (one with markup in a cell, one with a header of two rows)."""
    rows = [
        [{"en": f"purpose {r} column {c}", "ar": f"الغرض {r} العمود {c}"} for c in range(1, 4)]
        for r in range(1, 6)
    ]
    rows[3][1] = {"en": "**kept** bold", "ar": "**محفوظ** عريض"}
    first = make_table(rows, header_rows=1)
    second = make_table([[dict(cell) for cell in row] for row in rows[:4]], header_rows=2)
    sections = [
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Purposes", "ar": "الأغراض"}),
            blocks=[
                Block(BlockKind.PARAGRAPH, {"en": "Read the table.", "ar": "اقرأ الجدول."}),
                first,
                second,
            ],
        ),
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Untouched", "ar": "بلا تغيير"}),
            blocks=[make_table([[dict(cell) for cell in row] for row in rows[:3]])],
        ),
    ]
    return Policy(title={"en": "Rows", "ar": "صفوف"}, target_languages=["ar"], sections=sections)


def _edited(old: Policy) -> Policy:
    new = old.copy()
    first = new.sections[0].blocks[1].table
    second = new.sections[0].blocks[2].table
    assert first is not None and second is not None
    first.rows[2][2].set_text("en", "purpose 3 column 3, changed")
    first.rows.pop(4)
    first.rows.insert(1, [Block(BlockKind.CELL, {"en": f"new {c}", "ar": "جديد"}) for c in "ab"])
    first.rows[1].append(Block(BlockKind.CELL, {"en": "", "ar": ""}))
    second.rows[3][0].set_text("ar", "الغرض المعدل")
    return new


def _outputs(old: Policy, new: Policy) -> dict[str, object]:
    redline = compare(old, new)
    out: dict[str, object] = {"repr": repr(redline)}
    for name in ("text", "json", "html"):
        _, write = registry.redline_writer(name)
        out[name] = write(redline, OPTIONS)
        out[name + " ar"] = write(redline, RedlineOptions(lang="ar", changed_only=True))
    _, write = registry.redline_writer("docx")
    data = write(redline, OPTIONS)
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        out["docx"] = package.read("word/document.xml")
    for lang in ("en", "ar"):
        out["old " + lang] = redline.old_lines(lang)
        out["new " + lang] = redline.new_lines(lang)
    out["hunks"] = redline.edit_hunks()
    out["empty"] = redline.is_empty
    return out


def _without_row_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Comparer, "unchanged_row", lambda self, a, b, i, j: None)


def test_unchanged_rows_are_carried_whole_until_something_asks_for_their_cells() -> None:
    old = _policy()
    redline = compare(old, _edited(old))
    first, second = redline.sections[0].blocks[1:]
    assert first.rows is not None and second.rows is not None
    assert [r.change for r in first.rows] == [
        Change.EQUAL,
        Change.ADDED,
        Change.EQUAL,
        Change.CHANGED,
        Change.EQUAL,  # the row with a bold cell: compared cell by cell
        Change.REMOVED,
    ]
    assert [r.deferred for r in first.rows] == [True, False, True, False, False, False]
    assert [r.deferred for r in second.rows] == [True, True, True, False]
    (untouched,) = redline.sections[1].blocks
    assert untouched.rows is not None and all(r.deferred for r in untouched.rows)
    # The summary, the count of entries and the list of changes leave them unbuilt.
    assert redline.summary.blocks_changed == 2
    # "changed", "new a", "new b"; "جديد" twice and "المعدل" (article and word)
    assert redline.summary.words_inserted == {"en": 5, "ar": 4}
    section = redline.sections[0]
    assert section.entry_count() == len(section.entries())
    assert [entry for _, entry in section.indexed_changes()] == [
        e for e in section.entries() if e.change is not Change.EQUAL
    ]
    # Asked for, they are the cells, each in its place in both tables, in every language.
    row = first.rows[2]
    assert [c.change for c in row.cells] == [Change.EQUAL] * 3
    assert [(c.old_cell, c.new_cell) for c in row.cells] == [((2, c), (3, c)) for c in (1, 2, 3)]
    assert [c.new_text("ar") for c in row.cells] == [
        "الغرض 2 العمود 1",
        "الغرض 2 العمود 2",
        "الغرض 2 العمود 3",
    ]
    assert not row.deferred and row.cells is row.cells


def test_every_redline_output_is_the_cell_by_cell_one(monkeypatch: pytest.MonkeyPatch) -> None:
    old = _policy()
    new = _edited(old)
    pairs = [(old, new), (new, old), (old, old.copy())]
    fast = [_outputs(a, b) for a, b in pairs]
    _without_row_records(monkeypatch)
    full = [_outputs(a, b) for a, b in pairs]
    for one, other in zip(fast, full, strict=True):
        assert one.keys() == other.keys()
        for key in one:
            assert one[key] == other[key], key
    assert "[row 4, column 3, was row 3, column 3] purpose 3 column 3{+, changed+}" in str(
        fast[0]["text"]
    )
    assert fast[2]["empty"] is True


def test_editing_the_policy_after_the_comparison_changes_no_unchanged_row() -> None:
    old = _policy()
    new = _edited(old)
    redline = compare(old, new)
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows[0][0].set_text("en", "edited after the comparison")
    table.rows[0][0].text["ar"] = "بعد المقارنة"
    table.rows[0][0].id = "other"
    (cell, *_) = redline.sections[0].blocks[1].cells()
    assert (cell.old_text("en"), cell.new_text("en")) == ("purpose 1 column 1",) * 2
    assert cell.new_text("ar") == "الغرض 1 العمود 1"
    assert cell.new_id != "other"


@settings(max_examples=60, deadline=None)
@given(table_pairs())
def test_random_table_edits_give_the_same_redline_with_and_without_row_records(pair) -> None:
    old, new = pair
    redline = compare(old, new)
    for section in redline.sections:
        entries = section.entries()
        assert section.entry_count() == len(entries)
        assert list(section.indexed_changes()) == [
            (i, e) for i, e in enumerate(entries) if e.change is not Change.EQUAL
        ]
    with pytest.MonkeyPatch.context() as patch:
        _without_row_records(patch)
        full = compare(old, new)
    assert repr(compare(old, new)) == repr(full)
    for lang in ("en", "ar"):
        assert redline.old_lines(lang) == document_lines(old, lang)
        assert redline.new_lines(lang) == document_lines(new, lang)


def test_the_docx_redline_looks_each_paragraph_style_up_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """python-docx looks a style name up among every style of the document on each call
    (~3 ms): once per paragraph, the redline of 100 tables of 40 cells took 10 s instead of
    1.9 s. The writer asks once per name; the document is the same."""
    from docx.styles.styles import Styles

    old = _policy()
    new = _edited(old)
    redline = compare(old, new)
    _, write = registry.redline_writer("docx")
    lookups: list[str] = []
    real = Styles._get_style_id_from_name

    def counted(self, name, style_type):
        lookups.append(name)
        return real(self, name, style_type)

    monkeypatch.setattr(Styles, "_get_style_id_from_name", counted)
    write(redline, OPTIONS)
    cells = sum(len(row.cells) for b in redline.sections[0].blocks for row in b.rows or [])
    assert cells >= 30
    assert len(lookups) < 15, lookups
