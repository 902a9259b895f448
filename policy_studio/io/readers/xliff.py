"""XLIFF 1.2 reader: the segments a translator brings back from a CAT tool.

Two stages: the file → XliffUnit values (ids, source and target as our inline markup, state),
then units → a Policy (for commands that read any format) — the import into an existing policy
matches units by id in policy_studio/ops/translation.py. Hostile input is refused before any
change: no DTD, no entity expansion, no network, no huge trees.

Supported, XLIFF 1.2: <file> with source/target languages, <group>, <trans-unit> (id,
approved), <source>, <target state=…>, inline <x>/<ph> variables (equiv-text ``{{name}}``), <g>
bold/italic/link, <mrk> (its text kept). XLIFF 2.0: <unit> with <segment>s (joined, the least
advanced state wins), <ph equiv=…>, <pc> bold/italic/link (URL from <originalData>), <mrk>.
Other inline codes are dropped with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ...model import Block, BlockKind, Policy, PolicyStudioError, Section, Status
from ...text.markup import Run, merge_runs, to_markup
from ..package_safety import one_line
from ..xliff_common import (
    CTYPE_BOLD,
    CTYPE_ITALIC,
    CTYPE_LINK,
    CTYPE_VARIABLE,
    PS_NS,
    STATE2_IN,
    STATE_IN,
    SUBTYPE_BOLD,
    SUBTYPE_ITALIC,
    XLIFF2_NS,
    XLIFF_NS,
)

SUPPORTED = "XLIFF 1.2 and 2.0: groups, units, states, <x>/<ph> variables, <g>/<pc> formatting"

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: a policy's XLIFF is a few megabytes at most."""
_VARIABLE = re.compile(r"^\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}$")


class XliffError(PolicyStudioError):
    """An XLIFF file that cannot be used; nothing was changed."""


@dataclass(frozen=True, slots=True)
class XliffUnit:
    """One trans-unit as read."""

    id: str
    source: str
    """Source text as inline markup."""
    target: str | None
    """Target text as inline markup; None when the unit has no <target>."""
    state: str | None
    """The XLIFF state attribute as written."""
    approved: bool = False
    kind: str = ""
    group: str = ""
    """Id of the enclosing <group> (our section id), if any."""
    version2: bool = False
    """Read from XLIFF 2.0 (``state`` is then a 2.0 state name)."""

    @property
    def status(self) -> Status:
        """Our status for the target: untranslated without text, at least draft with text."""
        if not (self.target or "").strip():
            return Status.UNTRANSLATED
        states = STATE2_IN if self.version2 else STATE_IN
        status = states.get(self.state or "", Status.DRAFT)
        if self.approved and self.state is None:
            status = Status.APPROVED
        return Status.DRAFT if status is Status.UNTRANSLATED else status


@dataclass(slots=True)
class XliffReport:
    """What the reader noticed: languages, the policy the file was made from, warnings."""

    path: Path
    source_lang: str = ""
    target_lang: str = ""
    original: str = ""
    """The ``original`` attribute: the id of the policy the file was exported from."""
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class XliffReadResult:
    """A policy built from the file (for any-format readers), the units and the report."""

    policy: Policy
    report: XliffReport
    units: list[XliffUnit]


def _local(el: etree._Element) -> str:
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _parse_xml(path: Path) -> etree._ElementTree:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise XliffError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if size > MAX_BYTES:
        raise XliffError(f"{path}: too large for an XLIFF file ({size} bytes)")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        raise XliffError(f"{path}: not well-formed XML ({one_line(str(exc))})") from None
    except OSError as exc:
        raise XliffError(f"{path}: cannot read the file ({one_line(str(exc))})") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise XliffError(
            f"{path}: refused: the file declares a DTD (XLIFF needs none; it may be hostile)"
        )
    return tree


