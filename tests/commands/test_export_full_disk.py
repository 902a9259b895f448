"""Exports on a full disk: no partial file, a one-line message, exit 1 (issue 18 item 5).

The disk is filled for real, not mocked: the CLI runs in a child process whose file-size limit
(RLIMIT_FSIZE) is a few kilobytes, so every write past it fails with EFBIG exactly as a full
disk fails with ENOSPC — inside zipfile, Jinja's output, lxml and Qt's QPdfWriter alike.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Clause
from policy_studio.storage import Workspace

LIMIT = 3000
"""Bytes a child may write to one file: more than nothing, less than any export of the policy."""


@pytest.fixture
def saved(workspace: Workspace, clauses: list[Clause]) -> Path:
    policy = policy_from_clauses(
        "Full disk notice", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.organization = "Acme Ltd"
    workspace.save_policy(policy)
    path = Path(workspace.path)
    workspace.close()
    return path


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, like ENOSPC
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _export(saved: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    # A fresh TMPDIR under the limit too: anything an export writes there meets the full disk.
    temp = saved.parent / "tmp"
    temp.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "TMPDIR": str(temp),
    }
    env.pop("POLICY_STUDIO_DEBUG", None)
    code = "import sys; from policy_studio.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, "export", "Full disk notice", "-o", str(out)]
        + list(extra)
        + ["-w", str(saved)],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=_limited,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )


@pytest.mark.parametrize(
    ("name", "extra"),
    [
        ("notice.docx", ()),
        ("notice.html", ()),
        ("notice.xlf", ("--format", "xliff", "--lang", "ar")),
        ("notice.pdf", ()),
    ],
)
def test_a_full_disk_leaves_no_file_and_exits_1(
    saved: Path, tmp_path: Path, name: str, extra: tuple[str, ...]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = _export(saved, folder / name, *extra)
    assert result.returncode == 1, result.stderr
    assert list(folder.iterdir()) == [], "a partial export or its temporary file was left"
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1 and lines[0].startswith(f"policy-studio: {folder / name}: cannot write")
    assert "no file was written" in lines[0]
    assert result.stdout == ""


def test_a_full_disk_keeps_the_previous_export(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "notice.html"
    out.parent.mkdir()
    out.write_text("<p>the export approved last week</p>", encoding="utf-8")
    result = _export(saved, out)
    assert result.returncode == 1
    assert out.read_text(encoding="utf-8") == "<p>the export approved last week</p>"
    assert [p.name for p in out.parent.iterdir()] == ["notice.html"]


def test_an_export_replaces_the_old_file_and_keeps_its_mode(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from policy_studio.cli import main

    out = tmp_path / "out" / "notice.html"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main(["export", "Full disk notice", "-o", str(out), "-w", str(saved)]) == 0
    assert "Full disk notice" in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in out.parent.iterdir()] == ["notice.html"]
    assert capsys.readouterr().out.strip() == str(out)
