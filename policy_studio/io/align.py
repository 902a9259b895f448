"""Bilingual alignment: two single-language policies become one policy with parallel blocks.

The source policy keeps its structure; the target's title, headings and blocks are attached to
the source units they translate. Both documents are flattened to a sequence of units (title,
section headings, blocks) and aligned by dynamic programming in the Gale–Church tradition: the
cost of a match is how unlikely the target length is given the source length (a normal model of
the character-length ratio, estimated from the two documents), plus what the structure says —
the same kind of unit (heading with heading, bullet with bullet), the same numbers, e-mail
addresses, links and source anchors (kramdown ``{: #id }``) on both sides. Matches may be 1–1,
1–0, 0–1, 2–1 and 1–2; a 2–1 match of (heading, paragraph) with one target paragraph that opens
with a run-in label ("العنوان: النص") splits the label off as the heading's translation.

What cannot be aligned is never dropped: it stays in the policy with text in one language only,
and is listed as an UnalignedPart (missing in the other language).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import Block, BlockKind, Policy, Section, Status, TranslationState
from ..text.markup import plain_text
from . import review_import
from .reasons import said, several
from .result import TITLE_ORIGIN, CheckPair, ReadResult, UnalignedPart, placed_origins

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯", "012345678901234567890123456789")
# Linear time on untrusted text: an address may start only where the previous character could
# not belong to it, and a link target stops at the next "(" (issue 18 item 9).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\]\(([^()\s]+)\)|https?://[^\s)\]]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

VARIANCE = 6.8
"""Gale & Church's variance of the length ratio per source character."""
INFINITY = float("inf")


@dataclass(slots=True)
class Unit:
    """One alignable piece of a flattened policy."""

    kind: str
    """``title``, ``heading`` (a section title) or a BlockKind value."""
    markup: str
    length: int
    anchors: frozenset[str]
    """Numbers, e-mail addresses and link targets: language-neutral evidence."""
    ident: str = ""
    """A source anchor id, when the file gave one."""
    starts_section: bool = False
    section: int = -1
    """Index of the section in its policy (-1 for the title)."""
    block: Block | None = None
    """The block (section heading or body block); None for the policy title."""
    words: frozenset[str] = frozenset()
    """Latin-script words, lower case (for names kept untranslated in another script)."""
    names: frozenset[str] = frozenset()
    """Latin words inside mostly non-Latin text ("Firefox" in Arabic): strong evidence."""


@dataclass(slots=True)
class Alignment:
    """The merged policy and what could not be paired."""

    policy: Policy
    unaligned: list[UnalignedPart] = field(default_factory=list)
    check_pairs: list[CheckPair] = field(default_factory=list)
    """Pairs kept together on weak evidence: their targets are drafts, not translations."""
    warnings: list[str] = field(default_factory=list)
    placed: dict[str, list[str]] = field(default_factory=dict)
    """Target block id (``"title"`` for the title) → the merged policy's block ids holding its
    text now (several when it was split): lets the import preview find each text's line."""

    def place(self, target: Unit, source: Block | None) -> None:
        key = target.block.id if target.block is not None else TITLE_ORIGIN
        self.placed.setdefault(key, []).append(source.id if source is not None else TITLE_ORIGIN)


def evidence(markup: str) -> frozenset[str]:
    """Language-neutral tokens of a text: links, e-mail addresses, numbers (digits folded)."""
    text = markup.translate(_DIGITS)
    found: set[str] = set()
    for m in _URL.finditer(text):
        found.add("url:" + (m.group(1) or m.group(0)).rstrip("/.").lower())
    for m in _EMAIL.finditer(text):
        found.add("mail:" + m.group(0).lower())
    stripped = _URL.sub(" ", _EMAIL.sub(" ", text))
    for m in _NUMBER.finditer(stripped):
        found.add("num:" + m.group(0).replace(",", ""))
    return frozenset(found)


_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]{2,}")


_SYNTAX = re.compile(r"\]\([^()\s]*\)|\\(?=[\\*_\[\]{}])|\*\*|(?<!\\)[*\[\]]")


