"""Stage and lane names that stay readable however far the map is zoomed out.

Far out, the map's own headers shrink with it: at "Fit Whole Map" on a big map a stage's
name is a pixel high. Then the view draws two bands in screen pixels instead, one across the
top with the stages' names over their columns and one down the left with the lanes' names
beside their rows, pinned to the window's edges (or to the map's, when it is in view). The
names are plain text, shortened with "…" to their column.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from journeydesk.i18n import number
from journeydesk.layout.contrast import Theme, theme
from journeydesk.layout.fonts import CHAINS, Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.layout.text import TextLine
from journeydesk.model.project import Journey, LaneKind
from journeydesk.ui.canvas.painting import font_family

#: The bands' sizes and their names' size, in screen pixels.
BAND_HEIGHT = 26.0
BAND_WIDTH = 150.0
LABEL_PIXELS = 12
#: Under this many pixels a stage's title on the map is too small to read: bands show.
READABLE_HEADER_PIXELS = 8.0
#: Room between a name and the edges of its column or row, in pixels.
_PAD = 6.0
#: A column narrower than this shows its number rather than its name; narrower than
#: ``_NUMBER_ROOM``, only its edge.
_NARROWEST = 40.0
_NUMBER_ROOM = 16.0
#: The strip of a lane's colour at the band's left edge, in pixels.
_STRIPE = 4.0


def bands_shown(style: Style, scale: float) -> bool:
    """Whether the map's own headers are too small to read at ``scale`` (pixels a point)."""
    return style.stage_title_size * scale < READABLE_HEADER_PIXELS


def _joined(lines: tuple[TextLine, ...]) -> str:
    """A header's title on one line, as the map wraps it."""
    return " ".join(line.text for line in lines)


@cache
def _label_font(bold: bool) -> QFont:
    weight = Weight.BOLD if bold else Weight.REGULAR
    font = QFont()
    font.setFamilies([font_family(file) for file in CHAINS[weight]])
    font.setPixelSize(LABEL_PIXELS)
    font.setBold(bold)
    return font


class HeaderBands:
    """Draws the bands of one view; names are shortened once per width and kept."""

    def __init__(self) -> None:
        self._elided: dict[tuple[str, int, bool], str] = {}

    def _fit(self, text: str, width: float, bold: bool) -> str:
        key = (text, int(width), bold)
        fitted = self._elided.get(key)
        if fitted is None:
            if len(self._elided) > 4096:
                self._elided.clear()
            metrics = QFontMetricsF(_label_font(bold))
            fitted = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = fitted
        return fitted

    def draw(
        self,
        painter: QPainter,
        journey: Journey,
        layout: MapLayout,
        origin: QPointF,
        scale: float,
        size: tuple[float, float],
    ) -> None:
        """Draw both bands in screen pixels: the map's top left is at ``origin`` on a
        viewport of ``size``, ``scale`` pixels to a point."""
        colours = theme(layout.style.high_contrast)
        width, height = size
        # Where the bands start (the window's edge, or beside the map) and end (the map's).
        left = max(0.0, origin.x() - BAND_WIDTH)
        top = max(0.0, origin.y() - BAND_HEIGHT)
        right = min(width, origin.x() + layout.width * scale)
        bottom = min(height, origin.y() + layout.height * scale)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        stages = QRectF(left + BAND_WIDTH, top, max(0.0, right - left - BAND_WIDTH), BAND_HEIGHT)
        self._draw_stages(painter, layout, stages, origin.x(), scale, colours)
        lanes = QRectF(left, top + BAND_HEIGHT, BAND_WIDTH, max(0.0, bottom - top - BAND_HEIGHT))
        self._draw_lanes(painter, layout, lanes, origin.y(), scale, colours)
        painter.setPen(QPen(QColor(colours.lane_edge), 1.0))
        painter.drawLine(QPointF(lanes.right(), top), QPointF(lanes.right(), bottom))
        # The corner: the map's name.
        corner = QRectF(left, top, BAND_WIDTH, BAND_HEIGHT)
        painter.fillRect(corner, QColor(colours.corner_fill))
        painter.setFont(_label_font(True))
        painter.setPen(QColor(colours.corner_title))
        name = self._fit(journey.title, BAND_WIDTH - 2 * _PAD, True)
        painter.drawText(corner.adjusted(_PAD, 0, -_PAD, 0), Qt.AlignmentFlag.AlignVCenter, name)
        painter.restore()

    def _draw_stages(
        self,
        painter: QPainter,
        layout: MapLayout,
        band: QRectF,
        origin: float,
        scale: float,
        colours: Theme,
    ) -> None:
        """The stages' names over their columns (``origin``: the map's left, in pixels)."""
        painter.fillRect(band, QColor(colours.stage_fill))
        painter.setFont(_label_font(True))
        edge, ink = QPen(QColor(colours.stage_edge), 1.0), QColor(colours.stage_title)
        top = band.top()
        for column in layout.stages:
            x0 = origin + column.x * scale
            x1 = x0 + column.width * scale
            if x1 <= band.left() or x0 >= band.right():
                continue
            painter.setPen(edge)
            painter.drawLine(QPointF(x1, top), QPointF(x1, band.bottom()))
            shown = max(x0, band.left())
            room = x1 - shown - 2 * _PAD
            painter.setPen(ink)
            if room >= _NARROWEST - 2 * _PAD:
                name = _joined(column.title_lines)
                text = self._fit(name, room, True)
                if text != name:  # cut short: lead with its number, which always fits
                    text = self._fit(f"{number(column.index + 1)} · {name}", room, True)
                box = QRectF(shown + _PAD, top, room, BAND_HEIGHT)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
            elif x1 - shown >= _NUMBER_ROOM:  # too narrow for a name: the stage's number
                box = QRectF(shown, top, x1 - shown, BAND_HEIGHT)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number(column.index + 1))

    def _draw_lanes(
        self,
        painter: QPainter,
        layout: MapLayout,
        band: QRectF,
        origin: float,
        scale: float,
        colours: Theme,
    ) -> None:
        """The lanes' names beside their rows (``origin``: the map's top, in pixels)."""
        painter.fillRect(band, QColor(colours.lane_fill))
        painter.setFont(_label_font(False))
        edge, ink = QPen(QColor(colours.lane_edge), 1.0), QColor(colours.lane_title)
        left = band.left()
        room = BAND_WIDTH - 2 * _PAD - _STRIPE
        for row in layout.lanes:
            y0 = origin + row.y * scale
            y1 = y0 + row.height * scale
            if y1 <= band.top() or y0 >= band.bottom():
                continue
            shown = max(y0, band.top())
            painter.fillRect(QRectF(left, shown, _STRIPE, y1 - shown), QColor(row.colour))
            painter.setPen(edge)
            painter.drawLine(QPointF(left, y1), QPointF(band.right(), y1))
            if y1 - shown >= LABEL_PIXELS + 2 and row.kind is not LaneKind.DIVIDER:
                painter.setPen(ink)
                box = QRectF(left + _STRIPE + _PAD, shown, room, min(y1 - shown, 3 * LABEL_PIXELS))
                text = self._fit(_joined(row.title_lines), room, False)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
