"""The top-left corner above the lane headers: the map's title and state."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.layout.text import TextLine, one_line, wrap
from journeydesk.ui.canvas.painting import draw_lines


class CornerItem(QGraphicsItem):
    """Pinned to the view's top left, over both header rows."""

    Z_VALUE = 110.0

    def __init__(self, style: Style) -> None:
        super().__init__()
        self._style = style
        self._height = style.stage_header_min_height
        self._title: tuple[TextLine, ...] = ()
        self._state = ""
        self.setZValue(self.Z_VALUE)
        # Its geometry is known from here on: a cursor may now make Qt ask for it.
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("The map: click to edit its title, scenario and notes")

    def set_content(self, title: str, state: str, height: float) -> None:
        """Show ``title`` and ``state`` in a corner ``height`` points tall."""
        if height != self._height:
            self.prepareGeometryChange()
        style = self._style
        width = style.lane_header_width - 2 * style.header_padding
        size, step, small = self._sizes()
        # As many title lines as leave room for the state line below them (at least one).
        room = height - 2 * style.header_padding - (small + 2.5) - 2
        lines = wrap(title, width, size, Weight.BOLD)
        fitting = max(1, min(3, int(room // step)))
        if len(lines) > fitting:
            last = one_line(lines[fitting - 1].text + "…", size, Weight.BOLD)
            lines = (*lines[: fitting - 1], last)
        self._title = lines
        self._state = state
        self._height = height
        self.update()

    def _sizes(self) -> tuple[float, float, float]:
        """The title's size and line height, and the state's size, in points."""
        style = self._style
        size = min(style.card_text_size, style.lane_title_size)
        return size, size * 1.25, style.lane_kind_size

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._style.lane_header_width, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        pad = style.header_padding
        size, step, small = self._sizes()
        colours = theme(style.high_contrast)
        painter.fillRect(self.boundingRect(), QColor(colours.corner_fill))
        title_ink = QColor(colours.corner_title)
        draw_lines(painter, self._title, pad, pad, size, step, title_ink, Weight.BOLD)
        top = pad + len(self._title) * step + 2
        state_ink = QColor(colours.corner_state)
        draw_lines(painter, (self._state,), pad, top, small, small + 2.5, state_ink)
