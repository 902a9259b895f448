"""Export the large bilingual policy to DOCX and HTML, whole command included, beside pandoc.

Run: ``PYTHONPATH=. python benchmarks/export_benchmark.py [--runs N]`` from the repository root.
Needs pandoc: the pypandoc-binary wheel ships one (``pip install -e '.[bench]'``); else a
``pandoc`` on PATH is used. Prints a table of the best wall time of each command, and each
against its target (DOCX at most half of pandoc's time for the same content, HTML at most a
tenth: issue 14's goal).

Our command runs from compiled bytecode, as an installed copy does (pip compiles it; this
machine's environment sets PYTHONDONTWRITEBYTECODE, which would otherwise make every run
compile some 70 modules again, about 0.17 s): the package is byte-compiled first.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_policy import large_policy, to_markdown, word_count

from policy_studio.storage import Workspace


def pandoc_path() -> str:
    """pandoc from the pypandoc-binary wheel (the ``bench`` extra), else from PATH."""
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError, RuntimeError):
        found = shutil.which("pandoc")
        if found is None:
            raise SystemExit(
                "pandoc not found: pip install -e '.[bench]' (the pypandoc-binary wheel ships "
                "pandoc) or put a pandoc on PATH"
            ) from None
        return found


def compile_package() -> None:
    """Byte-compile policy_studio in place, as an installed copy is (see the module notes)."""
    compileall.compile_dir(str(ROOT / "policy_studio"), quiet=1)


def timed(command: list[str], runs: int) -> float:
    """Best wall time of ``runs``: on a shared machine the minimum is the least disturbed run
    (timeit's rule); both sides are measured the same way, interleaved."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_package()
    policy = large_policy()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ws_path = tmp / "bench.pstudio"
        with Workspace.create(ws_path) as workspace:
            workspace.save_policy(policy)
        for lang in ("en", "ar"):
            (tmp / f"{lang}.md").write_text(to_markdown(policy, lang), encoding="utf-8")
        (tmp / "both.md").write_text(
            to_markdown(policy, "en") + "\n\n" + to_markdown(policy, "ar"), encoding="utf-8"
        )
        export = [
            sys.executable,
            "-m",
            "policy_studio.cli",
            "export",
            "Large policy",
            "-w",
            str(ws_path),
        ]
        pandoc = pandoc_path()
        ours = {
            "docx single en": export + ["--lang", "en", "-o", str(tmp / "en.docx")],
            "docx single ar": export + ["--lang", "ar", "-o", str(tmp / "ar.docx")],
            "docx columns en+ar": export + ["--lang", "en,ar", "-o", str(tmp / "cols.docx")],
            "html single en": export + ["--lang", "en", "-o", str(tmp / "en.html")],
            "html columns en+ar": export + ["--lang", "en,ar", "-o", str(tmp / "cols.html")],
        }
        theirs = {
            "docx single en": [pandoc, str(tmp / "en.md"), "-o", str(tmp / "p-en.docx")],
            "docx single ar": [pandoc, str(tmp / "ar.md"), "-o", str(tmp / "p-ar.docx")],
            "docx columns en+ar": [pandoc, str(tmp / "both.md"), "-o", str(tmp / "p-both.docx")],
            "html single en": [pandoc, "-s", str(tmp / "en.md"), "-o", str(tmp / "p-en.html")],
            "html columns en+ar": [
                pandoc,
                "-s",
                str(tmp / "both.md"),
                "-o",
                str(tmp / "p-both.html"),
            ],
        }
        print(
            f"large policy: {len(policy.sections)} sections, "
            f"{word_count(policy, 'en'):,} words en, {word_count(policy, 'ar'):,} words ar; "
            f"best of {args.runs} runs, whole command (process start included)"
        )
        print(f"{'export':<22}{'policy-studio':>15}{'pandoc':>10}{'ratio':>8}{'target':>9}  ok")
        for name, command in ours.items():
            mine = reference = float("inf")
            for _ in range(args.runs):  # interleaved, so load from other processes hits both
                mine = min(mine, timed(command, 1))
                reference = min(reference, timed(theirs[name], 1))
            target = 0.5 if name.startswith("docx") else 0.1
            ratio = mine / reference
            print(
                f"{name:<22}{mine:>14.2f}s{reference:>9.2f}s{ratio:>8.2f}{target:>9.2f}  "
                f"{'yes' if ratio <= target else 'NO'}"
            )


if __name__ == "__main__":
    main()
