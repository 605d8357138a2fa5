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

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import journeydesk
from journeydesk.i18n import Translatable, arg
from journeydesk.ui import messages

log = logging.getLogger(__name__)

#: At most this many different faults are shown in one session; later ones are only logged.
MAX_REPORTS = 20
#: Writes recovery copies of the open maps; returns how many were written.
EmergencySave = Callable[[], int]


class CrashText(Translatable):
    """Texts of the unexpected-error box."""


class CrashReporter:
    """Shows unexpected exceptions to the facilitator; one dialog at a time."""

    def __init__(self, emergency_save: EmergencySave | None = None) -> None:
        self.emergency_save = emergency_save
        self.reported: list[str] = []
        self._seen: set[tuple[object, ...]] = set()
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
        python = sys.version.split()[0]
        details = f"JourneyDesk {journeydesk.__version__}, Python {python}\n\n{details}"
        log.error("Unexpected error\n%s", details)
        frames = traceback.extract_tb(trace)
        where = (kind.__name__, *((frames[-1].filename, frames[-1].lineno) if frames else ()))
        if where in self._seen or len(self._seen) >= MAX_REPORTS:
            return  # the same fault again (a paint method, each repaint): logged once shown
        self._seen.add(where)
        self.reported.append(details)
        # Not from inside the failing code (a paint event, say): once the event loop is back.
        QTimer.singleShot(0, lambda: self._report(error, details))

    def _report(self, error: BaseException, details: str) -> None:
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
        if saved:
            text = CrashText.tr(
                "Something went wrong inside JourneyDesk, and the last action may not have "
                "finished (%1). Your map was also written to a recovery copy, which JourneyDesk "
                "offers the next time it starts. To be safe, save the map now, under a new name "
                "if you like.\n\nIf this happens again, please send the details to the "
                "JourneyDesk team."
            )
        else:
            text = CrashText.tr(
                "Something went wrong inside JourneyDesk, and the last action may not have "
                "finished (%1). Your map is still open. To be safe, save the map now, under a "
                "new name if you like.\n\nIf this happens again, please send the details to the "
                "JourneyDesk team."
            )
        parent = QApplication.activeWindow()
        box = messages.make_box(
            parent,
            messages.Icon.Critical,
            CrashText.tr("Unexpected Error"),
            arg(text, type(error).__name__),
            details=details,
        )
        box.setOption(QMessageBox.Option.DontUseNativeDialog)  # macOS alerts close on any button
        copy = box.addButton(CrashText.tr("Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleDescription(CrashText.tr("Copy the details to send them to the team"))
        copy.clicked.disconnect()  # copying keeps the box open
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        messages.show_box(box)
