"""The document's changes of dot-voting rounds, called by the commands in vote_commands.py.

``Document`` inherits ``VoteEditing``; every method here changes one map's rounds and then
emits ``votes_changed`` with the map's id. The rules (one open round, dots left, cards on the
map) are asked by the commands when they are made (model/voting.py ``*_problem``), so these
methods only apply what a command decided.

The dots that count also change without ``votes_changed`` when a card holding dots is deleted
or put back (``cards_removed``, ``cards_added``): its dots stay in the round but count only
while the card is on the map. A view of the dots left should follow those signals too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Signal

from journeydesk.model.project import Journey
from journeydesk.model.voting import Dot, VoteRound

if TYPE_CHECKING:
    _MixedIntoDocument = QObject  # the signal named below is Document's, a QObject's
else:
    _MixedIntoDocument = object


class VoteEditing(_MixedIntoDocument):
    """Changes of a map's vote rounds and their dots (for commands), mixed into ``Document``."""

    # Given by Document.
    votes_changed: ClassVar[Signal]
    journey: Callable[[str], Journey]

    def vote_round(self, journey_id: str, round_id: str) -> VoteRound:
        """The vote round with this id on the map (KeyError if it has none)."""
        for vote_round in self.journey(journey_id).vote_rounds:
            if vote_round.id == round_id:
                return vote_round
        raise KeyError(round_id)

    def apply_insert_round(self, journey_id: str, index: int, vote_round: VoteRound) -> None:
        """Put a round at ``index`` among the map's rounds (a new one goes last)."""
        self.journey(journey_id).vote_rounds.insert(index, vote_round)
        self.votes_changed.emit(journey_id)

    def apply_remove_round(self, journey_id: str, round_id: str) -> tuple[int, VoteRound]:
        """Take a round off the map, dots and all; return its index and itself (for undo)."""
        rounds = self.journey(journey_id).vote_rounds
        index = next(i for i, vote_round in enumerate(rounds) if vote_round.id == round_id)
        vote_round = rounds.pop(index)
        self.votes_changed.emit(journey_id)
        return index, vote_round

    def apply_round_end(self, journey_id: str, round_id: str, ended_at: datetime | None) -> None:
        """End a round at ``ended_at``, or reopen it with None (undo of ending it)."""
        vote_round = self.vote_round(journey_id, round_id)
        if vote_round.ended_at != ended_at:
            vote_round.ended_at = ended_at
            self.votes_changed.emit(journey_id)

    def apply_insert_dot(self, journey_id: str, round_id: str, index: int, dot: Dot) -> None:
        """Put a dot at ``index`` among the round's dots (a new one goes last)."""
        self.vote_round(journey_id, round_id).dots.insert(index, dot)
        self.votes_changed.emit(journey_id)

    def apply_remove_dot(self, journey_id: str, round_id: str, index: int) -> Dot:
        """Take the round's dot at ``index`` off; return it (for undo)."""
        dot = self.vote_round(journey_id, round_id).dots.pop(index)
        self.votes_changed.emit(journey_id)
        return dot
