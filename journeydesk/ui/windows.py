"""The open main windows of this JourneyDesk, each holding one project."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

_open: list[MainWindow] = []


def register(window: MainWindow) -> None:
    """Count ``window`` among the open windows until it is destroyed."""
    _open.append(window)
    window.destroyed.connect(lambda _obj=None: _forget(window))


def _forget(window: MainWindow) -> None:
    if window in _open:
        _open.remove(window)


def open_windows() -> list[MainWindow]:
    """The main windows that exist now, oldest first."""
    return list(_open)


def window_showing(path: Path) -> MainWindow | None:
    """The window that has the project at ``path`` open, if any."""
    wanted = path.resolve()
    for window in _open:
        document = window.document
        if document is not None and document.path == wanted and window.isVisible():
            return window
    return None
