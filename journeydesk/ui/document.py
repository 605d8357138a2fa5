"""The open project: the one owner of change, with its undo stack and file on disk."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeydesk.model.errors import ProjectLoadError, ProjectSaveError
from journeydesk.model.project import Project, now
from journeydesk.model.storage import atomic_write, load_project, parse_project, project_to_bytes

#: (modification time in ns, size) of a file, to notice changes made by another program.
DiskStamp = tuple[int, int] | None


def disk_stamp(path: Path | None) -> DiskStamp:
    """Return the modification stamp of ``path``, or None if it does not exist."""
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class Document(QObject):
    """Holds a ``Project`` and its ``QUndoStack``; every edit goes through a command.

    Commands (``ui/commands.py``) call the ``apply_*`` methods, which change the model and
    announce the change; nothing else writes to the project.
    """

    #: Fires after the project's title or description changed.
    info_changed = Signal()
    #: Fires when the document is saved under another path (Save As).
    path_changed = Signal(object)

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        self._path = path
        self._disk_stamp = disk_stamp(path)
        self.undo_stack = QUndoStack(self)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Load the project at ``path``; raises ``ProjectLoadError`` with a sentence."""
        return cls(load_project(path), path.resolve(), parent)

    @property
    def project(self) -> Project:
        """The project being edited (read it freely; change it only through commands)."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file the project was opened from or last saved to; None for a new project."""
        return self._path

    def display_name(self) -> str:
        """The name to show in the title bar: the project title, else the file name."""
        if self._project.title.strip():
            return self._project.title.strip()
        return self._path.stem if self._path else "Untitled map"

    def is_modified(self) -> bool:
        """Whether there are edits not yet saved."""
        return not self.undo_stack.isClean()

    def changed_on_disk(self) -> bool:
        """Whether another program changed or removed the file since it was opened or saved."""
        return self._path is not None and disk_stamp(self._path) != self._disk_stamp

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (or the current path); raises ``ProjectSaveError`` with a sentence.

        On failure nothing changes: the document stays modified and keeps its path.
        """
        target = (path or self._path or Path()).resolve()
        if path is None and self._path is None:
            raise ValueError("a new project needs a path to be saved")
        stamped = self._project.model_copy(update={"modified": now()})
        data = project_to_bytes(stamped)
        try:  # never write a file that could not be opened again
            parse_project(data)
        except ProjectLoadError as error:
            raise ProjectSaveError(
                "The project could not be saved because it holds something JourneyDesk "
                f"could not read back: {error} The file on disk is unchanged.",
                target,
            ) from None
        atomic_write(target, data)
        self._project.modified = stamped.modified
        self._disk_stamp = disk_stamp(target)
        self.undo_stack.setClean()
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)

    # Changes, called by commands only.

    def apply_project_info(self, title: str, description: str) -> None:
        """Set the project's title and description (for commands)."""
        if (self._project.title, self._project.description) == (title, description):
            return
        self._project.title = title
        self._project.description = description
        self.info_changed.emit()
