"""Comparing projects across a conversion: their content, with ids left out."""

from __future__ import annotations

from typing import Any

from journeydesk.model.project import Journey, Project


def journey_content(journey: Journey) -> dict[str, Any]:
    """A journey as plain data in which ids are replaced by positions.

    Stages and lanes by their order, cards by (stage index, lane index, order in the cell),
    emotion scores by stage index. Everything a facilitator typed or set is kept.
    """
    stage_index = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted(
        (
            stage_index[card.stage_id],
            lane_index[card.lane_id],
            card.order,
            card.text,
            card.colour or "",  # (None sorts against nothing: "" is the lane's colour)
            tuple(card.tags),
            card.votes,
            card.owner,
            card.notes,
        )
        for card in journey.cards
    )
    # Orders only matter relative to each other within a cell.
    by_cell: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    for card in cards:
        by_cell.setdefault((card[0], card[1]), []).append(card)
    ranked = [
        (cell, rank, *card[3:])
        for cell, cell_cards in sorted(by_cell.items())
        for rank, card in enumerate(cell_cards)
    ]
    return {
        "title": journey.title,
        "state": journey.state.value,
        "stages": [(stage.title, stage.description, stage.goal) for stage in journey.stages],
        "lanes": [(lane.title, lane.kind.value, lane.colour) for lane in journey.lanes],
        "cards": ranked,
        "emotions": sorted(
            (stage_index[stage_id], score) for stage_id, score in journey.emotions.items()
        ),
    }


def project_content(project: Project) -> list[dict[str, Any]]:
    """Every journey of ``project`` as ``journey_content``."""
    return [journey_content(journey) for journey in project.journeys]
