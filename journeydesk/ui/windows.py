"""The open main windows of this JourneyDesk, each holding one project."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from shiboken6 import isValid

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

# Weak references: this list must never keep a window alive (nor outlive Qt at exit).
_open: list[weakref.ref[MainWindow]] = []


def register(window: MainWindow) -> None:
    """Count ``window`` among the open windows while it exists."""
    _open.append(weakref.ref(window))


def open_windows() -> list[MainWindow]:
    """The main windows that exist now, oldest first."""
    alive = []
    for ref in list(_open):
        window = ref()
        if window is None or not isValid(window):
            _open.remove(ref)
        else:
            alive.append(window)
    return alive


def window_showing(path: Path) -> MainWindow | None:
    """The window that has the project at ``path`` open, if any."""
    wanted = path.resolve()
    for window in open_windows():
        document = window.document
        if document is not None and document.path == wanted and window.isVisible():
            return window
    return None
