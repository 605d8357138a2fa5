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
GAP_COLOUR = QColor(colours.CURVE_GAP)
NEUTRAL_COLOUR = QColor(colours.NEUTRAL_LINE)


def _dashed(colour: QColor, width: float, dash: float, gap: float) -> QPen:
    """A flat-capped pen drawing ``dash`` points, then leaving ``gap`` points, as on paper."""
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([dash / width, gap / width])  # Qt counts in pen widths
    return pen


#: Under this radius on the screen (pixels), the points, labels and dashes are too small to
#: see: only the curve is drawn.
_SMALLEST_POINT = 1.5


class EmotionCurveItem(QGraphicsItem):
    """Draws the curve, its points and the neutral line; a child of its lane's item."""

    Z_VALUE = -1.0  # over the lane, under its cards

    def __init__(self, style: Style, width: float, parent: QGraphicsItem | None = None) -> None:
        super().__init__()  # whole before it joins the scene (see CardItem)
        self._style = style
        self._width = width
        self._points: list[EmotionPoint] = []
        self._slots: list[tuple[str, float]] = []  # every stage: (id, x of its centre)
        self._preview: tuple[str, int | None] | None = None  # a score being dragged
        self._focus: str | None = None  # the stage whose point the keyboard moves
        self._path = QPainterPath()
        self._gaps = QPainterPath()
        # With several personas: the edited curve's colour, and the other curves, drawn lighter.
        self._colour = QColor(colours.CURVE)
        self._others: list[tuple[QColor, list[EmotionPoint], QPainterPath, QPainterPath]] = []
        self.setZValue(self.Z_VALUE)
        if parent is not None:
            self.setParentItem(parent)

    def set_points(
        self,
        points: list[EmotionPoint],
        width: float,
        slots: list[tuple[str, float]],
        others: list[tuple[str, list[EmotionPoint]]] | None = None,
        colour: str | None = None,
    ) -> None:
        """Take new scores (placed by the layout), the lane's width and every stage's slot.

        ``points`` is the curve that gestures and keys edit; ``others`` are the curves of the
        map's other personas as (colour, points), and ``colour`` the edited curve's own.
        """
        self.prepareGeometryChange()
        self._points = points
        self._width = width
        self._slots = slots
        self._colour = QColor(colour or colours.CURVE)
        self._others = []
        for other_colour, other_points in others or []:
            path, gaps = self._paths(other_points)
            self._others.append((QColor(other_colour), other_points, path, gaps))
        self._rebuild()

    def set_preview(self, stage_id: str | None, score: int | None = None) -> None:
        """Show ``score`` for a stage while it is dragged (None as stage: the saved scores)."""
        self._preview = (stage_id, score) if stage_id is not None else None
        self._rebuild()
        self.update()

    def set_focus(self, stage_id: str | None) -> None:
        """Ring the point (or the empty slot) of the stage the keyboard edits."""
        self._focus = stage_id
        self.update()

    @property
    def focus(self) -> str | None:
        """The stage whose point is ringed for the keyboard, if any."""
        return self._focus

    def _shown_points(self) -> list[EmotionPoint]:
        if self._preview is None:
            return self._points
        stage_id, score = self._preview
        points = [p for p in self._points if p.stage_id != stage_id]
        x = next((x for sid, x in self._slots if sid == stage_id), None)
        if score is not None and x is not None:
            points.append(EmotionPoint(stage_id, score, x, self._style.score_y(score)))
            points.sort(key=lambda p: p.x)
        return points

    def _rebuild(self) -> None:
        self._path, self._gaps = self._paths(self._shown_points())

    def _paths(self, points: list[EmotionPoint]) -> tuple[QPainterPath, QPainterPath]:
        # Across stages without a score the line is dashed: the curve skips them visibly.
        line, gaps = QPainterPath(), QPainterPath()
        slots = [x for _sid, x in self._slots]
        for start, c1, c2, end in smooth_curve([(p.x, p.y) for p in points]):
            skipped = any(start[0] < x < end[0] for x in slots)
            path = gaps if skipped else line
            path.moveTo(*start)
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        return line, gaps

    def boundingRect(self) -> QRectF:
        style = self._style
        return QRectF(style.lane_header_width, 0, self._width, style.emotion_band_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if scale * style.point_radius < _SMALLEST_POINT:  # far out: the curve alone
            pen = QPen(self._colour, 0)  # a hairline
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
            return
        neutral = style.score_y(0)
        left = style.lane_header_width
        painter.setPen(
            _dashed(
                NEUTRAL_COLOUR, style.neutral_line_width, style.neutral_dot, style.neutral_dot_gap
            )
        )
        painter.drawLine(QLineF(left, neutral, left + self._width, neutral))
        for colour, points, path, gaps in self._others:
            self._paint_other(painter, colour, points, path, gaps, style)
        curve_pen = QPen(self._colour, style.curve_width)
        curve_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(curve_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(
            _dashed(GAP_COLOUR, style.curve_gap_width, style.curve_dash, style.curve_dash_gap)
        )
        painter.drawPath(self._gaps)
        points = self._shown_points()
        scored = {p.stage_id for p in points}
        # Stages without a score: a hollow ring on the neutral line, to click and set one.
        painter.setPen(QPen(NEUTRAL_COLOUR, 1.4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = style.point_radius
        for stage_id, x in self._slots:
            if stage_id not in scored:
                painter.drawEllipse(QPointF(x, neutral), radius, radius)
        if self._focus is not None:
            x = next((x for sid, x in self._slots if sid == self._focus), None)
            if x is not None:
                point = next((p for p in points if p.stage_id == self._focus), None)
                y = point.y if point is not None else neutral
                painter.setPen(QPen(QColor("#2563eb"), 2.0))
                painter.drawEllipse(QPointF(x, y), radius + 4, radius + 4)
        for point in points:
            colour = SCORE_COLOURS[point.score]
            painter.setPen(QPen(QColor("#ffffff"), style.point_outline))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(point.x, point.y), radius, radius)
            # The score sits above its point, clear of the line on either side.
            size = style.score_label_size
            label = QRectF(
                point.x - 2 * size,
                style.score_label_top(point.y),
                4 * size,
                style.score_label_height,
            )
            text = f"{point.score:+d}" if point.score else "0"
            ink = QColor("#000000") if style.high_contrast else colour.darker(125)
            draw_centred_text(painter, text, label, size, ink, Weight.BOLD)

    @staticmethod
    def _paint_other(
        painter: QPainter,
        colour: QColor,
        points: list[EmotionPoint],
        path: QPainterPath,
        gaps: QPainterPath,
        style: Style,
    ) -> None:
        """Another persona's curve: thinner, in its colour, small points without labels."""
        radius = style.other_point_radius
        pen = QPen(colour, style.other_curve_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(
            _dashed(colour, style.other_gap_width, style.curve_dash, style.curve_dash_gap)
        )
        painter.drawPath(gaps)
        painter.setPen(QPen(QColor("#ffffff"), style.other_point_outline))
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(QPointF(point.x, point.y), radius, radius)
