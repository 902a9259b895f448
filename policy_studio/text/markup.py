"""Inline markup: **bold**, *italic*, [label](url) and {{variable}} parsed into shared runs.

Parsing is markdown-it-py's (the "zero" preset with emphasis, links and escapes enabled, plus a
small inline rule for ``{{name}}``); writers and the editor all consume the same Run list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # markdown-it-py (~20 ms to import) is loaded by the first markup that needs the parser:
    # most blocks take the fast paths below, and an export or compare may need it for none.
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

VARIABLE_PATTERN = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


class Styled(Protocol):
    """Anything with inline formatting (a Run; kept as a protocol for the Qt helpers)."""

    @property
    def text(self) -> str: ...
    @property
    def bold(self) -> bool: ...
    @property
    def italic(self) -> bool: ...
    @property
    def link(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with uniform formatting, or one variable.

    The one inline type: the parser, the editor, the layout (policy_studio.layout) and every
    renderer (DOCX, HTML, PDF, the preview) read and write Runs.
    """

    text: str
    """The visible text (for a variable: its value once resolved, else empty)."""
    bold: bool = False
    italic: bool = False
    link: str | None = None
    """Target URL when the run is part of a link."""
    variable: str | None = None
    """Variable name when the run stands for ``{{name}}``."""
    ltr: bool = False
    """Set by the layout on a left-to-right item (URL, e-mail, number, Latin phrase) inside
    right-to-left text: renderers isolate it (HTML <bdi dir=ltr>, DOCX a run without w:rtl
    and a leading LRM for numbers, the preview LRI…PDI)."""
    missing: bool = False
    """Set by the layout on text standing for something absent: the placeholder of a variable
    with no value, or the untranslated marker of a block with no text in its language."""
    continued: bool = False
    """Set by the layout on a later piece of the same variable, when its value was cut into
    pieces (a Latin item isolated inside right-to-left text): the exports mark one variable,
    not one per piece, so an import reads ``{{name}}`` back once."""


