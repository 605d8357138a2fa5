"""The document's changes of personas and of which personas a map shows, for commands.

``Document`` inherits ``PersonaEditing``. A map's emotion curves belong to its personas: the
map's own curve (``emotions``) is its first persona's, the others' are ``persona_emotions``,
so every change of a map's personas moves the curves with them (``apply_map_personas``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from pydantic import BaseModel
from PySide6.QtCore import QObject, Signal

from journeydesk.model.project import Journey, Persona, Project

if TYPE_CHECKING:
    _MixedIntoDocument = QObject  # the signals named below are Document's, a QObject's
else:
    _MixedIntoDocument = object


class MapPersonas(NamedTuple):
    """A map's personas with their emotion curves, as a change of its personas found them."""

    persona_ids: list[str]
    emotions: dict[str, int]
    persona_emotions: dict[str, dict[str, int]]


def set_fields(item: BaseModel, fields: dict[str, Any]) -> bool:
    """Set the fields of a model object that differ; return whether anything changed."""
    changed = False
    for name, value in fields.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
            changed = True
    return changed


class PersonaEditing(_MixedIntoDocument):
    """Changes of the project's personas and of maps' personas (for commands)."""

    # Given by Document.
    journey_changed: ClassVar[Signal]
    emotions_changed: ClassVar[Signal]
    personas_changed: ClassVar[Signal]
    _project: Project
    journey: Callable[[str], Journey]

    def persona(self, persona_id: str) -> Persona:
        """The persona with this id (KeyError if there is none)."""
        for persona in self._project.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def apply_insert_persona(
        self,
        index: int,
        persona: Persona,
        maps: Mapping[str, list[str] | MapPersonas] | None = None,
    ) -> None:
        """Insert a persona; ``maps`` gives maps their personas (for commands).

        Each map gets what ``apply_map_personas`` takes: a new list of persona ids, or the
        personas and curves ``apply_remove_persona`` returned (undo).
        """
        self._project.personas.insert(index, persona)
        for journey_id, personas in (maps or {}).items():
            self.apply_map_personas(journey_id, personas)
        self.personas_changed.emit()

    def apply_remove_persona(self, persona_id: str) -> tuple[int, Persona, dict[str, MapPersonas]]:
        """Remove a persona and its place on maps; return what undo needs (for commands)."""
        personas = self._project.personas
        index = next(i for i, persona in enumerate(personas) if persona.id == persona_id)
        persona = personas.pop(index)
        maps: dict[str, MapPersonas] = {}
        for journey in self._project.journeys:
            if persona_id in journey.persona_ids:
                others = [i for i in journey.persona_ids if i != persona_id]
                maps[journey.id] = self.apply_map_personas(journey.id, others)
        self.personas_changed.emit()
        return index, persona, maps

    def apply_map_personas(self, journey_id: str, personas: list[str] | MapPersonas) -> MapPersonas:
        """Give a map other personas, each emotion curve staying with its persona.

        Every change of a map's ``persona_ids`` goes through here. ``personas`` is the new
        list of persona ids, or (undo) what this method returned, put back exactly. The map's
        own curve becomes its first persona's when it gets one, and the first persona's
        becomes the map's own again when no persona is left. Returns the map's personas and
        curves as they were (for commands).
        """
        journey = self.journey(journey_id)
        before = _copied(
            MapPersonas(journey.persona_ids, journey.emotions, journey.persona_emotions)
        )
        given = personas if isinstance(personas, MapPersonas) else _rekeyed(journey, personas)
        after = _copied(given)
        journey.persona_ids = after.persona_ids
        journey.emotions = after.emotions
        journey.persona_emotions = after.persona_emotions
        if after.persona_ids != before.persona_ids:
            self.journey_changed.emit(journey_id)
        if (after.emotions, after.persona_emotions) != (before.emotions, before.persona_emotions):
            self.emotions_changed.emit(journey_id)
        return before

    def apply_persona_fields(self, persona_id: str, fields: dict[str, Any]) -> None:
        """Change a persona's fields (for commands)."""
        if set_fields(self.persona(persona_id), fields):
            self.personas_changed.emit()


def _copied(personas: MapPersonas) -> MapPersonas:
    """A copy sharing no list or dictionary with ``personas`` (or with a map)."""
    return MapPersonas(
        list(personas.persona_ids),
        dict(personas.emotions),
        {i: dict(curve) for i, curve in personas.persona_emotions.items()},
    )


def _rekeyed(journey: Journey, persona_ids: list[str]) -> MapPersonas:
    """``journey``'s personas become ``persona_ids``, each curve staying with its persona."""
    old_first = journey.persona_ids[0] if journey.persona_ids else None
    # Every persona the map names has a curve, empty when it has no score.
    curves: dict[str | None, dict[str, int]] = {
        i: journey.persona_emotions.get(i, {}) for i in journey.persona_ids[1:]
    }
    curves[old_first] = journey.emotions
    new_first = persona_ids[0] if persona_ids else None
    if new_first in curves:
        emotions = curves[new_first]
    elif old_first not in persona_ids:
        # A map's own curve is its first persona's once it has one, and the other way round.
        emotions = curves[old_first]
    else:
        emotions = {}
    others = {i: curves[i] for i in persona_ids[1:] if curves.get(i)}
    return MapPersonas(list(persona_ids), emotions, others)
