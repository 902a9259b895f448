"""Word-level diff inside one block: difflib over tokens, then a clean-up for human reading.

difflib.SequenceMatcher finds the matching tokens; the clean-up (after diff-match-patch's
"semantic" pass) then folds short equalities that sit between two changes into those changes,
so a reviewer sees "~~the old phrase~~ the new phrase" rather than a confetti of one-word edits.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz.distance import Indel

from ..text.tokenize import CLITICS, is_word, tokenize

LONG_DIFF_TOKENS = 80
"""From this many tokens (both sides) a block's words are diffed by rapidfuzz, not difflib."""


class Op(StrEnum):
    """What a segment of a word diff does."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text that is kept, deleted from the old text or inserted into the new."""

    op: Op
    text: str


def old_text(segments: list[Segment]) -> str:
    """The text before the edit: what is kept and what is deleted."""
    return "".join(s.text for s in segments if s.op is not Op.INSERT)


def new_text(segments: list[Segment]) -> str:
    """The text after the edit: what is kept and what is inserted."""
    return "".join(s.text for s in segments if s.op is not Op.DELETE)


@lru_cache(maxsize=16384)
def count_words(text: str) -> int:
    return sum(1 for t in tokenize(text) if is_word(t))


def hunks(segments: list[Segment]) -> int:
    """Number of separate changes (runs of deletions/insertions between kept text)."""
    count, inside = 0, False
    for seg in segments:
        if seg.op is Op.EQUAL:
            inside = False
        elif not inside:
            count, inside = count + 1, True
    return count


