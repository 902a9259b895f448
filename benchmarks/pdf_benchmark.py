"""PDF export time and peak memory: WeasyPrint (today's writer) beside the old Qt PDF writer.

Run: ``PYTHONPATH=. python benchmarks/pdf_benchmark.py [--runs N] [--qt-ref COMMIT]`` from the
repository root. Each measurement runs in a fresh process (peak memory is that process's
``ru_maxrss``). The old Qt writer (ui/pdf_export.py, removed in issue 14) is run from the last
commit that had it, unpacked with ``git archive`` into a temporary folder; ``--qt-ref none``
skips it. Cases: the example policy and the large generated policy (benchmarks/large_policy.py,
500 sections), one language and two columns (en | ar).

Wall time is the figure the goals name; CPU time (``time.process_time``, this process) is
printed beside it because on the shared machine the wall time mostly measures the load.

Goals (issue 14): example ≤ 1 s; large, one language ≤ 10 s; large, two columns ≤ 2.2 × the one
language time; memory ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

CASES = [
    ("example", "ar", "example policy, Arabic"),
    ("example", "columns", "example policy, en | ar columns"),
    ("large", "en", "large policy, English"),
    ("large", "columns", "large policy, en | ar columns"),
]

CHILD = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
which, layout, engine = sys.argv[1:4]
sys.path.insert(0, sys.argv[4])
from large_policy import large_policy
if engine == "qt":
    from policy_studio.io.options import ExportOptions, Layout
    from policy_studio.ui.pdf_export import write_pdf
else:
    from policy_studio.layout import ExportOptions, Layout
    from policy_studio.io.writers.pdf import write_pdf
    import weasyprint  # loaded before the clock starts, as QtGui is for the Qt writer (~2.5 s)
if which == "example":
    from policy_studio.library import starter
    from policy_studio.library.starter import load_starter_clauses, sample_policy
    # The installed package's resources are today's checkout: read the measured tree's own.
    tree_library = Path(starter.__file__).resolve().parents[2] / "resources" / "library"
    if tree_library.is_dir():
        starter.library_root = lambda: tree_library
    policy = sample_policy({c.key: c for c in load_starter_clauses()})
else:
    policy = large_policy()
if layout == "columns":
    options = ExportOptions(["en", "ar"], Layout.COLUMNS)
else:
    options = ExportOptions([layout])
out = Path(tempfile.mkdtemp()) / "out.pdf"
start, cpu = time.perf_counter(), time.process_time()
write_pdf(policy, out, options)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
import pypdf
pages = len(pypdf.PdfReader(str(out)).pages)
mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "mb": mb, "pages": pages}))
"""


def measure(which: str, layout: str, engine: str, source: Path, runs: int) -> dict[str, float]:
    """Best time of ``runs`` fresh processes, and the peak memory of that run."""
    env = dict(os.environ, PYTHONPATH=str(source), QT_QPA_PLATFORM="offscreen")
    best: dict[str, float] | None = None
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, which, layout, engine, str(BENCH)],
            env=env,
            # `python -c` puts the working directory first on sys.path: run in the tree measured.
            cwd=source,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            raise SystemExit(f"{engine} {which} {layout} failed:\n{done.stderr[-2000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    assert best is not None
    return best


def qt_source(ref: str, tmp: Path) -> Path | None:
    """The tree of ``ref`` (default: the last commit with the Qt PDF writer), unpacked."""
    if ref == "none":
        return None
    if ref == "auto":
        removed = subprocess.run(
            [
                "git",
                "log",
                "-1",
                "--format=%H",
                "--diff-filter=D",
                "--",
                "policy_studio/ui/pdf_export.py",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not removed:
            return None
        ref = f"{removed}^"
    archive = subprocess.run(
        # Its own resources too: the starter library of today has blocks (tables) it cannot read.
        ["git", "archive", "--format=tar", ref, "policy_studio", "resources"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tmp, filter="data")
    return tmp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--qt-ref", default="auto", help="commit with ui/pdf_export.py, or none")
    parser.add_argument("--only", choices=["example", "large"], help="one policy only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        qt = qt_source(args.qt_ref, Path(tmp_name))
        rows = []
        header = f"{'case':34} {'WeasyPrint':>12} {'CPU':>8} {'MB':>6} {'pages':>6}"
        header += f" {'Qt (old)':>10} {'CPU':>8} {'MB':>6} {'pages':>6}"
        print(header)
        print("-" * len(header))
        results: dict[tuple[str, str], dict[str, float]] = {}
        for which, layout, label in CASES:
            if args.only and which != args.only:
                continue
            new = measure(which, layout, "weasyprint", ROOT, args.runs)
            results[which, layout] = new
            old = measure(which, layout, "qt", qt, args.runs) if qt else None
            line = (
                f"{label:34} {new['seconds']:>11.2f}s {new['cpu']:>7.2f}s {new['mb']:>6.0f} "
                f"{new['pages']:>6.0f}"
            )
            if old:
                line += (
                    f" {old['seconds']:>9.2f}s {old['cpu']:>7.2f}s {old['mb']:>6.0f} "
                    f"{old['pages']:>6.0f}"
                )
            print(line, flush=True)
            rows.append(line)
        goals = []
        if ("example", "ar") in results:
            goals.append(("example ≤ 1 s", results["example", "ar"]["seconds"] <= 1.0))
        if ("large", "en") in results:
            one = results["large", "en"]["seconds"]
            goals.append(("large, one language ≤ 10 s", one <= 10.0))
            if ("large", "columns") in results:
                ratio = results["large", "columns"]["seconds"] / one
                goals.append((f"two columns ≤ 2.2 × one language ({ratio:.2f} ×)", ratio <= 2.2))
        goals.append(("memory ≤ 1 GB", all(r["mb"] <= 1024 for r in results.values())))
        print()
        for goal, met in goals:
            print(f"{'met    ' if met else 'NOT MET'} {goal}")


if __name__ == "__main__":
    main()
