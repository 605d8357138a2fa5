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
    """Draws one lane header; the view keeps the header column pinned to the left.

    When the window shows only the lower part of a tall lane, its title and kind move down
    with the window's top (under the pinned stage headers), so every lane in sight is named.
    """

    def __init__(self, row: LaneRow, style: Style) -> None:
        super().__init__()
        self.lane_id = row.lane_id
        self._style = style
        self._row = row
        self._legend: list[tuple[float, str, str, bool]] = []
        self._top = 0.0  # the scene's height just under the pinned stage headers
        self._title_y = 0.0  # how far down the header its title is drawn
        self.setPos(0, row.y)
        self._finish_init()

    @property
    def row(self) -> LaneRow:
        """The lane's row as last laid out."""
        return self._row

    def set_row(self, row: LaneRow, top: float | None = None) -> None:
        """Take a new layout: place, height, title lines, colour (``top``: as in ``pin``, if
        the stage headers' height changed)."""
        if row.height != self._row.height:
            self.prepareGeometryChange()
        self._row = row
        self.setY(row.y)
        self._follow(self._top if top is None else top)
        self.update()

    def pin(self, left: float, top: float) -> None:
        """Stand at ``left``, the window's left edge; ``top`` is the scene's height just under
        the stage headers pinned to the window's top."""
        self.setX(left)
        self._follow(top)

    def _follow(self, top: float) -> None:
        self._top = top
        row, style = self._row, self._style
        title_y = 0.0
        if row.kind is LaneKind.CARDS:  # the others are short, and a curve's legend is fixed
            room = row.height - row.kind_top - style.lane_kind_line_height - style.header_padding
            title_y = min(max(0.0, top - row.y), max(0.0, room))
        if title_y != self._title_y:
            self._title_y = title_y
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
        x, title_y = band + pad, self._title_y
        draw_lines(
            painter,
            row.title_lines,
            x,
            title_y + pad,
            style.lane_title_size,
            style.lane_title_line_height,
            QColor(colours.lane_title),
            Weight.BOLD,
            bars_far=widget is not None,
        )
        kind_ink = QColor(colours.lane_kind)
        label = (KIND_LABELS[row.kind],)
        size, step, kind_y = style.lane_kind_size, style.lane_kind_line_height, row.kind_top
        far = widget is not None
        draw_lines(painter, label, x, title_y + kind_y, size, step, kind_ink, bars_far=far)
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
