"""Dot voting on a journey map: a question, dots per participant, the dots placed on cards.

The facilitator starts a round (``VoteRound``) with its participants, named or numbered; while
the round is open each participant places up to ``dots_per_participant`` dots on the map's
cards (several on one card if they like); then the round is ended and tallied. A map keeps
its rounds in ``Journey.vote_rounds``, oldest first, and only the last one may be open.

A dot names its card by id. A dot whose card was deleted later stays in the round, so that
undoing the deletion brings it back, but it counts nowhere: not in the tally, not on the map,
not against its participant's dots. The card's own ``votes`` number is a separate, manual
count that voting never touches.

The rules an edit must keep (``*_problem``) are asked by the undo commands before they change
anything; each answer is a sentence for the facilitator, or None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, ValidatorFunctionWrapHandler, field_validator, model_validator

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.base import (
    Id,
    ShortText,
    _integrity_error,
    _Model,
    in_utc,
    new_id,
    now,
    short_label,
)

if TYPE_CHECKING:
    from journeydesk.model.project import Journey

MAX_PARTICIPANTS = 100
MAX_DOTS_PER_PARTICIPANT = 99
#: Dots kept in one round, those on deleted cards included (a full round places 9,900).
MAX_ROUND_DOTS = 20_000
MAX_ROUNDS = 200  # of one map


class VoteRuleText(Translatable):
    """Sentences of dot voting: why a round, a dot or a file's rounds break a rule."""


class Dot(_Model):
    """One dot a participant placed on a card."""

    card_id: Id
    #: Who placed it: an index into the round's ``participants`` (the first is 0).
    participant: Annotated[int, Field(ge=0)]


class VoteRound(_Model):
    """One round of dot voting on a map: its question, participants and the dots they placed."""

    id: Id = Field(default_factory=new_id)
    #: What the participants vote on, such as "Which pain point do we fix first?".
    question: ShortText = ""
    #: How many dots each participant may place, on one card or spread over several.
    dots_per_participant: Annotated[int, Field(ge=1, le=MAX_DOTS_PER_PARTICIPANT)] = 3
    #: The participants' names, in order ("Participant 1", ... when the round has a count).
    participants: Annotated[list[ShortText], Field(min_length=1, max_length=MAX_PARTICIPANTS)]
    #: When the round was started, in UTC to the second.
    started_at: Annotated[datetime, Field(strict=False)] = Field(default_factory=now)
    #: When the round was ended and tallied, in UTC; None while it is open.
    ended_at: Annotated[datetime | None, Field(strict=False)] = None
    #: The dots in the order they were placed.
    dots: Annotated[list[Dot], Field(max_length=MAX_ROUND_DOTS)] = Field(default_factory=list)

    @field_validator("started_at", "ended_at", mode="wrap")
    @classmethod
    def _in_utc(cls, value: object, handler: ValidatorFunctionWrapHandler) -> datetime | None:
        # None is for the field to judge: an open round's end, but never a start.
        return handler(value) if value is None else in_utc(value, handler)

    @model_validator(mode="after")
    def _check_round(self) -> VoteRound:
        if self.ended_at is not None and self.ended_at < self.started_at:
            message = VoteRuleText.tr("the round ended at %1, before it started at %2")
            raise _integrity_error(arg(message, _moment(self.ended_at), _moment(self.started_at)))
        count = len(self.participants)
        for place, dot in enumerate(self.dots, start=1):
            if dot.participant >= count:
                message = VoteRuleText.tr(
                    "dot %1 was placed by participant number %2, but the round has "
                    "%n participant(s)",
                    "",
                    count,
                )
                raise _integrity_error(arg(message, place, dot.participant + 1))
        return self

    @property
    def is_open(self) -> bool:
        """Whether participants may still place dots (the round has not been ended)."""
        return self.ended_at is None

    def participant_name(self, participant: int) -> str:
        """A participant's name to show: as given, or "Participant 3" when left blank."""
        name = self.participants[participant].strip()
        return name or arg(VoteRuleText.tr("Participant %1"), participant + 1)

    def dots_of(self, participant: int) -> list[Dot]:
        """The dots a participant placed, in the order placed (those on deleted cards too)."""
        return [dot for dot in self.dots if dot.participant == participant]

    def dots_left(self, participant: int, card_ids: Collection[str]) -> int:
        """How many dots a participant may still place; only dots on ``card_ids`` count.

        Give the ids of the cards on the map (a set is quickest): a participant gets back
        the dots that were on a card since deleted.
        """
        placed = sum(1 for d in self.dots if d.participant == participant and d.card_id in card_ids)
        return max(0, self.dots_per_participant - placed)

    def dots_on(self, card_id: str) -> list[int]:
        """The participants of the dots on a card, one entry a dot, in the order placed."""
        return [dot.participant for dot in self.dots if dot.card_id == card_id]

    def dots_by_card(self) -> dict[str, tuple[int, ...]]:
        """Every card's dots as ``dots_on`` gives them, by card id (deleted cards' too)."""
        by_card: dict[str, list[int]] = {}
        for dot in self.dots:
            by_card.setdefault(dot.card_id, []).append(dot.participant)
        return {card_id: tuple(participants) for card_id, participants in by_card.items()}

    def tally(self, cards_in_map_order: Sequence[str]) -> list[tuple[str, int]]:
        """The result: (card id, dots) of each card with dots, most dots first.

        Only the cards of ``cards_in_map_order`` (the cards on the map, see ``map_order``)
        are counted; cards with as many dots keep the order they have there.
        """
        counts = Counter(dot.card_id for dot in self.dots)
        voted = [(card_id, counts[card_id]) for card_id in cards_in_map_order if counts[card_id]]
        return sorted(voted, key=lambda entry: -entry[1])  # stable: ties stay in map order


