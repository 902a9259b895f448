"""Opens the real main window on a screen of a given size, runs a few user steps, reports JSON.

Qt's offscreen screen is chosen once per process, so tests about screen sizes (a 1366×768
laptop, a 1920×1080 monitor) run this script in a subprocess through ``run_window``:

    run_window(tmp_path, (1366, 768), "ltr", ["measure", "resize 1800 1000", "close"])

Steps: ``measure`` (window, frame, screen and every dock's place), ``resize W H``,
``hide DOCK``, ``mode N`` (0 write, 1 translate, 2 compare), ``close``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_window(
    folder: Path, screen: tuple[int, int], direction: str, steps: list[str]
) -> list[dict]:
    """Run the probe in a subprocess; returns one dict per ``measure`` step."""
    config = folder / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystem": True,
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "probe",
                        "x": 0,
                        "y": 0,
                        "width": screen[0],
                        "height": screen[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), str(folder), direction, json.dumps(steps)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [
        json.loads(line[8:]) for line in done.stdout.splitlines() if line.startswith("MEASURE ")
    ]


def _measure(window) -> dict:
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    docks = {}
    for name, dock in window.docks.items():
        top_left = dock.mapTo(window, dock.rect().topLeft())
        docks[name] = {
            "visible": dock.isVisible(),
            "area": {1: "left", 2: "right", 8: "bottom", 4: "top"}.get(
                window.dockWidgetArea(dock).value, "none"
            ),
            "x": top_left.x(),
            "width": dock.width(),
            "height": dock.height(),
        }
    central = window.centralWidget()
    return {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "window": [window.x(), window.y(), window.width(), window.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "central_width": central.width(),
        "docks": docks,
    }


def main(folder: Path, direction: str, steps: list[str]) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if direction == "rtl":
        app.setLayoutDirection(Qt.RightToLeft)
    from policy_studio.app.session import Session
    from policy_studio.app.settings import AppSettings
    from policy_studio.storage import Workspace
    from policy_studio.ui.main_window import MainWindow

    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.IniFormat))
    workspace = Workspace.open(folder / "probe.pstudio")
    session = Session(workspace)
    session.policy = workspace.policy(workspace.policies()[0].id)
    window = MainWindow(session, settings, {})
    window.show()
    app.processEvents()
    for step in steps:
        word, *args = step.split()
        if word == "measure":
            app.processEvents()
            print("MEASURE " + json.dumps(_measure(window)), flush=True)
        elif word == "resize":
            window.resize(int(args[0]), int(args[1]))
        elif word == "hide":
            window.docks[args[0]].hide()
        elif word == "mode":
            window.set_mode(int(args[0]))
        elif word == "close":
            window.close()
        app.processEvents()
    if window.isVisible():
        window.close()
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]))
