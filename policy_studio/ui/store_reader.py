"""Where a panel's reads (and the writes a person asks for) of the workspace run.

The window gives its panels ``Session.read`` (and ``Session.write``), which run the job on the
database worker, so a server that does not answer never holds the window; a panel on its own
(a dialog, a test) runs it at once with ``read_at_once``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import PolicyStudioError
from ..storage import WorkspaceStore

Answer = Callable[[Any, BaseException | None], None]
Reader = Callable[[Callable[[WorkspaceStore], Any], Answer], None]
"""Runs a read ``job(store)`` and calls ``answer(result, error)`` on the window's thread when
it is done."""
Writer = Reader
"""Runs a write a person asked for (``Session.write`` in the window), answering the same way."""


def read_at_once(store: Callable[[], WorkspaceStore]) -> Reader:
    """A reader that runs each read now, on this thread, on ``store()``; an error of ours is
    handed to the answer, as the worker hands it."""

    def read(job: Callable[[WorkspaceStore], Any], answer: Answer) -> None:
        try:
            result = job(store())
        except PolicyStudioError as exc:
            answer(None, exc)
        else:
            answer(result, None)

    return read


def why_not(error: BaseException) -> str:
    """An error handed back by a reader, as the end of one sentence: ours say it themselves;
    anything else is named with its type (a bug, not the workspace's answer)."""
    if isinstance(error, PolicyStudioError | OSError):
        return str(error)
    return f"an unexpected error ({type(error).__name__}: {error})"
