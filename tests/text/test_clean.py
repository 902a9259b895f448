"""The quick scan for characters an export removes (text.clean.policy_has_unsafe) finds every
one of them wherever it stands, with the fast path (str.isprintable) or without it."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Section, Table
from policy_studio.text import clean
from tests.conftest import make_policy


def test_every_character_the_cleaner_changes_is_one_isprintable_refuses():
    # The scan skips the regular expression for text str.isprintable accepts: sound only if no
    # character of needs_work_pattern() is printable, over the whole of Unicode.
    pattern = clean.needs_work_pattern()
    printable_but_unsafe = [
        hex(code)
        for code in range(0x110000)
        if pattern.match(chr(code)) and chr(code).isprintable()
    ]
    assert printable_but_unsafe == []
    assert " ".isprintable()  # the separator the scan joins texts with


def _policy_with(text: str, where: str):
    policy = make_policy()
    section = policy.sections[0]
    if where == "title":
        policy.title["ar"] = "إشعار" + text
    elif where == "heading":
        section.heading.text["en"] = "What" + text
    elif where == "block":
        section.blocks[0].text["ar"] = "نجمع" + text + " البيانات"
    elif where == "cell":
        table = Table(rows=[[Block(BlockKind.CELL, {"en": "Name"}, id="c1")]], header_rows=0)
        table.rows[0][0].text["ar"] = "الاسم" + text
        section.blocks.append(Block(BlockKind.TABLE, {}, id="t1", table=table))
    elif where == "variable":
        policy.variables["contact_email"]["ar"] = "x" + text + "@acme.example"
    elif where == "meta":
        policy.meta["subtitle"] = {"en": "For members" + text}
    elif where == "new section":
        policy.sections.append(
            Section(heading=Block(BlockKind.TITLE, {"en": "Last"}), blocks=[
                Block(BlockKind.PARAGRAPH, {"en": "Plain words" + text})
            ])
        )  # fmt: skip
    return policy


WHERE = ["title", "heading", "block", "cell", "variable", "meta", "new section"]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize(
    "char", ["\u202e", "\u2067", "\x00", "\x1b", "\x85", "\u2028", "\ufffe", "\r", "\x9f"]
)
def test_an_unsafe_character_is_found_wherever_it_stands(where, char):
    assert not clean.policy_has_unsafe(_policy_with("", where))
    assert clean.policy_has_unsafe(_policy_with(char, where))


@pytest.mark.parametrize("where", WHERE)
def test_printable_but_harmless_characters_do_not_count(where):
    # Refused by isprintable, so the scan falls back to the expression: still clean.
    harmless = "\u00a0\u200e\u200f\u061c\u200c\t"
    text = harmless if where not in ("title", "heading", "meta") else "\u00a0\u200e"
    assert not clean.policy_has_unsafe(_policy_with(text, where))
    assert clean.policy_has_unsafe(_policy_with(text + "\u202b", where))


def test_a_line_break_in_a_one_line_field_still_counts():
    policy = make_policy()
    policy.sections[0].heading.text["en"] = "What\nwe collect"
    assert clean.policy_has_unsafe(policy)
    policy.sections[0].heading.text["en"] = "What we collect"
    policy.sections[0].blocks[0].text["en"] = "A line\nand the next"  # body text keeps it
    assert not clean.policy_has_unsafe(policy)
