"""What a screen reader says about the map: names and descriptions of its stages, lanes, cards.

A card is named by its text; its description says where it is and what is on it. Headers
name their place ("Stage 2 of 5: Appeal"). A description is a few short sentences, each
translated whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import Journey, LaneKind
from journeydesk.model.voting import latest_round
from journeydesk.ui.canvas.accessible_parts import Kind
from journeydesk.ui.document import Document


class CanvasAccessibleText(Translatable):
    """Texts a screen reader reads about the map on the canvas."""


class MapIndex:
    """Where every stage, lane and card of a journey is, in reading order."""

    def __init__(self, journey: Journey) -> None:
        self.stage_at = {stage.id: i for i, stage in enumerate(journey.stages)}
        self.lane_at = {lane.id: i for i, lane in enumerate(journey.lanes)}
        #: Each lane's cards, stage by stage, each cell in its order.
        self.lane_cards: dict[str, list[str]] = {lane.id: [] for lane in journey.lanes}
        #: Each card's (index in its lane, index in its cell, cards in its cell).
        self.places: dict[str, tuple[int, int, int]] = {}
        #: Each card's cell.
        self.cell_of: dict[str, Cell] = {}
        #: How many cards each stage holds, all lanes together.
        self.stage_counts = dict.fromkeys(self.stage_at, 0)
        cells = journey.cells()
        for lane in journey.lanes:
            listed = self.lane_cards[lane.id]
            for stage in journey.stages:
                cell = cells.get((lane.id, stage.id), [])
                self.stage_counts[stage.id] += len(cell)
                for position, card in enumerate(cell):
                    self.places[card.id] = (len(listed), position, len(cell))
                    self.cell_of[card.id] = (lane.id, stage.id)
                    listed.append(card.id)


@dataclass(frozen=True)
class Reading:
    """What the texts are read from: the journey, its index, and the persona whose curve
    the canvas edits."""

    journey: Journey
    index: MapIndex
    document: Document
    curve_persona: str | None


def _number(value: int) -> str:
    return QLocale().toString(value)


def _title(text: str) -> str:
    return text.strip() or CanvasAccessibleText.tr("untitled")


def name(reading: Reading, kind: Kind, item_id: str) -> str:
    """The accessible name of the map, a stage, a lane or a card."""
    journey, index = reading.journey, reading.index
    if kind == "map":
        if journey.title.strip():
            return arg(CanvasAccessibleText.tr("Journey map: %1"), journey.title.strip())
        return CanvasAccessibleText.tr("Journey map")
    if kind == "stage":
        return arg(
            CanvasAccessibleText.tr("Stage %1 of %2: %3"),
            _number(index.stage_at[item_id] + 1),
            _number(len(index.stage_at)),
            _title(journey.stage(item_id).title),
        )
    if kind == "lane":
        return arg(
            CanvasAccessibleText.tr("Lane %1 of %2: %3"),
            _number(index.lane_at[item_id] + 1),
            _number(len(index.lane_at)),
            _title(journey.lane(item_id).title),
        )
    text = reading.document.card(item_id).text.strip()
    return text or CanvasAccessibleText.tr("Empty card")


def describe(reading: Reading, kind: Kind, item_id: str) -> str:
    """The accessible description of the map, a stage, a lane or a card: short sentences."""
    if kind == "map":
        return CanvasAccessibleText.tr(
            "Stages run across and lanes down; each lane lists its cards. Arrow keys move "
            "between cards, Enter edits the selected card and N adds one to the current cell."
        )
    if kind == "stage":
        return " ".join(_stage_sentences(reading, item_id))
    if kind == "lane":
        return " ".join(_lane_sentences(reading, item_id))
    return " ".join(_card_sentences(reading, item_id))


def _stage_sentences(reading: Reading, stage_id: str) -> list[str]:
    count = reading.index.stage_counts.get(stage_id, 0)
    sentences = [CanvasAccessibleText.tr("%n card(s).", "", count)]
    goal = reading.journey.stage(stage_id).goal.strip()
    if goal:
        sentences.append(arg(CanvasAccessibleText.tr("Goal: %1"), goal))
    return sentences


def _lane_sentences(reading: Reading, lane_id: str) -> list[str]:
    journey = reading.journey
    kind = journey.lane(lane_id).kind
    if kind is LaneKind.DIVIDER:
        return [CanvasAccessibleText.tr("A divider between lanes.")]
    if kind is LaneKind.CARDS:
        count = len(reading.index.lane_cards.get(lane_id, ()))
        return [CanvasAccessibleText.tr("%n card(s) in this lane.", "", count)]
    sentences = [CanvasAccessibleText.tr("Emotion curve.")]
    persona_id = reading.curve_persona
    if len(journey.persona_ids) > 1 and persona_id is not None:
        persona = reading.document.persona(persona_id)
        sentences.append(arg(CanvasAccessibleText.tr("Persona: %1."), _title(persona.name)))
    curve = journey.curve_of(persona_id)
    scores = [
        arg(
            CanvasAccessibleText.tr("%1: %2"),
            _title(stage.title),
            f"{curve[stage.id]:+d}" if curve[stage.id] else "0",
        )
        for stage in journey.stages
        if stage.id in curve
    ]
    if scores:
        sentences.append(arg(CanvasAccessibleText.tr("Scores: %1."), "; ".join(scores)))
    else:
        sentences.append(CanvasAccessibleText.tr("No scores yet."))
    return sentences


def _card_sentences(reading: Reading, card_id: str) -> list[str]:
    journey = reading.journey
    card = reading.document.card(card_id)
    _in_lane, position, count = reading.index.places[card_id]
    sentences = [
        arg(
            CanvasAccessibleText.tr("Stage %1, lane %2, card %3 of %4 in this cell."),
            _title(journey.stage(card.stage_id).title),
            _title(journey.lane(card.lane_id).title),
            _number(position + 1),
            _number(count),
        )
    ]
    tags = [tag.strip() for tag in card.tags if tag.strip()]
    if tags:
        sentences.append(arg(CanvasAccessibleText.tr("Tags: %1."), ", ".join(tags)))
    if card.votes:
        sentences.append(CanvasAccessibleText.tr("%n vote(s).", "", card.votes))
    last = latest_round(journey)
    dots = len(last.dots_on(card_id)) if last is not None else 0
    if dots:
        sentences.append(CanvasAccessibleText.tr("%n dot(s) in the latest voting round.", "", dots))
    if card.owner.strip():
        sentences.append(arg(CanvasAccessibleText.tr("Owner: %1."), card.owner.strip()))
    return sentences


def cell_announcement(journey: Journey, cell: Cell) -> str:
    """What to say when the keyboard lands on a cell with no card selected."""
    count = len(journey.cards_in_cell(*cell))
    return arg(
        CanvasAccessibleText.tr("Lane %1, stage %2: %n card(s)", "", count),
        _title(journey.lane(cell[0]).title),
        _title(journey.stage(cell[1]).title),
    )


def typing_announcement(reading: Reading, card_id: str | None, cell: Cell) -> str:
    """What to say when a card opens for typing on the canvas."""
    if card_id is not None:
        return arg(
            CanvasAccessibleText.tr("Editing the card %1. Enter keeps the text, Escape cancels."),
            name(reading, "card", card_id),
        )
    return arg(
        CanvasAccessibleText.tr(
            "New card in lane %1, stage %2. Type its text; Enter keeps it, Escape cancels."
        ),
        _title(reading.journey.lane(cell[0]).title),
        _title(reading.journey.stage(cell[1]).title),
    )