VoteRounds = Annotated[list[VoteRound], Field(max_length=MAX_ROUNDS)]


def numbered_participants(count: int) -> list[str]:
    """The participants of a round with just a count: "Participant 1" to "Participant n".

    The names are stored in the map, in the language of whoever started the round.
    """
    return [arg(VoteRuleText.tr("Participant %1"), place) for place in range(1, count + 1)]


def latest_round(journey: Journey) -> VoteRound | None:
    """The map's last round, open or ended: the one its cards show (None: never voted)."""
    return journey.vote_rounds[-1] if journey.vote_rounds else None


def open_round(journey: Journey) -> VoteRound | None:
    """The map's open round, which takes dots (None when no round is open)."""
    last = latest_round(journey)
    return last if last is not None and last.is_open else None


def map_order(journey: Journey) -> list[str]:
    """The ids of the map's cards in reading order: lane by lane, stage by stage, in order."""
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    stages = {stage.id: i for i, stage in enumerate(journey.stages)}
    cards = sorted(journey.cards, key=lambda c: (lanes[c.lane_id], stages[c.stage_id], c.order))
    return [card.id for card in cards]


def shown_dots(journey: Journey) -> dict[str, tuple[int, ...]]:
    """The dots the map's cards show, by card id: its latest round's (see ``dots_by_card``)."""
    last = latest_round(journey)
    return last.dots_by_card() if last is not None and last.dots else {}


def copied_rounds(rounds: list[VoteRound], card_ids: Mapping[str, str]) -> list[VoteRound]:
    """``rounds`` for a copy of their map: new ids, each dot on the copy of its card.

    ``card_ids`` maps the original cards' ids to their copies'. Dots on cards that were not
    copied (deleted before the copy was made) are left behind: no undo brings those back.
    """
    copies = []
    for vote_round in rounds:
        dots = [
            Dot(card_id=card_ids[dot.card_id], participant=dot.participant)
            for dot in vote_round.dots
            if dot.card_id in card_ids
        ]
        copies.append(vote_round.model_copy(deep=True, update={"id": new_id(), "dots": dots}))
    return copies


