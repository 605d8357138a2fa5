"""Writing Ptolemy's OpenJourney files (``.ojf``); ``openjourney.py`` describes the format.

Writing takes the project's first map: every cards lane is a swimlane (an emotion lane only if it
holds cards), every card a node; a stage's emotion score becomes its ``overrideEmotion`` (times
2.5, rounded) unless the mean of its nodes' scores already gives it, so Ptolemy draws the same
curve. Stage and lane ids are JourneyDesk's; node ids are ``n-<card id>``. The tags reading made
of a node's fields (``score: +3``, ``severity: high``, ``moment of truth``) become those fields
again. A blueprint comes back as ordinary swimlanes, its actors and systems (card owners)
reported as left out.
"""

from __future__ import annotations

import json
from typing import Any

from journeydesk.convert.base import Exported
from journeydesk.convert.notes import (
    Notes,
    quoted,
    report_losses,
    report_persona_losses,
    rounded,
)
from journeydesk.convert.openjourney_words import (
    FIELD_TAG,
    MOMENT_TAG,
    SCORE_RANGE,
    SCORE_TAG,
    OpenJourneyText,
    as_score,
    emotion_score,
)
from journeydesk.i18n import arg
from journeydesk.model.project import EMOTION_MAX, Card, Journey, Lane, LaneKind, Project


def _is_marker(tag: str) -> bool:
    tag = tag.strip()
    return bool(SCORE_TAG.match(tag) or FIELD_TAG.match(tag)) or tag.casefold() == MOMENT_TAG


def _node(card: Card) -> dict[str, Any]:
    """A card as an OpenJourney node (without its place)."""
    node: dict[str, Any] = {"title": card.text, "description": card.notes}
    tags: list[str] = []
    for tag in card.tags:
        stripped = tag.strip()
        if (score := SCORE_TAG.match(stripped)) and "score" not in node:
            node["score"] = as_score(score.group(1))
        elif (field := FIELD_TAG.match(stripped)) and field.group(1).lower() not in node:
            node[field.group(1).lower()] = field.group(2).strip()
        elif stripped.casefold() == MOMENT_TAG:
            node["isMomentOfTruth"] = True
        else:
            tags.append(tag)
    node["tags"] = tags
    return node


def _swimlanes(journey: Journey, notes: Notes) -> list[Lane]:
    """The lanes written as swimlanes: the emotion curve is the stages' scores, so an emotion
    lane is one only for its cards; divider lines are left out."""
    with_cards = {card.lane_id for card in journey.cards}
    lanes: list[Lane] = []
    for lane in journey.lanes:
        if lane.kind is LaneKind.CARDS:
            lanes.append(lane)
        elif lane.kind is LaneKind.EMOTION and lane.id in with_cards:
            lanes.append(lane)
            message = OpenJourneyText.tr(
                "Lane %1 draws the emotion curve; in OpenJourney it is an ordinary swimlane, and "
                "Ptolemy draws the curve from the stages' scores."
            )
            notes.add(arg(message, quoted(lane.title)))
        elif lane.kind is LaneKind.DIVIDER:
            message = OpenJourneyText.tr("OpenJourney has no divider lines; %1 was left out.")
            notes.add(arg(message, quoted(lane.title)))
    return lanes


def _stages(journey: Journey, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stages, each with its emotion score as ``overrideEmotion`` unless Ptolemy's own
    curve, the mean of the stage's node scores, already gives that score (and more detail)."""
    scores: dict[str, list[float]] = {}
    for node in nodes:
        if node.get("score") is not None:
            scores.setdefault(node["stageId"], []).append(node["score"])
    stages: list[dict[str, Any]] = []
    for stage in journey.stages:
        entry: dict[str, Any] = {"id": stage.id, "name": stage.title}
        emotion = journey.emotions.get(stage.id)
        mean = sum(scores[stage.id]) / len(scores[stage.id]) if stage.id in scores else None
        if emotion is not None and (mean is None or emotion_score(mean) != emotion):
            entry["overrideEmotion"] = rounded(emotion * SCORE_RANGE / EMOTION_MAX)
        stages.append(entry)
    return stages


def write(project: Project) -> Exported:
    """Write the project's first map as an OpenJourney (.ojf) file."""
    notes = Notes()
    peer = "OpenJourney"
    journey = project.journeys[0] if project.journeys else Journey()
    if not project.journeys:
        notes.add(OpenJourneyText.tr("The project has no map, so an empty journey was written."))
    elif len(project.journeys) > 1:
        message = OpenJourneyText.tr(
            "An OpenJourney file holds one map; only the first, %1, was written."
        )
        notes.add(arg(message, quoted(journey.title)))
    doc: dict[str, Any] = {"version": "1.0", "title": journey.title}
    if project.description:
        doc["description"] = project.description
    if journey.persona_ids:
        persona = project.persona(journey.persona_ids[0])
        doc["persona"] = persona.name
        report_persona_losses(notes, peer, persona, set())
        if len(journey.persona_ids) > 1:
            notes.add(
                OpenJourneyText.tr(
                    "An OpenJourney map has one persona; only the first was written."
                )
            )
    doc["pointOfView"] = journey.scenario
    lanes = _swimlanes(journey, notes)
    cells = journey.cells()
    cards = [
        card
        for stage in journey.stages
        for lane in lanes
        for card in cells.get((lane.id, stage.id), [])
    ]
    nodes = [
        {"id": f"n-{card.id}", "stageId": card.stage_id, "swimlaneId": card.lane_id, **_node(card)}
        for card in cards
    ]
    doc["stages"] = _stages(journey, nodes)
    doc["swimlanes"] = [{"id": lane.id, "name": lane.title} for lane in lanes]
    doc["nodes"] = nodes
    held = {"notes", "tags", "scenario", "description"}
    report_losses(notes, peer, project, journey, cards, held, _is_marker)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return Exported(text.encode("utf-8"), notes.all())
