"""Items paint only inside their bounding rectangles: Qt repaints and clears no more than that.

Ink outside it is left on screen when the item moves or goes (the card editor's frame once
stayed behind as a line after typing was cancelled). Each item is painted into an image with
room all round, and every pixel it touched must lie within its ``boundingRect()``.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeydesk.layout.map_layout import CardBox, TagChip
from journeydesk.layout.style import Style
from journeydesk.layout.text import one_line, wrap
from journeydesk.ui.canvas.items.card_editor_item import CardEditorItem
from journeydesk.ui.canvas.items.card_item import CardItem

SCALE = 4.0  # pixels per point
ROOM = 40.0  # points of blank all round the item's bounding rectangle


def _card(votes: int) -> CardItem:
    style = Style()
    box = CardBox(
        card_id="c",
        lane_id="l",
        stage_id="s",
        x=0.0,
        y=0.0,
        width=style.card_width,
        height=60.0,
        lines=wrap("A card with votes, tags and 👍🏽", style.card_text_width, style.card_text_size),
        tags=(TagChip("tag", 7.0, 36.0, 30.0, one_line("tag", style.tag_text_size)),),
        votes=votes,
        colour="#ffe08a",
    )
    card = CardItem(box, style)
    card.setSelected(False)
    return card


def _editor() -> CardEditorItem:
    editor = CardEditorItem("Typing a note that wraps onto a second line", "#ffc2d1", Style())
    return editor


@pytest.mark.parametrize(
    "make",
    [lambda: _card(0), lambda: _card(3), lambda: _card(150), _editor],
    ids=["card", "card with votes", "card with 99+", "card editor"],
)
def test_an_item_paints_only_inside_its_bounding_rectangle(qapp: object, make) -> None:
    item: QGraphicsItem = make()
    bounds = item.boundingRect()
    scale = item.scale()  # the editor draws large and is scaled down
    outer = QRectF(bounds).adjusted(-ROOM / scale, -ROOM / scale, ROOM / scale, ROOM / scale)
    pixels = SCALE * scale
    image = QImage(
        math.ceil(outer.width() * pixels),
        math.ceil(outer.height() * pixels),
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels, pixels)
    painter.translate(-outer.left(), -outer.top())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    inside = bounds.adjusted(-0.5 / pixels, -0.5 / pixels, 0.5 / pixels, 0.5 / pixels)
    stray = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 8
        and not inside.contains(outer.left() + (x + 0.5) / pixels, outer.top() + (y + 0.5) / pixels)
    ]
    assert not stray, f"{len(stray)} pixels painted outside {bounds}, first at {stray[0]}"
