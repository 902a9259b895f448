"""The glossary out to TBX or CSV, and term pairs back in from either.

TBX: written with translate-toolkit's ``tbx`` storage class as TBX-Basic (``<martif
type="TBX-Basic">``, one ``<termEntry>`` per source term with a ``<langSet>`` per language, the
note in the target ``<langSet>``), which Trados MultiTerm, memoQ, OmegaT and translate-toolkit
read. Read: the same TBX 2/TBX-Basic form through translate-toolkit, and TBX v3
(``<tbx>``/``<conceptEntry>``/``<langSec>``/``<termSec>``) through lxml.

CSV (UTF-8 with a byte-order mark, so Excel opens Arabic correctly): a header naming the
languages — ``en,ar,note,forbidden`` for one target language, ``en,ar,note:ar,forbidden:ar,fr,
note:fr,forbidden:fr`` for several — and one row per term pair. Reading accepts any header
whose first column is a language code; ``note``, ``notes``, ``comment``, ``definition`` or
``note:xx`` columns are the notes, ``forbidden``/``deprecated`` columns (yes, x, 1…) the flag.
A forbidden term (must not be used) is ``<termNote type="administrativeStatus">
deprecatedTerm-admn-sts</termNote>`` in TBX.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from translate.storage import tbx as tk_tbx

from ..model.glossary import GlossaryEntry
from ..storage import WorkspaceStore
from .xmlsafe import XML_LANG, ExchangeError, base_language, local_name, read_checked

MAX_TBX_BYTES = 100 * 1024 * 1024
MAX_CSV_BYTES = 50 * 1024 * 1024
NOTE_HEADERS = {"note", "notes", "comment", "comments", "definition", "remark"}
FORBIDDEN_HEADERS = {"forbidden", "deprecated"}
_YES = {"yes", "y", "true", "1", "x", "forbidden", "deprecated", "oui", "ndiyo", "نعم"}
FORBIDDEN_STATUS = "deprecatedTerm-admn-sts"
"""TBX-Basic's administrativeStatus for a term that must not be used (our "forbidden")."""
_FORBIDDEN_VALUES = {
    "deprecatedterm-admn-sts",
    "supersededterm-admn-sts",
    "deprecatedterm",
    "forbidden",
}


@dataclass(slots=True)
class GlossaryTransfer:
    path: Path
    entries: list[GlossaryEntry] = field(default_factory=list)
    skipped: int = 0
    """Rows or entries without a term on both sides."""
    added: int = 0
    already: int = 0


def glossary_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        return "tbx"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    raise ExchangeError(f"{path}: unknown glossary format {suffix or '(none)'}: use .tbx or .csv")


# -- export ----------------------------------------------------------------------------------


