"""Undoable edits of cards: add, delete, move (renumbering their cells) and change fields.

Like every command (see ``command_base.py``) these store ids and values, never graphics
items, and compute everything they will change when they are made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.model.project import Card, Journey
from journeydesk.model.rules import fields_problem, placement_problem
from journeydesk.ui.command_base import CommandText, OnDocument
from journeydesk.ui.document import Document, Placement

Cell = tuple[str, str]


def _field_edit_name(field: str) -> str:
    """The Edit menu's name of a change of one card field."""
    names = {
        "text": CommandText.tr("Edit Card Text"),
        "colour": CommandText.tr("Change Card Colour"),
        "tags": CommandText.tr("Edit Card Tags"),
        "votes": CommandText.tr("Change Votes"),
        "owner": CommandText.tr("Change Card Owner"),
        "notes": CommandText.tr("Edit Card Notes"),
    }
    return names.get(field) or CommandText.tr("Edit Card")


def _cell_sequence(journey: Journey, cell: Cell, leaving: set[str]) -> list[str]:
    """The ids of a cell's cards in order, without those in ``leaving``."""
    return [c.id for c in journey.cards_in_cell(*cell) if c.id not in leaving]


def _numbered(cell: Cell, card_ids: list[str]) -> dict[str, Placement]:
    return {card_id: (cell[0], cell[1], order) for order, card_id in enumerate(card_ids)}


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
        super().__init__(
            document, journey_id, text or CommandText.tr("Add %n Card(s)", "", len(cards))
        )
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
        super().__init__(text or CommandText.tr("Delete %n Card(s)", "", len(card_ids)))
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
        super().__init__(document, journey_id, CommandText.tr("Move %n Card(s)", "", len(card_ids)))
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
        single = len(fields) == 1
        super().__init__(_field_edit_name(next(iter(fields)) if single else ""))
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
