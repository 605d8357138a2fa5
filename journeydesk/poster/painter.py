"""Drawing a planned poster with ReportLab: vector, compressed, byte-identical for the same input.

Each sheet clips and translates the one composed layout and draws only what falls on it.
Drawing happens in content units with y pointing down, as on the canvas.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from journeydesk.i18n import Translatable, arg, number
from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.text import TextLine, wrap
from journeydesk.model.project import Journey
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
from journeydesk.poster.fonts import draw_line, font_name
from journeydesk.poster.forms import end_form, sheet_form
from journeydesk.poster.map_paint import MapPainter, as_line, meets, pdf_colour
from journeydesk.poster.marks import cut_marks, glue_strips
from journeydesk.poster.persona_paint import draw_persona_card, photo_image
from journeydesk.poster.plan import MM, PosterPlan, Rect, Sheet, covered_length

#: Called after each page with (pages done, pages in all); returning False cancels.
Progress = Callable[[int, int], bool]
#: Roughly what the assembly guide adds to the file (bytes, measured on maps of 0 to 5,000
#: cards over 6 to 1,900 sheets): showing the sheets' forms, a form object and its two
#: references per sheet; drawing the poster again, mostly its cards, and its headers, curve
#: and title (what the drawing adds beyond the forms' fixed part).
_BYTES_PER_FORM, _BYTES_PER_CARD, _BYTES_PER_MAP = 420, 150, 1000


class PainterText(Translatable):
    """The words the poster's pages print of their own: the title, the assembly guide."""


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
            # Not Helvetica: every font is embedded. (The stub types the name as a float.)
            initialFontName=font_name(Weight.REGULAR),  # pyright: ignore[reportArgumentType]
        )
        canvas.setTitle(journey.title or PainterText.tr("Journey map"))
        canvas.setCreator("JourneyDesk")
        painter = _Painter(canvas, journey, layout, content)
        pages = plan.page_count(options.guide)
        done = 0
        guide = plan.tiled and options.guide
        as_forms = guide and guide_shows_forms(plan, content)
        if guide:
            painter.assembly_guide(plan, as_forms)
            canvas.showPage()
            done += 1
            if progress is not None and not progress(done, pages):
                raise ExportCancelledError
        for sheet in plan.sheets:
            canvas.setPageSize((plan.page_width, plan.page_height))
            painter.sheet(plan, sheet, options, as_form=as_forms)
            canvas.showPage()
            done += 1
            if progress is not None and not progress(done, pages):
                raise ExportCancelledError
        canvas.save()
    finally:
        rl_config.useA85 = use_a85
    atomic_write(path, buffer.getvalue())


def guide_shows_forms(plan: PosterPlan, content: PosterContent) -> bool:
    """Whether the assembly guide shows each sheet's form (see forms.py) as its thumbnail.

    Else it draws the whole poster again, small. Whichever adds fewer bytes: the forms,
    unless the sheets are many and nearly empty (a small map printed very large).
    """
    cards = sum(len(section.journey.cards) for section in content.maps)
    drawn_again = _BYTES_PER_CARD * cards + _BYTES_PER_MAP * len(content.maps)
    return _BYTES_PER_FORM * len(plan.sheets) < drawn_again


