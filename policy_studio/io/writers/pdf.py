"""PDF writer: WeasyPrint (Pango/HarfBuzz) printing our own HTML rendering of the layout.

No Qt: the PDF is the HTML export printed, so it says exactly what the HTML and DOCX say.
WeasyPrint shapes Arabic with HarfBuzz and writes the text in logical order with a ToUnicode
map, so Arabic words can be searched and copied; fonts are embedded (subset), Arabic in Noto
Naskh Arabic. The file is PDF/A-3u (archival: every font embedded, Unicode text, no external
content; "-3" because WeasyPrint's PDF/A output is built on PDF 1.7), tagged for accessibility
where WeasyPrint can, with bookmarks from the headings, a table of contents with page numbers
(CSS target-counter) and a running header and footer per language (the @page rules of the
page, see io/writers/html.page_css). Details and measurements: docs/export.md.
"""

from __future__ import annotations

import gc
import io
import logging
import threading
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from ...layout import build
from ...layout.options import ExportOptions
from ...model import Policy, PolicyStudioError
from ..output import ExportReport, write_output
from .html import render_document

SUPPORTED = (
    "everything the HTML export has, paginated on A4: PDF/A-3u, bookmarks from headings, TOC "
    "with page numbers, running header and footer per language with page X of Y, Noto Naskh "
    "Arabic embedded, Arabic text extractable in logical order"
)

PDF_VARIANT = "pdf/a-3u"
"""See docs/export.md for why part 3, conformance level u."""

Progress = Callable[[str], None]


def html_to_pdf(html: str, progress: Progress | None = None) -> bytes:
    """An HTML page printed as an archival PDF: the PDF writer's entry point, HTML in, PDF out.

    Our HTML export and the redline's HTML both go through here. ``progress`` hears "pages"
    (WeasyPrint starts laying the pages out), "pages:N" as page N is laid out, and then
    "writing" (the PDF file is built).
    """
    say = progress or (lambda stage: None)
    say("pages")
    try:
        import weasyprint
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise PolicyStudioError(f"PDF export needs WeasyPrint ({exc})") from exc
    speed_up_pydyf()
    speed_up_weasyprint()
    speed_up_leaders()
    speed_up_markers()
    lighten_pseudo_styles()
    lighten_drawn_pages()
    share_language_styles()
    # WeasyPrint reports unsupported CSS through logging: keep it off the user's terminal.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # WeasyPrint 70 leaves its sRGB profile file open for the garbage collector; collect it
        # here, quietly, rather than leak a ResourceWarning into the caller.
        warnings.simplefilter("ignore", ResourceWarning)
        with _fewer_collections():
            with _pages_reported(say):
                document = weasyprint.HTML(string=html, base_url=None).render()
            say("writing")
            _mark_pages_to_thin(document.pages)
            document.write_pdf(
                buffer,
                pdf_variant=PDF_VARIANT,
                pdf_tags=True,
                # Title, author and language from the page's <title>, <meta> and lang="".
                custom_metadata=True,
            )
            del document
        gc.collect()
    return buffer.getvalue()


PRINTING_GC_THRESHOLD = (10_000, 10, 10)
"""Python's collection thresholds while WeasyPrint prints (the default is (700, 10, 10))."""

