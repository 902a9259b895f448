"""`compare` reads two large documents side by side (the second in a child process).

Issue 12 asks `compare` of two 150,000-word documents to finish in a second; reading each takes
a quarter of that. The redline must be the same as when they are read one after the other, and
a document that cannot be read must still be named, read in the child or not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from policy_studio.commands import versions

REPO = Path(__file__).resolve().parents[2]


def _document(sections: int, changed: int | None = None) -> str:
    parts = ["# Harbour clinic privacy notice", ""]
    for n in range(1, sections + 1):
        parts += [f"## {n}. Records of visit {n}", ""]
        text = (
            f"We keep the notes of visit {n} for eight years after your last appointment, "
            "in a locked cabinet and on a server that only our nurses can open."
        )
        if n == changed:
            text = text.replace("eight years", "ten years")
        parts += [text, "", f"- the date of visit {n}", f"- the nurse who saw you at visit {n}", ""]
    return "\n".join(parts)


def _compare(old: Path, new: Path, serial: bool) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from policy_studio.commands import versions\n"
        + ("versions.PARALLEL_READ_BYTES = 10**15\n" if serial else "")
        + "from policy_studio.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, "-c", code, "compare", str(old), str(new), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _without_ids(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if not k.endswith("id")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_two_large_documents_compare_the_same_read_side_by_side(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(_document(700), encoding="utf-8")
    new.write_text(_document(700, changed=350), encoding="utf-8")
    assert old.stat().st_size + new.stat().st_size >= versions.PARALLEL_READ_BYTES
    side_by_side, serial = _compare(old, new, serial=False), _compare(old, new, serial=True)
    assert side_by_side.returncode == serial.returncode, side_by_side.stderr
    ours, theirs = json.loads(side_by_side.stdout), json.loads(serial.stdout)
    assert _without_ids(ours) == _without_ids(theirs)
    assert "ten years" in side_by_side.stdout and "eight years" in side_by_side.stdout


def test_a_second_document_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "broken.docx"
    old.write_text(_document(1400), encoding="utf-8")
    new.write_bytes(b"PK\x03\x04 this is not a word document " * 200)
    done = _compare(old, new, serial=False)
    assert done.returncode != 0
    assert "broken.docx" in done.stderr
    assert "Traceback" not in done.stderr
