"""Stage two of every reader: classified lines → a Policy (split by language and aligned).

Sections start at the document's top heading level; deeper headings become headings inside the
section body. A thematic break starts an untitled section. A file holding two languages —
one after the other, or paragraph by paragraph — is split into one stream per language, each
built on its own, and the second aligned onto the first (io/align.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout.labels import LABELS
from ..model import (
    BUILTIN_VARIABLES,
    Block,
    BlockKind,
    Policy,
    PolicyStudioError,
    Section,
    Table,
    language,
)
from ..text.markup import plain_text
from . import review_import
from .dates import parse_date
from .intermediate import USER_LANG, VARIABLE_VALUE, Line, ParsedDocument, Role, mark_changed
from .langdetect import detect_languages, script_of
from .package_safety import check_text_size
from .reasons import said
from .result import (
    TITLE_ORIGIN,
    ChangedText,
    DroppedLine,
    ImportReport,
    ReadResult,
    WordCount,
    count_words,
    placed_origins,
    recount_words_out,
)

UNTRANSLATED_MARKERS = frozenset(labels["untranslated"] for labels in LABELS.values())
"""What our exports write where a translation is missing ("[not translated]", "[غير مترجم]"):
kept through alignment so the block keeps its place, then removed — it is not text."""

SECOND_LANGUAGE_SHARE = 0.15
"""A second language this share of the text (and at least two blocks) makes a bilingual file."""

_KINDS = {
    Role.PARAGRAPH: BlockKind.PARAGRAPH,
    Role.BULLET: BlockKind.BULLET,
    Role.NUMBERED: BlockKind.NUMBERED,
}


@dataclass(slots=True)
class Built:
    """One language's policy plus the source anchors of its blocks (block id → anchor)."""

    policy: Policy
    idents: dict[str, str] = field(default_factory=dict)
    origins: dict[str, Line] = field(default_factory=dict)
    """Block id (a section heading, a block, a table and its cells) → the line it was built
    from; ``TITLE_ORIGIN`` for the title. The import preview finds the user's lines by it."""


def build(doc: ParsedDocument, *, lang: str | None = None, title: str | None = None) -> ReadResult:
    """The policy and report for a parsed file; ``lang`` overrides Latin-script detection."""
    report = ImportReport(encoding={doc.file: doc.encoding}, warnings=list(doc.warnings))
    content: list[Line] = []
    if not any(line.role is not Role.DEBRIS and line.text.strip() for line in doc.lines):
        raise PolicyStudioError(f"{doc.file or 'the text'}: no text found to import")
    check_text_size(
        doc.file or "the text",
        sum(len(line.text) for line in doc.lines),
        sum(line.role is not Role.DEBRIS for line in doc.lines),
    )
    debris: list[Line] = []
    for line in doc.lines:
        if "literal" in line.attrs:
            report.warnings.append(f"{doc.file} line {line.line}: {line.attrs['literal']}")
        if line.role is Role.DEBRIS:
            debris.append(line)
        else:
            content.append(line)
    main = detect_languages(content, lang) if content else (lang or "en")
    _keep_extra_dates(content)
    take_heading_numbers(content)
    streams = split_languages(content, main, report)
    first_lang = next(iter(streams))
    built = {
        code: build_one(lines, code, expect_title=code != first_lang)
        for code, lines in streams.items()
    }
    for code, one in built.items():
        review_import.attach(one.policy, one.origins, code, report)
    policy = built[first_lang].policy
    origins = {key: [line] for key, line in built[first_lang].origins.items()}
    for code, other in list(built.items())[1:]:
        from .align import merge  # only a bilingual file needs the aligner (not `compare`)

        alignment = merge(
            policy,
            other.policy,
            first_lang,
            code,
            source_idents=built[first_lang].idents,
            target_idents=other.idents,
        )
        report.unaligned.extend(alignment.unaligned)
        report.check_pairs.extend(alignment.check_pairs)
        report.warnings.extend(alignment.warnings)
        placed_origins(origins, alignment.placed, other.origins)
        review_import.carry(policy, other.policy, alignment.placed)
    report.languages = list(streams)
    _remove_untranslated_markers(policy)
    review_import.count(policy, report)
    _metadata(content, policy, report, doc.file)
    _variable_values(content, policy, report, doc.file)
    if title:
        policy.title[first_lang] = title
    for code in streams:
        if not policy.title.get(code):
            # A file name is never a title: the policy stays untitled in that language.
            report.warnings.append(
                f"{doc.file}: no {code} title found in the document; set one with --title "
                "or `policy-studio set-title`"
            )
    for number, section in enumerate(policy.sections, 1):
        if not section.blocks:
            report.warnings.append(
                f"section {number} ({section.title(first_lang) or 'untitled'}) "
                "has a heading but no text"
            )
    _account(doc, content, debris, policy, report, main)
    anchors = {k: v for b in built.values() for k, v in b.idents.items()}
    return ReadResult(policy, report, anchors, origins)


