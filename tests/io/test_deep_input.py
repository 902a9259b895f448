"""Deep nesting and huge paragraphs keep their text and say so (issue 18 item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.io.import_flow import read_any
from policy_studio.io.intermediate import Role
from policy_studio.io.readers.html import parse_html


def _texts(path: Path) -> tuple[list[str], list[str]]:
    result = read_any(path)
    texts = [t for s in result.policy.sections for b in s.all_blocks() for t in b.text.values()]
    return texts, result.report.warnings


@pytest.mark.parametrize("indent", [2, 4])
def test_a_list_nested_thirty_levels_keeps_every_item_and_the_rest(tmp_path, indent):
    items = "".join(" " * indent * i + f"- level {i}\n" for i in range(30))
    path = tmp_path / "deep.md"
    path.write_text(f"# Notice\n\nIntro.\n\n{items}\n## After\n\nThe tail survives.\n")
    texts, warnings = _texts(path)
    assert [f"level {i}" for i in range(30)] == [t for t in texts if t.startswith("level")]
    assert "After" in texts and "The tail survives." in texts
    assert any("nested too deeply were flattened" in w for w in warnings)


def test_quotes_nested_forty_deep_keep_their_text(tmp_path):
    quotes = "".join(">" * i + f" quote {i}\n\n" for i in range(1, 41))
    path = tmp_path / "quotes.md"
    path.write_text(f"# Notice\n\n{quotes}## After\n\nThe tail survives.\n")
    texts, warnings = _texts(path)
    assert sum(t.startswith("quote") for t in texts) == 40
    assert "The tail survives." in texts and warnings


@pytest.mark.parametrize("depth", [300, 5000])
def test_html_nested_past_the_parser_limit_keeps_the_rest_of_the_page(tmp_path, depth):
    page = (
        "<html><body><h1>Notice</h1><p>Intro.</p>"
        + "<div>" * depth
        + "<p>Deep text.</p>"
        + "</div>" * depth
        + "<h2>After</h2><p>The tail survives.</p></body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(page)
    texts, warnings = _texts(path)
    assert {"Intro.", "Deep text.", "After", "The tail survives."} <= set(texts)
    assert any("flattened" in w or "nested too deeply" in w for w in warnings)


def test_text_straight_inside_body_is_a_paragraph(tmp_path):
    path = tmp_path / "loose.html"
    path.write_text("<html><body><h1>Notice</h1> Loose words. <p>Kept.</p></body></html>")
    texts, _ = _texts(path)
    assert "Loose words." in texts and "Kept." in texts


def test_a_paragraph_over_ten_megabytes_is_read(tmp_path):
    words = "word " * 2_200_000
    lines = parse_html(f"<html><body><h1>Notice</h1><p>{words}</p><p>Tail.</p></body></html>")
    paragraphs = [line.text for line in lines if line.role is Role.PARAGRAPH]
    assert len(paragraphs) == 2 and len(paragraphs[0]) > 10_000_000
