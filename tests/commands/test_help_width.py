"""The command's help is laid out at the width argparse would give it (cli._HelpFormatter
finds it without importing shutil)."""

from __future__ import annotations

import argparse
import shutil

import pytest

from policy_studio import cli


@pytest.mark.parametrize("columns", ["57", "132", "", "0", "wide"])
def test_the_help_width_is_shutils(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    else:
        monkeypatch.delenv("COLUMNS", raising=False)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns
    ours = cli.build_parser("export")
    export = ours._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    theirs = argparse.ArgumentParser(
        prog=export.prog,
        description=export.description,
        formatter_class=argparse.HelpFormatter,
    )
    for action in export._actions[1:]:
        theirs._add_action(action)
    assert export.format_help() == theirs.format_help()
    assert isinstance(export, cli._Parser)