_TYPED_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(?=\S)")


def take_heading_numbers(lines: list[Line]) -> None:
    """Numbers typed into headings ("## 3. Sharing", a Word heading "2.1 Retention") are the
    section numbering, which the policy derives from order: taken out of the text (and kept in
    ``Line.number`` and the report), so an export does not number them twice ("3. 3. Sharing").

    Decided for the whole document: only when at least two headings are numbered that way.
    """
    numbered = [
        (line, m)
        for line in lines
        if line.role is Role.HEADING
        and not line.number
        and (m := _TYPED_NUMBER.match(line.text)) is not None
        and parse_date(line.text.replace("\\", "")) is None
    ]
    if len(numbered) < 2:
        # One numbered heading is numbering too when it is "1." and the document's only
        # section heading (a one-section policy as our exports write it: "1. Your rights").
        top = [line for line in lines if line.role is Role.HEADING]
        level = min((line.level for line in top), default=0)
        if not (
            len(numbered) == 1
            and numbered[0][1][1].isdecimal()
            and int(numbered[0][1][1]) == 1
            and [line for line in top if line.level == level] == [numbered[0][0]]
        ):
            return
    for line, m in numbered:
        original = line.text
        line.number = m[1]
        line.text = line.text[m.end() :]
        mark_changed(line, original, said("typed-number", m[1]))


def _is_marker(markup: str) -> bool:
    return markup.replace("\\", "").strip("*_ ") in UNTRANSLATED_MARKERS


def _remove_untranslated_markers(policy: Policy) -> None:
    """A block whose text in a language is our export's "[not translated]" marker has no text
    in that language (and no translation state); a block left with no text at all (a
    one-language export of an untranslated block) is no block (the marker is reported)."""
    for section in policy.sections:
        for block in section.blocks:
            for code in [c for c, text in block.text.items() if _is_marker(text)]:
                del block.text[code]
                block.translations.pop(code, None)
        section.blocks = [
            b
            for b in section.blocks
            if b.table is not None
            or any(t.strip() for t in b.text.values())
            # A paragraph wholly inserted as a tracked change comes as an empty line on
            # purpose (readers/docx_review.py): its block holds the proposal.
            or "" in b.text.values()
        ]


def _keep_extra_dates(content: list[Line]) -> None:
    """One date line per language becomes the effective date; any other stays as a paragraph."""
    seen: set[str] = set()
    for line in content:
        if line.role is Role.META and "meta" not in line.attrs:
            if line.lang in seen or not line.attrs.get("date"):
                line.role, line.reason = Role.PARAGRAPH, "a second date line (kept as text)"
            seen.add(line.lang)


def _account(
    doc: ParsedDocument,
    content: list[Line],
    debris: list[Line],
    policy: Policy,
    report: ImportReport,
    main: str,
) -> None:
    """Words in and out per language, and a line in the report for every word not imported."""
    counts: dict[str, WordCount] = {}
    known: dict[str, int] = {}

    def count(code: str) -> WordCount:
        return counts.setdefault(code, WordCount())

    for line in debris:
        script = script_of(line.text)
        code = script if script in policy.languages else main
        words = count_words(line.text)
        count(code).words_in += words
        count(code).dropped += words
        report.dropped.append(
            DroppedLine(
                line.text.replace("\\", ""), line.reason or "debris", line.line, doc.file, code
            )
        )
    for line in content:
        code = line.lang or main
        original = line.attrs.get("original")
        words = count_words(original if original is not None else line.text)
        if original is None:
            known[line.text] = words
        count(code).words_in += words
        if line.role is Role.META and "meta" in line.attrs:
            count(code).changed += words
            report.changed.append(
                ChangedText(
                    line.text.replace("\\", ""),
                    "",
                    said("kept-as-meta", line.attrs["meta"], code),
                    line.line,
                    doc.file,
                    code,
                )
            )
        elif line.role is Role.META:
            count(code).changed += words
            report.changed.append(
                ChangedText(
                    line.text.replace("\\", ""),
                    "",
                    said("kept-as-date", line.attrs.get("date", "")),
                    line.line,
                    doc.file,
                    code,
                )
            )
        elif _is_marker(line.text):
            count(code).changed += words
            report.changed.append(
                ChangedText(
                    line.text.replace("\\", ""),
                    "",
                    "not-translated marker of an export: no text in this language",
                    line.line,
                    doc.file,
                    code,
                )
            )
        elif original is not None:
            count(code).changed += words - count_words(line.text)
            report.changed.append(
                ChangedText(
                    original,
                    line.text.replace("\\", ""),
                    line.attrs.get("change", "changed"),
                    line.line,
                    doc.file,
                    code,
                )
            )
    for code in policy.languages:
        count(code)
    report.words.update(counts)
    report.warnings.extend(recount_words_out(report, policy, doc.file, known))


