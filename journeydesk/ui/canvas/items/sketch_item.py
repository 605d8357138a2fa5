"""A lane's cards sketched, when the map is seen from too far for their words, or drawn in
words when too many show for each to draw itself (``word_sketch.py``).

Far out, a frame would otherwise call a Python ``paint`` for thousands of cards. The sketch
draws all of a lane's cards itself instead, cell by cell, as rectangles batched by colour: a
few calls a cell, whatever the number of cards. Each cell's batches are made once and kept
until a card of the cell changes. The card items stay in the scene (selectable, draggable,
found), with no contents of their own while sketched; a card lifted for a drag draws itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from time import perf_counter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.layout.boxes import CardBox
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.card_look import EDGE, SELECTION_COLOUR, Detail, sketch_parts
from journeydesk.ui.canvas.word_sketch import WordCell

#: A cell's sketch: for each (layer, colour), the rectangles to draw, in lane coordinates.
Batches = list[tuple[int, QColor, list[QRectF]]]
#: The selection's outlines come after every layer of the cards.
_SELECTION = 99
#: The boxes of the cards of one of the lane's cells to sketch, by the stage's index, and
#: whether each is selected.
CellSource = Callable[[int], Iterable[tuple[CardBox, bool]]]
#: In words, a cell is made and drawn in bands this high (points): a cell of a big map holds
#: dozens of cards, and only those near the window are wanted.
WORD_BAND = 400.0
#: How far a card's drawing reaches past its box (shadow, badge, dots, selection outline).
_REACH = 10.0


class SketchItem(QGraphicsItem):
    """Draws the cards of one lane far out; a child of the lane's item, under its cards."""

    Z_VALUE = -2.0  # over the lane, under its cards

    def __init__(
        self,
        style: Style,
        height: float,
        stage_count: int,
        source: CellSource,
        parent: QGraphicsItem,
    ) -> None:
        super().__init__()
        self._style = style
        self._source = source
        self._detail = Detail.FULL
        self._bounds = QRectF()
        self._stage_count = stage_count
        # Each level's batches, kept while the cards stay as they are: zooming back and
        # forth across a level's edge makes nothing anew.
        self._cells: dict[Detail, dict[int, Batches]] = {}
        #: In words: by stage index, the bands of the cell made so far.
        self._words: dict[int, dict[int, WordCell]] = {}
        self.set_size(height, stage_count)
        self.setZValue(self.Z_VALUE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)
        self.setParentItem(parent)

    def set_size(self, height: float, stage_count: int) -> None:
        """Follow the lane's height and the number of stages."""
        style = self._style
        # A card's outline and dots reach a little past its cell.
        bounds = QRectF(
            style.lane_header_width, 0, stage_count * style.stage_width, height
        ).adjusted(-4, -4, 4, 4)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if stage_count != self._stage_count:
            self._stage_count = stage_count
            self.forget()

    def set_detail(self, detail: Detail) -> None:
        """Sketch at ``detail`` (hidden at full detail, where the cards draw themselves)."""
        if detail == self._detail:
            return
        self._detail = detail
        self.setVisible(detail is not Detail.FULL)

    def forget(self, stages: Iterable[int] | None = None) -> None:
        """Sketch the cells of ``stages`` (all, if None) again at the next paint."""
        if stages is None:
            self._cells.clear()
            self._words.clear()
        else:
            for index in stages:
                for cells in self._cells.values():
                    cells.pop(index, None)
                self._words.pop(index, None)
        self.update()

    def prepare(self, detail: Detail, area: QRectF, deadline: float) -> bool:
        """Make what ``detail`` draws of ``area`` (scene coordinates) ahead of need, until
        ``perf_counter()`` passes ``deadline``; whether some is left."""
        local = self.mapFromScene(area).boundingRect().intersected(self._bounds)
        if local.isEmpty():
            return False
        first, last = self._columns(local)
        if detail is Detail.WORDS:
            for index in range(first, last + 1):
                for band in self._bands(local):
                    if band not in self._words.get(index, {}):
                        if perf_counter() > deadline:
                            return True
                        self._word_band(index, band)
            return False
        cells = self._cells.setdefault(detail, {})
        current, self._detail = self._detail, detail  # (_batch sketches at self._detail)
        try:
            for index in range(first, last + 1):
                if index not in cells:
                    if perf_counter() > deadline:
                        return True
                    cells[index] = self._batch(index)
        finally:
            self._detail = current
        return False

    def _columns(self, rect: QRectF) -> tuple[int, int]:
        """The first and last stage index whose cells ``rect`` (lane coordinates) meets."""
        style = self._style
        left = style.lane_header_width
        first = max(0, int((rect.left() - left) // style.stage_width))
        return first, min(self._stage_count - 1, int((rect.right() - left) // style.stage_width))

    @staticmethod
    def _bands(rect: QRectF) -> range:
        """The bands of words that ``rect`` (lane coordinates) meets."""
        return range(max(0, int(rect.top() // WORD_BAND)), int(rect.bottom() // WORD_BAND) + 1)

    def _word_band(self, index: int, band: int) -> WordCell:
        """One band of a cell in words: the cards whose drawing meets it."""
        top, bottom = band * WORD_BAND - _REACH, (band + 1) * WORD_BAND + _REACH
        cards = (
            (box, selected)
            for box, selected in self._source(index)
            if box.y < bottom and box.y + box.height > top
        )
        cell = self._words.setdefault(index, {})[band] = WordCell(cards, self._style)
        return cell

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect if option is not None else self._bounds
        first, last = self._columns(exposed)
        if self._detail is Detail.WORDS:
            self._paint_words(painter, first, last, exposed)
            return
        cells = self._cells.setdefault(self._detail, {})
        # A layer's rectangles of one colour go in one call for all the cells shown: cells
        # never overlap, so drawing layer by layer across them looks the same.
        shown: dict[tuple[int, int], tuple[int, QColor, list[QRectF]]] = {}
        for index in range(first, last + 1):
            batches = cells.get(index)
            if batches is None:
                batches = cells[index] = self._batch(index)
            for layer, colour, rects in batches:
                group = shown.get((layer, colour.rgba()))
                if group is None:
                    shown[layer, colour.rgba()] = (layer, colour, list(rects))
                else:
                    group[2].extend(rects)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for layer, colour, rects in sorted(shown.values(), key=lambda group: group[0]):
            if layer == EDGE:
                painter.setPen(QPen(colour, 0))  # a hairline, whatever the zoom
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif layer == _SELECTION:
                pen = QPen(colour, 2.0)
                pen.setCosmetic(True)  # two pixels, whatever the zoom
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawRects(rects)

    def _paint_words(self, painter: QPainter, first: int, last: int, exposed: QRectF) -> None:
        """Draw the cells from ``first`` to ``last`` in words, band by band, each band
        clipped to itself (a card across two bands is in both, drawn once)."""
        bounds = self._bounds
        for index in range(first, last + 1):
            bands = self._words.get(index, {})
            for band in self._bands(exposed):
                cell = bands.get(band) or self._word_band(index, band)
                painter.save()
                clip = QRectF(bounds.left(), band * WORD_BAND, bounds.width(), WORD_BAND)
                painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
                cell.draw(painter)
                painter.restore()

    def _batch(self, index: int) -> Batches:
        """The batches of one cell: its cards' rectangles grouped by layer and colour, the
        layers in drawing order (cards in one cell never overlap)."""
        groups: dict[tuple[int, int], tuple[int, QColor, list[QRectF]]] = {}
        selected: list[QRectF] = []
        for box, is_selected in self._source(index):
            for layer, colour, rect in sketch_parts(box, self._style, self._detail):
                key = (layer, colour.rgba())
                group = groups.get(key)
                if group is None:
                    group = groups[key] = (layer, colour, [])
                group[2].append(rect)
            if is_selected:
                selected.append(QRectF(box.x, box.y, box.width, box.height).adjusted(-2, -2, 2, 2))
        batches = sorted(groups.values(), key=lambda group: group[0])
        if selected:
            batches.append((_SELECTION, SELECTION_COLOUR, selected))
        return batches
