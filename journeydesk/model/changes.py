"""What was edited since a project was last read or written, and checking it in full.

Saving checks the whole project's types, links and limits (``storage.checked_project_bytes``)
but not every value against its field's rules again: that is what makes validation slow, and
each value was checked when it was made or edited. As a second line against a bug that let a
bad value through, the parts edited since the last save (cards, maps, personas, the
project's own fields) are validated in full again: the cost follows the edits, not the map.

The rules between the parts of a project (``integrity``: cards in cells of their own map,
unique ids, links) are checked again in full on the maps whose own fields, structure, curves
or votes changed (``journeys_to_check``). A card that was moved or whose content changed
keeps its id and its links: of those rules it can only break its place, checked for that
card alone. Adding or removing cards can also break the card count, unique ids, links and
vote rounds, which are checked for what was added (``integrity.check_cards_added``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from journeydesk.model.integrity import check_places
from journeydesk.model.project import Card, Journey, Persona, Project


@dataclass
class Changes:
    """The parts of a project edited since it was last read or written."""

    #: Cards added, moved or whose content changed (not removed ones): validated in full.
    cards: set[str] = field(default_factory=set)
    #: Maps whose own fields, structure, curves or votes changed.
    journeys: set[str] = field(default_factory=set)
    #: Cards added (and not removed again): their ids must be unique.
    added: set[str] = field(default_factory=set)
    #: Maps where cards were added or removed.
    placed: set[str] = field(default_factory=set)
    personas: bool = False
    project: bool = False
    #: Too much changed to name (maps added or removed): check everything.
    everything: bool = False

    def clear(self) -> None:
        """Forget the edits (the project was just written, or read)."""
        self.cards.clear()
        self.journeys.clear()
        self.added.clear()
        self.placed.clear()
        self.personas = self.project = self.everything = False


def changes_valid(project: Project, changes: Changes) -> bool:
    """Whether every part named in ``changes`` passes its model's validation in full, and
    every card named sits in a cell of its map.

    ``changes.everything`` is never valid here, nor is a card named that is not found (a bug
    changed its id): the caller then checks the whole project.
    """
    if changes.everything:
        return False
    found = 0
    touched = {journey.id for journey in journeys_to_check(project, changes)}
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
                edited = [card for card in journey.cards if card.id in changes.cards]
                for card in edited:
                    Card.model_validate(card.model_dump())
                if edited and journey.id not in touched:
                    check_places(journey, edited)
                found += len(edited)
    except (ValidationError, PydanticCustomError):
        return False
    return found == len(changes.cards)


def journeys_to_check(project: Project, changes: Changes) -> list[Journey]:
    """The maps of ``project`` whose rules between parts must be checked again in full: those
    whose own fields, structure, curves or votes changed; all of them once anything else than
    maps and cards changed (personas, or too much to name)."""
    if changes.everything or changes.personas:
        return list(project.journeys)
    return [journey for journey in project.journeys if journey.id in changes.journeys]
