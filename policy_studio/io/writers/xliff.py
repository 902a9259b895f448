"""XLIFF 1.2 writer: a policy's segments for one target language, for OmegaT, Trados, memoQ…

Supported: sections as groups with the title as a note, every block as a trans-unit (id = block
id), status as ``state``, variables as ``<x/>``, bold/italic/links as ``<g>``. Not written: the
policy's metadata beyond its title, variable values, alternative translations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from ...model import Block, BlockKind, Policy, PolicyStudioError, Status
from ...text.clean import cleaned
from ...text.markup import Run, parse, plain_text
from ..output import ExportReport, write_bytes_atomic
from ..xliff_common import (
    CTYPE_BOLD,
    CTYPE_ITALIC,
    CTYPE_LINK,
    CTYPE_VARIABLE,
    PS_NS,
    STALE_STATE,
    STATE_OUT,
    TOOL_ID,
    XLIFF_NS,
    XML_NS,
    body_segments,
    fill_inline,
    q,
)

SUPPORTED = (
    "XLIFF 1.2; one group per section, one trans-unit per block; state; <x/> variables; "
    "<g> formatting"
)

_KIND_NOTE = {
    BlockKind.TITLE: "section title",
    BlockKind.HEADING: "heading",
    BlockKind.BULLET: "bullet list item",
    BlockKind.NUMBERED: "numbered list item",
}


class _Inline:
    """Fills a <source> or <target> element from markup runs, numbering tags per unit."""

    def __init__(self) -> None:
        self.count = 0

    def next_id(self) -> str:
        self.count += 1
        return str(self.count)

    def fill(self, parent: etree._Element, runs: list[Run]) -> None:
        fill_inline(parent, runs, self._wrap, self._variable)

    def _wrap(self, holder: etree._Element, kind: str, value: str | None) -> etree._Element:
        node = etree.SubElement(holder, q("g"))
        node.set("id", self.next_id())
        node.set("ctype", {"link": CTYPE_LINK, "bold": CTYPE_BOLD, "italic": CTYPE_ITALIC}[kind])
        if value is not None:
            node.set(f"{{{PS_NS}}}href", value)
        return node

    def _variable(self, holder: etree._Element, name: str) -> etree._Element:
        node = etree.SubElement(holder, q("x"))
        node.set("id", self.next_id())
        node.set("ctype", CTYPE_VARIABLE)
        node.set("equiv-text", "{{" + name + "}}")
        return node


def _unit(block: Block, source_lang: str, target_lang: str, extra_note: str) -> etree._Element:
    unit = etree.Element(q("trans-unit"))
    unit.set("id", block.id)
    unit.set(f"{{{XML_NS}}}space", "preserve")
    unit.set(f"{{{PS_NS}}}kind", block.kind.value)
    source = etree.SubElement(unit, q("source"))
    _Inline().fill(source, parse(block.get(source_lang)))
    target_text = block.get(target_lang)
    state = block.state(target_lang)
    stale = block.is_stale(target_lang, source_lang)
    target = etree.SubElement(unit, q("target"))
    if target_text.strip():
        _Inline().fill(target, parse(target_text))
        status = state.status if state.status is not Status.UNTRANSLATED else Status.DRAFT
        target.set("state", STALE_STATE if stale else STATE_OUT[status])
        if status is Status.APPROVED and not stale:
            unit.set("approved", "yes")
    else:
        target.set("state", "new")
    notes = [extra_note] if extra_note else []
    if block.kind in _KIND_NOTE and block.kind is not BlockKind.TITLE:
        notes.append(_KIND_NOTE[block.kind])
    if stale:
        notes.append(
            f"The source changed after this was translated. It was: {plain_text(state.source_text)}"
        )
    for text in notes:
        note = etree.SubElement(unit, q("note"))
        note.set("from", TOOL_ID)
        note.text = text
    return unit


def policy_to_xliff(policy: Policy, target_lang: str, source_lang: str | None = None) -> bytes:
    """The XLIFF document (UTF-8 bytes) for translating ``policy`` into ``target_lang``."""
    policy, _ = cleaned(policy)  # lxml refuses control characters in any string
    source_lang = source_lang or policy.source_language
    if target_lang == source_lang:
        raise PolicyStudioError(
            f"cannot export XLIFF into {target_lang!r}: it is the policy's source language"
        )
    root = etree.Element(q("xliff"), nsmap={None: XLIFF_NS, "ps": PS_NS})
    root.set("version", "1.2")
    file = etree.SubElement(root, q("file"))
    file.set("original", policy.id)
    file.set("source-language", source_lang)
    file.set("target-language", target_lang)
    file.set("datatype", "plaintext")
    file.set("tool-id", TOOL_ID)
    header = etree.SubElement(file, q("header"))
    tool = etree.SubElement(header, q("tool"))
    tool.set("tool-id", TOOL_ID)
    tool.set("tool-name", "Policy Studio")
    title = policy.display_title(source_lang)
    if title:
        note = etree.SubElement(header, q("note"))
        note.text = f"Policy: {title}"
    body = etree.SubElement(file, q("body"))
    for number, section in enumerate(policy.sections, start=1):
        group = etree.SubElement(body, q("group"))
        group.set("id", section.id)
        group.set("resname", f"section {number}")
        section_title = plain_text(section.heading.get(source_lang))
        group.append(_unit(section.heading, source_lang, target_lang, f"Title of section {number}"))
        for block, where in body_segments(section):
            note = f"Section {number}: {section_title}" + (f". {where}" if where else "")
            group.append(_unit(block, source_lang, target_lang, note))
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


_STRUCTURE = {q(tag) for tag in ("xliff", "file", "header", "body", "group", "trans-unit")}


def _indent(el: etree._Element, level: int = 0) -> None:
    """Indent the structure for people reading the file, never inside <source>/<target>.

    lxml's pretty_print also indents a <source> that starts with a tag (an <x/> variable),
    which adds a line break to the segment's text.
    """
    if el.tag not in _STRUCTURE or len(el) == 0:
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level


def write(policy: Policy, path: Path, options: Any = None, *, lang: str | None = None) -> list[str]:
    """Write the XLIFF for ``lang`` (or the first target language in ``options.languages``)."""
    target = lang
    if target is None and options is not None:
        target = next(
            (
                code
                for code in getattr(options, "languages", []) or []
                if code != policy.source_language
            ),
            None,
        )
    if target is None:
        target = next(iter(policy.target_languages), None)
    if target is None:
        raise PolicyStudioError(
            f"{path}: the policy has no target language to export for translation"
        )
    policy, warnings = cleaned(policy)
    data = policy_to_xliff(policy, target)
    write_bytes_atomic(path, data, "the XLIFF file")
    return warnings


def export_xliff(
    policy: Policy, path: Path, options: Any, known_variables: Any = ()
) -> ExportReport:
    """The `export --format xliff` entry: the first target language among ``options.languages``."""
    warnings = write(policy, Path(path), options)
    return ExportReport(str(path), warnings)
