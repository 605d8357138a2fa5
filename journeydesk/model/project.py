"""The pydantic models of a JourneyDesk project: personas, journeys, stages, lanes and cards.

Every model keeps fields it does not know (``extra="allow"``), so a file written by a newer
version loses nothing when this version saves it again. Integrity (cards point at lanes and
stages of their own journey, ids are unique, counts stay sane) is checked on validation, with
messages that name the thing in a facilitator's words (``integrity.py``).
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    Field,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from journeydesk.i18n import arg, number
from journeydesk.model.base import MAX_SHORT_TEXT as MAX_SHORT_TEXT
from journeydesk.model.base import (
    Id,
    ShortText,
    _Model,
    in_utc,
    new_id,
    now,
)
from journeydesk.model.base import JourneyState as JourneyState
from journeydesk.model.base import LaneKind as LaneKind
from journeydesk.model.base import short_label as short_label
from journeydesk.model.integrity import check_journey, check_project
from journeydesk.model.photos import MAX_PHOTO_BYTES, PhotoCheckText, PhotoError, check_photo
from journeydesk.model.voting import VoteRounds

#: The marker every project file carries in its top-level ``"format"`` field.
FORMAT_MARKER = "journeydesk"
#: The file format this version writes; see docs/file-format.md for the history.
SCHEMA_VERSION = 1

# Bounds that a real workshop never reaches but that keep a damaged or hostile file in check
# (MAX_SHORT_TEXT, for titles, names, tags and owners, is in base.py).
MAX_TEXT = 10_000  # card text, notes, descriptions
MAX_CARDS = 20_000  # in a whole project
MAX_STAGES = 500  # in one journey
MAX_LANES = 200  # in one journey
MAX_JOURNEYS = 500
MAX_PERSONAS = 500
MAX_LIST_ITEMS = 200  # tags of a card, goals of a persona, ...
MAX_VOTES = 100_000
MAX_ORDER = 1_000_000
EMOTION_MIN, EMOTION_MAX = -2, 2

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
EmotionScore = Annotated[int, Field(ge=EMOTION_MIN, le=EMOTION_MAX, strict=True)]


def _is_none(value: object) -> bool:
    """Links of a future state are left out of the file when there are none."""
    return value is None


def _is_empty(value: object) -> bool:
    """A map's other personas' curves and its vote rounds are left out of files without any."""
    return not value


class Photo(_Model):
    """A persona's picture, embedded in the project as base64 so the file stays self-contained."""

    media_type: Literal["image/png", "image/jpeg", "image/webp", "image/gif"]
    data: str

    @field_validator("data")
    @classmethod
    def _check_length(cls, value: str) -> str:
        # Refused before decoding: base64 takes 4 characters for every 3 bytes.
        if len(value) > (MAX_PHOTO_BYTES + 2) // 3 * 4:
            message = PhotoCheckText.tr("the photo is larger than %1 MB")
            limit = number(MAX_PHOTO_BYTES // (1024 * 1024))
            raise PydanticCustomError(
                "photo_too_large", "{detail}", {"detail": arg(message, limit)}
            )
        return value

    @model_validator(mode="after")
    def _check_picture(self) -> Photo:
        try:
            data = base64.b64decode(self.data, validate=True)
        except binascii.Error:
            message = PhotoCheckText.tr("the photo data is damaged (not base64)")
            raise PydanticCustomError("photo_not_base64", "{detail}", {"detail": message}) from None
        try:
            check_photo(data, self.media_type)
        except PhotoError as error:
            sentence = str(error)
            raise PydanticCustomError(
                "photo_invalid", "{detail}", {"detail": sentence[0].lower() + sentence[1:]}
            ) from None
        return self

    def image_bytes(self) -> bytes:
        """Return the decoded image file."""
        return base64.b64decode(self.data)


class Persona(_Model):
    """The customer whose journey a map tells."""

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    role: ShortText = ""
    age: Annotated[int, Field(ge=0, le=150)] | None = None
    quote: Text = ""
    goals: Annotated[list[Text], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    needs: Annotated[list[Text], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    frustrations: Annotated[list[Text], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default_factory=list
    )
    photo: Photo | None = None
    colour: Colour = "#7e57c2"


class Stage(_Model):
    """A column of the map: one step of the customer's journey."""

    id: Id = Field(default_factory=new_id)
    title: ShortText = ""
    description: Text = ""
    #: What the customer wants to achieve in this stage.
    goal: Text = ""
    #: In a future state: the stage of the current state this one was copied from.
    source_stage_id: Id | None = Field(default=None, exclude_if=_is_none)


class Lane(_Model):
    """A row of the map: actions, thinking, feelings, pain points, opportunities, ..."""

    id: Id = Field(default_factory=new_id)
    title: ShortText = ""
    kind: Annotated[LaneKind, Field(strict=False)] = LaneKind.CARDS
    colour: Colour = "#fff3b0"


class Card(_Model):
    """A sticky note in one cell (lane x stage) of a journey."""

    id: Id = Field(default_factory=new_id)
    lane_id: Id
    stage_id: Id
    #: The card's place among the cards of its cell (ascending; ties keep file order).
    order: Annotated[int, Field(ge=0, le=MAX_ORDER)] = 0
    text: Text = ""
    #: None means "the lane's colour".
    colour: Colour | None = None
    tags: Annotated[list[ShortText], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    votes: Annotated[int, Field(ge=0, le=MAX_VOTES)] = 0
    owner: ShortText = ""
    #: Evidence, source, anything the facilitator wants to keep with the card.
    notes: Text = ""
    #: In a future state: the card of the current state this one was copied from.
    source_card_id: Id | None = Field(default=None, exclude_if=_is_none)


class Journey(_Model):
    """One journey map: stages across, lanes down, cards in the cells, emotion curves.

    ``emotions`` is the emotion curve of the map's first persona, or the map's own curve when
    it names no persona; ``persona_emotions`` holds the curves of its other personas, by
    persona id. A persona without scores has no entry there.
    """

    id: Id = Field(default_factory=new_id)
    title: ShortText = ""
    scenario: Text = ""
    persona_ids: Annotated[list[Id], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    state: Annotated[JourneyState, Field(strict=False)] = JourneyState.CURRENT
    stages: Annotated[list[Stage], Field(max_length=MAX_STAGES)] = Field(default_factory=list)
    lanes: Annotated[list[Lane], Field(max_length=MAX_LANES)] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    #: Emotion score per stage id, from -2 (very unhappy) to +2 (delighted); absent = unset.
    emotions: dict[Id, EmotionScore] = Field(default_factory=dict)
    #: The emotion curves of the map's personas after the first: persona id -> stage id -> score.
    persona_emotions: dict[Id, dict[Id, EmotionScore]] = Field(
        default_factory=dict, exclude_if=_is_empty
    )
    notes: Text = ""
    #: In a future state: the map (the current state) this one was made from.
    source_journey_id: Id | None = Field(default=None, exclude_if=_is_none)
    #: The map's dot-voting rounds, oldest first (see voting.py); only the last may be open.
    vote_rounds: VoteRounds = Field(default_factory=list, exclude_if=_is_empty)

    @model_validator(mode="after")
    def _check_integrity(self) -> Journey:
        check_journey(self)
        # Keep scores in stage order, and curves in persona order, so that the file diffs cleanly.
        self.emotions = self.in_stage_order(self.emotions)
        self.persona_emotions = {
            persona_id: self.in_stage_order(self.persona_emotions[persona_id])
            for persona_id in self.persona_ids[1:]
            if self.persona_emotions.get(persona_id)
        }
        return self

    def in_stage_order(self, curve: dict[str, int]) -> dict[str, int]:
        """``curve``'s scores in the order of this map's stages (a file keeps them so)."""
        return {stage.id: curve[stage.id] for stage in self.stages if stage.id in curve}

    def curve_of(self, persona_id: str | None) -> dict[str, int]:
        """The emotion curve of one persona of this map, by stage id.

        None or the first persona gives ``emotions``; a persona without scores (or one the
        map does not name) gives an empty curve. The curve is the map's own dictionary: read
        it, change it only through commands.
        """
        if persona_id is None or persona_id == (self.persona_ids or [None])[0]:
            return self.emotions
        return self.persona_emotions.get(persona_id, {})

    def curves(self) -> list[tuple[str | None, dict[str, int]]]:
        """Every emotion curve of the map, as (persona id, curve) in the order of its personas.

        A map that names no persona has one curve, its own: ``[(None, emotions)]``.
        """
        if not self.persona_ids:
            return [(None, self.emotions)]
        return [(persona_id, self.curve_of(persona_id)) for persona_id in self.persona_ids]

    def stage(self, stage_id: str) -> Stage:
        """Return the stage with this id (KeyError if there is none)."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def lane(self, lane_id: str) -> Lane:
        """Return the lane with this id (KeyError if there is none)."""
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def cards_in_cell(self, lane_id: str, stage_id: str) -> list[Card]:
        """Return the cards of one cell in their order."""
        cell = [c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id]
        cell.sort(key=lambda c: c.order)  # stable: ties keep file order
        return cell

    def cells(self) -> dict[tuple[str, str], list[Card]]:
        """Return every non-empty cell, keyed by (lane id, stage id), each in card order."""
        cells: dict[tuple[str, str], list[Card]] = {}
        for card in self.cards:
            cells.setdefault((card.lane_id, card.stage_id), []).append(card)
        for cards in cells.values():
            cards.sort(key=lambda c: c.order)
        return cells


class Project(_Model):
    """A whole project file: its personas and its journey maps."""

    format: Literal["journeydesk"] = FORMAT_MARKER
    schema_version: Annotated[int, Field(strict=True)] = SCHEMA_VERSION
    title: ShortText = ""
    description: Text = ""
    created: Annotated[datetime, Field(strict=False)] = Field(default_factory=now)
    modified: Annotated[datetime, Field(strict=False)] = Field(default_factory=now)
    personas: Annotated[list[Persona], Field(max_length=MAX_PERSONAS)] = Field(default_factory=list)
    journeys: Annotated[list[Journey], Field(max_length=MAX_JOURNEYS)] = Field(default_factory=list)

    @field_validator("created", "modified", mode="wrap")
    @classmethod
    def _in_utc(cls, value: object, handler: ValidatorFunctionWrapHandler) -> datetime:
        return in_utc(value, handler)

    @model_validator(mode="after")
    def _check_integrity(self) -> Project:
        check_project(self, MAX_CARDS)
        return self

    def journey(self, journey_id: str) -> Journey:
        """Return the journey with this id (KeyError if there is none)."""
        for journey in self.journeys:
            if journey.id == journey_id:
                return journey
        raise KeyError(journey_id)

    def persona(self, persona_id: str) -> Persona:
        """Return the persona with this id (KeyError if there is none)."""
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def card_count(self) -> int:
        """Return the number of cards in all journeys."""
        return sum(len(j.cards) for j in self.journeys)