_gc_users: dict[str, Any] = {"count": 0}
_GC_LOCK = threading.Lock()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run less often while a PDF is printed.

    WeasyPrint allocates millions of boxes, styles and tuples that all stay alive until the
    file is written; at the default threshold a young collection runs every 700 allocations
    and, every hundred of those, a full one over the whole growing heap. At 10,000 the large
    English policy takes ≈10 % less CPU and its peak memory is no higher (395 against 420 MB:
    the live boxes are the peak, not uncollected garbage); nothing is switched off, every
    cycle is still collected. Process-wide, so it is counted: the first export to start
    raises the threshold, the last to finish puts back what was there, also on an error.
    """
    with _GC_LOCK:
        if _gc_users["count"] == 0:
            _gc_users["saved"] = gc.get_threshold()
            gc.set_threshold(*PRINTING_GC_THRESHOLD)
        _gc_users["count"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_users["count"] -= 1
            if _gc_users["count"] == 0:
                gc.set_threshold(*_gc_users.pop("saved"))


class _PageCounter(logging.Handler):
    """WeasyPrint's progress log ("Step 5 - Creating layout - Page 12") as "pages:12", for the
    thread that prints this PDF only (another export may run on another thread)."""

    def __init__(self, say: Progress) -> None:
        super().__init__(logging.INFO)
        self.say = say
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread or not record.msg.startswith(_LAYOUT_PAGE):
            return
        if record.args and isinstance(record.args, tuple):
            self.say(f"pages:{record.args[0]}")


_LAYOUT_PAGE = "Step 5 - Creating layout - Page"


@contextmanager
def _pages_reported(say: Progress) -> Iterator[None]:
    log = logging.getLogger("weasyprint.progress")
    handler = _PageCounter(say)
    with _PROGRESS_LOCK:
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False  # the page count is for the progress bar, not the terminal
    try:
        yield
    finally:
        with _PROGRESS_LOCK:
            log.removeHandler(handler)


_PROGRESS_LOCK = threading.Lock()


def speed_up_pydyf() -> None:
    """Two costs of pydyf (WeasyPrint's PDF object writer) removed; the PDF says the same.

    - ``PDF.page_references`` rebuilds the tuple of every page's reference on each call, and
      WeasyPrint's tagging calls it once per tagged element: quadratic in pages (≈15 % of a
      330-page export, more for longer ones). It is cached here until a page is added.
    - Streams are deflated at level 9, ≈4.5× the time of level 6 for ≈7 % less size: level 6
      (zlib's default) here.

    Idempotent; applied on the first PDF. tests/io/writers/test_pdf.py checks both.
    """
    import pydyf

    if getattr(pydyf.PDF, "_policy_studio_fast", False):
        return
    original = pydyf.PDF.__dict__.get("page_references")
    if isinstance(original, property) and original.fget is not None:
        build_references = original.fget

        def page_references(self: Any) -> tuple[bytes, ...]:
            kids = self.pages["Kids"]
            cached = self.__dict__.get("_policy_studio_page_references")
            if cached is None or cached[0] != len(kids):
                cached = (len(kids), tuple(build_references(self)))
                self.__dict__["_policy_studio_page_references"] = cached
            return cast(tuple[bytes, ...], cached[1])

        pydyf.PDF.page_references = property(page_references)
    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = _Deflate()
    pydyf.PDF._policy_studio_fast = True


WEASYPRINT_TESTED = ((70, 0), (71, 0))
"""The WeasyPrint versions ``speed_up_weasyprint`` was checked on: [first, last), (major, minor)."""

_RTL_LINE_TEST = """\
        if containing_block.style['direction'] == 'ltr':
            condition = (position_x, position_y) == (
                original_position_x, original_position_y)
        else:
            condition = (position_x + line.width, position_y) == (
                original_position_x + original_width, original_position_y)
        if condition:
"""
# The same lines, so the patched function keeps the file's line numbers in tracebacks.
_RTL_LINE_TEST_FIXED = _RTL_LINE_TEST.replace(
    "        if condition:\n",
    "        if condition or not context.excluded_shapes:  # Policy Studio: no float, no move\n",
)

_weasyprint_state: dict[str, str] = {}
_PATCH_LOCK = threading.Lock()


def speed_up_weasyprint() -> str:
    """Every right-to-left line laid out once instead of twice; the PDF says the same.

    WeasyPrint's ``get_next_linebox`` lays a line out, then checks whether floats moved it and,
    if so, lays it out again. For a right-to-left line the check compares the line's right edge
    (``position_x + line.width``) with the width the line box had *before* layout (0 when there
    are no floats), so it always fails and every Arabic line is laid out a second time with the
    very same inputs (half of an Arabic export's line-breaking time). Here "or there is no
    float to avoid" is added to that test: with no float the line keeps its place, as the
    left-to-right test already concludes. With floats, WeasyPrint's own test decides.

    Pinned: applied only on the WeasyPrint versions in ``WEASYPRINT_TESTED`` and only when the
    function's source has exactly the lines it replaces. Otherwise nothing is patched (the plain,
    slower path) and a warning says so once. Returns "applied", "applied before" or why not.
    tests/io/writers/test_pdf.py checks both the patch and the fall-back.
    """
    return _apply_once(
        _weasyprint_state, _patch_rtl_lines, "right-to-left line", "Arabic PDFs are laid out"
    )


def _patch_rtl_lines() -> str:
    import inspect
    import textwrap

    import weasyprint
    from weasyprint.layout import inline

    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2] if p.isdigit())
    first, last = WEASYPRINT_TESTED
    if not first <= version < last:
        return f"WeasyPrint {weasyprint.__version__} is not a tested version"
    original = inline.get_next_linebox
    try:
        lines, first_line = inspect.getsourcelines(original)
    except (OSError, TypeError) as exc:
        return f"source not readable: {exc}"
    source = textwrap.dedent("".join(lines))
    if source.count(_RTL_LINE_TEST) != 1:
        return "get_next_linebox is not the one checked"
    # Blank lines in front: the patched function's line numbers are the file's.
    patched = "\n" * (first_line - 1) + source.replace(_RTL_LINE_TEST, _RTL_LINE_TEST_FIXED)
    code = compile(patched, inline.__file__, "exec")
    # Defined in the module's own namespace, so it replaces the original for its one caller
    # (inline.iter_line_boxes) and sees the module's names as the original did.
    exec(code, vars(inline))
    inline.get_next_linebox._policy_studio_original = original
    return "applied"


_leader_state: dict[str, str] = {}
_marker_state: dict[str, str] = {}


def speed_up_leaders() -> str:
    """Each dot leader of the contents drawn as one run of text instead of one per dot.

    WeasyPrint 70 fills a ``leader(". ")`` with one copy of the ". " text box per repetition
    (``layout/leader.handle_leader``), and every copy goes on as a box of its own through
    drawing (its own Pango layout), tagging (its own marked content) and the written file: ~55
    boxes per contents line, 27,500 for the large policy's contents, ~70 MB of its peak memory
    and 9 % of its file. After WeasyPrint has placed the copies (always side by side, ending
    at the page number), they are replaced by one box at the leftmost copy's place holding the
    same text repeated: the same glyphs from the same place; the last dot lands within 0.02 pt
    of where it was (WeasyPrint rounds each glyph's advance to 1/1000 em inside a run).
    Checked against WeasyPrint's own path by tests/io/writers/test_pdf.py. Pinned to
    ``WEASYPRINT_TESTED`` like ``speed_up_weasyprint``; otherwise nothing is patched and a
    warning says so once. Returns "applied", "applied before" or why not.
    """
    return _apply_once(_leader_state, _patch_leaders, "dot-leader", "the contents are drawn")


def speed_up_markers() -> str:
    """The width of a list marker ("• ", "2. ") measured once per text and font, not per item.

    WeasyPrint 70 lays an outside list marker out as an absolutely positioned block whose
    width is shrink-to-fit: its min- and max-content widths, each a Pango layout of the marker
    text, for every list item (about half of what laying a marker out costs). The two widths
    depend only on the marker's text and the style properties that shape and space it, so they
    are kept per (text, font, size, spacing, direction, indent) for one export (on WeasyPrint's
    layout context); the marker is still laid out and drawn for every item. The pages' content
    streams are byte-identical with and without it (tests/io/writers/test_pdf.py). Pinned to
    ``WEASYPRINT_TESTED``; otherwise nothing is patched and a warning says so once.
    """
    return _apply_once(_marker_state, _patch_markers, "list-marker", "lists are laid out")


def _apply_once(state: dict[str, str], patch: Callable[[], str], name: str, slower: str) -> str:
    """Run ``patch`` once per process and remember how it went (two exports may start at once:
    the app prints on worker threads); warn once when it was not applied."""
    with _PATCH_LOCK:
        if "result" in state:
            done = state["result"]
            return "applied before" if done == "applied" else done
        result = patch()
        state["result"] = result
    if result != "applied":
        warnings.warn(
            f"PDF: WeasyPrint's {name} speed-up not applied ({result}); "
            f"{slower} on the slower path",
            RuntimeWarning,
            stacklevel=3,
        )
    return result


def _untested_weasyprint() -> str | None:
    import weasyprint

    version = tuple(int(p) for p in weasyprint.__version__.split(".")[:2] if p.isdigit())
    first, last = WEASYPRINT_TESTED
    if not first <= version < last:
        return f"WeasyPrint {weasyprint.__version__} is not a tested version"
    return None


def _patch_leaders() -> str:
    import copy

    from weasyprint.layout import inline, leader

    if untested := _untested_weasyprint():
        return untested
    original = getattr(inline, "handle_leader", None)
    if original is None or original is not getattr(leader, "handle_leader", None):
        return "handle_leader is not the one checked"
    leader_index = leader.leader_index

    def handle_leader(context: Any, line: Any, containing_block: Any) -> None:
        original(context, line, containing_block)
        index, box = leader_index(line)
        if index is None or len(box.children) < 2:
            return
        copies = box.children
        leftmost = min(copies, key=lambda child: child.position_x)
        merged = leftmost.copy()
        merged.text = leftmost.text * len(copies)
        merged.width = sum(child.width for child in copies)
        # The drawing lays the text out again from the (inactive) layout's text: a copy of
        # the layout with the repeated text, the rest (style, spacing) as WeasyPrint set it.
        layout = copy.copy(leftmost.pango_layout)
        layout.text = leftmost.pango_layout.text * len(copies)
        merged.pango_layout = layout
        box.children = (merged,)

    handle_leader._policy_studio_original = original
    inline.handle_leader = handle_leader
    return "applied"


def _patch_markers() -> str:
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import absolute, preferred
    from weasyprint.text.line_break import _font_style_cache_key

    if untested := _untested_weasyprint():
        return untested
    original = absolute.shrink_to_fit
    if original is not preferred.shrink_to_fit:
        return "shrink_to_fit is not the one checked"

    def shrink_to_fit(context: Any, box: Any, available: float) -> Any:
        text = _marker_text(box, boxes)
        if text is None:
            return original(context, box, available)
        style = text.style
        key = (
            text.text,
            _font_style_cache_key(style, include_size=True),
            repr(
                tuple(style[name] for name in _MARKER_WIDTH_PROPERTIES)
                + (box.style["text_indent"], box.style["font_size"])
            ),
        )
        # Kept on the layout context: one export's fonts (a template's @font-face may give a
        # family name other files), and no sharing between exports on two threads.
        widths = context.__dict__.setdefault("_policy_studio_marker_widths", {})
        known = widths.get(key)
        if known is None:
            known = widths[key] = (
                preferred.min_content_width(context, box, outer=False),
                preferred.max_content_width(context, box, outer=False),
            )
        # preferred.shrink_to_fit's own formula, with the two widths it would compute.
        return min(max(known[0], available), known[1])

    shrink_to_fit._policy_studio_original = original
    absolute.shrink_to_fit = shrink_to_fit
    return "applied"


_MARKER_WIDTH_PROPERTIES = (
    "letter_spacing",
    "word_spacing",
    "text_transform",
    "white_space",
    "direction",
    "font_kerning",
    "tab_size",
    "hyphens",
)
"""What, besides the font (``_font_style_cache_key``), makes a marker's text wider or narrower."""


def _marker_text(box: Any, boxes: Any) -> Any:
    """The one text box of an outside list marker (one line of plain text), else None."""
    if not box.is_outside_marker or len(box.children) != 1:
        return None
    line = box.children[0]
    if not isinstance(line, boxes.LineBox) or len(line.children) != 1:
        return None
    text = line.children[0]
    return text if isinstance(text, boxes.TextBox) else None


_pseudo_state: dict[str, str] = {}


def lighten_pseudo_styles() -> str:
    """Pseudo-elements' computed styles made when a box asks for them, not for every element.

    WeasyPrint 70's user-agent stylesheet gives every element six pseudo-elements through
    universal rules (``::marker``, ``::footnote-call``, ``::footnote-marker``, ``::note-call``,
    ``::note-marker``, ``::note-callback``), and the cascade computes a style for each of them
    up front: six ``ComputedStyle`` objects per element (with their own dicts), alive until the
    document is laid out, although only list items ask for a marker and only footnotes and notes
    for the others. The large columns policy has 30,000 elements: 180,000 such styles, alive
    through the layout, where the memory now peaks (figures: docs/export.md, "Fifth pass").
    Here the cascaded declarations are kept (one dict for all the elements whose declarations
    are the same parsed values with the same weights: the universal rules make them so), and
    the style is computed the first time WeasyPrint asks for it (``StyleFor.__call__``), by
    WeasyPrint's own ``set_computed_styles`` with the same arguments; one that declares an
    anchor is still made at once, so anchors are collected as before. The PDF is
    byte-identical (tests/io/writers/test_pdf.py). Pinned to ``WEASYPRINT_TESTED``; otherwise
    nothing is patched and a warning says so once.
    """
    return _apply_once(
        _pseudo_state, _patch_pseudo_styles, "pseudo-element style", "styles are computed"
    )


_PSEUDO_LOOP = """\
        for element, pseudo_type in cascaded_styles:
            if pseudo_type:
                self.set_computed_styles(
                    element, pseudo_type=pseudo_type,
                    # The pseudo-element inherits from the element.
                    root=html.etree_element, parent=element,
                    base_url=html.base_url, target_collector=target_collector)

        # Clear the cascaded styles, we don't need them anymore. Keep the
        # dictionary, it is used later for page margins.
        self._cascaded_styles.clear()
"""
_STYLE_CALL = """\
    def __call__(self, element, pseudo_type=None):
        if style := self._computed_styles.get((element, pseudo_type)):
"""
_SET_STYLES = """\
    def set_computed_styles(self, element, parent, root=None, pseudo_type=None,
                            base_url=None, target_collector=None):
"""


def _cascade_key(cascaded: dict[str, Any]) -> tuple[Any, ...]:
    """Equal cascaded declarations (the same parsed values, the same weights) give equal keys."""
    return tuple((name, id(values), weight) for name, (values, weight) in cascaded.items())


def _patch_pseudo_styles() -> str:
    import inspect

    from weasyprint import css

    if untested := _untested_weasyprint():
        return untested
    style_for = css.StyleFor
    try:
        sources = [
            inspect.getsource(style_for.__init__),
            inspect.getsource(style_for.__call__),
            inspect.getsource(style_for.set_computed_styles),
        ]
    except (OSError, TypeError) as exc:
        return f"source not readable: {exc}"
    if not (
        sources[0].endswith(_PSEUDO_LOOP)
        and sources[1].startswith(_STYLE_CALL)
        and sources[2].startswith(_SET_STYLES)
    ):
        return "StyleFor is not the one checked"
    original_init = style_for.__init__
    original_call = style_for.__call__
    original_set = style_for.set_computed_styles

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # While the cascade runs, a pseudo-element's style is noted instead of computed.
        self._policy_studio_deferred = {}
        try:
            original_init(self, *args, **kwargs)
        finally:
            self._policy_studio_deferring = False

    def set_computed_styles(
        self: Any,
        element: Any,
        parent: Any,
        root: Any = None,
        pseudo_type: str | None = None,
        base_url: str | None = None,
        target_collector: Any = None,
    ) -> None:
        deferred = self.__dict__.get("_policy_studio_deferred")
        if (
            pseudo_type
            and deferred is not None
            and self.__dict__.get("_policy_studio_deferring", True)
        ):
            cascaded = self._cascaded_styles.get((element, pseudo_type), {})
            if "anchor" not in cascaded:
                # Universal rules give thousands of elements equal declarations: one dict.
                shared = self.__dict__.setdefault("_policy_studio_cascades", {})
                cascaded = shared.setdefault(_cascade_key(cascaded), cascaded)
                pending = (cascaded, parent, root, base_url, target_collector)
                deferred[element, pseudo_type] = pending
                return
        original_set(self, element, parent, root, pseudo_type, base_url, target_collector)

    def __call__(self: Any, element: Any, pseudo_type: str | None = None) -> Any:
        if pseudo_type:
            deferred = self.__dict__.get("_policy_studio_deferred")
            pending = deferred.pop((element, pseudo_type), None) if deferred else None
            if pending is not None:
                cascaded, parent, root, base_url, target_collector = pending
                key = (element, pseudo_type)
                # WeasyPrint's own function reads the cascade from _cascaded_styles.
                self._cascaded_styles[key] = cascaded
                try:
                    original_set(
                        self, element, parent, root, pseudo_type, base_url, target_collector
                    )
                finally:
                    del self._cascaded_styles[key]
        return original_call(self, element, pseudo_type)

    for name, function, original in (
        ("__init__", __init__, original_init),
        ("__call__", __call__, original_call),
        ("set_computed_styles", set_computed_styles, original_set),
    ):
        function._policy_studio_original = original
        setattr(style_for, name, function)
    return "applied"


_language_state: dict[str, str] = {}


def share_language_styles() -> str:
    """Elements that differ only by being in the same language share one computed style again.

    WeasyPrint shares a computed style between elements with the same parent style, the same
    matching rules and the same declarations of their own. A ``lang`` attribute is such a
    declaration (``-weasy-lang: "en"``), parsed afresh for every element, so no two elements
    with a ``lang`` ever compared equal: in the columns layout every cell carries ``lang`` and
    ``dir``, so every cell, and everything inside it, had a style of its own, each computing
    its properties again during layout. Here an element whose only declaration of its own is
    its ``lang`` gets one parsed declaration per language (the same object), so WeasyPrint's
    own comparison finds the equal ones. An element with a ``style``, ``id`` or other
    attribute-made declaration is left as it was (WeasyPrint keys a style by an element's
    last declaration only, so sharing those could mix them up). The PDF is byte-identical
    (tests/io/writers/test_pdf.py). Pinned to ``WEASYPRINT_TESTED`` and the lines it relies on;
    otherwise nothing is patched and a warning says so once.
    """
    return _apply_once(
        _language_state, _patch_language_styles, "language style", "styles are computed"
    )


_LANG_DECLARATION = """\
        if lang := element.get('lang'):
            yield parse_declaration(f'-weasy-lang:"{lang}"')
"""
_STYLE_KEY = """\
            key = (parent_id, element_declarations, tuple(selectors_keys))
"""


def _patch_language_styles() -> str:
    import inspect

    from weasyprint import css

    if untested := _untested_weasyprint():
        return untested
    original = css.find_style_attributes
    try:
        found = inspect.getsource(original)
        cascade = inspect.getsource(
            getattr(css.StyleFor.__init__, "_policy_studio_original", css.StyleFor.__init__)
        )
    except (OSError, TypeError) as exc:
        return f"source not readable: {exc}"
    if _LANG_DECLARATION not in found or _STYLE_KEY not in cascade:
        return "find_style_attributes is not the one checked"

    def find_style_attributes(
        tree: Any, presentational_hints: bool = False, base_url: str | None = None
    ) -> Iterator[tuple[Any, Any, Any, Any]]:
        shared: dict[tuple[Any, ...], Any] = {}
        pending: list[tuple[Any, Any, Any, Any]] = []

        def flush() -> Iterator[tuple[Any, Any, Any, Any]]:
            if len(pending) == 1:
                specificity, element, declarations, url = pending[0]
                lang = element.get("lang")
                if (
                    lang
                    and type(declarations) is tuple
                    and len(declarations) == 1
                    and getattr(declarations[0], "lower_name", None) == "-weasy-lang"
                ):
                    key = (specificity, lang, url)
                    pending[0] = (specificity, element, shared.setdefault(key, declarations), url)
            yield from pending
            pending.clear()

        # One element's declarations come one after the other, in the tree's order.
        for item in original(tree, presentational_hints, base_url):
            if pending and item[1] is not pending[0][1]:
                yield from flush()
            pending.append(item)
        yield from flush()

    find_style_attributes._policy_studio_original = original
    css.find_style_attributes = find_style_attributes
    return "applied"


_page_state: dict[str, str] = {}

TRIM_EVERY = 50
"""Pages drawn between two hand-backs of freed memory to the system (``malloc_trim``)."""


def _mark_pages_to_thin(pages: list[Any]) -> None:
    """Mark a document's pages (rendered here, written once) for ``lighten_drawn_pages``:
    every page is thinned once drawn; every ``TRIM_EVERY``-th page also hands the freed memory
    back; the last one also collects the cycles left (styles) before the tags are built."""
    for number, page in enumerate(pages, start=1):
        page._policy_studio_light = "trim" if number % TRIM_EVERY == 0 else "page"
    if pages:
        pages[-1]._policy_studio_light = "last"


def lighten_drawn_pages() -> str:
    """Each page's boxes let go once the page is drawn, but for what the tags still read.

    WeasyPrint 70 draws every page, then builds the structure tree (tags) from every page's
    boxes, then writes the file, so all the laid-out pages (boxes, their styles and Pango
    layouts: about two thirds of the memory at the peak) are alive until the end. The tags
    read little of a box: its element and tag, its children, for list items two style
    values, for table cells their spans, its link annotation. Once a page is drawn, its box
    tree is replaced by a copy holding only that (same classes, so WeasyPrint's
    ``isinstance`` tests still hold; images and other replaced boxes are kept whole), the
    marked-content keys of the page's stream moved onto the copies, and the real boxes are
    freed. Tagging then runs WeasyPrint's own ``_build_box_tree`` over the copies, in the same
    order as before: the file is byte-identical (tests/io/writers/test_pdf.py).

    Only pages that ``html_to_pdf`` marks (documents it renders and writes once) are thinned.
    Pinned to ``WEASYPRINT_TESTED`` and to the exact source of the functions that read the
    boxes afterwards; otherwise nothing is patched and a warning says so once.
    """
    return _apply_once(
        _page_state, _patch_drawn_pages, "drawn-page", "pages are kept whole until written"
    )


_TAGS_SOURCE_SHA256 = "af8e4937fd34fb0dd9b9542108cddd29021d7f978f76fa8fa67ac9917ce240f6"
"""sha256 of WeasyPrint 70's pdf/tags.py ``_build_box_tree`` + ``add_tags`` + ``Page.paint``
sources: what reads a page's boxes after it is drawn; any other code is not thinned for."""

_KEPT_FOR_TAGS = (
    "element_tag",
    "element",
    "is_table_wrapper",
    "colspan",
    "rowspan",
    "link_annotation",
    "widget_annotation",
    "mark",
)
"""The box attributes ``_build_box_tree`` reads (besides ``children`` and, for list items,
``style['display']`` and ``style['list_style_type']``)."""

_LIST_ITEM_TAGS = ("li", "dt", "dd")
_FIGURE_TAGS = ("img", "{http://www.w3.org/2000/svg}svg")


def _tags_source() -> str:
    import inspect

    from weasyprint import document
    from weasyprint.pdf import tags

    return "".join(
        inspect.getsource(function)
        for function in (tags._build_box_tree, tags.add_tags, document.Page.paint)
    )


def _patch_drawn_pages() -> str:
    import hashlib

    from weasyprint import document
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.absolute import AbsolutePlaceholder

    if untested := _untested_weasyprint():
        return untested
    try:
        source = _tags_source()
    except (OSError, TypeError) as exc:
        return f"source not readable: {exc}"
    if hashlib.sha256(source.encode()).hexdigest() != _TAGS_SOURCE_SHA256:
        return "the tagging code is not the one checked"
    original_paint = document.Page.paint

    def paint(self: Any, stream: Any, scale: float = 1) -> None:
        original_paint(self, stream, scale)
        tags = stream._tags
        light = self.__dict__.pop("_policy_studio_light", None)
        if light and tags is not None:
            _thin_page(self, tags, boxes, AbsolutePlaceholder)
            if light == "trim":
                _give_back_freed_memory(collect=False)
            elif light == "last":
                _give_back_freed_memory(collect=True)

    paint._policy_studio_original = original_paint
    document.Page.paint = paint
    return "applied"


def _give_back_freed_memory(collect: bool = True) -> None:
    """Free the cycles the thinned pages left (a style and its anonymous style point at each
    other, so only the cyclic collector frees them) and hand glibc's free pages back."""
    if collect:
        gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Any:
    import ctypes
    import ctypes.util

    if "trim" not in _libc:
        name = ctypes.util.find_library("c")
        try:
            _libc["trim"] = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
        except OSError:
            _libc["trim"] = None
    return _libc["trim"]


_libc: dict[str, Any] = {}


def _thin_page(page: Any, tags: dict[Any, Any], boxes: Any, placeholder: Any) -> None:
    """Replace ``page._page_box`` by the copy the tags need and move ``tags`` onto it."""
    copies: dict[int, Any] = {}

    def thin(box: Any) -> Any:
        known = copies.get(id(box))
        if known is not None:
            return known
        if isinstance(box, placeholder):
            copy = placeholder.__new__(placeholder)
            copies[id(box)] = copy
            object.__setattr__(copy, "_layout_done", box._layout_done)
            object.__setattr__(copy, "_box", thin(box._box))
            return copy
        if isinstance(box, boxes.ReplacedBox) or box.element_tag in _FIGURE_TAGS:
            copies[id(box)] = box  # kept whole: figures read their geometry and attributes
            return box
        cls = type(box)
        copy = cls.__new__(cls)
        copies[id(box)] = copy
        real = box.__dict__
        kept = copy.__dict__
        for name in _KEPT_FOR_TAGS:
            if name in real:
                kept[name] = real[name]
        if box.element_tag in _LIST_ITEM_TAGS:
            style = box.style
            kept["style"] = {
                "display": style["display"],
                "list_style_type": style["list_style_type"],
            }
        children = real.get("children")
        if children is not None:
            kept["children"] = type(children)(thin(child) for child in children)
        return copy

    root = thin(page._page_box)
    if any(id(key) not in copies for key in tags):
        return  # a marked box the tags would not reach: keep the page as it is
    moved = [(copies[id(key)], value) for key, value in tags.items()]
    tags.clear()
    tags.update(moved)
    page._page_box = root


class _Deflate:
    """The zlib module as pydyf sees it, with compression level 6 instead of 9."""

    LEVEL = 6

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    def compressobj(self, level: int = LEVEL, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(min(level, self.LEVEL), *args, **kwargs)

    def compress(self, data: bytes, level: int = LEVEL) -> bytes:
        return zlib.compress(data, min(level, self.LEVEL))


def render_pdf(
    policy: Policy,
    options: ExportOptions,
    known_variables: Iterable[str] = (),
    progress: Progress | None = None,
) -> tuple[bytes, list[str]]:
    """The PDF bytes and the warnings for the user; ``progress`` hears each stage's name."""
    say = progress or (lambda stage: None)
    say("layout")
    doc = build(policy, options, known_variables)
    html = render_document(doc, options.template)
    return html_to_pdf(html, progress), doc.warnings


def write_pdf(
    policy: Policy,
    path: Path,
    options: ExportOptions,
    known_variables: Iterable[str] = (),
    progress: Progress | None = None,
) -> ExportReport:
    """Write ``policy`` to ``path`` as an archival PDF laid out as ``options`` ask."""
    data, warnings = render_pdf(policy, options, known_variables, progress)
    write_output(path, data, "the PDF")
    return ExportReport(str(path), warnings)


__all__ = [
    "PDF_VARIANT",
    "html_to_pdf",
    "render_pdf",
    "lighten_drawn_pages",
    "lighten_pseudo_styles",
    "share_language_styles",
    "speed_up_leaders",
    "speed_up_markers",
    "speed_up_pydyf",
    "speed_up_weasyprint",
    "write_pdf",
]
