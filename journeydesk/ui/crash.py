"""Unexpected errors: a sentence in a dialog, with the details to copy, never a silent line.

``install`` replaces ``sys.excepthook`` (PySide6 sends there every exception that escapes a
slot or a Qt virtual override). Before the dialog, the open maps are written to recovery
copies, so a facilitator who then quits, or whose app then dies, loses nothing.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesk import __version__
from journeydesk.ui import messages

log = logging.getLogger(__name__)

#: Writes recovery copies of the open maps; returns how many were written.
EmergencySave = Callable[[], int]


class CrashReporter:
    """Shows unexpected exceptions to the facilitator; one dialog at a time."""

    def __init__(self, emergency_save: EmergencySave | None = None) -> None:
        self.emergency_save = emergency_save
        self.reported: list[str] = []
        self._showing = False

    def install(self) -> None:
        """Receive every exception that nothing else handled."""
        sys.excepthook = self.handle

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log ``error``, keep the maps safe and show what happened."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        details = f"JourneyDesk {__version__}, Python {sys.version.split()[0]}\n\n{details}"
        log.error("Unexpected error\n%s", details)
        self.reported.append(details)
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            saved = self._save_maps()
            self._show(error, details, saved)
        finally:
            self._showing = False

    def _save_maps(self) -> int:
        if self.emergency_save is None:
            return 0
        try:
            return self.emergency_save()
        except Exception:  # the report must still be shown
            log.exception("Could not write recovery copies after an unexpected error")
            return 0

    def _show(self, error: BaseException, details: str, saved: int) -> None:
        kept = (
            "Your map was also written to a recovery copy, which JourneyDesk offers the next "
            "time it starts."
            if saved
            else "Your map is still open."
        )
        text = (
            "Something went wrong inside JourneyDesk, and the last action may not have "
            f"finished ({type(error).__name__}). {kept} To be safe, save the map now, under a "
            "new name if you like.\n\nIf this happens again, please send the details to the "
            "JourneyDesk team."
        )
        parent = QApplication.activeWindow()
        box = messages.make_box(
            parent, messages.Icon.Critical, "Unexpected Error", text, details=details
        )
        copy = box.addButton("Copy Details", QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # copying keeps the box open
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        messages.show_box(box)
