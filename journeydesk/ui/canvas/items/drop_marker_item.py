"""The insertion marker shown while dragging: where the cards, stage or lane will land."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

MARKER_COLOUR = QColor("#2563eb")


class DropMarkerItem(QGraphicsItem):
    """A thick bar, horizontal between cards or lanes, vertical between stages."""

    Z_VALUE = 120.0

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(self.Z_VALUE)
        self.hide()

    def show_bar(self, rect: QRectF) -> None:
        """Show the marker over ``rect`` (scene coordinates)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(MARKER_COLOUR)
        painter.setBrush(MARKER_COLOUR)
        radius = min(self._rect.width(), self._rect.height()) / 2
        painter.drawRoundedRect(self._rect, radius, radius)
