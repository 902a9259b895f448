"""Redline as JSON, text and HTML: what the headless diff command prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from policy_studio.diff import compare
from policy_studio.io import registry


def test_json_has_the_summary_and_every_change_with_section_and_kind(policy_pair):
    old, new = policy_pair
    data = registry.writer("redline-json")(compare(old, new, old_label="1.0", new_label="2.0"))
    json.dumps(data)  # serialisable as it is
    assert data["summary"]["sections_moved"] == 1
    kinds = {(s["old_id"] or s["new_id"], s["change"]) for s in data["sections"]}
    assert ("s-contact", "moved and changed") in kinds
    assert ("s-old", "removed") in kinds and ("s-new", "added") in kinds
    edited = next(s for s in data["sections"] if s["new_id"] == "s-data")["changes"][0]
    assert edited["old"]["en"] == "We keep notes for two seasons."
    assert edited["new"]["en"] == "We keep notes for three seasons."
    assert {"op": "delete", "text": "two"} in edited["segments"]["en"]


def test_text_marks_deletions_and_insertions(policy_pair):
    old, new = policy_pair
    text = registry.writer("redline-text")(compare(old, new), "en")
    assert "We keep notes for [-two-]{+three+} seasons." in text
    assert "moved from 4 and changed" in text
    assert "Sections: 1 added, 1 removed, 1 moved, 2 changed" in text


def test_html_uses_ins_del_sets_direction_and_escapes_text(policy_pair):
    old, new = policy_pair
    new.sections[1].blocks[0].text["en"] = "We note <script>alert(1)</script> & your name."
    page = registry.writer("redline-html")(compare(old, new))
    assert "<script>" not in page and "&lt;script&gt;" in page
    tree = lxml_html.fromstring(page)
    parts = {div.get("lang"): div for div in tree.find_class("lang-part")}
    assert parts["ar"].get("dir") == "rtl"
    assert tree.get("lang") == "en" and tree.get("dir") == "ltr"
    assert [d.text_content() for d in parts["en"].iter("del")].count("two") == 1
    assert "ثلاثة مواسم" in [i.text_content() for i in parts["ar"].iter("ins")]
    # Latin addresses inside Arabic text are isolated so they do not reorder the sentence.
    assert any("garden.example" in b.text_content() for b in parts["ar"].iter("bdi"))
    assert "@media print" in page


def test_html_changed_only_leaves_out_untouched_sections(policy_pair):
    old, new = policy_pair
    page = registry.writer("redline-html")(compare(old, new), lang="en", changed_only=True)
    assert "Who we are" not in page and "What we note down" in page


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("redline_pair.txt", lambda r: registry.writer("redline-text")(r)),
        ("redline_pair.html", lambda r: registry.writer("redline-html")(r, title="Garden Club")),
    ],
)
def test_output_matches_the_reviewed_golden_file(policy_pair, name, render):
    """Golden files (English and Arabic) were read and checked by hand; a difference here is
    a change to review, not to overwrite."""
    old, new = policy_pair
    output = render(compare(old, new, old_label="1.0", new_label="2.0"))
    assert output == (GOLDEN / name).read_text(encoding="utf-8")


def test_a_users_redline_template_runs_sandboxed_and_errors_name_the_file(tmp_path, policy_pair):
    from policy_studio.diff import compare
    from policy_studio.io import registry
    from policy_studio.model import PolicyStudioError

    old, new = policy_pair
    redline = compare(old, new, ["en"])
    hostile = tmp_path / "mine.html"
    hostile.write_text("{{ heading.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    with pytest.raises(PolicyStudioError, match="mine.html"):
        registry.writer("redline-html")(redline, template=hostile)
    plain = tmp_path / "plain.html"
    plain.write_text("<h1>{{ heading }}</h1>", encoding="utf-8")
    assert registry.writer("redline-html")(redline, template=plain, title="<b>") == (
        "<h1>&lt;b&gt;</h1>"
    )
