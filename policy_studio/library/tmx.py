"""TMX 1.4b: the workspace's translation memory out to a file, and a file's units back in.

Written and read with translate-toolkit's ``tmx`` storage class (the reader every CAT tool's
files are tested against); the file is checked first by ``xmlsafe``. What goes out, per
language pair, is exactly what ``TranslationMemory`` offers: approved library clauses,
confirmed (not stale) policy segments and units imported before. Each ``<tu>`` carries:

- ``srclang``, ``creationdate`` and ``changedate`` (TMX's YYYYMMDDThhmmssZ);
- ``<prop type="x-ps-status">``: translated, reviewed or approved — the state the memory gives it;
- ``<prop type="x-ps-origin">``: where it comes from (a clause key, a policy title, a file);
- the segment text as our inline markup (``**bold**``, ``{{variable}}``, ``[label](url)``),
  so a round trip is exact.

A unit read from another tool's file has no status of ours: it comes in as *translated*.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree
from translate.storage import tmx as tk_tmx

from ..model import Status
from ..model.tmunit import TmUnit
from ..storage import WorkspaceStore
from .memory import MemoryEntry, TranslationMemory
from .xmlsafe import XML_LANG, ExchangeError, base_language, local_name, read_checked

MAX_BYTES = 200 * 1024 * 1024
"""A TMX of a few hundred thousand units; beyond that the file is refused, not read."""

STATUS_PROP = "x-ps-status"
ORIGIN_PROP = "x-ps-origin"
_STATUSES = {s.value: s for s in (Status.TRANSLATED, Status.REVIEWED, Status.APPROVED)}


def tmx_date(iso: str) -> str:
    """ISO 8601 → TMX's ``YYYYMMDDThhmmssZ`` (UTC); empty when unknown or unreadable."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def iso_date(tmx: str) -> str:
    """TMX's ``YYYYMMDDThhmmssZ`` → ISO 8601 (UTC); empty when missing or malformed."""
    if not tmx:
        return ""
    try:
        moment = datetime.strptime(tmx.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return ""
    return moment.isoformat()


def workspace_pairs(workspace: WorkspaceStore) -> list[tuple[str, str]]:
    """Every language pair the workspace holds translations for (source first)."""
    pairs: set[tuple[str, str]] = set(workspace.tm_pairs())
    sources = {"en"}
    for summary in workspace.policies():
        policy = workspace.policy(summary.id)
        if policy is None:
            continue
        sources.add(policy.source_language)
        pairs.update((policy.source_language, t) for t in policy.target_languages)
    languages: set[str] = set()
    for clause in workspace.clauses():
        languages.update(clause.languages())
    pairs.update((s, t) for s in sources for t in languages if s != t and s in languages)
    return sorted(p for p in pairs if p[0] != p[1])


@dataclass(slots=True)
class TmxExport:
    path: Path
    units: dict[tuple[str, str], int] = field(default_factory=dict)
    """Units written per (source, target) pair."""

    @property
    def total(self) -> int:
        return sum(self.units.values())


def export_tmx(
    workspace: WorkspaceStore, path: Path, pairs: Iterable[tuple[str, str]] | None = None
) -> TmxExport:
    """Write the memory of ``pairs`` (default: every pair in the workspace) as TMX 1.4b."""
    chosen = list(pairs) if pairs is not None else workspace_pairs(workspace)
    sources = {s for s, _ in chosen}
    store = tk_tmx.tmxfile(sourcelanguage=next(iter(sources)) if len(sources) == 1 else "en")
    root = store.document.getroot()
    header = root.find("header")
    if header is not None:
        header.set("creationtool", "Policy Studio")
        header.set("creationtoolversion", _version())
        header.set("datatype", "plaintext")
        header.set("srclang", next(iter(sources)) if len(sources) == 1 else "*all*")
        header.set("creationdate", tmx_date(datetime.now(UTC).isoformat()))
    body = root.find("body")
    assert body is not None
    report = TmxExport(path)
    for source_lang, target_lang in chosen:
        memory = TranslationMemory.from_workspace(workspace, source_lang, target_lang)
        count = 0
        for entry in memory.entries():
            body.append(_tu(entry, source_lang, target_lang))
            count += 1
        report.units[(source_lang, target_lang)] = count
    try:
        path.write_bytes(bytes(store))
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    return report


def _tu(entry: MemoryEntry, source_lang: str, target_lang: str) -> etree._Element:
    tu = etree.Element("tu", srclang=source_lang)
    created = tmx_date(entry.created or entry.changed)
    changed = tmx_date(entry.changed)
    if created:
        tu.set("creationdate", created)
    if changed:
        tu.set("changedate", changed)
    for kind, value in ((STATUS_PROP, entry.status.value), (ORIGIN_PROP, entry.origin)):
        if value:
            prop = etree.SubElement(tu, "prop", type=kind)
            prop.text = value
    for lang, text in ((source_lang, entry.source), (target_lang, entry.target)):
        tuv = etree.SubElement(tu, "tuv")
        tuv.set(XML_LANG, lang)
        seg = etree.SubElement(tuv, "seg")
        seg.text = _xml_safe(text)
    return tu


def _xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR) are dropped from the copy."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("policy-studio")
    except Exception:  # noqa: BLE001 - the version is a courtesy in the header
        return "dev"


