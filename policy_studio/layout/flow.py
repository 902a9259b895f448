"""The laid-out document: what every renderer (DOCX, HTML, PDF, the app's preview) draws.

``build(policy, options)`` decides, once: section numbers and list counters in the policy's
digit setting, variables filled (unfilled ones as visible placeholders), the untranslated
marker, links filtered to http(s)/mailto, bidi override characters removed, the direction and
language of every run (Latin items inside right-to-left text are cut into runs marked ``ltr``),
and the title block of every language (title, subtitle, organisation, address, version).
Renderers only draw it: none of them decides a number, a marker or a direction again.

The body of a section is a list of ``Block`` values: an ``Item`` (a paragraph, a heading or a
list item) or a ``Table`` (rows of ``Cell``s), with one case per renderer (docs/tables.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..model import Block as ModelBlock
from ..model import BlockKind, Language, Policy, PolicyStudioError, language
from ..text.clean import clean_field, cleaned, warnings_for
from ..text.markup import Run, fast_runs, parse
from ..text.variables import VariableResolver, placeholder
from .dates import long_date
from .labels import labels
from .options import DRAFT_NOTICE, ExportOptions, Layout, Signer

SAFE_SCHEMES = ("http://", "https://", "mailto:")
"""The only link targets kept; anything else (javascript:, file:, data:) becomes plain text."""

_EMBEDDING_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Embeddings, overrides and isolates can make displayed text differ from the stored text (and
# leak past the end of a run); the marks (LRM, RLM, ALM) are harmless and kept.
_UNSAFE = re.compile(f"[{_EMBEDDING_CONTROLS}\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_PLAIN = re.compile(r"[*_\[\]{}\\<>`&!\n]")
"""Markup with none of these characters is a single plain run: skip the parser (20x faster)."""
_SPECIAL = re.compile(f"{_UNSAFE.pattern[:-1]}{_PLAIN.pattern[1:]}")
"""Either of the above: markup with none of them is one plain run with nothing to remove (one
search instead of three, per paragraph and per table cell)."""


def _has_markup_chars(text: str) -> bool:
    """Whether ``text`` holds a character of ``_PLAIN``: thirteen substring searches (each a
    C loop, stopping at the first hit) take a fifth of the time of one character-class search,
    which steps through the text in the regex engine (the layout asks for every block)."""
    return (
        "*" in text
        or "[" in text
        or "{" in text
        or "_" in text
        or "]" in text
        or "}" in text
        or "\\" in text
        or "<" in text
        or ">" in text
        or "`" in text
        or "&" in text
        or "!" in text
        or "\n" in text
    )


@cache
def _latin_item() -> re.Pattern[str]:
    """E-mails, URLs, placeholders, Latin phrases and numbers: isolated inside right-to-left
    text (compiled when first needed: a left-to-right export never is)."""
    return re.compile(
        r"(?:https?://|www\.)\S+[^\s.,;:!?)]"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|\[[A-Za-z_][A-Za-z0-9_]*\]"
        # A Latin phrase ends on a letter or digit: a sentence's full stop after "example.com" is
        # the Arabic sentence's, and must stay outside the isolate (it shows on the left then).
        r"|(?=[A-Za-z0-9_.\-/+]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9_.\-/+]*[A-Za-z0-9_])?"
        r"(?:[ \t]+[A-Za-z0-9](?:[A-Za-z0-9_.\-/+]*[A-Za-z0-9_])?)*"
        r"|\+?\d[\d \-/().]*\d"
    )


_ASCII_ALNUM = re.compile("[A-Za-z0-9]")


@dataclass(slots=True)
class Item:
    """One paragraph, body heading or list item in one language."""

    kind: BlockKind
    runs: list[Run]
    level: int = 0
    list_id: int | None = None
    """Unique per list *and* language, so no two lists (or columns) share a counter."""
    ordinal: int = 0
    """1-based position of a list item among the items of its list at its level."""
    marker: str = ""
    """A list item's label as shown: ``"3."`` / ``"٣."`` in the digit setting, ``"•"``."""
    untranslated: bool = False
    block_id: str = ""
    """The model block this item lays out (so a view can map back to it)."""
    rtl: bool | None = None
    """The block's own direction when it differs from its language's (``Block.direction``,
    e.g. an English address quoted in an Arabic part); None = the part's direction."""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(slots=True, init=False, eq=False)
