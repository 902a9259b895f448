"""PDF export: WeasyPrint over the HTML rendering, read back with pypdf and poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from policy_studio.io import registry
from policy_studio.io.writers import pdf as pdf_module
from policy_studio.io.writers.pdf import write_pdf
from policy_studio.layout import ExportOptions, Layout
from policy_studio.model import Policy


@pytest.fixture(scope="module")
def pdfs(
    tmp_path_factory: pytest.TempPathFactory, layout_policy_factory: Callable[[], Policy]
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    policy = layout_policy_factory()
    out = {}
    for name, options in {
        "ar": ExportOptions(["ar"]),
        "columns": ExportOptions(["en", "ar"], Layout.COLUMNS),
        "sequential": ExportOptions(["en", "ar"], Layout.SEQUENTIAL),
    }.items():
        out[name] = folder / f"{name}.pdf"
        write_pdf(policy, out[name], options)
    return out


def text_of(path: Path) -> list[str]:
    """Each page's text: poppler's pdftotext when installed (what users search with), else pypdf."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
        return done.stdout.decode("utf-8").split("\f")[:-1]
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def clean(text: str) -> str:
    return re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def test_pdf_is_a_row_of_the_format_table() -> None:
    assert registry.export_writer("pdf") is write_pdf
    assert registry.export_format_for_suffix(".pdf").name == "pdf"


def test_the_pdf_declares_pdf_a_3u_and_is_tagged(pdfs: dict[str, Path]) -> None:
    reader = pypdf.PdfReader(str(pdfs["columns"]))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="U"' in xmp
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.metadata.title == "Privacy notice"


