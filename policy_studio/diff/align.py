"""Aligning two ordered lists (sections, or blocks of a section): by id, then by similarity.

Items with the same stable id are the same item. Items left over (an imported document has no
ids in common with anything) are paired by exact text, then by fuzzy similarity (rapidfuzz).
difflib then finds the longest runs of pairs that kept their order; a pair outside those runs
has moved. The result is the merged reading order both the redline and its writers follow.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

T = TypeVar("T")

SIMILARITY_THRESHOLD = 60.0
"""rapidfuzz ratio (0–100) from which two leftover items count as the same, edited."""
SIMILARITY_CHARS = 600
"""Only the start of long texts is compared: enough to recognise a section, and fast."""
ALL_PAIRS_LIMIT = 20_000
"""Up to this many leftover pairs every pair is scored; beyond it only indexed candidates."""
RARE_TRIPLE = 8
"""A word triple found in more texts than this says nothing about which of them is which."""
CANDIDATES_PER_TEXT = 5


class Place(StrEnum):
    """Where one row of the merged order comes from."""

    SAME = "same"
    """In both, in order."""
    REMOVED = "removed"
    ADDED = "added"
    MOVED = "moved"
    """In both; this row is its new place."""
    MOVED_AWAY = "moved away"
    """In both; this row is its old place."""


@dataclass(frozen=True, slots=True)
class Row(Generic[T]):
    """One row of the merged order: the old item, the new item, or both."""

    place: Place
    old: T | None
    new: T | None
    old_index: int | None
    new_index: int | None


def pair_items(
    old: Sequence[T],
    new: Sequence[T],
    ident: Callable[[T], str],
    text: Callable[[T], str],
    label: Callable[[T], str] | None = None,
) -> dict[int, int]:
    """Old index → new index for items that are the same: by id, by exact text, by a label
    (a section's title) found once on each side, then by similarity."""
    pairs: dict[int, int] = {}
    new_by_id = {ident(item): j for j, item in enumerate(new)}
    for i, item in enumerate(old):
        j = new_by_id.get(ident(item))
        if j is not None and j not in pairs.values():
            pairs[i] = j
    taken = set(pairs.values())
    left_old = [i for i in range(len(old)) if i not in pairs]
    left_new = [j for j in range(len(new)) if j not in taken]
    if not left_old or not left_new:
        return pairs
    # Exact text first: cheap and unambiguous (first come, first served for duplicates).
    new_by_text: dict[str, list[int]] = {}
    for j in left_new:
        new_by_text.setdefault(text(new[j]), []).append(j)
    for i in list(left_old):
        bucket = new_by_text.get(text(old[i]))
        if bucket:
            j = bucket.pop(0)
            pairs[i] = j
            left_old.remove(i)
            left_new.remove(j)
    if label is not None and left_old and left_new:
        # An unchanged title names the same section even when its text was edited; only
        # titles that occur once on each side are trusted ("Overview" may repeat).
        old_labels: dict[str, list[int]] = {}
        new_labels: dict[str, list[int]] = {}
        for i in left_old:
            old_labels.setdefault(label(old[i]), []).append(i)
        for j in left_new:
            new_labels.setdefault(label(new[j]), []).append(j)
        for name, olds in old_labels.items():
            news = new_labels.get(name, [])
            if name.strip() and len(olds) == 1 and len(news) == 1:
                pairs[olds[0]] = news[0]
                left_old.remove(olds[0])
                left_new.remove(news[0])
    if not left_old or not left_new:
        return pairs
    old_texts = [text(old[i])[:SIMILARITY_CHARS] for i in left_old]
    new_texts = [text(new[j])[:SIMILARITY_CHARS] for j in left_new]
    scored: list[tuple[float, int, int, int]] = []
    if len(left_old) * len(left_new) > ALL_PAIRS_LIMIT:
        # Many leftovers (two long documents sharing no ids or titles): score only the pairs
        # that share rare word triples, found through an index — linear, not quadratic.
        for a, b in _candidates(old_texts, new_texts):
            score = fuzz.ratio(old_texts[a], new_texts[b], score_cutoff=SIMILARITY_THRESHOLD)
            if score:
                i, j = left_old[a], left_new[b]
                scored.append((float(score), -abs(i - j), i, j))
    else:
        # One C-level pass per old text over every new one (rapidfuzz extract) instead of a
        # Python double loop; not cdist, whose result is a numpy array (importing numpy cost
        # `compare` 40-100 ms).
        for a, i in enumerate(left_old):
            found = process.extract(
                old_texts[a],
                new_texts,
                scorer=fuzz.ratio,
                score_cutoff=SIMILARITY_THRESHOLD,
                limit=None,
            )
            for _, score, b in found:
                if score:
                    j = left_new[b]
                    # Prefer nearby positions when scores tie, so repeated wording pairs in order.
                    scored.append((float(score), -abs(i - j), i, j))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, _, i, j in sorted(scored, reverse=True):
        if i in used_old or j in used_new:
            continue
        pairs[i] = j
        used_old.add(i)
        used_new.add(j)
    return pairs


def _candidates(old_texts: list[str], new_texts: list[str]) -> set[tuple[int, int]]:
    """Pairs (old, new) sharing a word triple that occurs in few texts: each old text's best
    few partners by the number of triples they share."""
    index: dict[tuple[str, ...], list[int]] = {}
    for b, value in enumerate(new_texts):
        words = value.split()
        for triple in {tuple(words[k : k + 3]) for k in range(max(1, len(words) - 2))}:
            index.setdefault(triple, []).append(b)
    out: set[tuple[int, int]] = set()
    for a, value in enumerate(old_texts):
        words = value.split()
        shared: dict[int, int] = {}
        for triple in {tuple(words[k : k + 3]) for k in range(max(1, len(words) - 2))}:
            partners = index.get(triple, ())
            if len(partners) <= RARE_TRIPLE:
                for b in partners:
                    shared[b] = shared.get(b, 0) + 1
        for b in sorted(shared, key=lambda k: -shared[k])[:CANDIDATES_PER_TEXT]:
            out.add((a, b))
    return out


def merge_order(
    old: Sequence[T],
    new: Sequence[T],
    ident: Callable[[T], str],
    text: Callable[[T], str],
    label: Callable[[T], str] | None = None,
) -> list[Row[T]]:
    """The merged reading order of ``old`` and ``new``, with moves told apart from edits."""
    pairs = pair_items(old, new, ident, text, label)
    back = {j: i for i, j in pairs.items()}
    old_keys = [f"p{pairs[i]}" if i in pairs else f"o{i}" for i in range(len(old))]
    new_keys = [f"p{j}" if j in back else f"n{j}" for j in range(len(new))]
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    rows: list[Row[T]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                rows.append(Row(Place.SAME, old[i], new[j], i, j))
            continue
        for i in range(i1, i2):
            place = Place.MOVED_AWAY if i in pairs else Place.REMOVED
            rows.append(Row(place, old[i], None, i, pairs.get(i)))
        for j in range(j1, j2):
            if j in back:
                rows.append(Row(Place.MOVED, old[back[j]], new[j], back[j], j))
            else:
                rows.append(Row(Place.ADDED, None, new[j], None, j))
    return rows
