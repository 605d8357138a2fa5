"""Drawing one map with ReportLab: lanes, stage and lane headers, cards, curves and dots.

The poster's painter (painter.py) places maps, persona cards and text around them and
draws each map through this class, in content units with y pointing down, as on the canvas.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.contrast import NORMAL
from journeydesk.layout.corner import journey_corner
from journeydesk.layout.fonts import Weight, baseline_offset
from journeydesk.layout.labels import KIND_LABELS
from journeydesk.layout.map_layout import CardBox, MapLayout, vote_badge_label
from journeydesk.layout.text import TextLine, one_line
from journeydesk.model.project import Journey, LaneKind
from journeydesk.poster.curves import draw_curve_legend, draw_curves
from journeydesk.poster.dots import draw_dots
from journeydesk.poster.fonts import draw_line
from journeydesk.poster.plan import Rect


class MapPainter:
    """Draws a map's layout onto a ReportLab canvas, clipped to a view, with y down."""

    def __init__(self, canvas: Canvas, journey: Journey, layout: MapLayout) -> None:
        self.c = canvas
        self.journey = journey
        self.layout = layout
        self.style = layout.style
        #: With several personas on the map being drawn: each one's (name, colour).
        self.curve_personas: tuple[tuple[str, str], ...] = ()

    def draw_map(self, view: Rect) -> None:
        """Every lane, stage line, curve, card and header of the map that meets ``view``."""
        layout, style = self.layout, self.style
        for row in layout.lanes:
            if not meets(view, 0, row.y, layout.width, row.height):
                continue
            left, width = style.lane_header_width, layout.width - style.lane_header_width
            if row.kind is LaneKind.DIVIDER:
                self._box(left, row.y, width, row.height, "#ffffff", None)
                self.c.setDash(style.divider_dash, style.divider_gap)
                middle = row.y + row.height / 2
                self.c.setLineCap(0)  # flat, as on screen
                self._line(left, middle, layout.width, middle, row.colour, style.divider_line_width)
                self.c.setDash()
            else:
                emotion = row.kind is LaneKind.EMOTION
                amount = colours.EMOTION_PALENESS if emotion else colours.LANE_PALENESS
                self._box(left, row.y, width, row.height, colours.pale(row.colour, amount), None)
            self._line(
                left, row.y + row.height, layout.width, row.y + row.height, colours.GRID, 1.0
            )
        for column in layout.stages:
            if meets(view, column.x, 0, column.width, layout.height):
                self._line(
                    column.x, layout.header_height, column.x, layout.height, colours.GRID, 1.0
                )
        for row in layout.lanes:
            if row.kind is LaneKind.EMOTION and meets(view, 0, row.y, layout.width, row.height):
                draw_curves(self.c, layout, self.journey, self.curve_personas, row.y, self._centred)
        # Only the cells this sheet overlaps (with room for shadows and vote badges).
        columns = [c for c in layout.stages if meets(view, c.x - 12, 0, c.width + 24, 1e9)]
        room = max(10.0, style.dot_reach)  # around a card: its shadow, vote badge and dots
        for row in layout.lanes:
            if not meets(view, 0, row.y - 12, 1e9, row.height + 24):
                continue
            for column in columns:
                for card_id in layout.cell_cards(row.lane_id, column.stage_id):
                    box = layout.cards[card_id]
                    top = row.y + box.y
                    if meets(
                        view, box.x - room, top - room, box.width + 2 * room, box.height + 2 * room
                    ):
                        self._card(box, top)
        self._headers(view)

    def _headers(self, view: Rect) -> None:
        layout, style = self.layout, self.style
        pad = style.header_padding
        for column in layout.stages:
            if not meets(view, column.x, 0, column.width, layout.header_height):
                continue
            self._box(
                column.x, 0, column.width, layout.header_height, colours.STAGE_HEADER, "#46546d"
            )
            self._lines(
                column.title_lines,
                column.x + pad,
                pad,
                style.stage_title_size,
                style.stage_title_line_height,
                "#ffffff",
                Weight.BOLD,
            )
            top = pad + len(column.title_lines) * style.stage_title_line_height + 3
            self._lines(
                column.goal_lines,
                column.x + pad,
                top,
                style.stage_goal_size,
                style.stage_goal_line_height,
                colours.STAGE_GOAL_INK,
            )
        self._box(0, 0, style.lane_header_width, layout.header_height, colours.CORNER, None)
        corner = journey_corner(self.journey, layout.header_height, style)
        self._lines(
            corner.title,
            pad,
            corner.title_top,
            style.corner_title_size,
            style.corner_title_line_height,
            NORMAL.corner_title,
            Weight.BOLD,
        )
        self._lines(
            (corner.state,),
            pad,
            corner.state_top,
            corner.state_size,
            corner.state_line_height,
            NORMAL.corner_state,
        )
        for row in layout.lanes:
            if not meets(view, 0, row.y, style.lane_header_width, row.height):
                continue
            self._box(0, row.y, style.lane_header_width, row.height, colours.LANE_HEADER, "#c9ced8")
            band = style.lane_band_width
            self._box(0, row.y, band, row.height, row.colour, None)
            if row.kind is LaneKind.DIVIDER:
                self._lines(
                    row.title_lines,
                    band + pad,
                    row.y + style.divider_title_top,
                    style.divider_title_size,
                    style.divider_title_line_height,
                    "#1d232b",
                    Weight.BOLD,
                )
            else:
                self._lines(
                    row.title_lines,
                    band + pad,
                    row.y + pad,
                    style.lane_title_size,
                    style.lane_title_line_height,
                    "#1d232b",
                    Weight.BOLD,
                )
            if row.kind_top:  # what the lane holds, under its title, as on screen
                self._lines(
                    (KIND_LABELS[row.kind],),
                    band + pad,
                    row.y + row.kind_top,
                    style.lane_kind_size,
                    style.lane_kind_line_height,
                    NORMAL.lane_kind,  # the canvas's colour for it (paper has no other theme)
                )
            if row.legend_top and self.curve_personas:
                draw_curve_legend(self.c, layout, row, self.curve_personas, self._lines)

    def _card(self, box: CardBox, top: float) -> None:
        style = self.style
        x, w, h = box.x, box.width, box.height
        self._box(x + style.shadow_dx, top + style.shadow_dy, w, h, colours.SHADOW, None)
        edge = colours.darker(box.colour)
        self._box(x, top, w, h, box.colour, edge, style.card_edge_width)
        ink = colours.ink_for(box.colour)
        self._lines(
            box.lines,
            x + style.card_padding,
            top + style.card_padding,
            style.card_text_size,
            style.card_line_height,
            ink,
        )
        c = self.c
        chip_fill, chip_alpha = colours.chip_fill(ink)
        for chip in box.tags:
            c.setFillColor(pdf_colour(chip_fill), alpha=chip_alpha)
            c.roundRect(
                x + chip.x,
                top + chip.y,
                chip.width,
                style.tag_height,
                style.tag_height / 2,
                stroke=0,
                fill=1,
            )
            self._centred(
                chip.line,
                x + chip.x + chip.width / 2,
                top + chip.y,
                style.tag_height,
                style.tag_text_size,
                ink,
                Weight.REGULAR,
            )
        if box.votes > 0:
            r = style.badge_radius
            cx, cy = x + w - style.badge_inset, top + style.badge_inset
            c.setFillColor(pdf_colour(NORMAL.badge_fill))
            c.setStrokeColor(pdf_colour("#ffffff"))
            c.setLineWidth(style.badge_outline)
            c.circle(cx, cy, r, stroke=1, fill=1)
            label, size = vote_badge_label(box.votes, style)
            self._centred(label, cx, cy - r, 2 * r, size, NORMAL.badge_ink, Weight.BOLD)
        draw_dots(c, box.dots, x, top, style, self._centred)

    # Primitives, in content units with y down.

    def _box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str,
        edge: str | None,
        width: float = 1.0,
    ) -> None:
        c = self.c
        c.setFillColor(pdf_colour(fill))
        if edge is not None:
            c.setStrokeColor(pdf_colour(edge))
            c.setLineWidth(width)
        c.rect(x, y, w, h, stroke=1 if edge else 0, fill=1)

    def _line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float) -> None:
        self.c.setStrokeColor(pdf_colour(colour))
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

    def _lines(
        self,
        lines: Sequence[TextLine | str],
        x: float,
        top: float,
        size: float,
        line_height: float,
        colour: str,
        weight: Weight = Weight.REGULAR,
    ) -> None:
        if not lines:
            return
        self.c.setFillColor(pdf_colour(colour))
        baseline = top + baseline_offset(size, line_height, weight)
        for i, line in enumerate(lines):
            draw_line(self.c, as_line(line, size, weight), x, baseline + i * line_height, size)

    def _centred(
        self,
        text: TextLine | str,
        cx: float,
        top: float,
        height: float,
        size: float,
        colour: str,
        weight: Weight,
    ) -> None:
        line = as_line(text, size, weight)
        self._lines((line,), cx - line.width / 2, top, size, height, colour, weight)


@cache
def pdf_colour(hex_colour: str) -> Color:
    """A ReportLab colour, parsed once (parsing strings dominated export time)."""
    return HexColor(hex_colour)


def as_line(line: TextLine | str, size: float, weight: Weight) -> TextLine:
    """A laid-out line as it is, or a short text shaped as one line."""
    return line if isinstance(line, TextLine) else one_line(line, size, weight)


def meets(view: Rect, x: float, y: float, w: float, h: float) -> bool:
    """Whether the box at (x, y) of size w x h overlaps ``view``."""
    return x < view.right and x + w > view.x and y < view.bottom and y + h > view.y
