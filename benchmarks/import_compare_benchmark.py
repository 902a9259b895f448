"""Import and compare of real files, as a user runs them (issue 12).

    PYTHONPATH=. python benchmarks/import_compare_benchmark.py [--repeat N]

Writes the large generated policy (benchmarks/large_policy.py: 500 sections, ~150,000 words per
language) as Markdown — English, Arabic, and an edited English version (diff_benchmark's
edits: ~2% of words, 5 sections moved, 5 added, 5 removed) — then measures:

- ``policy-studio compare old.md new.md --format json`` as a whole command (a fresh process:
  start-up, reading and structure recovery of both files, language detection, compare, JSON),
  wall time and CPU time, beside difflib's line diff of the same two files (``difflib.unified_diff``
  over their lines, the usual peer for "what changed between two text files");
- ``import_documents(en.md, ar.md)`` in-process: both files read, detected and aligned.

CPU time is printed beside wall time because the machine is shared: wall time grows with the
load, CPU time much less.
"""

from __future__ import annotations

import argparse
import difflib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from diff_benchmark import edited_version  # noqa: E402
from large_policy import large_policy, to_markdown, word_count  # noqa: E402

from policy_studio.io.import_flow import import_documents  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def compare_command(old: Path, new: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of the compare command in a fresh process."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "policy_studio.cli", "compare", str(old), str(new)]
        + ["--format", "json", "-o", str(out)],
        check=True,
        capture_output=True,
        cwd=Path(__file__).parent.parent,
    )
    return time.perf_counter() - start, _children_cpu() - cpu


def difflib_lines(old: Path, new: Path) -> tuple[float, float]:
    cpu = time.process_time()
    start = time.perf_counter()
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    sum(1 for _ in difflib.unified_diff(a, b, lineterm=""))
    return time.perf_counter() - start, time.process_time() - cpu


def import_pair(en: Path, ar: Path) -> tuple[float, float]:
    cpu = time.process_time()
    start = time.perf_counter()
    import_documents(en, [("ar", ar)], lang=None, title=None)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; the best is shown")
    args = parser.parse_args()
    policy = large_policy()
    edited = edited_version(policy)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        en, ar, en2 = root / "en.md", root / "ar.md", root / "en2.md"
        en.write_text(to_markdown(policy, "en"), encoding="utf-8")
        ar.write_text(to_markdown(policy, "ar"), encoding="utf-8")
        en2.write_text(to_markdown(edited, "en"), encoding="utf-8")
        rows = [
            ("compare command (ours), 2 × Markdown", lambda: compare_command(en, en2, root / "r")),
            ("difflib.unified_diff of the same lines", lambda: difflib_lines(en, en2)),
            ("import EN + AR from two Markdown files", lambda: import_pair(en, ar)),
        ]
        print(
            f"Large policy: {word_count(policy, 'en'):,} English words, "
            f"{word_count(policy, 'ar'):,} Arabic words; best of {args.repeat}"
        )
        print(f"{'what':<42} {'wall s':>8} {'CPU s':>8}")
        for name, action in rows:
            # Best wall and best CPU of the runs (each its own best: on a shared machine the
            # run with the least CPU is not always the one with the least waiting).
            runs = [action() for _ in range(args.repeat)]
            wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
            print(f"{name:<42} {wall:>8.2f} {cpu:>8.2f}")
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"load average (1, 5, 15 min) at the end: {load} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
