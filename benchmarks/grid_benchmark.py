"""Bilingual grid timings on the large en+ar policy (500 sections): opening and typing.

Run: PYTHONPATH=. python benchmarks/grid_benchmark.py   (offscreen; prints a table)
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.large_policy import large_policy, with_translation_states, word_count  # noqa: E402
from policy_studio.checks import check_policy  # noqa: E402
from policy_studio.checks.translation import clear_caches  # noqa: E402
from policy_studio.library.memory import TranslationMemory  # noqa: E402
from policy_studio.ui.bilingual_grid import BilingualGrid  # noqa: E402

KEYS = "نحمي بياناتك الشخصية ونحتفظ بها مدة ٣٠ يومًا فقط. " * 4


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, str]] = []

    t0 = time.perf_counter()
    policy = with_translation_states(large_policy())
    rows.append(("generate policy", f"{time.perf_counter() - t0:.2f} s"))
    blocks = sum(1 for _ in policy.iter_blocks())
    rows.append(
        (
            "size",
            f"{len(policy.sections)} sections, {blocks} rows, {word_count(policy, 'en')} en / {word_count(policy, 'ar')} ar words",
        )
    )

    t0 = time.perf_counter()
    findings = check_policy(policy, "ar")
    rows.append(
        (
            "QA check_policy (all checks)",
            f"{time.perf_counter() - t0:.2f} s, {len(findings)} findings",
        )
    )

    t0 = time.perf_counter()
    memory = TranslationMemory("en", "ar")
    memory.add_policy(policy)
    built_tm = time.perf_counter() - t0
    probe = [b.get("en") for _, b in policy.iter_blocks()][::70]
    t0 = time.perf_counter()
    for text in probe:
        memory.suggest(text + " extra words")
    rows.append(
        (
            "translation memory",
            f"{len(memory)} entries built in {built_tm:.2f} s; fuzzy suggest {(time.perf_counter() - t0) * 1000 / len(probe):.1f} ms per segment",
        )
    )

    clear_caches()  # the grid runs the checks again: time it cold
    before = rss_mib()
    t0 = time.perf_counter()
    grid = BilingualGrid(policy, "en", "ar", memory=memory)
    built = time.perf_counter() - t0
    grid.resize(1400, 900)
    grid.show()
    app.processEvents()
    shown = time.perf_counter() - t0
    rows.append(("open grid: construct (model + checks)", f"{built:.2f} s"))
    rows.append(
        ("open grid: until first paint", f"{shown:.2f} s (+{rss_mib() - before:.0f} MiB peak RSS)")
    )
    rows.append(("rows measured for height", f"{len(grid._sized)} of {grid.model.rowCount()}"))

    t0 = time.perf_counter()
    grid.go_to_row(grid.model.rowCount() // 2, edit=True)
    app.processEvents()
    rows.append(
        ("jump to the middle row + open editor", f"{(time.perf_counter() - t0) * 1000:.1f} ms")
    )
    editor = grid.editor()
    assert editor is not None
    times = []
    for ch in KEYS:
        t0 = time.perf_counter()
        app.sendEvent(
            editor,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    rows.append(
        (
            "keystroke (Arabic, in the editor)",
            f"median {statistics.median(times):.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms ({len(times)} keys)",
        )
    )

    confirms = []
    for _ in range(10):
        row = grid.current_row()
        t0 = time.perf_counter()
        grid.confirm_and_next(row)
        app.processEvents()
        confirms.append((time.perf_counter() - t0) * 1000)
        ed = grid.editor()
        if ed is not None:
            app.sendEvent(
                ed,
                QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ن"
                ),
            )
    rows.append(
        (
            "Ctrl+Enter: commit, confirm, re-check, jump",
            f"median {statistics.median(confirms):.1f} ms, max {max(confirms):.1f} ms",
        )
    )

    t0 = time.perf_counter()
    grid.view.verticalScrollBar().setValue(grid.view.verticalScrollBar().maximum() // 3)
    app.processEvents()
    rows.append(
        (
            "scroll a third down (measure new rows, paint)",
            f"{(time.perf_counter() - t0) * 1000:.1f} ms",
        )
    )

    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    grid.close()


if __name__ == "__main__":
    main()
