"""An edit's round trip on a team server: one client saves, the other window's session hears
it by LISTEN/NOTIFY (its poll is off) and merges it in (issue 17: at most 50 ms).

Measured on the sample policy of the tests and on the large generated policy, on a throw-away
local cluster (tests/pg_cluster.py).

    python benchmarks/live_round_trip.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402

from benchmarks.large_policy import large_policy  # noqa: E402
from benchmarks.storage_benchmark import _cluster  # noqa: E402
from policy_studio.app.session import Session  # noqa: E402
from policy_studio.storage.locate import create_store, open_store  # noqa: E402


def main() -> None:
    from tests.conftest import make_policy

    app = QCoreApplication.instance() or QCoreApplication([])
    tick = QTimer()
    tick.start(50)  # wakes the idle wait below now and then (the 5 s limit is checked)
    cluster = _cluster()
    try:
        for name, policy in (("sample", make_policy()), ("large", large_policy())):
            uri = cluster.new_database()
            writer = create_store(uri)
            writer.save_policy(policy)
            session = Session(open_store(uri), watch_ms=0)
            session.policy = session.workspace.policy(policy.id)
            start = time.perf_counter()
            while not session.live:  # it connects its listener on the worker, as a window does
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                if time.perf_counter() - start > 5:
                    raise SystemExit("the session did not listen within 5 s")
            blocks = [b for _, b in policy.iter_blocks()]
            middle = len(blocks) // 2
            saves, trips = [], []
            for n in range(15):
                text = f"Round trip {n}."
                blocks[middle].set_text("en", text)
                start = time.perf_counter()
                writer.save_policy(policy, touched={blocks[middle].id})  # as the app saves
                saves.append(time.perf_counter() - start)
                assert session.policy is not None
                while [b for _, b in session.policy.iter_blocks()][middle].get("en") != text:
                    # Idle until an event comes, as the app's event loop does (a busy loop here
                    # would hold the GIL against the session's database worker thread).
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                    if time.perf_counter() - start > 5:
                        raise SystemExit("the other window did not hear of the edit in 5 s")
                trips.append(time.perf_counter() - start)
            print(
                f"{name}: save {statistics.median(saves) * 1000:.0f} ms median; round trip "
                f"(save + NOTIFY + merge) {statistics.median(trips) * 1000:.0f} ms median, "
                f"{min(trips) * 1000:.0f} ms best"
            )
            session.close()
            writer.close()
    finally:
        cluster.close()


if __name__ == "__main__":
    main()
