"""What a PDF export's CPU time is made of: the WeasyPrint call with one feature off at a time.

Run: ``PYTHONPATH=. python benchmarks/pdf_budget.py [--sections 60] [--layout en|ar|columns]
[--runs 3] [VARIANT …]`` from the repository root. The HTML of a sample of the large policy
(benchmarks/large_policy.py) is printed by our own HTML writer once; then each variant prints it
to PDF in a fresh process, the variants interleaved (A, B, C, A, B, C, …) so that a change of
load hits them alike, and the best CPU time (``time.process_time`` of the WeasyPrint call) of
``--runs`` is shown with its split into laying out (``render``) and writing the file, the peak
memory and the file size. The machine is shared: compare variants of one run only.

"before" is WeasyPrint as the previous session left it (the pydyf and right-to-left speed-ups);
"now" adds this session's (dot leaders, list markers: io/writers/pdf.py). Every other variant is
"before" with one feature switched off or changed; several can be joined with "+". They measure
what a feature costs, not things to ship: most remove a property the export must keep
(docs/export.md, "Fourth pass").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

VARIANTS = {
    "before": "the export as the previous session left it",
    "now": "with this session's leader and list-marker speed-ups",
    "notags": "no structure tree (pdf_tags=False)",
    "nopdfa": "no PDF/A (pdf_variant=None)",
    "nometa": "no metadata from <title>/<meta> (custom_metadata=False)",
    "fullfonts": "whole fonts embedded, no subsetting (full_fonts=True)",
    "hinting": "hinting kept in the subsets (hinting=True)",
    "uncompressed": "streams not deflated (uncompressed_pdf=True)",
    "nomargin": "no running header or footer (margin boxes removed)",
    "nopagestotal": 'footer "page X of N" with a fixed N (no counter(pages))',
    "notoc": "no contents at all",
    "notocnum": "contents without dot leaders and page numbers",
    "noleader": "contents with page numbers, no dot leaders",
    "nobookmarks": "no bookmarks (bookmark-level: none)",
    "nomarkers": "no list markers (list-style: none)",
    "inside": "list markers inside the text (list-style-position: inside)",
    "markerib": "list markers as ::before inline-blocks of fixed width in the indent",
    "novars": "CSS variables replaced by their values",
    "nobdi": "<bdi> replaced by <span>",
    "nolinks": "no <a> elements (also drops the contents' leaders and numbers)",
    "sepborders": "tables with separate borders instead of collapsed ones",
    "mincss": "our stylesheet replaced by page size, font and line height only",
}

CHILD = r"""
import io, json, logging, re, resource, sys, time, warnings
src, variant = sys.argv[1], sys.argv[2]
html = open(src, encoding="utf-8").read()
import weasyprint
from policy_studio.io.writers import pdf as P
P.speed_up_pydyf(); P.speed_up_weasyprint()
logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)
options = dict(pdf_variant=P.PDF_VARIANT, pdf_tags=True, custom_metadata=True)
def add_css(css):
    global html
    html = html.replace("</style>", css + "\n</style>", 1)
