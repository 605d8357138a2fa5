"""The top-left corner above the lane headers: the map's title and state."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.i18n import Translatable
from journeydesk.layout.contrast import theme
from journeydesk.layout.corner import CornerText, lay_out_corner
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.painting import draw_lines


class CornerItemText(Translatable):
    """Texts of the map's corner on the canvas."""


class CornerItem(QGraphicsItem):
    """Pinned to the view's top left, over both header rows."""

    Z_VALUE = 110.0

    def __init__(self, style: Style) -> None:
        super().__init__()
        self._style = style
        self._height = style.stage_header_min_height
        self._text = lay_out_corner("", "", self._height, style)
        self.setZValue(self.Z_VALUE)
        # Its geometry is known from here on: a cursor may now make Qt ask for it.
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(CornerItemText.tr("The map: click to edit its title, scenario and notes"))

    def set_text(self, text: CornerText, height: float) -> None:
        """Show the laid-out ``text`` in a corner ``height`` points tall."""
        if height != self._height:
            self.prepareGeometryChange()
        self._text = text
        self._height = height
        self.update()

    @property
    def text(self) -> CornerText:
        """The corner's lines as laid out."""
        return self._text

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._style.lane_header_width, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, text = self._style, self._text
        pad = style.header_padding
        colours = theme(style.high_contrast)
        painter.fillRect(self.boundingRect(), QColor(colours.corner_fill))
        draw_lines(
            painter,
            text.title,
            pad,
            text.title_top,
            style.corner_title_size,
            style.corner_title_line_height,
            QColor(colours.corner_title),
            Weight.BOLD,
            bars_far=widget is not None,
        )
        draw_lines(
            painter,
            (text.state,),
            pad,
            text.state_top,
            text.state_size,
            text.state_line_height,
            QColor(colours.corner_state),
            bars_far=widget is not None,
        )
