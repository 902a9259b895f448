"""WordprocessingML tracked changes: w:ins / w:del around runs, deleted text in w:delText.

Built on python-docx's oxml layer (OxmlElement, qn). Children are inserted in schema order
(CT_PPr, CT_RPr, CT_ParaRPr) because Word may refuse what LibreOffice forgives. Right-to-left
runs carry w:rtl, complex-script font and w:lang w:bidi, their paragraphs w:bidi
(../shared/RTL-NOTES.md). Also the readers of such paragraphs: the text with every change
accepted, and with every change rejected.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

# Successors of w:bidi in CT_PPr: w:bidi must go before the first of these that exists.
_PPR_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_PPR_AFTER_RPR = ("w:sectPr", "w:pPrChange")


@dataclass(frozen=True, slots=True)
class ScriptStyle:
    """How runs of one language are marked up: direction, complex-script font, language tag."""

    rtl: bool = False
    lang: str = "en-GB"
    """BCP 47 tag written to w:lang (w:bidi for right-to-left languages)."""
    cs_font: str = "Noto Naskh Arabic"
    """Font for complex-script text (Arabic); Latin runs keep the style's font."""


@dataclass(slots=True)
class Revisions:
    """Author and date of the changes being written, and the w:id counter they share."""

    author: str
    date: str
    """ISO 8601, e.g. 2026-01-31T09:00:00Z."""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def mark(self, tag: str) -> _Element:
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(next(self._ids)))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        return element


def _insert_before(parent: _Element, child: _Element, successors: tuple[str, ...]) -> None:
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def _ppr(paragraph: _Element) -> _Element:
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    return ppr


def set_bidi(paragraph: _Element) -> None:
    """Make ``paragraph`` right-to-left (w:pPr/w:bidi); never w:jc, which would left-align it."""
    ppr = _ppr(paragraph)
    if ppr.find(qn("w:bidi")) is None:
        _insert_before(ppr, OxmlElement("w:bidi"), _PPR_AFTER_BIDI)


def mark_paragraph(paragraph: _Element, tag: str, revisions: Revisions) -> None:
    """Track the paragraph mark itself as inserted (``w:ins``) or deleted (``w:del``), so
    accepting or rejecting removes the whole paragraph, not just its text."""
    ppr = _ppr(paragraph)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        _insert_before(ppr, rpr, _PPR_AFTER_RPR)
    rpr.insert(0, revisions.mark(tag))


@dataclass(frozen=True, slots=True)
class RunFormat:
    """Inline formatting of a run: bold, italic, a character style (Hyperlink), and ``ltr``
    for a Latin item inside right-to-left text (its run has no w:rtl, as in the export)."""

    bold: bool = False
    italic: bool = False
    char_style: str | None = None
    ltr: bool = False


PLAIN_RUN = RunFormat()


