"""The winners of a dot-voting round, ringed on the map with their rank (1, 2, 3 ...)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.fonts import Weight
from journeydesk.ui.canvas.painting import draw_centred_text

RING = QColor("#92400e")  # deep amber: its white rank number reads at 7:1
RING_WIDTH = 4.0
RANK_RADIUS = 11.0


class TopCardsItem(QGraphicsItem):
    """Rings the top cards of a round; the rectangles come from the scene's layout."""

    Z_VALUE = 60.0  # over cards, under the headers

    def __init__(self) -> None:
        super().__init__()
        self._rings: list[tuple[QRectF, int]] = []
        self._bounds = QRectF()
        self.setZValue(self.Z_VALUE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the cards

    def set_rings(self, rings: list[tuple[QRectF, int]]) -> None:
        """Ring these card rectangles (scene coordinates), each with its rank."""
        self.prepareGeometryChange()
        self._rings = rings
        bounds = QRectF()
        for rect, _rank in rings:
            bounds = bounds.united(rect.adjusted(-RANK_RADIUS - 8, -RANK_RADIUS - 8, 8, 8))
        self._bounds = bounds
        self.update()

    def ranks(self) -> list[int]:
        """The rank of each ringed card, best first."""
        return [rank for _rect, rank in self._rings]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, rank in self._rings:
            painter.setPen(QPen(RING, RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
            centre = QPointF(rect.left() - 2, rect.top() - 2)
            badge = QRectF(
                centre.x() - RANK_RADIUS, centre.y() - RANK_RADIUS, 2 * RANK_RADIUS, 2 * RANK_RADIUS
            )
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(RING)
            painter.drawEllipse(badge)
            draw_centred_text(painter, str(rank), badge, 11.0, QColor("#ffffff"), Weight.BOLD)