class _Painter(MapPainter):
    """Draws the composed poster content onto a ReportLab canvas: pages, text and maps."""

    def __init__(
        self, canvas: Canvas, journey: Journey, layout: MapLayout, content: PosterContent
    ) -> None:
        super().__init__(canvas, journey, layout)
        self.content = content
        # Each photo is decoded and scaled once, however many sheets its card spans.
        self._photos = {
            placed.card.persona_id: photo_image(placed.photo, placed.card.photo[2])
            for placed in content.personas
            if placed.photo is not None
        }

    # Pages.

    def sheet(
        self, plan: PosterPlan, sheet: Sheet, options: PosterOptions, as_form: bool = False
    ) -> None:
        """One sheet: its window of the poster, and the marks and label in its margins.

        ``as_form``: draw the window as a form (see forms.py), for the assembly guide to show.
        """
        c, window = self.c, sheet.window
        ox, oy = sheet.origin
        c.saveState()
        # Poster points with y up: the poster's top left corner at (0, 0).
        c.translate(ox - window.x, plan.page_height - oy + window.y)
        if as_form:
            name = sheet_form(sheet)
            # The form clips to its box. (The stub types the bounds as int: any number works.)
            box = window.x, -window.bottom, window.right, -window.y
            c.beginForm(name, *box)  # pyright: ignore[reportArgumentType]
            self._window(plan, window)
            end_form(c, name)
            c.doForm(name)
        else:
            path = c.beginPath()
            path.rect(window.x, -window.bottom, window.width, window.height)
            c.clipPath(path, stroke=0, fill=0)
            self._window(plan, window)
        c.restoreState()
        if plan.tiled:
            if options.glue_strips:
                glue_strips(c, plan, sheet)
            if options.cut_marks:
                cut_marks(c, plan, sheet)
            if options.labels:
                self._label(plan, sheet.label)

    def _window(self, plan: PosterPlan, window: Rect) -> None:
        """The content in ``window`` (poster points), drawn in poster points with y up."""
        scale = plan.scale
        self.c.scale(scale, -scale)
        view = Rect(window.x / scale, window.y / scale, window.width / scale, window.height / scale)
        self.content_in(view)

    def assembly_guide(self, plan: PosterPlan, as_forms: bool) -> None:
        """The first page: a thumbnail of the poster with the sheet grid and numbers.

        ``as_forms``: the thumbnail shows each sheet's form (drawn later, with the sheet) in
        the part of the poster that sheet alone prints, so what two share is shown once.
        Else the poster is drawn again, small.
        """
        c = self.c
        page_w, page_h = plan.page_width, plan.page_height
        margin = max(plan.margin, 12 * MM)
        name = self.journey.title or PainterText.tr("Journey map")
        title = arg(PainterText.tr("Assembly guide: %1"), name)
        self._page_text(margin, page_h - margin - 16, title, 16, Weight.BOLD)
        self._page_text(margin, page_h - margin - 34, plan.summary(), 10)
        advice = PainterText.tr(
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
        poster_w = covered_length(plan.columns, plan.printable_width, plan.overlap)
        poster_h = covered_length(plan.rows, plan.printable_height, plan.overlap)
        fit = min(room_w / poster_w, room_h / poster_h)  # page points per poster point
        c.saveState()
        c.translate(margin, page_h - top)
        c.scale(fit, fit)  # poster points, y up
        if as_forms:
            self._forms(plan)
        else:
            c.scale(plan.scale, -plan.scale)
            self.content_in(Rect(0, 0, self.content.width, self.content.height))
        c.restoreState()
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeColor(pdf_colour("#2563eb"))
        for sheet in plan.sheets:
            w = sheet.window
            x, y = margin + w.x * fit, page_h - top - w.y * fit
            c.rect(x, y - w.height * fit, w.width * fit, w.height * fit, stroke=1, fill=0)
            size = max(6.0, min(28.0, w.height * fit / 3))
            c.setFillColor(pdf_colour("#2563eb"))
            c.setFont(font_name(Weight.BOLD), size)
            c.drawCentredString(
                x + w.width * fit / 2, y - w.height * fit / 2 - size / 3, number(sheet.number)
            )
        c.restoreState()

    def _forms(self, plan: PosterPlan) -> None:
        """Each sheet's form, in the part of the poster that sheet alone prints."""
        c = self.c
        for sheet in plan.sheets:
            w = sheet.window
            own_w = w.width - plan.overlap if sheet.column < plan.columns else w.width
            own_h = w.height - plan.overlap if sheet.row < plan.rows else w.height
            c.saveState()
            path = c.beginPath()
            path.rect(w.x, -w.y - own_h, own_w, own_h)
            c.clipPath(path, stroke=0, fill=0)
            c.doForm(sheet_form(sheet))
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
        c.setFillColor(pdf_colour("#374151"))
        draw_line(c, as_line(text, size, weight), 0, 0, size)
        c.restoreState()

    # The poster's content, in content units with y down.

    def content_in(self, view: Rect) -> None:
        """Draw every part of the content that meets ``view``."""
        content = self.content
        for placed in content.personas:
            card = placed.card
            if meets(view, placed.x, placed.y, card.width, card.height):
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
        if heading and meets(view, 0, heading.y, self.content.width, heading.bottom - heading.y):
            self._text_block(heading, TEXT_INK)
        # Room for the shadows and vote badges that reach past the map's edges.
        if not meets(view, section.x - 12, section.y - 12, layout.width + 24, layout.height + 24):
            return
        kept = self.journey, self.layout, self.style, self.curve_personas
        self.journey, self.layout, self.style = section.journey, layout, layout.style
        self.curve_personas = section.curve_personas
        self.c.saveState()
        self.c.translate(section.x, section.y)
        try:
            self.draw_map(Rect(view.x - section.x, view.y - section.y, view.width, view.height))
        finally:
            self.c.restoreState()
            self.journey, self.layout, self.style, self.curve_personas = kept

    def _text_block(self, block: TextBlock, colour: str) -> None:
        self._lines(
            block.lines, block.x, block.y, block.size, block.line_height, colour, block.weight
        )

    def _legend(self) -> None:
        for entry in self.content.legend:
            size = LEGEND_SWATCH
            edge = colours.darker(entry.colour)
            self._box(entry.x, entry.y, size, size, entry.colour, edge)
            self._lines((entry.line,), entry.text_x, entry.y, LEGEND_SIZE, size, LEGEND_INK)
