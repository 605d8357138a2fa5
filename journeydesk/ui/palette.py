"""The sticky palette on the toolbar: drag a coloured sticky onto a cell to add a card."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QDrag, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

STICKY_MIME = "application/x-journeydesk-sticky"
#: Colours offered on the palette; a sticky of the lane's own colour comes first.
PALETTE = ("", "#ffe58f", "#bfdcff", "#ffc2d1", "#c3ecc8", "#e0d4ff", "#ffd8b0", "#dcdfe4")


class StickyButton(QToolButton):
    """One sticky of the palette; pressing and dragging it starts a drag onto the canvas."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setIconSize(QSize(22, 18))
        self.setIcon(_swatch(colour))
        self.setToolTip(
            "Drag onto a cell to add a card in the lane's colour"
            if not colour
            else "Drag onto a cell to add a card of this colour"
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and (event.position().toPoint() - self._press).manhattanLength() > 6
        ):
            self._press = None
            self.setDown(False)
            mime = QMimeData()
            mime.setData(STICKY_MIME, self.colour.encode("ascii"))
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.setPixmap(_swatch(self.colour, 44, 34).pixmap(44, 34))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class StickyPalette(QWidget):
    """A row of stickies to drag onto the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        self.buttons = [StickyButton(colour, self) for colour in PALETTE]
        for button in self.buttons:
            layout.addWidget(button)


def _swatch(colour: str, width: int = 22, height: int = 18) -> QIcon:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour else QColor("#ffffff")
    painter.setBrush(fill)
    painter.setPen(QColor("#8a94a6"))
    painter.drawRoundedRect(1, 1, width - 3, height - 3, 2, 2)
    if not colour:  # "the lane's colour": a diagonal of stripes
        painter.setPen(QColor("#b0b8c6"))
        for x in range(-height, width, 5):
            painter.drawLine(x, height - 2, x + height, 0)
    painter.end()
    return QIcon(pixmap)