class _Runs:
    """Turns a <source>/<target> element into runs of our inline markup."""

    def __init__(
        self,
        unit_id: str,
        warnings: list[str],
        source_vars: dict[str, str],
        links: dict[str, str] | None = None,
    ) -> None:
        self.unit_id = unit_id
        self.warnings = warnings
        self.source_vars = source_vars
        self.links = links or {}
        """XLIFF 2.0: <originalData> entries by id (link targets)."""

    def read(
        self, el: etree._Element, bold: bool = False, italic: bool = False, link: str | None = None
    ) -> list[Run]:
        runs: list[Run] = []
        if el.text:
            runs.append(Run(el.text, bold, italic, link))
        for child in el:
            name = _local(child)
            if name in ("x", "ph"):
                variable = self.variable(child)
                if variable is not None:
                    runs.append(Run("", bold, italic, link, variable))
                else:
                    self.warnings.append(f"unit {self.unit_id}: an inline <{name}> tag was dropped")
            elif name == "g":
                ctype = child.get("ctype", "")
                runs.extend(
                    self.read(
                        child,
                        bold or ctype == CTYPE_BOLD,
                        italic or ctype == CTYPE_ITALIC,
                        child.get(f"{{{PS_NS}}}href") if ctype == CTYPE_LINK else link,
                    )
                )
            elif name == "pc":  # XLIFF 2.0
                sub = child.get("subType", "")
                href = (
                    self.links.get(child.get("dataRefStart", ""))
                    if child.get("type") == "link"
                    else None
                )
                runs.extend(
                    self.read(
                        child,
                        bold or sub == SUBTYPE_BOLD,
                        italic or sub == SUBTYPE_ITALIC,
                        href or link,
                    )
                )
            elif name == "mrk":
                runs.extend(self.read(child, bold, italic, link))
            elif name:
                self.warnings.append(f"unit {self.unit_id}: an inline <{name}> tag was dropped")
            if child.tail:
                runs.append(Run(child.tail, bold, italic, link))
        return runs

    def variable(self, el: etree._Element) -> str | None:
        match = _VARIABLE.match(el.get("equiv-text", "") or el.get("equiv", "") or "")
        if match:
            return match.group(1)
        if el.get("ctype") == CTYPE_VARIABLE or el.get("id") in self.source_vars:
            # Some tools drop equiv-text on the target: the source tag with the same id says it.
            return self.source_vars.get(el.get("id", ""))
        return None


def _source_variables(source: etree._Element) -> dict[str, str]:
    out = {}
    for el in source.iter("{*}x", "{*}ph"):
        match = _VARIABLE.match(el.get("equiv-text", "") or el.get("equiv", "") or "")
        if match and el.get("id"):
            out[el.get("id", "")] = match.group(1)
    return out


def read_units(path: Path) -> tuple[list[XliffUnit], XliffReport]:
    """Every trans-unit of the file, or XliffError when the file is not usable XLIFF 1.2."""
    path = Path(path)
    root = _parse_xml(path).getroot()
    report = XliffReport(path)
    if _local(root) != "xliff":
        raise XliffError(f"{path}: not an XLIFF file (the root element is <{_local(root)}>)")
    namespace = etree.QName(root).namespace
    if namespace == XLIFF2_NS and root.get("version", "").startswith("2."):
        return _read_units2(root, report)
    if namespace and namespace != XLIFF_NS or root.get("version", "1.2").startswith("2"):
        raise XliffError(
            f"{path}: XLIFF {root.get('version', '?')} is not supported; export XLIFF 1.2 or 2.0"
        )
    files = [el for el in root if _local(el) == "file"]
    if not files:
        raise XliffError(f"{path}: the XLIFF has no <file> element")
    if len(files) > 1:
        report.warnings.append(f"{len(files)} <file> elements; all are read")
    report.source_lang = files[0].get("source-language", "")
    report.target_lang = files[0].get("target-language", "")
    report.original = files[0].get("original", "")
    units: list[XliffUnit] = []
    seen: set[str] = set()
    for file in files:
        for unit in file.iter("{*}trans-unit"):
            unit_id = unit.get("id", "")
            if not unit_id:
                report.warnings.append("a trans-unit without id was skipped")
                continue
            if unit_id in seen:
                raise XliffError(
                    f"{path}: the unit id {unit_id!r} appears twice; the file was not imported"
                )
            seen.add(unit_id)
            source = unit.find("{*}source")
            target = unit.find("{*}target")
            if source is None:
                report.warnings.append(f"unit {unit_id}: no <source>; skipped")
                continue
            reader = _Runs(unit_id, report.warnings, _source_variables(source))
            parent = unit.getparent()
            units.append(
                XliffUnit(
                    id=unit_id,
                    source=to_markup(merge_runs(reader.read(source))),
                    target=None if target is None else to_markup(merge_runs(reader.read(target))),
                    state=None if target is None else target.get("state"),
                    approved=unit.get("approved") == "yes",
                    kind=unit.get(f"{{{PS_NS}}}kind", ""),
                    group=parent.get("id", "")
                    if parent is not None and _local(parent) == "group"
                    else "",
                )
            )
    return units, report


