"""Structure recovery for text without markup: which line is a heading, a bullet, debris.

What is recognised (every rule was written against policies pasted from real web pages):

- headings: numbered ("1. X", "5.Contact us", "2.1 X"), bare title-like lines ("Data Retention"),
  short lines ending with a colon ("Our contact details:"), questions, short ALL CAPS lines;
- NOT headings: run-in labels ("Usage Data: We collect…"), a colon line that introduces a list
  ("You have the right to:"), long ALL CAPS paragraphs, sentences;
- bullets "•", "●", "◦", "▪", "*", "-", "–", "—" with nesting from indentation; numbered items
  ("1) …", "(a) …", "1. a full sentence.");
- lines directly under a list item (no blank line) continue that item, line breaks kept;
- a group of short lines (a contact block, a postal address) is kept together as one paragraph;
- debris dropped and reported: page navigation ("Skip to main content", breadcrumbs), "image
  missing" in English, Swahili, French and Arabic, stray "|" and other lone symbols, a repeated
  title, a clipper's "SOURCE:" note before the title;
- the document title (first title-like line) and the effective or last-updated date as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text.markup import escape
from ..dates import parse_date
from ..intermediate import Line, Role, mark_changed
from ..reasons import said

DEBRIS_PHRASES = frozenset(
    {
        # navigation
        "skip to main content",
        "skip to content",
        "skip navigation",
        "jump to navigation",
        "toggle navigation",
        "back to top",
        "go to top",
        "print this page",
        "share this page",
        "menu",
        "main menu",
        "home",
        "search",
        "close",
        "you are here",
        "breadcrumb",
        "aller au contenu",
        "aller au contenu principal",
        "retour en haut",
        "ruka hadi maudhui",
        "rudi juu",
        "nyumbani",
        "تخطي إلى المحتوى",
        "تخطي إلى المحتوى الرئيسي",
        "الانتقال إلى المحتوى",
        "العودة إلى الأعلى",
        # missing images, as page text
        "image missing",
        "image not found",
        "no image",
        "image unavailable",
        "missing image",
        "picha haipo",
        "picha haipatikani",
        "hakuna picha",
        "image manquante",
        "image introuvable",
        "pas d'image",
        "الصورة مفقودة",
        "لا توجد صورة",
        "الصورة غير متوفرة",
    }
)

MAX_DEBRIS_CHARS = 300
"""Longer lines are content: navigation, breadcrumbs and "image missing" are short."""

_BULLET = re.compile(r"^([•●◦▪▫‣∙·*\-–—])\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(?:[.)]\s*|\s+)(?=[^\W\d_])(.+)$")
_LETTERED = re.compile(r"^\(?([a-z]|[ivx]{1,4})\)\s+(\S.*)$")
_PAREN_NUMBER = re.compile(r"^\((\d{1,2})\)\s+(\S.*)$")
_SENTENCE_INSIDE = re.compile(r"[.!?؟।]\s+\S")
_LOWER_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with & de la le les des du et pour "
    "na ya wa za kwa".split()
)
_META = re.compile(
    r"^(?:effective\s+date|date\s+effective|effective(?:\s+from|\s+as\s+of)?|last\s+updated|"
    r"last\s+modified|last\s+revised|updated(?:\s+on)?|date|tarehe(?:\s+ya\s+kuanza)?|"
    r"imesasishwa|date\s+d'entrée\s+en\s+vigueur|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour\s+le|"
    r"تاريخ\s+السريان|تاريخ\s+النفاذ|آخر\s+تحديث|تاريخ\s+التحديث)\s*[:：]?\s*(?P<date>.+)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Raw:
    number: int
    indent: int
    text: str


def debris_reason(text: str) -> str | None:
    """Why ``text`` is page debris, or None when it is content."""
    bare = text.strip()
    if len(bare) > MAX_DEBRIS_CHARS:
        return None  # page furniture is short; this also keeps the rules below linear
    folded = re.sub(r"[\s.!:|»›>]+$", "", bare.lower()).strip()
    if folded in DEBRIS_PHRASES:
        return (
            "navigation"
            if "image" not in folded and "picha" not in folded and "صورة" not in folded
            else "image missing"
        )
    if bare and re.fullmatch(r"[\W_]{1,6}", bare) and not any(ch.isalnum() for ch in bare):
        return "stray symbol"
    parts = [p.strip() for p in re.split(r"\s+[|>›»]\s+|\s*\|\s*", bare) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
        return "navigation"
    if len(parts) == 2 and parts[0].lower() in ("home", "nyumbani", "accueil", "الرئيسية"):
        return "navigation"
    return None


def _words(text: str) -> list[str]:
    return text.split()


def _has_case(text: str) -> bool:
    return any(ch.isupper() or ch.islower() for ch in text)


def _title_like(text: str) -> bool:
    """A short line without sentence punctuation whose significant words are capitalised."""
    words = _words(text)
    if not 1 <= len(words) <= 9 or text.rstrip()[-1:] in ".,;!،؛।" or _SENTENCE_INSIDE.search(text):
        return False
    if re.search(r"[:：]\s*\S", text) or "@" in text:
        return False  # "Email: a@b.c" is a labelled value, not a heading
    if not _has_case(text):
        return len(words) <= 7  # Arabic and Bengali: no capitals to go by
    significant = [w for w in words if w.lower() not in _LOWER_WORDS and w[:1].isalpha()]
    # "e-Mikutano Privacy Policy": a brand may start lower-case, but the first word has a capital.
    if not significant or not any(ch.isupper() for ch in words[0]):
        return False
    capitalised = sum(1 for w in significant if w[:1].isupper())
    return capitalised / len(significant) >= 0.6 or len(words) <= 4


def _strict_title_case(text: str) -> bool:
    """Every significant word capitalised, two or more of them ("Information You Provide")."""
    words = [w for w in _words(text) if w.lower() not in _LOWER_WORDS]
    return len(words) >= 2 and _title_like(text) and all(w[:1].isupper() for w in words)


def heading_reason(text: str) -> str | None:
    """Why a standalone line reads as a heading, or None."""
    stripped = text.strip()
    words = _words(stripped)
    if not words:
        return None
    if stripped[-1] in "?؟" and len(words) <= 15 and not _SENTENCE_INSIDE.search(stripped[:-1]):
        return "question"
    if (
        stripped[-1] in ":："
        and len(words) <= 6
        and not _SENTENCE_INSIDE.search(stripped)
        and "," not in stripped
    ):
        return "ends with a colon"
    if len(words) > 15:
        return None  # every rule below wants a short line; long ones are not scanned again
    letters = [ch for ch in stripped if ch.isalpha()]
    if (
        letters
        and all(ch.isupper() for ch in letters if ch.isupper() or ch.islower())
        and _has_case(stripped)
        and len(words) <= 10
        and not _SENTENCE_INSIDE.search(stripped)
        and stripped[-1] not in ".;,"
    ):
        return "all capitals"
    if _title_like(stripped):
        return "title-like line"
    return None


def _split_number(text: str) -> tuple[str, str] | None:
    if m := _NUMBERED.match(text):
        if parse_date(text) is not None:
            return None  # "12 March 2021" is a date, not section 12 called "March 2021"
        return m[1], m[2].strip()
    return None


WRAP_SLACK = 15
"""A line this close to the document's wrap width, ending mid-sentence, was cut by the wrap."""


