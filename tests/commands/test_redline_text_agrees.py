"""The text redline shows what the JSON redline says, language by language (issue 19)."""

from __future__ import annotations

import json
import re

import pytest

from policy_studio.cli import main
from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.model import Block, BlockKind, Policy, Section


def _policy(en_second: str) -> Policy:
    def section(sid: str, en: str, ar: str, body: tuple[str, str]) -> Section:
        return Section(
            heading=Block(BlockKind.TITLE, {"en": en, "ar": ar}, id=f"{sid}.t"),
            blocks=[Block(BlockKind.PARAGRAPH, {"en": body[0], "ar": body[1]}, id=f"{sid}.1")],
            id=sid,
        )

    return Policy(
        title={"en": "Garden notice", "ar": "إشعار الحديقة"},
        id="p",
        source_language="en",
        target_languages=["ar"],
        sections=[
            section("a", "Who we are", "من نحن", ("We run the garden.", "ندير الحديقة.")),
            section("b", "Notes", "الملاحظات", (en_second, "نحتفظ بالملاحظات موسمين.")),
        ],
    )


def _shown_sections(text: str, lang: str) -> list[str]:
    part = text.split(f"--- {lang} ---", 1)[1].split("--- ", 1)[0] if "--- " in text else text
    return re.findall(r"^§ (\(old \d+\)|\d+)\.", part, re.M)


def _json_sections(data: dict, lang: str) -> list[str]:
    shown = []
    for section in data["sections"]:
        moved_or_whole = section["change"] in ("added", "removed", "moved", "moved away")
        visible = any(
            any(seg["op"] != "equal" for seg in change["segments"].get(lang, []))
            or change.get("formatting_only")
            for change in section["changes"]
        )
        if moved_or_whole or visible:
            number = section["new_number"] or f"(old {section['old_number']})"
            shown.append(str(number))
    return shown


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_change_in_english_only_is_not_reported_in_arabic(lang: str) -> None:
    old = _policy("We keep notes for two seasons.")
    new = _policy("We keep notes for three seasons.")
    redline = compare(old, new)
    text = registry.writer("redline-text")(redline)
    data = registry.writer("redline-json")(redline)
    assert _shown_sections(text, lang) == _json_sections(data, lang)
    expected = ["2"] if lang == "en" else []
    assert _shown_sections(text, lang) == expected


def test_the_text_and_json_redlines_of_the_test_pair_agree(policy_pair) -> None:
    old, new = policy_pair
    redline = compare(old, new, old_label="1.0", new_label="2.0")
    text = registry.writer("redline-text")(redline)
    data = registry.writer("redline-json")(redline)
    for lang in redline.languages:
        assert _shown_sections(text, lang) == _json_sections(data, lang)
    summary = data["summary"]
    assert (
        f"Sections: {summary['sections_added']} added, {summary['sections_removed']} removed"
        in text
    )
    assert f"Blocks in sections both versions have: {summary['blocks_added']} added" in text


def test_diff_json_on_the_command_line_is_the_whole_redline(workspace, capsys) -> None:
    path = str(workspace.path)
    old = _policy("We keep notes for two seasons.")
    workspace.save_policy(old)
    workspace.save_version(old, "1.0")
    workspace.save_policy(_policy("We keep notes for three seasons."))
    workspace.close()
    assert main(["diff", "p", "--from", "1.0", "--format", "json", "-w", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"summary", "sections"} <= set(data)
    assert main(["diff", "p", "--from", "1.0", "--lang", "ar", "-w", path]) == 0
    out = capsys.readouterr().out
    assert "(changed)" not in out
