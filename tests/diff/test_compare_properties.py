"""Property tests over whole policies: random edits, moves, insertions and deletions of sections
and blocks (English and Arabic); the Redline must rebuild both versions exactly, and so must
the tracked-changes DOCX when every change is accepted or rejected."""

from __future__ import annotations

import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from policy_studio.diff import Change, compare, document_lines
from policy_studio.io import registry
from policy_studio.model import Block, BlockKind, Policy, Section
from policy_studio.oxml.tracked_changes import accepted_text, original_text

EN = [
    "we",
    "keep",
    "your",
    "records",
    "for",
    "two",
    "years",
    "and",
    "share",
    "them",
    "never",
    "12",
    "e-mail",
    ",",
    ".",
]
AR = ["نحتفظ", "بسجلاتك", "والبيانات", "لمدة", "سنتين", "ولا", "نشاركها", "أبدًا", "١٢", "،", "."]

words = st.lists(st.sampled_from(EN), min_size=1, max_size=12).map(" ".join)
arabic = st.lists(st.sampled_from(AR), min_size=1, max_size=12).map(" ".join)


@st.composite
def policies(draw):
    """An old policy and a new one made from it by random structural and word edits."""
    counter = iter(range(10_000))
    sections = []
    for _ in range(draw(st.integers(1, 5))):
        sid = f"s{next(counter)}"
        blocks = [
            Block(
                BlockKind.PARAGRAPH, {"en": draw(words), "ar": draw(arabic)}, id=f"b{next(counter)}"
            )
            for _ in range(draw(st.integers(0, 4)))
        ]
        heading = Block(BlockKind.TITLE, {"en": draw(words), "ar": draw(arabic)}, id=f"{sid}.t")
        sections.append(Section(heading=heading, blocks=blocks, id=sid))
    old = Policy(title={"en": "P"}, id="p", target_languages=["ar"], sections=sections)
    new = old.copy()
    for _ in range(draw(st.integers(0, 8))):
        action = draw(
            st.sampled_from(
                [
                    "edit",
                    "edit",
                    "move_section",
                    "drop_section",
                    "add_section",
                    "move_block",
                    "drop_block",
                    "add_block",
                ]
            )
        )
        if not new.sections and action != "add_section":
            continue
        section = draw(st.sampled_from(new.sections)) if new.sections else None
        if action == "edit" and section is not None:
            block = draw(st.sampled_from(section.all_blocks()))
            block.text["en" if draw(st.booleans()) else "ar"] = draw(words | arabic)
        elif action == "move_section":
            moved = new.sections.pop(draw(st.integers(0, len(new.sections) - 1)))
            new.sections.insert(draw(st.integers(0, len(new.sections))), moved)
        elif action == "drop_section":
            new.sections.remove(section)
        elif action == "add_section":
            sid = f"n{next(counter)}"
            new.sections.insert(
                draw(st.integers(0, len(new.sections))),
                Section(
                    heading=Block(
                        BlockKind.TITLE, {"en": draw(words), "ar": draw(arabic)}, id=f"{sid}.t"
                    ),
                    id=sid,
                ),
            )
        elif action == "move_block" and section is not None and section.blocks:
            block = section.blocks.pop(draw(st.integers(0, len(section.blocks) - 1)))
            target = draw(st.sampled_from(new.sections))
            target.blocks.insert(draw(st.integers(0, len(target.blocks))), block)
        elif action == "drop_block" and section is not None and section.blocks:
            section.blocks.pop(draw(st.integers(0, len(section.blocks) - 1)))
        elif action == "add_block" and section is not None:
            section.blocks.insert(
                draw(st.integers(0, len(section.blocks))),
                Block(
                    BlockKind.BULLET,
                    {"en": draw(words), "ar": draw(arabic)},
                    id=f"x{next(counter)}",
                ),
            )
    return old, new


