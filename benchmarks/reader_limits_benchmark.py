"""Import and compare at the size limits (issue 18 item 11): ≤ 10 s and ≤ 500 MB, or refused.

    PYTHONPATH=. python benchmarks/reader_limits_benchmark.py [--repeat N] [--only NAME]

Generates the inputs the issue measured — DOCX bodies of 10 and 25 MB of varied XML, the
largest DOCX body the zip limits accept, one 11 MB HTML paragraph, a 49 MB text file, 100,000
tiny paragraphs — and runs ``policy-studio import`` (into a fresh workspace) and
``policy-studio compare`` (the file against a copy with one word changed) on each as whole
commands in a fresh process: wall time, CPU time and peak RSS (the child's ``ru_maxrss``), best
of N, each beside the figure the issue reported before the change. A refused input prints the
reason the command gave. The machine is shared: CPU time is the steadier figure. Peak memory is
the child's VmHWM (``ru_maxrss`` would keep the benchmark's own peak across exec).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parent.parent

WORDS = (
    "we collect personal data about you when use our services including your name address "
    "email phone number payment details device identifiers location information cookies "
    "analytics partners processors retention period lawful basis consent contract legal "
    "obligation legitimate interests rights access rectification erasure restriction "
    "portability objection complaint supervisory authority transfer safeguards security "
    "breach notification children marketing profiling automated decisions contact officer"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def docx_bytes(body_mb: float, seed: int = 1) -> bytes:
    """A DOCX whose document.xml is about ``body_mb`` MB of varied paragraphs and headings."""
    rng = random.Random(seed)
    target = int(body_mb * 1024 * 1024)
    parts: list[str] = []
    size = 0
    number = 0
    while size < target:
        number += 1
        if number % 40 == 1:
            xml = (
                '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>'
                f"{number // 40 + 1}. {_sentence(rng, 4)}</w:t></w:r></w:p>"
            )
        else:
            xml = (
                f'<w:p><w:r><w:t xml:space="preserve">{_sentence(rng, rng.randint(8, 30))} </w:t>'
                f"</w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{rng.choice(WORDS)}</w:t></w:r></w:p>"
            )
        parts.append(xml)
        size += len(xml)
    sys.path.insert(0, str(ROOT / "tests" / "io"))
    from docx_package import make_docx

    return make_docx("".join(parts))


def html_paragraph(mb: float, seed: int = 2) -> str:
    rng = random.Random(seed)
    words = []
    size = 0
    while size < mb * 1024 * 1024:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return f"<html><body><h1>Notice</h1><p>{' '.join(words)}</p></body></html>"


def text_file(mb: float, seed: int = 3) -> str:
    rng = random.Random(seed)
    lines = []
    size = 0
    number = 0
    while size < mb * 1024 * 1024:
        number += 1
        line = (
            f"{number // 30 + 1}. {_sentence(rng, 3)}"
            if number % 30 == 1
            else _sentence(rng, rng.randint(10, 40))
        )
        lines.append(line)
        lines.append("")
        size += len(line) + 2
    return "\n".join(lines)


def tiny_paragraphs(count: int, seed: int = 4) -> str:
    rng = random.Random(seed)
    return "\n\n".join(f"{rng.choice(WORDS)} {n}." for n in range(count))


def text_at_limits(seed: int = 5) -> str:
    """A text file just inside both limits: 29,900 paragraphs of ~400 characters (12 MB)."""
    rng = random.Random(seed)
    lines = []
    for number in range(29_900):
        if number % 40 == 0:
            lines.append(f"{number // 40 + 1}. {_sentence(rng, 3)}")
        else:
            words = []
            while sum(len(w) + 1 for w in words) < 390:
                words.append(rng.choice(WORDS))
            lines.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(lines)


INPUTS: dict[str, tuple[str, Callable[[], bytes | str], str]] = {
    "docx 7.4 MB XML (30k para.)": ("docx", lambda: docx_bytes(7.4), "—"),
    "docx 10 MB XML (40k para.)": ("docx", lambda: docx_bytes(10), "import 26 s, 136 MB"),
    "docx 25 MB XML": ("docx", lambda: docx_bytes(25), "import 58 s, 292 MB"),
    "docx 60 MB XML": ("docx", lambda: docx_bytes(60), "import 63 s/879 MB; compare 84 s/2.5 GB"),
    "html 11 MB paragraph": ("html", lambda: html_paragraph(11), "import ~17 s"),
    "txt 49 MB": ("txt", lambda: text_file(49), "import 46 s/1.7 GB (compare)"),
    "txt 12 MB, 29,900 para.": ("txt", text_at_limits, "—"),
    "md 100k tiny paragraphs": ("md", lambda: tiny_paragraphs(100_000), "6–11 s"),
    "md 29,900 tiny paragraphs": ("md", lambda: tiny_paragraphs(29_900), "—"),
}


def _edited(data: bytes | str, suffix: str) -> bytes | str:
    """The same document with its first "personal" changed to "private"."""
    if suffix != "docx":
        assert isinstance(data, str)
        return data.replace("personal", "private", 1)
    assert isinstance(data, bytes)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as old,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for item in old.infolist():
            content = old.read(item)
            if item.filename == "word/document.xml":
                content = content.replace(b"personal", b"private", 1)
            new.writestr(item, content)
    return out.getvalue()


def run(args: list[str]) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak RSS MB, first line of error) of one CLI command in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import resource, runpy, sys\n"
        "sys.argv = ['policy-studio', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('policy_studio.cli', run_name='__main__')\n"
        "finally:\n"
        "    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
        # ru_maxrss survives exec (the benchmark's own peak would show); VmHWM does not.
        "    hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
        "    print(f'@@ {usage.ru_utime + usage.ru_stime} {hwm[0]}', file=sys.stderr)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    wall = time.perf_counter() - start
    cpu, rss = 0.0, 0.0
    error = ""
    for line in done.stderr.splitlines():
        if line.startswith("@@ "):
            cpu_text, rss_text = line[3:].split()
            cpu, rss = float(cpu_text), int(rss_text) / 1024
        elif line.strip() and not error and done.returncode:
            error = line.strip()
    return wall, cpu, rss, error


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="run only inputs whose name contains this")
    args = parser.parse_args()
    print(
        f"{'input':28} {'command':8} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}  before (issue 18)"
    )
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for name, (suffix, make, before) in INPUTS.items():
            if args.only and args.only not in name:
                continue
            data = make()
            path = tmp / f"{name.replace(' ', '_')}.{suffix}"
            edited = tmp / f"{name.replace(' ', '_')}_edited.{suffix}"
            for target, content in ((path, data), (edited, _edited(data, suffix))):
                if isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(content, encoding="utf-8")
            size = path.stat().st_size / 1048576
            for command in ("import", "compare"):
                best: tuple[float, float, float, str] | None = None
                for attempt in range(args.repeat):
                    workspace = tmp / f"ws{attempt}.pstudio"
                    workspace.unlink(missing_ok=True)
                    if command == "import":
                        run(["new", "--empty", str(workspace)])
                    argv = (
                        ["import", str(path), "-w", str(workspace)]
                        if command == "import"
                        else [
                            "compare",
                            str(path),
                            str(edited),
                            "--format",
                            "json",
                            "-o",
                            str(tmp / "out.json"),
                        ]
                    )
                    result = run(argv)
                    if best is None or result[1] < best[1]:
                        best = result
                assert best is not None
                wall, cpu, rss, error = best
                shown = f"refused: {error}" if error else before
                figures = f"{wall:7.1f} {cpu:7.1f} {rss:8.0f}"
                print(f"{name:28} {command:8} {figures}  {shown}  ({size:.1f} MB file)")
                sys.stdout.flush()


if __name__ == "__main__":
    main()