def visible(markup: str) -> str:
    """The text of ``markup`` without link targets, emphasis marks and escapes — close to
    plain_text() and far cheaper (no inline parser): enough for lengths and names."""
    return _SYNTAX.sub("", markup) if any(ch in markup for ch in "*[]\\") else markup


def _latin(markup: str) -> tuple[frozenset[str], frozenset[str]]:
    text = _URL.sub(" ", visible(markup))
    words = frozenset(w.lower() for w in _LATIN_WORD.findall(text))
    letters = len(_LETTER.findall(text))
    latin = len(_ASCII_LETTER.findall(text))
    return words, (words if letters and latin * 2 < letters else frozenset())


def _names_cost(s: list[Unit], t: list[Unit]) -> float:
    """Names left in Latin letters inside Arabic (or Bengali) text must appear on the other side."""
    if len(s) == 1 and len(t) == 1:  # the common case, without building new sets
        a, b = s[0], t[0]
        names, words = (b.names, a.words) if b.names else (a.names, b.words)
        return 1.5 - 3.0 * len(names & words) / len(names) if names else 0.0
    names = frozenset().union(*(u.names for u in t))
    words = frozenset().union(*(u.words for u in s))
    if not names:
        names = frozenset().union(*(u.names for u in s))
        words = frozenset().union(*(u.words for u in t))
    if not names:
        return 0.0
    return 1.5 - 3.0 * len(names & words) / len(names)


def flatten(policy: Policy, lang: str, idents: dict[str, str] | None = None) -> list[Unit]:
    """The policy as a sequence of units in reading order."""
    idents = idents or {}
    units: list[Unit] = []
    title = policy.title.get(lang, "")
    if title.strip():
        units.append(Unit("title", title, len(title), evidence(title)))
    for index, section in enumerate(policy.sections):
        first = True
        if section.title(lang).strip():
            text = section.title(lang)
            units.append(
                Unit(
                    "heading",
                    text,
                    len(visible(text)),
                    evidence(text),
                    idents.get(section.heading.id, ""),
                    True,
                    index,
                    section.heading,
                )
            )
            first = False
        ordinal = 0
        # A table's cells are units of their own (kind "cell"): a table pairs with the other
        # language's table cell by cell, and a cell never pairs with a paragraph cheaply.
        for block in (seg for b in section.blocks for seg in b.segments):
            text = block.get(lang)
            if not text.strip():
                continue
            found = evidence(text)
            # A numbered item's position is its visible number: evidence like any other.
            ordinal = ordinal + 1 if block.kind is BlockKind.NUMBERED else 0
            if ordinal:
                found = found | {f"item:{block.level}.{ordinal}"}
            units.append(
                Unit(
                    block.kind.value,
                    text,
                    len(visible(text)),
                    found,
                    idents.get(block.id, ""),
                    first,
                    index,
                    block,
                )
            )
            first = False
    for unit in units:
        unit.words, unit.names = _latin(unit.markup)
    return units


def _length_cost(source: int, target: int, ratio: float) -> float:
    if source == 0 and target == 0:
        return 0.0
    mean = (source + target / ratio) / 2
    delta = (target - source * ratio) / math.sqrt(max(mean, 1.0) * VARIANCE)
    tail = 1.0 - 0.5 * (1.0 + math.erf(abs(delta) / math.sqrt(2.0)))
    probability = max(2.0 * tail, 1e-12)
    return -math.log(probability)


_PRIOR = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099),
    (0, 1): -math.log(0.0099),
    (2, 1): -math.log(0.089 / 2),
    (1, 2): -math.log(0.089 / 2),
}


_MOVES = list(_PRIOR)
PLAIN_PAIR_COST = 3.0
"""A length cost under this (p > 0.05 that the lengths belong together) needs no search when a
stretch between sure pairs has the same shape on both sides."""
MIN_STEP_COST = -12.0
"""No step costs less than this (the sum of every bonus): lets the search skip hopeless moves."""
STRETCH_CELL_BUDGET = 300_000
"""Cells of the alignment table one stretch may fill (about 4 s of CPU at worst)."""


