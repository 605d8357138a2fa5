"""Undoable edits. Each command stores values and ids, never graphics items."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeydesk.ui.document import Document


class SetProjectInfoCommand(QUndoCommand):
    """Change the project's title and description."""

    def __init__(self, document: Document, title: str, description: str) -> None:
        super().__init__("Edit Project Properties")
        self._document = document
        project = document.project
        self._old = (project.title, project.description)
        self._new = (title, description)

    def redo(self) -> None:
        self._document.apply_project_info(*self._new)

    def undo(self) -> None:
        self._document.apply_project_info(*self._old)
