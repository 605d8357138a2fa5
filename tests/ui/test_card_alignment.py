"""A right-to-left paragraph on a card sits on the right on the canvas, as the layout says."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.project import Card
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.canvas.items.card_item import CardItem

SCALE = 4


def _ink_columns(image: QImage, top: float, bottom: float) -> tuple[int, int]:
    """The leftmost and rightmost columns holding dark (text) pixels between two rows."""
    columns = [
        x
        for x in range(image.width())
        for y in range(int(top), int(bottom), 2)
        if image.pixelColor(x, y).lightness() < 100
    ]
    return min(columns), max(columns)


def test_a_right_to_left_line_is_drawn_at_its_layout_indent(qtbot: QtBot) -> None:
    project = TEMPLATES["classic"].create_project("Aligned")
    journey = project.journeys[0]
    card = Card(
        lane_id=journey.lanes[0].id,
        stage_id=journey.stages[0].id,
        text="Said in the room\n\u05e9\u05dc\u05d5\u05dd",  # a Hebrew word on its own line
        colour="#ffffff",
    )
    journey.cards.append(card)
    style = Style()
    box = MapLayout(journey, style).cards[card.id]
    assert box.lines[0].indent == 0.0 and box.lines[1].indent > style.card_text_width / 2
    item = CardItem(box, style)
    image = QImage(int(box.width * SCALE), int(box.height * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    item.paint(painter, None, None)
    painter.end()
    line = style.card_line_height * SCALE
    first_top = style.card_padding * SCALE
    english = _ink_columns(image, first_top, first_top + line)
    hebrew = _ink_columns(image, first_top + line, first_top + 2 * line)
    text_left = style.card_padding * SCALE
    text_right = (style.card_padding + style.card_text_width) * SCALE
    assert abs(english[0] - text_left) < 2 * SCALE  # the English line starts at the left
    assert abs(hebrew[1] - text_right) < 2 * SCALE  # the Hebrew line ends at the right
    assert hebrew[0] > text_left + box.lines[1].indent * SCALE - 2 * SCALE