def export_glossary(
    workspace: WorkspaceStore,
    path: Path,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> GlossaryTransfer:
    entries = workspace.glossary(source_lang, target_lang)
    report = GlossaryTransfer(path, entries)
    data = _tbx_bytes(entries) if glossary_format(path) == "tbx" else _csv_bytes(entries, path)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    return report


def _groups(entries: Sequence[GlossaryEntry]) -> dict[tuple[str, str], list[GlossaryEntry]]:
    groups: dict[tuple[str, str], list[GlossaryEntry]] = {}
    for entry in entries:
        groups.setdefault((entry.source_lang, entry.source_term), []).append(entry)
    return groups


def _tbx_bytes(entries: Sequence[GlossaryEntry]) -> bytes:
    sources = {e.source_lang for e in entries} or {"en"}
    store = tk_tbx.tbxfile(sourcelanguage=sorted(sources)[0])
    root = store.document.getroot()
    root.set("type", "TBX-Basic")
    for p in root.iter("{*}p", "p"):
        p.text = "Policy Studio glossary"
    body = root.find(".//body")
    if body is None:
        body = root.find(".//{*}body")
    assert body is not None
    for (source_lang, source_term), group in _groups(entries).items():
        entry_el = etree.SubElement(body, "termEntry")
        _tig(_lang_set(entry_el, source_lang), source_term, "")
        sets: dict[str, etree._Element] = {}
        for g in group:
            # One <langSet> per language; several translations are several <tig> in it.
            if g.target_lang not in sets:
                sets[g.target_lang] = _lang_set(entry_el, g.target_lang)
            _tig(sets[g.target_lang], g.target_term, g.note, g.forbidden)
    return bytes(store)


def _lang_set(parent: etree._Element, lang: str) -> etree._Element:
    lang_set = etree.SubElement(parent, "langSet")
    lang_set.set(XML_LANG, lang)
    return lang_set


def _tig(lang_set: etree._Element, term: str, note: str, forbidden: bool = False) -> None:
    tig = etree.SubElement(lang_set, "tig")
    etree.SubElement(tig, "term").text = term
    if forbidden:
        status = etree.SubElement(tig, "termNote", type="administrativeStatus")
        status.text = FORBIDDEN_STATUS
    if note:
        etree.SubElement(tig, "note").text = note


def _csv_bytes(entries: Sequence[GlossaryEntry], path: Path) -> bytes:
    sources = {e.source_lang for e in entries}
    if len(sources) > 1:
        raise ExchangeError(
            f"{path}: the glossary has several source languages ({', '.join(sorted(sources))}); "
            "export one with --source, or use TBX"
        )
    source = next(iter(sources), "en")
    targets = sorted({e.target_lang for e in entries})
    header = [source]
    for t in targets:
        one = len(targets) == 1
        header += [t, "note" if one else f"note:{t}", "forbidden" if one else f"forbidden:{t}"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for (_, source_term), group in _groups(entries).items():
        for g in group:
            row = [source_term]
            for t in targets:
                row += (
                    [g.target_term, g.note, "yes" if g.forbidden else ""]
                    if t == g.target_lang
                    else ["", "", ""]
                )
            writer.writerow(row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- import ----------------------------------------------------------------------------------


def read_glossary(path: Path, source_lang: str | None = None) -> GlossaryTransfer:
    """Term pairs in a TBX or CSV file (nothing is stored)."""
    if glossary_format(path) == "tbx":
        return _read_tbx(path, source_lang)
    return _read_csv(path, source_lang)


def import_glossary(
    workspace: WorkspaceStore, path: Path, source_lang: str | None = None
) -> GlossaryTransfer:
    report = read_glossary(path, source_lang)
    known = {
        (g.source_lang, g.target_lang, g.source_term, g.target_term) for g in workspace.glossary()
    }
    for e in report.entries:
        key = (e.source_lang, e.target_lang, e.source_term.strip(), e.target_term.strip())
        if key in known:
            report.already += 1
            continue
        workspace.add_glossary_term(*key, e.note, forbidden=e.forbidden)
        known.add(key)
        report.added += 1
    return report


def _read_tbx(path: Path, source_lang: str | None) -> GlossaryTransfer:
    data, tree = read_checked(path, kind="TBX", max_bytes=MAX_TBX_BYTES)
    root = tree.getroot()
    name = local_name(root)
    report = GlossaryTransfer(path)
    default = base_language(root.get(XML_LANG, "") or "")
    if name == "tbx":
        concepts = [
            [(ls, ls.iterfind(".//{*}termSec")) for ls in entry.iterfind("{*}langSec")]
            for entry in root.iter("{*}conceptEntry")
        ]
        for concept in concepts:
            langs: list[tuple[str, list[tuple[str, str, bool]]]] = []
            for lang_sec, term_secs in concept:
                terms = []
                for term_sec in term_secs:
                    term = term_sec.find("{*}term")
                    if term is not None and (term.text or "").strip():
                        terms.append(
                            (term.xpath("string()"), _note(term_sec), _forbidden(term_sec))
                        )
                langs.append((base_language(lang_sec.get(XML_LANG, "")), terms))
            _pairs(report, langs, source_lang or default)
        return report
    if name != "martif":
        raise ExchangeError(f"{path}: not a TBX file (the root element is <{name}>)")
    try:
        store = tk_tbx.tbxfile(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - translate-toolkit raises many kinds
        raise ExchangeError(f"{path}: cannot read it as TBX ({exc})") from exc
    for unit in store.units:
        entry_note = _note(unit.xmlelement, direct=True)
        langs = []
        for lang_set in unit.getlanguageNodes():
            terms = []
            for group in lang_set:
                if local_name(group) not in ("tig", "ntig"):
                    continue
                term = next(group.iter("{*}term", "term"), None)
                if term is not None and (term.xpath("string()") or "").strip():
                    terms.append(
                        (
                            term.xpath("string()"),
                            _note(group) or _note(lang_set, True),
                            _forbidden(group),
                        )
                    )
            langs.append((base_language(lang_set.get(XML_LANG, "")), terms))
        if entry_note:
            langs = [
                (lang, [(t, n or entry_note, f) for t, n, f in terms]) for lang, terms in langs
            ]
        _pairs(report, langs, source_lang or default)
    return report


def _note(el: etree._Element, direct: bool = False) -> str:
    found = el.iterfind("{*}note") if direct else el.iter("{*}note")
    found = list(found) or (list(el.iterfind("note")) if direct else list(el.iter("note")))
    return "; ".join(" ".join((n.xpath("string()") or "").split()) for n in found if n is not None)


def _forbidden(el: etree._Element) -> bool:
    """A TBX administrativeStatus (or normativeAuthorization) saying the term must not be used."""
    for note in el.iter("{*}termNote", "termNote"):
        kind = (note.get("type") or "").lower()
        if kind in ("administrativestatus", "normativeauthorization"):
            if (note.xpath("string()") or "").strip().lower() in _FORBIDDEN_VALUES:
                return True
    return False


def _pairs(
    report: GlossaryTransfer,
    langs: list[tuple[str, list[tuple[str, str, bool]]]],
    source_lang: str,
) -> None:
    """Term pairs of one concept: each source-language term with each term of another language."""
    sources = [terms for lang, terms in langs if lang == source_lang]
    source_terms = [t for terms in sources for t, _, _ in terms]
    if not source_terms:
        report.skipped += 1
        return
    others = [(lang, terms) for lang, terms in langs if lang and lang != source_lang]
    if not any(terms for _, terms in others):
        report.skipped += 1
        return
    for source_term in source_terms:
        for lang, terms in others:
            for term, note, forbidden in terms:
                report.entries.append(
                    GlossaryEntry(
                        source_lang, lang, source_term.strip(), term.strip(), note, 0, forbidden
                    )
                )


def _read_csv(path: Path, source_lang: str | None) -> GlossaryTransfer:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ExchangeError(
                f"{path}: refused: {size // (1024 * 1024)} MiB is more than a glossary may be"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(
            f"{path}: not UTF-8 text (byte {exc.start}); save the CSV as UTF-8 and try again"
        ) from exc
    if "\x00" in text:
        raise ExchangeError(f"{path}: not a text file (it contains NUL characters)")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    report = GlossaryTransfer(path)
    if not rows:
        return report
    header = [h.strip() for h in rows[0]]
    if not header or not _is_language(header[0]):
        raise ExchangeError(
            f"{path}: the first row must name the languages (e.g. 'en,ar,note'); "
            f"it is {','.join(rows[0])!r}"
        )
    source = base_language(header[0])
    if source_lang is not None and source != source_lang:
        raise ExchangeError(
            f"{path}: the file's source language is {source!r}, not {source_lang!r}"
        )
    targets: list[tuple[int, str]] = []
    notes: dict[str, int] = {}
    flags: dict[str, int] = {}
    shared_note = shared_flag = -1
    for i, name in enumerate(header[1:], start=1):
        low = name.lower()
        if low in NOTE_HEADERS:
            shared_note = i
        elif low in FORBIDDEN_HEADERS:
            shared_flag = i
        elif ":" in low and low.split(":")[0] in NOTE_HEADERS:
            notes[base_language(low.split(":", 1)[1])] = i
        elif ":" in low and low.split(":")[0] in FORBIDDEN_HEADERS:
            flags[base_language(low.split(":", 1)[1])] = i
        elif _is_language(name):
            targets.append((i, base_language(name)))
    if not targets:
        raise ExchangeError(f"{path}: no target language column in the header {header!r}")

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if 0 <= i < len(row) else ""

    for row in rows[1:]:
        if not any(c.strip() for c in row):
            continue
        term = cell(row, 0)
        pairs = [(lang, cell(row, i)) for i, lang in targets if cell(row, i)]
        if not term or not pairs:
            report.skipped += 1
            continue
        for lang, target in pairs:
            note = cell(row, notes.get(lang, shared_note))
            forbidden = cell(row, flags.get(lang, shared_flag)).lower() in _YES
            report.entries.append(GlossaryEntry(source, lang, term, target, note, 0, forbidden))
    return report


def _is_language(name: str) -> bool:
    parts = name.strip().replace("_", "-").split("-")
    return 2 <= len(parts[0]) <= 3 and parts[0].isascii() and parts[0].isalpha()
