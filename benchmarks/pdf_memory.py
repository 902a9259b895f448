"""Where a PDF export's memory goes: resident memory at WeasyPrint's phase boundaries.

Run: ``PYTHONPATH=. python benchmarks/pdf_memory.py [--sections 500] [--layout columns]
[--variant now] [--trace PHASE,…] [--types PHASE,…]`` from the repository root. The HTML of the
large policy (benchmarks/large_policy.py, or a sample of ``--sections``) is printed by our HTML
writer, then one process prints it to PDF the way ``html_to_pdf`` does and reports, at the end
of each phase (styles, boxes, layout, margin boxes, each hundredth page drawn, bookmarks, fonts,
tags, writing the file), the resident memory then (``/proc/self/statm``), the peak so far
(``ru_maxrss``) and the CPU time. ``--trace`` also takes a tracemalloc snapshot at the named
phases and prints the lines that hold the most memory then (slow: use a sample); ``--types``
counts the live objects the garbage collector knows by type (count and ``sys.getsizeof``).

``--variant`` is "now" (``html_to_pdf``'s patches, as the export runs) or "before" (the patches
of the sessions before the fifth pass only: pydyf, right-to-left lines, leaders, markers, fewer
collections). Figures and what they showed: docs/export.md, "Fifth pass".
"""

from __future__ import annotations

import argparse
import gc
import io
import logging
import os
import resource
import sys
import time
import tracemalloc
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
PAGE = os.sysconf("SC_PAGE_SIZE")


class Phases:
    def __init__(self, trace: set[str], types: set[str]) -> None:
        self.trace = trace
        self.types = types
        self.start = time.process_time()
        self.rows: list[tuple[str, float, float, float]] = []

    def mark(self, name: str) -> None:
        with open("/proc/self/statm") as statm:
            rss = int(statm.read().split()[1]) * PAGE / 2**20
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu = time.process_time() - self.start
        self.rows.append((name, rss, peak, cpu))
        print(f"{name:28} {rss:7.0f} MB now {peak:7.0f} MB peak {cpu:7.2f} s CPU", flush=True)
        if name.split(" ")[0] in self.trace and tracemalloc.is_tracing():
            snapshot = tracemalloc.take_snapshot()
            print(f"  tracemalloc at {name}: {tracemalloc.get_traced_memory()[0] / 2**20:.0f} MB")
            for stat in snapshot.statistics("lineno")[:25]:
                frame = stat.traceback[0]
                where = frame.filename.split("site-packages/")[-1]
                print(f"  {stat.size / 2**20:7.1f} MB {stat.count:9} {where}:{frame.lineno}")
        if name.split(" ")[0] in self.types:
            count: Counter[str] = Counter()
            size: Counter[str] = Counter()
            for obj in gc.get_objects():
                kind = type(obj).__name__
                count[kind] += 1
                size[kind] += sys.getsizeof(obj)
            print(f"  live objects at {name} (gc-tracked; sizes shallow):")
            for kind, total in size.most_common(20):
                print(f"  {total / 2**20:7.1f} MB {count[kind]:9} {kind}")


def wrap(module: Any, name: str, after: Callable[[], None]) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        after()
        return result

    setattr(module, name, wrapped)


def wrap_generator(module: Any, name: str, after: Callable[[], None]) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Iterator[Any]:
        yield from original(*args, **kwargs)
        after()

    setattr(module, name, wrapped)


def instrument(phases: Phases) -> None:
    import pydyf
    import weasyprint.document as document
    import weasyprint.layout as layout
    import weasyprint.pdf as pdf

    wrap(document, "get_all_computed_styles", lambda: phases.mark("styles"))
    wrap(document, "build_formatting_structure", lambda: phases.mark("boxes"))
    wrap_generator(layout, "make_all_pages", lambda: phases.mark("layout"))
    wrap_generator(document, "layout_document", lambda: phases.mark("margins (and backgrounds)"))
    painted = {"n": 0}
    paint = document.Page.paint

    def counted_paint(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = paint(self, *args, **kwargs)
        painted["n"] += 1
        if painted["n"] % 100 == 0:
            phases.mark(f"drawing page {painted['n']}")
        return result

    document.Page.paint = counted_paint
    wrap(pdf, "add_outlines", lambda: phases.mark(f"drawing all ({painted['n']} pages)"))
    wrap(pdf, "build_fonts_dictionary", lambda: phases.mark("fonts"))
    wrap(pdf, "add_tags", lambda: phases.mark("tags"))
    wrap(pdf, "generate_pdf", lambda: phases.mark("pdf objects (PDF/A)"))
    write = pydyf.PDF.write

    def counted_write(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = write(self, *args, **kwargs)
        phases.mark("file written")
        return result

    pydyf.PDF.write = counted_write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sections", type=int, default=500)
    parser.add_argument("--layout", choices=["en", "ar", "columns"], default="columns")
    parser.add_argument("--variant", choices=["now", "before"], default="now")
    parser.add_argument("--trace", default="", help="phases for tracemalloc, comma-separated")
    parser.add_argument("--types", default="", help="phases for an object count by type")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from pdf_budget import sample_html  # the same sample the budget prints

    html = sample_html(args.sections, args.layout)
    import weasyprint

    from policy_studio.io.writers import pdf as P

    if args.variant == "before":
        P.speed_up_pydyf()
        P.speed_up_weasyprint()
        P.speed_up_leaders()
        P.speed_up_markers()
        render = _plain_html_to_pdf
    else:
        # Patched before the phases are wrapped (a patch checks the code it replaces).
        P.lighten_pseudo_styles()
        P.lighten_drawn_pages()
        P.share_language_styles()

        def render(html: str, weasyprint: Any) -> bytes:
            return P.html_to_pdf(html)

    gc.collect()
    trace = {p for p in args.trace.split(",") if p}
    phases = Phases(trace, {p for p in args.types.split(",") if p})
    instrument(phases)
    if trace:
        tracemalloc.start()
    phases.mark("start")
    data = render(html, weasyprint)
    phases.mark("returned")
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"{args.sections} sections, {args.layout}, {args.variant}: {len(data) / 1024:.0f} kB, "
        f"load {load}"
    )


def _plain_html_to_pdf(html: str, weasyprint: Any) -> bytes:
    """html_to_pdf with the previous sessions' patches and nothing of this session's."""
    from policy_studio.io.writers import pdf as P

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        with P._fewer_collections():
            document = weasyprint.HTML(string=html, base_url=None).render()
            document.write_pdf(
                buffer, pdf_variant=P.PDF_VARIANT, pdf_tags=True, custom_metadata=True
            )
            del document
        gc.collect()
    return buffer.getvalue()


if __name__ == "__main__":
    main()
