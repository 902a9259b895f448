"""Compare shows what approvers must see (issue 12): link targets, moves between sections in
imported documents (no shared ids), titles from the documents' content, not their file names."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from lxml import etree

from policy_studio.diff import Change, compare
from policy_studio.io import registry
from policy_studio.io.import_flow import read_any
from policy_studio.model import Block, BlockKind, Policy, Section
from policy_studio.oxml.tracked_changes import accepted_text, original_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _policy(en_url: str, ar_url: str) -> Policy:
    return Policy(
        source_language="en",
        target_languages=["ar"],
        title={"en": "Partners", "ar": "الشركاء"},
        sections=[
            Section(
                id="s1",
                heading=Block(
                    BlockKind.TITLE, {"en": "Who we work with", "ar": "من نعمل معهم"}, id="h1"
                ),
                blocks=[
                    Block(
                        BlockKind.PARAGRAPH,
                        {
                            "en": f"See our [partner list]({en_url}) for details.",
                            "ar": f"راجع [قائمة الشركاء]({ar_url}) للتفاصيل.",
                        },
                        id="b1",
                    )
                ],
            )
        ],
    )


def test_a_changed_link_target_is_a_change_in_json_text_and_html():
    old = _policy("https://partners.example/list", "https://partners.example/ar")
    new = _policy("https://partners.example/new-list", "https://partners.example/ar")
    redline = compare(old, new)
    entry = redline.sections[0].blocks[0]
    assert entry.change is Change.CHANGED and not entry.formatting_only
    assert redline.summary.blocks_changed == 1
    data = registry.writer("redline-json")(redline)
    block = json.loads(json.dumps(data))["sections"][0]
    assert "links" in json.dumps(block)
    links = next(b for b in _blocks(block) if b.get("links"))["links"]
    assert links == {
        "en": [
            {
                "text": "partner list",
                "old": "https://partners.example/list",
                "new": "https://partners.example/new-list",
            }
        ]
    }
    text = registry.writer("redline-text")(redline, "en")
    assert (
        "link “partner list”: [-https://partners.example/list-] → "
        "{+https://partners.example/new-list+}" in text
    )
    html = registry.writer("redline-html")(redline, lang=None, changed_only=True, title="t")
    assert "https://partners.example/new-list" in html
    # Labelled as the text redline labels it, in words: an emoji marker had no glyph in the
    # PDF redline's fonts and printed as an empty box.
    assert "link “partner list”:" in html and "\U0001f517" not in html


def _blocks(section: dict) -> list[dict]:  # type: ignore[type-arg]
    found = []
    for value in section.values():
        if isinstance(value, list):
            found += [v for v in value if isinstance(v, dict)]
        elif isinstance(value, dict):
            found.append(value)
    return found


def test_arabic_link_change_arrow_points_the_way_arabic_reads():
    old = _policy("https://partners.example/list", "https://partners.example/ar-old")
    new = _policy("https://partners.example/list", "https://partners.example/ar-new")
    redline = compare(old, new)
    html = registry.writer("redline-html")(redline, lang="ar", changed_only=True, title="t")
    assert "ar-old</bdi></del> ← <ins>" in html


def test_the_docx_redline_tracks_a_link_target_change_and_accepts_to_the_exact_text(tmp_path):
    old = _policy("https://partners.example/list", "https://partners.example/ar")
    new = _policy("https://partners.example/new-list", "https://partners.example/ar")
    out = tmp_path / "redline.docx"
    registry.writer("redline-docx")(compare(old, new), out, lang="en", title="t", author="QA")
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    paragraph = next(p for p in body.iter(f"{W}p") if p.find(f".//{W}hyperlink") is not None)
    links = paragraph.findall(f"{W}hyperlink")
    assert [targets[h.get(f"{R}id")] for h in links] == [
        "https://partners.example/list",
        "https://partners.example/new-list",
    ]
    assert links[0].find(f"{W}del") is not None and links[1].find(f"{W}ins") is not None
    assert accepted_text(paragraph) == "See our partner list for details."
    assert original_text(paragraph) == "See our partner list for details."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


OLD = """# Retention Notice

## How long we keep data

We keep invoices for seven years because tax law requires it.

We keep support tickets for two years after they are closed.

## Deleting data

You may ask us to delete your account at any time.
"""

NEW = """# Retention Notice

## How long we keep data

We keep invoices for seven years because tax law requires it.

## Deleting data

You may ask us to delete your account at any time.

We keep support tickets for three years after they are closed.
"""


def test_a_block_moved_to_another_section_of_an_imported_document_is_moved_and_changed(
    tmp_path,
):
    old = read_any(_write(tmp_path / "draft_2023.md", OLD)).policy
    new = read_any(_write(tmp_path / "final_2024.md", NEW)).policy
    redline = compare(old, new)
    changes = [(e.change, e.old_text("en")) for s in redline.sections for e in s.blocks]
    assert (
        Change.MOVED_AWAY,
        "We keep support tickets for two years after they are closed.",
    ) in changes
    moved = [e for s in redline.sections for e in s.blocks if e.change is Change.MOVED_CHANGED]
    assert [e.new_text("en") for e in moved] == [
        "We keep support tickets for three years after they are closed."
    ]
    assert redline.summary.blocks_moved == 1 and redline.summary.blocks_removed == 0
    # The titles come from the documents: the same, so no title change (not the file names).
    assert [m for m in redline.metadata if m.name == "title"] == []
