"""Diff benchmark: two versions of the large policy, our compare() beside flat difflib.

The new version has ~2% of its words changed (replaced, inserted, deleted), and sections moved,
inserted and deleted. Prints a table: time, and the size of each edit script in separate
changes (hunks; a move counts as one) and in tokens deleted + inserted. Run:
    PYTHONPATH=. python benchmarks/diff_benchmark.py
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from multiprocessing import Process, Queue
from pathlib import Path
from queue import Empty

sys.path.insert(0, str(Path(__file__).parent))

from large_policy import large_policy, word_count  # noqa: E402

from policy_studio.diff import Change, Op, compare, document_lines  # noqa: E402
from policy_studio.model import Block, BlockKind, Policy, Section, new_id  # noqa: E402
from policy_studio.text.tokenize import tokenize  # noqa: E402

_NEW_WORDS = {
    "en": ["promptly", "securely", "members", "archive", "volunteers", "quarterly"],
    "ar": ["فورًا", "بأمان", "الأعضاء", "الأرشيف", "المتطوعين", "فصليًا"],
}


def edited_version(old: Policy, seed: int = 7, rate: float = 0.02) -> Policy:
    """A copy with ~``rate`` of words edited, 5 sections moved, 5 inserted, 5 deleted."""
    rng = random.Random(seed)
    new = old.copy()
    for section in new.sections:
        for block in section.blocks:
            if rng.random() > rate * 8:  # edit one block in eight, a few words each
                continue
            for lang in ("en", "ar"):
                words = block.get(lang).split(" ")
                for _ in range(max(1, len(words) // 8)):
                    pos = rng.randrange(len(words))
                    action = rng.random()
                    if action < 0.5:
                        words[pos] = rng.choice(_NEW_WORDS[lang])
                    elif action < 0.75:
                        words.insert(pos, rng.choice(_NEW_WORDS[lang]))
                    elif len(words) > 3:
                        del words[pos]
                block.text[lang] = " ".join(words)
    for _ in range(5):
        moved = new.sections.pop(rng.randrange(len(new.sections)))
        new.sections.insert(rng.randrange(len(new.sections)), moved)
    for _ in range(5):
        del new.sections[rng.randrange(len(new.sections))]
    for n in range(5):
        new.sections.insert(
            rng.randrange(len(new.sections)),
            Section(
                heading=Block(BlockKind.TITLE, {"en": f"New topic {n}", "ar": f"موضوع جديد {n}"}),
                blocks=[
                    Block(
                        BlockKind.PARAGRAPH,
                        {
                            "en": "We added this part for the benchmark.",
                            "ar": "أضفنا هذا الجزء لقياس الأداء.",
                        },
                    )
                ],
            ),
        )
    return new


def without_ids(policy: Policy) -> Policy:
    """The policy as an importer would give it: same text, every id new (similarity alignment)."""
    copy = policy.copy()
    for section in copy.sections:
        section.id = new_id()
        for block in section.all_blocks():
            block.id = new_id()
    return copy


def flat_difflib(
    old: Policy, new: Policy, lang: str, autojunk: bool = True
) -> tuple[float, int, int]:
    """difflib.SequenceMatcher over the whole document as one token sequence.

    With autojunk (difflib's default) every token above 1% frequency is ignored for matching,
    which on a long document makes it replace nearly everything; without it, it is exact but
    its longest-match search grows with the square of the repeated words.
    """
    a = [t for line in document_lines(old, lang) for t in [*tokenize(line), "\n"]]
    b = [t for line in document_lines(new, lang) for t in [*tokenize(line), "\n"]]
    start = time.perf_counter()
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=autojunk).get_opcodes()
    elapsed = time.perf_counter() - start
    changes = [op for op in opcodes if op[0] != "equal"]
    tokens = sum((i2 - i1) + (j2 - j1) for _, i1, i2, j1, j2 in changes)
    return elapsed, len(changes), tokens


def ours(old: Policy, new: Policy, langs: list[str]) -> tuple[float, int, int]:
    start = time.perf_counter()
    redline = compare(old, new, langs)
    elapsed = time.perf_counter() - start
    tokens = 0
    for section in redline.sections:
        for entry in section.entries():
            if entry.change in (Change.EQUAL, Change.MOVED, Change.MOVED_AWAY):
                continue
            if section.change in (Change.MOVED_AWAY,):
                continue
            for lang in langs:
                tokens += sum(
                    len(tokenize(s.text))
                    for s in entry.segments.get(lang, [])
                    if s.op is not Op.EQUAL
                )
    # Pure moves count once (as a hunk), with no tokens: the text travels unchanged.
    assert redline.new_lines(langs[0]) == document_lines(new, langs[0])
    return elapsed, redline.edit_hunks(), tokens


def _flat_in_child(old: Policy, new: Policy, lang: str, autojunk: bool, queue: Queue) -> None:  # type: ignore[type-arg]
    queue.put(flat_difflib(old, new, lang, autojunk))


def flat_with_limit(
    old: Policy, new: Policy, lang: str, limit: float, autojunk: bool = True
) -> tuple[float, int, int] | None:
    """Flat difflib in a child process, given up after ``limit`` seconds (None then): over a
    whole 150,000-word policy its longest-match search is quadratic in repeated words."""
    queue: Queue = Queue()  # type: ignore[type-arg]
    child = Process(target=_flat_in_child, args=(old, new, lang, autojunk, queue))
    child.start()
    try:
        return queue.get(timeout=limit)  # type: ignore[no-any-return]
    except Empty:
        return None
    finally:
        child.terminate()
        child.join()


def row(name: str, result: tuple[float, int, int] | None, limit: float) -> None:
    if result is None:
        print(f"{name:<36}{'> ' + format(limit, '.0f'):>10}{'?':>9}{'?':>10}")
    else:
        print(f"{name:<36}{result[0]:>10.3f}{result[1]:>9}{result[2]:>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--flat-limit",
        type=float,
        default=60.0,
        help="seconds to give flat difflib per run before giving up",
    )
    args = parser.parse_args()
    print("hunks: separate changes (a move is one); tokens: tokens deleted + inserted")
    print(f"{'diff':<36}{'time (s)':>10}{'hunks':>9}{'tokens':>10}")
    for sections in (10, 50, 500):
        old = large_policy(sections=sections)
        new = edited_version(old)
        print(
            f"-- {sections} sections: {word_count(old, 'en')} words en, "
            f"{word_count(old, 'ar')} words ar"
        )
        for lang in ("en", "ar"):
            row(
                f"difflib flat, {lang}",
                flat_with_limit(old, new, lang, args.flat_limit),
                args.flat_limit,
            )
            row(
                f"difflib flat, autojunk off, {lang}",
                flat_with_limit(old, new, lang, args.flat_limit, autojunk=False),
                args.flat_limit,
            )
            row(
                f"policy_studio compare, {lang}",
                min(ours(old, new, [lang]) for _ in range(3)),
                args.flat_limit,
            )
        imported = without_ids(new)
        row(
            "compare, en, no shared ids",
            min(ours(old, imported, ["en"]) for _ in range(3)),
            args.flat_limit,
        )
        row(
            "policy_studio compare, en+ar",
            min(ours(old, new, ["en", "ar"]) for _ in range(3)),
            args.flat_limit,
        )


if __name__ == "__main__":
    main()
