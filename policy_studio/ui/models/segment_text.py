"""Cell text of the bilingual grid as a translator reads it: formatting applied, variables as tags.

A cell shows a block's inline markup parsed by policy_studio.text.markup (no second parser):
bold, italic and links formatted, and each ``{{name}}`` as a tinted token with the variable's
name, never raw braces or asterisks. Highlights that other code computes on the raw markup
(glossary terms, finding spans) are carried over through a markup-offset map; the stale source's
change is a diff of the formatted words, so a variable stays one unit in it.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from ...text.markup import VARIABLE_PATTERN, Run, parse

VARIABLE_TINT = "#dfe6fb"
"""Background of a variable tag; the delegate redraws it as a rounded box."""
VARIABLE_CSS = f"background-color:{VARIABLE_TINT}; color:#23408e;"
DELETED_CSS = "color:#a00000; text-decoration: line-through;"
INSERTED_CSS = "color:#006000; background-color:#dcf5dc;"
LINK_CSS = "color:#1a5fb4; text-decoration: underline;"
FSI, PDI, NBSP = "\u2068", "\u2069", "\u00a0"

TAG_PATTERN = re.compile(rf"{FSI}?{NBSP}[A-Za-z][A-Za-z0-9_]*{NBSP}{PDI}?")
"""A variable tag in a cell document's raw text (no-break spaces kept)."""

_WORD = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a cell together with where its characters came from in the markup."""

    run: Run
    positions: tuple[int, ...]
    """Markup offset of each visible character (for a variable: every offset of ``{{name}}``)."""


def pieces(markup: str) -> list[Piece]:
    """The runs of ``markup``, each mapped back to offsets in ``markup``."""
    out: list[Piece] = []
    pos = 0
    runs = parse(markup)
    variables_left = sum(run.variable is not None for run in runs)
    for run in runs:
        if run.variable is not None:
            variables_left -= 1
            match = VARIABLE_PATTERN.search(markup, pos)
            if match is None:  # cannot happen for parsed markup; keep the run without highlights
                out.append(Piece(run, ()))
                continue
            out.append(Piece(run, tuple(range(match.start(), match.end()))))
            pos = match.end()
            continue
        # Text before a variable still to come lies before that variable's braces: never look
        # past them, or "[\[{{x}}[[" would map its first "[[" onto the last.
        upcoming = VARIABLE_PATTERN.search(markup, pos) if variables_left else None
        end = upcoming.start() if upcoming is not None else len(markup)
        # Char by char, each at its first place from here: escapes (\*, \[) make the visible
        # text differ from the markup. The whole text found in one piece is taken instead
        # when it starts no later: in "[\[*[[*" the visible "[[" of "[\[" is at 0 and 2, and
        # the first "[[" in one piece (4) is the italic one that follows.
        chars = []
        at = pos
        for ch in run.text:
            at = markup.find(ch, at, end)
            if at < 0:
                break
            chars.append(at)
            at += 1
        found = markup.find(run.text, pos, end)
        if found >= 0 and (len(chars) < len(run.text) or found <= chars[0]):
            positions = tuple(range(found, found + len(run.text)))
        elif len(chars) == len(run.text):
            positions = tuple(chars)
        else:  # cannot happen for parsed markup: keep the order, never run off the end
            positions = tuple(min(pos + i, max(len(markup) - 1, 0)) for i in range(len(run.text)))
        if positions:
            pos = positions[-1] + 1
        out.append(Piece(run, positions))
    return out


def _open(run: Run) -> tuple[str, str]:
    """Opening and closing tags for a run's bold, italic and link."""
    before, after = "", ""
    if run.link is not None:
        before += f'<a href="{html.escape(run.link)}" style="{LINK_CSS}">'
        after = "</a>" + after
    if run.bold:
        before += "<b>"
        after = "</b>" + after
    if run.italic:
        before += "<i>"
        after = "</i>" + after
    return before, after


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def variable_html(name: str, rtl: bool, css: str = "") -> str:
    """A variable as a tag: its name on a tint, kept one left-to-right unit inside Arabic."""
    # The isolates stop a Latin name from joining the neighbouring punctuation in an RTL line;
    # display only, the stored text never carries bidi controls.
    body = f"{NBSP}{html.escape(name)}{NBSP}"
    if rtl:
        body = f"{FSI}{body}{PDI}"
    return f'<span style="{VARIABLE_CSS}{css}">{body}</span>'


def cell_html(markup: str, rtl: bool, spans: Sequence[tuple[int, int, str]] = ()) -> str:
    """HTML for a cell: formatted runs, variable tags, and each (start, end, css) markup span."""
    return _cell_html(markup, rtl, tuple(sorted(spans)))


# The view asks for a cell's text on every paint and size hint: build each distinct one once.
@lru_cache(maxsize=4096)
def _cell_html(markup: str, rtl: bool, ordered: tuple[tuple[int, int, str], ...]) -> str:

    def css_at(offset: int) -> str:
        for start, end, css in ordered:
            if start <= offset < end:
                return css
        return ""

    out: list[str] = []
    for piece in pieces(markup):
        run = piece.run
        before, after = _open(run)
        if run.variable is not None:
            css = next((c for c in map(css_at, piece.positions) if c), "")
            out.append(before + variable_html(run.variable, rtl, css) + after)
            continue
        out.append(before)
        if not ordered:
            out.append(_text(run.text))
        else:
            # Split the run where the highlight changes.
            start = 0
            for css, chars in groupby(map(css_at, piece.positions)):
                end = start + len(list(chars))
                chunk = _text(run.text[start:end])
                out.append(f'<span style="{css}">{chunk}</span>' if css else chunk)
                start = end
        out.append(after)
    return "".join(out)


def _tokens(markup: str) -> list[Run]:
    """Words, spaces and punctuation of ``markup`` as runs; a variable is one token."""
    out: list[Run] = []
    for run in parse(markup):
        if run.variable is not None:
            out.append(run)
        else:
            out.extend(Run(w, run.bold, run.italic, run.link) for w in _WORD.findall(run.text))
    return out


def _token_html(token: Run, rtl: bool, css: str) -> str:
    before, after = _open(token)
    if token.variable is not None:
        return before + variable_html(token.variable, rtl, css) + after
    body = _text(token.text)
    return before + (f'<span style="{css}">{body}</span>' if css else body) + after


@lru_cache(maxsize=1024)
def changed_html(old: str, new: str, rtl: bool) -> str:
    """The change from markup ``old`` to ``new``, word by word: deleted struck, inserted green."""
    a, b = _tokens(old), _tokens(new)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(_token_html(t, rtl, "") for t in b[j1:j2])
            continue
        out.extend(_token_html(t, rtl, DELETED_CSS) for t in a[i1:i2])
        out.extend(_token_html(t, rtl, INSERTED_CSS) for t in b[j1:j2])
    return "".join(out)
