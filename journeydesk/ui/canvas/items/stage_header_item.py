"""A stage's header at the top of its column: title and the customer's goal."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import StageColumn
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.items.header_item import HeaderItem
from journeydesk.ui.canvas.painting import draw_lines


class StageHeaderItem(HeaderItem):
    """Draws one stage header; the view keeps the header row pinned to the top."""

    def __init__(self, column: StageColumn, style: Style, height: float) -> None:
        super().__init__()
        self.stage_id = column.stage_id
        self._style = style
        self._column = column
        self._height = height
        self.setPos(column.x, 0)
        self._finish_init()

    @property
    def column(self) -> StageColumn:
        """The stage's column as last laid out."""
        return self._column

    def set_column(self, column: StageColumn, height: float) -> None:
        """Take a new layout: place, lines, header height."""
        if height != self._height:
            self.prepareGeometryChange()
        self._column = column
        self._height = height
        self.setX(column.x)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._column.width, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, column = self._style, self._column
        rect = self.boundingRect()
        active = self.is_highlighted()
        colours = theme(style.high_contrast)
        painter.fillRect(rect, QColor(colours.stage_fill_active if active else colours.stage_fill))
        painter.setPen(QPen(QColor(colours.stage_edge), 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        pad = style.header_padding
        draw_lines(
            painter,
            column.title_lines,
            pad,
            pad,
            style.stage_title_size,
            style.stage_title_line_height,
            QColor(colours.stage_title),
            Weight.BOLD,
            bars_far=widget is not None,
        )
        top = pad + len(column.title_lines) * style.stage_title_line_height + 3
        draw_lines(
            painter,
            column.goal_lines,
            pad,
            top,
            style.stage_goal_size,
            style.stage_goal_line_height,
            QColor(colours.stage_goal),
            bars_far=widget is not None,
        )
