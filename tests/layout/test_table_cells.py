"""Table cells in the layout: a cell of plain text carries it as ``plain`` and makes its run only
when asked (the writers write it from the text; issue 13), with the runs any other cell has."""

from __future__ import annotations

from policy_studio.layout import Cell, ExportOptions, Table, build
from policy_studio.model import Policy, Section, make_table
from policy_studio.text.markup import Run


def _cells(lang: str) -> list[list[Cell]]:
    rows = [
        [{"en": "Purpose", "ar": "الغرض"}, {"en": "**Basis**", "ar": "الأساس"}],
        [{"en": "Billing", "ar": "الفواتير عبر Stripe"}, {"en": "", "ar": ""}],
    ]
    policy = Policy(
        title={"en": "T", "ar": "ج"},
        target_languages=["ar"],
        sections=[Section(blocks=[make_table(rows)])],
    )
    (table,) = build(policy, ExportOptions([lang])).parts[0].sections[0].items
    assert isinstance(table, Table)
    return table.rows


def test_plain_cells_keep_their_text_and_make_the_same_run() -> None:
    en = _cells("en")
    assert [[c.plain for c in row] for row in en] == [["Purpose", None], ["Billing", None]]
    assert en[0][0].runs == [Run("Purpose")]
    assert en[0][1].runs == [Run("Basis", bold=True)]
    assert [[c.text for c in row] for row in en] == [["Purpose", "Basis"], ["Billing", ""]]
    assert en[1][1].runs == [] and not en[1][1].untranslated


def test_an_arabic_cell_with_a_latin_item_is_cut_into_runs() -> None:
    ar = _cells("ar")
    assert ar[0][0].plain == "الغرض" and ar[0][0].runs == [Run("الغرض")]
    stripe = ar[1][0]
    assert stripe.plain is None
    assert [(r.text, r.ltr) for r in stripe.runs] == [("الفواتير عبر ", False), ("Stripe", True)]


def test_a_plain_cell_equals_the_same_cell_made_of_its_run() -> None:
    assert Cell(plain="Billing", block_id="c1") == Cell([Run("Billing")], block_id="c1")
    assert Cell(plain="Billing") != Cell([Run("Billing", bold=True)])
    assert Cell(plain="") == Cell([]) and Cell(plain="a") != Cell(plain="a", untranslated=True)