def _fonts(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Base font name → embedded, over every page."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return found


def test_arabic_is_set_in_embedded_noto_naskh_arabic(pdfs: dict[str, Path]) -> None:
    fonts = _fonts(pypdf.PdfReader(str(pdfs["ar"])))
    assert fonts.get("Noto-Naskh-Arabic") is True
    assert all(fonts.values())


def test_arabic_and_english_words_are_found_in_logical_order(pdfs: dict[str, Path]) -> None:
    text = clean("\n".join(text_of(pdfs["columns"])))
    # Searching the PDF for words on the page finds them, letters in reading order.
    for phrase in ("نجمع القليل من البيانات", "الخطوة الثانية", "We collect few details"):
        assert phrase in text
    arabic = clean("\n".join(text_of(pdfs["ar"])))
    # (pdftotext places the brackets of a Latin item inside Arabic visually; the words hold.)
    assert "نحتفظ بالبيانات مدة" in arabic and "retention_period" in arabic


def test_bookmarks_follow_the_headings_in_both_languages(pdfs: dict[str, Path]) -> None:
    reader = pypdf.PdfReader(str(pdfs["sequential"]))

    def titles(items: list) -> list[str]:
        out = []
        for item in items:
            out.extend(titles(item) if isinstance(item, list) else [item.title])
        return out

    found = titles(reader.outline)
    assert "1. What we collect" in found and "٢. حقوقك" in found
    assert "Privacy notice" in found and "إشعار الخصوصية" in found


def test_contents_list_each_language_with_page_numbers(pdfs: dict[str, Path]) -> None:
    pages = [clean(page) for page in text_of(pdfs["sequential"])]
    first = pages[0]
    assert re.search(r"1\. What we collect[ .]*\d+", first)
    arabic_start = next(i for i, page in enumerate(pages) if "المحتويات" in page)
    assert re.search(r"ما نجمعه[ .]*[٠-٩]+", pages[arabic_start])


def test_running_footer_is_in_each_language_with_page_x_of_y(pdfs: dict[str, Path]) -> None:
    pages = [clean(page) for page in text_of(pdfs["sequential"])]
    total = len(pages)
    assert f"Page 1 of {total}" in pages[0]
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    # The Arabic half's footer is Arabic, in the policy's Arabic digits (pdftotext may put the
    # digits of a right-to-left line either side of "من": match the words and the numbers).
    footer = pages[-1].strip().splitlines()[-1]
    assert "صفحة" in footer and "من" in footer and "Page" not in pages[-1]
    assert footer.count(str(total).translate(digits)) == 2
    columns = clean(text_of(pdfs["columns"])[0])
    assert "Page 1 of" in columns and "صفحة" in columns


def test_pdf_export_never_loads_qt(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    script = (
        "import sys\n"
        "from policy_studio.io import registry\n"
        "from policy_studio.layout import ExportOptions\n"
        "from policy_studio.model import Policy\n"
        f"registry.export_writer('pdf')(Policy(title={{'en': 'T'}}), __import__('pathlib')"
        f".Path({str(out)!r}), ExportOptions())\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).parents[3])
    assert out.read_bytes().startswith(b"%PDF")


def test_unwritable_pdf_is_a_clear_error(export_policy: Policy, tmp_path: Path) -> None:
    from policy_studio.model import PolicyStudioError

    target = tmp_path / "missing" / "x.pdf"
    with pytest.raises(PolicyStudioError, match="x.pdf: cannot write the PDF"):
        write_pdf(export_policy, target, ExportOptions(["en"]))


def test_html_to_pdf_prints_any_page_as_an_archival_pdf() -> None:
    """The entry point the redline PDF reuses: HTML in, PDF/A out, its words extractable."""
    from io import BytesIO

    from policy_studio.io.writers.pdf import html_to_pdf

    stages: list[str] = []
    data = html_to_pdf(
        '<html lang="ar" dir="rtl"><body><p>حذف <del>البيانات</del> الشخصية</p></body></html>',
        stages.append,
    )
    reader = pypdf.PdfReader(BytesIO(data))
    assert stages == ["pages", *(f"pages:{n + 1}" for n in range(len(reader.pages))), "writing"]
    assert b"pdfaid:part" in reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert "الشخصية" in clean(reader.pages[0].extract_text())


def test_page_references_are_built_once_per_page_count_not_once_per_tag() -> None:
    """WeasyPrint asks pydyf for every page's reference once per tagged element; rebuilding
    the list each time made tagging quadratic in pages. The cached list is the same list."""
    import pydyf

    from policy_studio.io.writers.pdf import speed_up_pydyf

    speed_up_pydyf()
    pdf = pydyf.PDF()
    for _ in range(3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first is pdf.page_references  # not rebuilt while no page is added
    assert first == tuple(f"{n} 0 R".encode() for n in pdf.pages["Kids"][::3])
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert len(pdf.page_references) == 4  # a new page is seen
    assert pdf.page_references[-1] == f"{pdf.objects[-1].number} 0 R".encode()


def test_pdf_streams_are_deflated_at_level_6_and_still_read_back() -> None:
    import zlib

    import pydyf

    from policy_studio.io.writers.pdf import speed_up_pydyf

    speed_up_pydyf()
    text = b"BT /F1 12 Tf (policy text) Tj ET " * 2000
    stream = pydyf.Stream([text], compress=True)
    packed = stream.data.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    assert packed == zlib.compress(text, 6)
    assert zlib.decompress(packed) == text


def test_progress_counts_the_pages_as_they_are_laid_out(tmp_path: Path) -> None:
    """The export dialog shows "page N" while a long PDF is laid out (WeasyPrint's progress log,
    heard for this export's thread only); nothing of it reaches the terminal."""
    import logging

    from policy_studio.io.writers.pdf import html_to_pdf

    page = "<p style='break-after: page'>x</p>"
    heard: list[str] = []
    seen_by_root: list[logging.LogRecord] = []

    class Root(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen_by_root.append(record)

    root = Root(logging.DEBUG)
    logging.getLogger().addHandler(root)
    try:
        html_to_pdf(f"<html><body>{page * 4}<p>end</p></body></html>", heard.append)
    finally:
        logging.getLogger().removeHandler(root)
    assert [s for s in heard if s.startswith("pages:")] == [f"pages:{n}" for n in range(1, 6)]
    assert not [r for r in seen_by_root if r.name.startswith("weasyprint.progress")]


_FLOAT = '<span style="float: left; width: 2cm; height: 3cm">عائم</span>'
_ARABIC_PAGE = (
    '<html lang="ar" dir="rtl"><body style="width: 9cm">'
    + "<p>نحتفظ بالبيانات الشخصية مدة محدودة ثم نحذفها بأمان من جميع الخوادم والنسخ. </p>" * 6
    + f"<p>{_FLOAT}"
    + "نراجع الطلبات خلال ثلاثين يوما ونرد عليها كتابة بلغة الطلب. " * 4
    + "</p></body></html>"
)


def _page_contents(data: bytes) -> list[bytes]:
    from io import BytesIO

    return [page.get_contents().get_data() for page in pypdf.PdfReader(BytesIO(data)).pages]


def test_right_to_left_lines_are_laid_out_once_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """WeasyPrint laid every Arabic line out twice (its "did a float move this line?" test
    compares a right edge with the width before layout); with no float to avoid, once is
    enough, and the PDF's pages are the same as WeasyPrint's own path prints them, floats
    included."""
    import weasyprint
    from weasyprint.layout import inline

    from policy_studio.io.writers.pdf import WEASYPRINT_TESTED, html_to_pdf, speed_up_weasyprint

    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2])
    if not WEASYPRINT_TESTED[0] <= version < WEASYPRINT_TESTED[1]:
        # A WeasyPrint this patch was not checked on (e.g. a newer one in a fresh CI venv):
        # it must stand aside, say so, and the PDF still prints. Check get_next_linebox of
        # that version and extend WEASYPRINT_TESTED to get the speed-up back.
        with pytest.warns(RuntimeWarning, match="not a tested version"):
            monkeypatch.setattr(pdf_module, "_weasyprint_state", {})
            assert "not a tested version" in speed_up_weasyprint()
        assert html_to_pdf(_ARABIC_PAGE).startswith(b"%PDF")
        return
    assert speed_up_weasyprint() in ("applied", "applied before")
    patched = inline.get_next_linebox
    original = patched._policy_studio_original
    counts = {"lines": 0, "layouts": 0}
    real_split = inline.split_inline_box

    def counting_split(*args: object, **kwargs: object) -> object:
        counts["layouts"] += 1
        return real_split(*args, **kwargs)

    def counting_next(*args: object, **kwargs: object) -> object:
        counts["lines"] += 1
        return patched(*args, **kwargs)

    monkeypatch.setattr(inline, "split_inline_box", counting_split)
    monkeypatch.setattr(inline, "get_next_linebox", counting_next)
    fast = html_to_pdf(_ARABIC_PAGE.replace(_FLOAT, ""))
    assert counts["lines"] > 10
    assert counts["layouts"] == counts["lines"]

    # WeasyPrint's own function, with its second layout per line, prints the same pages.
    monkeypatch.setattr(inline, "get_next_linebox", original)
    counts["layouts"] = 0
    slow = html_to_pdf(_ARABIC_PAGE.replace(_FLOAT, ""))
    assert counts["layouts"] > 1.5 * counts["lines"]
    assert _page_contents(slow) == _page_contents(fast)
    with_float_original = html_to_pdf(_ARABIC_PAGE)
    monkeypatch.setattr(inline, "get_next_linebox", patched)
    assert _page_contents(html_to_pdf(_ARABIC_PAGE)) == _page_contents(with_float_original)


def test_an_untested_weasyprint_is_not_patched_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import weasyprint
    from weasyprint.layout import inline

    from policy_studio.io.writers import pdf

    before = inline.get_next_linebox
    monkeypatch.setattr(weasyprint, "__version__", "99.1")
    monkeypatch.setattr(pdf, "_weasyprint_state", {})
    with pytest.warns(RuntimeWarning, match="WeasyPrint 99.1 is not a tested version"):
        assert "not a tested version" in pdf.speed_up_weasyprint()
    assert inline.get_next_linebox is before
    # ... and the PDF is still printed, on WeasyPrint's own path.
    assert pdf.html_to_pdf("<html><body><p>x</p></body></html>").startswith(b"%PDF")


def test_a_list_continued_after_a_row_keeps_its_numbers(pdfs: dict[str, Path]) -> None:
    """In columns every list item has its own row, so "Your phone number." is a list of its
    own that starts at 2: the PDF prints 2, as the HTML, the DOCX and the preview do.
    WeasyPrint ignores <ol start>, and printed 1. for every such item."""
    text = clean("\n".join(text_of(pdfs["columns"])))
    assert re.search(r"2\.\s*Your phone number", text)
    assert re.search(r"2\.\s*Second step", text)
    assert not re.search(r"1\.\s*(Your phone number|Second step)", text)


def test_the_redline_pdf_numbers_each_list_item_as_the_policy_does(tmp_path: Path) -> None:
    """The redline gives every block its own list, started at the item's number."""
    from policy_studio.diff import compare
    from policy_studio.io.redline_format import RedlineOptions
    from policy_studio.io.writers.redline_pdf import render_redline
    from policy_studio.model import Block, BlockKind, Section

    def policy(third: str) -> Policy:
        steps = ["Ask us.", "We check who you are.", third]
        blocks = [Block(BlockKind.NUMBERED, {"en": s}, id=f"b{n}") for n, s in enumerate(steps)]
        section = Section(heading=Block(BlockKind.TITLE, {"en": "Steps"}, id="t"), blocks=blocks)
        return Policy(title={"en": "Steps"}, id="p", sections=[section])

    old, new = policy("We answer in a month."), policy("We answer within 30 days.")
    data = render_redline(compare(old, new), RedlineOptions(lang="en"))
    (tmp_path / "redline.pdf").write_bytes(data)
    text = clean("\n".join(text_of(tmp_path / "redline.pdf")))
    assert re.search(r"2\.\s*We check who you are", text)
    assert re.search(r"3\.\s*We answer", text)


def test_a_draft_keeps_its_notice_and_contents_on_the_title_page(
    tmp_path: Path, layout_policy_factory: Callable[[], Policy]
) -> None:
    # The notice sat outside the title's named page, so the page broke on both sides of it:
    # browsers printed "Draft — not approved" on a page of its own, WeasyPrint pushed the
    # contents to the next page (a draft paginated unlike the approved text).
    policy = layout_policy_factory()
    pages = {}
    for draft in (False, True):
        options = ExportOptions(["ar"])
        options.draft = draft
        out = tmp_path / f"draft-{draft}.pdf"
        write_pdf(policy, out, options)
        pages[draft] = [clean(page) for page in text_of(out)]
    first = pages[True][0]
    assert "مسودة — غير معتمدة" in first and "المحتويات" in first
    assert len(pages[True]) == len(pages[False])


_CONTENTS_PAGE = (
    "<html lang='{lang}' dir='{dir}'><head><style>"
    "a::after {{ content: leader('. ') target-counter(attr(href), page); }}"
    "a {{ text-decoration: none }} h2 {{ break-before: page }}"
    "</style></head><body><ol style='list-style: none'>"
    "<li><a href='#one'>{one}</a></li><li><a href='#two'>{two}</a></li></ol>"
    "<h2 id='one'>{one}</h2><p>x</p><h2 id='two'>{two}</h2><p>y</p></body></html>"
)


def _text_runs(data: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text-showing operation of a page, in drawing order."""
    from io import BytesIO

    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: object) -> None:
        if text.strip():
            runs.append((round(tm[4], 2), round(tm[5], 2), text))

    pypdf.PdfReader(BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(
    ("lang", "direction", "one", "two"),
    [("en", "ltr", "What we collect", "Your rights"), ("ar", "rtl", "ما نجمعه", "حقوقك")],
)
def test_a_contents_leader_is_one_run_of_dots_where_weasyprint_puts_them(
    monkeypatch: pytest.MonkeyPatch, lang: str, direction: str, one: str, two: str
) -> None:
    """WeasyPrint draws a leader as one text box per ". " (≈55 per contents line, each with
    its own Pango layout and tag): the speed-up draws the same dots, from the same first place,
    as one run, and nothing else on the page moves."""
    import weasyprint
    from weasyprint.layout import inline

    from policy_studio.io.writers.pdf import WEASYPRINT_TESTED, html_to_pdf, speed_up_leaders

    page = _CONTENTS_PAGE.format(lang=lang, dir=direction, one=one, two=two)
    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2])
    if not WEASYPRINT_TESTED[0] <= version < WEASYPRINT_TESTED[1]:
        with pytest.warns(RuntimeWarning, match="not a tested version"):
            monkeypatch.setattr(pdf_module, "_leader_state", {})
            assert "not a tested version" in speed_up_leaders()
        assert html_to_pdf(page).startswith(b"%PDF")
        return
    assert speed_up_leaders() in ("applied", "applied before")
    fast = _text_runs(html_to_pdf(page))
    monkeypatch.setattr(inline, "handle_leader", inline.handle_leader._policy_studio_original)
    slow = _text_runs(html_to_pdf(page))

    def dots(runs: list[tuple[float, float, str]]) -> dict[float, tuple[float, int]]:
        """Per line (y): where its dots start and how many there are."""
        found: dict[float, list[tuple[float, str]]] = {}
        for x, y, text in runs:
            if set(text) <= {".", " "}:
                found.setdefault(y, []).append((x, text))
        return {
            y: (min(x for x, _ in r), sum(t.count(".") for _, t in r)) for y, r in found.items()
        }

    assert len(dots(slow)) == len(dots(fast)) == 2
    assert all(count > 20 for _, count in dots(slow).values())
    assert dots(fast) == dots(slow)
    # One run per leader instead of one per dot; every other piece of text where it was.
    assert sum(1 for *_, t in fast if set(t) <= {".", " "}) == 2
    others = [r for r in slow if not set(r[2]) <= {".", " "}]
    assert [r for r in fast if not set(r[2]) <= {".", " "}] == others
    assert [t for *_, t in others] == [one, "2", two, "3"]


def test_an_untested_weasyprint_keeps_its_own_leaders_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import weasyprint
    from weasyprint.layout import inline

    from policy_studio.io.writers import pdf

    before = inline.handle_leader
    monkeypatch.setattr(weasyprint, "__version__", "99.1")
    monkeypatch.setattr(pdf, "_leader_state", {})
    with pytest.warns(RuntimeWarning, match="dot-leader speed-up not applied"):
        assert "not a tested version" in pdf.speed_up_leaders()
    assert inline.handle_leader is before


_LISTS_PAGE = (
    "<html lang='en'><body>"
    "<ul>"
    + "<li>A bullet point long enough to wrap onto a second line of the page.</li>"
    * 6
    + "<li><strong>Bold</strong> item</li></ul>"
    "<ol>" + "".join(f"<li>Numbered item {n}.</li>" for n in range(1, 13)) + "</ol>"
    "<ol style='font-size: 14pt'><li>One, larger</li><li>Two, larger</li></ol>"
    "<ol style='counter-reset: list-item 98'><li>Ninety-nine</li><li>A hundred</li></ol>"
    "<ul style='padding-left: 4rem; text-indent: 1em'><li>Indented</li><li>Again</li></ul>"
    "<article lang='ar' dir='rtl' style='font-family: \"Noto Naskh Arabic\"'>"
    "<ol style='list-style-type: arabic-indic'>"
    + "<li>نحتفظ بالبيانات الشخصية مدة محدودة.</li>" * 11
    + "</ol><ul><li>بند</li><li>بند آخر</li></ul></article></body></html>"
)


def test_list_markers_are_measured_once_per_text_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """WeasyPrint measures every outside marker's shrink-to-fit width (two Pango layouts per
    list item); kept per marker text and font for one export, the pages are byte for byte what
    WeasyPrint's own path prints: bullets, numbers of one and two digits, a bigger font, an
    indented list, Arabic-Indic numbers right to left."""
    import weasyprint
    from weasyprint.layout import absolute, preferred

    from policy_studio.io.writers.pdf import WEASYPRINT_TESTED, html_to_pdf, speed_up_markers

    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2])
    if not WEASYPRINT_TESTED[0] <= version < WEASYPRINT_TESTED[1]:
        with pytest.warns(RuntimeWarning, match="not a tested version"):
            monkeypatch.setattr(pdf_module, "_marker_state", {})
            assert "not a tested version" in speed_up_markers()
        assert html_to_pdf(_LISTS_PAGE).startswith(b"%PDF")
        return
    assert speed_up_markers() in ("applied", "applied before")
    patched = absolute.shrink_to_fit
    original = patched._policy_studio_original
    measured = {"markers": 0}
    real_min_content_width = preferred.min_content_width

    def counting(context: object, box: object, outer: bool = True) -> object:
        measured["markers"] += getattr(box, "is_outside_marker", False)
        return real_min_content_width(context, box, outer)

    monkeypatch.setattr(preferred, "min_content_width", counting)
    fast = html_to_pdf(_LISTS_PAGE)
    fast_measured = measured["markers"]
    monkeypatch.setattr(absolute, "shrink_to_fit", original)
    measured["markers"] = 0
    slow = html_to_pdf(_LISTS_PAGE)
    # 7 + 12 + 2 + 2 + 2 + 11 + 2 items, each measured on WeasyPrint's path; with the speed-up
    # "• " once per indent and direction, "1." to "12." once and "1.", "2." again at 14 pt,
    # "99.", "100.", "١." to "١١.": 30.
    assert measured["markers"] == 38
    assert fast_measured == 30
    assert _page_contents(fast) == _page_contents(slow)


def test_an_untested_weasyprint_measures_every_marker_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import weasyprint
    from weasyprint.layout import absolute

    from policy_studio.io.writers import pdf

    before = absolute.shrink_to_fit
    monkeypatch.setattr(weasyprint, "__version__", "99.1")
    monkeypatch.setattr(pdf, "_marker_state", {})
    with pytest.warns(RuntimeWarning, match="list-marker speed-up not applied"):
        assert "not a tested version" in pdf.speed_up_markers()
    assert absolute.shrink_to_fit is before


def test_collections_are_rarer_while_printing_and_the_setting_comes_back() -> None:
    """The garbage collector's threshold is raised while WeasyPrint lays out and writes (it
    allocates millions of objects that live until the end) and put back afterwards, also when
    printing fails and when two exports overlap (the app prints on worker threads)."""
    import gc

    from policy_studio.io.writers.pdf import PRINTING_GC_THRESHOLD, html_to_pdf

    before = gc.get_threshold()
    assert before != PRINTING_GC_THRESHOLD
    seen: list[tuple[int, int, int]] = []
    html_to_pdf("<html><body><p>x</p></body></html>", lambda stage: seen.append(gc.get_threshold()))
    # "pages" is said before printing starts; every later stage is heard while printing.
    assert seen[0] == before and set(seen[1:]) == {PRINTING_GC_THRESHOLD}
    assert gc.get_threshold() == before

    def fail(stage: str) -> None:
        if stage == "writing":
            raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError, match="disk gone"):
        html_to_pdf("<html><body><p>x</p></body></html>", fail)
    assert gc.get_threshold() == before

    inner: list[tuple[int, int, int]] = []

    def nested(stage: str) -> None:
        if stage == "writing" and not inner:
            inner.append((0, 0, 0))
            html_to_pdf("<html><body><p>y</p></body></html>")
            inner.append(gc.get_threshold())

    html_to_pdf("<html><body><p>x</p></body></html>", nested)
    # The inner export ended first: the outer one still prints with the raised threshold.
    assert inner[-1] == PRINTING_GC_THRESHOLD
    assert gc.get_threshold() == before


_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQ"
    "Cukw/x0F8jngAAAABJRU5ErkJggg=="
)
_TAGGED_PAGE = (
    "<html lang='en'><head><title>Tagged</title><style>"
    "@page { @top-left { content: 'Header' } @bottom-right { content: counter(page) ' of '"
    " counter(pages) } }"
    "h2::before { content: '§ ' } p.note::after { content: ' (end)' }"
    "a.toc::after { content: leader('. ') target-counter(attr(href), page) }"
    ".fn { float: footnote } .abs { position: absolute; top: 4cm; right: 1cm }"
    "</style></head><body>"
    "<nav><a class='toc' href='#s1'>First</a><br><a class='toc' href='#s2'>Second</a></nav>"
    "<h2 id='s1'>First section</h2>"
    "<p class='note'>A paragraph with a <a href='https://example.org/x'>link</a>, a "
    "<em>stress</em> and a footnote<span class='fn'>The footnote's text.</span>.</p>"
    "<div class='abs'>Placed absolutely.</div>"
    "<ul><li>Bullet one</li><li>Bullet two<ol><li>Nested one</li><li>Nested two</li></ol></li>"
    "<li style='list-style: none'>No bullet</li></ul>"
    "<dl><dt>Term</dt><dd>Its definition.</dd></dl>"
    f"<p><img src='{_PNG}' alt='A red square' width='20' height='20'> after an image.</p>"
    "<table><thead><tr><th>Data</th><th>Kept for</th></tr></thead><tbody>"
    "<tr><th scope='row'>Email</th><td>2 years</td></tr>"
    "<tr><td colspan='2'>Both columns</td></tr>"
    "<tr><td rowspan='2'>Two rows</td><td>a</td></tr><tr><td>b</td></tr></tbody></table>"
    + "<p>Filler text long enough to need several lines on the page and more pages. "
    * 30
    + "</p><h2 id='s2'>Second section</h2>"
    "<article lang='ar' dir='rtl'><p>نحتفظ بالبيانات الشخصية مدة محدودة.</p>"
    "<ol style='list-style-type: arabic-indic'><li>بند</li><li>بند آخر</li></ol></article>"
    "</body></html>"
)


def _skip_unless_tested(
    monkeypatch: pytest.MonkeyPatch, state: str, apply: Callable[[], str]
) -> bool:
    """On a WeasyPrint the patches were not checked on, the patch must stand aside and say so."""
    import weasyprint

    from policy_studio.io.writers.pdf import WEASYPRINT_TESTED

    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2])
    if WEASYPRINT_TESTED[0] <= version < WEASYPRINT_TESTED[1]:
        return False
    with pytest.warns(RuntimeWarning, match="not a tested version"):
        monkeypatch.setattr(pdf_module, state, {})
        assert "not a tested version" in apply()
    return True


def test_pseudo_element_styles_are_computed_when_asked_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """WeasyPrint's stylesheet gives every element six pseudo-elements (marker, footnote and
    note calls and markers) and computed a style for each up front; made when a box asks for
    one instead, far fewer styles are made and the file is byte for byte the same: list
    markers, ::before and ::after, a footnote's call and marker, contents numbers."""
    from weasyprint import css

    from policy_studio.io.writers.pdf import html_to_pdf, lighten_pseudo_styles

    if _skip_unless_tested(monkeypatch, "_pseudo_state", lighten_pseudo_styles):
        assert html_to_pdf(_TAGGED_PAGE).startswith(b"%PDF")
        return
    assert lighten_pseudo_styles() in ("applied", "applied before")
    made = {"pseudo": 0}
    markers: list[object] = []
    real_init = css.ComputedStyle.__init__

    def counting_init(
        self: object, parent: object, cascaded: object, pseudo_type: object, *args: object
    ) -> None:
        made["pseudo"] += pseudo_type is not None
        if pseudo_type == "marker":
            markers.append(cascaded)
        real_init(self, parent, cascaded, pseudo_type, *args)

    monkeypatch.setattr(css.ComputedStyle, "__init__", counting_init)
    fast = html_to_pdf(_TAGGED_PAGE)
    fast_made = made["pseudo"]
    # The list items' markers, declared alike, read one cascaded dict, not one each.
    assert len(markers) >= 6 and len({id(cascaded) for cascaded in markers}) < len(markers) / 2
    for name in ("__init__", "__call__", "set_computed_styles"):
        original = getattr(css.StyleFor, name)._policy_studio_original
        monkeypatch.setattr(css.StyleFor, name, original)
    made["pseudo"] = 0
    slow = html_to_pdf(_TAGGED_PAGE)
    # Six per element on WeasyPrint's path (and ::before/::after where declared); asked for:
    # the markers of the list items, the footnote's call and marker, ::before and ::after.
    assert made["pseudo"] > 6 * 40
    assert 0 < fast_made < made["pseudo"] / 5
    assert fast == slow


def test_drawn_pages_let_their_boxes_go_before_the_tags_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once a page is drawn only what the structure tree reads of its boxes is kept; the real
    boxes (styles, Pango layouts) are freed before the tags are built, and the file is byte
    for byte the same: lists with and without bullets, a definition list, a table with header
    cells and spans, links, an image with its alternative text, a footnote, an absolutely
    placed block, header and footer, right-to-left text."""
    import gc
    import weakref

    import weasyprint.pdf
    from weasyprint import document
    from weasyprint.formatting_structure import boxes

    from policy_studio.io.writers.pdf import html_to_pdf, lighten_drawn_pages

    if _skip_unless_tested(monkeypatch, "_page_state", lighten_drawn_pages):
        assert html_to_pdf(_TAGGED_PAGE).startswith(b"%PDF")
        return
    assert lighten_drawn_pages() in ("applied", "applied before")
    patched_paint = document.Page.paint
    real_paint = patched_paint._policy_studio_original
    drawn: list[weakref.ref[object]] = []
    alive_at_tags: list[int] = []

    def watching_paint(self: object, stream: object, scale: float = 1) -> None:
        page_box = self._page_box  # type: ignore[attr-defined]
        drawn.extend(weakref.ref(b) for b in page_box.descendants() if isinstance(b, boxes.TextBox))
        del page_box
        patched_paint(self, stream, scale)

    real_add_tags = weasyprint.pdf.add_tags

    def watching_add_tags(*args: object) -> None:
        alive_at_tags.append(sum(ref() is not None for ref in drawn))
        real_add_tags(*args)

    monkeypatch.setattr(weasyprint.pdf, "add_tags", watching_add_tags)
    monkeypatch.setattr(document.Page, "paint", watching_paint)
    fast = html_to_pdf(_TAGGED_PAGE)
    assert len(drawn) > 50
    # Only the boxes the pages' links still name (Page.links) outlive the drawing.
    assert alive_at_tags == [alive_at_tags[0]] and alive_at_tags[0] < len(drawn) / 10
    monkeypatch.setattr(document.Page, "paint", real_paint)
    drawn.clear()
    alive_at_tags.clear()
    gc.collect()
    slow = html_to_pdf(_TAGGED_PAGE)
    assert alive_at_tags == [0]  # nothing watched on WeasyPrint's own path
    assert fast == slow
    reader = pypdf.PdfReader(__import__("io").BytesIO(fast))
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert len(reader.pages) >= 2


def test_the_memory_patches_stand_aside_on_code_they_were_not_checked_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import weasyprint
    from weasyprint import document

    from policy_studio.io.writers import pdf

    before = document.Page.paint
    monkeypatch.setattr(pdf, "_page_state", {})
    monkeypatch.setattr(pdf, "_TAGS_SOURCE_SHA256", "0" * 64)
    with pytest.warns(RuntimeWarning, match="drawn-page speed-up not applied"):
        assert pdf.lighten_drawn_pages() == "the tagging code is not the one checked"
    assert document.Page.paint is before
    monkeypatch.setattr(weasyprint, "__version__", "99.1")
    monkeypatch.setattr(pdf, "_pseudo_state", {})
    with pytest.warns(RuntimeWarning, match="pseudo-element style speed-up not applied"):
        assert "not a tested version" in pdf.lighten_pseudo_styles()
    monkeypatch.setattr(pdf, "_language_state", {})
    with pytest.warns(RuntimeWarning, match="language style speed-up not applied"):
        assert "not a tested version" in pdf.share_language_styles()


_CELLS_PAGE = (
    "<html lang='en'><body><table>"
    + "".join(
        f"<tr><td lang='en' dir='ltr'><p>Row {n}: we keep your <strong>data</strong>.</p>"
        f"<ol lang='en' style='counter-reset: list-item {n}'><li>Item</li></ol></td>"
        f"<td lang='ar' dir='rtl'><p>نحتفظ ببياناتك {n}.</p>"
        f"<p lang='ar' id='a{n}'>مرساة</p></td>"
        f"<td lang='fr'><p style='color: #{n % 10}0{n % 10}'>Nous conservons.</p></td></tr>"
        for n in range(1, 25)
    )
    + "</table></body></html>"
)


def test_cells_in_the_same_language_share_their_styles_and_print_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every cell of the columns layout carries lang and dir; WeasyPrint parsed each lang
    afresh, so no two cells (nor anything inside them) shared a computed style. With one
    parsed declaration per language far fewer styles are made, and the file is byte for byte
    the same: English, Arabic and French cells, a list restarted by a style attribute, an
    anchor, a colour of each paragraph's own."""
    from weasyprint import css

    from policy_studio.io.writers.pdf import html_to_pdf, share_language_styles

    if _skip_unless_tested(monkeypatch, "_language_state", share_language_styles):
        assert html_to_pdf(_CELLS_PAGE).startswith(b"%PDF")
        return
    assert share_language_styles() in ("applied", "applied before")
    made = {"elements": 0}
    real_init = css.ComputedStyle.__init__

    def counting_init(
        self: object, parent: object, cascaded: object, pseudo_type: object, *args: object
    ) -> None:
        made["elements"] += pseudo_type is None
        real_init(self, parent, cascaded, pseudo_type, *args)

    monkeypatch.setattr(css.ComputedStyle, "__init__", counting_init)
    fast = html_to_pdf(_CELLS_PAGE)
    fast_made = made["elements"]
    patched = css.find_style_attributes
    monkeypatch.setattr(css, "find_style_attributes", patched._policy_studio_original)
    made["elements"] = 0
    slow = html_to_pdf(_CELLS_PAGE)
    # 24 rows of 3 cells, 9 elements each (and a few more): one style each on WeasyPrint's path.
    assert made["elements"] > 24 * 9
    # Shared: a few per language, and one per element with a style or id of its own.
    assert fast_made < made["elements"] / 2
    assert fast == slow
