"""HTML export parsed back by lxml: structure, lang/dir, <bdi>, escaping, links, golden bodies."""

from __future__ import annotations

import os
from pathlib import Path

import lxml.html
import pytest

from policy_studio.io.writers.html import render_html, write_html
from policy_studio.layout.options import ExportOptions, Layout, Signer
from policy_studio.model import Policy, PolicyStudioError

GOLDEN = Path(__file__).parent / "golden"

CASES = [
    (["en"], Layout.SINGLE),
    (["ar"], Layout.SINGLE),
    (["en", "ar"], Layout.COLUMNS),
    (["en", "ar"], Layout.SEQUENTIAL),
    (["ar", "en"], Layout.SEQUENTIAL),
]


def page(
    export_policy: Policy, langs: list[str], layout: Layout, **kw: object
) -> lxml.html.HtmlElement:
    html, _ = render_html(export_policy, ExportOptions(langs, layout, **kw))  # type: ignore[arg-type]
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize(("langs", "layout"), CASES, ids=lambda c: str(c))
def test_main_matches_the_reviewed_golden_file(
    export_policy: Policy, langs: list[str], layout: Layout
) -> None:
    root = page(export_policy, langs, layout, signoff=[Signer("Amina Yusuf", "DPO")])
    got = "".join(
        lxml.html.tostring(root.find(f".//{tag}"), encoding="unicode") for tag in ("main", "nav")
    )
    golden = GOLDEN / f"html_{layout.value}_{'_'.join(langs)}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_arabic_page_is_rtl_with_latin_items_isolated(export_policy: Policy) -> None:
    root = page(export_policy, ["ar"], Layout.SINGLE)
    assert (root.get("lang"), root.get("dir")) == ("ar", "rtl")
    article = root.find(".//article")
    assert (article.get("lang"), article.get("dir")) == ("ar", "rtl")
    assert "privacy@acme.example" in [b.text_content() for b in root.iter("bdi")]
    assert [li.text_content() for li in root.findall(".//section[@id='s1-ar']/ol/li")] == [
        "اسمك.",
        "رقم هاتفك.",
    ]


def test_columns_put_each_language_in_its_own_cell_with_its_direction(
    export_policy: Policy,
) -> None:
    root = page(export_policy, ["en", "ar"], Layout.COLUMNS)
    assert root.get("dir") == "ltr"
    rows = root.findall(".//table[@class='columns']/tbody/tr")
    assert len(rows) == 2 + 8
    for row in rows:
        left, right = row.findall("td")
        assert (left.get("lang"), left.get("dir"), right.get("lang"), right.get("dir")) == (
            "en",
            "ltr",
            "ar",
            "rtl",
        )
    second = rows[3].findall("td")
    assert second[0].find("ol").get("start") == "2"
    assert second[1].find("ol").get("start") == "2"


def test_every_direction_change_is_marked(export_policy: Policy) -> None:
    root = page(export_policy, ["en", "ar"], Layout.SEQUENTIAL)
    articles = root.findall(".//article")
    assert [(a.get("lang"), a.get("dir")) for a in articles] == [("en", "ltr"), ("ar", "rtl")]
    header = articles[1].find("header")
    assert header.get("dir") == "rtl"


def test_hostile_text_comes_out_inert(hostile_policy: Policy, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    report = write_html(hostile_policy, out, ExportOptions(["en", "ar"], Layout.COLUMNS))
    text = out.read_text(encoding="utf-8")
    root = lxml.html.document_fromstring(text)
    assert root.findall(".//script") == []
    assert "\u202e" not in text
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text
    assert all(
        a.get("href").startswith(("https:", "http:", "mailto:", "#")) for a in root.iter("a")
    )
    assert not [e for e in root.iter() if any(k.startswith("on") for k in e.attrib)]
    assert "Content-Security-Policy" in text
    assert any("bidi override" in w for w in report.warnings)


def test_the_page_is_self_contained(export_policy: Policy) -> None:
    root = page(export_policy, ["en"], Layout.SINGLE, signoff=[Signer("Amina Yusuf", "DPO")])
    assert root.findall(".//link") == [] and root.findall(".//img") == []
    assert "@media print" in root.find(".//style").text
    assert [td.text_content() for td in root.findall(".//section[@class='signoff']//tbody/tr/td")][
        :2
    ] == [
        "Amina Yusuf",
        "DPO",
    ]
    toc = [a.get("href") for a in root.findall(".//nav//a")]
    assert toc == ["#s1-en", "#s2-en"]
    assert all(root.find(f".//*[@id='{h[1:]}']") is not None for h in toc)


def test_a_user_template_replaces_the_default_and_still_escapes(
    export_policy: Policy, tmp_path: Path
) -> None:
    template = tmp_path / "mine.html"
    template.write_text("<h1>{{ doc.title }}</h1>{{ parts[0].sections[0].items[0].runs[0].text }}")
    export_policy.title["en"] = "<i>Notice</i>"
    html, _ = render_html(export_policy, ExportOptions(["en"], template=template))
    assert html == "<h1>&lt;i&gt;Notice&lt;/i&gt;</h1>We collect "


def test_a_broken_template_is_a_clear_error(export_policy: Policy, tmp_path: Path) -> None:
    template = tmp_path / "broken.html"
    template.write_text("{% for x in %}")
    with pytest.raises(PolicyStudioError, match="broken.html"):
        render_html(export_policy, ExportOptions(["en"], template=template))
