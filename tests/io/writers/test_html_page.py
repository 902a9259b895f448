"""Our HTML page is written by Python (io/writers/html.page), so that an export does not load
Jinja2 (issue 14: HTML ≤ 0.1 × pandoc as a whole command). It must be exactly the page that
resources/templates/policy.html.j2 — the template users start their own from — renders: byte
for byte, through Jinja with our objects and through the sandbox as a user's template, over
every layout, option and cover line the template looks at. A change to one of the two fails
here until the other says the same."""

from __future__ import annotations

import itertools

import pytest

from policy_studio.io.resources import resource_path
from policy_studio.io.writers.html import DEFAULT_TEMPLATE, page, render_with_template
from policy_studio.layout import ExportOptions, Layout, Signer, build
from policy_studio.layout.options import ApprovalStamp
from policy_studio.model import Block, BlockKind, Policy, Section
from tests.conftest import make_hostile_policy, make_layout_policy
from tests.tables.fixtures import table_block

TEMPLATE = resource_path(DEFAULT_TEMPLATE)


def _policy(kind: str) -> Policy:
    policy = make_hostile_policy() if kind == "hostile" else make_layout_policy()
    if kind == "cover":
        # Every cover line, in both languages, with characters the two escapers write
        # differently (html.escape and markupsafe: &quot; / &#34;) and Latin inside Arabic.
        policy.title["en"] = 'The "Acme" & <Partners> notice'
        policy.set_meta("subtitle", "en", "For members' eyes")
        policy.set_meta("subtitle", "ar", "للأعضاء (2025)")
        policy.set_meta("address", "en", "1 Quay Street\nHarbour Town")
        policy.set_meta("address", "ar", "1 شارع الرصيف\nمدينة الميناء")
        policy.organization = 'Acme "Ltd" & Sons'
    if kind == "bare":
        # No organisation, version or date: no organisation line, no facts, no author.
        policy.organization = policy.version_label = policy.effective_date = ""
        policy.meta.clear()
    if kind == "tables":
        policy.sections[0].blocks.insert(1, table_block())
        policy.sections.append(Section(heading=Block(BlockKind.TITLE, {"en": "Empty"}), blocks=[]))
        policy.sections[0].blocks[0].direction = "rtl"
    if kind == "sw":
        policy.target_languages.append("sw")
        policy.sections[0].blocks[0].text["sw"] = "Tunakusanya **maelezo machache**."
        policy.sections[0].heading.text["sw"] = "Tunachokusanya"
    return policy


def _options(layout: Layout, langs: list[str], variant: str) -> ExportOptions:
    options = ExportOptions(langs, layout)
    if variant == "signed":
        options.signoff = [Signer("Amina Yusuf", "DPO"), Signer('R. "Bo" Ali', "CEO & chair")]
        options.approval = ApprovalStamp(
            "Amina Yusuf", "2025-03-01T10:00:00+00:00", "2.1", {"en": "ab" * 32, "ar": "cd" * 32}
        )
        options.author = "Legal <team>"
    elif variant == "draft-no-toc":
        options.draft = True
        options.toc = False
        options.native_digits = True
    elif variant == "approval-only":
        options.approval = ApprovalStamp("Amina Yusuf", "2025-03-01T10:00:00+00:00", "2.1", {})
        options.title = "Custom & 'quoted' title"
    return options


LAYOUTS = [
    (Layout.SINGLE, ["en"]),
    (Layout.SINGLE, ["ar"]),
    (Layout.COLUMNS, ["en", "ar"]),
    (Layout.COLUMNS, ["ar", "en"]),
    (Layout.SEQUENTIAL, ["en", "ar"]),
]
CASES = [
    (kind, layout, langs, variant)
    for kind, (layout, langs), variant in itertools.product(
        ["layout", "cover", "bare", "tables", "hostile"],
        LAYOUTS,
        ["plain", "signed", "draft-no-toc", "approval-only"],
    )
] + [
    ("sw", Layout.SEQUENTIAL, ["en", "ar", "sw"], "signed"),
    ("sw", Layout.SEQUENTIAL, ["sw", "en", "ar"], "draft-no-toc"),
]


@pytest.mark.parametrize(("kind", "layout", "langs", "variant"), CASES, ids=str)
def test_the_python_page_is_the_templates_page_byte_for_byte(kind, layout, langs, variant):
    doc = build(_policy(kind), _options(layout, langs, variant), ["retention_period"])
    written = page(doc)
    assert written == render_with_template(doc, TEMPLATE, trusted=True)
    assert written == render_with_template(doc, TEMPLATE)  # sandboxed, as a user's template
    assert written.startswith("<!DOCTYPE html>\n") and written.endswith("</html>\n")


def test_the_cases_reach_every_branch_of_the_template():
    # The comparison above is only as good as what it shows the template: each optional
    # part of the page appears in some case and is missing from another.
    pages = [
        page(build(_policy(kind), _options(layout, langs, variant), ["retention_period"]))
        for kind, layout, langs, variant in CASES
    ]
    for marker in [
        '<p class="subtitle">',
        '<p class="address">',
        '<p class="organization">',
        '<p class="facts">',
        '<meta name="author"',
        'class="draft-notice"',
        '<nav class="toc" aria-label',
        '<nav class="toc toc-columns"',
        '<section class="signoff">',
        'class="approval-record"',
        '<td class="line">',
        '<header class="columns-title">',
        "<article",
        "<thead><tr><th lang=",
        '<table class="content"',
        'dir="rtl"><p',
    ]:
        having = sum(marker in p for p in pages)
        assert 0 < having < len(pages), marker
