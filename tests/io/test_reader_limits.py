"""Time and memory within the limits (issue 18 item 11), asserted as work done, not as time.

Timings on a shared machine are noise; what makes an import slow is work that grows faster
than the input. These tests count the characters the language detector scans: a paragraph's
language is decided on a bounded sample, so a 4 MB paragraph costs what a 4 KB one costs.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from policy_studio.io import langdetect
from policy_studio.io.intermediate import Line, Role
from policy_studio.io.package_safety import MAX_PARAGRAPHS, ImportFileError


class _Counting:
    """A compiled pattern that adds the length of every string it scans to ``scanned``."""

    def __init__(self, pattern: re.Pattern[str], scanned: list[int]) -> None:
        self._pattern = pattern
        self._scanned = scanned

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._scanned.append(len([a for a in args if isinstance(a, str)][-1]))
            return method(*args, **kwargs)

        return counted


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counts: list[int] = []
    for name in dir(langdetect):
        value = getattr(langdetect, name)
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(langdetect, name, _Counting(value, counts))
    return counts


PARAGRAPHS = {
    "en": "We keep your records safe and we share them with the clinic only when you agree. ",
    "fr": "Nous gardons vos données dans nos dossiers et nous les partageons avec vous. ",
    "sw": "Tunahifadhi taarifa zako binafsi na kuzitumia kwa huduma zetu kama ulivyokubali. ",
    "ar": "نحتفظ بسجلاتك بأمان ولا نشاركها إلا بموافقتك على ذلك في كل الأحوال. ",
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_long_paragraph_is_judged_on_a_bounded_sample(scanned, lang):
    work = []
    for repeat in (50, 50_000):  # about 4 KB and 4 MB
        scanned.clear()
        lines = [
            Line(Role.HEADING, "Records", 1),
            Line(Role.PARAGRAPH, PARAGRAPHS[lang] * repeat),
        ]
        main = langdetect.detect_languages(lines)
        assert lines[1].lang == lang
        assert main == lang
        work.append(sum(scanned))
    # The same work for a paragraph a thousand times longer: a bounded sample, not the text.
    assert work[1] <= work[0] * 1.5
    assert work[1] < 20 * langdetect.SAMPLE_CHARS


def test_the_sample_is_deterministic_and_cut_at_words():
    text = " ".join(f"word{n}" for n in range(400_000))
    sample = langdetect.sample(text)
    assert sample == langdetect.sample(text)
    assert len(sample) <= langdetect.SAMPLE_CHARS + langdetect.SAMPLE_WINDOWS
    # Every piece of the sample is a whole word of the text.
    assert all(re.fullmatch(r"word\d+", word) for word in sample.split())
    assert sample.startswith("word0 ") and sample.endswith(" word399999")


# -- the size limits: refused with the reason, before the costly work ------------------------


def test_a_text_file_over_the_character_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from policy_studio.io.readers import txt

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("structure recovery ran on a file over the limit")

    monkeypatch.setattr(txt, "classify_text", never)
    path = tmp_path / "huge.txt"
    path.write_text("We keep records. " * 800_000, encoding="utf-8")  # 13.6 million characters
    with pytest.raises(ImportFileError) as refused:
        txt.parse(path)
    message = str(refused.value)
    assert str(path) in message
    assert "13.6 million characters" in message and "limit is 12 million" in message


def test_a_markdown_file_with_too_many_paragraphs_is_refused(tmp_path):
    from policy_studio.io.readers import markdown

    path = tmp_path / "tiny.md"
    path.write_text("\n\n".join(f"Item {n}." for n in range(MAX_PARAGRAPHS + 1)), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"30,001 paragraphs; the import limit is 30,000"):
        markdown.parse(path)


def test_a_docx_with_too_many_paragraphs_is_refused_before_the_walk(tmp_path, monkeypatch):
    from policy_studio.io.readers import docx

    from .docx_package import make_docx

    monkeypatch.setattr(docx._Paragraphs, "body", lambda self: pytest.fail("walked"))
    path = tmp_path / "many.docx"
    rng = random.Random(7)  # varied text: a repetitive body is refused as a zip bomb instead
    words = "records clinic visit payment consent access retention".split()
    body = "".join(
        f"<w:p><w:r><w:t>{rng.randrange(10**6)} {rng.choice(words)}</w:t></w:r></w:p>"
        for _ in range(MAX_PARAGRAPHS + 1)
    )
    path.write_bytes(make_docx(body))
    with pytest.raises(ImportFileError, match=r"many\.docx: the document has 30,001 paragraphs"):
        docx.parse(path)


def test_an_xml_part_over_its_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    from policy_studio.io import package_safety
    from policy_studio.io.readers import docx

    from .docx_package import make_docx, p

    monkeypatch.setattr(package_safety, "MAX_XML_PART_BYTES", 4096)
    path = tmp_path / "big.docx"
    path.write_bytes(make_docx(p("A long paragraph of policy text. " * 200)))
    with pytest.raises(ImportFileError, match=r"big\.docx: word/document\.xml is 0 MB of XML"):
        docx.parse(path)


def test_a_page_with_too_many_tags_is_refused_before_parsing(tmp_path):
    from policy_studio.io.readers import html

    path = tmp_path / "tags.html"
    path.write_text("<p>" + "<b>x</b>" * 300_001 + "</p>", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"tags\.html: the page has 600,00\d tags"):
        html.parse(path)


def test_an_eleven_megabyte_paragraph_imports_whole(tmp_path):
    """Within the limits: imported, every word kept (it took ~17 s, mostly language
    detection; now the detector reads a sample of it)."""
    from policy_studio.io.import_flow import read_any

    path = tmp_path / "long.html"
    words = "Nous gardons vos données et nous les partageons avec vous seulement. " * 160_000
    path.write_text(f"<html><body><h1>Avis</h1><p>{words}</p></body></html>", encoding="utf-8")
    result = read_any(path)
    assert result.policy.languages == ["fr"]
    [block] = result.policy.sections[0].blocks if result.policy.sections else [None]
    assert block is not None and len(block.get("fr")) == len(words.strip())
    assert result.report.words["fr"].unaccounted == 0


def test_a_docx_import_parses_no_plain_paragraph_with_markdown_it(tmp_path, monkeypatch):
    """The DOCX reader used to run the inline Markdown parser on every paragraph to look for
    the "[not translated]" title: half of a 10 MB body's import. Counted, not timed."""
    from policy_studio.io.import_flow import read_any
    from policy_studio.text import markup

    from .docx_package import make_docx, p, r

    calls: list[str] = []
    real = markup.parse_with_markdown_it

    def counted(text: str) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(markup, "parse_with_markdown_it", counted)
    markup._parse_cached.cache_clear()
    body = p("Records", "Heading1") + "".join(
        p("", runs=r(f"We keep record {n} for the clinic ") + r("always", "<w:b/>"))
        for n in range(2000)
    )
    path = tmp_path / "plain.docx"
    path.write_bytes(make_docx(body))
    result = read_any(path)
    assert len(result.policy.sections[0].blocks) == 2000
    assert calls == []
