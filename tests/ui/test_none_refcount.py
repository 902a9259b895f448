"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None per void call.

With the broken combination the interpreter aborts ("deallocating None") after ~5,000 calls;
the pins in pyproject.toml avoid it, and this test fails if a future wheel brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


def test_none_refcount_does_not_fall_over_many_void_qt_calls():
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    timer = QTimer()
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(5_000):  # 4 void calls each: 20,000 calls
        label.setText("x")
        timer.setInterval(i)
        obj.setObjectName("n")
        label.setWordWrap(bool(i & 1))
        if i % 25 == 0:
            # Check as we go: on a broken build the interpreter would abort before the end.
            lost = before - sys.getrefcount(None)
            assert lost < 50, f"None lost {lost} references after {4 * (i + 1)} void Qt calls"
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 20,000 calls"
    assert app is not None
