"""Every performance figure the issues name, in one table, each beside its peer from the same run.

Run from the repository root:

    python benchmarks/run.py            # full inputs (the large policy: 500 sections); ~15 min
    python benchmarks/run.py --quick    # smaller inputs, slowest rows skipped; ~3 min

Peers: pandoc for DOCX/HTML export (``pip install .[bench]``; the rows say so when it is missing),
difflib for compare, the example policy for the window and PDF, PostgreSQL beside the SQLite file
for storage (a throw-away local cluster when ``initdb`` is on PATH). The figures come from the
benchmark scripts beside this file (their functions, or the script in a fresh process), so each
can be run alone for detail. Wall-clock times: on a shared machine, re-run before trusting one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Row = tuple[str, str, str, str]
"""(figure, ours, peer, goal)."""


def seconds(value: float) -> str:
    if value >= 0.1:
        return f"{value:.2f} s"
    return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def best(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _pandoc() -> str | None:
    try:
        from export_benchmark import pandoc_path

        return pandoc_path()
    except (ImportError, OSError, RuntimeError, SystemExit):
        return shutil.which("pandoc")


def export_rows(sections: int, runs: int, tmp: Path) -> list[Row]:
    """DOCX and HTML export as a whole command, beside pandoc on the same text as Markdown."""
    from export_benchmark import compile_package, timed
    from large_policy import large_policy, to_markdown

    from policy_studio.storage import Workspace

    compile_package()
    policy = large_policy(sections=sections)
    ws_path = tmp / "export.pstudio"
    with Workspace.create(ws_path) as workspace:
        workspace.save_policy(policy)
    (tmp / "en.md").write_text(to_markdown(policy, "en"), encoding="utf-8")
    both = to_markdown(policy, "en") + "\n\n" + to_markdown(policy, "ar")
    (tmp / "both.md").write_text(both, encoding="utf-8")
    export = [sys.executable, "-m", "policy_studio.cli", "export", policy.title["en"]]
    export += ["-w", str(ws_path)]
    pandoc = _pandoc()
    cases = [
        ("DOCX, English", "en", "en.docx", "en.md", [], "≤ 0.5 × pandoc"),
        ("DOCX, en | ar columns", "en,ar", "cols.docx", "both.md", [], "≤ 0.5 × pandoc"),
        ("HTML, English", "en", "en.html", "en.md", ["-s"], "≤ 0.1 × pandoc"),
    ]
    rows = []
    for name, langs, out, md, flags, goal in cases:
        ours = timed(export + ["--lang", langs, "-o", str(tmp / out)], runs)
        if pandoc is None:
            peer = "pandoc missing: pip install .[bench]"
        else:
            theirs = timed([pandoc, *flags, str(tmp / md), "-o", str(tmp / f"p-{out}")], runs)
            peer = f"pandoc {seconds(theirs)} ({ours / theirs:.2f} ×)"
        rows.append((f"export {name}, whole command", seconds(ours), peer, goal))
    return rows


def pdf_rows(quick: bool) -> list[Row]:
    """PDF (WeasyPrint) in a fresh process: the large policy beside the example."""
    from pdf_benchmark import measure

    example = measure("example", "ar", "weasyprint", ROOT, 1)
    peer = f"example (ar): {seconds(example['seconds'])}, {example['mb']:.0f} MB"
    if quick:
        return [("export PDF, example policy, Arabic", seconds(example["seconds"]), "—", "≤ 1 s")]
    large = measure("large", "en", "weasyprint", ROOT, 1)
    cols = measure("large", "columns", "weasyprint", ROOT, 1)
    return [
        (
            "export PDF, large policy, English",
            f"{seconds(large['seconds'])}, {large['mb']:.0f} MB",
            peer,
            "≤ 10 s, ≤ 1 GB",
        ),
        (
            "export PDF, large policy, en | ar columns",
            f"{seconds(cols['seconds'])} ({cols['seconds'] / large['seconds']:.2f} × one)",
            "one language (row above)",
            "≤ 2.2 × one language",
        ),
    ]


def diff_rows(sections: int, limit: float) -> list[Row]:
    """compare() beside flat difflib over the same two versions (en), and the CLI compare of two
    Markdown files beside difflib.unified_diff of their lines; import of an EN + AR pair."""
    from diff_benchmark import edited_version, flat_with_limit, ours
    from import_compare_benchmark import compare_command, difflib_lines, import_pair
    from large_policy import large_policy, to_markdown, word_count

    old = large_policy(sections=sections)
    new = edited_version(old)
    mine = min(ours(old, new, ["en"]) for _ in range(3))
    flat = flat_with_limit(old, new, "en", limit)
    peer = f"difflib {seconds(flat[0])}, {flat[1]} hunks" if flat else f"difflib > {limit:.0f} s"
    words = f"{word_count(old, 'en'):,} words"
    rows: list[Row] = [
        (f"compare two versions, en ({words})", f"{seconds(mine[0])}, {mine[1]} hunks", peer, "—")
    ]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        en, ar, en2 = root / "en.md", root / "ar.md", root / "en2.md"
        en.write_text(to_markdown(old, "en"), encoding="utf-8")
        ar.write_text(to_markdown(old, "ar"), encoding="utf-8")
        en2.write_text(to_markdown(new, "en"), encoding="utf-8")
        command = min(compare_command(en, en2, root / "r") for _ in range(2))
        lines = min(difflib_lines(en, en2) for _ in range(2))
        rows.append(
            (
                "compare command, 2 × Markdown (wall, CPU)",
                f"{seconds(command[0])}, {seconds(command[1])}",
                f"difflib.unified_diff {seconds(lines[0])}",
                "≤ 1 s",
            )
        )
        imported = min(import_pair(en, ar) for _ in range(2))
        rows.append(("import EN + AR Markdown (wall)", seconds(imported[0]), "—", "≤ 2 s"))
    return rows


def storage_rows(sections: int) -> list[Row]:
    """Open and an edit's round trip on the SQLite file, beside a local PostgreSQL."""
    import storage_benchmark
    from large_policy import large_policy

    policy = large_policy(sections=sections)
    with tempfile.TemporaryDirectory() as folder:
        sqlite = storage_benchmark.measure(str(Path(folder) / "bench.pstudio"), policy)
    peer: dict[str, float] | None = None
    note = "PostgreSQL: initdb not on PATH"
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        try:
            cluster = storage_benchmark._cluster()
        except Exception as exc:  # noqa: BLE001 - any failure to start a cluster is a note here
            note = f"PostgreSQL did not start: {exc}"
        else:
            try:
                peer = storage_benchmark.measure(cluster.new_database(), policy)
            finally:
                cluster.close()
    rows = []
    for key, goal in (("open", "≤ 500 ms"), ("edit save", "—"), ("round trip", "≤ 50 ms")):
        other = f"PostgreSQL {seconds(peer[key])}" if peer else note
        rows.append((f"storage {key} (SQLite file)", seconds(sqlite[key]), other, goal))
    return rows


