"""Noticing that another program changed the open map's file while it is open.

``QFileSystemWatcher`` stops watching a file that is replaced (as every atomic save, ours
included, does), so the file's folder is watched too and the file is watched again after each
event. Events come in bursts; they are gathered for a moment, then the content is compared
with what was last loaded or saved: our own saves and touches that change nothing are quiet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from journeydesk.ui.document import Document, content_on_disk

#: How long a burst of file events is gathered before the file is read.
SETTLE_MS = 400
#: How often an existing but unreadable file is read again before it counts as changed.
MAX_RETRIES = 10
_NOTHING = object()


class DiskWatcher(QObject):
    """Watches the file of one document; says when its content changed outside JourneyDesk."""

    #: Fires when the file's content differs from what the document last loaded or saved.
    changed_outside = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._document: Document | None = None
        self._paused = 0
        self._retries = 0
        self._acknowledged: object = _NOTHING  # a file content (or None: gone) asked about

    def watch(self, document: Document | None) -> None:
        """Watch the file of ``document`` (nothing for a new map), instead of any other."""
        if self._document is not None:
            self._document.path_changed.disconnect(self._on_path_changed)
        self._document = document
        self._acknowledged = _NOTHING
        if document is not None:
            document.path_changed.connect(self._on_path_changed)
        self._rewatch()

    def pause(self) -> None:
        """Hold back reports (while a question about the file is already on screen)."""
        self._paused += 1

    def resume(self, seen: bytes | None) -> None:
        """Report again; ``seen`` (a content, None: no file) was asked about, so only a
        change after it is reported, at once if it happened while the question was up."""
        self._paused = max(0, self._paused - 1)
        self._acknowledged = seen
        if not self._paused:
            self._settle.start()

    def _path(self) -> Path | None:
        return self._document.path if self._document is not None else None

    def _rewatch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        path = self._path()
        if path is None:
            return
        wanted = [str(path.parent)] + ([str(path)] if path.exists() else [])
        self._watcher.addPaths(wanted)

    @Slot(object)
    def _on_path_changed(self, _path: object) -> None:
        self._rewatch()

    @Slot(str)
    def _on_event(self, _name: str) -> None:
        self._settle.start()

    @Slot()
    def _check(self) -> None:
        path = self._path()
        if path is None or self._document is None:
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # replaced by an atomic save: watch the new one
        if self._paused:
            return
        current = content_on_disk(path)
        if current is None and path.exists() and self._retries < MAX_RETRIES:
            self._retries += 1  # held by another program for a moment: look again soon
            self._settle.start()
            return
        self._retries = 0
        if current not in (self._document.saved_content, self._acknowledged):
            self._acknowledged = current
            self.changed_outside.emit()