def _kind_group(kind: str) -> str:
    return {"title": "title", "heading": "heading", "paragraph": "text"}.get(kind, kind)


def _structure_cost(s: Unit, t: Unit) -> float:
    cost = 0.0
    if _kind_group(s.kind) != _kind_group(t.kind):
        cost += 4.0
    if s.starts_section != t.starts_section:
        cost += 1.5
    if s.ident and t.ident:
        cost += -6.0 if s.ident == t.ident else 6.0
    return cost + _evidence_cost(s.anchors, t.anchors)


def _evidence_cost(s: frozenset[str], t: frozenset[str]) -> float:
    """Shared numbers, links and addresses pull a pair together; different ones push it apart."""
    if not s and not t:
        return 0.0
    if s == t:
        return -2.0
    if s & t:
        return -1.0
    return 2.0 if s and t else 1.0


_RUN_IN = re.compile(r"^\s*((?:\*\*)?[^:：.!?؟\n]{1,80}?(?:\*\*)?)\s*[:：]\s*(\S.*)$", re.DOTALL)


def run_in_split(markup: str) -> tuple[str, str] | None:
    """("العنوان", "النص") for "العنوان: النص" when the label is short enough to be a heading."""
    m = _RUN_IN.match(markup)
    if not m:
        return None
    label = m.group(1).strip().strip("*").strip()
    if not label or len(label.split()) > 8:
        return None
    return label, m.group(2).strip()


Step = tuple[list[Unit], list[Unit], tuple[str, str] | None]


def sure_pairs(source: list[Unit], target: list[Unit]) -> list[tuple[int, int]]:
    """Pairs no reasonable alignment would break, in order: the same source id on both sides, or
    the same numbers/links/e-mails found in exactly one unit of each side, of the same kind and
    near the same relative position. The longest chain that keeps its order is kept."""
    n, m = len(source), len(target)

    def keys(units: list[Unit]) -> dict[tuple[str, ...], list[int]]:
        found: dict[tuple[str, ...], list[int]] = {}
        for index, unit in enumerate(units):
            if unit.ident:
                found.setdefault(("id", unit.ident), []).append(index)
            if unit.anchors:
                key = (_kind_group(unit.kind), *sorted(unit.anchors))
                found.setdefault(key, []).append(index)
        return found

    source_keys, target_keys = keys(source), keys(target)
    candidates: dict[int, int] = {}
    window = max(20, abs(n - m) + 10)
    for key, places in source_keys.items():
        others = target_keys.get(key)
        if len(places) != 1 or not others or len(others) != 1:
            continue
        i, j = places[0], others[0]
        if _may_run_in(source, i, target, j) or _may_run_in(target, j, source, i):
            continue  # the heading before may be run into this paragraph: let the search decide
        if abs(i * m / max(n, 1) - j) <= window and candidates.get(i, j) == j:
            candidates[i] = j
    # Longest chain increasing in both i and j (patience sorting).
    ordered = sorted(candidates.items())
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(ordered)
    for k, (_, j) in enumerate(ordered):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < j:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[lo], tail_at[lo] = j, k
        parent[k] = tail_at[lo - 1] if lo else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(ordered[k])
        k = parent[k]
    chain.reverse()
    return chain


def _may_run_in(side: list[Unit], i: int, other: list[Unit], j: int) -> bool:
    """Whether ``side[i]`` follows a heading that ``other[j]`` may hold run in ("العنوان: …")."""
    return (
        i > 0
        and side[i - 1].kind == "heading"
        and (j == 0 or other[j - 1].kind != "heading")
        and run_in_split(other[j].markup) is not None
    )


def align_units(source: list[Unit], target: list[Unit]) -> list[Step]:
    """The best path of matches; each step is (source units, target units, run-in split).

    Sure pairs (sure_pairs) cut the problem into short stretches, each aligned by the dynamic
    programme: a 150,000-word pair takes a fraction of a second instead of a minute.
    """
    total_s = sum(u.length for u in source) or 1
    total_t = sum(u.length for u in target) or 1
    ratio = total_t / total_s
    path: list[Step] = []
    pi = pj = 0
    for i, j in sure_pairs(source, target):
        path.extend(_align_stretch(source[pi:i], target[pj:j], ratio))
        path.append(([source[i]], [target[j]], None))
        pi, pj = i + 1, j + 1
    path.extend(_align_stretch(source[pi:], target[pj:], ratio))
    return path


