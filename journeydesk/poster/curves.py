"""Printing the emotion curves: the first persona's with its scores, the others lighter.

As on the canvas: a dotted neutral line, a smooth line through the set scores, dashed across
stages without one; with several personas each curve takes its persona's colour and the lane
header names them. Every measure is the style's, as on the canvas.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import EmotionPoint, LaneRow, MapLayout, smooth_curve
from journeydesk.layout.style import Style
from journeydesk.layout.text import TextLine
from journeydesk.model.project import Journey

#: Draws one short line centred on x: (text, cx, top, height, size, colour, weight).
Centred = Callable[[TextLine | str, float, float, float, float, str, Weight], None]
#: Draws lines at (x, top): (lines, x, top, size, line height, colour, weight).
Lines = Callable[[Sequence[TextLine | str], float, float, float, float, str, Weight], None]


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
    neutral = lane_top + style.score_y(0)
    c.saveState()
    c.setStrokeColor(HexColor(colours.NEUTRAL_LINE))
    c.setLineWidth(style.neutral_line_width)
    c.setLineCap(0)
    c.setDash(style.neutral_dot, style.neutral_dot_gap)
    c.line(style.lane_header_width, neutral, layout.width, neutral)
    c.restoreState()
    for (_persona_id, curve), (_name, colour) in list(zip(curves, personas, strict=False))[1:]:
        points = layout.curve_points(curve)
        pens = ((colour, style.other_curve_width), (colour, style.other_gap_width))
        _line(c, points, lane_top, slots, *pens, style)
        c.setFillColor(HexColor(colour))
        c.setStrokeColor(HexColor("#ffffff"))
        c.setLineWidth(style.other_point_outline)
        for point in points:
            c.circle(point.x, lane_top + point.y, style.other_point_radius, stroke=1, fill=1)
    main = personas[0][1] if personas else colours.CURVE
    points = layout.curve_points(curves[0][1])
    _line(
        c,
        points,
        lane_top,
        slots,
        (main, style.curve_width),
        (colours.CURVE_GAP, style.curve_gap_width),
        style,
    )
    for point in points:
        colour = colours.SCORE_COLOURS[point.score]
        c.setFillColor(HexColor(colour))
        c.setStrokeColor(HexColor("#ffffff"))
        c.setLineWidth(style.point_outline)
        c.circle(point.x, lane_top + point.y, style.point_radius, stroke=1, fill=1)
        label = f"{point.score:+d}" if point.score else "0"
        centred(
            label,
            point.x,
            lane_top + style.score_label_top(point.y),
            style.score_label_height,
            style.score_label_size,
            colours.darker(colour, 0.8),
            Weight.BOLD,
        )


def _line(
    c: Canvas,
    points: list[EmotionPoint],
    lane_top: float,
    slots: list[float],
    pen: tuple[str, float],
    gap_pen: tuple[str, float],
    style: Style,
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
        c.setLineCap(0)  # flat dashes, as on screen
        c.setDash(style.curve_dash, style.curve_dash_gap)
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
    x = style.lane_band_width + style.header_padding
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