def diff_words(old: str, new: str, *, cleanup: bool = True) -> list[Segment]:
    """The edit from ``old`` to ``new`` as segments; joining them per side gives each text."""
    if old == new:
        return [Segment(Op.EQUAL, old)] if old else []
    # The common head and tail, cut at a space so no word is split, cost next to nothing to
    # find (string slices compare in C) and spare the tokenizer and difflib most of the block.
    head = _common_prefix(old, new)
    while head and not old[head - 1].isspace():
        head -= 1
    tail = _common_suffix(old[head:], new[head:])
    while tail and not old[len(old) - tail].isspace():
        tail -= 1
    raw: list[tuple[Op, str]] = []
    if head:
        raw.append((Op.EQUAL, old[:head]))
    a, b = tokenize(old[head : len(old) - tail]), tokenize(new[head : len(new) - tail])
    # Spaces and Arabic clitics are "junk" to difflib: never used to anchor a
    # match (they are everywhere, and made the search quadratic), but still absorbed at the
    # edges of matches, so they are kept when equal and show as changes when not. autojunk
    # stays off: it would also ignore frequent real words such as "data" and miss matches.
    if len(a) + len(b) >= LONG_DIFF_TOKENS:
        # Long middles: the longest common subsequence in C (rapidfuzz Indel), ~10× faster
        # than difflib's Python search; the clean-up below reads both the same way.
        opcodes: Sequence[tuple[str, int, int, int, int]] = [
            (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Indel.opcodes(a, b)
        ]
    else:
        opcodes = difflib.SequenceMatcher(_is_junk, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            raw.append((Op.EQUAL, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            raw.append((Op.DELETE, "".join(a[i1:i2])))
        if j2 > j1:
            raw.append((Op.INSERT, "".join(b[j1:j2])))
    if tail:
        raw.append((Op.EQUAL, old[len(old) - tail :]))
    if cleanup:
        return _slide_to_words(_normalise(_semantic_cleanup(raw)))
    return _normalise(raw)


_JUNK_TOKENS = frozenset(CLITICS)


def _is_junk(token: str) -> bool:
    # Not punctuation: a full stop that cannot anchor gets swallowed into a neighbouring
    # change ("~~example.~~ example at any time.") — the golden files showed it.
    return token in _JUNK_TOKENS or token.isspace()


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b`` (binary search over C-speed compares)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def _normalise(raw: list[tuple[Op, str]]) -> list[Segment]:
    """Merge neighbours: within each change, all deleted text first, then all inserted text."""
    out: list[Segment] = []
    pending_del: list[str] = []
    pending_ins: list[str] = []

    def flush() -> None:
        if pending_del:
            out.append(Segment(Op.DELETE, "".join(pending_del)))
        if pending_ins:
            out.append(Segment(Op.INSERT, "".join(pending_ins)))
        pending_del.clear()
        pending_ins.clear()

    for op, text in raw:
        if not text:
            continue
        if op is Op.DELETE:
            pending_del.append(text)
        elif op is Op.INSERT:
            pending_ins.append(text)
        else:
            flush()
            if out and out[-1].op is Op.EQUAL:
                out[-1] = Segment(Op.EQUAL, out[-1].text + text)
            else:
                out.append(Segment(Op.EQUAL, text))
    flush()
    return out


SLIDE_LIMIT = 20
"""How far (in characters) a lone insertion or deletion may be slid to a word boundary."""


def _boundary(left: str, right: str) -> int:
    """How well an edit's edge sits between the characters ``left`` and ``right`` ("" for the
    edge of the text): 2 at a space or the text's edge, 1 at punctuation, 0 inside a word."""
    if not left or not right or left.isspace() or right.isspace():
        return 2
    if not left.isalnum() or not right.isalnum():
        return 1
    return 0


def _slide_to_words(segments: list[Segment]) -> list[Segment]:
    """Slide each lone insertion or deletion sideways, over text it repeats, to where it starts
    and ends between words (diff-match-patch's "semantic lossless" pass).

    The diff splits Arabic proclitics off their words, so a word inserted before "الشخصية"
    could come out as "جديدة ال" inserted after a kept "ال": the same edit, read as a split
    word in the review list and the redlines. Slid by the two letters it repeats it reads
    "الجديدة " inserted, the kept text whole words. Both texts are unchanged (only where the
    edit is drawn moves), and an edit moves only to a strictly better place."""
    out = list(segments)
    moved = False
    for index in range(1, len(out) - 1):
        before, edit, after = out[index - 1], out[index], out[index + 1]
        if edit.op is Op.EQUAL or before.op is not Op.EQUAL or after.op is not Op.EQUAL:
            continue
        e, x, f = before.text, edit.text, after.text
        best = _boundary(e[-1:], x[:1]) + _boundary(x[-1:], f[:1])
        if best == 4:
            continue
        choice: tuple[str, str, str] | None = None
        for k in range(1, min(SLIDE_LIMIT, len(x)) + 1):
            for ne, nx, nf in (
                (e[:-k], e[-k:] + x[:-k], x[-k:] + f) if e.endswith(x[-k:]) else (None,) * 3,
                (e + x[:k], x[k:] + f[:k], f[k:]) if f.startswith(x[:k]) else (None,) * 3,
            ):
                if ne is None or nx is None or nf is None:
                    continue
                score = _boundary(ne[-1:], nx[:1]) + _boundary(nx[-1:], nf[:1])
                if score > best:
                    best, choice = score, (ne, nx, nf)
        if choice is not None:
            out[index - 1] = Segment(Op.EQUAL, choice[0])
            out[index] = Segment(edit.op, choice[1])
            out[index + 1] = Segment(Op.EQUAL, choice[2])
            moved = True
    if not moved:
        return out
    return _normalise([(seg.op, seg.text) for seg in out])


def _semantic_cleanup(raw: list[tuple[Op, str]]) -> list[tuple[Op, str]]:
    """Fold short equalities between changes into the changes around them.

    A kept island is folded when it holds no letters or digits (a space or a comma between two
    changes), or when it is a single word squeezed between changes of two or more words on each
    side. diff-match-patch's character rule (fold when shorter than the edits around it) proved
    too eager for word tokens: it swallowed whole phrases a reviewer would want to see kept.
    Repeats until nothing changes, as folding joins two changes into a larger one.
    """
    ops = list(raw)
    changed = True
    while changed:
        changed = False
        for index in range(1, len(ops) - 1):
            op, text = ops[index]
            if op is not Op.EQUAL:
                continue
            before = _change_words(ops, index, -1)
            after = _change_words(ops, index, 1)
            if before < 0 or after < 0:
                continue  # no change on one side: an edge of the text, nothing to fold into
            words = _words_up_to_two(text)
            if words == 0 or (words == 1 and before >= 2 and after >= 2):
                ops[index : index + 1] = [(Op.DELETE, text), (Op.INSERT, text)]
                changed = True
                break
        if changed:
            ops = [(s.op, s.text) for s in _normalise(ops)]
    return ops


def _words_up_to_two(text: str) -> int:
    """``min(count_words(text), 2)``, without tokenizing a long kept stretch: two pieces
    between spaces that hold a letter or digit are two words at least (a token never spans a
    space). The clean-up asks this of every kept island between changes, hundreds of words
    long in a long block; tokenizing them all was half of `compare`'s word diff."""
    pieces = 0
    for piece in text.split(None, 2)[:2]:
        if any(ch.isalnum() for ch in piece):
            pieces += 1
    return 2 if pieces == 2 else min(count_words(text), 2)


def _change_words(ops: list[tuple[Op, str]], index: int, step: int) -> int:
    """Words in the larger side of the change next to ``ops[index]``; -1 when there is none."""
    deleted = inserted = 0
    found = False
    j = index + step
    while 0 <= j < len(ops) and ops[j][0] is not Op.EQUAL:
        found = True
        if ops[j][0] is Op.DELETE:
            deleted += count_words(ops[j][1])
        else:
            inserted += count_words(ops[j][1])
        j += step
    return max(deleted, inserted) if found else -1
