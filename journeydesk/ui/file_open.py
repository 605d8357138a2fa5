"""Maps opened by the desktop: macOS's Finder sends a FileOpen event, not a command line.

Double-clicking a ``.journey`` file (or dropping it on the Dock icon) while JourneyDesk runs,
or to start it, arrives as ``QEvent.FileOpen``. The map opens in the window on show when that
holds an untouched new map, else in a new window; a map already open is brought forward.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.windows import open_windows, window_showing


class FileOpener(QObject):
    """Watches the application for FileOpen events and opens their maps."""

    def __init__(self, new_window: Callable[[], MainWindow], parent: QObject | None = None):
        super().__init__(parent)
        self._new_window = new_window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.open(Path(name))
                return True
        return super().eventFilter(watched, event)

    def open(self, path: Path) -> None:
        """Open ``path`` in an untouched window, or in a new one (or show where it is open)."""
        window = window_showing(path) or next((w for w in open_windows() if _untouched(w)), None)
        if window is None:
            window = self._new_window()
        window.show()
        window.raise_()
        window.activateWindow()
        window.open_path(path, ask_to_save=False)


def _untouched(window: MainWindow) -> bool:
    if not window.isVisible():
        return False
    document = window.document
    return document is not None and document.path is None and not document.is_modified()
