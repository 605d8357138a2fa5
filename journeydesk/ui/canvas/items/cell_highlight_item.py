"""The outline of the current cell: where Enter, N or paste add cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class CellHighlightItem(QGraphicsItem):
    """A dashed outline around one cell."""

    Z_VALUE = 8.0

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(self.Z_VALUE)
        self.hide()

    def set_rect(self, rect: QRectF) -> None:
        """Outline ``rect`` (scene coordinates)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(QColor("#2563eb"), 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(37, 99, 235, 18))
        painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
