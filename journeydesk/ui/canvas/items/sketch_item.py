"""A lane's cards sketched, when the map is seen from too far for their words.

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

#: A cell's sketch: for each (layer, colour), the rectangles to draw, in lane coordinates.
Batches = list[tuple[int, QColor, list[QRectF]]]
#: The selection's outlines come after every layer of the cards.
_SELECTION = 99
#: The boxes of the cards of one of the lane's cells to sketch, by the stage's index, and
#: whether each is selected.
CellSource = Callable[[int], Iterable[tuple[CardBox, bool]]]


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
        else:
            for cells in self._cells.values():
                for index in stages:
                    cells.pop(index, None)
        self.update()

    def prepare(self, detail: Detail, left: float, right: float, deadline: float) -> bool:
        """Make the batches of ``detail`` for the cells between ``left`` and ``right`` (scene
        x) ahead of need, until ``perf_counter()`` passes ``deadline``; whether some are left."""
        style = self._style
        first = max(0, int((left - style.lane_header_width) // style.stage_width))
        last = min(
            self._stage_count - 1, int((right - style.lane_header_width) // style.stage_width)
        )
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

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style = self._style
        exposed = option.exposedRect if option is not None else self._bounds
        left = style.lane_header_width
        first = max(0, int((exposed.left() - left) // style.stage_width))
        last = min(self._stage_count - 1, int((exposed.right() - left) // style.stage_width))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        cells = self._cells.setdefault(self._detail, {})
        for index in range(first, last + 1):
            batches = cells.get(index)
            if batches is None:
                batches = cells[index] = self._batch(index)
            for layer, colour, rects in batches:
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
