"""Authoring on the large policy: how long the edits, autosave and the window take. Prints a table.

Run: PYTHONPATH=. python benchmarks/authoring_benchmark.py   (offscreen Qt; about half a minute)
The autosave budget is the number to watch: a save must fit well inside AUTOSAVE_MS (500 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_policy import large_policy, word_count  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from policy_studio.app.jobs import OpenWorkspaceJob  # noqa: E402
from policy_studio.app.session import Session  # noqa: E402
from policy_studio.app.settings import AppSettings  # noqa: E402
from policy_studio.library.starter import load_variables, new_workspace  # noqa: E402
from policy_studio.ops.blocks import BodyItem, set_section_body  # noqa: E402
from policy_studio.ops.policy_edits import set_variable  # noqa: E402
from policy_studio.ops.sections import insert_clause, move_section  # noqa: E402
from policy_studio.storage import Workspace  # noqa: E402

ROWS: list[tuple[str, float, str]] = []


def measure(name: str, run: Callable[[], object], repeat: int = 5, note: str = "") -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    ROWS.append((name, statistics.median(times), note))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="authoring-bench-"))
    policy = large_policy()
    print(
        f"large policy: {len(policy.sections)} sections, "
        f"{sum(len(s.blocks) for s in policy.sections)} blocks, "
        f"{word_count(policy, 'en')} words en, {word_count(policy, 'ar')} words ar"
    )
    path = folder / "large.pstudio"
    with new_workspace(path) as ws:
        ws.save_policy(policy)
    workspace = Workspace.open(path)
    measure("workspace.save_policy (one autosave)", lambda: workspace.save_policy(policy))
    measure("workspace.policy (load)", lambda: workspace.policy(policy.id))

    def open_in_thread() -> None:
        job = OpenWorkspaceJob(path, policy.id)
        done: list[object] = []
        job.did_finish.connect(done.append)
        job.start()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        done[0].workspace.close()  # type: ignore[attr-defined]

    measure("open workspace on a worker thread", open_in_thread, repeat=3)

    clause = workspace.clause("retention-fixed-period") or workspace.clauses()[0]
    live = workspace.policy(policy.id)
    assert live is not None

    def insert_and_undo() -> None:
        _, edit = insert_clause(live, clause, None, 250)
        edit.undo(live)

    measure("insert clause at 250 + undo", insert_and_undo, repeat=20)

    def move_and_undo() -> None:
        _, edit = move_section(live, live.sections[10].id, 400)
        edit.undo(live)

    measure("move section 11 → 401 + undo", move_and_undo, repeat=20)

    section = live.sections[300]

    def type_in_body() -> None:
        items = [BodyItem(b.id, b.kind, b.get("en"), b.level) for b in section.blocks]
        items[0] = BodyItem(items[0].block_id, items[0].kind, items[0].text + " x")
        set_section_body(live, section.id, "en", items)

    measure("set_section_body (one editor commit)", type_in_body, repeat=20)
    workspace.close()

    from policy_studio.ui.main_window import MainWindow

    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.IniFormat))
    variables = load_variables()
    holder: dict[str, MainWindow] = {}

    def build_window() -> None:
        if "window" in holder:
            holder["window"].session.close()
            holder["window"].deleteLater()
        ws = Workspace.open(path)
        session = Session(ws)
        session.policy = ws.policy(policy.id)
        window = MainWindow(session, settings, variables)
        window.show()
        app.processEvents()
        holder["window"] = window

    measure("main window with the large policy, shown", build_window, repeat=3)
    window = holder["window"]
    ids = [s.id for s in window.session.policy.sections]  # type: ignore[union-attr]
    counter = iter(range(10_000))

    measure(
        "select another section (editor + preview)",
        lambda: (window.outline.select(ids[next(counter) % len(ids)]), window.refresh_preview()),
        repeat=20,
    )

    def typed_commit() -> None:
        window.editor.text.insertPlainText("y")
        window.editor.commit()

    measure("editor commit through undo stack + views", typed_commit, repeat=20)

    def variable_edit() -> None:
        window.apply_edit(set_variable(window.session.policy, "minimum_age", "en", "16"))  # type: ignore[arg-type]

    measure("set a variable (table refresh)", variable_edit, repeat=10)
    measure(
        "session.flush (autosave write)",
        lambda: (setattr(window.session, "dirty", True), window.session.flush()),
    )
    measure(
        "undo one move in the window",
        lambda: (
            window.apply_edit(move_section(window.session.policy, ids[5], 300)),  # type: ignore[arg-type]
            window.undo.undo(),
        ),
        repeat=10,
    )
    window.session.close()

    width = max(len(r[0]) for r in ROWS)
    print(f"\n{'operation'.ljust(width)}  median ms")
    print(f"{'-' * width}  ---------")
    for name, ms, note in ROWS:
        print(f"{name.ljust(width)}  {ms:9.1f}  {note}")


if __name__ == "__main__":
    main()
