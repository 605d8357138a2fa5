"""What was edited since a project was last read or written, and checking it in full.

Saving checks the whole project's types, links and limits (``storage.checked_project_bytes``)
but not every value against its field's rules again: that is what makes validation slow, and
each value was checked when it was made or edited. As a second line against a bug that let a
bad value through, the parts edited since the last save (cards, maps, personas, the
project's own fields) are validated in full again: the cost follows the edits, not the map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from journeydesk.model.project import Card, Journey, Persona, Project


@dataclass
class Changes:
    """The parts of a project edited since it was last read or written."""

    cards: set[str] = field(default_factory=set)
    journeys: set[str] = field(default_factory=set)
    personas: bool = False
    project: bool = False
    #: Too much changed to name (maps added or removed): check everything.
    everything: bool = False

    def clear(self) -> None:
        """Forget the edits (the project was just written, or read)."""
        self.cards.clear()
        self.journeys.clear()
        self.personas = self.project = self.everything = False


def changes_valid(project: Project, changes: Changes) -> bool:
    """Whether every part named in ``changes`` passes its model's validation in full.

    ``changes.everything`` is never valid here: the caller then checks the whole project.
    """
    if changes.everything:
        return False
    try:
        if changes.project:
            fields = project.model_dump(exclude={"journeys", "personas"})
            Project.model_validate({**fields, "journeys": [], "personas": []})
        if changes.personas:
            for persona in project.personas:
                Persona.model_validate(persona.model_dump())
        for journey in project.journeys:
            if journey.id in changes.journeys:
                Journey.model_validate({**journey.model_dump(exclude={"cards"}), "cards": []})
            if changes.cards:
                for card in journey.cards:
                    if card.id in changes.cards:
                        Card.model_validate(card.model_dump())
    except ValidationError:
        return False
    return True
