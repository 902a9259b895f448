"""Before Qt starts: is there a screen to show the window on? A sentence instead of Qt's abort.

Without a display, or without a library the X11 platform plugin needs, QApplication aborts the
process with a message that blames libxcb-cursor0 whatever is missing. These checks run first and
say what is wrong and what to do.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why the window cannot be shown here, in a sentence; None when it can (or Qt will tell)."""
    env = dict(os.environ) if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS always have their own platform plugin
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and platform not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs…: the user chose; Qt reports its own problems
    if platform == "wayland" or (not platform and env.get("WAYLAND_DISPLAY")):
        return None
    if not env.get("DISPLAY"):
        return (
            "Policy Studio needs a graphical desktop, and none was found (DISPLAY is not set). "
            "Start it from a desktop session, or use the command line: policy-studio --help."
        )
    missing = _missing_xcb_library()
    if missing:
        return (
            f"The desktop window cannot start: the system library {missing} is missing. "
            "On Debian or Ubuntu install it with: sudo apt-get install libxcb-cursor0 "
            "libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0."
        )
    return None


def _missing_xcb_library() -> str | None:
    """The shared library the X11 platform plugin fails to load for, if any."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    for name in ("libxcb-cursor.so.0",):
        # Qt ≥ 6.5 needs it but loads it itself: the plugin's links do not name it.
        try:
            ctypes.CDLL(name)
        except OSError:
            return name
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        # "libxcb-icccm.so.4: cannot open shared object file: …" — the name is before the colon.
        return str(exc).split(":")[0].strip() or str(exc)
    return None
