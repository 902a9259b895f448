"""Arabic on a terminal: wrapped to the terminal's width before reordering, numbers in order,
table columns where they belong (issue 19)."""

from __future__ import annotations

from policy_studio.cli import main
from policy_studio.commands import common
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Block, BlockKind, Clause
from policy_studio.storage import Workspace
from policy_studio.text.direction import for_terminal

PARAGRAPH = (
    "اتصل بنا على الرقم +44 20 7946 0958 أو اكتب إلينا في أي وقت تشاء وسنرد عليك "
    "خلال يومين من تاريخ 2025-03-01 بإذن الله"
)


def test_a_long_paragraph_is_wrapped_before_it_is_reordered() -> None:
    lines = for_terminal(PARAGRAPH, rtl=True, width=40).split("\n")
    assert len(lines) > 1 and all(len(line) <= 40 for line in lines)
    # The first screen line holds the paragraph's first words (at its right end), not its end.
    first_word = for_terminal("اتصل", rtl=True)
    assert lines[0].rstrip().endswith(first_word)
    assert all(line == line.rstrip() or not line.strip() for line in lines)
    assert lines[0].startswith(" ") or len(lines[0]) == 40  # right-aligned
    joined = "\n".join(lines)
    assert "+44 20 7946 0958" in joined and "2025-03-01" in joined
    assert "\u200e" not in joined


def test_numbers_keep_their_order_on_one_line_too() -> None:
    shown = for_terminal("الهاتف 020 7946 0958 والتاريخ 2025-03-01", rtl=True)
    assert "020 7946 0958" in shown and "2025-03-01" in shown


def test_show_wraps_arabic_to_the_terminal_width(
    workspace: Workspace, clauses: list[Clause], capsys, monkeypatch
) -> None:
    policy = policy_from_clauses("Wrap", [(clauses[0], None)], target_languages=["ar"])
    policy.sections[0].blocks.append(
        Block(BlockKind.PARAGRAPH, {"en": "Call us.", "ar": PARAGRAPH})
    )
    workspace.save_policy(policy)
    path = str(workspace.path)
    workspace.close()
    monkeypatch.setattr(common, "is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "50")
    assert main(["show", "Wrap", "--lang", "ar", "-w", path]) == 0
    out = capsys.readouterr().out
    assert all(len(line) <= 50 for line in out.splitlines())
    assert "+44 20 7946 0958" in out


def test_clauses_columns_stay_aligned_with_arabic_titles(
    workspace: Workspace, capsys, monkeypatch
) -> None:
    path = str(workspace.path)
    workspace.close()
    monkeypatch.setattr(common, "is_terminal", lambda: True)
    assert main(["clauses", "--lang", "ar", "-w", path]) == 0
    rows = capsys.readouterr().out.splitlines()[:-1]
    with Workspace.open(path) as ws:
        keys = [c.key for c in ws.search_clauses("", lang="ar")]
    width = max(map(len, keys))
    for row, key in zip(rows, keys, strict=True):
        assert row.startswith(key.ljust(width) + "  ")  # the key column first, left-aligned
        status = row[width + 2 :].split("  ")[0]
        assert status in ("approved", "draft", "deprecated")