@settings(max_examples=150, deadline=None)
@given(policies())
def test_redline_rebuilds_both_versions_in_both_languages(pair):
    old, new = pair
    redline = compare(old, new)
    for lang in ("en", "ar"):
        assert redline.old_lines(lang) == document_lines(old, lang)
        assert redline.new_lines(lang) == document_lines(new, lang)
    # Nothing that kept its id is ever reported as removed and added at once.
    removed = {e.old_id for _, e in redline.entries() if e.change is Change.REMOVED}
    added = {e.new_id for _, e in redline.entries() if e.change is Change.ADDED}
    assert not removed & added


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(policies(), st.sampled_from(["en", "ar"]))
def test_docx_accept_all_and_reject_all_for_random_edits(tmp_path, export_lines, pair, lang):
    old, new = pair
    path = tmp_path / "r.docx"
    registry.writer("redline-docx")(compare(old, new, [lang]), path, date="2026-01-01T00:00:00Z")
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    paragraphs = [
        p
        for p in body.findall(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is None
        or p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") not in ("Title", "Heading1")
    ]
    accepted = [t for t in map(accepted_text, paragraphs) if t is not None]
    original = [t for t in map(original_text, paragraphs) if t is not None]
    assert accepted == export_lines(new, lang)
    assert original == export_lines(old, lang)


# -- formatting: bold, italic, links and list items survive Accept All / Reject All ---------

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
LRM = "\u200e"
EN_WORDS = ["we", "keep", "your", "records", "for", "two", "years", "call", "+255 22 211 0000"]
AR_WORDS = ["نحتفظ", "بسجلاتك", "لمدة", "سنتين", "اتصل", "على", "+255 22 211 0000", "2025-03-01"]
STYLES = [
    lambda w: w,
    lambda w: w,
    lambda w: f"**{w}**",
    lambda w: f"*{w}*",
    lambda w: f"[{w}](https://a.example/terms)",
    lambda w: f"[{w}](https://b.example/terms)",
]
KINDS = [BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.NUMBERED]


def _styled(draw, words_: list[str]) -> str:
    return " ".join(draw(st.sampled_from(STYLES))(w) for w in words_)


@st.composite
def styled_policies(draw):
    """An old policy with bold, italic, links and lists, and a new one where some blocks
    changed only their formatting (same words), their kind, or their words."""
    counter = iter(range(10_000))
    plain: dict[str, dict[str, list[str]]] = {}
    sections = []
    for _ in range(draw(st.integers(1, 3))):
        sid = f"s{next(counter)}"
        blocks = []
        for _ in range(draw(st.integers(1, 4))):
            en = draw(st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=6))
            ar = draw(st.lists(st.sampled_from(AR_WORDS), min_size=1, max_size=6))
            block = Block(
                draw(st.sampled_from(KINDS)),
                {"en": _styled(draw, en), "ar": _styled(draw, ar)},
                id=f"b{next(counter)}",
            )
            plain[block.id] = {"en": en, "ar": ar}
            blocks.append(block)
        heading = Block(BlockKind.TITLE, {"en": "Title", "ar": "عنوان"}, id=f"{sid}.t")
        sections.append(Section(heading=heading, blocks=blocks, id=sid))
    old = Policy(title={"en": "P"}, id="p", target_languages=["ar"], sections=sections)
    new = old.copy()
    for _ in range(draw(st.integers(1, 6))):
        section = draw(st.sampled_from(new.sections))
        block = draw(st.sampled_from(section.blocks))
        action = draw(st.sampled_from(["restyle", "restyle", "kind", "words", "drop", "add"]))
        lang = draw(st.sampled_from(["en", "ar"]))
        vocab = EN_WORDS if lang == "en" else AR_WORDS
        if action == "restyle":
            block.text[lang] = _styled(draw, plain[block.id][lang])
        elif action == "kind":
            block.kind = draw(st.sampled_from(KINDS))
        elif action == "words":
            block.text[lang] = _styled(
                draw, draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=6))
            )
        elif action == "drop" and len(section.blocks) > 1:
            section.blocks.remove(block)
        elif action == "add":
            en = draw(st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=4))
            ar = draw(st.lists(st.sampled_from(AR_WORDS), min_size=1, max_size=4))
            added = Block(
                draw(st.sampled_from(KINDS)),
                {"en": _styled(draw, en), "ar": _styled(draw, ar)},
                id=f"x{next(counter)}",
            )
            plain[added.id] = {"en": en, "ar": ar}
            section.blocks.insert(draw(st.integers(0, len(section.blocks))), added)
    return old, new


def _merged(runs):
    out: list[tuple[str, bool, bool, str | None]] = []
    for text, bold, italic, link in runs:
        text = text.replace(LRM, "")
        if not text:
            continue
        if out and out[-1][1:] == (bold, italic, link):
            out[-1] = (out[-1][0] + text, bold, italic, link)
        else:
            out.append((text, bold, italic, link))
    return out


def _expected(policy: Policy, lang: str):
    """Per line of the export: (formatted runs, is a list item)."""
    from policy_studio.text.markup import parse

    out = []
    for number, section in enumerate(policy.sections, 1):
        title = [(f"{number}. ", False, False, None)]
        title += [(r.text, r.bold, r.italic, r.link) for r in parse(section.heading.get(lang))]
        out.append((_merged(title), False))
        for block in section.blocks:
            runs = [(r.text, r.bold, r.italic, r.link) for r in parse(block.get(lang))]
            out.append((_merged(runs), block.kind in (BlockKind.BULLET, BlockKind.NUMBERED)))
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(styled_policies(), st.sampled_from(["en", "ar"]))
def test_docx_accept_all_and_reject_all_keep_formatting_and_lists(tmp_path, pair, lang):
    """Bold, italic, link targets and list items: Accept All gives the new version's
    formatting and Reject All the old one's, including changes of formatting alone."""
    from policy_studio.oxml.tracked_changes import accepted_runs, original_runs, paragraph_style

    old, new = pair
    path = tmp_path / "r.docx"
    registry.writer("redline-docx")(compare(old, new, [lang]), path, date="2026-01-01T00:00:00Z")
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    paragraphs = [
        p
        for p in body.findall(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is None
        or p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") not in ("Title", "Heading1")
    ]

    def read(reader, accepted):
        out = []
        for p in paragraphs:
            runs = reader(p)
            if runs is None:
                continue
            merged = _merged([(r.text, r.bold, r.italic, targets.get(r.link)) for r in runs])
            out.append((merged, paragraph_style(p, accepted=accepted)[1]))
        return out

    assert read(accepted_runs, True) == _expected(new, lang)
    assert read(original_runs, False) == _expected(old, lang)
