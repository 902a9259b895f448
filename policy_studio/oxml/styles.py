"""The paragraph and character styles the writers use, each in a Latin and an "AR" variant.

The right-to-left variants carry ``w:bidi`` and the complex-script font, size and weight, so a
paragraph needs only its style. A user's reference document may define any of them; only the
missing ones are added, so a replaced style keeps the user's look.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from ..model import Language, language
from .schema import W_NS, w

LATIN_FONT = "Calibri"
ARABIC = language("ar")
ARABIC_FONT = ARABIC.fonts[0]
BIDI_LANG = ARABIC.bcp47


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """A style we need: Latin properties, and the size/weight Arabic text gets in its AR twin."""

    name: str
    based_on: str | None
    p_pr: str = ""
    r_pr: str = ""
    cs_size: int = 24
    """Complex-script size in half points (Naskh needs to be a little larger than Latin)."""
    cs_bold: bool = False
    kind: str = "paragraph"
    rtl_twin: bool = True


SPECS: list[StyleSpec] = [
    StyleSpec(
        "Body",
        "Normal",
        '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>',
        '<w:sz w:val="22"/>',
        24,
    ),
    StyleSpec(
        "Title",
        "Normal",
        '<w:spacing w:after="120"/>',
        '<w:b/><w:color w:val="1F3864"/><w:sz w:val="44"/>',
        48,
        True,
    ),
    StyleSpec(
        "Subtitle",
        "Normal",
        '<w:spacing w:after="60"/>',
        '<w:color w:val="44546A"/><w:sz w:val="24"/>',
        26,
    ),
    StyleSpec(
        "Heading 1",
        "Normal",
        '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
        '<w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/>',
        32,
        True,
    ),
    StyleSpec(
        "Heading 2",
        "Normal",
        '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:sz w:val="24"/>',
        26,
        True,
    ),
    StyleSpec("List Paragraph", "Body", '<w:spacing w:after="60"/><w:contextualSpacing/>', "", 24),
    StyleSpec("TOC Heading", "Heading 1", "", "", 32, True),
    StyleSpec("Header", "Normal", "", '<w:color w:val="595959"/><w:sz w:val="18"/>', 20),
    StyleSpec("Footer", "Normal", "", '<w:color w:val="595959"/><w:sz w:val="18"/>', 20),
    StyleSpec("Table Text", "Normal", '<w:spacing w:after="60"/>', '<w:sz w:val="21"/>', 23),
    # A header row's cells: bold by their style, so an author's own bold stays a run's bold
    # and a re-import gives back the cell as written (not "**Purpose**").
    StyleSpec("Table Heading", "Table Text", "", "<w:b/>", 23, True),
    # Word's built-in name: Word formats the entries it regenerates with this style too.
    StyleSpec("toc 1", "Normal", '<w:spacing w:after="60"/>', '<w:sz w:val="21"/>', rtl_twin=False),
    StyleSpec(
        "Hyperlink",
        None,
        "",
        '<w:color w:val="0563C1"/><w:u w:val="single"/>',
        kind="character",
        rtl_twin=False,
    ),
]


def rtl_name(name: str, lang: Language = ARABIC) -> str:
    """The right-to-left twin of a style in ``lang``: ``"Body"`` → ``"Body AR"`` (Arabic),
    ``"Body HE"`` (Hebrew), ``"Body FA"`` (Persian): each carries its language's font and tag."""
    return f"{name} {lang.code.upper()}"


def _style_id(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum())


def _style_xml(
    spec: StyleSpec, rtl: Language | None, ids: dict[str, str], base: str | None = None
) -> str:
    name = rtl_name(spec.name, rtl) if rtl else spec.name
    if rtl:
        based = ids.get((base or spec.name).lower(), _style_id(base or spec.name))
        # The Latin style's line spacing, measured on Naskh's taller line, spaced Arabic lines
        # ~1.4x English: single spacing of the complex-script face matches the Latin lines.
        p_pr = "<w:bidi/>" + RTL_SPACING.get(spec.name, "")
        bold = "<w:bCs/>" if spec.cs_bold else ""
        # Order inside rPr follows CT_RPr: rFonts, bCs, i, iCs, spacing, szCs, rtl, lang.
        # Arabic, Hebrew and Persian have no italic: a style's slant (Word's Subtitle) is
        # switched off.
        # Letter spacing (Word's Title 5, Subtitle 15) pulls Arabic letters apart and breaks
        # their joins: none in the twins.
        r_pr = (
            f'<w:rFonts w:cs="{rtl.fonts[0]}"/>{bold}<w:i w:val="0"/><w:iCs w:val="0"/>'
            f'<w:spacing w:val="0"/><w:szCs w:val="{spec.cs_size}"/><w:rtl/>'
            f'<w:lang w:bidi="{rtl.bcp47}"/>'
        )
    else:
        based = ids.get(spec.based_on.lower(), _style_id(spec.based_on)) if spec.based_on else ""
        p_pr = spec.p_pr
        r_pr = spec.r_pr.replace("<w:b/>", "<w:b/><w:bCs/>") if spec.r_pr else ""
        if spec.kind == "paragraph":
            r_pr = f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"/>' + r_pr
    parts = [f'<w:name w:val="{name}"/>']
    if based:
        parts.append(f'<w:basedOn w:val="{based}"/>')
    if spec.kind == "paragraph":
        parts.append(f'<w:next w:val="{_style_id(name)}"/>')
    parts.append("<w:qFormat/>")
    if p_pr and spec.kind == "paragraph":
        parts.append(f"<w:pPr>{p_pr}</w:pPr>")
    if r_pr:
        parts.append(f"<w:rPr>{r_pr}</w:rPr>")
    return (
        f'<w:style xmlns:w="{W_NS}" w:type="{spec.kind}" w:customStyle="1" '
        f'w:styleId="{_style_id(name)}">{"".join(parts)}</w:style>'
    )


def style_ids(styles: etree._Element) -> dict[str, str]:
    """Lower-cased style name → style id (Word stores built-in names as "heading 1")."""
    out = {}
    for style in styles.iter(w("style")):
        name = style.find(w("name"))
        if name is not None:
            out[name.get(w("val"), "").lower()] = style.get(w("styleId"), "")
    return out


RTL_SPACING = {
    "Body": '<w:spacing w:line="240" w:lineRule="auto"/>',
    "List Paragraph": '<w:spacing w:line="240" w:lineRule="auto"/>',
    "Heading 1": '<w:spacing w:before="240"/>',
    "Heading 2": '<w:spacing w:before="160"/>',
}
"""Paragraph spacing of the right-to-left twins (pPr order: bidi before spacing)."""


def ensure_policy_styles(
    styles: etree._Element, rtl_languages: Iterable[Language] = ()
) -> dict[str, str]:
    """Add the styles of SPECS (with an AR twin, and a twin for each other right-to-left
    language asked for) that ``styles`` lacks; return ids by lower-cased name (``style_ids``).
    """
    ids = style_ids(styles)
    twins = list(dict.fromkeys([ARABIC, *(lang for lang in rtl_languages if lang.is_rtl)]))
    for spec in SPECS:
        for rtl in [None, *twins] if spec.rtl_twin else [None]:
            name = rtl_name(spec.name, rtl) if rtl else spec.name
            if name.lower() in ids:
                continue
            # A user's reference document may carry only the AR twins: base the others on the
            # Latin style all the same.
            styles.append(etree.fromstring(_style_xml(spec, rtl, ids)))
            ids[name.lower()] = _style_id(name)
    return ids
