"""Drawing a planned poster with ReportLab: vector, compressed, byte-identical for the same input.

Each sheet clips and translates the one composed layout and draws only what falls on it.
Drawing happens in content units with y pointing down, as on the canvas.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.contrast import NORMAL
from journeydesk.layout.corner import journey_corner
from journeydesk.layout.fonts import Weight, baseline_offset
from journeydesk.layout.labels import KIND_LABELS
from journeydesk.layout.map_layout import CardBox, MapLayout, vote_badge_label
from journeydesk.layout.text import TextLine, one_line, wrap
from journeydesk.model.project import Journey, LaneKind
from journeydesk.model.storage import atomic_write
from journeydesk.poster.content import (
    LEGEND_INK,
    LEGEND_SIZE,
    LEGEND_SWATCH,
    TEXT_INK,
    MapSection,
    PosterContent,
    TextBlock,
)
from journeydesk.poster.curves import draw_curve_legend, draw_curves
from journeydesk.poster.dots import draw_dots
from journeydesk.poster.fonts import draw_line, font_name
from journeydesk.poster.marks import cut_marks, glue_strips
from journeydesk.poster.persona_paint import draw_persona_card, photo_image
from journeydesk.poster.plan import MM, PosterPlan, Rect, Sheet

#: Called after each page with (pages done, pages in all); returning False cancels.
Progress = Callable[[int, int], bool]


class ExportCancelledError(Exception):
    """The facilitator cancelled the export; no file was written."""


@dataclass(frozen=True)
class PosterOptions:
    """What to print besides the map."""

    cut_marks: bool = True
    labels: bool = True
    guide: bool = True
    #: Shade the strips where the next sheets are glued on.
    glue_strips: bool = True


def export_poster(
    journey: Journey,
    layout: MapLayout,
    content: PosterContent,
    plan: PosterPlan,
    path: Path,
    options: PosterOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the poster as a PDF at ``path`` (atomically: all of it or nothing)."""
    options = options or PosterOptions()
    buffer = io.BytesIO()
    # Binary compressed streams: ASCII85 would make the file a quarter larger and slower.
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas = Canvas(
            buffer,
            pagesize=(plan.page_width, plan.page_height),
            invariant=1,
            pageCompression=1,
            initialFontName=font_name(Weight.REGULAR),  # not Helvetica: every font is embedded
        )
        canvas.setTitle(journey.title or "Journey map")
        canvas.setCreator("JourneyDesk")
        painter = _Painter(canvas, journey, layout, content)
        pages = len(plan.sheets) + (1 if plan.tiled and options.guide else 0)
        done = 0
        if plan.tiled and options.guide:
            painter.assembly_guide(plan)
            canvas.showPage()
            done += 1
            if progress is not None and not progress(done, pages):
                raise ExportCancelledError
        for sheet in plan.sheets:
            canvas.setPageSize((plan.page_width, plan.page_height))
            painter.sheet(plan, sheet, options)
            canvas.showPage()
            done += 1
            if progress is not None and not progress(done, pages):
                raise ExportCancelledError
        canvas.save()
    finally:
        rl_config.useA85 = use_a85
    atomic_write(path, buffer.getvalue(), what="poster")


