"""Untrusted text is handled in linear time by every reader and by compare (issue 18 item 9).

Each hostile token below made some pattern restart at every character: one 50 KB word took
16 s in language detection, a 120 KB run of "[[[…x](http://a)" 10 s. At 200 KB a quadratic
pattern needs minutes; the limits below leave a loaded machine plenty of room.
"""

from __future__ import annotations

import time
from html import escape as html_escape
from pathlib import Path

import pytest

from policy_studio.diff import compare
from policy_studio.io.align import evidence
from policy_studio.io.import_flow import read_any
from policy_studio.io.langdetect import _strip_links, script_of
from policy_studio.text.tokenize import tokenize

from .docx_package import make_docx, p

SIZE = 200_000
LIMIT_SECONDS = 6.0

HOSTILE = {
    "one long word": "a" * SIZE,
    "dotted word": "a." * (SIZE // 2),
    "word and digit": "a1" * (SIZE // 2),
    "at signs": "a@" * (SIZE // 2),
    "opening brackets before a link": "[" * SIZE + "x](http://a)",
    "link openings without a close": "](" * (SIZE // 2),
    "attribute openings": "{:" * (SIZE // 2),
    "domain endings": ".com" * (SIZE // 4),
    "address without a domain": "x" * SIZE + "@",
    "spaces inside a line": "word" + " " * SIZE + "|x",
    "dots before a letter": "." * SIZE + "x",
    "numbered dots": "1." * (SIZE // 2),
    "meta openings": "<meta" * (SIZE // 5),
}


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_language_detection_and_alignment_evidence_are_linear(name: str) -> None:
    token = HOSTILE[name]
    line = f"We keep your data {token} for two years."
    elapsed = _timed(lambda: (_strip_links(line), script_of(line), evidence(line), tokenize(line)))
    assert elapsed < LIMIT_SECONDS, f"{name}: {elapsed:.1f} s"


def _document(suffix: str, token: str) -> bytes:
    paragraph = f"We keep your data {token} for two years."
    arabic = "نحتفظ ببياناتك لمدة سنتين."
    if suffix == ".txt":
        return f"Privacy Notice\n\nWhat We Keep\n\n{paragraph}\n\n{arabic}\n".encode()
    if suffix == ".md":
        return f"# Privacy Notice\n\n## What We Keep\n\n{paragraph} {{: #keep }}\n".encode()
    if suffix == ".html":
        body = html_escape(paragraph)
        return (
            "<!doctype html><html lang='en'><head><title>Privacy Notice</title></head><body>"
            f"<h1>Privacy Notice</h1><h2>What We Keep</h2><p>{body}</p></body></html>"
        ).encode()
    assert suffix == ".docx"
    return make_docx(
        p("Privacy Notice", "Title") + p("What We Keep", "Heading1") + p(html_escape(paragraph))
    )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_reader_imports_a_long_token_quickly_and_keeps_it(
    tmp_path: Path, suffix: str, name: str
) -> None:
    token = HOSTILE[name]
    path = tmp_path / f"notice{suffix}"
    path.write_bytes(_document(suffix, token))
    start = time.perf_counter()
    result = read_any(path)
    elapsed = time.perf_counter() - start
    assert elapsed < LIMIT_SECONDS, f"{suffix} {name}: {elapsed:.1f} s"
    text = "".join(b.get(result.policy.source_language) for _, b in result.policy.iter_blocks())
    # The token's letters are all still there (escaping may add backslashes around them).
    letters = sum(ch.isalnum() for ch in token)
    assert sum(ch.isalnum() for ch in text) >= letters


@pytest.mark.parametrize("name", ["dotted word", "at signs", "link openings without a close"])
def test_compare_of_documents_holding_a_long_token_is_quick(tmp_path: Path, name: str) -> None:
    token = HOSTILE[name]
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(f"Privacy Notice\n\nWe keep {token} data.\n", encoding="utf-8")
    new.write_text(f"Privacy Notice\n\nWe keep {token}x data longer.\n", encoding="utf-8")
    elapsed = _timed(lambda: compare(read_any(old).policy, read_any(new).policy))
    assert elapsed < 2 * LIMIT_SECONDS, f"{name}: {elapsed:.1f} s"
