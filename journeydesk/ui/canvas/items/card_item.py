"""A card as a sticky note: its colour, wrapped text, tag chips and vote badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesk.layout.boxes import CardBox
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.card_look import (
    CardLook,
    Detail,
    draw_selection,
    draw_sketch,
)


class CardItem(QGraphicsRectItem):
    """Draws one card from its ``CardBox``; the card's data stays in the document.

    A rectangle item whose Qt rectangle is the card's bounds (shadow, badge and dots
    included), so that Qt finds the bounding rectangle in C++: the scene asks for it for
    every card of every lane it draws, thousands of times a frame on a big map, and a Python
    ``boundingRect`` made that most of a frame's time.
    """

    #: Over its lane's sketch and curve (below zero), so no call is needed to set it.
    Z_VALUE = 0.0
    Z_DRAGGED = 50.0

    def __init__(self, box: CardBox, style: Style, parent: QGraphicsItem | None = None) -> None:
        # Not in the scene until it is whole: under a real pointer Qt asks a new item for its
        # bounding rectangle as soon as it may be hovered (setCursor, flags, a parent).
        super().__init__()
        self.card_id = box.card_id
        self._style = style
        self._box = box
        self._hovered = False
        self._look: CardLook | None = None  # made at the first paint of this box
        self._detail = Detail.FULL
        self._rect = QRectF()
        self.setPen(Qt.PenStyle.NoPen)
        self._measure()
        self.setPos(box.x, box.y)
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable)
        self.setAcceptHoverEvents(True)  # (the open hand is set on the first hover: a map
        # opens with thousands of cards, and most are never pointed at)
        if parent is not None:
            self.setParentItem(parent)

    @property
    def box(self) -> CardBox:
        """The layout of this card as last set."""
        return self._box

    def set_box(self, box: CardBox) -> None:
        """Take a new layout: size, text lines, tags, colour or place."""
        if (box.width, box.height) != (self._box.width, self._box.height):
            self._box = box
            self._measure()  # setRect tells Qt the geometry changes
        self._box = box
        self._look = None
        self.setPos(box.x, box.y)
        self.update()

    def _measure(self) -> None:
        self._rect = QRectF(0, 0, self._box.width, self._box.height)
        # Room for the shadow, the selection outline, a vote badge over the corner and the
        # voting dots on the bottom edge (always: votes and dots come and go without a new
        # geometry).
        style = self._style
        below = max(style.shadow_dy + 3, style.dot_reach + 1)
        reach = style.badge_reach + 1
        self.setRect(self._rect.adjusted(-3, -reach, max(reach, style.shadow_dx + 3), below))

    def rect(self) -> QRectF:
        """The card's rectangle in its own coordinates (Qt's rectangle of this item is its
        bounding rectangle)."""
        return self._rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def set_sketched(self, sketched: bool) -> None:
        """Leave the drawing of the card to its lane's sketch, or draw it here (the item keeps
        no contents while sketched: Qt does not even ask it to paint)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, sketched)

    def set_own_detail(self, detail: Detail) -> None:
        """Draw at ``detail`` when the item draws itself: sketched if lifted out of a lane
        sketched far out for a drag, else in full."""
        if detail is not self._detail:
            self._detail = detail
            self.update()

    def is_sketched(self) -> bool:
        """Whether the lane's sketch draws this card rather than the item itself."""
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def prepare_look(self) -> bool:
        """Make what drawing the card in full needs ahead of need; whether it was made now."""
        if self._look is not None:
            return False
        self._look = CardLook(self._box, self._style)
        return True

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        if self._detail <= Detail.LINES:  # a card lifted out of a lane sketched far out
            draw_sketch(painter, self._box, style, self._detail)
            if self.isSelected():
                draw_selection(painter, self._rect)
            return
        look = self._look
        if look is None:
            look = self._look = CardLook(self._box, style)
        look.draw(painter, style, self._hovered, self.isSelected())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.hasCursor():
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)