@dataclass(slots=True)
class TmxImport:
    path: Path
    units: list[TmUnit] = field(default_factory=list)
    """The pairs read (one per target language of each <tu> in the chosen pair)."""
    skipped: int = 0
    """<tu> without text in the source or in any wanted target language."""
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def read_tmx(path: Path, pair: tuple[str, str] | None = None) -> TmxImport:
    """The units of a TMX file, for one (source, target) pair when given; nothing is stored."""
    data, _tree = read_checked(path, kind="TMX", max_bytes=MAX_BYTES)
    root_name = local_name(_tree.getroot())
    if root_name != "tmx":
        raise ExchangeError(f"{path}: not a TMX file (the root element is <{root_name}>)")
    try:
        store = tk_tmx.tmxfile(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - translate-toolkit raises many kinds
        raise ExchangeError(f"{path}: cannot read it as TMX ({exc})") from exc
    header = _tree.getroot().find("{*}header")
    if header is None:
        header = _tree.getroot().find("header")
    header_src = header.get("srclang", "") if header is not None else ""
    report = TmxImport(path)
    for unit in store.units:
        tu = unit.xmlelement
        texts: dict[str, str] = {}
        for node in unit.getlanguageNodes():
            lang = base_language(node.get(XML_LANG) or node.get("lang") or "")
            text = unit.getNodeText(node) or ""
            if lang and text.strip() and lang not in texts:
                texts[lang] = text
        srclang = tu.get("srclang") or header_src
        source_lang = base_language(srclang) if srclang and srclang != "*all*" else ""
        if pair is not None:
            source_lang = pair[0]
        elif not source_lang and texts:
            source_lang = next(iter(texts))
        props = {p.get("type"): (p.text or "") for p in tu.iter("{*}prop", "prop")}
        status = _STATUSES.get(props.get(STATUS_PROP, "").strip(), Status.TRANSLATED)
        origin = props.get(ORIGIN_PROP, "").strip() or f"TMX {path.name}"
        created = iso_date(tu.get("creationdate", ""))
        changed = iso_date(tu.get("changedate", "")) or created
        source = texts.get(source_lang, "")
        targets = [
            (lang, text)
            for lang, text in texts.items()
            if lang != source_lang and (pair is None or lang == pair[1])
        ]
        if not source.strip() or not targets:
            report.skipped += 1
            continue
        for lang, text in targets:
            report.units.append(
                TmUnit(source_lang, lang, source, text, status, origin, created, changed)
            )
    return report


def import_tmx(
    workspace: WorkspaceStore, path: Path, pair: tuple[str, str] | None = None
) -> TmxImport:
    """Read a TMX file and store its units in the workspace's memory (one transaction)."""
    report = read_tmx(path, pair)
    report.added, report.updated, report.unchanged = workspace.add_tm_units(report.units)
    return report