def check_rounds(journey: Journey) -> None:
    """The rules a map's rounds keep together (each round checks its own on validation)."""
    rounds = journey.vote_rounds
    if not rounds:
        return
    for place, earlier in enumerate(rounds[:-1], start=1):
        if earlier.is_open:
            message = VoteRuleText.tr(
                "%1 is still open although a later round was started; only the last round of a "
                "map may be open"
            )
            raise _integrity_error(arg(message, _round_name(earlier, place)))
    card_ids = {card.id for card in journey.cards}
    for place, vote_round in enumerate(rounds, start=1):
        placed = Counter(d.participant for d in vote_round.dots if d.card_id in card_ids)
        for participant, count in sorted(placed.items()):
            if count > vote_round.dots_per_participant:
                name = short_label(vote_round.participant_name(participant))
                message = VoteRuleText.tr(
                    "participant '%1' placed %2 dots on the cards in %3, where each participant "
                    "has %n dot(s)",
                    "",
                    vote_round.dots_per_participant,
                )
                round_name = _round_name(vote_round, place)
                raise _integrity_error(arg(message, name, number(count), round_name))


# Rules asked before an edit (by the undo commands): a sentence, or None when it may be made.


def start_problem(journey: Journey) -> str | None:
    """Why a new round may not start on the map (None: it may)."""
    if open_round(journey) is not None:
        return VoteRuleText.tr(
            "A vote round is already open on this map; end it before starting another."
        )
    if len(journey.vote_rounds) >= MAX_ROUNDS:
        message = VoteRuleText.tr("A map keeps at most %1 vote rounds; delete an old one first.")
        return arg(message, number(MAX_ROUNDS))
    return None


def end_problem(journey: Journey) -> str | None:
    """Why the map's round may not be ended (None: it may)."""
    if open_round(journey) is not None:
        return None
    return VoteRuleText.tr("No vote round is open on this map.")


def dot_problem(journey: Journey, card_id: str, participant: int) -> str | None:
    """Why a participant may not place a dot on a card (None: they may)."""
    vote_round = open_round(journey)
    if vote_round is None:
        return VoteRuleText.tr("No vote round is open on this map; start one to place dots.")
    card_ids = {card.id for card in journey.cards}
    if card_id not in card_ids:
        return VoteRuleText.tr("That card is no longer on the map.")
    if not 0 <= participant < len(vote_round.participants):
        message = VoteRuleText.tr("The vote round has no participant number %1.")
        return arg(message, participant + 1)
    if vote_round.dots_left(participant, card_ids) == 0:
        message = VoteRuleText.tr(
            "%1 has placed all their %n dot(s).", "", vote_round.dots_per_participant
        )
        return arg(message, vote_round.participant_name(participant))
    return None


def removal_problem(journey: Journey, card_id: str, participant: int) -> str | None:
    """Why a participant's dot may not be taken off a card (None: it may)."""
    vote_round = open_round(journey)
    if vote_round is None:
        return VoteRuleText.tr(
            "No vote round is open on this map; dots change only while a round is open."
        )
    if participant not in vote_round.dots_on(card_id):
        if 0 <= participant < len(vote_round.participants):
            message = VoteRuleText.tr("%1 has no dot on that card.")
            return arg(message, vote_round.participant_name(participant))
        message = VoteRuleText.tr("Participant number %1 has no dot on that card.")
        return arg(message, participant + 1)
    return None


def _moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


def _round_name(vote_round: VoteRound, place: int) -> str:
    """ "vote round 'Question'", or "vote round 2" (its place on the map) without a question."""
    label = short_label(vote_round.question)
    if label:
        return arg(VoteRuleText.tr("vote round '%1'"), label)
    return arg(VoteRuleText.tr("vote round %1"), place)
