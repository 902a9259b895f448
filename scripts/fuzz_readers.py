"""Fuzz the import readers with mutated documents: every case must import or be refused cleanly.

Run: python scripts/fuzz_readers.py [--cases 10000] [--seed 1] [--formats txt,md,html,xlf,docx]
     [--limit-seconds 10]

Each case takes a small valid document of one format (built here, with English and Arabic
text), mutates it with a seeded random generator (bit flips, truncation, inserted, repeated and
deleted chunks; for DOCX the XML parts inside the zip as well as the zip itself), and reads it
with the import readers in this process. The outcome is one of:

- ``ok``: a policy came back;
- ``refused``: a PolicyStudioError (a clear message) — fine;
- ``crash``: any other exception — a bug;
- ``slow``: over the time limit (the case is interrupted with SIGALRM where Python can be).

The script prints a table per format and exits 1 when any case crashed or was slow. The test
suite runs the same engine on a few hundred cases per format (tests/io/test_fuzz_readers.py).
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policy_studio.model import PolicyStudioError  # noqa: E402

FORMATS = ("txt", "md", "html", "xlf", "docx")

_TEXT = (
    "Garden Club Privacy Notice\n\n"
    "1. Who we are\n\n"
    "The Garden Club keeps a list of members. Write to desk@garden.example or call "
    "+44 20 7946 0958.\n\n"
    "2. What we keep\n\n"
    "- your name\n- your address\n- the seasons you joined\n\n"
    "إشعار الخصوصية لنادي الحديقة\n\n"
    "١. من نحن\n\n"
    "يحتفظ نادي الحديقة بقائمة الأعضاء. راسلنا على desk@garden.example.\n"
)
_MARKDOWN = (
    "# Garden Club Privacy Notice\n\n"
    "## Who we are {: #who }\n\n"
    "The **Garden Club** keeps a [list](https://garden.example/list) of members.\n\n"
    "1. your name\n   - nested detail\n2. your address\n\n"
    "> A quoted note.\n\n"
    "| Item | Kept |\n|---|---|\n| name | 2 years |\n\n"
    "## من نحن\n\nيحتفظ *نادي الحديقة* بقائمة الأعضاء.\n"
)
_HTML = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Garden notice</title>"
    "</head><body><nav><a href='/'>Home</a></nav><main><h1>Garden Club Privacy Notice</h1>"
    "<h2 id='who'>Who we are</h2><p>The <b>Garden Club</b> keeps a "
    "<a href='https://garden.example'>list</a> of members.</p><ul><li>your name<ul>"
    "<li>detail</li></ul></li><li>your address</li></ul><table><tr><td>name</td>"
    "<td>2 years</td></tr></table><h2 dir='rtl' lang='ar'>من نحن</h2>"
    "<p dir='rtl'>يحتفظ نادي الحديقة بقائمة الأعضاء.</p></main></body></html>"
)


def _policy() -> object:
    from policy_studio.model import Block, BlockKind, Policy, Section

    def section(sid: str, en: str, ar: str, body: list[tuple[str, str]]) -> Section:
        return Section(
            heading=Block(BlockKind.TITLE, {"en": en, "ar": ar}, id=f"{sid}.t"),
            blocks=[
                Block(BlockKind.PARAGRAPH, {"en": e, "ar": a}, id=f"{sid}.{i}")
                for i, (e, a) in enumerate(body)
            ],
            id=sid,
        )

    return Policy(
        title={"en": "Garden notice", "ar": "إشعار الحديقة"},
        id="fuzz",
        source_language="en",
        target_languages=["ar"],
        organization="Garden Club",
        sections=[
            section("a", "Who we are", "من نحن", [("We keep **a list**.", "نحتفظ **بقائمة**.")]),
            section(
                "b",
                "Contact",
                "التواصل",
                [("Write to [us](mailto:desk@garden.example).", "راسلنا على desk@garden.example.")],
            ),
        ],
    )


def seed_documents(formats: tuple[str, ...] = FORMATS) -> dict[str, bytes]:
    """One small valid document per format, built by our own writers where we have one."""
    from policy_studio.io.writers.xliff import policy_to_xliff

    policy = _policy()
    seeds = {
        "txt": _TEXT.encode("utf-8"),
        "md": _MARKDOWN.encode("utf-8"),
        "html": _HTML.encode("utf-8"),
        "xlf": policy_to_xliff(policy, "ar"),  # type: ignore[arg-type]
    }
    if "docx" in formats:
        from policy_studio.io.writers.docx import write_docx
        from policy_studio.layout.options import ExportOptions, Layout

        options = ExportOptions(["en", "ar"], layout=Layout.SEQUENTIAL)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "seed.docx"
            write_docx(policy, path, options)  # type: ignore[arg-type]
            seeds["docx"] = path.read_bytes()
    return seeds


_TOKENS = [
    b"<",
    b">",
    b"</p>",
    b"<p>",
    b"&",
    b"&#0;",
    b"&amp;",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xd8",
    b"\n",
    b"\r",
    b"#",
    b"- ",
    b"* ",
    b"1. ",
    b"[",
    b"](",
    b")",
    b"**",
    b"{{",
    b"}}",
    b"{: #x }",
    b"<w:p>",
    b"</w:p>",
    b"<w:t>",
    b'w:val="',
    b"<!DOCTYPE x>",
    b"<![CDATA[",
    b"]]>",
    "\u202e".encode(),
    "ـ".encode(),
    b"    ",
    b"\t",
    b"\x1b[2J",
]


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits of ``data``."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out.extend(rng.choice(_TOKENS))
            continue
        where = rng.randrange(len(out))
        kind = rng.randrange(7)
        if kind == 0:  # flip bits
            out[where] ^= 1 << rng.randrange(8)
        elif kind == 1:  # truncate
            del out[where:]
        elif kind == 2:  # insert a token
            out[where:where] = rng.choice(_TOKENS)
        elif kind == 3:  # insert random bytes
            out[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif kind == 4:  # delete a chunk
            del out[where : where + rng.randint(1, 64)]
        elif kind == 5:  # repeat a chunk many times (deep nesting, long tokens)
            chunk = bytes(out[where : where + rng.randint(1, 12)])
            out[where:where] = chunk * rng.randint(2, 400)
        else:  # swap two chunks
            other = rng.randrange(len(out))
            a, b = sorted((where, other))
            size = rng.randint(1, 32)
            out[a : a + size], out[b : b + size] = out[b : b + size], out[a : a + size]
    return bytes(out)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """Half the time the zip itself, else one XML part inside a well-formed zip."""
    if rng.random() < 0.5:
        return mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    xml_parts = [name for name in parts if name.endswith((".xml", ".rels"))]
    name = rng.choice([n for n in xml_parts if "document" in n or "styles" in n] or xml_parts)
    parts[name] = mutate_bytes(parts[name], rng)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for part, content in parts.items():
            package.writestr(part, content)
    return buffer.getvalue()


@dataclass
class Outcome:
    fmt: str
    case: int
    kind: str
    """ok, refused, crash or slow."""
    seconds: float
    detail: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def bad(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind in ("crash", "slow")]

    def table(self) -> str:
        counts: dict[str, Counter[str]] = {}
        slowest: dict[str, float] = {}
        for o in self.outcomes:
            counts.setdefault(o.fmt, Counter())[o.kind] += 1
            slowest[o.fmt] = max(slowest.get(o.fmt, 0.0), o.seconds)
        lines = [
            f"{'format':<6} {'cases':>6} {'ok':>6} {'refused':>8} {'crash':>6} {'slow':>5} "
            f"{'slowest':>8}"
        ]
        for fmt, c in counts.items():
            lines.append(
                f"{fmt:<6} {sum(c.values()):>6} {c['ok']:>6} {c['refused']:>8} {c['crash']:>6} "
                f"{c['slow']:>5} {slowest[fmt]:>7.2f}s"
            )
        return "\n".join(lines)


class _Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


def run_case(fmt: str, data: bytes, folder: Path, case: int, limit: float) -> Outcome:
    from policy_studio.io.import_flow import read_any

    path = folder / f"case{case}.{fmt}"
    path.write_bytes(data)
    use_alarm = hasattr(signal, "SIGALRM")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit * 2)
    start = time.perf_counter()
    kind, detail = "ok", ""
    try:
        read_any(path)
    except PolicyStudioError as exc:
        kind, detail = "refused", str(exc).splitlines()[0][:200]
    except _Timeout:
        kind, detail = "slow", f"interrupted after {limit * 2:.0f} s"
    except Exception as exc:  # noqa: BLE001 - what the fuzzer is looking for
        kind = "crash"
        detail = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=-4)}"
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        path.unlink(missing_ok=True)
    seconds = time.perf_counter() - start
    if kind != "slow" and seconds > limit:
        kind, detail = "slow", f"{seconds:.1f} s"
    return Outcome(fmt, case, kind, seconds, detail)


def fuzz(
    cases: int,
    seed: int,
    formats: tuple[str, ...] = FORMATS,
    limit: float = 10.0,
    progress: Callable[[Outcome], None] | None = None,
) -> Report:
    """``cases`` mutated documents per format, reproducible from ``seed``."""
    seeds = seed_documents(formats)
    report = Report()
    with tempfile.TemporaryDirectory() as folder:
        for fmt in formats:
            rng = random.Random(f"{seed}:{fmt}")
            mutate = mutate_docx if fmt == "docx" else mutate_bytes
            for case in range(cases):
                outcome = run_case(fmt, mutate(seeds[fmt], rng), Path(folder), case, limit)
                report.outcomes.append(outcome)
                if progress is not None:
                    progress(outcome)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10000, help="cases per format")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--limit-seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    formats = tuple(f for f in args.formats.split(",") if f)

    def progress(outcome: Outcome) -> None:
        if outcome.kind in ("crash", "slow"):
            print(f"{outcome.fmt} case {outcome.case}: {outcome.kind}: {outcome.detail}")

    start = time.perf_counter()
    report = fuzz(args.cases, args.seed, formats, args.limit_seconds, progress)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(report.table())
    print(f"seed {args.seed}, {time.perf_counter() - start:.0f} s, peak memory {peak:.0f} MB")
    return 1 if report.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