class Cell:
    """One table cell in one language: its runs, and whether it has no text in that language."""

    untranslated: bool
    block_id: str
    """The model cell this lays out."""
    plain: str | None
    """The cell's text when it is one run of plain text (most cells), else None. Its run is
    made only when a renderer asks for ``runs``: a table has many cells, and the HTML and
    DOCX writers write such a cell from this text alone (issue 13)."""
    _runs: list[Run] | None

    def __init__(
        self,
        runs: list[Run] | None = None,
        untranslated: bool = False,
        block_id: str = "",
        *,
        plain: str | None = None,
    ) -> None:
        self._runs = runs if plain is None else None
        self.untranslated = untranslated
        self.block_id = block_id
        self.plain = plain

    @property
    def runs(self) -> list[Run]:
        if self._runs is None:
            self._runs = [Run(self.plain)] if self.plain else []
        return self._runs

    @property
    def text(self) -> str:
        if self.plain is not None:
            return self.plain
        return "".join(run.text for run in self.runs)

    def __eq__(self, other: object) -> bool:
        """Equal by what the cell shows, whether its run was made yet or not."""
        if not isinstance(other, Cell):
            return NotImplemented
        return (self.runs, self.untranslated, self.block_id) == (
            other.runs,
            other.untranslated,
            other.block_id,
        )


@dataclass(slots=True)
class Table:
    """A table in one language: rows of cells in logical order, the first ``header_rows``
    the header. Renderers put the first column on the right in a right-to-left part."""

    rows: list[list[Cell]]
    header_rows: int
    widths: list[float]
    """Column widths as fractions summing to 1."""
    rtl: bool = False
    block_id: str = ""

    @property
    def kind(self) -> BlockKind:
        return BlockKind.TABLE

    @property
    def list_id(self) -> None:
        """Never part of a list (renderers group list items by this)."""
        return None

    @property
    def text(self) -> str:
        return "\n".join("\t".join(c.text for c in row) for row in self.rows)


Block = Item | Table
"""Everything a section body holds: paragraphs, headings and list items, and tables."""


@dataclass(slots=True)
class FlowSection:
    """A section in one language."""

    number: int
    """1-based number; 0 for a section with no title in any language (not numbered)."""
    label: str
    """The number as shown, e.g. ``"3."`` or ``"٣."``; empty for an untitled section."""
    anchor: str
    """Identifier for links from the table of contents."""
    title: list[Run]
    items: list[Block]
    section_id: str = ""

    @property
    def has_heading(self) -> bool:
        return bool(self.label or self.title)

    @property
    def heading_text(self) -> str:
        """The heading as one line: ``"3. Title"``."""
        title = "".join(run.text for run in self.title)
        return f"{self.label} {title}".strip()


@dataclass(slots=True)
class TitleBlock:
    """The cover lines of one language; each is in that language or empty."""

    title: list[Run]
    subtitle: str = ""
    organization: str = ""
    address: str = ""
    facts: list[str] = field(default_factory=list)
    """"Version: 2.1", "Effective date: 2025-01-01", in the part's language."""


@dataclass(slots=True)
class Part:
    """The whole policy in one language."""

    lang: Language
    title: str
    sections: list[FlowSection]
    labels: dict[str, str]
    cover: TitleBlock = field(default_factory=lambda: TitleBlock([]))
    native_digits: bool = False

    @property
    def rtl(self) -> bool:
        return self.lang.is_rtl

    @property
    def dir(self) -> str:
        return self.lang.direction.value

    @property
    def tag(self) -> str:
        """BCP 47 tag of the part's language."""
        return self.lang.bcp47

    def digits(self, text: str) -> str:
        """``text`` with ASCII digits in this language's digits when the policy asks for them."""
        return self.lang.localise_digits(text) if self.native_digits else text

    def page_label(self, page: str, pages: str) -> str:
        return self.labels["page"].format(page=page, pages=pages)