def _run_properties(style: ScriptStyle, fmt: RunFormat = PLAIN_RUN) -> _Element:
    # CT_RPr order: rStyle, rFonts, b, bCs, i, iCs, …, rtl, …, lang, …, rPrChange.
    rpr = OxmlElement("w:rPr")
    if fmt.char_style:
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), fmt.char_style)
        rpr.append(rstyle)
    if style.rtl:
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:cs"), style.cs_font)
        rpr.append(fonts)
    # Arabic ignores w:b and w:i: the complex-script twins too (RTL-NOTES).
    if fmt.bold:
        rpr.append(OxmlElement("w:b"))
        rpr.append(OxmlElement("w:bCs"))
    if fmt.italic:
        rpr.append(OxmlElement("w:i"))
        rpr.append(OxmlElement("w:iCs"))
    if style.rtl and not fmt.ltr:
        rpr.append(OxmlElement("w:rtl"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi") if style.rtl else qn("w:val"), style.lang)
    rpr.append(lang)
    return rpr


def run(
    text: str,
    style: ScriptStyle,
    *,
    deleted: bool = False,
    fmt: RunFormat = PLAIN_RUN,
    was: RunFormat | None = None,
    revisions: Revisions | None = None,
) -> _Element:
    """A w:r holding ``text`` (line breaks as w:br), as w:delText when it is deleted text.

    With ``was`` (and ``revisions``) the run's formatting is a tracked change: its w:rPr ends
    with a w:rPrChange holding the old properties, so Reject All restores ``was``.
    """
    element = OxmlElement("w:r")
    rpr = _run_properties(style, fmt)
    if was is not None and revisions is not None:
        change = revisions.mark("w:rPrChange")
        change.append(_run_properties(style, was))
        rpr.append(change)
    element.append(rpr)
    for index, line in enumerate(text.split("\n")):
        if index:
            element.append(OxmlElement("w:br"))
        if line:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = line
            element.append(t)
    return element


def inserted(
    text: str, style: ScriptStyle, revisions: Revisions, fmt: RunFormat = PLAIN_RUN
) -> _Element:
    """``<w:ins w:id w:author w:date><w:r>…</w:r></w:ins>``"""
    wrapper = revisions.mark("w:ins")
    wrapper.append(run(text, style, fmt=fmt))
    return wrapper


def deleted(
    text: str, style: ScriptStyle, revisions: Revisions, fmt: RunFormat = PLAIN_RUN
) -> _Element:
    """``<w:del w:id w:author w:date><w:r><w:delText>…</w:delText></w:r></w:del>``"""
    wrapper = revisions.mark("w:del")
    wrapper.append(run(text, style, deleted=True, fmt=fmt))
    return wrapper


def track_paragraph_properties(paragraph: _Element, old: _Element, revisions: Revisions) -> None:
    """Record ``old`` (a w:pPr: the paragraph's style and numbering before) as a tracked
    change of the paragraph's properties (w:pPrChange, the last child of w:pPr), so Reject All
    gives the paragraph back its old style (a list item that became a paragraph)."""
    ppr = _ppr(paragraph)
    change = revisions.mark("w:pPrChange")
    change.append(old)
    ppr.append(change)


def enable_track_revisions(settings: _Element) -> None:
    """w:settings/w:trackRevisions: the next person editing the file keeps tracking changes."""
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    element = OxmlElement("w:trackRevisions")
    # CT_Settings order: trackRevisions follows view/zoom/removePersonalInformation/…
    # and precedes doNotTrackMoves, defaultTabStop and the rest; after zoom is safe.
    for tag in (
        "w:doNotTrackMoves",
        "w:doNotTrackFormatting",
        "w:documentProtection",
        "w:autoFormatOverride",
        "w:styleLockTheme",
        "w:styleLockQFSet",
        "w:defaultTabStop",
    ):
        found = settings.find(qn(tag))
        if found is not None:
            found.addprevious(element)
            return
    settings.append(element)


def _is_under(element: _Element, tag: str, stop: _Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == qn(tag):
            return True
        parent = parent.getparent()
    return False


def _paragraph_mark(paragraph: _Element, tag: str) -> bool:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn(tag)}") is not None


def accepted_text(paragraph: _Element) -> str | None:
    """The paragraph's text with every change accepted; None when accepting removes it."""
    if _paragraph_mark(paragraph, "w:del"):
        return None
    parts = []
    for element in paragraph.iter(qn("w:t"), qn("w:br")):
        if not _is_under(element, "w:del", paragraph):
            parts.append((element.text or "") if element.tag == qn("w:t") else "\n")
    return "".join(parts)


def original_text(paragraph: _Element) -> str | None:
    """The paragraph's text with every change rejected; None when rejecting removes it."""
    if _paragraph_mark(paragraph, "w:ins"):
        return None
    parts = []
    for element in paragraph.iter(qn("w:t"), qn("w:delText"), qn("w:br")):
        if not _is_under(element, "w:ins", paragraph):
            parts.append("\n" if element.tag == qn("w:br") else element.text or "")
    return "".join(parts)


# -- reading formatting back (tests, and anyone checking a redline) --------------------------


@dataclass(frozen=True, slots=True)
class ReadRun:
    """A stretch of a paragraph's text with its formatting, as read back."""

    text: str
    bold: bool
    italic: bool
    link: str | None
    """The hyperlink's relationship id (map it through the part's relationships)."""


def _flags(rpr: _Element | None) -> tuple[bool, bool]:
    if rpr is None:
        return False, False
    return rpr.find(qn("w:b")) is not None, rpr.find(qn("w:i")) is not None


def _runs(paragraph: _Element, *, accepted: bool) -> list[ReadRun] | None:
    if _paragraph_mark(paragraph, "w:del" if accepted else "w:ins"):
        return None
    skip = "w:del" if accepted else "w:ins"
    out: list[ReadRun] = []
    for r in paragraph.iter(qn("w:r")):
        if _is_under(r, skip, paragraph):
            continue
        rpr = r.find(qn("w:rPr"))
        if not accepted and rpr is not None:
            change = rpr.find(qn("w:rPrChange"))
            if change is not None:
                rpr = change.find(qn("w:rPr"))
        bold, italic = _flags(rpr)
        link = None
        parent = r.getparent()
        while parent is not None and parent is not paragraph:
            if parent.tag == qn("w:hyperlink"):
                link = parent.get(qn("r:id"))
                break
            parent = parent.getparent()
        text = "".join(
            "\n" if t.tag == qn("w:br") else (t.text or "")
            for t in r.iter(qn("w:t"), qn("w:delText"), qn("w:br"))
        )
        if not text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].link) == (bold, italic, link):
            out[-1] = ReadRun(out[-1].text + text, bold, italic, link)
        else:
            out.append(ReadRun(text, bold, italic, link))
    return out


def accepted_runs(paragraph: _Element) -> list[ReadRun] | None:
    """The paragraph's runs with every change accepted (formatting included); None when
    accepting removes the paragraph."""
    return _runs(paragraph, accepted=True)


def original_runs(paragraph: _Element) -> list[ReadRun] | None:
    """The paragraph's runs with every change rejected (w:rPrChange's old formatting)."""
    return _runs(paragraph, accepted=False)


def paragraph_style(paragraph: _Element, *, accepted: bool) -> tuple[str | None, bool]:
    """(style id, is a list item) with every change accepted, or rejected (w:pPrChange)."""
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is not None and not accepted:
        change = ppr.find(qn("w:pPrChange"))
        if change is not None:
            ppr = change.find(qn("w:pPr"))
    if ppr is None:
        return None, False
    style = ppr.find(qn("w:pStyle"))
    return (
        style.get(qn("w:val")) if style is not None else None,
        ppr.find(qn("w:numPr")) is not None,
    )
