"""Is the window's event loop free while the database does not answer? A 20 ms timer's ticks.

A call made on the window's thread to a frozen server holds it for seconds (until libpq's 2 s
connect timeout, or until the test's watchdog thaws the server after 5–6 s); a loaded machine's
scheduling and collection pauses once made a free loop's timer 0.1 s late (1 run in 11 at load
4). ``HELD`` is drawn far from both.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

HELD = 1.0
"""Seconds past which the window counts as held."""


def ticks_while(qtbot, ms: int) -> list[float]:
    """Run the event loop for ``ms`` with a 20 ms timer; when each tick came."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(ms)
    timer.stop()
    return ticks


def kept_ticking(ticks: list[float]) -> bool:
    """The timer ticked all along: no gap of ``HELD`` or more."""
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return len(ticks) > 30 and max(gaps) < HELD
