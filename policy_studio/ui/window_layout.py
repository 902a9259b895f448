"""Where the window and its panels go: first-start size, and the layout kept per view and direction.

Qt's ``saveState`` is one blob for the whole dock layout. Switching views (Write, Translate,
Compare) hides and shows docks, and showing them again let Qt hand them whatever width was left:
the Outline came back at 78 px. So each view keeps its own blob, taken when the user leaves the
view and given back when they return. The blobs, the window geometry and the size of the screen
they were saved on are stored per interface direction (an English layout restored over a mirrored
Arabic one put panels on the wrong side), and restored only when the window fits the screen it
opens on now. A first start (or a layout that does not fit) sizes the window to the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

VIEWS = ("write", "translate", "compare")
GROUP = "layout"

# Panel widths at first start, as a share of the window width: library, outline, preview.
# At 1284 px (a 1366×768 laptop) the editor keeps about a third of the width.
FIRST_SHARES = (0.18, 0.20, 0.27)
MAX_FIRST = QSize(1600, 1000)


def first_start_geometry(available: QRect) -> QRect:
    """The window rectangle at a first start: most of the screen, centred, never off it.

    ``available`` is the screen less taskbars and docks. Room is left for the title bar and
    frame the window manager adds (about 30 px), which the client geometry does not include.
    """
    width = min(MAX_FIRST.width(), int(available.width() * 0.94))
    height = min(MAX_FIRST.height(), int(available.height() * 0.94) - 30)
    rect = QRect(0, 0, max(width, 640), max(height, 480))
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + 30))
    return rect


def direction_key(window: QMainWindow) -> str:
    return "rtl" if window.isRightToLeft() else "ltr"


class LayoutStore:
    """Reads and writes the per-direction layout in QSettings (group ``layout/<ltr|rtl>``)."""

    def __init__(self, store: QSettings, direction: str) -> None:
        self.store = store
        self.prefix = f"{GROUP}/{direction}"

    def saved_rect(self) -> QRect | None:
        """The window's normal (not maximized) rectangle when it was last closed."""
        value = self.store.value(f"{self.prefix}/rect")
        return value if isinstance(value, QRect) and value.isValid() else None

    def maximized(self) -> bool:
        return str(self.store.value(f"{self.prefix}/maximized", "false")).lower() == "true"

    def state(self, view: str) -> QByteArray | None:
        value = self.store.value(f"{self.prefix}/state/{view}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, rect: QRect, maximized: bool, states: dict[str, QByteArray]) -> None:
        # A rectangle, not saveGeometry(): restoreGeometry() on another screen gave back a
        # smaller window than saved, and the dock layout restored into it collapsed.
        self.store.setValue(f"{self.prefix}/rect", rect)
        self.store.setValue(f"{self.prefix}/maximized", maximized)
        for view, state in states.items():
            self.store.setValue(f"{self.prefix}/state/{view}", state)


def placed(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (not resized) so that all of it, with its title bar, is on the screen."""
    moved = QRect(rect)
    moved.moveLeft(min(max(moved.left(), available.left()), available.right() - moved.width()))
    top_min = available.top() + 30
    moved.moveTop(min(max(moved.top(), top_min), available.bottom() - moved.height()))
    return moved


def fits(size: QSize, available: QRect, minimum: QSize) -> bool:
    """True when a window of ``size`` (client area) fits the screen with its title bar.

    A screen smaller than the window's ``minimum`` cannot hold any layout; there the saved one
    is no worse than a new one, so only a size beyond both the screen and the minimum is refused.
    """
    width = max(available.width(), minimum.width())
    height = max(available.height() - 30, minimum.height())
    return size.width() <= width and size.height() <= height
