"""XLIFF 2.0 writer: the same segments as the 1.2 writer, in the 2.0 vocabulary.

Supported: sections as <group> (id = section id), blocks as <unit> (id = block id) with one
<segment>; state/subState; notes; variables as <ph equiv="{{name}}"/>; bold/italic as
<pc type="fmt" subType="xlf:b|xlf:i">; links as <pc type="link"> with the URL in <originalData>.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from ...model import Block, BlockKind, Policy, PolicyStudioError, Status
from ...text.clean import cleaned
from ...text.markup import Run, parse, plain_text
from ..output import write_bytes_atomic
from ..xliff_common import (
    PS_NS,
    STALE2_OUT,
    STATE2_OUT,
    SUBTYPE_BOLD,
    SUBTYPE_ITALIC,
    TOOL_ID,
    TYPE_LINK,
    XLIFF2_NS,
    XML_NS,
    body_segments,
    fill_inline,
    q2,
)

SUPPORTED = "XLIFF 2.0 core; one group per section, one unit per block; state/subState; <ph>/<pc>"


class _Inline:
    """Fills <source>/<target> from runs; tag ids are shared by both sides of a unit."""

    def __init__(self, unit: etree._Element) -> None:
        self.unit = unit
        self.count = 0
        self.links: dict[str, str] = {}

    def next_id(self) -> str:
        self.count += 1
        return str(self.count)

    def link_ref(self, url: str) -> str:
        """Id of the <data> entry holding ``url`` (one per distinct URL in the unit)."""
        if url not in self.links:
            self.links[url] = f"d{len(self.links) + 1}"
        return self.links[url]

    def fill(self, parent: etree._Element, runs: list[Run]) -> None:
        self.count = 0  # source and target number their tags alike, as CAT tools expect
        fill_inline(parent, runs, self._wrap, self._variable)

    def _wrap(self, holder: etree._Element, kind: str, value: str | None) -> etree._Element:
        node = etree.SubElement(holder, q2("pc"))
        node.set("id", self.next_id())
        if kind == "link" and value is not None:
            node.set("type", TYPE_LINK)
            node.set("dataRefStart", self.link_ref(value))
        else:
            node.set("type", "fmt")
            node.set("subType", SUBTYPE_BOLD if kind == "bold" else SUBTYPE_ITALIC)
        return node

    def _variable(self, holder: etree._Element, name: str) -> etree._Element:
        node = etree.SubElement(holder, q2("ph"))
        node.set("id", self.next_id())
        node.set("equiv", "{{" + name + "}}")
        node.set("disp", "{{" + name + "}}")
        return node


def _unit(block: Block, source_lang: str, target_lang: str, notes: list[str]) -> etree._Element:
    unit = etree.Element(q2("unit"))
    unit.set("id", block.id)
    unit.set(f"{{{PS_NS}}}kind", block.kind.value)
    state = block.state(target_lang)
    stale = block.is_stale(target_lang, source_lang)
    if stale:
        notes = [
            *notes,
            "The source changed after this was translated. It was: "
            + plain_text(state.source_text),
        ]
    if notes:
        holder = etree.SubElement(unit, q2("notes"))
        for text in notes:
            note = etree.SubElement(holder, q2("note"))
            note.set("category", TOOL_ID)
            note.text = text
    inline = _Inline(unit)
    segment = etree.Element(q2("segment"))
    source = etree.SubElement(segment, q2("source"))
    source.set(f"{{{XML_NS}}}space", "preserve")
    inline.fill(source, parse(block.get(source_lang)))
    target_text = block.get(target_lang)
    if target_text.strip():
        status = state.status if state.status is not Status.UNTRANSLATED else Status.DRAFT
        name, sub = STALE2_OUT if stale else STATE2_OUT[status]
        target = etree.SubElement(segment, q2("target"))
        target.set(f"{{{XML_NS}}}space", "preserve")
        inline.fill(target, parse(target_text))
    else:
        name, sub = STATE2_OUT[Status.UNTRANSLATED]
    segment.set("state", name)
    if sub:
        segment.set("subState", sub)
    if inline.links:
        original = etree.SubElement(unit, q2("originalData"))
        for url, ref in inline.links.items():
            data = etree.SubElement(original, q2("data"))
            data.set("id", ref)
            data.text = url
    unit.append(segment)
    return unit


_STRUCTURE = {q2(tag) for tag in ("xliff", "file", "notes", "group", "unit", "originalData")}


def _indent(el: etree._Element, level: int = 0) -> None:
    """Indent the structure only: never inside <source>/<target> (see writers/xliff.py)."""
    if el.tag not in _STRUCTURE or len(el) == 0:
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level


def policy_to_xliff2(policy: Policy, target_lang: str, source_lang: str | None = None) -> bytes:
    policy, _ = cleaned(policy)  # lxml refuses control characters in any string
    source_lang = source_lang or policy.source_language
    if target_lang == source_lang:
        raise PolicyStudioError(
            f"cannot export XLIFF into {target_lang!r}: it is the policy's source language"
        )
    root = etree.Element(q2("xliff"), nsmap={None: XLIFF2_NS, "ps": PS_NS})
    root.set("version", "2.0")
    root.set("srcLang", source_lang)
    root.set("trgLang", target_lang)
    file = etree.SubElement(root, q2("file"))
    file.set("id", "f1")
    file.set("original", policy.id)
    title = policy.display_title(source_lang)
    if title:
        notes = etree.SubElement(file, q2("notes"))
        etree.SubElement(notes, q2("note")).text = f"Policy: {title}"
    for number, section in enumerate(policy.sections, start=1):
        group = etree.SubElement(file, q2("group"))
        group.set("id", section.id)
        group.set("name", f"section {number}")
        section_title = plain_text(section.heading.get(source_lang))
        group.append(
            _unit(section.heading, source_lang, target_lang, [f"Title of section {number}"])
        )
        for block, where in body_segments(section):
            notes_for = [f"Section {number}: {section_title}", *([where] if where else [])]
            if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
                notes_for.append(f"{block.kind.value} list item")
            group.append(_unit(block, source_lang, target_lang, notes_for))
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def write(policy: Policy, path: Path, options: Any = None, *, lang: str | None = None) -> list[str]:
    """Write XLIFF 2.0 for ``lang`` (or the first target language in ``options.languages``)."""
    target = lang or next(
        (
            c
            for c in getattr(options, "languages", None) or policy.target_languages
            if c != policy.source_language
        ),
        None,
    )
    if target is None:
        raise PolicyStudioError(
            f"{path}: the policy has no target language to export for translation"
        )
    policy, warnings = cleaned(policy)
    write_bytes_atomic(path, policy_to_xliff2(policy, target), "the XLIFF file")
    return warnings