@dataclass(slots=True)
class ExportDocument:
    """Everything a renderer needs, in writing order."""

    parts: list[Part]
    layout: Layout
    organization: str
    version_label: str
    effective_date: str
    signers: list[Signer]
    options: ExportOptions
    warnings: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.options.title or self.parts[0].title

    @property
    def native_digits(self) -> bool:
        return self.parts[0].native_digits if self.parts else False

    @property
    def draft_line(self) -> str:
        """ "Draft — not approved" in English and each language of the document, or empty."""
        if not self.options.draft:
            return ""
        return " / ".join(dict.fromkeys([DRAFT_NOTICE, *(p.labels["draft"] for p in self.parts)]))

    @property
    def approval_lines(self) -> list[str]:
        """The approval record for the sign-off block (empty when there is none)."""
        stamp = self.options.approval
        return stamp.lines([p.lang.code for p in self.parts]) if stamp is not None else []


def safe_link(target: str | None) -> str | None:
    """``target`` when it is an http(s) or mailto link, else None."""
    if not target:
        return None
    cleaned = target.strip()
    return cleaned if cleaned.lower().startswith(SAFE_SCHEMES) else None


def latin_pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_latin_item) so RTL output can isolate the Latin items."""
    if not _ASCII_ALNUM.search(text):
        return [(text, False)]  # most Arabic text: skip the costly pattern
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for match in _latin_item().finditer(text):
        if match.start() > pos:
            pieces.append((text[pos : match.start()], False))
        pieces.append((match.group(), True))
        pos = match.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


LRM = "\u200e"
_DIGIT = re.compile("[0-9]")


def anchor_numbers(text: str) -> str:
    """``text`` with a left-to-right mark before each number-led Latin item, for RTL output.

    In Arabic text the bidi algorithm turns digits after Arabic letters into Arabic numbers,
    which a hyphen or space does not join: 2025-03-01 shows as 01-03-2025 and a phone number's
    groups come out reversed (seen in LibreOffice and Qt). An LRM before the item keeps it in
    one left-to-right run. HTML uses <bdi> instead; DOCX and PDF have no isolation element.
    """
    if not _DIGIT.search(text):
        return text
    out: list[str] = []
    for piece, latin in latin_pieces(text):
        if latin and (piece[0].isdigit() or piece[0] == "+"):
            out.append(LRM)
        out.append(piece)
    return "".join(out)


class _Builder:
    """Turns a policy into parts, collecting warnings once per problem."""

    def __init__(
        self, policy: Policy, options: ExportOptions, known: Iterable[str], clean: bool = False
    ) -> None:
        self.policy = policy
        self.clean = clean
        """No text of the policy (cells included) holds a character ``_UNSAFE`` matches
        (``text.clean.cleaned`` found none): only the markup characters need looking for."""
        self.options = options
        self.known = set(known)
        self.native_digits = (
            policy.native_digits if options.native_digits is None else options.native_digits
        )
        self.warnings: list[str] = []
        self._warned: set[str] = set()
        self._next_list = 0
        self.untranslated: dict[str, int] = {}
        """Blocks without text, per language: reported once per language, not per block."""
        # A section with no title in any language gets no number and no heading (a bare "1."
        # helps no one); the numbers of the others stay consecutive, the same in every part.
        self.numbers: list[int] = []
        number = 0
        for section in policy.sections:
            titled = any(text.strip() for text in section.heading.text.values())
            number += titled
            self.numbers.append(number if titled else 0)

    def warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self.warnings.append(message)

    def special(self, markup: str) -> bool:
        """Whether ``markup`` is more than one plain run with nothing to remove."""
        if self.clean:
            return _has_markup_chars(markup)
        return _SPECIAL.search(markup) is not None

    def runs(self, resolver: VariableResolver, markup: str, where: str, rtl: bool) -> list[Run]:
        if not self.special(markup):
            return directed([Run(markup)], rtl) if markup else []
        # In a clean policy special() found one of _PLAIN's characters and there is nothing
        # to remove: both searches again only where reflowing may have taken the line break.
        searched = not self.clean
        if "\n" in markup:
            markup = reflow(markup)
            searched = True
        if searched:
            if _UNSAFE.search(markup):
                self.warn(f"{where}: removed bidi override or control characters")
                markup = _UNSAFE.sub("", markup)
            if not _PLAIN.search(markup):
                return directed([Run(markup)], rtl) if markup else []
        out = []
        parsed = fast_runs(markup)
        if parsed is None:
            parsed = parse(markup)
        for run in parsed:
            # Runs are made afresh only where something changed, field by field in Run's
            # order (dataclasses.replace costs twice a construction; a long policy has
            # thousands of runs).
            text, link, missing = run.text, run.link, run.missing
            if run.variable is not None:
                value = resolver.value(run.variable)
                if value is None:
                    text, missing = placeholder(run.variable), True
                else:
                    text = value
            if link:
                link = safe_link(link)
                if link is None:
                    self.warn(
                        f"{where}: link {run.link!r} is not http(s) or mailto: written as text"
                    )
            elif link is not None:
                link = None  # an empty target: no link, as safe_link says
            if not self.clean or run.variable is not None:
                text = _UNSAFE.sub("", text)
            if not text:
                continue
            if text is not run.text or link != run.link or missing is not run.missing:
                run = Run(
                    text, run.bold, run.italic, link, run.variable, run.ltr, missing, run.continued
                )
            out.append(run)
        return directed(out, rtl)

    def marker(self, lang: Language, untranslated: str) -> list[Run]:
        self.untranslated[lang.code] = self.untranslated.get(lang.code, 0) + 1
        return [Run(untranslated, italic=True, missing=True)]

    def part(self, lang: Language, only: str | None = None) -> Part:
        policy = self.policy
        resolver = VariableResolver(policy, lang.code, self.known)
        words = labels(lang.code)
        sections = []
        title: list[Run]
        for index, section in enumerate(policy.sections):
            if only is not None and section.id != only:
                continue
            number = self.numbers[index]
            heading = section.heading.get(lang.code)
            where = f"section {number or index + 1} ({lang.code})"
            label = lang.localise_digits(f"{number}.") if self.native_digits else f"{number}."
            if not number:
                label, title = "", []
            elif heading.strip():
                title = self.runs(resolver, heading, where, lang.is_rtl)
            else:
                title = self.marker(lang, words["untranslated"])
            items = self.items(section.blocks, lang, resolver, where, words["untranslated"])
            anchor = f"s{index + 1}"
            sections.append(FlowSection(number, label, anchor, title, items, section.id))
        for issue in resolver.issues.values():
            self.warn(issue.message())
        missing = self.untranslated.get(lang.code, 0)
        if missing:
            self.warn(
                f"{missing} block(s) have no {lang.name} text: shown as {words['untranslated']}"
            )
        cover = self.cover(lang, words)
        # The running header and metadata title: the cover's, so never another language's.
        part_title = "".join(run.text for run in cover.title)
        return Part(lang, part_title, sections, words, cover, self.native_digits)

    def cover(self, lang: Language, words: dict[str, str]) -> TitleBlock:
        """The title block in ``lang``: nothing in it is taken from another language silently."""
        policy = self.policy
        title = policy.title.get(lang.code, "").strip()
        if title:
            title_runs = directed([Run(title)], lang.is_rtl)
        elif lang.code == policy.source_language or not policy.display_title():
            title_runs = directed([Run(policy.display_title(lang.code))], lang.is_rtl)
        else:
            self.warn(f"the policy has no {lang.name} title: shown as {words['untranslated']}")
            title_runs = [Run(words["untranslated"], italic=True, missing=True)]
        organization = policy.meta_value("organization", lang.code)
        if not organization and policy.organization:
            organization = policy.organization
            self.warn(
                f"no {lang.name} organisation name (Policy > Properties): "
                f"shown as {policy.organization!r}"
            )
        facts = []
        if self.options.version_label:
            facts.append(f"{words['version']}: {self.options.version_label}")
        elif policy.version_label:
            # The working copy: its label is the version being drafted, not a saved one.
            facts.append(f"{words['version']}: {policy.version_label} ({words['working_copy']})")
        if policy.effective_date:
            facts.append(f"{words['effective']}: {format_date(policy.effective_date, lang)}")
        return TitleBlock(
            title_runs,
            policy.meta_value("subtitle", lang.code),
            organization,
            policy.meta_value("address", lang.code),
            facts,
        )

    def items(
        self,
        blocks: Iterable[ModelBlock],
        lang: Language,
        resolver: VariableResolver,
        where: str,
        untranslated_label: str,
    ) -> list[Block]:
        out: list[Block] = []
        # Within one run of consecutive list items each kind gets its own list (a bullet list
        # nested in a numbered one must not take its counter); a paragraph ends the run.
        list_ids: dict[BlockKind, int] = {}
        counters: dict[tuple[BlockKind, int], int] = {}
        # Looked up once: this loop runs for every block of every exported language.
        code, part_rtl, special, runs_of = lang.code, lang.is_rtl, self.special, self.runs
        listed = (BlockKind.BULLET, BlockKind.NUMBERED)
        for block in blocks:
            kind, level = block.kind, block.level
            if block.proposals and not any(t.strip() for t in block.text.values()):
                # A paragraph only proposed (a tracked insertion nobody accepted): it has no
                # accepted text in any language, so the document has nothing to print.
                continue
            if block.table is not None:
                list_ids, counters = {}, {}
                out.append(self.table(block, lang, resolver, where, untranslated_label))
                continue
            markup = block.text.get(code, "")
            untranslated = not markup.strip()
            list_id: int | None = None
            ordinal = 0
            marker = ""
            if kind in listed:
                if kind not in list_ids:
                    self._next_list += 1
                    list_ids[kind] = self._next_list
                list_id = list_ids[kind]
                for key in [k for k in counters if k[0] is kind and k[1] > level]:
                    del counters[key]
                ordinal = counters[kind, level] = counters.get((kind, level), 0) + 1
                if kind is BlockKind.NUMBERED:
                    marker = f"{ordinal}."
                    marker = lang.localise_digits(marker) if self.native_digits else marker
                else:
                    marker = BULLETS[min(level, len(BULLETS) - 1)]
            elif list_ids:  # a paragraph ends the lists (both are empty when no list ran)
                list_ids, counters = {}, {}
            rtl: bool | None = None
            direction = block.direction
            if direction is not None and direction in ("ltr", "rtl"):
                if (direction == "rtl") != part_rtl:
                    rtl = direction == "rtl"
            if untranslated:
                runs = self.marker(lang, untranslated_label)
            elif not part_rtl and rtl is None and not special(markup):
                runs = [Run(markup)]  # what runs() returns for plain left-to-right text
            else:
                runs = runs_of(resolver, markup, where, part_rtl if rtl is None else rtl)
            out.append(
                Item(kind, runs, level, list_id, ordinal, marker, untranslated, block.id, rtl)
            )
        return out

    def table(
        self,
        block: ModelBlock,
        lang: Language,
        resolver: VariableResolver,
        where: str,
        untranslated_label: str,
    ) -> Table:
        table = block.table
        assert table is not None
        rows = []
        code, rtl, special, latin = lang.code, lang.is_rtl, self.special, _ASCII_ALNUM.search
        for row in table.rows:
            cells = []
            for cell in row:
                markup = cell.text.get(code, "")
                if not special(markup) and markup.strip():
                    # One plain run, as runs() would make it (inline: a table has many cells);
                    # in right-to-left text, unless directed() would cut Latin items out of it.
                    if rtl and latin(markup):
                        cells.append(Cell(directed([Run(markup)], rtl), False, cell.id))
                    else:
                        cells.append(Cell(None, False, cell.id, plain=markup))
                    continue
                if not markup.strip():
                    # An empty cell in every language is an empty cell, not a missing translation.
                    if any(text.strip() for text in cell.text.values()):
                        cells.append(Cell(self.marker(lang, untranslated_label), True, cell.id))
                    else:
                        cells.append(Cell([], False, cell.id))
                    continue
                cells.append(Cell(self.runs(resolver, markup, where, rtl), False, cell.id))
            rows.append(cells)
        header = min(table.header_rows, len(rows))
        return Table(rows, header, table.fractions(), lang.is_rtl, block.id)


@cache
def _wrapped() -> re.Pattern[str]:
    """A line break after a long line that does not end a sentence or introduce a list: the
    wrapping of a plain-text file, not a break the author meant (compiled when first
    needed)."""
    return re.compile(r"(?<=[^\n]{30})(?<![.!?:;؟؛۔])\n(?![\n\s•*\-\d])")


def reflow(markup: str) -> str:
    """``markup`` with the hard wrapping of imported plain text joined into running text.

    A break after a line of at least 30 characters that does not end in sentence or clause
    punctuation, before a line that does not start a list item, is a wrap (an e-mail or a text
    file cut at 72 columns); short lines (an address, a contact block) keep their breaks. The
    stored text is not changed: only what the renderers draw (docs/export.md).
    """
    if "\n" not in markup:
        return markup
    lines = markup.split("\n")
    out = [lines[0]]
    wrapped = _wrapped()
    for line in lines[1:]:
        previous = out[-1]
        if wrapped.search(previous + "\n" + line[:1] if line else previous + "\n\n"):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


BULLETS = ("•", "◦", "▪")
"""Bullet markers by level, as CSS draws disc, circle and square for nested lists."""


def directed(runs: list[Run], rtl: bool) -> list[Run]:
    """In right-to-left text, each Latin item (URL, e-mail, number, Latin phrase) its own run
    marked ``ltr``, so every renderer isolates exactly the same pieces."""
    if not rtl:
        return runs
    out = []
    for run in runs:
        pieces = latin_pieces(run.text)
        if len(pieces) == 1 and not pieces[0][1]:
            out.append(run)
            continue
        variable = run.variable
        out.extend(
            Run(
                piece,
                run.bold,
                run.italic,
                run.link,
                variable,
                latin,
                run.missing,
                index > 0 and variable is not None,
            )
            for index, (piece, latin) in enumerate(pieces)
        )
    return out


def format_date(iso: str, lang: Language) -> str:
    """An ISO date in ``lang``'s long date format (CLDR via Babel); other text unchanged."""
    try:
        day = date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    quick = long_date(day, lang.code)
    if quick is not None:
        return quick
    # Babel itself (~20 ms: its modules and the whole merged locale) only for what
    # layout/dates.py does not read from the language's own CLDR file.
    from babel import dates as babel_dates

    try:
        return str(babel_dates.format_date(day, format="long", locale=lang.code))
    except (ValueError, LookupError):
        return iso


