"""Translator's toolkit timings: pre-translating the large policy from a 20,000-unit memory,
concordance over that memory, and TMX export/import of it.

Run: PYTHONPATH=. python benchmarks/translator_benchmark.py   (prints a table)

The memory: 20,000 units — the segments of other generated policies (other seeds: same
vocabulary, different sentences), plus 1,000 segments of the benchmark policy verbatim (exact
matches) and 1,000 with two words changed (fuzzy matches), as a workspace that has translated
similar policies before would hold. The policy: the large generated policy (500 sections,
3,500 segments) with its Arabic removed.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.large_policy import AR_WORDS, EN_WORDS, large_policy  # noqa: E402
from policy_studio.library.concordance import Concordance, ConcordanceEntry  # noqa: E402
from policy_studio.library.memory import MemoryEntry, TranslationMemory  # noqa: E402
from policy_studio.library.tmx import export_tmx, import_tmx  # noqa: E402
from policy_studio.model import Status  # noqa: E402
from policy_studio.model.tmunit import TmUnit  # noqa: E402
from policy_studio.ops.translator import pretranslate  # noqa: E402
from policy_studio.storage import Workspace  # noqa: E402

TM_UNITS = 20_000
EXACT = 1_000
FUZZY = 1_000


def _edit(rng: random.Random, text: str, words: list[str]) -> str:
    parts = text.split()
    for _ in range(2):
        parts[rng.randrange(len(parts))] = rng.choice(words)
    return " ".join(parts)


def build_memory() -> tuple[list[MemoryEntry], object]:
    rng = random.Random(7)
    policy = large_policy()
    own = [b for _, b in policy.iter_blocks()]
    entries: list[MemoryEntry] = []
    for b in rng.sample(own, EXACT):
        entries.append(MemoryEntry(b.get("en"), b.get("ar"), "earlier policy", Status.APPROVED))
    for b in rng.sample(own, FUZZY):
        entries.append(
            MemoryEntry(
                _edit(rng, b.get("en"), EN_WORDS),
                _edit(rng, b.get("ar"), AR_WORDS),
                "older version",
                Status.TRANSLATED,
            )
        )
    seed = 100
    while len(entries) < TM_UNITS:
        for _, b in large_policy(seed=seed, sections=60).iter_blocks():
            if len(entries) >= TM_UNITS:
                break
            entries.append(MemoryEntry(b.get("en"), b.get("ar"), f"policy {seed}", Status.REVIEWED))
        seed += 1
    return entries, policy


def main() -> None:
    rows: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    entries, _ = build_memory()
    rows.append(("generate memory", f"{len(entries)} units in {time.perf_counter() - t0:.1f} s"))

    policy = large_policy()
    for _, block in policy.iter_blocks():
        block.text.pop("ar", None)
        block.translations.clear()
    policy.target_languages = []
    segments = sum(1 for _ in policy.iter_blocks())

    t0 = time.perf_counter()
    memory = TranslationMemory("en", "ar", entries)
    built = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    _, _, report = pretranslate(policy, "ar", memory, min_score=75)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    rows.append(("memory built (dedup, keys)", f"{len(memory)} entries, {built:.2f} s"))
    rows.append(
        (
            "pre-translate large policy (≤ 2 s)",
            f"{took:.2f} s ({cpu:.2f} s CPU) for {segments} segments: {len(report.exact)} exact, "
            f"{len(report.fuzzy)} fuzzy ≥ 75, {len(report.no_match)} no match",
        )
    )

    t0 = time.perf_counter()
    index = Concordance(
        ConcordanceEntry(e.source, e.target, e.origin, e.status) for e in memory.entries()
    )
    rows.append(
        ("concordance index built", f"{len(index)} entries, {time.perf_counter() - t0:.2f} s")
    )
    timings: list[float] = []
    counts = []
    for query in ("personal data", "البيانات الشخصية", "الاحتفاظ", "encrypted backup", "zzz"):
        for _ in range(5):
            t0 = time.perf_counter()
            hits = index.search(query)
            _ = [h.span for h in hits[:50]]  # what a window shows first
            timings.append((time.perf_counter() - t0) * 1000)
        counts.append(f"{query!r}: {len(hits)}")
    rows.append(
        (
            "concordance search (≤ 50 ms)",
            f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms "
            f"(limit 200 hits; {', '.join(counts)})",
        )
    )

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "bench.pstudio")
        t0 = time.perf_counter()
        ws.add_tm_units(
            [TmUnit("en", "ar", e.source, e.target, e.status, e.origin) for e in memory.entries()]
        )
        rows.append(("store 20,000 units in a workspace", f"{time.perf_counter() - t0:.2f} s"))
        t0 = time.perf_counter()
        out = export_tmx(ws, Path(tmp) / "m.tmx", [("en", "ar")])
        size = (Path(tmp) / "m.tmx").stat().st_size / 1e6
        rows.append(
            (
                "tm export (TMX)",
                f"{out.total} units, {size:.1f} MB, {time.perf_counter() - t0:.2f} s",
            )
        )
        other = Workspace.create(Path(tmp) / "other.pstudio")
        t0 = time.perf_counter()
        back = import_tmx(other, Path(tmp) / "m.tmx")
        rows.append(("tm import (TMX)", f"{back.added} units, {time.perf_counter() - t0:.2f} s"))
        other.close()
        ws.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
