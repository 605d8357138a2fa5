"""The top cards of a map's last ended round, ringed with their rank on every canvas of it.

What is ringed is read from the map itself (its last round, when ended), so Undo and Redo of
End Round, a new round, or opening the file again all show the right cards without any
state of their own to keep in step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF

from journeydesk.model.project import Journey
from journeydesk.model.voting import latest_round, map_order
from journeydesk.ui.canvas.items.top_cards_item import TopCardsItem
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.voting.tally_dialog import tally_rows

#: How many places of a round are ringed when it has ended (ties share a place).
TOP_PLACES = 3


def top_cards(journey: Journey) -> list[tuple[str, int]]:
    """(card id, rank) of the cards in the top places of the map's last round, once ended."""
    vote_round = latest_round(journey)
    if vote_round is None or vote_round.is_open:
        return []
    tally = vote_round.tally(map_order(journey))
    ranks = [row[0] for row in tally_rows(journey, vote_round)]
    return [
        (card_id, rank)
        for (card_id, _dots), rank in zip(tally, ranks, strict=True)
        if rank <= TOP_PLACES
    ]


class TopCardRings:
    """One ``TopCardsItem`` per scene, following the scenes a window shows."""

    def __init__(self, scenes: Callable[[], list[JourneyScene]]) -> None:
        self._scenes = scenes
        self._items: dict[JourneyScene, TopCardsItem] = {}

    def update(self, journey: Journey) -> None:
        """Ring the top cards of ``journey`` on each scene showing it."""
        top = top_cards(journey)
        shown = self._scenes()
        for scene in [scene for scene in self._items if scene not in shown]:
            del self._items[scene]  # a closed presentation or a deleted map took it along
        for scene in shown:
            if scene.journey_id != journey.id:
                continue
            item = self._items.get(scene)
            if item is None:
                if not top:
                    continue
                item = self._items[scene] = TopCardsItem()
                scene.addItem(item)
            on_map = [(card_id, rank) for card_id, rank in top if card_id in scene.layout.cards]
            item.set_rings([(QRectF(scene.card_scene_rect(c)), rank) for c, rank in on_map])
