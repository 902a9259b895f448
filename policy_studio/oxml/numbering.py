"""List numbering: one abstract definition per list style, and a fresh ``w:num`` per list.

Two lists sharing one ``w:num`` share one counter (an Arabic cell went on 4, 5, 6 after the
English cell), so every list gets its own ``w:num`` restarting at 1 via
``w:lvlOverride/w:startOverride``. Right-to-left definitions carry ``w:bidi`` so the number sits
on the right, and the wider indent LibreOffice needs to keep it inside a table cell.
"""

from __future__ import annotations

from lxml import etree

from .schema import W_NS, w

BULLETS = ("•", "◦", "▪")
LEVELS = 9


def _abstract_xml(abstract_id: int, fmt: str, rtl: bool) -> str:
    levels = []
    for ilvl in range(LEVELS):
        if fmt == "bullet":
            num_fmt, text = "bullet", BULLETS[ilvl % len(BULLETS)]
        else:
            num_fmt, text = fmt, f"%{ilvl + 1}."
        bidi = "<w:bidi/>" if rtl else ""
        # CT_Lvl order: start, numFmt, lvlText, lvlJc, pPr, rPr.
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr>{bidi}<w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )


class ListNumbering:
    """Adds list definitions to a numbering part (``w:numbering``), leaving existing ones."""

    def __init__(self, numbering: etree._Element) -> None:
        self.numbering = numbering
        self._abstract: dict[tuple[str, bool], int] = {}
        self._next_abstract = 1 + max(
            (int(e.get(w("abstractNumId"), "0")) for e in numbering.iter(w("abstractNum"))),
            default=-1,
        )
        # Looked up once: searching for it per list made a 1,000-list export quadratic.
        self._cleanup = numbering.find(w("numIdMacAtCleanup"))
        self._next_num = 1 + max(
            (int(e.get(w("numId"), "0")) for e in numbering.iter(w("num"))), default=0
        )

    def _abstract_id(self, fmt: str, rtl: bool) -> int:
        key = (fmt, rtl)
        if key not in self._abstract:
            abstract_id = self._next_abstract
            self._next_abstract += 1
            element = etree.fromstring(_abstract_xml(abstract_id, fmt, rtl))
            # Every w:abstractNum must come before the first w:num (CT_Numbering).
            first_num = self.numbering.find(w("num"))
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.numbering.append(element)
            self._abstract[key] = abstract_id
        return self._abstract[key]

    def new_list(self, fmt: str, rtl: bool) -> int:
        """A ``w:numId`` for a new list restarting at 1 (``fmt``: bullet, decimal, hindiNumbers)."""
        abstract_id = self._abstract_id(fmt, rtl)
        num_id = self._next_num
        self._next_num += 1
        num = etree.fromstring(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
        if self._cleanup is not None:
            self._cleanup.addprevious(num)
        else:
            self.numbering.append(num)
        return num_id
