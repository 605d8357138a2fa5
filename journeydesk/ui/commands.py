"""Undoable edits. Each command stores ids and values, never graphics items.

A command computes everything it will change when it is made, so that redo and undo simply
apply one set of values or the other through the document's ``apply_*`` methods.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.model.project import Card, Journey, Lane, LaneKind, Stage
from journeydesk.model.rules import (
    emotion_problem,
    fields_problem,
    lane_kind_problem,
    placement_problem,
)
from journeydesk.ui.document import Axis, Document, Placement, StageScores

Cell = tuple[str, str]

_FIELD_NAMES = {
    "text": "Edit Card Text",
    "colour": "Change Card Colour",
    "tags": "Edit Card Tags",
    "votes": "Change Votes",
    "owner": "Change Card Owner",
    "notes": "Edit Card Notes",
}


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
        self.setObsolete(True)  # type: ignore[attr-defined]
        self._document.refused.emit(self._refusal)
        return True


def plural(count: int, noun: str) -> str:
    """ "Card" for one, "3 Cards" for more: how command names count."""
    return f"{count} {noun}s" if count != 1 else noun


def _cell_sequence(journey: Journey, cell: Cell, leaving: set[str]) -> list[str]:
    """The ids of a cell's cards in order, without those in ``leaving``."""
    return [c.id for c in journey.cards_in_cell(*cell) if c.id not in leaving]


def _numbered(cell: Cell, card_ids: list[str]) -> dict[str, Placement]:
    return {card_id: (cell[0], cell[1], order) for order, card_id in enumerate(card_ids)}


class SetProjectInfoCommand(OnDocument, QUndoCommand):
    """Change the project's title and description."""

    def __init__(self, document: Document, title: str, description: str) -> None:
        super().__init__("Edit Project Properties")
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


