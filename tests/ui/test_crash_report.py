"""An unexpected error in the app shows a message and writes the details to a log."""

from __future__ import annotations

import sys

from policy_studio.model import PolicyStudioError
from policy_studio.ui import crash_report


def test_an_unexpected_error_is_shown_as_a_sentence_and_logged(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_report.install(shown.append)
    try:
        raise ValueError("bad cell")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "ValueError: bad cell" in shown[0] and "Traceback" not in shown[0]
    assert "saved" in shown[0]
    log = tmp_path / "policy-studio" / "errors.log"
    assert "Traceback" in log.read_text() and "bad cell" in log.read_text()


def test_a_user_error_is_shown_as_its_own_message(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_report.install(shown.append)
    try:
        raise PolicyStudioError("report.docx: the file is damaged")
    except PolicyStudioError:
        sys.excepthook(*sys.exc_info())
    assert shown == ["report.docx: the file is damaged"]
