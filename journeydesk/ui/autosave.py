"""Autosave to a recovery copy, like LibreOffice and Krita: a crash loses at most one interval.

While the open map has unsaved changes, it is written to a recovery copy in the user data
folder (never over the facilitator's own file) once per interval after a change. A save, an
explicit discard or a normal close removes the copy; after a crash, the next start offers it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from journeydesk.i18n import arg
from journeydesk.model.errors import ProjectSaveError
from journeydesk.model.project import Project
from journeydesk.model.recovery import RecoveryEntry, RecoveryStore, new_session_key
from journeydesk.ui.document import Document

log = logging.getLogger(__name__)

#: The interval when the settings do not say otherwise.
DEFAULT_SECONDS = 60
#: The shortest interval allowed (a save every second would be felt while typing).
MIN_SECONDS = 2


class Autosaver(QObject):
    """Keeps a recovery copy of one window's map while it has unsaved changes."""

    #: Fires with a sentence when a recovery copy could not be written (once per problem).
    problem = Signal(str)

    def __init__(
        self, store: RecoveryStore, seconds: int = DEFAULT_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: Returns a copy of the project with the text being typed on cards, or None when
        #: nothing is being typed (set by the window).
        self.with_typing: Callable[[], Project | None] = lambda: None
        self.session_key = new_session_key()
        self._document: Document | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(MIN_SECONDS, seconds) * 1000)
        self._timer.timeout.connect(self.write_now)
        self._last_problem = ""

    @property
    def interval_ms(self) -> int:
        """The time from a change to its recovery copy."""
        return self._timer.interval()

    def track(self, document: Document) -> None:
        """Keep the recovery copy of ``document`` from now on (the previous one is done)."""
        if self._document is not None:
            stack = self._document.undo_stack
            stack.indexChanged.disconnect(self._on_change)
            stack.cleanChanged.disconnect(self._on_clean_changed)
        self._timer.stop()
        self.store.remove(self.session_key)
        self._document = document
        document.undo_stack.indexChanged.connect(self._on_change)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        if document.is_modified():  # recovered, or kept over a changed file
            self._timer.start()

    def adopt(self, entry: RecoveryEntry) -> RecoveryEntry | None:
        """Take over an abandoned recovery copy as this map's; None if another instance did."""
        return self.store.claim(entry, self.session_key)

    @Slot()
    def write_now(self) -> bool:
        """Write the recovery copy now if there are unsaved changes; True if one was written."""
        self._timer.stop()
        document = self._document
        if document is None:
            return False
        project = self.with_typing()
        if project is None:
            if not document.is_modified():  # typing cancelled: no copy of it stays behind
                self.store.remove(self.session_key)
                return False
            project = document.project
        try:
            self.store.write(self.session_key, project, document.path, document.display_name())
        except ProjectSaveError as error:
            log.warning("Autosave failed: %s", error)
            if error.message != self._last_problem:
                self._last_problem = error.message
                text = self.tr(
                    "The recovery copy could not be written: %1 Save the map to be safe."
                )
                self.problem.emit(arg(text, error))
            self._timer.start()  # try again after another interval
            return False
        self._last_problem = ""
        return True

    def discard(self) -> None:
        """Remove the recovery copy (the map was saved, or its changes given up)."""
        self._timer.stop()
        self.store.remove(self.session_key)

    @Slot()
    def _on_change(self) -> None:
        document = self._document
        if document is not None and document.is_modified() and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def typed(self) -> None:
        """Text is being typed on a card: it is kept in the next recovery copy too."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        elif not self._timer.isActive():  # also after resetClean(), which changes no index
            self._timer.start()