def split_languages(content: list[Line], main: str, report: ImportReport) -> dict[str, list[Line]]:
    """Lines per language, the first language of the file first; layout noted in the report."""
    sizes: dict[str, int] = {}
    counts: dict[str, int] = {}
    for line in content:
        sizes[line.lang] = sizes.get(line.lang, 0) + len(line.text)
        counts[line.lang] = counts.get(line.lang, 0) + 1
    total = sum(sizes.values()) or 1
    chosen = {line.attrs[USER_LANG] for line in content if line.attrs.get(USER_LANG)}
    present = [
        c
        for c in sizes
        if (sizes[c] / total >= SECOND_LANGUAGE_SHARE and counts[c] >= 2) or c in chosen
    ]
    if len(present) < 2:
        for line in content:
            line.lang = main
        return {main: content}
    first = next(line.lang for line in content if line.lang in present)
    second = next(c for c in sorted(present, key=lambda c: -sizes[c]) if c != first)
    if len(present) > 2:
        report.warnings.append(
            f"more than two languages found ({', '.join(present)}); importing {first} and {second}"
        )
    # A title pair ("Privacy Notice" then "إشعار الخصوصية") opens the file: the second title
    # belongs to the second language's text, wherever that starts.
    pair_title: Line | None = None
    if (
        len(content) > 2
        and content[0].role in (Role.TITLE, Role.HEADING)
        and content[0].lang == first
        and content[1].role in (Role.TITLE, Role.HEADING)
        and content[1].lang == second
        and not content[1].number
        and any(line.lang == first for line in content[2:6])
    ):
        pair_title = content.pop(1)
        pair_title.role, pair_title.reason = Role.TITLE, "title in the second language"
    # One language after the other: the best single switch point explains nearly every line.
    best_k, best_score = 0, -1
    score = sum(1 for line in content if line.lang == second)
    for k in range(len(content) + 1):
        if score > best_score:
            best_k, best_score = k, score
        if k < len(content):
            score += (content[k].lang == first) - (content[k].lang == second)
    if best_score >= 0.9 * len(content):
        report.layout = "sequential"
        for line in content[:best_k]:
            line.lang = line.attrs.get(USER_LANG) or first
        for line in content[best_k:]:
            line.lang = line.attrs.get(USER_LANG) or second
    else:
        report.layout = "alternating"
    for line in content:
        if line.lang not in (first, second):
            line.lang = first
    streams = {
        first: [line for line in content if line.lang == first],
        second: [line for line in content if line.lang == second],
    }
    if pair_title is not None:
        content.insert(1, pair_title)
        streams[second].insert(0, pair_title)
    return streams


def build_one(lines: list[Line], lang: str, *, expect_title: bool = False) -> Built:
    """A single-language policy from its lines."""
    policy = Policy(source_language=lang)
    built = Built(policy)
    headings = [line.level for line in lines if line.role is Role.HEADING]
    top = min(headings) if headings else 1
    rtl = language(lang).is_rtl
    section: Section | None = None
    seen_content = False
    for line in lines:
        role = line.role
        if role is Role.META:
            continue
        if (
            expect_title
            and not seen_content
            and not policy.title
            and role is Role.HEADING
            and not line.number
        ):
            role = Role.TITLE
        if role is Role.TITLE and not policy.title.get(lang):
            policy.title[lang] = line.text
            built.origins[TITLE_ORIGIN] = line
            continue
        seen_content = True
        if role is Role.TITLE:
            role = Role.HEADING
        if role is Role.BREAK:
            if section is not None and (section.blocks or section.title(lang)):
                section = None
            continue
        if role is Role.HEADING and line.level <= top:
            section = Section(heading=Block(BlockKind.TITLE, {lang: line.text}))
            built.origins[section.heading.id] = line
            if line.anchor:
                built.idents[section.heading.id] = line.anchor
            policy.sections.append(section)
            continue
        if section is None:
            section = Section(heading=Block(BlockKind.TITLE, {}))
            policy.sections.append(section)
        if role is Role.PARAGRAPH and line.table and line.cells:
            for block in _add_row(section, line, lang):
                built.origins.setdefault(block.id, line)
            continue
        if role is Role.HEADING:
            block = Block(BlockKind.HEADING, {lang: line.text}, level=line.level - top)
        else:
            block = Block(
                _KINDS.get(role, BlockKind.PARAGRAPH), {lang: line.text}, level=line.level
            )
        if line.direction and (line.direction == "rtl") != rtl:
            block.direction = line.direction
        if line.anchor:
            built.idents[block.id] = line.anchor
        built.origins[block.id] = line
        section.blocks.append(block)
    _finish_tables(policy)
    return built


