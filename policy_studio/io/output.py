"""Writing an output file so that a failure leaves nothing behind.

Every export (DOCX, HTML, PDF, XLIFF, redlines) is written to a temporary file in the target's
own folder, flushed to disk, and renamed over the target only when complete. A full disk, a
quota, a read-only folder or a crash half-way therefore leaves either the old file or none —
never a truncated document that looks like a finished export (docs/export.md, "Writing files").
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import PolicyStudioError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()
"""Read once at import: a new export gets the mode an ordinary ``open(path, "w")`` would give."""


def _fail(target: Path, what: str, exc: BaseException) -> PolicyStudioError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return PolicyStudioError(f"{target}: cannot write {what} ({reason}); no file was written")


@contextmanager
def atomic_output(path: Path | str, what: str = "the file") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on normal exit it replaces ``path``.

    The caller writes the whole output to the yielded path. Any exception (an ``OSError``
    becomes a :class:`PolicyStudioError` naming the file) removes the temporary file and leaves
    ``path`` as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = _new_temporary(folder, target.name)
    except OSError as exc:
        raise _fail(target, what, exc) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _finish(temporary, target)
    except OSError as exc:
        raise _fail(target, what, exc) from exc
    finally:
        temporary.unlink(missing_ok=True)


_TEMPORARY_FLAGS = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _new_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty file ``.NAME.RANDOM.part`` in ``folder``, readable by its owner only:
    what ``tempfile.mkstemp(prefix=".NAME.", suffix=".part", dir=folder)`` makes (the same
    flags and mode, a name that did not exist), without importing tempfile (with shutil,
    random and the compression modules: ~3 ms of every export's start)."""
    directory = os.path.abspath(folder)
    for _ in range(100):
        candidate = os.path.join(directory, f".{name}.{os.urandom(6).hex()}.part")
        try:
            return os.open(candidate, _TEMPORARY_FLAGS, 0o600), candidate
        except FileExistsError:
            continue
    raise FileExistsError(17, "no unused temporary file name", directory)


def _finish(temporary: Path, target: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_UMASK
    os.chmod(temporary, mode)
    with open(temporary, "rb+") as stream:
        os.fsync(stream.fileno())
    os.replace(temporary, target)


def write_bytes_atomic(path: Path | str, data: bytes, what: str = "the file") -> None:
    with atomic_output(path, what) as temporary:
        with open(temporary, "wb") as stream:
            stream.write(data)


def write_text_atomic(path: Path | str, text: str, what: str = "the file") -> None:
    write_bytes_atomic(path, text.encode("utf-8"), what)


def docx_bytes(document: Any) -> bytes:
    """A python-docx document as bytes, so the package is zipped in memory.

    Zipping straight to disk leaves a ``ZipFile`` whose ``__del__`` prints a traceback when
    the disk fills half-way; in memory, the only disk write is the atomic one.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_with(path: Path | str, save: Callable[[Path], None], what: str = "the file") -> None:
    """Run ``save(temporary)`` and move its result into place (e.g. ``document.save``)."""
    with atomic_output(path, what) as temporary:
        save(temporary)


@dataclass(slots=True)
class ExportReport:
    """What an export writer reports back: the file written and warnings for the user."""

    path: str
    warnings: list[str] = field(default_factory=list)


def write_output(path: Path, data: str | bytes, what: str = "the file") -> None:
    """Write an export's bytes (or UTF-8 text) to ``path`` atomically: the one call every
    export writer (DOCX, HTML, PDF) makes."""
    if isinstance(data, str):
        write_text_atomic(path, data, what)
    else:
        write_bytes_atomic(path, data, what)


__all__ = [
    "ExportReport",
    "atomic_output",
    "docx_bytes",
    "write_bytes_atomic",
    "write_output",
    "write_text_atomic",
    "write_with",
]
