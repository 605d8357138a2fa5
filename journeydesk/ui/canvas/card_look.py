"""How a card looks at each level of detail: drawn in full, or sketched.

A card is drawn from its ``CardBox``. The colours, pens and glyph runs it needs are made once
per box (``CardLook``) so that a frame only draws. Where many cards show, their lane draws
them just as they would draw themselves, in batches (``word_sketch.py``). Below a readable
text size the card is
sketched (``sketch_parts``): its text becomes bars of its ink, chips become pills without
words, a vote badge becomes a dot, and the shadow goes. Far out only the colour block stays.
The sketch of a card is a list of plain rectangles, so that a lane can draw thousands of
cards in a few calls (``items/sketch_item.py``).
"""

from __future__ import annotations

from enum import IntEnum
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journeydesk.layout import colours as palette
from journeydesk.layout.boxes import CardBox, TagChip, vote_badge_label
from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.dots import dot_rect, draw_dots
from journeydesk.ui.canvas.painting import (
    BAR_HEIGHT,
    READABLE_PIXELS,
    PaintedLines,
    draw_centred_text,
    qcolour,
)

SELECTION_COLOUR = QColor("#2563eb")
SHADOW_COLOUR = QColor(palette.SHADOW)  # opaque: blending costs more than drawing
WHITE = QColor("#ffffff")


class Detail(IntEnum):
    """How much of a card is drawn, from the size its text would have on the screen."""

    #: Colour blocks only: the text would be under 2 pixels high.
    BLOCKS = 0
    #: Blocks with their edges, bars for the lines of text, pills for the tags.
    LINES = 1
    #: Everything, words included, drawn by the lane for all its cards (``word_sketch.py``).
    WORDS = 2
    #: Everything, each card drawing itself (few show).
    FULL = 3


# Card text of READABLE_PIXELS (painting.py) and more is drawn in words; under it, sketched.
#: Card text under this many pixels: the card is a block of its colour.
LINES_PIXELS = 2.0
#: Card text of this many pixels and more: each card draws itself, as few fill the window.
#: Under it and down to ``READABLE_PIXELS``, looking just the same, each lane draws them all.
ITEM_PIXELS = 11.0


def detail_for(style: Style, scale: float) -> Detail:
    """The detail for cards seen at ``scale`` (device pixels per point)."""
    pixels = style.card_text_size * scale
    if pixels >= ITEM_PIXELS:
        return Detail.FULL
    if pixels >= READABLE_PIXELS:
        return Detail.WORDS
    return Detail.LINES if pixels >= LINES_PIXELS else Detail.BLOCKS


@cache
def card_colours(colour: str, high_contrast: bool) -> tuple[QColor, QColor, QColor]:
    """A card's fill, edge and ink for its colour (made once per colour: a map has few)."""
    fill_hex, ink_hex = theme(high_contrast).card_colours(colour)
    return QColor(fill_hex), QColor(palette.darker(fill_hex)), QColor(ink_hex)


@cache
def bar_colour(colour: str, high_contrast: bool) -> QColor:
    """The colour of the bars that stand for a card's text far out: its ink half into its
    fill, as small words look from afar."""
    fill, _edge, ink = card_colours(colour, high_contrast)
    return QColor(
        (ink.red() + fill.red()) // 2,
        (ink.green() + fill.green()) // 2,
        (ink.blue() + fill.blue()) // 2,
    )


@cache
def chip_colour(ink: str) -> QColor:
    """The veil under a tag chip on a note whose text is ``ink`` (made once per ink)."""
    hex_colour, alpha = palette.chip_fill(ink)
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


def chip_rect(chip: TagChip, style: Style, x: float = 0.0, y: float = 0.0) -> QRectF:
    """The pill of a tag chip of a card whose top left is at (``x``, ``y``)."""
    return QRectF(x + chip.x, y + chip.y, chip.width, style.tag_height)


def badge_rect(style: Style, x: float, y: float, width: float) -> QRectF:
    """The circle of the vote badge over the top right corner of a card ``width`` wide whose
    top left is at (``x``, ``y``)."""
    radius = style.badge_radius
    centre_x, centre_y = x + width - style.badge_inset, y + style.badge_inset
    return QRectF(centre_x - radius, centre_y - radius, 2 * radius, 2 * radius)


