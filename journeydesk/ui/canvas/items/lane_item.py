"""A lane's row across all stages: cell backgrounds and grid lines; its cards are children."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.colours import EMOTION_PALENESS, LANE_PALENESS
from journeydesk.layout.colours import pale as pale_hex
from journeydesk.layout.contrast import theme
from journeydesk.layout.map_layout import LaneRow
from journeydesk.layout.style import Style
from journeydesk.model.project import LaneKind


def pale(colour: str, amount: float = 0.78) -> QColor:
    """``colour`` mixed with white: the cell background of a lane of that colour."""
    return QColor(pale_hex(colour, amount))


class LaneItem(QGraphicsItem):
    """Paints one lane's cells; placed at the lane's top so its cards move with it."""

    Z_VALUE = 0.0

    def __init__(self, row: LaneRow, style: Style, stage_count: int) -> None:
        super().__init__()
        self.lane_id = row.lane_id
        self._style = style
        self._row = row
        self._stage_count = stage_count
        self.setZValue(self.Z_VALUE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setPos(0, row.y)

    @property
    def row(self) -> LaneRow:
        """The lane's row as last laid out."""
        return self._row

    def set_row(self, row: LaneRow, stage_count: int) -> None:
        """Take a new layout of the lane (height, place, colour) or a new number of stages."""
        if (row.height, stage_count) != (self._row.height, self._stage_count):
            self.prepareGeometryChange()
        self._row = row
        self._stage_count = stage_count
        self.setPos(0, row.y)
        self.update()

    def boundingRect(self) -> QRectF:
        style = self._style
        return QRectF(
            style.lane_header_width, 0, self._stage_count * style.stage_width, self._row.height
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, row = self._style, self._row
        rect = self.boundingRect()
        if row.kind is LaneKind.DIVIDER:
            painter.fillRect(rect, QColor("#ffffff"))
            pen = QPen(QColor(row.colour), style.divider_line_width)
            unit = style.divider_line_width  # Qt's dashes are in pen widths
            pen.setDashPattern([style.divider_dash / unit, style.divider_gap / unit])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(
                QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y())
            )
            return
        colours = theme(style.high_contrast)
        emotion = row.kind is LaneKind.EMOTION or colours.high_contrast
        paleness = EMOTION_PALENESS if emotion else LANE_PALENESS
        painter.fillRect(rect, pale(row.colour, paleness))
        exposed = option.exposedRect if option is not None else rect
        painter.setPen(QPen(QColor(colours.grid), 1.0))
        first = max(0, int((exposed.left() - style.lane_header_width) // style.stage_width))
        last = min(
            self._stage_count,
            int((exposed.right() - style.lane_header_width) // style.stage_width) + 1,
        )
        for index in range(first, last + 1):
            x = style.lane_header_width + index * style.stage_width
            painter.drawLine(QLineF(x, 0, x, row.height))
        painter.drawLine(QLineF(rect.left(), row.height, rect.right(), row.height))
