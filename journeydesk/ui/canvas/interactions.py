"""Mouse gestures on the canvas, each a small class: dragging cards, stages and lanes.

Qt moves dragged cards live; on release one command (one undo step) records the move, and
the scene then places every card where the layout says.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import LaneKind
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.commands import MoveAxisItemCommand, MoveCardsCommand
from journeydesk.ui.document import Axis

MARKER_THICKNESS = 4.0


def drop_place(scene: JourneyScene, pos: QPointF, leaving: set[str]) -> tuple[Cell, int] | None:
    """The cell under ``pos`` and the index among its cards (less ``leaving``) to insert at."""
    cell = scene.layout.cell_at(pos.x(), pos.y())
    if cell is None or cell[0] not in scene.layout.lane_by_id:
        return None
    if scene.layout.lane_by_id[cell[0]].kind is LaneKind.DIVIDER:
        return None
    staying = [i for i in scene.layout.cell_cards(*cell) if i not in leaving]
    index = 0
    for card_id in staying:
        _x, y, _w, h = scene.layout.card_rect(card_id)
        if pos.y() > y + h / 2:
            index += 1
    return cell, index


def drop_marker_rect(scene: JourneyScene, cell: Cell, index: int, leaving: set[str]) -> QRectF:
    """Where the insertion bar goes for a drop at ``index`` in ``cell``."""
    layout, style = scene.layout, scene.map_style
    x, top, _w, _h = layout.cell_rect(*cell)
    staying = [i for i in layout.cell_cards(*cell) if i not in leaving]
    row = layout.lane_by_id[cell[0]]
    if not staying:
        y = top + row.content_top + style.cell_padding / 2
    elif index < len(staying):
        y = layout.card_rect(staying[index])[1] - style.card_gap / 2
    else:
        _x, card_top, _cw, card_height = layout.card_rect(staying[-1])
        y = card_top + card_height + style.card_gap / 2
    return QRectF(
        x + style.cell_padding, y - MARKER_THICKNESS / 2, style.card_width, MARKER_THICKNESS
    )


class CardDrag:
    """Dragging the selected cards to a cell and a place in it."""

    def __init__(self, scene: JourneyScene, press: QPointF) -> None:
        self.scene = scene
        self.press = press
        self.active = False
        self.card_ids: list[str] = []
        self.target: tuple[Cell, int] | None = None

    def move(self, pos: QPointF) -> None:
        """Follow the mouse: start once it moved far enough, then show the insertion marker."""
        if not self.active:
            distance = (pos - self.press).manhattanLength()
            if distance < QApplication.startDragDistance() / 2:
                return
            self.active = True
            self.card_ids = self.scene.selected_card_ids()
            for card_id in self.card_ids:
                self.scene.item_for_card[card_id].setZValue(CardItem.Z_DRAGGED)
            self.scene.sketching.lift(self.card_ids)
        leaving = set(self.card_ids)
        self.target = drop_place(self.scene, pos, leaving)
        if self.target is None:
            self.scene.drop_marker.hide()
        else:
            cell, index = self.target
            self.scene.drop_marker.show_bar(drop_marker_rect(self.scene, cell, index, leaving))

    def finish(self) -> None:
        """Drop: one command moves the cards; every dragged item returns to the layout."""
        scene = self.scene
        scene.drop_marker.hide()
        if not self.active:
            return
        if self.target is not None and self.card_ids:
            cell, index = self.target
            command = MoveCardsCommand(scene.document, scene.journey_id, self.card_ids, cell, index)
            if not command.is_noop():
                scene.document.undo_stack.push(command)
            scene.set_current_cell(cell)
        for card_id in self.card_ids:
            item = scene.item_for_card.get(card_id)
            if item is not None:
                item.setZValue(CardItem.Z_VALUE)
                item.set_box(scene.layout.cards[card_id])
        scene.sketching.set_down(self.card_ids)


class AxisDrag:
    """Dragging a stage header across or a lane header down to reorder them."""

    def __init__(
        self, scene: JourneyScene, header: StageHeaderItem | LaneHeaderItem, press: QPointF
    ) -> None:
        self.scene = scene
        self.header = header
        self.press = press
        self.active = False
        self.index: int | None = None
        self.is_stage = isinstance(header, StageHeaderItem)

    def move(self, pos: QPointF) -> None:
        """Show the bar between the columns or rows where the header would land."""
        if not self.active:
            if (pos - self.press).manhattanLength() < QApplication.startDragDistance():
                return
            self.active = True
            self.header.set_active(True)
        layout, style = self.scene.layout, self.scene.map_style
        if self.is_stage:
            count = len(layout.stages)
            slot = round((pos.x() - style.lane_header_width) / style.stage_width)
            self.index = max(0, min(count, slot))
            x = style.lane_header_width + self.index * style.stage_width
            bar = QRectF(x - MARKER_THICKNESS / 2, 0, MARKER_THICKNESS, layout.height)
        else:
            edges = [row.y for row in layout.lanes] + [layout.height]
            self.index = min(range(len(edges)), key=lambda i: abs(edges[i] - pos.y()))
            y = edges[self.index]
            bar = QRectF(0, y - MARKER_THICKNESS / 2, layout.width, MARKER_THICKNESS)
        self.scene.drop_marker.show_bar(bar)

    def finish(self) -> None:
        """Drop: one command moves the stage or lane, and its cards go with it."""
        scene = self.scene
        scene.drop_marker.hide()
        self.header.set_active(False)
        if not self.active or self.index is None:
            return
        header = self.header
        axis: Axis
        if isinstance(header, StageHeaderItem):
            axis, item_id = "stages", header.stage_id
            current = scene.layout.stage_by_id[item_id].index
        else:
            axis, item_id = "lanes", header.lane_id
            current = scene.layout.lane_by_id[item_id].index
        # The slot counts edges; taking the item out first shifts the later slots by one.
        new_index = self.index - 1 if self.index > current else self.index
        command = MoveAxisItemCommand(scene.document, scene.journey_id, axis, item_id, new_index)
        if not command.is_noop():
            scene.document.undo_stack.push(command)
