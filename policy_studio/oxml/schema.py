"""Namespaces and the child order of the WordprocessingML elements we extend (ECMA-376 §17).

Word may reject a property element out of sequence (LibreOffice forgives it), so every helper
that adds a child to an existing element goes through ``insert_in_order`` with the sequence
declared once here, as python-docx's ``ZeroOrOne(..., successors=...)`` does.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


P_PR = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
R_PR = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
SECT_PR = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
).split()
TBL_PR = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
).split()
STYLE = (
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed "
    "qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr "
    "tblStylePr"
).split()
SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr attachedSchema "
    "themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
    "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults "
    "doNotEmbedSmartTags decimalSymbol listSeparator"
).split()
"""Children of w:settings that must come after w:updateFields."""


def _local(element: etree._Element) -> str:
    return str(etree.QName(element).localname)


def insert_in_order(
    parent: etree._Element, child: etree._Element, sequence: list[str]
) -> etree._Element:
    """Insert ``child`` before the first existing sibling that comes after it in ``sequence``."""
    name = _local(child)
    successors = set(sequence[sequence.index(name) + 1 :])
    for index, existing in enumerate(parent):
        if isinstance(existing.tag, str) and _local(existing) in successors:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def get_or_add(parent: etree._Element, tag: str, sequence: list[str]) -> etree._Element:
    """The ``w:tag`` child of ``parent``, added in schema order when missing."""
    found = parent.find(w(tag))
    if found is not None:
        return found
    return insert_in_order(parent, etree.Element(w(tag)), sequence)


def set_on(parent: etree._Element, tag: str, sequence: list[str], **attrs: str) -> etree._Element:
    """Ensure ``w:tag`` exists under ``parent`` with the given ``w:`` attributes."""
    child = get_or_add(parent, tag, sequence)
    for key, value in attrs.items():
        child.set(w(key), value)
    return child
