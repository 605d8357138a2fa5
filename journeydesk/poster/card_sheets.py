"""Card sheets: a map's cards printed as notes to cut out and stick on a physical wall.

Each card becomes a note of a chosen sticky-note size (76 x 76 mm by default) in its colour,
its text as large as fits (16 pt down to 9 pt), and at its foot the stage and lane it
belongs in, its tags and its votes. Notes sit edge to edge in a grid on A4 or Letter pages,
each outlined by a dashed cut line, in the map's order: stage by stage, lane by lane. Text
too long for a note even at 9 pt is cut with "…", and the export says which cards.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight, baseline_offset
from journeydesk.layout.text import TextLine, first_lines, one_line, wrap
from journeydesk.model.file_io import atomic_write
from journeydesk.model.project import Journey, short_label
from journeydesk.poster.fonts import draw_line, font_name
from journeydesk.poster.papers import MM, paper
from journeydesk.poster.wall_kit import NOTE_SIZES

#: Text sizes tried, largest first, and the line height as a share of the size.
SIZES = (16.0, 14.0, 12.0, 11.0, 10.0, 9.0)
LEADING = 1.25
PAD = 5 * MM
FOOTER_SIZE = 7.5
CUT_LINE = "#9ca3af"


@dataclass(frozen=True)
class SheetCard:
    """One card placed on a page: its note's top left (points from the page's top left)."""

    x: float
    y: float
    width: float
    height: float
    lines: tuple[TextLine, ...]
    size: float
    colour: str
    footer: TextLine


@dataclass(frozen=True)
class CardSheets:
    """The pages of cards, the page size, and what could not be printed whole."""

    pages: tuple[tuple[SheetCard, ...], ...]
    page_width: float
    page_height: float
    notes: tuple[str, ...]


def lay_out_card_sheets(
    journey: Journey, paper_key: str = "a4", note: str = "76x76", margin: float = 10 * MM
) -> CardSheets:
    """Place every card of ``journey`` on pages of ``paper_key`` as ``note``-sized notes."""
    page_w, page_h = paper(paper_key).width, paper(paper_key).height
    page_w, page_h = min(page_w, page_h), max(page_w, page_h)  # portrait
    note_w, note_h = NOTE_SIZES[note]
    columns = int((page_w - 2 * margin) // note_w)
    rows = int((page_h - 2 * margin) // note_h)
    if columns < 1 or rows < 1:
        raise ValueError(f"A {note} mm note does not fit on this paper inside its margins.")
    left = (page_w - columns * note_w) / 2
    top = (page_h - rows * note_h) / 2
    stage_order = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    stages = {stage.id: stage for stage in journey.stages}
    lanes = {lane.id: lane for lane in journey.lanes}
    cards = sorted(
        journey.cards, key=lambda c: (stage_order[c.stage_id], lane_order[c.lane_id], c.order)
    )
    placed: list[SheetCard] = []
    cut: list[str] = []
    width = note_w - 2 * PAD
    room = note_h - 2 * PAD - FOOTER_SIZE * 1.6
    for index, card in enumerate(cards):
        spot = index % (columns * rows)
        x = left + (spot % columns) * note_w
        y = top + (spot // columns) * note_h
        lines, size = _fitted(card.text, width, room)
        if size is None:
            size = SIZES[-1]
            lines = first_lines(
                card.text, width, size, Weight.REGULAR, int(room // (size * LEADING))
            )
            cut.append(short_label(card.text.replace("\n", " "), 40))
        stage, lane = stages[card.stage_id], lanes[card.lane_id]
        parts = [stage.title or "Stage", lane.title or "Lane"]
        parts += [f"#{tag}" for tag in card.tags]
        if card.votes:
            parts.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
        footer = first_lines(" · ".join(parts), width, FOOTER_SIZE, Weight.REGULAR, 1)
        placed.append(
            SheetCard(
                x,
                y,
                note_w,
                note_h,
                lines,
                size,
                card.colour or lane.colour,
                footer[0] if footer else one_line("", FOOTER_SIZE),
            )
        )
    per_page = columns * rows
    pages = tuple(tuple(placed[i : i + per_page]) for i in range(0, len(placed), per_page))
    notes = []
    if cut:
        names = ", ".join(f"'{name}'" for name in cut[:5])
        more = f" and {len(cut) - 5} more" if len(cut) > 5 else ""
        notes.append(
            f"{len(cut)} card{'s are' if len(cut) != 1 else ' is'} too long for a {note} mm "
            f"note even in 9 pt, so the end is cut with '…': {names}{more}."
        )
    return CardSheets(pages, page_w, page_h, tuple(notes))


def _fitted(text: str, width: float, room: float) -> tuple[tuple[TextLine, ...], float | None]:
    """The text wrapped at the largest size whose lines fit ``room`` (None: none fits)."""
    for size in SIZES:
        lines = wrap(text, width, size)
        if len(lines) * size * LEADING <= room:
            return lines, size
    return (), None


def export_card_sheets(sheets: CardSheets, path: Path, title: str = "") -> None:
    """Write the card sheets as a PDF at ``path``, whole or not at all."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(sheets.page_width, sheets.page_height), invariant=1)
    c.setTitle(f"{title} card sheets" if title else "Card sheets")
    c.setFont(font_name(), 10)
    for page in sheets.pages or ((),):
        c.saveState()
        c.translate(0, sheets.page_height)
        c.scale(1, -1)  # y down, as the layout
        for card in page:
            _draw_card(c, card)
        c.restoreState()
        c.showPage()
    c.save()
    atomic_write(path, buffer.getvalue(), what="card sheets")


def _draw_card(c: Canvas, card: SheetCard) -> None:
    c.setFillColor(HexColor(card.colour))
    c.rect(card.x, card.y, card.width, card.height, stroke=0, fill=1)
    c.setStrokeColor(HexColor(CUT_LINE))
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.rect(card.x, card.y, card.width, card.height, stroke=1, fill=0)
    c.setDash()
    ink = colours.ink_for(card.colour)
    c.setFillColor(HexColor(ink))
    step = card.size * LEADING
    baseline = card.y + PAD + baseline_offset(card.size, step)
    for i, line in enumerate(card.lines):
        draw_line(c, line, card.x + PAD, baseline + i * step, card.size)
    footer_step = FOOTER_SIZE * 1.4
    footer_top = card.y + card.height - PAD - footer_step
    draw_line(
        c,
        card.footer,
        card.x + PAD,
        footer_top + baseline_offset(FOOTER_SIZE, footer_step),
        FOOTER_SIZE,
    )
