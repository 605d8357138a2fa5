"""The cards of a map's personas, side by side above its top left corner."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from journeydesk.layout.persona_card import lay_out_row
from journeydesk.model.project import Persona
from journeydesk.ui.canvas.items.persona_card_item import PersonaCardItem

#: Room between the persona cards and the map below them, in points.
PERSONA_GAP = 16.0


def sync_persona_cards(
    scene: QGraphicsScene, cards: dict[str, PersonaCardItem], personas: list[Persona]
) -> tuple[float, float]:
    """Make ``cards`` (by persona id, in ``scene``) show ``personas`` in a row above the map.

    Returns how far the row reaches above the map and to the right, in points.
    """
    row = lay_out_row(personas)
    for persona_id in set(cards) - {p.id for p in personas}:
        scene.removeItem(cards.pop(persona_id))
    band = max((card.height for _x, card in row), default=0.0)
    top = -(band + PERSONA_GAP)
    for persona, (x, card) in zip(personas, row, strict=True):
        item = cards.get(persona.id)
        if item is None:
            item = cards[persona.id] = PersonaCardItem(card, persona)
            scene.addItem(item)
        else:
            item.set_layout(card, persona)
        item.setPos(x, top)
    return (band + PERSONA_GAP, row[-1][0] + row[-1][1].width) if row else (0.0, 0.0)
