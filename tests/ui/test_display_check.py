"""Starting the app without a display: a sentence and exit code 2, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from policy_studio.ui.display_check import display_problem

ROOT = Path(__file__).resolve().parents[2]


def test_without_a_display_the_app_says_so_in_a_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from policy_studio.cli import main; sys.exit(main())"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "needs a graphical desktop" in done.stderr
    assert "qt.qpa" not in done.stderr and "libxcb-cursor0" not in done.stderr


def test_a_chosen_platform_or_wayland_is_left_to_qt():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert "DISPLAY is not set" in (display_problem({}) or "")
