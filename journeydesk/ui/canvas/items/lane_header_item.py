"""A lane's header at the left of its row: colour band, title and kind."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.labels import KIND_LABELS
from journeydesk.layout.map_layout import LaneRow
from journeydesk.layout.style import Style
from journeydesk.model.project import LaneKind
from journeydesk.ui.canvas.items.header_item import HeaderItem
from journeydesk.ui.canvas.painting import draw_lines


class LaneHeaderItem(HeaderItem):
    """Draws one lane header; the view keeps the header column pinned to the left."""

    def __init__(self, row: LaneRow, style: Style) -> None:
        super().__init__()
        self.lane_id = row.lane_id
        self._style = style
        self._row = row
        self._legend: list[tuple[float, str, str, bool]] = []
        self.setPos(0, row.y)
        self._finish_init()

    @property
    def row(self) -> LaneRow:
        """The lane's row as last laid out."""
        return self._row

    def set_row(self, row: LaneRow) -> None:
        """Take a new layout: place, height, title lines, colour."""
        if row.height != self._row.height:
            self.prepareGeometryChange()
        self._row = row
        self.setY(row.y)
        self.update()

    def set_legend(self, legend: list[tuple[float, str, str, bool]]) -> None:
        """Name each curve of an emotion lane: (y, name, colour, whether it is edited)."""
        if legend != self._legend:
            self._legend = legend
            self.update()

    def legend_index_at(self, y: float) -> int | None:
        """Which legend line is at height ``y`` of the header, if any."""
        step = self._style.legend_line_height
        for index, (top, _name, _colour, _active) in enumerate(self._legend):
            if top <= y < top + step:
                return index
        return None

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._style.lane_header_width, self._row.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, row = self._style, self._row
        rect = self.boundingRect()
        active = self.is_highlighted()
        colours = theme(style.high_contrast)
        painter.fillRect(rect, QColor(colours.lane_fill_active if active else colours.lane_fill))
        band = style.lane_band_width
        painter.fillRect(QRectF(0, 0, band, rect.height()), QColor(row.colour))
        painter.setPen(QPen(QColor(colours.lane_edge), 1.0))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if row.kind is LaneKind.DIVIDER:
            ink = QColor(colours.legend)
            draw_lines(
                painter,
                row.title_lines,
                band + style.header_padding,
                style.divider_title_top,
                style.divider_title_size,
                style.divider_title_line_height,
                ink,
                Weight.BOLD,
                bars_far=widget is not None,
            )
            return
        pad = style.header_padding
        x = band + pad
        draw_lines(
            painter,
            row.title_lines,
            x,
            pad,
            style.lane_title_size,
            style.lane_title_line_height,
            QColor(colours.lane_title),
            Weight.BOLD,
            bars_far=widget is not None,
        )
        kind_ink = QColor(colours.lane_kind)
        label = (KIND_LABELS[row.kind],)
        size, step = style.lane_kind_size, style.lane_kind_line_height
        draw_lines(
            painter, label, x, row.kind_top, size, step, kind_ink, bars_far=widget is not None
        )
        swatch = style.legend_swatch
        for y, name, colour, active in self._legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            middle = y + style.legend_line_height / 2
            painter.drawEllipse(QRectF(x, middle - swatch / 2, swatch, swatch))
            weight = Weight.BOLD if active else Weight.REGULAR
            draw_lines(
                painter,
                (name,),
                x + swatch + 5,
                y,
                style.legend_text_size,
                style.legend_line_height,
                QColor(colours.legend_active if active else colours.legend),
                weight,
                bars_far=widget is not None,
            )