def clean_signers(signers: Iterable[Signer], warnings: list[str]) -> list[Signer]:
    """Sign-off names and roles without bidi override or control characters (warned)."""
    signers = list(signers)
    out = [Signer(clean_field(s.name), clean_field(s.role)) for s in signers]
    if any((a.name, a.role) != (b.name, b.role) for a, b in zip(out, signers, strict=True)):
        warnings.extend(warnings_for(["the sign-off names"]))
    return out


def build(
    policy: Policy, options: ExportOptions, known_variables: Iterable[str] = ()
) -> ExportDocument:
    """The laid-out document for ``policy`` as ``options`` ask."""
    clean_policy, field_warnings = cleaned(policy)
    signers = clean_signers(options.signoff, field_warnings)
    builder = _Builder(clean_policy, options, known_variables, clean=clean_policy is policy)
    policy = clean_policy
    builder.warnings.extend(field_warnings)
    codes = options.resolved_languages(policy.source_language)
    for code in codes:
        if code not in policy.languages:
            # A whole document of placeholders helps no one: say so instead.
            raise PolicyStudioError(
                f"{code!r} is not one of this policy's languages ({', '.join(policy.languages)})"
            )
    parts = [builder.part(language(code)) for code in codes]
    return ExportDocument(
        parts=parts,
        layout=options.layout,
        organization=policy.organization,
        version_label=options.version_label or policy.version_label,
        effective_date=policy.effective_date,
        signers=signers,
        options=options,
        warnings=builder.warnings,
    )


def lay_out_language(
    policy: Policy, lang: str, known_variables: Iterable[str] = (), section_id: str | None = None
) -> tuple[Part, list[str]]:
    """One language of ``policy`` laid out as a single-language export of it is (for the
    preview); with ``section_id`` only that section (numbered as in the whole policy)."""
    clean_policy, field_warnings = cleaned(policy)
    builder = _Builder(
        clean_policy, ExportOptions([lang]), known_variables, clean=clean_policy is policy
    )
    builder.warnings.extend(field_warnings)
    part = builder.part(language(lang), section_id)
    return part, builder.warnings
