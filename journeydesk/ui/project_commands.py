"""Undoable edits of the project's maps and personas (the map contents are in commands.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.i18n import Translatable
from journeydesk.model.project import Journey, Persona
from journeydesk.model.rules import fields_problem
from journeydesk.ui.commands import OnDocument
from journeydesk.ui.document import Document, MapPersonas


class MapCommandText(Translatable):
    """Names of the undo steps on the project's maps and personas."""


class AddJourneyCommand(OnDocument, QUndoCommand):
    """Add a map (new from a template, or a duplicate) at a place among the maps."""

    def __init__(self, document: Document, index: int, journey: Journey, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._index, self._journey = index, journey

    @property
    def journey_id(self) -> str:
        """The id of the map added."""
        return self._journey.id

    def redo(self) -> None:
        self._document.apply_insert_journey(self._index, self._journey)

    def undo(self) -> None:
        self._document.apply_remove_journey(self._journey.id)


class RemoveJourneyCommand(OnDocument, QUndoCommand):
    """Delete a map with everything on it."""

    def __init__(self, document: Document, journey_id: str) -> None:
        if len(document.project.journeys) < 2:
            raise ValueError("a project keeps at least one map")
        super().__init__(MapCommandText.tr("Delete Map"))
        self._document = document
        self._journey_id = journey_id
        self._removed: tuple[int, Journey] | None = None

    def redo(self) -> None:
        self._removed = self._document.apply_remove_journey(self._journey_id)

    def undo(self) -> None:
        assert self._removed is not None
        self._document.apply_insert_journey(*self._removed)


class MoveJourneyCommand(OnDocument, QUndoCommand):
    """Move a map to another place among the tabs."""

    def __init__(self, document: Document, journey_id: str, index: int) -> None:
        super().__init__(MapCommandText.tr("Move Map"))
        self._document = document
        self._journey_id, self._new = journey_id, index
        ids = [journey.id for journey in document.project.journeys]
        self._old = ids.index(journey_id)

    def redo(self) -> None:
        self._document.apply_move_journey(self._journey_id, self._new)

    def undo(self) -> None:
        self._document.apply_move_journey(self._journey_id, self._old)


class EditJourneyCommand(OnDocument, QUndoCommand):
    """Change a map's title, scenario, notes or personas (whose curves go with them)."""

    def __init__(self, document: Document, journey_id: str, fields: dict[str, Any]) -> None:
        if set(fields) == {"title"}:
            super().__init__(MapCommandText.tr("Rename Map"))
        else:
            super().__init__(MapCommandText.tr("Edit Map"))
        self._document = document
        self._journey_id = journey_id
        journey = document.journey(journey_id)
        persona_ids = fields.get("persona_ids")
        self._persona_ids = None if persona_ids is None else list(persona_ids)
        self._personas_before: MapPersonas | None = None
        self._new = {name: value for name, value in fields.items() if name != "persona_ids"}
        self._old = {name: getattr(journey, name) for name in self._new}
        # The map's own fields, checked on a map without its cards or curves (quick on any
        # size); the document moves the curves with the personas.
        bare = journey.model_copy(
            update={
                "cards": [],
                "stages": [],
                "lanes": [],
                "emotions": {},
                "persona_emotions": {},
            }
        )
        self._refuse_if(fields_problem(bare, fields))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_journey_fields(self._journey_id, self._new)
        if self._persona_ids is not None:
            self._personas_before = self._document.apply_map_personas(
                self._journey_id, self._persona_ids
            )

    def undo(self) -> None:
        if self._personas_before is not None:
            self._document.apply_map_personas(self._journey_id, self._personas_before)
        self._document.apply_journey_fields(self._journey_id, self._old)


class AddPersonaCommand(OnDocument, QUndoCommand):
    """Add a persona (new or a duplicate), optionally naming it on a map."""

    def __init__(
        self, document: Document, persona: Persona, text: str, journey_id: str | None = None
    ) -> None:
        super().__init__(text)
        self._document = document
        self._persona = persona
        self._index = len(document.project.personas)
        self._maps: dict[str, list[str]] = {}
        if journey_id is not None:
            self._maps[journey_id] = [*document.journey(journey_id).persona_ids, persona.id]
        self._refuse_if(fields_problem(persona, {}))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_insert_persona(self._index, self._persona, self._maps)

    def undo(self) -> None:
        self._document.apply_remove_persona(self._persona.id)


class RemovePersonaCommand(OnDocument, QUndoCommand):
    """Delete a persona, and its place on every map that names it."""

    def __init__(self, document: Document, persona_id: str) -> None:
        super().__init__(MapCommandText.tr("Delete Persona"))
        self._document = document
        self._persona_id = persona_id
        self._removed: tuple[int, Persona, dict[str, MapPersonas]] | None = None

    def redo(self) -> None:
        self._removed = self._document.apply_remove_persona(self._persona_id)

    def undo(self) -> None:
        assert self._removed is not None
        self._document.apply_insert_persona(*self._removed)


class EditPersonaCommand(OnDocument, QUndoCommand):
    """Change fields of a persona (name, role, age, quote, lists, colour, photo)."""

    def __init__(self, document: Document, persona_id: str, fields: dict[str, Any]) -> None:
        super().__init__(MapCommandText.tr("Edit Persona"))
        self._document = document
        self._persona_id = persona_id
        persona = document.persona(persona_id)
        self._new = dict(fields)
        self._old = {name: getattr(persona, name) for name in fields}
        self._refuse_if(fields_problem(persona, fields))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_persona_fields(self._persona_id, self._new)

    def undo(self) -> None:
        self._document.apply_persona_fields(self._persona_id, self._old)