def _wrap_width(raws: list[_Raw]) -> int | None:
    """The width a hard-wrapped document was cut at, from all its lines; None when not wrapped.

    Evidence: most long lines end within a few characters of one width and mid-sentence.
    """
    lengths = sorted(len(r.text) + r.indent for r in raws if r.text)
    long = [n for n in lengths if n > 40]
    if len(long) < 4:
        return None
    width = long[int(len(long) * 0.9)]
    if width > 120:
        return None
    near = [
        r
        for r in raws
        if r.text and len(r.text) + r.indent >= width - WRAP_SLACK and r.text[-1] not in ".:;!?؟"
    ]
    return width if len(near) >= max(3, len(long) // 2) else None


_BOLD_LINE = re.compile(r"^\*\*([^*\n]+)\*\*[:：]?$")
_DASH_NUMBER = re.compile(r"^(\d{1,2})\s?-\s+(\S.*)$")


def classify_text(text: str) -> list[Line]:
    """Lines of plain text (already decoded) classified into the intermediate."""
    raws = []
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = raw.expandtabs(4).rstrip().replace("\u00a0", " ")
        stripped = expanded.lstrip()
        raws.append(_Raw(number, len(expanded) - len(stripped), stripped))
    return _Classifier(raws).run()


class _Classifier:
    def __init__(self, raws: list[_Raw]) -> None:
        self.raws = raws
        self.out: list[Line] = []
        self.group: list[_Raw] = []
        self.item: Line | None = None
        """The list item the next unmarked line may continue."""
        self.indents: list[int] = []
        """Open list levels by indentation."""
        self.width: int | None = None
        """The hard-wrap width of the whole document (None: not hard-wrapped)."""
        self.one_per_line = False
        """Whether the document puts one paragraph on each line with no blank lines."""

    def run(self) -> list[Line]:
        texts = [r for r in self.raws if r.text]
        inside = [r for r in self.raws if texts and texts[0].number <= r.number <= texts[-1].number]
        blank = len(inside) - len(texts)
        self.width = _wrap_width(self.raws)
        # One line per paragraph, no blank lines between them: every line stands alone.
        self.one_per_line = self.width is None and len(texts) >= 8 and blank * 10 < len(texts)
        dash_items = sum(1 for r in texts if _DASH_NUMBER.match(r.text)) >= 2
        previous: _Raw | None = None
        for raw in self.raws:
            before, previous = previous, raw
            if not raw.text:
                self._flush()
                self.item = None
                continue
            if self._wrapped_from(before):
                # The wrap cut a sentence here: "(1)", "(e)", "–" at the start of this line are
                # words of that sentence, not a list marker ("Article 6 / (1)(b) GDPR").
                if self.item is not None and not self.group:
                    self.item.text += " " + escape(raw.text)
                else:
                    self.group.append(raw)
                continue
            marker = _BULLET.match(raw.text)
            numbered = _PAREN_NUMBER.match(raw.text) or _LETTERED.match(raw.text)
            dash = _DASH_NUMBER.match(raw.text) if dash_items else None
            if marker and debris_reason(raw.text) is None:
                self._flush()
                self._start_item(Role.BULLET, raw, marker[2], said("bullet", marker[1]))
            elif numbered:
                # "(a)", "(1)", "iv)": the marker says something the list numbering would not
                # (letters, a number in brackets): it stays in the text.
                self._flush()
                self._start_item(
                    Role.PARAGRAPH, raw, raw.text, "item with its own marker (kept in the text)"
                )
            elif dash:
                self._flush()
                self._start_item(Role.NUMBERED, raw, dash[2], "numbered item “N- ”")
                assert self.item is not None
                mark_changed(self.item, raw.text, said("item-number", f"{dash[1]}-"))
            elif self.item is not None and not self.group and not self.one_per_line:
                # An unmarked line right under a list item (no blank line): same item, new line.
                joiner = " " if self.width else "\n"
                self.item.text += joiner + escape(raw.text)
            elif self.one_per_line:
                self._flush()
                self.item = None
                self.group.append(raw)
                self._flush()
            else:
                if not self.group:
                    self.indents = [] if raw.indent == 0 else self.indents
                self.group.append(raw)
        self._flush()
        self._post()
        return self.out

    def _wrapped_from(self, before: _Raw | None) -> bool:
        """Whether the line after ``before`` continues its sentence, cut by a hard wrap."""
        if self.width is None or before is None or not before.text:
            return False
        return (
            len(before.text) + before.indent >= self.width - WRAP_SLACK
            and before.text[-1] not in ".:;!?؟"
        )

    def _start_item(self, role: Role, raw: _Raw, text: str, reason: str) -> None:
        while self.indents and raw.indent < self.indents[-1]:
            self.indents.pop()
        if not self.indents or raw.indent > self.indents[-1]:
            self.indents.append(raw.indent)
        line = Line(role, escape(text), len(self.indents) - 1, line=raw.number, reason=reason)
        self.out.append(line)
        self.item = line

    def _flush(self) -> None:
        group, self.group = self.group, []
        if not group:
            return
        self.item = None
        content = []
        for raw in group:
            reason = debris_reason(raw.text)
            if reason:
                self.out.append(Line(Role.DEBRIS, raw.text, line=raw.number, reason=reason))
            else:
                content.append(raw)
        if not content:
            return
        # Two languages line by line ("Heading" over "العنوان"): each script is its own group.
        runs: list[list[_Raw]] = []
        for raw in content:
            script = _script(raw.text)
            if runs and _script(runs[-1][-1].text) == script:
                runs[-1].append(raw)
            else:
                runs.append([raw])
        if len(runs) > 1:
            for run in runs:
                self.group = run
                self._flush()
            return
        if len(content) == 1:
            self.out.append(self._single(content[0]))
            return
        first = content[0]
        split = _split_number(first.text)
        if (split and len(_words(split[1])) <= 10) or first.text.endswith(":"):
            if len(_words(first.text)) <= 10:
                self.out.append(self._single(first))
                content = content[1:]
        if len(content) == 1:
            self.out.append(self._single(content[0]))
        elif self.width is not None and _hard_wrapped(content):
            text = " ".join(escape(r.text) for r in content)
            self.out.append(
                Line(Role.PARAGRAPH, text, line=content[0].number, reason="wrapped paragraph")
            )
        elif all(len(r.text) <= 70 for r in content):
            text = "\n".join(escape(r.text) for r in content)
            self.out.append(
                Line(Role.PARAGRAPH, text, line=content[0].number, reason="block of short lines")
            )
        elif _hard_wrapped(content):
            text = " ".join(escape(r.text) for r in content)
            self.out.append(
                Line(Role.PARAGRAPH, text, line=content[0].number, reason="wrapped paragraph")
            )
        else:
            self.out.extend(self._single(r) for r in content)

    def _single(self, raw: _Raw) -> Line:
        text = raw.text
        if (bold := _BOLD_LINE.match(text)) and len(_words(bold[1])) <= 14:
            # "**PART 2 – HOW WE USE DATA**": a line that is bold and nothing else is a heading
            # (the asterisks are the formatting, not text).
            inner = bold[1].strip()
            split = _split_number(inner)
            line = Line(
                Role.HEADING,
                escape(split[1] if split else inner).rstrip(":："),
                1,
                line=raw.number,
                reason="bold line",
                number=split[0] if split else "",
            )
            if split:
                mark_changed(line, inner, said("typed-number", split[0]))
            return line
        if m := _META.match(text):
            parsed = parse_date(m["date"])
            if parsed:
                line = Line(Role.META, escape(text), line=raw.number, reason="effective date")
                line.attrs["date"] = parsed[0]
                if parsed[1]:
                    line.attrs["ambiguous"] = "day.month assumed"
                return line
        split = _split_number(text)
        if split:
            number, rest = split
            if len(_words(rest)) <= 12 and rest.rstrip()[-1:] not in ".;,":
                line = Line(
                    Role.HEADING,
                    escape(rest),
                    number.count(".") + 1,
                    line=raw.number,
                    reason="numbered heading",
                    number=number,
                )
                return mark_changed(line, text, said("typed-number", number))
            line = Line(Role.NUMBERED, escape(rest), 0, line=raw.number, reason="numbered item")
            return mark_changed(line, text, said("item-number", number))
        reason = heading_reason(text)
        if reason:
            line = Line(
                Role.HEADING, escape(text.rstrip(":：").rstrip()), 1, line=raw.number, reason=reason
            )
            return mark_changed(line, text, "colon after the heading left out")
        return Line(Role.PARAGRAPH, escape(text), line=raw.number, reason="paragraph")

    def _post(self) -> None:
        """Decisions that need neighbours: lead-ins to lists, the title, repeated titles."""
        lines = self.out
        for line in _numbers_out_of_sequence(lines):
            _keep_as_text(line, escape(line.attrs.get("original", line.text)))
        # Whole-document evidence: a document whose "X:" lines head ordinary paragraphs at least
        # twice writes its headings that way, so an "X:" line over a list is a heading too —
        # unless it opens a section right under another heading ("We keep the following:").
        colon_headings = sum(
            1
            for i, line in enumerate(lines[:-1])
            if line.role is Role.HEADING
            and line.reason == "ends with a colon"
            and lines[i + 1].role is Role.PARAGRAPH
            and lines[i + 1].reason in ("paragraph", "wrapped paragraph")
        )
        for i, line in enumerate(lines):
            if line.role is Role.HEADING and line.reason == "ends with a colon":
                following = next((n for n in lines[i + 1 :] if n.role is not Role.DEBRIS), None)
                under_heading = (
                    i > 0
                    and lines[i - 1].role is Role.HEADING
                    # the document's first line is its title, decided below
                    and any(n.role not in (Role.DEBRIS, Role.META) for n in lines[: i - 1])
                )
                if colon_headings >= 2 and not under_heading:
                    continue
                if following is not None and (
                    following.role in (Role.BULLET, Role.NUMBERED)
                    # "Write to us or call:" over an address leads in; "Contact us:" heads it.
                    or (following.reason == "block of short lines" and len(_words(line.text)) >= 4)
                ):
                    line.role, line.reason, line.level = Role.PARAGRAPH, "introduces a list", 0
                    line.text = line.text.rstrip(":：")
                    line.text += ":"
                    line.attrs.pop("original", None)
                    line.attrs.pop("change", None)
            elif (
                line.role is Role.BULLET
                and line.level == 0
                and "\n" not in line.text
                and i + 1 < len(lines)
                and lines[i + 1].role is Role.BULLET
                and lines[i + 1].level > 0
                and _strict_title_case(line.text)
            ):
                # "• Information You Provide" over "* Your account…" items: a sub-heading.
                line.role, line.reason, line.level = Role.HEADING, "bullet over a sub-list", 2
                for child in lines[i + 1 :]:
                    if child.role not in (Role.BULLET, Role.NUMBERED) or child.level == 0:
                        break
                    child.level -= 1
        title: Line | None = None
        for line in lines:
            if line.role in (Role.DEBRIS, Role.META):
                continue
            if title is None:
                if (
                    line.role is Role.PARAGRAPH
                    and line.line == self._first_content_line()
                    and re.match(r"(?i)^source:\s*\S+$", line.text.replace("\\", ""))
                ):
                    line.role, line.reason = Role.DEBRIS, "source note"
                    continue
                if line.role is Role.HEADING and not line.number and line.reason != "question":
                    line.role, line.reason, line.level = Role.TITLE, "first title-like line", 0
                    title = line
                    continue
                break
        if title is not None:
            for line in lines:
                if (
                    line is not title
                    and line.role in (Role.HEADING, Role.TITLE)
                    and line.text == title.text
                ):
                    line.role, line.reason = Role.DEBRIS, "repeated title"

    def _first_content_line(self) -> int:
        return next((r.number for r in self.raws if r.text), 0)


_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_ASCII_LETTER = re.compile("[A-Za-z]")


def _script(text: str) -> str:
    arabic = len(_ARABIC_CHAR.findall(text))
    latin = len(_ASCII_LETTER.findall(text))
    return "ar" if arabic > latin else "latin" if latin else "none"


def _hard_wrapped(content: list[_Raw]) -> bool:
    """Lines cut at a fixed width: most of them end without sentence punctuation."""
    unfinished = sum(1 for r in content[:-1] if r.text[-1:] not in ".:;!?؟")
    return unfinished >= max(1, (len(content) - 1) * 2 // 3)


def _numbers_out_of_sequence(lines: list[Line]) -> list[Line]:
    """Typed-number headings whose number does not continue the document's count.

    Evidence from the whole document, not the line: in "1 Who we are", "12 Harbour Road",
    "2 What we collect", 12 is part of an address, not section 12 called "Harbour Road". A
    number fits when it follows the last one that fitted (a gap of one, a section taken out,
    is allowed), when the next numbered heading continues from it, or when it starts the
    count again at 1. With fewer than two numbered headings there is no count to go by."""
    numbered = [
        line
        for line in lines
        if line.role is Role.HEADING
        and line.reason == "numbered heading"
        and line.number.isdecimal()
    ]
    if len(numbered) < 2:
        return []
    wrong: list[Line] = []
    previous: int | None = None
    for index, line in enumerate(numbered):
        n = int(line.number)
        following = numbered[index + 1].number if index + 1 < len(numbered) else ""
        continues = following.isdecimal() and int(following) == n + 1
        if previous is None:
            fits = n == 1 or continues
        else:
            fits = previous < n <= previous + 2 or continues or n == 1
        if fits:
            previous = n
        else:
            wrong.append(line)
    return wrong


def _keep_as_text(line: Line, markup: str) -> None:
    """A line taken for a numbered heading that is not one: a paragraph again, its number
    back in its text (and no "taken as numbering" in the report)."""
    line.role, line.level, line.reason, line.number = Role.PARAGRAPH, 0, "paragraph", ""
    line.text = markup
    line.attrs.pop("original", None)
    line.attrs.pop("change", None)


def finish_roles(lines: list[Line]) -> None:
    """Title, metadata and debris for marked-up formats: what their syntax alone does not say.

    The first level-1 heading is the title; a "SOURCE:" note before it, navigation and
    "image missing" paragraphs are debris; a paragraph that is (or names) a date is metadata.
    """
    title_seen = any(line.role is Role.TITLE for line in lines)
    for index, line in enumerate(lines):
        if "title-slot" in line.attrs:
            # An export's "[not translated]" title: the title is missing, none is guessed.
            title_seen = True
        if line.role is Role.HEADING and line.level == 1 and not title_seen:
            line.role, line.level, line.reason = Role.TITLE, 0, "first level-1 heading"
            title_seen = True
            continue
        if line.role is not Role.PARAGRAPH or line.table:
            # A table row is content by its structure: short cells joined by " | " are not a
            # breadcrumb trail, and a date in a cell is not the policy's effective date.
            continue
        plain = line.text.replace("\\", "")
        following = lines[index + 1] if index + 1 < len(lines) else None
        before_title = not title_seen or (
            following is not None and following.role is Role.HEADING and following.level == 1
        )
        if before_title and re.match(r"(?i)^source:\s*\S+", plain):
            line.role, line.reason = Role.DEBRIS, "source note"
            continue
        reason = debris_reason(plain)
        if reason:
            line.role, line.reason = Role.DEBRIS, reason
            continue
        date = line.attrs.get("datetime")
        parsed = parse_date(date) if date else None
        if parsed is None and len(plain) < 60:
            meta = _META.match(plain)
            parsed = parse_date(meta["date"]) if meta else parse_date(plain)
        if parsed is not None:
            line.role, line.reason = Role.META, "effective date"
            line.attrs["date"] = parsed[0]
            if parsed[1]:
                line.attrs["ambiguous"] = "day.month assumed"


_MARKUP_BULLET = re.compile(r"^\s*\\?[•●◦▪▫‣∙·*\-–—]\s+")


def recover_structure(lines: list[Line]) -> None:
    """Plain-text rules for a marked-up file that carries no structure of its own.

    A DOCX typed with Normal paragraphs only, or a web page of bare <p>s, still has numbered
    headings, title-like lines and typed bullets: each unstyled one-line paragraph gets the
    role the plain-text reader would give it (inline markup is kept for everything but headings).
    """
    from ...text.markup import plain_text

    classifier = _Classifier([])
    before: dict[int, str] = {}
    """A line's markup before it was given a role here, by id()."""
    for line in lines:
        if line.role is not Role.PARAGRAPH or line.reason != "paragraph":
            continue
        plain = plain_text(line.text)
        if "\n" in plain or not plain.strip():
            continue
        reason = debris_reason(plain)
        if reason:
            line.role, line.reason = Role.DEBRIS, reason
            continue
        if _BULLET.match(plain):
            line.role, line.reason = Role.BULLET, "typed bullet"
            line.text = _MARKUP_BULLET.sub("", line.text, count=1)
            continue
        found = classifier._single(_Raw(line.line, 0, plain))
        if found.role is Role.PARAGRAPH:
            continue
        before[id(line)] = line.text
        line.role, line.level, line.reason, line.number = (
            found.role,
            found.level,
            found.reason,
            found.number,
        )
        line.attrs.update(found.attrs)
        if found.role in (Role.HEADING, Role.META):
            line.text = found.text
        elif found.role is Role.NUMBERED:
            line.text = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s*", "", line.text, count=1)
    for line in _numbers_out_of_sequence(lines):
        _keep_as_text(line, before.get(id(line), line.text))
    # Consecutive short paragraphs (an address, a contact block) were one block in the text.
    merged: list[Line] = []
    for line in lines:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and line.role is previous.role is Role.PARAGRAPH
            and line.reason == "paragraph"
            and previous.reason in ("paragraph", "block of short lines")
            and len(plain_text(line.text)) <= 70
            and all(len(part) <= 70 for part in plain_text(previous.text).split("\n"))
            and plain_text(line.text).rstrip()[-1:] not in ".!?:؟"
            and plain_text(previous.text).rstrip()[-1:] not in ".!?:؟"
        ):
            previous.text += "\n" + line.text
            previous.reason = "block of short lines"
        elif (
            previous is not None
            and previous.role is Role.HEADING
            and previous.reason == "title-like line"
            and line.role is Role.PARAGRAPH
            and line.reason == "paragraph"
            and re.match(r"^[^:：\n]{1,30}[:：]\s*\S", plain_text(line.text))
            and len(plain_text(line.text)) <= 70
        ):
            # "Data Protection Officer" over "Email: …": the first line of a contact block.
            previous.role, previous.level, previous.reason = (
                Role.PARAGRAPH,
                0,
                "block of short lines",
            )
            previous.text += "\n" + line.text
        else:
            merged.append(line)
    lines[:] = merged
    classifier.out = lines
    classifier._post()
