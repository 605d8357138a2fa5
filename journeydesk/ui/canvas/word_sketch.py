"""A cell's cards drawn in full by their lane's sketch, each layer in a call or two.

Between the zoom where card text becomes readable and the one where few cards fill the
window, hundreds of cards show, and a ``paint`` call for each one (a dozen calls into Qt
apiece) took longer than a frame. There the lane's sketch (``items/sketch_item.py``) draws the
cards of each cell itself, as ``CardLook`` would draw each one: their shadows in one call,
their notes in one call per colour, then the edges, all the words of a colour as one glyph run
per font file, the chips, badges, dots and selection outlines. Cards in a cell never overlap,
so drawing layer by layer looks the same as drawing card by card, and crossing from this level
to the cards drawing themselves changes nothing on the screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journeydesk.layout import colours
from journeydesk.layout.boxes import CardBox, vote_badge_label
from journeydesk.layout.contrast import theme
from journeydesk.layout.dots import DotMark
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.card_look import (
    SELECTION_COLOUR,
    SHADOW_COLOUR,
    WHITE,
    badge_rect,
    card_colours,
    chip_colour,
    chip_rect,
)
from journeydesk.ui.canvas.dots import dot_rect
from journeydesk.ui.canvas.painting import GlyphBatch, qcolour

#: What one layer fills or outlines, by colour: the colour (or pen) and its shapes.
_Shapes = dict[int, tuple[QColor, list[QRectF]]]


class WordCell:
    """The cards of one cell, in lane coordinates, drawn in full layer by layer."""

    __slots__ = (
        "_badge_texts",
        "_badges",
        "_chip_texts",
        "_dot_texts",
        "_dots",
        "_edges",
        "_fills",
        "_pills",
        "_selected",
        "_shadows",
        "_style",
        "_texts",
    )

    def __init__(self, cards: Iterable[tuple[CardBox, bool]], style: Style) -> None:
        self._style = style
        self._shadows: list[QRectF] = []
        self._fills: _Shapes = {}
        self._edges: _Shapes = {}
        self._texts: dict[int, GlyphBatch] = {}
        self._pills: dict[int, tuple[QColor, QPainterPath]] = {}
        self._chip_texts: dict[int, GlyphBatch] = {}
        self._badges = QPainterPath()
        self._badge_texts: dict[float, GlyphBatch] = {}
        self._dots: dict[int, tuple[QColor, QPainterPath]] = {}
        self._dot_texts: GlyphBatch | None = None
        self._selected: list[QRectF] = []
        for box, selected in cards:
            self._add(box, style)
            if selected:
                rect = QRectF(box.x, box.y, box.width, box.height)
                self._selected.append(rect.adjusted(-1.5, -1.5, 1.5, 1.5))

    def _add(self, box: CardBox, style: Style) -> None:
        rect = QRectF(box.x, box.y, box.width, box.height)
        fill, edge, ink = card_colours(box.colour, style.high_contrast)
        self._shadows.append(rect.translated(style.shadow_dx, style.shadow_dy))
        self._fills.setdefault(fill.rgba(), (fill, []))[1].append(rect)
        self._edges.setdefault(edge.rgba(), (edge, []))[1].append(rect)
        if box.lines:
            text = self._texts.get(ink.rgba())
            if text is None:
                text = self._texts[ink.rgba()] = GlyphBatch(
                    style.card_text_size, Weight.REGULAR, ink
                )
            padding = style.card_padding
            text.add(box.lines, box.x + padding, box.y + padding, style.card_line_height)
        if box.tags:
            self._add_chips(box, ink, style)
        if box.votes > 0:
            self._add_badge(box, style)
        for dot in box.dots:
            self._add_dot(box, dot)

    def _add_chips(self, box: CardBox, ink: QColor, style: Style) -> None:
        veil = chip_colour(ink.name())
        _colour, path = self._pills.setdefault(veil.rgba(), (veil, QPainterPath()))
        texts = self._chip_texts.get(ink.rgba())
        if texts is None:
            texts = self._chip_texts[ink.rgba()] = GlyphBatch(
                style.tag_text_size, Weight.REGULAR, ink
            )
        radius = style.tag_height / 2
        for chip in box.tags:
            pill = chip_rect(chip, style, box.x, box.y)
            path.addRoundedRect(pill, radius, radius)
            texts.add_centred(chip.line, pill)

    def _add_badge(self, box: CardBox, style: Style) -> None:
        badge = badge_rect(style, box.x, box.y, box.width)
        self._badges.addEllipse(badge)
        label, size = vote_badge_label(box.votes, style)
        texts = self._badge_texts.get(size)
        if texts is None:
            ink = qcolour(theme(style.high_contrast).badge_ink)
            texts = self._badge_texts[size] = GlyphBatch(size, Weight.BOLD, ink)
        texts.add_centred(label, badge)

    def _add_dot(self, box: CardBox, dot: DotMark) -> None:
        rect = dot_rect(dot, box.x, box.y)
        fill = qcolour(dot.colour)
        _colour, path = self._dots.setdefault(fill.rgba(), (fill, QPainterPath()))
        label = dot.label
        if label:
            path.addRoundedRect(rect, dot.radius, dot.radius)
            if self._dot_texts is None:
                ink = qcolour(colours.MORE_DOTS_INK)
                self._dot_texts = GlyphBatch(self._style.dot_label_size, Weight.BOLD, ink)
            self._dot_texts.add_centred(label, rect)
        else:
            path.addEllipse(rect)

    def draw(self, painter: QPainter) -> None:
        """Draw the cell's cards as each would draw itself (antialiased, as the view draws)."""
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW_COLOUR)
        painter.drawRects(self._shadows)
        for fill, rects in self._fills.values():
            painter.setBrush(fill)
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for edge, rects in self._edges.values():
            painter.setPen(QPen(edge, style.card_edge_width))
            painter.drawRects(rects)
        for text in self._texts.values():
            text.draw(painter)
        painter.setPen(Qt.PenStyle.NoPen)
        for veil, path in self._pills.values():
            painter.fillPath(path, veil)
        for text in self._chip_texts.values():
            text.draw(painter)
        if not self._badges.isEmpty():
            painter.setPen(QPen(WHITE, style.badge_outline))
            painter.setBrush(qcolour(theme(style.high_contrast).badge_fill))
            painter.drawPath(self._badges)
        for text in self._badge_texts.values():
            text.draw(painter)
        if self._dots:
            painter.setPen(QPen(qcolour(colours.DOT_OUTLINE), style.dot_outline))
            for fill, path in self._dots.values():
                painter.setBrush(fill)
                painter.drawPath(path)
            if self._dot_texts is not None:
                self._dot_texts.draw(painter)
        if self._selected:
            painter.setPen(QPen(SELECTION_COLOUR, 2.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(self._selected)
