"""Level of detail: each card draws itself close up, and its lane sketches it far out.

The view tells the scene how large card text is on the screen; under a readable size the
scene switches to sketches (``items/sketch_item.py``): the card items stay, selectable and
draggable, but have no contents, and one sketch per lane draws all its cards in batches. A
card lifted for a drag draws itself (sketched) so that it follows the pointer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from time import perf_counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer
from shiboken6 import isValid

from journeydesk.layout.map_layout import Cell, LaneRow
from journeydesk.layout.style import Style
from journeydesk.model.bulk import bulk
from journeydesk.ui.canvas.card_look import Detail
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_item import LaneItem
from journeydesk.ui.canvas.items.sketch_item import SketchItem

#: Cards brought to a new detail at a time, between frames.
SLICE = 2000
#: How long one idle step getting ready for the next level may take.
AHEAD_SECONDS = 0.008

if TYPE_CHECKING:
    from journeydesk.layout.boxes import CardBox
    from journeydesk.ui.canvas.scene import JourneyScene


class Sketching:
    """The level of detail of one scene, and the sketches of its lanes."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self.detail = Detail.FULL
        self._sketches: dict[str, SketchItem] = {}
        self._lifted: set[str] = set()
        self._selected: set[str] = set()
        #: Cards still to bring to the scene's detail, a slice at a time.
        self._pending: dict[str, CardItem] = {}
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._catch_up)
        #: What the view shows and what is near, to get ready for the next level when idle.
        self._ahead: tuple[QRectF, QRectF] | None = None
        self._ahead_timer = QTimer(scene)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._get_ahead)
        scene.selectionChanged.connect(self._on_selection_changed)

    # The lanes.

    def add_lane(self, lane_item: LaneItem, style: Style, stage_count: int) -> None:
        """Give a new lane its sketch."""
        lane_id = lane_item.lane_id
        sketch = SketchItem(
            style,
            lane_item.row.height,
            stage_count,
            lambda index: self._cell_boxes(lane_id, index),
            lane_item,
        )
        sketch.set_detail(self.detail)
        self._sketches[lane_id] = sketch

    def remove_lane(self, lane_id: str) -> None:
        """Take away the sketch of a lane that is going."""
        sketch = self._sketches.pop(lane_id, None)
        if sketch is not None and sketch.scene() is not None:
            self._scene.removeItem(sketch)

    def resize_lane(self, row: LaneRow, stage_count: int) -> None:
        """Follow a lane's new height or number of stages."""
        self._sketches[row.lane_id].set_size(row.height, stage_count)

    def forget_all(self) -> None:
        """Sketch every cell again (the stages or lanes changed)."""
        for sketch in self._sketches.values():
            sketch.forget()

    def forget_cells(self, cells: Iterable[Cell]) -> None:
        """Sketch these cells again (their cards changed): at every level, even close up,
        where no sketch shows but each level's sketches are kept for when one does."""
        layout = self._scene.layout
        for lane_id, stage_id in cells:
            sketch = self._sketches.get(lane_id)
            column = layout.stage_by_id.get(stage_id)
            if sketch is not None and column is not None:
                sketch.forget((column.index,))

    def _cell_boxes(self, lane_id: str, index: int) -> Iterator[tuple[CardBox, bool]]:
        """The cards a lane's sketch draws in one cell: all but the lifted ones."""
        scene = self._scene
        stage_id = scene.layout.stages[index].stage_id
        items = scene.item_for_card
        for card_id in scene.layout.cell_cards(lane_id, stage_id):
            item = items.get(card_id)
            if item is not None and card_id not in self._lifted:
                yield item.box, item.isSelected()

    # The cards.

    def _sketched(self, card_id: str) -> bool:
        return self.detail is not Detail.FULL and card_id not in self._lifted

    def adopt(self, item: CardItem) -> None:
        """Draw a new card item at the scene's detail."""
        if self._sketched(item.card_id):
            item.set_sketched(True)

    def lift(self, card_ids: Iterable[str]) -> None:
        """Cards being dragged draw themselves, out of their lanes' sketches."""
        items = self._scene.item_for_card
        lifted = [i for i in card_ids if i in items and i not in self._lifted]
        self._lifted.update(lifted)
        for card_id in lifted:
            items[card_id].set_own_detail(self.detail)
            items[card_id].set_sketched(False)
        self.forget_cells((items[i].box.lane_id, items[i].box.stage_id) for i in lifted)

    def set_down(self, card_ids: Iterable[str]) -> None:
        """Dragged cards go back into their lanes' sketches."""
        items = self._scene.item_for_card
        down = [i for i in card_ids if i in self._lifted]
        self._lifted.difference_update(down)
        for card_id in down:
            item = items.get(card_id)
            if item is not None:
                item.set_own_detail(Detail.FULL)
                item.set_sketched(self._sketched(card_id))
                self.forget_cells(((item.box.lane_id, item.box.stage_id),))

    def set_detail(self, detail: Detail, visible: QRectF | None = None) -> None:
        """Draw every card at ``detail``: in full by its item, or sketched by its lane.

        Crossing between full and sketched, the cards in ``visible`` (scene coordinates)
        change at once and the others in slices while the event loop is idle: a frame is not
        held up by thousands of cards no one sees. Without ``visible``, all change at once.
        """
        if detail == self.detail:
            return
        was_full = self.detail is Detail.FULL
        self.detail = detail
        scene = self._scene
        if detail is not Detail.FULL:
            self._selected = {i.card_id for i in scene.selectedItems() if isinstance(i, CardItem)}
        for sketch in self._sketches.values():
            sketch.set_detail(detail)
        for card_id in self._lifted:
            scene.item_for_card[card_id].set_own_detail(detail)
        if was_full == (detail is Detail.FULL):
            return  # from blocks to lines or back: the sketches alone change
        self._pending = dict(scene.item_for_card)
        if visible is None:
            while self._pending:
                self._catch_up()
            return
        self.settle(visible)
        self._timer.start()  # the rest when idle

    def is_settled(self) -> bool:
        """Whether every card is drawn at the scene's detail (no slice is left to do)."""
        return not self._pending

    def settle(self, visible: QRectF) -> None:
        """Bring the cards in ``visible`` to the scene's detail now, if some are still to be
        brought (the view shows more of the map before the slices are done)."""
        if not self._pending:
            return
        pending = self._pending
        shown = self._scene.items(visible, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        for item in shown:
            if isinstance(item, CardItem) and pending.pop(item.card_id, None) is not None:
                item.set_sketched(self._sketched(item.card_id))

    def anticipate(self, shown: QRectF, near: QRectF) -> None:
        """When idle, make what the cards ``shown`` need next, then those ``near``: far out,
        what the next level closer draws (a zoom in shows only cards from there, and crosses
        into that level without a pause); close up, the glyph runs of the cards just out of
        sight, so that scrolling brings them in ready."""
        self._ahead = (shown, near)
        if not self._ahead_timer.isActive():
            self._ahead_timer.start()

    def _get_ahead(self) -> None:
        if self._ahead is None:
            return
        deadline = perf_counter() + AHEAD_SECONDS
        more = False
        with bulk():
            for area in self._ahead:
                more = self._prepare(area, deadline)
                if more:
                    break
        if more:
            self._ahead_timer.start()
        else:
            self._ahead = None

    def _prepare(self, area: QRectF, deadline: float) -> bool:
        """Make what the next level closer draws of ``area``, until ``deadline``; whether
        some is left."""
        if self.detail >= Detail.WORDS:
            shown = self._scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
            for item in shown:
                made = isinstance(item, CardItem) and item.prepare_look()
                if made and perf_counter() > deadline:
                    return True
            return False
        closer = Detail(self.detail + 1)
        return any(sketch.prepare(closer, area, deadline) for sketch in self._sketches.values())

    def _catch_up(self) -> None:
        """Bring a slice of the cards to the scene's detail; come back for the rest."""
        pending = self._pending
        sketched = self.detail is not Detail.FULL
        lifted = self._lifted
        for card_id in list(islice(pending, SLICE)):
            item = pending.pop(card_id)
            if item.scene() is not None:
                item.set_sketched(sketched and card_id not in lifted)
        if self._pending and not self._timer.isActive():
            self._timer.start()

    @contextmanager
    def full_detail(self) -> Iterator[None]:
        """Everything in full inside this block (rendering the map to a file or paper)."""
        before = self.detail
        self.set_detail(Detail.FULL)
        try:
            yield
        finally:
            self.set_detail(before)

    def _on_selection_changed(self) -> None:
        if not isValid(self._scene):
            return  # the scene is being destroyed and drops its selection on the way
        if self.detail is Detail.FULL:
            self._selected = set()  # taken again when sketches show
            return
        scene = self._scene
        selected = {i.card_id for i in scene.selectedItems() if isinstance(i, CardItem)}
        changed = selected ^ self._selected
        self._selected = selected
        items = scene.item_for_card
        self.forget_cells(
            (items[i].box.lane_id, items[i].box.stage_id) for i in changed if i in items
        )