def grid_rows(sections: int) -> list[Row]:
    """The bilingual grid alone: construct and paint, and a keystroke in its editor."""
    import statistics

    from large_policy import large_policy, with_translation_states
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from policy_studio.checks.translation import clear_caches
    from policy_studio.library.memory import TranslationMemory
    from policy_studio.ui.bilingual_grid import BilingualGrid

    app = QApplication.instance() or QApplication([])

    def open_grid(policy):  # type: ignore[no-untyped-def]
        memory = TranslationMemory("en", "ar")
        memory.add_policy(policy)
        clear_caches()
        start = time.perf_counter()
        grid = BilingualGrid(policy, "en", "ar", memory=memory)
        grid.resize(1400, 900)
        grid.show()
        app.processEvents()
        return grid, time.perf_counter() - start

    from policy_studio.library.starter import load_starter_clauses, sample_policy

    example = sample_policy({c.key: c for c in load_starter_clauses()})
    small, small_time = open_grid(example)
    small.close()
    grid, opened = open_grid(with_translation_states(large_policy(sections=sections)))
    grid.go_to_row(grid.model.rowCount() // 2, edit=True)
    app.processEvents()
    editor = grid.editor()
    keys = []
    for ch in "نحمي بياناتك الشخصية " * 3:
        start = time.perf_counter()
        app.sendEvent(
            editor,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
        app.processEvents()
        keys.append(time.perf_counter() - start)
    grid.close()
    return [
        (
            "grid alone: construct + first paint",
            seconds(opened),
            f"example {seconds(small_time)}",
            "—",
        ),
        (
            "grid: keystroke in an Arabic segment (median)",
            seconds(statistics.median(keys)),
            "—",
            "—",
        ),
    ]


def window_rows(runs: int, sections: int) -> list[Row]:
    """Issue 19's window table: each moment on the large policy beside the example policy."""
    from window_benchmark import measure, rows

    return [
        (f"window: {name}", large, f"example {example}", goal)
        for name, large, example, goal in rows(measure(runs, sections))
    ]


def translator_rows() -> list[Row]:
    """Pre-translation from a 20,000-unit memory and concordance search (no outside peer)."""
    import statistics

    from large_policy import large_policy
    from translator_benchmark import build_memory

    from policy_studio.library.concordance import Concordance, ConcordanceEntry
    from policy_studio.library.memory import TranslationMemory
    from policy_studio.ops.translator import pretranslate

    entries, _ = build_memory()
    memory = TranslationMemory("en", "ar", entries)
    policy = large_policy()
    for _, block in policy.iter_blocks():
        block.text.pop("ar", None)
        block.translations.clear()
    policy.target_languages = []
    start = time.perf_counter()
    pretranslate(policy, "ar", memory, min_score=75)
    took = time.perf_counter() - start
    index = Concordance(
        ConcordanceEntry(e.source, e.target, e.origin, e.status) for e in memory.entries()
    )
    searches = []
    for query in ("personal data", "البيانات الشخصية", "encrypted backup"):
        start = time.perf_counter()
        hits = index.search(query)
        _ = [h.span for h in hits[:50]]
        searches.append(time.perf_counter() - start)
    return [
        ("pre-translate large policy, 20,000-unit memory", seconds(took), "—", "≤ 2 s"),
        (
            "concordance search, 20,000 units (median)",
            seconds(statistics.median(searches)),
            "—",
            "≤ 50 ms",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, slowest rows skipped")
    parser.add_argument(
        "--only", help="comma-separated groups: export,pdf,diff,storage,grid,window,translator"
    )
    args = parser.parse_args()
    sections = 60 if args.quick else 500
    runs = 1 if args.quick else 3
    groups: dict[str, Callable[[Path], list[Row]]] = {
        "export": lambda tmp: export_rows(sections, runs, tmp),
        "pdf": lambda tmp: pdf_rows(args.quick),
        "diff": lambda tmp: diff_rows(sections, 20.0 if args.quick else 60.0),
        "storage": lambda tmp: storage_rows(sections),
        "grid": lambda tmp: grid_rows(sections),
        "window": lambda tmp: window_rows(1 if args.quick else 2, sections),
        "translator": lambda tmp: translator_rows(),
    }
    if args.quick:
        del groups["translator"]  # builds a 20,000-unit memory: about a minute
    chosen = args.only.split(",") if args.only else list(groups)
    size = f"{sections} sections" + (" (--quick)" if args.quick else "")
    print(f"Policy Studio benchmarks: large generated policy at {size}; best of {runs}", flush=True)
    table: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-run-") as folder:
        for name in chosen:
            if name not in groups:
                raise SystemExit(
                    f"run.py: no benchmark group {name!r} (choose from {', '.join(groups)})"
                )
            start = time.perf_counter()
            try:
                found = groups[name](Path(folder))
            except Exception as exc:  # noqa: BLE001 - one broken group must not hide the others
                found = [(name, "failed", f"{type(exc).__name__}: {exc}"[:80], "—")]
            table.extend(found)
            print(
                f"  {name}: {len(found)} rows in {time.perf_counter() - start:.0f} s",
                file=sys.stderr,
                flush=True,
            )
    widths = [
        max(len(r[i]) for r in [("figure", "ours", "peer (same run)", "goal"), *table])
        for i in range(4)
    ]
    header = ("figure", "ours", "peer (same run)", "goal")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
