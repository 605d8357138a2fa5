"""Undoable edits of dot voting: start a round, place and remove dots, end or delete a round.

Like every command (see command_base.py) these store ids and values, never items, and ask the
model's rules when they are made: one that would break a rule (a second open round, a dot
with none left, a card no longer on the map) changes nothing, leaves nothing to undo, and
the document's ``refused`` signal says why. ``refusal()`` tells the caller beforehand.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtGui import QUndoCommand

from journeydesk.model.errors import describe_validation_error
from journeydesk.model.project import now
from journeydesk.model.voting import (
    Dot,
    VoteRound,
    dot_problem,
    end_problem,
    numbered_participants,
    open_round,
    removal_problem,
    start_problem,
)
from journeydesk.ui.command_base import CommandText, OnDocument
from journeydesk.ui.document import Document


class StartVoteRoundCommand(OnDocument, QUndoCommand):
    """Start a round of dot voting on a map; it is open until ended.

    ``participants`` is their names, or a count for a round of "Participant 1" to
    "Participant n". A name may be blank (it shows as "Participant 3").
    """

    def __init__(
        self,
        document: Document,
        journey_id: str,
        question: str,
        dots_per_participant: int,
        participants: list[str] | int,
    ) -> None:
        super().__init__(CommandText.tr("Start Vote Round"))
        self._document = document
        self._journey_id = journey_id
        names = (
            numbered_participants(participants)
            if isinstance(participants, int) and not isinstance(participants, bool)
            else participants
        )
        raw = {
            "question": question,
            "dots_per_participant": dots_per_participant,
            "participants": names,
        }
        self._round: VoteRound | None = None
        self._refuse_if(start_problem(document.journey(journey_id)))
        try:
            self._round = VoteRound.model_validate(raw)
        except ValidationError as error:
            self._refuse_if(describe_validation_error(error, raw))

    @property
    def round_id(self) -> str | None:
        """The id of the round this command starts (None when it is refused)."""
        return self._round.id if self._round is not None and not self._refusal else None

    def redo(self) -> None:
        if self._refused():
            return
        assert self._round is not None
        index = len(self._document.journey(self._journey_id).vote_rounds)
        self._document.apply_insert_round(self._journey_id, index, self._round)

    def undo(self) -> None:
        assert self._round is not None
        self._document.apply_remove_round(self._journey_id, self._round.id)


class _OpenRoundCommand(OnDocument, QUndoCommand):
    """Base of the commands that change the map's open round (found when they are made)."""

    def __init__(self, document: Document, journey_id: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._journey_id = journey_id
        vote_round = open_round(document.journey(journey_id))
        self._round_id = vote_round.id if vote_round is not None else ""


class PlaceDotCommand(_OpenRoundCommand):
    """A participant (by index in the open round) places one dot on a card."""

    def __init__(self, document: Document, journey_id: str, card_id: str, participant: int) -> None:
        super().__init__(document, journey_id, CommandText.tr("Place Dot"))
        journey = document.journey(journey_id)
        self._refuse_if(dot_problem(journey, card_id, participant))
        self._dot: Dot | None = None
        self._index = -1
        if not self._refusal:
            self._dot = Dot(card_id=card_id, participant=participant)
            self._index = len(document.vote_round(journey_id, self._round_id).dots)

    def redo(self) -> None:
        if self._refused():
            return
        assert self._dot is not None
        self._document.apply_insert_dot(self._journey_id, self._round_id, self._index, self._dot)

    def undo(self) -> None:
        self._document.apply_remove_dot(self._journey_id, self._round_id, self._index)


class RemoveDotCommand(_OpenRoundCommand):
    """Take off a card the dot a participant placed there last."""

    def __init__(self, document: Document, journey_id: str, card_id: str, participant: int) -> None:
        super().__init__(document, journey_id, CommandText.tr("Remove Dot"))
        self._refuse_if(removal_problem(document.journey(journey_id), card_id, participant))
        self._index = -1
        self._dot: Dot | None = None
        if not self._refusal:
            dots = document.vote_round(journey_id, self._round_id).dots
            self._index = max(
                i
                for i, d in enumerate(dots)
                if (d.card_id, d.participant) == (card_id, participant)
            )

    def redo(self) -> None:
        if self._refused():
            return
        self._dot = self._document.apply_remove_dot(self._journey_id, self._round_id, self._index)

    def undo(self) -> None:
        assert self._dot is not None
        self._document.apply_insert_dot(self._journey_id, self._round_id, self._index, self._dot)


class EndVoteRoundCommand(_OpenRoundCommand):
    """End the map's open round: its dots are final and tallied. Undo reopens it."""

    def __init__(self, document: Document, journey_id: str) -> None:
        super().__init__(document, journey_id, CommandText.tr("End Vote Round"))
        self._refuse_if(end_problem(document.journey(journey_id)))
        self._ended_at = now()
        if not self._refusal:  # never before its start, whatever the clock did since
            started = document.vote_round(journey_id, self._round_id).started_at
            self._ended_at = max(self._ended_at, started)

    def redo(self) -> None:
        if self._refused():
            return
        self._document.apply_round_end(self._journey_id, self._round_id, self._ended_at)

    def undo(self) -> None:
        self._document.apply_round_end(self._journey_id, self._round_id, None)


class DeleteVoteRoundCommand(OnDocument, QUndoCommand):
    """Delete a round, open or ended, with its dots; undo puts it back in its place."""

    def __init__(self, document: Document, journey_id: str, round_id: str) -> None:
        super().__init__(CommandText.tr("Delete Vote Round"))
        self._document = document
        self._journey_id = journey_id
        self._round_id = round_id
        self._removed: tuple[int, VoteRound] | None = None
        rounds = document.journey(journey_id).vote_rounds
        if all(vote_round.id != round_id for vote_round in rounds):
            self._refuse_if(CommandText.tr("That vote round is no longer on the map."))

    def redo(self) -> None:
        if self._refused():
            return
        self._removed = self._document.apply_remove_round(self._journey_id, self._round_id)

    def undo(self) -> None:
        assert self._removed is not None
        self._document.apply_insert_round(self._journey_id, *self._removed)