for v in variant.split("+"):
    if v == "before": pass
    elif v == "now": P.speed_up_leaders(); P.speed_up_markers()
    elif v == "notags": options["pdf_tags"] = False
    elif v == "nopdfa": options["pdf_variant"] = None
    elif v == "nometa": options["custom_metadata"] = False
    elif v == "fullfonts": options["full_fonts"] = True
    elif v == "hinting": options["hinting"] = True
    elif v == "uncompressed": options["uncompressed_pdf"] = True
    elif v == "nomargin": html = re.sub(r"@(top|bottom)-[a-z]+ \{[^}]*\}", "", html)
    elif v == "nopagestotal": html = re.sub(r"counter\(pages, [a-z-]+\)", '"N"', html)
    elif v == "notoc": html = re.sub(r'<nav class="toc.*?</nav>', "", html, flags=re.S)
    elif v == "notocnum": html = re.sub(r"nav\.toc[^{\n]*a::after \{[^}]*\}", "", html)
    elif v == "noleader": html = html.replace('leader(". ") ', "")
    elif v == "nobookmarks": add_css("h1, h2, h3 { bookmark-level: none !important; }")
    elif v == "nomarkers": add_css("ul, ol { list-style: none !important; }")
    elif v == "inside": add_css("ul, ol { list-style-position: inside !important; }")
    elif v == "markerib":
        add_css('''li { list-style: none !important; }
li::before { display: inline-block; inline-size: 1.8rem; margin-inline-start: -1.8rem;
  text-align: end; white-space: pre; }
ul > li::before { content: "\\2022  "; }
ol > li::before { content: counter(list-item) ". "; }''')
    elif v == "novars":
        for name, value in re.findall(r"(--[a-z]+): ([^;]+);", html.split("</style>")[0]):
            html = html.replace(f"var({name})", value)
    elif v == "nobdi": html = html.replace('<bdi dir="ltr">', "<span>").replace("</bdi>", "</span>")
    elif v == "nolinks": html = re.sub(r"<a href=[^>]*>", "", html).replace("</a>", "")
    elif v == "sepborders":
        add_css("table { border-collapse: separate !important; border-spacing: 0; }")
    elif v == "mincss":
        html = re.sub(r"<style>.*?</style>", "<style>@page { size: A4; margin: 2cm } "
                      "body { font-family: 'Noto Sans'; font-size: 10.5pt; line-height: 1.55 }"
                      "</style>", html, flags=re.S)
    else:
        raise SystemExit(f"unknown variant {v}")
warnings.simplefilter("ignore", ResourceWarning)
start = time.process_time()
document = weasyprint.HTML(string=html, base_url=None).render()
laid_out = time.process_time()
out = io.BytesIO()
document.write_pdf(out, **options)
done = time.process_time()
print(json.dumps({"render": laid_out - start, "write": done - laid_out, "cpu": done - start,
                  "pages": len(document.pages), "kb": len(out.getvalue()) / 1024,
                  "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def sample_html(sections: int, layout: str) -> str:
    sys.path.insert(0, str(BENCH))
    from large_policy import large_policy

    from policy_studio.io.writers.html import render_document
    from policy_studio.layout import ExportOptions, Layout, build

    if layout == "columns":
        options = ExportOptions(["en", "ar"], Layout.COLUMNS)
    else:
        options = ExportOptions([layout])
    return render_document(build(large_policy(sections=sections), options, ()), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sections", type=int, default=60)
    parser.add_argument("--layout", choices=["en", "ar", "columns"], default="en")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("variants", nargs="*", default=list(VARIANTS))
    args = parser.parse_args()
    unknown = [v for v in args.variants if any(p not in VARIANTS for p in v.split("+"))]
    if unknown:
        raise SystemExit(f"unknown variant(s): {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "sample.html"
        page.write_text(sample_html(args.sections, args.layout), encoding="utf-8")
        results: dict[str, list[dict[str, float]]] = {v: [] for v in args.variants}
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        for _ in range(args.runs):
            for variant in args.variants:
                done = subprocess.run(
                    [sys.executable, "-c", CHILD, str(page), variant],
                    cwd=ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if done.returncode:
                    raise SystemExit(f"{variant} failed:\n{done.stderr[-2000:]}")
                results[variant].append(json.loads(done.stdout.strip().splitlines()[-1]))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"{args.sections} sections, {args.layout}, best of {args.runs}, load {load}")
    first = min(r["cpu"] for r in results[args.variants[0]])
    for variant in args.variants:
        best = min(results[variant], key=lambda r: r["cpu"])
        print(
            f"{variant:14} {best['cpu']:6.2f} s CPU ({best['render']:5.2f} + {best['write']:5.2f})"
            f" {(best['cpu'] / first - 1) * 100:+6.1f} %  {best['pages']:4.0f} pages"
            f" {best['mb']:5.0f} MB {best['kb']:6.0f} kB  {VARIANTS.get(variant, '')}"
        )


if __name__ == "__main__":
    main()
