"""The Markdown reader skips markdown-it's inline parse for text with no inline syntax.

`compare` of two long Markdown files reads ~8,000 paragraphs; most hold plain words. The
reader's core rule hands such text over as one text token, and its markup is the escaped
text. These tests check that what the reader gives is exactly what markdown-it's own inline
rule gives, on every kind of inline syntax and on random text.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_studio.io.readers import markdown

FIXTURES = Path(__file__).parent / "fixtures"


def _lines_both_ways(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    def lines(fast: bool) -> list[tuple[object, ...]]:
        original = markdown.markdown_parser
        markdown.markdown_parser = lambda **_: original(fast_inline=fast)  # type: ignore[assignment]
        try:
            found = markdown.parse_markdown(text)
        finally:
            markdown.markdown_parser = original  # type: ignore[assignment]
        return [(line.role, line.level, line.text, line.line, line.anchor) for line in found]

    return lines(True), lines(False)


SAMPLES = [
    "# Title\n\nPlain words, numbers 12.5% and dashes - all of it; (a) and {{name}}.\n",
    "A **bold** word, *italic*, _under_ and `code` and [a link](https://x.example/a_b).\n",
    "Escapes \\* and \\_ and \\[ stay; an entity &amp; and <b>raw</b> HTML; an image ![i](p.png)\n",
    "An autolink <https://x.example> and a hard  \nbreak and a soft\nbreak.\n",
    "- item one\n- item {: #x } two\n\n1. first\n2. second ]\n",
    "| a | b |\n|---|---|\n| plain cell | *styled* cell |\n",
    "Text with a reference [label][ref].\n\n[ref]: https://ref.example\n",
    "نص عربي بدون أي رموز، وأرقام ١٢٣ ونقطة.\n",
    "Fees &amp; charges &#169; 2024 and nothing else.\n",
    "Look! An exclamation and a bracket ] alone.\n",
    "Tick `this` only.\n",
]


def test_plain_text_takes_the_fast_path_and_reads_the_same():
    for sample in SAMPLES:
        fast, full = _lines_both_ways(sample)
        assert fast == full, sample


def test_the_fast_path_is_taken_for_plain_paragraphs_only():
    tokens = markdown.markdown_parser().parse("Plain words here.\n\nA **bold** one.\n")
    inline = [token for token in tokens if token.type == "inline"]
    assert [child.type for child in inline[0].children or []] == ["text"]
    assert [child.type for child in inline[1].children or []] == [
        "text",
        "strong_open",
        "text",
        "strong_close",
        "text",
    ]


def test_fixtures_read_the_same_both_ways():
    for path in sorted(FIXTURES.glob("*.md")):
        fast, full = _lines_both_ways(path.read_text(encoding="utf-8"))
        assert fast == full, path.name


_ALPHABET = "ab c\n\\`*_[]!<>&(){}:;#-1.|é ع"
_PIECES = ["&amp;", "&#169;", "<https://x.example>", "<b>", "![i](p.png)", "[l](u)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12) | st.sampled_from(_PIECES), max_size=12))
def test_random_text_reads_the_same_both_ways(pieces: list[str]) -> None:
    fast, full = _lines_both_ways("".join(pieces))
    assert fast == full