def _add_row(section: Section, line: Line, lang: str) -> list[Block]:
    """A table row: appended to the section's last block when that is the same table, else
    the first row of a new table block (header rows counted while they lead). Returns the
    table block and the row's cells."""
    last = section.blocks[-1] if section.blocks else None
    cells = [Block(BlockKind.CELL, {lang: text}) for text in line.cells]
    if last is None or last.table is None or last.origin != f"import-table-{line.table}":
        table = Table([cells], header_rows=1 if line.header else 0)
        block = Block(BlockKind.TABLE, table=table)
        # Remembers which table of the file it is while building; cleared below.
        block.origin = f"import-table-{line.table}"
        section.blocks.append(block)
        return [block, *cells]
    assert last.table is not None
    if line.header and last.table.header_rows == len(last.table.rows):
        last.table.header_rows += 1
    last.table.rows.append(cells)
    return [last, *cells]


def _finish_tables(policy: Policy) -> None:
    for section in policy.sections:
        for block in section.blocks:
            if block.table is not None:
                block.origin = None
                block.table.normalize()


def _variable_values(content: list[Line], policy: Policy, report: ImportReport, file: str) -> None:
    """The values our exports wrote for variables (io/intermediate.note_variable) become the
    policy's values, per language; each is listed under ``changed`` (the text in the file is
    now ``{{name}}`` in the block), and two different values of one variable are a warning."""
    seen: set[tuple[str, str]] = set()
    found = [
        (key[len(VARIABLE_VALUE) :], value, line)
        for line in content
        for key, value in line.attrs.items()
        if key.startswith(VARIABLE_VALUE)
    ]
    # The source language first: a translation showing the source's value (an export falls
    # back to it when the translation has none) gets no value of its own.
    found.sort(key=lambda item: item[2].lang != policy.source_language)
    for name, value, line in found:
        code = line.lang if line.lang in policy.languages else policy.source_language
        if (name, code) in seen:
            known = policy.variables.get(name, {}).get(code)
            if known is not None and known != value:
                report.warnings.append(
                    f"{file}: the variable {{{{{name}}}}} has two values in {code} "
                    f"({known!r} and {value!r}); the first is kept"
                )
            continue
        seen.add((name, code))
        if policy.variable_value(name, code) == value and (
            name in BUILTIN_VARIABLES or code != policy.source_language
        ):
            continue  # the metadata, or the source language's value, gives it already
        policy.variables.setdefault(name, {})[code] = value
        report.changed.append(
            ChangedText(
                value,
                "{{" + name + "}}",
                said("export-variable", name, code),
                line.line,
                file,
                code,
            )
        )


def _metadata(content: list[Line], policy: Policy, report: ImportReport, file: str) -> None:
    for line in content:
        if line.role is not Role.META:
            continue
        key = line.attrs.get("meta")
        if key:
            # The cover of one of our exports: the organisation, subtitle or address.
            value = plain_text(line.text).strip()
            code = line.lang if line.lang in policy.languages else policy.source_language
            if key == "organization" and code == policy.source_language:
                policy.organization = policy.organization or value
            elif not policy.meta_value(key, code):
                policy.set_meta(key, code, value)
            continue
        date = line.attrs.get("date", "")
        if date and not policy.effective_date:
            policy.effective_date = date
            report.metadata["effective_date"] = date
            if line.attrs.get("ambiguous"):
                report.warnings.append(
                    f"{file}: the date {line.text.replace(chr(92), '')!r} could be read two ways; "
                    f"taken as day.month ({date}) — check it"
                )
            report.metadata["effective_date_text"] = line.text.replace("\\", "")
