"""A card as a sticky note: its colour, wrapped text, tag chips and vote badge."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesk.layout import colours as palette
from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import CardBox, vote_badge_label
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.dots import draw_dots
from journeydesk.ui.canvas.painting import draw_centred_text, draw_lines

SELECTION_COLOUR = QColor("#2563eb")
SHADOW_COLOUR = QColor(palette.SHADOW)  # opaque: blending costs more than drawing


@cache
def _edge_colour(fill: str) -> QColor:
    """A note's edge for its fill (the layout's colour), made once per colour: cards paint
    on every frame, and a map has few colours."""
    return QColor(palette.darker(fill))


@cache
def _chip_colour(ink: str) -> QColor:
    """The veil under a tag chip on a note whose text is ``ink`` (made once per ink)."""
    hex_colour, alpha = palette.chip_fill(ink)
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


class CardItem(QGraphicsItem):
    """Draws one card from its ``CardBox``; the card's data stays in the document."""

    Z_VALUE = 10.0
    Z_DRAGGED = 50.0

    def __init__(self, box: CardBox, style: Style, parent: QGraphicsItem | None = None) -> None:
        # Not in the scene until it is whole: under a real pointer Qt asks a new item for its
        # bounding rectangle as soon as it may be hovered (setCursor, flags, a parent).
        super().__init__()
        self.card_id = box.card_id
        self._style = style
        self._box = box
        self._hovered = False
        self._rect = QRectF()
        self._bounds = QRectF()
        self._measure()
        self.setPos(box.x, box.y)
        self.setZValue(self.Z_VALUE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if parent is not None:
            self.setParentItem(parent)

    @property
    def box(self) -> CardBox:
        """The layout of this card as last set."""
        return self._box

    def set_box(self, box: CardBox) -> None:
        """Take a new layout: size, text lines, tags, colour or place."""
        if (box.width, box.height, box.votes) != (
            self._box.width,
            self._box.height,
            self._box.votes,
        ):
            self.prepareGeometryChange()
        self._box = box
        self._measure()
        self.setPos(box.x, box.y)
        self.update()

    def _measure(self) -> None:
        # Qt asks for these rectangles thousands of times a frame: compute them once.
        self._rect = QRectF(0, 0, self._box.width, self._box.height)
        # Room for the shadow, the selection outline, a vote badge over the corner and the
        # voting dots on the bottom edge (always: dots come and go without a new geometry).
        style = self._style
        below = max(style.shadow_dy + 3, style.dot_reach + 1)
        reach = style.badge_reach + 1
        self._bounds = self._rect.adjusted(-3, -reach, max(reach, style.shadow_dx + 3), below)

    def rect(self) -> QRectF:
        """The card's rectangle in its own coordinates."""
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box, style = self._box, self._style
        rect = self._rect
        colours = theme(style.high_contrast)
        fill_hex, ink_hex = colours.card_colours(box.colour)
        fill = QColor(fill_hex)
        # Square notes with a hard shadow: as on the wall, and far cheaper than rounded ones.
        painter.fillRect(rect.translated(style.shadow_dx, style.shadow_dy), SHADOW_COLOUR)
        painter.fillRect(rect, fill)
        edge = _edge_colour(fill_hex) if not self._hovered else fill.darker(175)
        painter.setPen(QPen(edge, style.card_edge_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        ink = QColor(ink_hex)
        draw_lines(
            painter,
            box.lines,
            style.card_padding,
            style.card_padding,
            style.card_text_size,
            style.card_line_height,
            ink,
        )
        if box.tags or box.votes > 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip_fill = _chip_colour(ink_hex)
        for chip in box.tags:
            chip_rect = QRectF(chip.x, chip.y, chip.width, style.tag_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_fill)
            painter.drawRoundedRect(chip_rect, style.tag_height / 2, style.tag_height / 2)
            draw_centred_text(
                painter, chip.line, chip_rect, style.tag_text_size, ink, Weight.REGULAR
            )
        if box.votes > 0:
            radius = style.badge_radius
            centre = QPointF(rect.right() - style.badge_inset, rect.top() + style.badge_inset)
            badge = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(QPen(QColor("#ffffff"), style.badge_outline))
            painter.setBrush(QColor(colours.badge_fill))
            painter.drawEllipse(badge)
            label, size = vote_badge_label(box.votes, style)
            draw_centred_text(painter, label, badge, size, QColor(colours.badge_ink), Weight.BOLD)
        draw_dots(painter, box.dots, style)
        if self.isSelected():
            painter.setPen(QPen(SELECTION_COLOUR, 2.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)
