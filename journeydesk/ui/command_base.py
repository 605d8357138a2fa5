"""What every undo command shares: its document, the model's refusals, and its texts' context.

Commands live in ``card_commands.py``, ``axis_commands.py``, ``vote_commands.py`` and
``project_commands.py``; ``commands.py`` gathers the common ones under one import.
"""

from __future__ import annotations

import weakref

from PySide6.QtGui import QUndoCommand

from journeydesk.i18n import Translatable
from journeydesk.model.rules import fields_problem
from journeydesk.ui.document import Document


class CommandText(Translatable):
    """Texts of the undo commands: their names in the Edit menu, and their refusals."""


class OnDocument:
    """Gives a command its document through a weak reference.

    The document's own undo stack keeps the command alive; a strong reference back would
    make a cycle of Qt wrappers that only the garbage collector could break, and it deletes
    them in an order that crashes the interpreter.
    """

    @property
    def _document(self) -> Document:
        document = self._document_ref()
        assert document is not None, "a command outlived its document"
        return document

    @_document.setter
    def _document(self, document: Document) -> None:
        self._document_ref = weakref.ref(document)

    # The model's rules, asked when the command is made. A command that would break one is
    # made anyway (callers push it as usual) but changes nothing: on its first redo it marks
    # itself obsolete, so QUndoStack drops it, and the document says why.

    _refusal = ""

    def _refuse_if(self, problem: str | None) -> None:
        if problem and not self._refusal:
            self._refusal = problem

    def refusal(self) -> str:
        """Why this command changes nothing ("" when it is fine)."""
        return self._refusal

    def _refused(self) -> bool:
        if not self._refusal:
            return False
        assert isinstance(self, QUndoCommand), "OnDocument is mixed into undo commands"
        self.setObsolete(True)
        self._document.refused.emit(self._refusal)
        return True


class SetProjectInfoCommand(OnDocument, QUndoCommand):
    """Change the project's title and description."""

    def __init__(self, document: Document, title: str, description: str) -> None:
        super().__init__(CommandText.tr("Edit Project Properties"))
        self._document = document
        project = document.project
        self._old = (project.title, project.description)
        self._new = (title, description)
        bare = project.model_copy(update={"journeys": [], "personas": []})
        self._refuse_if(fields_problem(bare, {"title": title, "description": description}))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_project_info(*self._new)

    def undo(self) -> None:
        self._document.apply_project_info(*self._old)
