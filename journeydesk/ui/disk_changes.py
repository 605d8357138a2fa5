"""When another program changes or removes the open map's file: Reload, or Keep Mine.

The DiskWatcher notices the change; this asks the facilitator what to do, now or when the
map is saved over the changed file. Nothing is reloaded from under an open dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from journeydesk.i18n import arg
from journeydesk.model.errors import ProjectLoadError
from journeydesk.ui import messages
from journeydesk.ui.document import Document, content_on_disk
from journeydesk.ui.messages import Button, quoted

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class DiskChanges(QObject):
    """Resolves the changes another program made to the file of one window's map."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window

    @property
    def document(self) -> Document:
        """The document of the window."""
        assert self.window.document is not None
        return self.window.document

    @Slot()
    def on_changed_outside(self) -> None:
        """Another program changed or removed the open file: offer Reload or Keep Mine.

        Not on top of another dialog (a reload would pull the map from under it): the
        question waits until that dialog is closed.
        """
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            QTimer.singleShot(500, self.on_changed_outside)
            return
        if self.document.path is not None and self.document.changed_on_disk():
            self.resolve(saving=False)

    def resolve(self, saving: bool) -> bool:
        """Ask what to do about the file changed on disk; True to go on with the map here.

        When ``saving``, the answers are Reload, Save over it, and Cancel (False).
        """
        document = self.document
        path = document.path
        if path is None:
            return True
        watcher = self.window.disk_watcher
        watcher.pause()
        seen = content_on_disk(path)  # what the question is about; a later change is asked anew
        try:
            if not path.exists():
                if not saving:
                    messages.warn(
                        self.window,
                        self.tr("File Removed"),
                        arg(
                            self.tr(
                                "%1 was removed or renamed by another program. The map is "
                                "still open here; save it to write the file again."
                            ),
                            quoted(path.name),
                        ),
                    )
                keep_mine(document)
                return True
            if document.is_modified():
                question = self.tr(
                    "%1 was changed by another program while it was open here. Reload it from "
                    "disk, or keep the map you are editing? The changes you have not saved here "
                    "would be lost."
                )
            else:
                question = self.tr(
                    "%1 was changed by another program while it was open here. Reload it from "
                    "disk, or keep the map you are editing?"
                )
            if saving:
                buttons, default = Button.Yes | Button.Save | Button.Cancel, Button.Cancel
                labels = {Button.Yes: self.tr("Reload"), Button.Save: self.tr("Replace with Mine")}
            else:
                buttons = Button.Yes | Button.No
                default = Button.No if document.is_modified() else Button.Yes
                labels = {Button.Yes: self.tr("Reload"), Button.No: self.tr("Keep Mine")}
            answer = messages.ask(
                self.window,
                self.tr("File Changed on Disk"),
                arg(question, quoted(path.name)),
                buttons,
                default,
                labels,
            )
            if answer == Button.Yes:
                self._reload(document, path)
                return False
            if answer == Button.Cancel:
                return False
            keep_mine(document)
            return True
        finally:
            watcher.resume(seen)

    def _reload(self, document: Document, path: Path) -> None:
        try:
            fresh = Document.open(path, self.window)
        except ProjectLoadError as error:
            messages.warn(
                self.window,
                self.tr("Cannot Reload Map"),
                arg(
                    self.tr(
                        "%1 could not be read again, so the map you were editing stays open.\n\n%2"
                    ),
                    quoted(path.name),
                    error,
                ),
            )
            keep_mine(document)
            return
        fresh.read_only = document.read_only
        fresh.lock, document.lock = document.lock, None  # the same file stays locked
        self.window.set_document(fresh)
        self.window.statusBar().showMessage(arg(self.tr("Reloaded %1 from disk"), path.name), 5000)


def keep_mine(document: Document) -> None:
    """Keep the map being edited over the file on disk: it is unsaved until the next save."""
    document.accept_disk_version()
    document.undo_stack.resetClean()
