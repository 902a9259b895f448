"""A bilingual file whose two sides differ by thousands of blocks aligns in bounded work.

Issue 18 (hostile input): a mutated Markdown file whose sides differ greatly in length made the
alignment search fill an n × m table; the search now stays inside a band with a cell budget.
"""

from __future__ import annotations

import random

import pytest

from policy_studio.io import align
from policy_studio.io.align import Unit


def _units(count: int, seed: int) -> list[Unit]:
    rng = random.Random(seed)
    return [
        Unit(kind="paragraph", markup="x", length=rng.randint(20, 400), anchors=frozenset())
        for _ in range(count)
    ]


def test_a_lopsided_pair_is_searched_within_the_cell_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    real = align._step_cost

    def counting(*args: object) -> tuple[float, tuple[str, str] | None]:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "_step_cost", counting)
    source, target = _units(3000, 1), _units(500, 2)
    path = align._align_stretch(source, target, 1.0)
    # Every unit of both sides is on the path exactly once: nothing dropped by the cap.
    assert sum(len(s) for s, _, _ in path) == 3000
    assert sum(len(t) for _, t, _ in path) == 500
    # Five moves per cell at most, within the budget (plus one row of slack per source unit).
    assert calls <= len(align._MOVES) * (align.STRETCH_CELL_BUDGET + 2 * 3001)


def test_a_small_drifted_pair_still_finds_the_merge() -> None:
    # Two source paragraphs translated as one: the band search must still find the 2–1 step.
    source = [
        Unit(kind="paragraph", markup="a", length=100, anchors=frozenset()),
        Unit(kind="paragraph", markup="b", length=120, anchors=frozenset()),
        Unit(kind="paragraph", markup="c", length=90, anchors=frozenset()),
    ]
    target = [
        Unit(kind="paragraph", markup="ab", length=225, anchors=frozenset()),
        Unit(kind="paragraph", markup="c", length=92, anchors=frozenset()),
    ]
    path = align._align_stretch(source, target, 1.0)
    assert [(len(s), len(t)) for s, t, _ in path] == [(2, 1), (1, 1)]
