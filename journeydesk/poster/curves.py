"""Printing the emotion curves: the first persona's with its scores, the others lighter.

As on the canvas: a smooth line through the set scores, dashed across stages without one;
with several personas each curve takes its persona's colour and the lane header names them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import EmotionPoint, LaneRow, MapLayout, smooth_curve
from journeydesk.layout.text import TextLine
from journeydesk.model.project import Journey

#: Draws one short line centred on x: (text, cx, top, height, size, colour, weight).
Centred = Callable[[TextLine | str, float, float, float, float, str, Weight], None]
#: Draws lines at (x, top): (lines, x, top, size, line height, colour, weight).
Lines = Callable[[Sequence[TextLine | str], float, float, float, float, str, Weight], None]

POINT_RADIUS = 7.0
GAP_INK = "#8a94a6"


def draw_curves(
    c: Canvas,
    layout: MapLayout,
    journey: Journey,
    personas: tuple[tuple[str, str], ...],
    lane_top: float,
    centred: Centred,
) -> None:
    """Every curve of ``journey`` in an emotion lane whose top is at ``lane_top``."""
    curves = journey.curves()
    style = layout.style
    slots = [column.x + column.width / 2 for column in layout.stages]
    for (_persona_id, curve), (_name, colour) in list(zip(curves, personas, strict=False))[1:]:
        points = layout.curve_points(curve)
        _line(c, points, lane_top, slots, (colour, style.other_curve_width), (colour, 1.2))
        c.setFillColor(HexColor(colour))
        c.setStrokeColor(HexColor("#ffffff"))
        c.setLineWidth(1.5)
        for point in points:
            c.circle(point.x, lane_top + point.y, style.other_point_radius, stroke=1, fill=1)
    main = personas[0][1] if personas else colours.CURVE
    points = layout.curve_points(curves[0][1])
    _line(c, points, lane_top, slots, (main, 2.6), (GAP_INK, 1.6))
    for point in points:
        colour = colours.SCORE_COLOURS[point.score]
        c.setFillColor(HexColor(colour))
        c.setStrokeColor(HexColor("#ffffff"))
        c.setLineWidth(2.0)
        c.circle(point.x, lane_top + point.y, POINT_RADIUS, stroke=1, fill=1)
        label = f"{point.score:+d}" if point.score else "0"
        top = lane_top + point.y - POINT_RADIUS - 15
        centred(label, point.x, top, 13, 8.5, colours.darker(colour, 0.8), Weight.BOLD)


def _line(
    c: Canvas,
    points: list[EmotionPoint],
    lane_top: float,
    slots: list[float],
    pen: tuple[str, float],
    gap_pen: tuple[str, float],
) -> None:
    """The smooth line, solid between neighbouring stages and dashed across unset ones."""
    solid, dashed = c.beginPath(), c.beginPath()
    has = {"solid": False, "dashed": False}
    for start, c1, c2, end in smooth_curve([(p.x, lane_top + p.y) for p in points]):
        skipped = any(start[0] < x < end[0] for x in slots)
        path = dashed if skipped else solid
        has["dashed" if skipped else "solid"] = True
        path.moveTo(*start)
        path.curveTo(*c1, *c2, *end)
    c.setLineCap(1)
    if has["solid"]:
        c.setStrokeColor(HexColor(pen[0]))
        c.setLineWidth(pen[1])
        c.drawPath(solid, stroke=1, fill=0)
    if has["dashed"]:
        c.saveState()
        c.setStrokeColor(HexColor(gap_pen[0]))
        c.setLineWidth(gap_pen[1])
        c.setDash(5, 4)
        c.drawPath(dashed, stroke=1, fill=0)
        c.restoreState()


def draw_curve_legend(
    c: Canvas,
    layout: MapLayout,
    row: LaneRow,
    personas: tuple[tuple[str, str], ...],
    lines: Lines,
) -> None:
    """Name each curve in the emotion lane's header, the first persona's in bold."""
    style = layout.style
    x = 6 + style.header_padding
    swatch = style.legend_swatch
    placed = layout.legend_lines(row, [name for name, _colour in personas])
    for index, ((y, line), (_name, colour)) in enumerate(zip(placed, personas, strict=False)):
        middle = row.y + y + style.legend_line_height / 2
        c.setFillColor(HexColor(colour))
        c.circle(x + swatch / 2, middle, swatch / 2, stroke=0, fill=1)
        lines(
            (line,),
            x + swatch + 5,
            row.y + y,
            style.legend_text_size,
            style.legend_line_height,
            "#1d232b" if index == 0 else "#4b5563",
            Weight.BOLD if index == 0 else Weight.REGULAR,
        )