class _Painter:
    """Draws the composed poster content onto a ReportLab canvas."""

    def __init__(
        self, canvas: Canvas, journey: Journey, layout: MapLayout, content: PosterContent
    ) -> None:
        self.c = canvas
        self.journey = journey
        self.layout = layout
        self.content = content
        self.style = layout.style
        #: With several personas on the map being drawn: each one's (name, colour).
        self.curve_personas: tuple[tuple[str, str], ...] = ()
        # Each photo is decoded and scaled once, however many sheets its card spans.
        self._photos = {
            placed.card.persona_id: photo_image(placed.photo, placed.card.photo[2])
            for placed in content.personas
            if placed.photo is not None
        }

    # Pages.

    def sheet(self, plan: PosterPlan, sheet: Sheet, options: PosterOptions) -> None:
        """One sheet: its window of the poster, and the marks and label in its margins."""
        c, window = self.c, sheet.window
        ox, oy = sheet.origin
        page_h = plan.page_height
        c.saveState()
        path = c.beginPath()
        path.rect(ox, page_h - oy - window.height, window.width, window.height)
        c.clipPath(path, stroke=0, fill=0)
        c.translate(ox - window.x, page_h - oy + window.y)
        c.scale(plan.scale, -plan.scale)
        view = Rect(
            window.x / plan.scale,
            window.y / plan.scale,
            window.width / plan.scale,
            window.height / plan.scale,
        )
        self.content_in(view)
        c.restoreState()
        if plan.tiled:
            if options.glue_strips:
                glue_strips(c, plan, sheet)
            if options.cut_marks:
                cut_marks(c, plan, sheet)
            if options.labels:
                self._label(plan, sheet.label)

    def assembly_guide(self, plan: PosterPlan) -> None:
        """The first page: a thumbnail of the poster with the sheet grid and numbers."""
        c = self.c
        page_w, page_h = plan.page_width, plan.page_height
        margin = max(plan.margin, 12 * MM)
        title = f"Assembly guide: {self.journey.title or 'journey map'}"
        self._page_text(margin, page_h - margin - 16, title, 16, Weight.BOLD)
        self._page_text(margin, page_h - margin - 34, plan.summary(), 10)
        advice = (
            "Print every sheet at 100% (no fit-to-page). Trim the margins on the left and top "
            "of each sheet, then lay it over the shaded strip of its neighbour. Work row by row "
            "from the top left; the small label on each sheet names its place."
        )
        y = page_h - margin - 50
        for line in wrap(advice, page_w - 2 * margin, 8.5):
            self._page_text(margin, y, line, 8.5)
            y -= 11
        top = page_h - y + 10
        room_w, room_h = page_w - 2 * margin, page_h - top - margin
        poster_w = plan.columns * (plan.printable_width - plan.overlap) + plan.overlap
        poster_h = plan.rows * (plan.printable_height - plan.overlap) + plan.overlap
        fit = min(room_w / poster_w, room_h / poster_h)
        thumb = fit * plan.scale  # page points per content unit
        c.saveState()
        c.translate(margin, page_h - top)
        c.scale(thumb, -thumb)
        self.content_in(Rect(0, 0, self.content.width, self.content.height))
        c.restoreState()
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeColor(_colour("#2563eb"))
        for sheet in plan.sheets:
            w = sheet.window
            x, y = margin + w.x * fit, page_h - top - w.y * fit
            c.rect(x, y - w.height * fit, w.width * fit, w.height * fit, stroke=1, fill=0)
            size = max(6.0, min(28.0, w.height * fit / 3))
            c.setFillColor(_colour("#2563eb"))
            c.setFont(font_name(Weight.BOLD), size)
            c.drawCentredString(
                x + w.width * fit / 2, y - w.height * fit / 2 - size / 3, str(sheet.number)
            )
        c.restoreState()

    # Tile labels.

    def _label(self, plan: PosterPlan, label: str) -> None:
        size = max(5.0, min(7.0, plan.margin * 0.5))
        # Clear of the cut marks at the corner.
        self._page_text(plan.margin + 8 * MM, max(2.0, plan.margin / 2 - size / 3), label, size)

    def _page_text(
        self, x: float, y: float, text: TextLine | str, size: float, weight: Weight = Weight.REGULAR
    ) -> None:
        """One line on the page itself (y up), such as a label or the guide's advice."""
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.scale(1, -1)  # lines are written in y-down units
        c.setFillColor(_colour("#374151"))
        draw_line(c, _as_line(text, size, weight), 0, 0, size)
        c.restoreState()

    # The poster's content, in content units with y down.

    def content_in(self, view: Rect) -> None:
        """Draw every part of the content that meets ``view``."""
        content = self.content
        for placed in content.personas:
            card = placed.card
            if _meets(view, placed.x, placed.y, card.width, card.height):
                photo = self._photos.get(card.persona_id)
                draw_persona_card(self.c, placed.x, placed.y, card, photo, self._lines)
        for block in content.blocks:
            self._text_block(block, TEXT_INK)
        for section in content.maps:
            self._section(section, view)
        self._legend()

    def _section(self, section: MapSection, view: Rect) -> None:
        """A map and its heading; the map-drawing methods read ``self.journey`` and ``layout``."""
        heading, layout = section.heading, section.layout
        if heading and _meets(view, 0, heading.y, self.content.width, heading.bottom - heading.y):
            self._text_block(heading, TEXT_INK)
        # Room for the shadows and vote badges that reach past the map's edges.
        if not _meets(view, section.x - 12, section.y - 12, layout.width + 24, layout.height + 24):
            return
        kept = self.journey, self.layout, self.style, self.curve_personas
        self.journey, self.layout, self.style = section.journey, layout, layout.style
        self.curve_personas = section.curve_personas
        self.c.saveState()
        self.c.translate(section.x, section.y)
        try:
            self._map(Rect(view.x - section.x, view.y - section.y, view.width, view.height))
        finally:
            self.c.restoreState()
            self.journey, self.layout, self.style, self.curve_personas = kept

    def _map(self, view: Rect) -> None:
        layout, style = self.layout, self.style
        for row in layout.lanes:
            if not _meets(view, 0, row.y, layout.width, row.height):
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
            if _meets(view, column.x, 0, column.width, layout.height):
                self._line(
                    column.x, layout.header_height, column.x, layout.height, colours.GRID, 1.0
                )
        for row in layout.lanes:
            if row.kind is LaneKind.EMOTION and _meets(view, 0, row.y, layout.width, row.height):
                draw_curves(self.c, layout, self.journey, self.curve_personas, row.y, self._centred)
        # Only the cells this sheet overlaps (with room for shadows and vote badges).
        columns = [c for c in layout.stages if _meets(view, c.x - 12, 0, c.width + 24, 1e9)]
        room = max(10.0, style.dot_reach)  # around a card: its shadow, vote badge and dots
        for row in layout.lanes:
            if not _meets(view, 0, row.y - 12, 1e9, row.height + 24):
                continue
            for column in columns:
                for card_id in layout.cell_cards(row.lane_id, column.stage_id):
                    box = layout.cards[card_id]
                    top = row.y + box.y
                    if _meets(
                        view, box.x - room, top - room, box.width + 2 * room, box.height + 2 * room
                    ):
                        self._card(box, top)
        self._headers(view)

    def _headers(self, view: Rect) -> None:
        layout, style = self.layout, self.style
        pad = style.header_padding
        for column in layout.stages:
            if not _meets(view, column.x, 0, column.width, layout.header_height):
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
            if not _meets(view, 0, row.y, style.lane_header_width, row.height):
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
            c.setFillColor(_colour(chip_fill), alpha=chip_alpha)
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
            c.setFillColor(_colour(NORMAL.badge_fill))
            c.setStrokeColor(_colour("#ffffff"))
            c.setLineWidth(style.badge_outline)
            c.circle(cx, cy, r, stroke=1, fill=1)
            label, size = vote_badge_label(box.votes, style)
            self._centred(label, cx, cy - r, 2 * r, size, NORMAL.badge_ink, Weight.BOLD)
        draw_dots(c, box.dots, x, top, style, self._centred)

    def _legend(self) -> None:
        for entry in self.content.legend:
            size = LEGEND_SWATCH
            edge = colours.darker(entry.colour)
            self._box(entry.x, entry.y, size, size, entry.colour, edge)
            self._lines((entry.line,), entry.text_x, entry.y, LEGEND_SIZE, size, LEGEND_INK)

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
        c.setFillColor(_colour(fill))
        if edge is not None:
            c.setStrokeColor(_colour(edge))
            c.setLineWidth(width)
        c.rect(x, y, w, h, stroke=1 if edge else 0, fill=1)

    def _line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float) -> None:
        self.c.setStrokeColor(_colour(colour))
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
        self.c.setFillColor(_colour(colour))
        baseline = top + baseline_offset(size, line_height, weight)
        for i, line in enumerate(lines):
            draw_line(self.c, _as_line(line, size, weight), x, baseline + i * line_height, size)

    def _text_block(self, block: TextBlock, colour: str) -> None:
        self._lines(
            block.lines, block.x, block.y, block.size, block.line_height, colour, block.weight
        )

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
        line = _as_line(text, size, weight)
        self._lines((line,), cx - line.width / 2, top, size, height, colour, weight)


@cache
def _colour(hex_colour: str) -> Color:
    """A ReportLab colour, parsed once (parsing strings dominated export time)."""
    return HexColor(hex_colour)


def _as_line(line: TextLine | str, size: float, weight: Weight) -> TextLine:
    """A laid-out line as it is, or a short text shaped as one line."""
    return line if isinstance(line, TextLine) else one_line(line, size, weight)


def _meets(view: Rect, x: float, y: float, w: float, h: float) -> bool:
    return x < view.right and x + w > view.x and y < view.bottom and y + h > view.y
