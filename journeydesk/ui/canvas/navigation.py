"""The keyboard on the map: arrows between cards and cells, Enter and N to type, Tab onwards.

Keys a card being typed does not take come here from the view; each method says whether it
used the key, so the view hands the others to Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import LaneKind
from journeydesk.ui.canvas.emotion_drag import curve_focus, focus_stage, set_score, step_score

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView

#: Arrow keys as (rows, columns) to move the selection by.
ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class KeyboardNavigation:
    """Moves the selection and starts typing on one view, as the facilitator's keys ask."""

    def __init__(self, view: JourneyView) -> None:
        self._view = view

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Act on a key pressed on the map (no card being typed); False: not a map key."""
        view, scene = self._view, self._view.journey_scene
        key = event.key()
        if self.curve_key(key):
            return True
        selected = scene.selected_card_ids()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            view.editor.begin_edit(selected[0])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N) and not selected:
            cell = scene.current_cell
            if cell is not None:
                view.editor.begin_new_card(cell)
                return True
        if key in ARROWS:
            self.move_selection(*ARROWS[key])
            return True
        if key == Qt.Key.Key_Escape:
            scene.clearSelection()
            return True
        if key == Qt.Key.Key_Backspace and selected:
            view.editor.delete_selected()  # as Delete does; on the map only
            return True
        return False

    def tab_pressed(self, event: QEvent) -> bool:
        """Tab on the map starts a card in the next cell (Shift+Tab: the one before).

        As Tab in a card being typed does, instead of sending the next keystrokes to a
        toolbar. (F6 moves the keyboard to the inspector and back.) Only a real key press
        counts: Qt also moves focus on its own, when a focused widget is hidden.
        """
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and not self._view.editor.is_editing()
        ):
            return False
        backwards = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        self.type_in_next_cell(-1 if backwards else 1)
        return True

    def type_in_next_cell(self, step: int) -> None:
        """Start a card in the cell after (``step`` -1: before) the selection or current cell."""
        scene, editor = self._view.journey_scene, self._view.editor
        selected = scene.selected_card_ids()
        cell = scene.current_cell
        if selected:
            box = scene.layout.cards[selected[-1]]
            cell = (box.lane_id, box.stage_id)
        if cell is None:
            start = editor.first_cell()
            if start is not None:
                editor.begin_new_card(start)
            return
        editor.begin_new_card(editor.next_cell(cell, step))

    def curve_key(self, key: int) -> bool:
        """Up/Down score the ringed curve point, Left/Right move the ring, Delete clears."""
        scene = self._view.journey_scene
        focus = curve_focus(scene)
        if focus is None:
            return False
        lane_id, stage_id = focus
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step_score(scene, stage_id, 1 if key == Qt.Key.Key_Up else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            stages = scene.layout.stages
            index = scene.layout.stage_by_id[stage_id].index
            index = max(0, min(len(stages) - 1, index + (1 if key == Qt.Key.Key_Right else -1)))
            focus_stage(scene, lane_id, stages[index].stage_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            set_score(scene, stage_id, None)
        elif key == Qt.Key.Key_Escape:
            focus_stage(scene, None, None)
        else:
            return False
        return True

    def move_selection(self, rows: int, columns: int) -> None:
        """Move the selection to the next card up or down, or to the cell beside."""
        scene = self._view.journey_scene
        layout = scene.layout
        selected = scene.selected_card_ids()
        cell = scene.current_cell
        if selected:
            box = layout.cards[selected[-1]]
            cell = (box.lane_id, box.stage_id)
            cards = layout.cell_cards(*cell)
            index = cards.index(box.card_id) + rows
            if columns == 0 and 0 <= index < len(cards):
                self.select_card(cards[index])
                return
        if cell is None:
            if not layout.lanes or not layout.stages:
                return
            cell = (layout.lanes[0].lane_id, layout.stages[0].stage_id)
            rows = columns = 0
        target = self.neighbour(cell, rows, columns)
        scene.clearSelection()
        scene.set_current_cell(target)
        cards = layout.cell_cards(*target)
        if cards:
            self.select_card(cards[0] if rows >= 0 else cards[-1])
        else:
            self._view.reveal(scene.cell_scene_rect(target))

    def neighbour(self, cell: Cell, rows: int, columns: int) -> Cell:
        """The cell ``rows`` lanes down and ``columns`` stages across, skipping dividers."""
        layout = self._view.journey_scene.layout
        row = layout.lane_by_id[cell[0]].index
        column = max(0, min(len(layout.stages) - 1, layout.stage_by_id[cell[1]].index + columns))
        step = 1 if rows > 0 else -1
        while rows:
            candidate = row + step
            if not 0 <= candidate < len(layout.lanes):
                break
            row = candidate
            if layout.lanes[row].kind is not LaneKind.DIVIDER:
                rows -= step
        if layout.lanes[row].kind is LaneKind.DIVIDER:
            row = layout.lane_by_id[cell[0]].index
        return layout.lanes[row].lane_id, layout.stages[column].stage_id

    def select_card(self, card_id: str) -> None:
        """Select one card and scroll it into view."""
        view = self._view
        scene = view.journey_scene
        scene.clearSelection()
        scene.completion.ensure_lane(scene.layout.cards[card_id].lane_id)
        item = scene.item_for_card[card_id]
        item.setSelected(True)
        box = item.box
        scene.set_current_cell((box.lane_id, box.stage_id))
        view.reveal(scene.card_scene_rect(card_id))