class CardLook:
    """What drawing one card box in full needs, made once for the box."""

    __slots__ = ("box", "edge", "fill", "hover_edge", "ink", "rect", "text")

    def __init__(self, box: CardBox, style: Style) -> None:
        self.box = box
        self.rect = QRectF(0, 0, box.width, box.height)
        self.fill, edge, self.ink = card_colours(box.colour, style.high_contrast)
        self.edge = QPen(edge, style.card_edge_width)
        self.hover_edge = QPen(self.fill.darker(175), style.card_edge_width)
        padding = style.card_padding
        self.text = PaintedLines(
            box.lines, padding, padding, style.card_text_size, style.card_line_height
        )

    def draw(self, painter: QPainter, style: Style, hovered: bool, selected: bool) -> None:
        """Draw the card in full: note, shadow, words, chips, badge, dots, selection."""
        box, rect = self.box, self.rect
        # Square notes with a hard shadow: as on the wall, and far cheaper than rounded ones.
        painter.fillRect(rect.translated(style.shadow_dx, style.shadow_dy), SHADOW_COLOUR)
        painter.fillRect(rect, self.fill)
        painter.setPen(self.hover_edge if hovered else self.edge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        self.text.draw(painter, self.ink)
        if box.tags or box.votes > 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if box.tags:
            self._draw_chips(painter, style)
        if box.votes > 0:
            self._draw_badge(painter, style)
        draw_dots(painter, box.dots, style)
        if selected:
            draw_selection(painter, rect)

    def _draw_chips(self, painter: QPainter, style: Style) -> None:
        radius = style.tag_height / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chip_colour(self.ink.name()))
        for chip in self.box.tags:
            pill = chip_rect(chip, style)
            painter.drawRoundedRect(pill, radius, radius)
            draw_centred_text(
                painter, chip.line, pill, style.tag_text_size, self.ink, Weight.REGULAR
            )

    def _draw_badge(self, painter: QPainter, style: Style) -> None:
        colours = theme(style.high_contrast)
        badge = badge_rect(style, 0.0, 0.0, self.box.width)
        painter.setPen(QPen(WHITE, style.badge_outline))
        painter.setBrush(qcolour(colours.badge_fill))
        painter.drawEllipse(badge)
        label, size = vote_badge_label(self.box.votes, style)
        draw_centred_text(painter, label, badge, size, qcolour(colours.badge_ink), Weight.BOLD)


def draw_selection(painter: QPainter, rect: QRectF) -> None:
    """The blue outline of a selected card around ``rect``."""
    painter.setPen(QPen(SELECTION_COLOUR, 2.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))


#: The layers of a sketch, drawn in this order: a card's block, its edge, the bars of its
#: lines, its tag pills, its vote badge, its voting dots.
BLOCK, EDGE, BAR, PILL, BADGE, DOT = range(6)
#: A part of a sketch: (layer, colour, rectangle in the card's lane's coordinates).
SketchPart = tuple[int, QColor, QRectF]


def sketch_parts(box: CardBox, style: Style, detail: Detail) -> list[SketchPart]:
    """The rectangles that sketch ``box`` at ``detail`` (BLOCKS or LINES), placed where the
    card sits in its lane. Every layer but the edge is filled."""
    fill, edge, ink = card_colours(box.colour, style.high_contrast)
    x, y = box.x, box.y
    block = QRectF(x, y, box.width, box.height)
    if detail is Detail.BLOCKS:
        return [(BLOCK, fill, block)]
    parts: list[SketchPart] = [(BLOCK, fill, block)]
    parts.append((EDGE, edge, block))
    bar = style.card_text_size * BAR_HEIGHT
    top = y + style.card_padding + (style.card_line_height - bar) / 2
    left = x + style.card_padding
    for index, line in enumerate(box.lines):
        if line.width > 0:
            line_top = top + index * style.card_line_height
            parts.append(
                (
                    BAR,
                    bar_colour(box.colour, style.high_contrast),
                    QRectF(left + line.indent, line_top, line.width, bar),
                )
            )
    if box.tags:
        veil = chip_colour(ink.name())
        for chip in box.tags:
            parts.append((PILL, veil, chip_rect(chip, style, x, y)))
    if box.votes > 0:
        badge = badge_rect(style, x, y, box.width)
        parts.append((BADGE, qcolour(theme(style.high_contrast).badge_fill), badge))
    for dot in box.dots:
        parts.append((DOT, qcolour(dot.colour), dot_rect(dot, x, y)))
    return parts


def draw_sketch(painter: QPainter, box: CardBox, style: Style, detail: Detail) -> None:
    """Sketch one card in its own coordinates (a card lifted for a drag)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for layer, colour, rect in sketch_parts(box, style, detail):
        rect = rect.translated(-box.x, -box.y)
        if layer == EDGE:
            painter.setPen(QPen(colour, 0))
            painter.drawRect(rect)
        else:
            painter.fillRect(rect, colour)
