"""What export writers share: the report they return and the one place files are written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model import PolicyStudioError


@dataclass(slots=True)
class ExportReport:
    """What a writer reports back: the file written and warnings for the user."""

    path: str
    warnings: list[str] = field(default_factory=list)


def write_output(path: Path, data: str | bytes, what: str = "the file") -> None:
    """Write an export's bytes (or UTF-8 text) to ``path``; every export writer calls this, so
    how files are written (atomically, say) is decided here once."""
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    except OSError as exc:
        raise PolicyStudioError(f"{path}: cannot write {what} ({exc.strerror or exc})") from exc