def _read_units2(root: etree._Element, report: XliffReport) -> tuple[list[XliffUnit], XliffReport]:
    """XLIFF 2.0: <unit>s with one or more <segment>s (joined), states from state/subState."""
    path = report.path
    report.source_lang = root.get("srcLang", "")
    report.target_lang = root.get("trgLang", "")
    files = [el for el in root if _local(el) == "file"]
    if not files:
        raise XliffError(f"{path}: the XLIFF has no <file> element")
    report.original = files[0].get("original", "")
    units: list[XliffUnit] = []
    seen: set[str] = set()
    for unit in root.iter(f"{{{XLIFF2_NS}}}unit"):
        unit_id = unit.get("id", "")
        if not unit_id:
            report.warnings.append("a unit without id was skipped")
            continue
        if unit_id in seen:
            raise XliffError(
                f"{path}: the unit id {unit_id!r} appears twice; the file was not imported"
            )
        seen.add(unit_id)
        links = {d.get("id", ""): d.text or "" for d in unit.iter(f"{{{XLIFF2_NS}}}data")}
        segments = [s for s in unit if _local(s) in ("segment", "ignorable")]
        if not any(_local(s) == "segment" for s in segments):
            report.warnings.append(f"unit {unit_id}: no <segment>; skipped")
            continue
        sources: list[Run] = []
        targets: list[Run] = []
        has_target = False
        states: list[str] = []
        for segment in segments:
            source = segment.find(f"{{{XLIFF2_NS}}}source")
            target = segment.find(f"{{{XLIFF2_NS}}}target")
            reader = _Runs(
                unit_id,
                report.warnings,
                _source_variables(source) if source is not None else {},
                links,
            )
            if source is not None:
                sources.extend(reader.read(source))
            if target is not None:
                has_target = True
                targets.extend(reader.read(target))
            elif source is not None and _local(segment) == "ignorable":
                targets.extend(reader.read(source))  # whitespace between segments
            if _local(segment) == "segment":
                # subState (our ps:draft / ps:stale) needs no reading: initial with text is a draft.
                states.append(segment.get("state", "initial"))
        # The unit is as far as its least advanced segment.
        order = list(STATE2_IN)
        state = min(states, key=lambda st: order.index(st) if st in order else 0)
        parent = unit.getparent()
        target_markup = to_markup(merge_runs(targets)) if has_target else None
        units.append(
            XliffUnit(
                id=unit_id,
                source=to_markup(merge_runs(sources)),
                target=target_markup,
                state=state,
                approved=False,
                kind=unit.get(f"{{{PS_NS}}}kind", ""),
                group=parent.get("id", "")
                if parent is not None and _local(parent) == "group"
                else "",
                version2=True,
            )
        )
    return units, report


def read(path: Path, *, lang: str | None = None) -> XliffReadResult:
    """The file as a policy: one section per group, source and target text, statuses."""
    units, report = read_units(path)
    source = report.source_lang or "en"
    target = lang or report.target_lang or "und"
    policy = Policy(source_language=source, target_languages=[target])
    sections: dict[str, Section] = {}
    for unit in units:
        key = unit.group or "_"
        section = sections.get(key)
        if section is None:
            section = sections[key] = Section(id=unit.group) if unit.group else Section()
            policy.sections.append(section)
        try:
            kind = BlockKind(unit.kind) if unit.kind else BlockKind.PARAGRAPH
        except ValueError:
            kind = BlockKind.PARAGRAPH
        block = Block(kind, {source: unit.source}, id=unit.id)
        if unit.target is not None:
            block.set_text(target, unit.target)
        status = unit.status
        if status.is_confirmed:
            block.confirm(target, source, status)
        if kind is BlockKind.TITLE and not section.heading.text:
            section.heading = block
        else:
            section.blocks.append(block)
    return XliffReadResult(policy, report, units)
