"""The model's rules, asked before an edit is made: each answer is a sentence, or None.

The editing side (undo commands) asks these before changing anything, so that an edit from
any place (inspector, menu, canvas, paste) is held to the same rules a file is held to when
it is opened: the pydantic models themselves.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.errors import describe_validation_error
from journeydesk.model.project import Journey, LaneKind


class EditRuleText(Translatable):
    """Sentences refusing an edit that would break one of the model's rules."""


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
        return EditRuleText.tr(
            "That place is no longer on the map (its stage or lane was deleted)."
        )
    if lane.kind is LaneKind.DIVIDER:
        message = EditRuleText.tr("The lane “%1” is a divider line; it holds no cards.")
        return arg(message, lane.title or EditRuleText.tr("Divider"))
    return None


def lane_kind_problem(journey: Journey, lane_id: str, kind: LaneKind) -> str | None:
    """Why a lane may not become ``kind`` (None: it may): a divider holds no cards."""
    if kind is not LaneKind.DIVIDER:
        return None
    count = sum(1 for card in journey.cards if card.lane_id == lane_id)
    if count:
        return EditRuleText.tr(
            "This lane holds %n card(s); move them elsewhere before making it a divider line.",
            "",
            count,
        )
    return None


def emotion_problem(
    journey: Journey, stage_id: str, score: int | None, persona_id: str | None = None
) -> str | None:
    """Why a stage may not get ``score`` on the curve of ``persona_id`` (None: it may)."""
    if not any(stage.id == stage_id for stage in journey.stages):
        return EditRuleText.tr("That stage is no longer on the map.")
    if persona_id is not None and persona_id not in journey.persona_ids:
        return EditRuleText.tr("That persona is no longer on the map.")
    if score is not None and (isinstance(score, bool) or score not in range(-2, 3)):
        message = EditRuleText.tr("A feeling is scored from %1 to %2, not %3.")
        return arg(message, number(-2), f"+{number(2)}", number(score))
    return None
