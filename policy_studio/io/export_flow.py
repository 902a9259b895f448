"""A policy laid out for export: numbered sections, resolved and sanitised runs, list counters.

Every writer (DOCX, HTML, and the PDF in the UI) renders this one value, so numbering, variable
filling, link filtering and the removal of bidi override characters are decided once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..model import BlockKind, Language, Policy, PolicyStudioError, language
from ..text.clean import clean_field, cleaned, warnings_for
from ..text.markup import Run, merge_runs
from ..text.variables import VariableResolver, placeholder
from .options import DRAFT_NOTICE, ExportOptions, Layout, Signer

SAFE_SCHEMES = ("http://", "https://", "mailto:")
"""The only link targets kept; anything else (javascript:, file:, data:) becomes plain text."""

_EMBEDDING_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Embeddings, overrides and isolates can make displayed text differ from the stored text (and
# leak past the end of a run); the marks (LRM, RLM, ALM) are harmless and kept.
_UNSAFE = re.compile(f"[{_EMBEDDING_CONTROLS}\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_PLAIN = re.compile(r"[*_\[\]{}\\<>`&!\n]")
"""Markup with none of these characters is a single plain run: skip the parser (20x faster)."""

_FAST_TOKEN = re.compile(
    r"\*\*(?P<bold>(?=\w)[^*\[\]{}]*?(?<=\w))\*\*"
    r"|\*(?P<italic>(?=\w)[^*\[\]{}]*?(?<=\w))\*"
    r"|\[(?P<label>(?=\w)[^*\[\]{}]*?(?<=\w))\]\((?P<url>(?:https?://|mailto:)[A-Za-z0-9._~:/?#@$+,;=%-]+)\)"
    r"|\{\{(?P<var>[A-Za-z][A-Za-z0-9_]*)\}\}"
)
_FAST_EXCLUDED = re.compile(r"[_\\<>`&!\n]|\*\*\*|\[\[|\]\]")
_FAST_VARIABLE = re.compile(r"\{\{[A-Za-z][A-Za-z0-9_]*\}\}")
_FAST_LEFTOVER = re.compile(r"[*\[\]{}]")
"""The common markup (whole-word **bold**, *italic*, [label](https://…), {{variable}}) tokenised
without markdown-it; anything else (underscores, escapes, nesting, odd delimiters) goes to the
real parser. tests/io/test_export_flow.py checks the two agree (hypothesis)."""

_LATIN_ITEM = re.compile(
    r"(?:https?://|www\.)\S+[^\s.,;:!?)]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\[[A-Za-z_][A-Za-z0-9_]*\]"
    r"|[A-Za-z0-9][A-Za-z0-9_.\-/+]*[A-Za-z][A-Za-z0-9_.\-/+]*"
    r"(?:[ \t]+[A-Za-z0-9][A-Za-z0-9_.\-/+]*[A-Za-z0-9_])*"
    r"|\+?\d[\d \-/().]*\d"
)
"""E-mails, URLs, placeholders, Latin phrases and numbers: isolated inside right-to-left text."""

_ASCII_ALNUM = re.compile("[A-Za-z0-9]")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "version": "Version",
        "effective": "Effective date",
        "page": "Page {page} of {pages}",
        "signoff": "Approval",
        "name": "Name",
        "role": "Role",
        "signature": "Signature",
        "date": "Date",
        "untranslated": "[untranslated]",
        "draft": "Draft — not approved",
    },
    "ar": {
        "contents": "المحتويات",
        "version": "الإصدار",
        "effective": "تاريخ السريان",
        "page": "صفحة {page} من {pages}",
        "signoff": "الاعتماد",
        "name": "الاسم",
        "role": "الصفة",
        "signature": "التوقيع",
        "date": "التاريخ",
        "untranslated": "[غير مترجم]",
        "draft": "مسودة — غير معتمدة",
    },
    "fr": {
        "contents": "Sommaire",
        "version": "Version",
        "effective": "Date d’entrée en vigueur",
        "page": "Page {page} sur {pages}",
        "signoff": "Approbation",
        "name": "Nom",
        "role": "Fonction",
        "signature": "Signature",
        "date": "Date",
        "untranslated": "[non traduit]",
        "draft": "Projet — non approuvé",
    },
    "sw": {
        "contents": "Yaliyomo",
        "version": "Toleo",
        "effective": "Tarehe ya kuanza kutumika",
        "page": "Ukurasa {page} wa {pages}",
        "signoff": "Idhini",
        "name": "Jina",
        "role": "Wadhifa",
        "signature": "Sahihi",
        "date": "Tarehe",
        "untranslated": "[haijatafsiriwa]",
        "draft": "Rasimu — haijaidhinishwa",
    },
}


def labels(lang: str) -> dict[str, str]:
    """Fixed words of the export (contents, page X of Y…) in ``lang``, English when unknown."""
    return LABELS.get(lang, LABELS["en"])


@dataclass(frozen=True, slots=True)
class Span:
    """Inline text with its formatting; ``link`` is set only for a safe target."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(slots=True)
class Item:
    """One body block in one language."""

    kind: BlockKind
    spans: list[Span]
    level: int = 0
    list_id: int | None = None
    """Unique per list *and* language, so no two lists (or columns) share a counter."""
    ordinal: int = 0
    """1-based position of a list item among the items of its list at its level."""
    untranslated: bool = False


@dataclass(slots=True)
class FlowSection:
    """A numbered section in one language."""

    number: int
    label: str
    """The number as shown, e.g. ``"3."`` or ``"٣."``."""
    anchor: str
    """Identifier for links from the table of contents."""
    title: list[Span]
    items: list[Item]


@dataclass(slots=True)
class Part:
    """The whole policy in one language."""

    lang: Language
    title: str
    sections: list[FlowSection]
    labels: dict[str, str]

    @property
    def rtl(self) -> bool:
        return self.lang.is_rtl

    def digits(self, text: str, localise: bool) -> str:
        """``text`` with ASCII digits in this language's digits when ``localise``."""
        if not localise or self.lang.digits == "0123456789":
            return text
        return text.translate(str.maketrans("0123456789", self.lang.digits))


@dataclass(slots=True)
class ExportDocument:
    """Everything a writer needs, in writing order."""

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


@dataclass(slots=True)
class ExportReport:
    """What a writer reports back: the file written and warnings for the user."""

    path: str
    warnings: list[str] = field(default_factory=list)


def fast_runs(markup: str) -> list[Run] | None:
    """Runs of simple markup, equal to ``text.markup.parse``; None when the parser is needed."""
    # Variable names may hold underscores; anywhere else "_" may be emphasis.
    if _FAST_EXCLUDED.search(_FAST_VARIABLE.sub("", markup)):
        return None
    runs: list[Run] = []
    pos = 0
    for match in _FAST_TOKEN.finditer(markup):
        before = markup[pos : match.start()]
        if _FAST_LEFTOVER.search(before):
            return None
        runs.append(Run(before))
        if match["bold"] is not None:
            runs.append(Run(match["bold"], bold=True))
        elif match["italic"] is not None:
            runs.append(Run(match["italic"], italic=True))
        elif match["label"] is not None:
            runs.append(Run(match["label"], link=match["url"]))
        else:
            runs.append(Run("", variable=match["var"]))
        pos = match.end()
    rest = markup[pos:]
    if _FAST_LEFTOVER.search(rest):
        return None
    runs.append(Run(rest))
    return merge_runs(runs)


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
    for match in _LATIN_ITEM.finditer(text):
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


def _value_or_placeholder(resolver: VariableResolver, name: str) -> str:
    """What VariableResolver.runs shows for a variable (and the issue it records)."""
    value = resolver.value(name)
    return value if value is not None else placeholder(name)


class _Builder:
    """Turns a policy into parts, collecting warnings once per problem."""

    def __init__(self, policy: Policy, options: ExportOptions, known: Iterable[str]) -> None:
        self.policy = policy
        self.options = options
        self.known = set(known)
        self.warnings: list[str] = []
        self._warned: set[str] = set()
        self._next_list = 0
        self.untranslated: dict[str, int] = {}
        """Blocks without text, per language: reported once per language, not per block."""

    def warn(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self.warnings.append(message)

    def spans(self, resolver: VariableResolver, markup: str, where: str) -> list[Span]:
        if _UNSAFE.search(markup):
            self.warn(f"{where}: removed bidi override or control characters")
            markup = _UNSAFE.sub("", markup)
        if not _PLAIN.search(markup):
            return [Span(markup)] if markup else []
        out = []
        runs = fast_runs(markup)
        if runs is None:
            runs = resolver.runs(markup)
        else:
            runs = [
                replace(r, text=_value_or_placeholder(resolver, r.variable)) if r.variable else r
                for r in runs
            ]
        for run in runs:
            link = safe_link(run.link)
            if run.link and link is None:
                self.warn(f"{where}: link {run.link!r} is not http(s) or mailto: written as text")
            text = _UNSAFE.sub("", run.text)
            if text:
                out.append(Span(text, run.bold, run.italic, link))
        return out

    def part(self, lang: Language) -> Part:
        policy, source = self.policy, self.policy.source_language
        resolver = VariableResolver(policy, lang.code, self.known)
        words = labels(lang.code)
        localise = self.options.arabic_digits
        title = policy.display_title(lang.code)
        sections = []
        for number, section in enumerate(policy.sections, start=1):
            heading = section.heading.get(lang.code) or section.heading.get(source)
            where = f"section {number} ({lang.code})"
            label = f"{number}."
            if localise and lang.is_rtl:
                label = label.translate(str.maketrans("0123456789", lang.digits))
            items = self.items(section.blocks, lang, resolver, where, words["untranslated"])
            sections.append(
                FlowSection(
                    number, label, f"s{number}", self.spans(resolver, heading, where), items
                )
            )
        for issue in resolver.issues.values():
            self.warn(issue.message())
        missing = self.untranslated.get(lang.code, 0)
        if missing:
            self.warn(
                f"{missing} block(s) have no {lang.name} text: shown as {words['untranslated']}"
            )
        return Part(lang, title, sections, words)

    def items(
        self,
        blocks: Iterable[object],
        lang: Language,
        resolver: VariableResolver,
        where: str,
        untranslated_label: str,
    ) -> list[Item]:
        out: list[Item] = []
        # Within one run of consecutive list items each kind gets its own list (a bullet list
        # nested in a numbered one must not take its counter); a paragraph ends the run.
        list_ids: dict[BlockKind, int] = {}
        counters: dict[tuple[BlockKind, int], int] = {}
        for block in blocks:
            kind: BlockKind = block.kind  # type: ignore[attr-defined]
            markup: str = block.get(lang.code)  # type: ignore[attr-defined]
            level: int = block.level  # type: ignore[attr-defined]
            untranslated = not markup.strip()
            list_id: int | None = None
            ordinal = 0
            if kind in (BlockKind.BULLET, BlockKind.NUMBERED):
                if kind not in list_ids:
                    self._next_list += 1
                    list_ids[kind] = self._next_list
                list_id = list_ids[kind]
                for key in [k for k in counters if k[0] is kind and k[1] > level]:
                    del counters[key]
                ordinal = counters[kind, level] = counters.get((kind, level), 0) + 1
            else:
                list_ids, counters = {}, {}
            if untranslated:
                self.untranslated[lang.code] = self.untranslated.get(lang.code, 0) + 1
                spans = [Span(untranslated_label, italic=True)]
            else:
                spans = self.spans(resolver, markup, where)
            out.append(Item(kind, spans, level, list_id, ordinal, untranslated))
        return out


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
    """The export document for ``policy`` as ``options`` ask."""
    policy, field_warnings = cleaned(policy)
    signers = clean_signers(options.signoff, field_warnings)
    builder = _Builder(policy, options, known_variables)
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
