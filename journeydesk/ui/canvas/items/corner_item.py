"""The top-left corner above the lane headers: the map's title and state."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.layout.text import wrap_text
from journeydesk.ui.canvas.painting import draw_lines


class CornerItem(QGraphicsItem):
    """Pinned to the view's top left, over both header rows."""

    Z_VALUE = 110.0

    def __init__(self, style: Style) -> None:
        super().__init__()
        self._style = style
        self._height = style.stage_header_min_height
        self._title: tuple[str, ...] = ()
        self._state = ""
        self.setZValue(self.Z_VALUE)
        # Its geometry is known from here on: a cursor may now make Qt ask for it.
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("The map: click to edit its title, scenario and notes")

    def set_content(self, title: str, state: str, height: float) -> None:
        """Show ``title`` and ``state`` in a corner ``height`` points tall."""
        if height != self._height:
            self.prepareGeometryChange()
        width = self._style.lane_header_width - 2 * self._style.header_padding
        self._title = wrap_text(title, width, self._style.card_text_size, Weight.BOLD)[:3]
        self._state = state
        self._height = height
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._style.lane_header_width, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        pad, size, step = style.header_padding, style.card_text_size, style.card_line_height
        colours = theme(style.high_contrast)
        painter.fillRect(self.boundingRect(), QColor(colours.corner_fill))
        title_ink = QColor(colours.corner_title)
        draw_lines(painter, self._title, pad, pad, size, step, title_ink, Weight.BOLD)
        top = pad + len(self._title) * step + 2
        state_ink = QColor(colours.corner_state)
        small = style.lane_kind_size
        draw_lines(painter, (self._state,), pad, top, small, small + 2.5, state_ink)
