"""Diffing tables: cell-level changes, rows added, removed and moved; exact accept/reject."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from policy_studio.diff import Change, compare, document_lines
from policy_studio.io import registry
from policy_studio.io.writers.redline_html import redline_to_html
from policy_studio.model import Block, BlockKind, Policy, Section, make_table
from policy_studio.oxml.tracked_changes import accepted_text, original_text

from .fixtures import table_policy

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def table_entry(redline):
    (entry,) = [e for s in redline.sections for e in s.blocks if e.rows is not None]
    return entry


def test_a_changed_cell_is_a_word_change_in_that_cell_only() -> None:
    old = table_policy()
    new = old.copy()
    new.sections[0].blocks[1].segments[3].set_text("en", "our contract with you")
    new.sections[0].blocks[1].segments[3].set_text("ar", "العقد المبرم معك")
    redline = compare(old, new)
    entry = table_entry(redline)
    assert entry.change is Change.CHANGED
    changes = [[c.change for c in row.cells] for row in entry.rows]
    assert changes == [
        [Change.EQUAL, Change.EQUAL],
        [Change.EQUAL, Change.CHANGED],
        [Change.EQUAL, Change.EQUAL],
    ]
    assert [r.change for r in entry.rows] == [Change.EQUAL, Change.CHANGED, Change.EQUAL]
    cell = entry.rows[1].cells[1]
    assert (cell.old_text("en"), cell.new_text("en")) == ("contract", "our contract with you")
    assert cell.new_text("ar") == "العقد المبرم معك"
    assert redline.summary.words_inserted["en"] == 3  # our, with, you
    assert redline.summary.blocks_changed == 1


def test_rows_added_removed_and_moved() -> None:
    old = table_policy()
    new = old.copy()
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows.insert(1, table.rows.pop(2))  # "Answering" now before "Sending bills"
    table.rows.append(
        [
            Block(BlockKind.CELL, {"en": "Audits", "ar": "التدقيق"}, id="n1"),
            Block(BlockKind.CELL, {"en": "law", "ar": "القانون"}, id="n2"),
        ]
    )
    redline = compare(old, new)
    kinds = [(r.change, r.cells[0].segments["en"][0].text) for r in table_entry(redline).rows]
    assert (Change.ADDED, "Audits") in kinds
    assert {c for c, _ in kinds} >= {Change.MOVED, Change.MOVED_AWAY}
    for lang in ("en", "ar"):
        assert redline.old_lines(lang) == document_lines(old, lang)
        assert redline.new_lines(lang) == document_lines(new, lang)
    again = new.copy()
    again_table = again.sections[0].blocks[1].table
    assert again_table is not None
    del again_table.rows[2]  # "Sending bills" removed
    redline = compare(new, again)
    kinds = [(r.change, r.cells[0].segments["en"][0].text) for r in table_entry(redline).rows]
    assert kinds == [
        (Change.EQUAL, "Purpose"),
        (Change.EQUAL, "Answering you at help@example.org"),
        (Change.REMOVED, "Sending bills"),
        (Change.EQUAL, "Audits"),
    ]
    assert redline.summary.blocks_changed == 1


def _docx_lines(path: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    children = list(body)
    # Everything after the first language heading (the summary table comes before it).
    start = next(
        i
        for i, el in enumerate(children)
        if el.find(f"{W}pPr/{W}pStyle") is not None
        and el.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
    )

    def separator(index: int) -> bool:
        """The empty paragraph that keeps two adjacent tables apart (no line of text)."""
        el = children[index]
        return (
            el.tag == f"{W}p"
            and not el.findall(f".//{W}r")
            and 0 < index < len(children) - 1
            and children[index - 1].tag == children[index + 1].tag == f"{W}tbl"
        )

    paragraphs = [
        p
        for index in range(start + 1, len(children))
        if not separator(index)
        for p in children[index].iter(f"{W}p")
    ]
    accepted = [t for t in map(accepted_text, paragraphs) if t is not None]
    original = [t for t in map(original_text, paragraphs) if t is not None]
    return accepted, original


def test_docx_redline_shows_the_table_and_accept_reject_give_exact_texts(
    tmp_path: Path, export_lines
) -> None:
    old = table_policy()
    new = old.copy()
    cells = new.sections[0].blocks[1].segments
    cells[2].set_text("en", "Sending bills by post")
    cells[2].set_text("ar", "إرسال الفواتير بالبريد")
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows.pop(2)
    for lang in ("en", "ar"):
        path = tmp_path / f"r-{lang}.docx"
        registry.writer("redline-docx")(
            compare(old, new, [lang]), path, date="2026-01-01T00:00:00Z"
        )
        accepted, original = _docx_lines(path)
        assert accepted == export_lines(new, lang)
        assert original == export_lines(old, lang)
        with zipfile.ZipFile(path) as archive:
            xml = etree.fromstring(archive.read("word/document.xml"))
        tables = xml.findall(f".//{W}tbl")
        content = tables[-1]
        rows = content.findall(f"{W}tr")
        assert len(rows) == 3
        # The removed row is tracked as a deleted row; the RTL table is mirrored.
        assert rows[2].find(f"{W}trPr/{W}del") is not None
        assert (content.find(f"{W}tblPr/{W}bidiVisual") is not None) == (lang == "ar")


def test_html_redline_draws_the_table_with_marked_cells_and_rows() -> None:
    old = table_policy()
    new = old.copy()
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows[2][1].set_text("ar", "المصلحة المشروعة لنا")
    del table.rows[1]
    text = redline_to_html(compare(old, new), lang="ar")
    assert '<table class="redline-table" dir="rtl">' in text
    assert "المصلحة المشروعة<ins> لنا</ins>" in text
    assert '<tr class="row-removed"><td><del>إرسال الفواتير</del></td>' in text
    assert '<tr class="row-equal"><th>' in text


words = st.lists(
    st.sampled_from(["we", "keep", "data", "two", "years", "law"]), min_size=1, max_size=5
).map(" ".join)
arabic = st.lists(
    st.sampled_from(["نحتفظ", "بالبيانات", "سنتين", "القانون"]), min_size=1, max_size=5
).map(" ".join)


@st.composite
def table_pairs(draw):
    counter = iter(range(10_000))

    def cell() -> Block:
        return Block(
            BlockKind.CELL, {"en": draw(words), "ar": draw(arabic)}, id=f"c{next(counter)}"
        )

    def para() -> Block:
        return Block(
            BlockKind.PARAGRAPH, {"en": draw(words), "ar": draw(arabic)}, id=f"b{next(counter)}"
        )

    blocks = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            cols = draw(st.integers(1, 3))
            t = make_table([[{}] * cols for _ in range(draw(st.integers(1, 4)))])
            t.id = f"t{next(counter)}"
            assert t.table is not None
            t.table.rows = [[cell() for _ in range(cols)] for _ in t.table.rows]
            blocks.append(t)
        else:
            blocks.append(para())
    heading = Block(BlockKind.TITLE, {"en": draw(words), "ar": draw(arabic)}, id="h")
    old = Policy(
        title={"en": "P"},
        id="p",
        target_languages=["ar"],
        sections=[Section(heading=heading, blocks=blocks, id="s")],
    )
    new = old.copy()
    tables = [b for b in new.sections[0].blocks if b.table is not None]
    for _ in range(draw(st.integers(0, 6))):
        action = draw(
            st.sampled_from(
                [
                    "edit",
                    "add_row",
                    "drop_row",
                    "move_row",
                    "add_col",
                    "drop_col",
                    "move_block",
                    "drop_block",
                ]
            )
        )
        body = new.sections[0].blocks
        if action == "move_block" and body:
            b = body.pop(draw(st.integers(0, len(body) - 1)))
            body.insert(draw(st.integers(0, len(body))), b)
            continue
        if action == "drop_block" and body:
            b = body.pop(draw(st.integers(0, len(body) - 1)))
            if b in tables:
                tables.remove(b)
            continue
        if not tables:
            continue
        t = draw(st.sampled_from(tables)).table
        assert t is not None
        if action == "edit" and t.cells():
            c = draw(st.sampled_from(t.cells()))
            c.text["en" if draw(st.booleans()) else "ar"] = draw(words | arabic)
        elif action == "add_row":
            t.rows.insert(
                draw(st.integers(0, len(t.rows))), [cell() for _ in range(max(1, t.columns))]
            )
        elif action == "drop_row" and len(t.rows) > 1:
            t.rows.pop(draw(st.integers(0, len(t.rows) - 1)))
        elif action == "move_row" and t.rows:
            r = t.rows.pop(draw(st.integers(0, len(t.rows) - 1)))
            t.rows.insert(draw(st.integers(0, len(t.rows))), r)
        elif action == "add_col":
            at = draw(st.integers(0, t.columns))
            for row in t.rows:
                row.insert(at, cell())
        elif action == "drop_col" and t.columns > 1:
            at = draw(st.integers(0, t.columns - 1))
            for row in t.rows:
                del row[at]
    return old, new


@settings(max_examples=120, deadline=None)
@given(table_pairs())
def test_redline_rebuilds_both_versions_with_random_table_edits(pair) -> None:
    old, new = pair
    redline = compare(old, new)
    for lang in ("en", "ar"):
        assert redline.old_lines(lang) == document_lines(old, lang)
        assert redline.new_lines(lang) == document_lines(new, lang)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table_pairs(), st.sampled_from(["en", "ar"]))
def test_docx_accept_and_reject_all_with_random_table_edits(
    tmp_path, export_lines, pair, lang
) -> None:
    old, new = pair
    path = tmp_path / "r.docx"
    registry.writer("redline-docx")(compare(old, new, [lang]), path, date="2026-01-01T00:00:00Z")
    accepted, original = _docx_lines(path)
    assert accepted == export_lines(new, lang)
    assert original == export_lines(old, lang)


def test_json_and_text_redlines_name_each_changed_cells_row_and_column() -> None:
    """Issue 13: "the JSON and text redlines do not name each cell's row and column"."""
    old = table_policy()
    new = old.copy()
    cells = new.sections[0].blocks[1].segments
    cells[2].set_text("en", "Sending bills by post")
    redline = compare(old, new, ["en"])
    data = registry.writer("redline-json")(redline)
    changed = [c for s in data["sections"] for c in s["changes"] if c.get("role") == "cell"]
    assert changed, data
    table = new.sections[0].blocks[1].table
    assert table is not None
    row, column = table.position(cells[2].id)
    assert [(c["row"], c["column"]) for c in changed] == [(row + 1, column + 1)]
    text = registry.writer("redline-text")(redline, "en")
    assert f"[row {row + 1}, column {column + 1}] " in text
    assert "{+Sending bills by post+}" in text or "Sending" in text
