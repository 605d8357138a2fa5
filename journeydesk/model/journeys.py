"""Copies of journey maps: a duplicate, with fresh ids everywhere and every reference mapped."""

from __future__ import annotations

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.project import MAX_SHORT_TEXT, Journey, JourneyState, new_id
from journeydesk.model.voting import copied_rounds


class MapCopyText(Translatable):
    """The titles JourneyDesk gives copies of maps (stored in the file, in the user's language)."""


def copy_journey(journey: Journey, title: str, *, future: bool = False) -> Journey:
    """A copy of ``journey`` titled ``title``: new ids for it, its stages, lanes and cards.

    Cards keep their lanes and stages (by the new ids), the emotion scores of every persona
    their stages; the copy shares nothing with the original, so both can live in one
    project. A ``future`` copy is the future state of ``journey``: it names the map, each
    stage and each card it was copied from. A plain copy keeps the vote rounds, its dots on
    the copied cards; a future state, a new design to vote on afresh, starts without rounds.
    """
    copy = journey.model_copy(deep=True)
    copy.id = new_id()
    copy.title = title[:MAX_SHORT_TEXT]
    if future:
        copy.state = JourneyState.FUTURE
        copy.source_journey_id = journey.id
    stage_ids = {stage.id: new_id() for stage in copy.stages}
    lane_ids = {lane.id: new_id() for lane in copy.lanes}
    for stage in copy.stages:
        if future:
            stage.source_stage_id = stage.id
        stage.id = stage_ids[stage.id]
    for lane in copy.lanes:
        lane.id = lane_ids[lane.id]
    card_ids = {card.id: new_id() for card in copy.cards}
    for card in copy.cards:
        if future:
            card.source_card_id = card.id
        card.id = card_ids[card.id]
        card.stage_id = stage_ids[card.stage_id]
        card.lane_id = lane_ids[card.lane_id]
    copy.emotions = _on_stages(copy.emotions, stage_ids)
    copy.persona_emotions = {
        persona_id: _on_stages(curve, stage_ids)
        for persona_id, curve in copy.persona_emotions.items()
    }
    copy.vote_rounds = [] if future else copied_rounds(copy.vote_rounds, card_ids)
    return Journey.model_validate(copy.model_dump())


def _on_stages(curve: dict[str, int], stage_ids: dict[str, str]) -> dict[str, int]:
    """An emotion curve moved onto the copied stages (``stage_ids`` maps old ids to new)."""
    return {stage_ids[stage_id]: score for stage_id, score in curve.items()}


def copy_title(title: str, taken: set[str]) -> str:
    """ "Title (copy)", or "Title (copy 2)" and so on when that is taken."""
    base = title.strip() or MapCopyText.tr("Untitled map")
    candidate = arg(MapCopyText.tr("%1 (copy)"), base)
    count = 2
    while candidate in taken:
        candidate = arg(MapCopyText.tr("%1 (copy %2)"), base, number(count))
        count += 1
    return candidate