STRETCH_MARGIN = 30
"""Units of same-shape context the search keeps on each side of where two sides differ."""


def _plain_pair(s: Unit, t: Unit, ratio: float) -> bool:
    """Same kind and place in the structure, lengths plausible: one to one without a search."""
    return (
        _kind_group(s.kind) == _kind_group(t.kind)
        and s.starts_section == t.starts_section
        and _length_cost(s.length, t.length, ratio) < PLAIN_PAIR_COST
    )


def _align_stretch(source: list[Unit], target: list[Unit], ratio: float) -> list[Step]:
    """A stretch between sure pairs: one to one where both sides have the same shape, the
    search only over where they differ (plus ``STRETCH_MARGIN`` units of context each side).

    A correction in the import preview (a heading made a paragraph) changes the shape in one
    place: only that place is searched again, not the whole document (6 s on 150,000 words).
    """
    n, m = len(source), len(target)
    if not n or not m:
        return [([u], [], None) for u in source] + [([], [u], None) for u in target]
    head = 0
    while head < min(n, m) and _plain_pair(source[head], target[head], ratio):
        head += 1
    if n == m and head == n:
        # Same shape, every length plausible: one to one, as the search would find, at no cost.
        return [([s], [t], None) for s, t in zip(source, target, strict=True)]
    tail = 0
    while tail < min(n, m) - head and _plain_pair(
        source[n - 1 - tail], target[m - 1 - tail], ratio
    ):
        tail += 1
    head, tail = max(0, head - STRETCH_MARGIN), max(0, tail - STRETCH_MARGIN)
    if not head and not tail:
        return _search(source, target, ratio)
    return (
        [([s], [t], None) for s, t in zip(source[:head], target[:head], strict=True)]
        + _search(source[head : n - tail], target[head : m - tail], ratio)
        + [([s], [t], None) for s, t in zip(source[n - tail :], target[m - tail :], strict=True)]
    )


