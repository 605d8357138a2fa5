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

from journeydesk.i18n import Translatable, arg, number
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


class CardSheetText(Translatable):
    """The words of card sheets: the notes' footers, the PDF's title, what was cut."""


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
    sheet = paper(paper_key)
    if sheet.height is None:
        raise ValueError(CardSheetText.tr("Card sheets print on sheets of paper, not on a roll."))
    page_w, page_h = min(sheet.width, sheet.height), max(sheet.width, sheet.height)  # portrait
    note_w, note_h = NOTE_SIZES[note]
    columns = int((page_w - 2 * margin) // note_w)
    rows = int((page_h - 2 * margin) // note_h)
    if columns < 1 or rows < 1:
        raise ValueError(
            arg(
                CardSheetText.tr("A %1 mm note does not fit on this paper inside its margins."),
                note,
            )
        )
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
    untitled_stage, untitled_lane = CardSheetText.tr("Stage"), CardSheetText.tr("Lane")
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
        parts = [stage.title or untitled_stage, lane.title or untitled_lane]
        parts += [f"#{tag}" for tag in card.tags]
        if card.votes:
            parts.append(CardSheetText.tr("%n vote(s)", "", card.votes))
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
    notes = [_cut_note(cut, note)] if cut else []
    return CardSheets(pages, page_w, page_h, tuple(notes))


def _cut_note(cut: list[str], note: str) -> str:
    """The note naming the cards (the first five) whose text was cut to fit ``note``."""
    names = ", ".join(f"'{name}'" for name in cut[:5])
    if len(cut) > 5:
        names = arg(CardSheetText.tr("%1 and %2 more"), names, number(len(cut) - 5))
    text = CardSheetText.tr(
        "%n card(s) did not fit a %1 mm note even in 9 pt, so the text is cut short with '…': %2.",
        "",
        len(cut),
    )
    return arg(text, note, names)


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
    if title:
        c.setTitle(arg(CardSheetText.tr("%1 card sheets"), title))
    else:
        c.setTitle(CardSheetText.tr("Card sheets"))
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
    atomic_write(path, buffer.getvalue())


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