def _variable_rule(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("{{", pos):
        return False
    end = src.find("}}", pos + 2)
    if end < 0:
        return False
    name = src[pos + 2 : end].strip()
    if not _NAME.fullmatch(name):
        return False
    if not silent:
        token = state.push("variable", "", 0)
        token.meta = {"name": name}
        token.content = name
    state.pos = end + 2
    return True


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("zero").enable(["emphasis", "link", "escape", "newline"])
    md.inline.ruler.before("emphasis", "variable", _variable_rule)
    return md


def runs_from_tokens(
    tokens: Iterable[Token],
    *,
    softbreak: str = "\n",
    on_other: Callable[[Token], None] | None = None,
) -> list[Run]:
    """Runs for markdown-it inline tokens (children of an ``inline`` token).

    Shared by our own parser and the Markdown reader, which parses whole documents with a
    richer preset; ``on_other`` sees the tokens with no inline meaning here (images…).
    """
    runs: list[Run] = []
    bold = italic = 0
    link: str | None = None
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline"):
            runs.append(Run(token.content, bold > 0, italic > 0, link))
        elif kind == "softbreak":
            runs.append(Run(softbreak, bold > 0, italic > 0, link))
        elif kind == "hardbreak":
            runs.append(Run("\n", bold > 0, italic > 0, link))
        elif kind in ("strong_open", "strong_close"):
            bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            link = str(token.attrs.get("href", "")) or None
        elif kind == "link_close":
            link = None
        elif kind == "variable":
            runs.append(Run("", bold > 0, italic > 0, link, token.meta["name"]))
        elif on_other is not None:
            on_other(token)
        elif token.content:
            runs.append(Run(token.content, bold > 0, italic > 0, link))
    return merge_runs(runs)


_ESCAPED_PAIR = re.compile(r"\\([\\*_\[\]{}])")
_UNESCAPED_MARKUP = re.compile(r"[\\*_\[\]{}\n<`&!]")
FAST_PATH_CHARS = 2000
"""From this length, markup whose only syntax is escapes is unescaped without markdown-it, whose
escape rule costs ~25 µs a character (a 200 KB run of escaped brackets took 6 s)."""


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
real parser. tests/io/test_export_flow.py checks the two agree (hypothesis). ``parse`` takes
this path first, so compare, export and import read most blocks without markdown-it."""


_FAST_EXCLUDED_CHARS = re.compile(r"[_\\<>`&!\n]")
"""The single characters of ``_FAST_EXCLUDED``; its three pairs are looked for with ``in``."""


def fast_runs(markup: str) -> list[Run] | None:
    """Runs of simple markup, equal to ``text.markup.parse``; None when the parser is needed."""
    # Variable names may hold underscores; anywhere else "_" may be emphasis.
    probe = _FAST_VARIABLE.sub("", markup) if "{{" in markup else markup
    # _FAST_EXCLUDED's test, in parts: its alternation makes the regex engine try every
    # position of a long paragraph; a character class and three substring searches do not.
    if "***" in probe or "[[" in probe or "]]" in probe or _FAST_EXCLUDED_CHARS.search(probe):
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


_INLINE_SYNTAX = re.compile(r"[\\*_\[\]{}\n]")
"""What any inline rule of ``_parser`` starts on (escape, emphasis, link, variable, newline):
markup without one of these is its own text, with no parser needed (most paragraphs)."""


@lru_cache(maxsize=4096)
def _parse_cached(markup: str) -> tuple[Run, ...]:
    if not _INLINE_SYNTAX.search(markup):
        return (Run(markup),) if markup else ()
    fast = fast_runs(markup)
    if fast is not None:
        return tuple(fast)
    return parse_with_markdown_it(markup)


def parse_with_markdown_it(markup: str) -> tuple[Run, ...]:
    """Runs from the markdown-it parser itself (what the fast paths must agree with)."""
    if len(markup) >= FAST_PATH_CHARS and not _UNESCAPED_MARKUP.search(
        _ESCAPED_PAIR.sub("", markup)
    ):
        text = _ESCAPED_PAIR.sub(r"\1", markup)
        return (Run(text),) if text else ()
    return tuple(runs_from_tokens(_parser().parseInline(markup)[0].children or []))


def parse(markup: str) -> list[Run]:
    """Runs of ``markup``, adjacent runs with the same formatting merged."""
    return list(_parse_cached(markup))


def merge_runs(runs: Iterable[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if run.variable is None and not run.text:
            continue
        if (
            out
            and run.variable is None
            and out[-1].variable is None
            and (out[-1].bold, out[-1].italic, out[-1].link, out[-1].ltr, out[-1].missing)
            == (run.bold, run.italic, run.link, run.ltr, run.missing)
        ):
            last = out[-1]
            out[-1] = Run(
                last.text + run.text,
                last.bold,
                last.italic,
                last.link,
                last.variable,
                last.ltr,
                last.missing,
                last.continued,
            )
        else:
            out.append(run)
    return out


_ESCAPE = re.compile(r"([\\*_\[\]])")


def escape(text: str) -> str:
    """Plain text made safe to embed in markup (it parses back to the same text)."""
    if _ESCAPE.search(text):  # most text has nothing to escape: no substitution to run
        text = _ESCAPE.sub(r"\\\1", text)
    return text.replace("{{", "\\{\\{") if "{{" in text else text


def to_markup(runs: Iterable[Run]) -> str:
    """Markup for ``runs``; ``parse(to_markup(r))`` gives back equivalent runs."""
    parts: list[str] = []
    for run in runs:
        body = "{{" + run.variable + "}}" if run.variable is not None else escape(run.text)
        if not body.strip() and run.variable is None:
            parts.append(body)
            continue
        lead = body[: len(body) - len(body.lstrip())]
        trail = body[len(body.rstrip()) :]
        core = body.strip()
        if run.italic:
            core = f"*{core}*"
        if run.bold:
            core = f"**{core}**"
        if run.link is not None:
            core = f"[{core}]({run.link.replace(' ', '%20').replace(')', '%29')})"
        parts.append(lead + core + trail)
    return "".join(parts)


def plain_text(markup: str, values: Callable[[str], str | None] | None = None) -> str:
    """The text a reader sees: markup removed; variables replaced when ``values`` is given.

    Without ``values`` (or when it returns None) a variable stays as ``{{name}}``.
    """
    out: list[str] = []
    for run in parse(markup):
        if run.variable is not None:
            value = values(run.variable) if values else None
            out.append(value if value is not None else "{{" + run.variable + "}}")
        else:
            out.append(run.text)
    return "".join(out)


def variables_in(markup: str) -> list[str]:
    """Names of the variables used in ``markup``, in order of first use."""
    seen: dict[str, None] = {}
    for run in parse(markup):
        if run.variable is not None:
            seen.setdefault(run.variable, None)
    return list(seen)
