"""What a future state changes: per stage, the cards added, removed and changed, and feelings.

Stages and cards are matched through the future state's links (``source_stage_id``,
``source_card_id``), so renaming or moving something is a change, not a removal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journeydesk.i18n import Translatable, arg
from journeydesk.model.project import Card, Journey


class StateComparisonText(Translatable):
    """The words of a comparison of a current and a future state."""


@dataclass
class StageChange:
    """One stage of the comparison (a stage of either state, matched when linked)."""

    title: str
    current_score: int | None = None
    future_score: int | None = None
    added: list[str] = field(default_factory=list)  # texts of new cards
    removed: list[str] = field(default_factory=list)  # texts of cards that are gone
    changed: list[tuple[str, str]] = field(default_factory=list)  # (before, after) texts

    @property
    def unchanged(self) -> bool:
        """Whether nothing about this stage differs."""
        return (
            not (self.added or self.removed or self.changed)
            and self.current_score == self.future_score
        )


def compare(current: Journey, future: Journey) -> list[StageChange]:
    """The stages of ``future`` in order (then stages it dropped), each with its changes."""
    current_stages = {stage.id: stage for stage in current.stages}
    current_cards = {card.id: card for card in current.cards}
    lanes = {lane.id: lane.title for lane in (*current.lanes, *future.lanes)}
    rows: list[StageChange] = []
    row_of: dict[str, StageChange] = {}  # current stage id -> its row
    future_row: dict[str, StageChange] = {}
    for stage in future.stages:
        source = current_stages.get(stage.source_stage_id or "")
        row = StageChange(
            title=stage.title or StateComparisonText.tr("Untitled stage"),
            current_score=current.emotions.get(source.id) if source else None,
            future_score=future.emotions.get(stage.id),
        )
        rows.append(row)
        future_row[stage.id] = row
        if source is not None:
            row_of[source.id] = row
    for stage in current.stages:
        if stage.id not in row_of:
            title = stage.title or StateComparisonText.tr("Untitled stage")
            row = StageChange(
                title=arg(StateComparisonText.tr("%1 (not in the future state)"), title),
                current_score=current.emotions.get(stage.id),
            )
            rows.append(row)
            row_of[stage.id] = row
    kept: set[str] = set()
    for card in future.cards:
        row = future_row[card.stage_id]
        before = current_cards.get(card.source_card_id or "")
        if before is None:
            row.added.append(_label(card, lanes))
            continue
        kept.add(before.id)
        if _label(before, lanes) != _label(card, lanes) or before.stage_id != (
            future.stage(card.stage_id).source_stage_id
        ):
            row.changed.append((_label(before, lanes), _label(card, lanes)))
    for card in current.cards:
        if card.id not in kept:
            row_of[card.stage_id].removed.append(_label(card, lanes))
    return rows


def _label(card: Card, lanes: dict[str, str]) -> str:
    text = " ".join(card.text.split()) or StateComparisonText.tr("(empty card)")
    return arg(
        StateComparisonText.tr("%1: %2", "a card's lane: its text"),
        lanes.get(card.lane_id, ""),
        text,
    )
