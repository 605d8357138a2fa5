"""Undoable edits of a map's stages and lanes, and of its emotion curves.

Like every command (see ``command_base.py``) these store ids and values, never graphics
items; deleting a stage or lane deletes its cards through a card command it holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.model.project import Lane, LaneKind, Stage
from journeydesk.model.rules import emotion_problem, fields_problem, lane_kind_problem
from journeydesk.ui.card_commands import RemoveCardsCommand
from journeydesk.ui.command_base import CommandText, OnDocument
from journeydesk.ui.document import Axis, Document, StageScores


class AddAxisItemCommand(OnDocument, QUndoCommand):
    """Add a stage or a lane at an index."""

    def __init__(
        self, document: Document, journey_id: str, axis: Axis, item: Stage | Lane, index: int
    ) -> None:
        stages = axis == "stages"
        super().__init__(CommandText.tr("Add Stage") if stages else CommandText.tr("Add Lane"))
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
        stages = axis == "stages"
        super().__init__(
            CommandText.tr("Delete Stage") if stages else CommandText.tr("Delete Lane")
        )
        self._document = document
        self._journey_id = journey_id
        self._axis: Axis = axis
        self._item_id = item_id
        self._removed: tuple[int, Stage | Lane, StageScores] | None = None
        field = "stage_id" if stages else "lane_id"
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
        stages = axis == "stages"
        super().__init__(CommandText.tr("Move Stage") if stages else CommandText.tr("Move Lane"))
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
        stages = axis == "stages"
        super().__init__(CommandText.tr("Edit Stage") if stages else CommandText.tr("Edit Lane"))
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
        super().__init__(
            CommandText.tr("Clear Feeling") if score is None else CommandText.tr("Set Feeling")
        )
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
