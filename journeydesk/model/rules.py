"""The model's rules, asked before an edit is made: each answer is a sentence, or None.

The editing side (undo commands) asks these before changing anything, so that an edit from
any place (inspector, menu, canvas, paste) is held to the same rules a file is held to when
it is opened: the pydantic models themselves.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesk.model.errors import describe_validation_error
from journeydesk.model.project import Journey, LaneKind


def fields_problem(item: BaseModel, fields: dict[str, Any]) -> str | None:
    """Why ``item`` with ``fields`` changed would break its model's rules (None: it would not)."""
    raw = {**item.model_dump(), **fields}
    try:
        type(item).model_validate(raw)
    except ValidationError as error:
        return describe_validation_error(error, raw)
    return None


def placement_problem(journey: Journey, lane_id: str, stage_id: str) -> str | None:
    """Why a card may not go into a cell of ``journey`` (None: it may)."""
    lane = next((lane for lane in journey.lanes if lane.id == lane_id), None)
    if lane is None or not any(stage.id == stage_id for stage in journey.stages):
        return "That place is no longer on the map (its stage or lane was deleted)."
    if lane.kind is LaneKind.DIVIDER:
        return f"The lane “{lane.title or 'Divider'}” is a divider line; it holds no cards."
    return None


def lane_kind_problem(journey: Journey, lane_id: str, kind: LaneKind) -> str | None:
    """Why a lane may not become ``kind`` (None: it may): a divider holds no cards."""
    if kind is not LaneKind.DIVIDER:
        return None
    count = sum(1 for card in journey.cards if card.lane_id == lane_id)
    if count:
        cards = "1 card" if count == 1 else f"{count:,} cards"
        return f"This lane holds {cards}; move them elsewhere before making it a divider line."
    return None


def emotion_problem(
    journey: Journey, stage_id: str, score: int | None, persona_id: str | None = None
) -> str | None:
    """Why a stage may not get ``score`` on the curve of ``persona_id`` (None: it may)."""
    if not any(stage.id == stage_id for stage in journey.stages):
        return "That stage is no longer on the map."
    if persona_id is not None and persona_id not in journey.persona_ids:
        return "That persona is no longer on the map."
    if score is not None and (isinstance(score, bool) or score not in range(-2, 3)):
        return f"A feeling is scored from -2 to +2, not {score}."
    return None