class _PlacementCommand(OnDocument, QUndoCommand):
    """Base of commands that also renumber cards in their cells."""

    def __init__(self, document: Document, journey_id: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._journey_id = journey_id
        self._before: dict[str, Placement] = {}
        self._after: dict[str, Placement] = {}

    def _record(self, after: dict[str, Placement]) -> None:
        """Keep the placements that change, with their current values for undo."""
        for card_id, placement in after.items():
            card = self._document.card(card_id)
            current = (card.lane_id, card.stage_id, card.order)
            if current != placement:
                self._before[card_id] = current
                self._after[card_id] = placement


class AddCardsCommand(_PlacementCommand):
    """Add new cards, each at an index in its cell (typed, pasted, duplicated or dropped)."""

    def __init__(
        self,
        document: Document,
        journey_id: str,
        cards: list[tuple[Card, int]],
        text: str | None = None,
    ) -> None:
        super().__init__(document, journey_id, text or f"Add {plural(len(cards), 'Card')}")
        journey = document.journey(journey_id)
        for card, _index in cards:
            self._refuse_if(placement_problem(journey, card.lane_id, card.stage_id))
            self._refuse_if(fields_problem(card, {}))
        if self._refusal:
            self._cards: list[Card] = []
            self._entries: list[tuple[int, Card]] = []
            return
        by_cell: dict[Cell, list[tuple[int, Card]]] = {}
        for card, index in cards:
            by_cell.setdefault((card.lane_id, card.stage_id), []).append((index, card))
        after: dict[str, Placement] = {}
        for cell, entries in by_cell.items():
            sequence = _cell_sequence(journey, cell, set())
            for index, card in sorted(entries, key=lambda e: e[0]):
                sequence.insert(max(0, min(index, len(sequence))), card.id)
            after.update(_numbered(cell, sequence))
        self._cards = []
        for card, _index in cards:
            card.order = after[card.id][2]
            self._cards.append(card)
        self._record({k: v for k, v in after.items() if k not in {c.id for c in self._cards}})
        start = len(journey.cards)
        self._entries = [(start + i, card) for i, card in enumerate(self._cards)]

    @property
    def card_ids(self) -> list[str]:
        """The ids of the cards this command adds."""
        return [card.id for card in self._cards]

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_placements(self._journey_id, self._after)
        self._document.apply_insert_cards(self._journey_id, self._entries)

    def undo(self) -> None:
        self._document.apply_remove_cards(self._journey_id, self.card_ids)
        self._document.apply_placements(self._journey_id, self._before)


class RemoveCardsCommand(OnDocument, QUndoCommand):
    """Delete cards; undo puts them back with the same ids, places and list positions."""

    def __init__(
        self,
        document: Document,
        journey_id: str,
        card_ids: list[str],
        text: str | None = None,
    ) -> None:
        super().__init__(text or f"Delete {plural(len(card_ids), 'Card')}")
        self._document = document
        self._journey_id = journey_id
        self._card_ids = list(card_ids)
        self._removed: list[tuple[int, Card]] = []

    def redo(self) -> None:
        self._removed = self._document.apply_remove_cards(self._journey_id, self._card_ids)

    def undo(self) -> None:
        self._document.apply_insert_cards(self._journey_id, self._removed)


class MoveCardsCommand(_PlacementCommand):
    """Move cards (in the given order) into a cell at an index among the cards staying."""

    def __init__(
        self,
        document: Document,
        journey_id: str,
        card_ids: list[str],
        target: Cell,
        index: int,
    ) -> None:
        super().__init__(document, journey_id, f"Move {plural(len(card_ids), 'Card')}")
        journey = document.journey(journey_id)
        self._refuse_if(placement_problem(journey, *target))
        if self._refusal:
            return
        moving = set(card_ids)
        sources = {(document.card(i).lane_id, document.card(i).stage_id) for i in card_ids}
        after: dict[str, Placement] = {}
        for cell in sources - {target}:
            after.update(_numbered(cell, _cell_sequence(journey, cell, moving)))
        sequence = _cell_sequence(journey, target, moving)
        index = max(0, min(index, len(sequence)))
        sequence[index:index] = card_ids
        after.update(_numbered(target, sequence))
        self._record(after)

    def is_noop(self) -> bool:
        """Whether the move changes nothing (dropped where the cards already were)."""
        return not self._after and not self._refusal

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_placements(self._journey_id, self._after)

    def undo(self) -> None:
        self._document.apply_placements(self._journey_id, self._before)


class EditCardCommand(OnDocument, QUndoCommand):
    """Change fields of one card (text, colour, tags, votes, owner, notes)."""

    def __init__(
        self, document: Document, journey_id: str, card_id: str, fields: dict[str, Any]
    ) -> None:
        name = _FIELD_NAMES.get(next(iter(fields)), "Edit Card") if len(fields) == 1 else None
        super().__init__(name or "Edit Card")
        self._document = document
        self._journey_id = journey_id
        self._card_id = card_id
        card = document.card(card_id)
        self._new = dict(fields)
        self._old = {name: getattr(card, name) for name in fields}
        self._refuse_if(fields_problem(card, fields))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_card_fields(self._journey_id, self._card_id, self._new)

    def undo(self) -> None:
        self._document.apply_card_fields(self._journey_id, self._card_id, self._old)


class EditCardsCommand(OnDocument, QUndoCommand):
    """Change fields of several cards as one step (the inspector's bulk edits)."""

    def __init__(
        self,
        document: Document,
        journey_id: str,
        changes: dict[str, dict[str, Any]],
        text: str,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._journey_id = journey_id
        self._new = {card_id: dict(fields) for card_id, fields in changes.items()}
        self._old = {
            card_id: {name: getattr(document.card(card_id), name) for name in fields}
            for card_id, fields in changes.items()
        }
        for card_id, fields in changes.items():
            self._refuse_if(fields_problem(document.card(card_id), fields))

    def is_noop(self) -> bool:
        """Whether no card would change."""
        return self._new == self._old

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_cards_fields(self._journey_id, self._new)

    def undo(self) -> None:
        self._document.apply_cards_fields(self._journey_id, self._old)


def _noun(axis: Axis) -> str:
    return "Stage" if axis == "stages" else "Lane"


class AddAxisItemCommand(OnDocument, QUndoCommand):
    """Add a stage or a lane at an index."""

    def __init__(
        self, document: Document, journey_id: str, axis: Axis, item: Stage | Lane, index: int
    ) -> None:
        super().__init__(f"Add {_noun(axis)}")
        self._document = document
        self._journey_id = journey_id
        self._axis: Axis = axis
        self._item = item
        self._index = index

    def redo(self) -> None:
        self._document.apply_insert_axis_item(
            self._journey_id, self._axis, self._index, self._item, None
        )

    def undo(self) -> None:
        self._document.apply_remove_axis_item(self._journey_id, self._axis, self._item.id)


class RemoveAxisItemCommand(OnDocument, QUndoCommand):
    """Delete a stage or a lane with its cards (and a stage's scores on every curve)."""

    def __init__(self, document: Document, journey_id: str, axis: Axis, item_id: str) -> None:
        super().__init__(f"Delete {_noun(axis)}")
        self._document = document
        self._journey_id = journey_id
        self._axis: Axis = axis
        self._item_id = item_id
        self._removed: tuple[int, Stage | Lane, StageScores] | None = None
        field = "stage_id" if axis == "stages" else "lane_id"
        journey = document.journey(journey_id)
        contents = [c.id for c in journey.cards if getattr(c, field) == item_id]
        # A plain member rather than a Qt child command: PySide then owns it exactly once.
        self._contents = RemoveCardsCommand(document, journey_id, contents) if contents else None

    def redo(self) -> None:
        if self._contents is not None:  # the cards first
            self._contents.redo()
        self._removed = self._document.apply_remove_axis_item(
            self._journey_id, self._axis, self._item_id
        )

    def undo(self) -> None:
        assert self._removed is not None
        index, item, scores = self._removed
        self._document.apply_insert_axis_item(self._journey_id, self._axis, index, item, scores)
        if self._contents is not None:  # then the cards
            self._contents.undo()


class MoveAxisItemCommand(OnDocument, QUndoCommand):
    """Move a stage or lane to another index; its cards travel with it."""

    def __init__(
        self, document: Document, journey_id: str, axis: Axis, item_id: str, index: int
    ) -> None:
        super().__init__(f"Move {_noun(axis)}")
        self._document = document
        self._journey_id = journey_id
        self._axis: Axis = axis
        self._item_id = item_id
        items = getattr(document.journey(journey_id), axis)
        self._old = next(i for i, item in enumerate(items) if item.id == item_id)
        self._new = max(0, min(index, len(items) - 1))

    def is_noop(self) -> bool:
        """Whether the item stays where it is."""
        return self._old == self._new

    def redo(self) -> None:
        self._document.apply_move_axis_item(self._journey_id, self._axis, self._item_id, self._new)

    def undo(self) -> None:
        self._document.apply_move_axis_item(self._journey_id, self._axis, self._item_id, self._old)


class EditAxisItemCommand(OnDocument, QUndoCommand):
    """Change fields of a stage (title, description, goal) or a lane (title, kind, colour)."""

    def __init__(
        self, document: Document, journey_id: str, axis: Axis, item_id: str, fields: dict[str, Any]
    ) -> None:
        super().__init__(f"Edit {_noun(axis)}")
        self._document = document
        self._journey_id = journey_id
        self._axis: Axis = axis
        self._item_id = item_id
        journey = document.journey(journey_id)
        item = next(i for i in getattr(journey, axis) if i.id == item_id)
        self._new = dict(fields)
        self._old = {name: getattr(item, name) for name in fields}
        self._refuse_if(fields_problem(item, fields))
        if axis == "lanes" and "kind" in fields:
            self._refuse_if(lane_kind_problem(journey, item_id, LaneKind(fields["kind"])))

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_axis_item_fields(
            self._journey_id, self._axis, self._item_id, self._new
        )

    def undo(self) -> None:
        self._document.apply_axis_item_fields(
            self._journey_id, self._axis, self._item_id, self._old
        )


class SetEmotionCommand(OnDocument, QUndoCommand):
    """Set or clear a stage's emotion score (-2..+2; None clears it) on one persona's curve.

    ``persona_id`` None (or the map's first persona) is the map's ``emotions``.
    """

    def __init__(
        self,
        document: Document,
        journey_id: str,
        stage_id: str,
        score: int | None,
        persona_id: str | None = None,
    ) -> None:
        super().__init__("Clear Feeling" if score is None else "Set Feeling")
        self._document = document
        self._journey_id, self._stage_id, self._persona_id = journey_id, stage_id, persona_id
        journey = document.journey(journey_id)
        self._old = journey.curve_of(persona_id).get(stage_id)
        self._new = score
        self._refuse_if(emotion_problem(journey, stage_id, score, persona_id))

    def is_noop(self) -> bool:
        """Whether the score would stay as it is."""
        return self._old == self._new and not self._refusal

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_emotion(self._journey_id, self._stage_id, self._new, self._persona_id)

    def undo(self) -> None:
        self._document.apply_emotion(self._journey_id, self._stage_id, self._old, self._persona_id)
