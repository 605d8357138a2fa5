"""The emotion curve in an emotion lane: a smooth line through each stage's score."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import EmotionPoint, smooth_curve
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.painting import draw_centred_text

SCORE_COLOURS = {score: QColor(colour) for score, colour in colours.SCORE_COLOURS.items()}
POINT_RADIUS = 7.0


class EmotionCurveItem(QGraphicsItem):
    """Draws the curve, its points and the neutral line; a child of its lane's item."""

    Z_VALUE = 5.0

    def __init__(self, style: Style, width: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__()  # whole before it joins the scene (see CardItem)
        self._style = style
        self._width = width
        self._points: list[EmotionPoint] = []
        self._path = QPainterPath()
        self.setZValue(self.Z_VALUE)
        if parent is not None:
            self.setParentItem(parent)

    def set_points(self, points: list[EmotionPoint], width: float) -> None:
        """Take new scores (placed by the layout) and the lane's width."""
        self.prepareGeometryChange()
        self._points = points
        self._width = width
        self._path = QPainterPath()
        segments = smooth_curve([(p.x, p.y) for p in points])
        if segments:
            self._path.moveTo(*segments[0][0])
            for _start, c1, c2, end in segments:
                self._path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))

    def boundingRect(self) -> QRectF:
        style = self._style
        return QRectF(style.lane_header_width, 0, self._width, style.emotion_band_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = style.emotion_band_height - 2 * style.emotion_margin
        neutral = style.emotion_margin + band / 2
        left = style.lane_header_width
        painter.setPen(QPen(QColor("#b9c0cc"), 1.0, Qt.PenStyle.DotLine))
        painter.drawLine(QLineF(left, neutral, left + self._width, neutral))
        curve_pen = QPen(QColor(colours.CURVE), 2.6)
        curve_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(curve_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        for point in self._points:
            colour = SCORE_COLOURS[point.score]
            painter.setPen(QPen(QColor("#ffffff"), 2.0))
            painter.setBrush(colour)
            dot = QRectF(
                point.x - POINT_RADIUS, point.y - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS
            )
            painter.drawEllipse(dot)
            # The score sits above its point, clear of the line on either side.
            label = QRectF(point.x - 14, point.y - POINT_RADIUS - 15, 28, 13)
            text = f"{point.score:+d}" if point.score else "0"
            draw_centred_text(painter, text, label, 8.5, colour.darker(125), Weight.BOLD)
