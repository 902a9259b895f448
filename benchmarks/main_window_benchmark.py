"""The wired main window on the large en+ar policy (500 sections): switching views and editing.

Run: PYTHONPATH=. python benchmarks/main_window_benchmark.py   (offscreen; prints a table)

What a translator feels: opening the Translate view (grid, translation memory and checks built
on first sight), one segment edit travelling through the window's undo stack to every view,
undoing it, and opening the Compare view against a saved version.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.large_policy import large_policy, with_translation_states  # noqa: E402
from policy_studio.app.session import Session  # noqa: E402
from policy_studio.app.settings import AppSettings  # noqa: E402
from policy_studio.storage import Workspace  # noqa: E402
from policy_studio.ui.main_window import MainWindow  # noqa: E402


def timed(app: QApplication, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="ps-bench-"))
    workspace = Workspace.create(folder / "bench.pstudio")
    policy = with_translation_states(large_policy())
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0", note="benchmark")
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(session, settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()

    rows: list[tuple[str, str]] = []
    rows.append(
        (
            "open the Translate view (first time)",
            f"{timed(app, window.translate_action.trigger):.0f}",
        )
    )
    grid = window.translate_view.grid
    assert grid is not None
    edits = [
        timed(app, lambda n=n: grid.model.set_target(1 + n, f"نص تجريبي رقم {n}"))
        for n in range(20)
    ]
    rows.append(
        (
            "one segment edit → undo stack → all views (median of 20)",
            f"{statistics.median(edits):.1f}",
        )
    )
    undos = [timed(app, window.undo_action.trigger) for _ in range(10)]
    rows.append(("Edit > Undo of a segment edit (median of 10)", f"{statistics.median(undos):.1f}"))
    rows.append(("back to Write", f"{timed(app, window.write_action.trigger):.0f}"))
    rows.append(
        (
            "open Compare: version 1.0 against the draft",
            f"{timed(app, window.compare_action.trigger):.0f}",
        )
    )

    width = max(len(name) for name, _ in rows)
    print(f"{'operation'.ljust(width)}  ms")
    print(f"{'-' * width}  ------")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    window.close()
    session.close()


if __name__ == "__main__":
    main()