def _search(source: list[Unit], target: list[Unit], ratio: float) -> list[Step]:
    """The dynamic programme over a stretch (in a band around its diagonal)."""
    n, m = len(source), len(target)
    if not n or not m:
        return [([u], [], None) for u in source] + [([], [u], None) for u in target]
    # Translations drift locally, not by hundreds of blocks: search a band around the diagonal
    # as wide as the length difference plus a margin, not the whole n×m table; and only the band
    # is stored. The band is capped by a budget of cells, so a pair of files whose lengths differ
    # by thousands of blocks costs seconds, not minutes and gigabytes (what is outside the band
    # falls back to pairing in order, and those pairs carry their low confidence).
    band = min(abs(n - m) + 30, max(30, STRETCH_CELL_BUDGET // (2 * (n + 1))))
    lows: list[int] = []
    costs: list[list[float]] = []
    backs: list[list[tuple[int, int, tuple[str, str] | None]]] = []
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        low, high = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        lows.append(low)
        row = [INFINITY] * (high - low + 1)
        row_back: list[tuple[int, int, tuple[str, str] | None]] = [(0, 0, None)] * len(row)
        for j in range(low, high + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = INFINITY
            step: tuple[int, int, tuple[str, str] | None] = (0, 0, None)
            for di, dj in _MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                if pi == i:
                    offset = pj - low
                    before = row[offset] if offset >= 0 else INFINITY
                else:
                    offset = pj - lows[pi]
                    previous = costs[pi]
                    before = previous[offset] if 0 <= offset < len(previous) else INFINITY
                if before + MIN_STEP_COST >= best:
                    continue  # cannot win even with every bonus
                value, split = _step_cost(source[pi:i], target[pj:j], ratio)
                value += before
                if value < best:
                    best, step = value, (di, dj, split)
            row[j - low] = best
            row_back[j - low] = step
        costs.append(row)
        backs.append(row_back)

    def back(i: int, j: int) -> tuple[int, int, tuple[str, str] | None]:
        offset = j - lows[i]
        steps = backs[i]
        return steps[offset] if 0 <= offset < len(steps) else (0, 0, None)

    path = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, split = back(i, j)
        if di == 0 and dj == 0:  # outside the band: fall back to pairing what is left in order
            di, dj, split = (1 if i else 0), (1 if j else 0), None
        path.append((source[i - di : i], target[j - dj : j], split))
        i, j = i - di, j - dj
    path.reverse()
    return path


def _step_cost(s: list[Unit], t: list[Unit], ratio: float) -> tuple[float, tuple[str, str] | None]:
    prior = _PRIOR[(len(s), len(t))]
    if len(s) == 2 and len(t) == 1 and s[0].kind == "heading" and t[0].kind != "heading":
        split = run_in_split(t[0].markup)
        if split is not None:
            label, rest = split
            a = _length_cost(s[0].length, len(visible(label)), ratio)
            b = _length_cost(s[1].length, len(visible(rest)), ratio)
            structure = 0.0 if s[1].anchors == evidence(rest) else 1.0
            return _PRIOR[(1, 1)] * 2 + a + b + structure + 0.5, split
    if len(s) == 1 and len(t) == 2 and t[0].kind == "heading" and s[0].kind != "heading":
        # The mirror case: the run-in label is on the source side (Arabic first in the file).
        split = run_in_split(s[0].markup)
        if split is not None:
            label, rest = split
            a = _length_cost(len(visible(label)), t[0].length, ratio)
            b = _length_cost(len(visible(rest)), t[1].length, ratio)
            structure = 0.0 if t[1].anchors == evidence(rest) else 1.0
            return _PRIOR[(1, 1)] * 2 + a + b + structure + 0.5, split
    if not s or not t:
        # A block missing on one side: the prior alone. Gale–Church's length term would make
        # dropping a long paragraph look impossible and force a wrong merge instead.
        return prior + 1.0, None
    length = _length_cost(sum(u.length for u in s), sum(u.length for u in t), ratio)
    structure = _names_cost(s, t)
    if len(s) == 1 and len(t) == 1:
        structure += _structure_cost(s[0], t[0])
    elif s and t:
        structure += 2.0 if any(u.kind in ("heading", "title") for u in [*s, *t]) else 0.0
        cells = sum(u.kind == "cell" for u in [*s, *t])
        if 0 < cells < len(s) + len(t):
            structure += 8.0  # a table's cell goes with cells only, never into a heading's text
        structure += _evidence_cost(
            frozenset().union(*(u.anchors for u in s)), frozenset().union(*(u.anchors for u in t))
        )
    return prior + length + structure, None


CHECK_BELOW = 0.4
"""A pair whose confidence is under this is reported as "check this pair" and its target is
kept as a draft: never counted as translated on weak evidence."""


def pair_confidence(
    s: Unit, t: list[Unit], ratio: float, position_gap: float
) -> tuple[float, list[str]]:
    """How sure a pairing is (0–1) from evidence independent of the search that chose it:
    length ratio, shared numbers/links/e-mails, Latin names kept in the other script, same kind
    of block (list shape), same place in the document. Returns the reasons for doubt too."""
    if s.ident and any(u.ident == s.ident for u in t):
        return 1.0, []
    why: list[str] = []
    length = sum(u.length for u in t)
    cost = _length_cost(s.length, length, ratio)
    confidence = 0.55
    if cost < 1.2:  # Gale–Church: lengths this close are likely (p > 0.3)
        confidence += 0.25
    elif cost > 4.6:  # p < 0.01
        confidence -= 0.25
        why.append(said("lengths-differ", s.length, length))
    anchors = frozenset().union(*(u.anchors for u in t))
    if s.anchors and anchors:
        if s.anchors == anchors:
            confidence += 0.35
        elif s.anchors & anchors:
            confidence += 0.15
        else:
            confidence -= 0.4
            why.append("different numbers, links or e-mail addresses")
    elif s.anchors or anchors:
        confidence -= 0.15
        why.append("numbers, links or e-mail addresses on one side only")
    names_cost = _names_cost([s], t)
    if names_cost < 0:
        confidence += 0.2
    elif names_cost > 0.5:
        confidence -= 0.3
        why.append("names kept in Latin letters are missing on the other side")
    if any(_kind_group(u.kind) != _kind_group(s.kind) for u in t):
        confidence -= 0.3
        why.append(said("kinds-differ", s.kind, t[0].kind))
    if position_gap > 0.2:
        confidence -= 0.2
        why.append("far from the same place in the document")
    return max(0.0, min(1.0, confidence)), why


def merge(
    source: Policy,
    target: Policy,
    source_lang: str,
    target_lang: str,
    *,
    source_idents: dict[str, str] | None = None,
    target_idents: dict[str, str] | None = None,
) -> Alignment:
    """``source`` with ``target``'s text attached in ``target_lang`` (source is modified)."""
    result = Alignment(source)
    if target_lang not in source.target_languages and target_lang != source_lang:
        source.target_languages.append(target_lang)
    s_units = flatten(source, source_lang, source_idents)
    t_units = flatten(target, target_lang, target_idents)
    if not source.title.get(source_lang) and t_units and t_units[0].kind == "title":
        # The first language has no title (our export's "[not translated]" slot, or none in
        # the file): the second language's title is still the policy's title in that
        # language, never a block of section 1 (issue 12: titles per language).
        source.title[target_lang] = t_units.pop(0).markup
    path = align_units(s_units, t_units)
    ratio = (sum(u.length for u in t_units) or 1) / (sum(u.length for u in s_units) or 1)
    # Where a target-only unit goes: after the last source unit placed before it.
    inserts: list[tuple[int, Block | None, Unit]] = []
    splits: list[tuple[Block, str, Unit]] = []
    """(source block, its run-in label, the label's translation): sections to open there."""
    path = _unflatten_lists(path)
    last_section, last_block = 0, None
    # Relative places say little in short documents, where one missing block moves the rest.
    spread = 1.0 if min(len(s_units), len(t_units)) >= 10 else 0.0
    s_place = {id(u): spread * k / max(1, len(s_units) - 1) for k, u in enumerate(s_units)}
    t_place = {id(u): spread * k / max(1, len(t_units) - 1) for k, u in enumerate(t_units)}
    for s, t, split in path:
        if s:
            last_section = max(0, s[-1].section)
            last_block = s[-1].block if s[-1].kind != "heading" else None
        if s and t:
            if split is not None and len(s) == 2:
                _attach(source, s[0], split[0], target_lang, source_lang)
                _attach(source, s[1], split[1], target_lang, source_lang)
                result.place(t[0], s[0].block)
                result.place(t[0], s[1].block)
                continue
            if split is not None and s[0].block is not None:
                s[0].block.set_text(source_lang, split[1])
                _attach(source, s[0], t[1].markup, target_lang, source_lang)
                result.place(t[1], s[0].block)
                splits.append((s[0].block, split[0], t[0]))
                continue
            joined = " ".join(u.markup for u in t)
            # Two source units, one target: it goes to the one it fits best; the other is
            # reported as missing (the target may also translate both — the user decides).
            length = sum(u.length for u in t)
            anchors = frozenset().union(*(u.anchors for u in t))
            best = min(
                s,
                key=lambda u: (
                    _length_cost(u.length, length, ratio) + _evidence_cost(u.anchors, anchors)
                ),
            )
            confidence, why = pair_confidence(
                best, t, ratio, abs(s_place[id(best)] - t_place.get(id(t[0]), s_place[id(best)]))
            )
            sure = confidence >= CHECK_BELOW
            _attach(source, best, joined, target_lang, source_lang, sure=sure)
            for unit in t:
                result.place(unit, best.block)
            if not sure:
                result.check_pairs.append(
                    CheckPair(
                        plain_text(best.markup),
                        plain_text(joined),
                        confidence,
                        several(why) if why else "weak evidence",
                        best.section + 1,
                        best.block.id if best.block is not None else "",
                    )
                )
            result.unaligned.extend(
                _missing(u, source_lang, target_lang) for u in s if u is not best
            )
        elif s:
            result.unaligned.extend(_missing(u, source_lang, target_lang) for u in s)
        else:
            inserts.extend((last_section, last_block, u) for u in t)
    # A table none of whose cells found a partner goes in whole, as a table (not loose cells).
    tables = {
        cell.id: block
        for section in target.sections
        for block in section.blocks
        if block.table is not None
        for cell in block.table.cells()
    }
    alone = {u.block.id for _, _, u in inserts if u.kind == "cell" and u.block is not None}
    whole: dict[str, Block] = {}
    for section_index, after, unit in inserts:
        if not source.sections:
            source.sections.append(Section())
        section = source.sections[min(section_index, len(source.sections) - 1)]
        position = section.blocks.index(after) + 1 if after in section.blocks else 0
        table = tables.get(unit.block.id) if unit.block is not None else None
        if (
            table is not None
            and table.table is not None
            and all(c.id in alone for c in table.table.cells() if c.get(target_lang).strip())
        ):
            if table.id not in whole:
                copy = Block(BlockKind.TABLE, table=table.table.copy(keep_ids=False))
                assert copy.table is not None
                for cell in copy.table.cells():
                    text = cell.get(target_lang)
                    cell.text, cell.translations = ({target_lang: text} if text else {}), {}
                section.blocks.insert(position, copy)
                whole[table.id] = copy
                result.placed.setdefault(table.id, []).append(copy.id)
            inserted = whole[table.id]
            assert inserted.table is not None and unit.block is not None
            block = inserted.table.cells()[[c.id for c in table.table.cells()].index(unit.block.id)]
            section = next(s for s in source.sections if inserted in s.blocks)
        else:
            kind = BlockKind.HEADING if unit.kind in ("heading", "title") else BlockKind(unit.kind)
            level = unit.block.level if unit.block else 0
            block = Block(kind, {target_lang: unit.markup}, level=level)
            section.blocks.insert(position, block)
        result.place(unit, block)
        result.unaligned.append(
            UnalignedPart(
                target_lang,
                source_lang,
                plain_text(unit.markup),
                source.sections.index(section) + 1,
                block.id,
            )
        )
    for block, label, translation in splits:
        heading = _open_section_at(
            source, block, label, translation.markup, source_lang, target_lang
        )
        if heading is not None:
            result.place(translation, heading)
    source.sections = [s for s in source.sections if s.blocks or any(s.heading.text.values())]
    for part in result.unaligned:
        if part.block_id:
            part.section = next(
                (
                    n
                    for n, sec in enumerate(source.sections, 1)
                    if any(b.id == part.block_id for b in sec.all_blocks())
                ),
                part.section,
            )
    return result


_SENTENCE_END = re.compile(r"(?<=[.!?؟।;؛])\s+(?=\S)")
_LIST_KINDS = ("bullet", "numbered")


def _unflatten_lists(path: list[Step]) -> list[Step]:
    """A list flattened into one paragraph on one side ("اسمك ورقم هاتفك. سجل مواعيدك." for two
    bullets): when a list item was paired with a paragraph and the items right after it found no
    partner, and the paragraph has exactly one sentence per item, each item gets its sentence."""
    out: list[Step] = []
    k = 0
    while k < len(path):
        s, t, split = path[k]
        if (
            s
            and len(t) == 1
            and split is None
            and all(u.kind in _LIST_KINDS for u in s)
            and t[0].kind == "paragraph"
        ):
            items = list(s)
            n = k + 1
            while (
                n < len(path)
                and len(path[n][0]) == 1
                and not path[n][1]
                and path[n][0][0].kind in _LIST_KINDS
                and path[n][0][0].section == s[0].section
            ):
                items.append(path[n][0][0])
                n += 1
            sentences = _SENTENCE_END.split(t[0].markup.strip())
            if len(items) > 1 and len(sentences) == len(items):
                for item, sentence in zip(items, sentences, strict=True):
                    piece = Unit(
                        t[0].kind,
                        sentence,
                        len(visible(sentence)),
                        evidence(sentence),
                        section=t[0].section,
                        block=t[0].block,
                    )
                    out.append(([item], [piece], None))
                k = n
                continue
        out.append((s, t, split))
        k += 1
    return out


def _open_section_at(
    policy: Policy, block: Block, label: str, translation: str, source_lang: str, target_lang: str
) -> Block | None:
    """A run-in label in the source becomes a section title: the section starts at ``block``."""
    for index, section in enumerate(policy.sections):
        if block in section.blocks:
            at = section.blocks.index(block)
            heading = Block(BlockKind.TITLE, {source_lang: label, target_lang: translation})
            heading.confirm(target_lang, source_lang, Status.TRANSLATED)
            policy.sections.insert(index + 1, Section(heading=heading, blocks=section.blocks[at:]))
            section.blocks = section.blocks[:at]
            return heading
    return None


def _attach(
    policy: Policy,
    unit: Unit,
    markup: str,
    target_lang: str,
    source_lang: str,
    *,
    sure: bool = True,
) -> None:
    if unit.kind == "title" or unit.block is None:
        policy.title[target_lang] = markup
        return
    unit.block.set_text(target_lang, markup)
    if sure:
        unit.block.confirm(target_lang, source_lang, Status.TRANSLATED)
    else:
        unit.block.translations[target_lang] = TranslationState(Status.DRAFT)


def _missing(unit: Unit, present: str, missing: str) -> UnalignedPart:
    return UnalignedPart(
        present,
        missing,
        plain_text(unit.markup),
        unit.section + 1,
        unit.block.id if unit.block is not None else "",
    )


def relabel(policy: Policy, old: str, new: str) -> None:
    """Move every text of ``policy`` from ``old`` to ``new`` (the user said which it is)."""
    if old == new:
        return
    if old in policy.title:
        policy.title[new] = policy.title.pop(old)
    for _, block in policy.iter_blocks():
        if old in block.text:
            block.text[new] = block.text.pop(old)
    review_import.relabel(policy, old, new)
    policy.source_language = new


def add_translation(main: ReadResult, other: ReadResult, lang: str, file: str = "") -> ReadResult:
    """``main`` with the single-language ``other`` aligned onto it as language ``lang``."""
    source = main.policy.source_language
    if lang == source:
        raise ValueError(
            f"{file}: the translation is in {lang}, the same language as the main file"
        )
    found = other.policy.source_language
    if found != lang and found in main.report.languages:
        main.report.warnings.append(f"{file}: looks like {found}, read as {lang} as asked")
    relabel(other.policy, found, lang)
    if found != lang and found in other.report.words:
        other.report.words[lang] = other.report.words.pop(found)
        for dropped in other.report.dropped:
            dropped.lang = lang if dropped.lang == found else dropped.lang
        for changed in other.report.changed:
            changed.lang = lang if changed.lang == found else changed.lang
    if other.policy.effective_date and not main.policy.effective_date:
        main.policy.effective_date = other.policy.effective_date
    if main.policy.effective_date and other.policy.effective_date not in (
        "",
        main.policy.effective_date,
    ):
        main.report.warnings.append(
            f"{file}: effective date {other.policy.effective_date} differs from the main file's "
            f"{main.policy.effective_date}"
        )
    alignment = merge(
        main.policy,
        other.policy,
        source,
        lang,
        source_idents=main.anchors,
        target_idents=other.anchors,
    )
    placed_origins(main.origins, alignment.placed, {k: v[0] for k, v in other.origins.items()})
    review_import.carry(main.policy, other.policy, alignment.placed)
    other.report.unaligned.clear()
    other.report.languages = [lang]
    main.report.merge(other.report)
    main.report.unaligned.extend(alignment.unaligned)
    main.report.check_pairs.extend(alignment.check_pairs)
    main.report.warnings.extend(alignment.warnings)
    main.report.layout = "two-files"
    review_import.count(main.policy, main.report)
    return main
