"""The temporary file an export is written to before it replaces the target (io/output.py):
made as tempfile.mkstemp makes one, without importing tempfile on every export's start."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from policy_studio.io import output
from policy_studio.io.output import write_output


def test_a_temporary_is_new_private_and_beside_the_target(tmp_path: Path) -> None:
    first, name = output._new_temporary(tmp_path, "notice.html")
    second, other = output._new_temporary(tmp_path, "notice.html")
    os.close(first)
    os.close(second)
    assert name != other
    for path in (name, other):
        assert Path(path).parent == tmp_path
        assert re.fullmatch(r"\.notice\.html\.[0-9a-f]{12}\.part", Path(path).name)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert os.path.getsize(path) == 0


def test_an_existing_name_is_never_reused(tmp_path: Path, monkeypatch) -> None:
    # O_EXCL: a name that exists (even as a link planted there) is skipped, never opened.
    names = iter([b"\x00" * 6, b"\x00" * 6, b"\x01" * 6])
    monkeypatch.setattr(output.os, "urandom", lambda n: next(names))
    taken = tmp_path / ".x.000000000000.part"
    taken.symlink_to(tmp_path / "elsewhere")
    handle, name = output._new_temporary(tmp_path, "x")
    os.close(handle)
    assert Path(name).name == ".x.010101010101.part"
    assert not (tmp_path / "elsewhere").exists()


def test_a_written_export_replaces_the_target_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")
    write_output(target, "<p>new</p>", "the page")
    assert target.read_text(encoding="utf-8") == "<p>new</p>"
    assert list(tmp_path.iterdir()) == [target]


def test_a_folder_that_cannot_be_written_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"missing/out\.html: cannot write the page"):
        write_output(tmp_path / "missing" / "out.html", "x", "the page")
