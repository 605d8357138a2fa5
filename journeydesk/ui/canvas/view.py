"""The view on a journey scene: zoom, pan, pinned headers, and the mouse and keyboard.

At 100% a point of the map is a point on the screen (the layout works in points). Headers
stay visible while scrolling: the scene moves them to the view's top and left edges.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import LaneKind
from journeydesk.model.voting import open_round
from journeydesk.ui.canvas.editing import CanvasEditor
from journeydesk.ui.canvas.emotion_drag import (
    EmotionDrag,
    curve_focus,
    focus_stage,
    set_score,
    step_score,
)
from journeydesk.ui.canvas.interactions import AxisDrag, CardDrag
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.persona_card_item import PersonaCardItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.sticky_drop import StickyDrop

MIN_ZOOM, MAX_ZOOM = 0.05, 6.0
ZOOM_STEP = 1.2


class JourneyView(QGraphicsView):
    """Shows one ``JourneyScene``; turns mouse and keys into gestures and edits."""

    #: The closest zoom allowed (a presentation goes further on a large screen).
    max_zoom = MAX_ZOOM
    #: Fires when the zoom changes, with the zoom as a fraction (1.0 is 100%).
    zoom_changed = Signal(float)
    #: Fires on a right click on a header, after selecting it: ("stages"|"lanes", global pos).
    header_menu_requested = Signal(str, QPoint)
    #: Fires on a click on a card while a dot-voting round is open: (card id, take a dot back).
    vote_requested = Signal(str, bool)

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.editor = CanvasEditor(scene)
        self._sticky_drop = StickyDrop(self)
        self._zoom = 1.0
        self._gesture: CardDrag | AxisDrag | EmotionDrag | None = None
        self._pan_from: QPointF | None = None
        self._space_held = False
        self._shown = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Resizing (docks, the window manager) keeps what is at the top left in place.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        scene.layout_changed.connect(self._pin_headers)
        self._apply_zoom()

    # Zoom.

    @property
    def zoom(self) -> float:
        """The zoom as a fraction: 1.0 shows the map at its printed size."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped to 5%..``max_zoom``)."""
        zoom = max(MIN_ZOOM, min(self.max_zoom, zoom))
        if zoom != self._zoom:
            self._zoom = zoom
            self._apply_zoom()

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further away."""
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        """Show the whole map in the window."""
        layout = self.journey_scene.layout
        if layout.width <= 0 or layout.height <= 0:
            return
        viewport = self.viewport().rect()
        base = self._points_to_pixels()
        fit = min(
            (viewport.width() - 8) / (layout.width * base),
            (viewport.height() - 8) / (layout.height * base),
        )
        self.set_zoom(fit)
        self.ensureVisible(QRectF(0, 0, layout.width, layout.height), 0, 0)
        self.centerOn(layout.width / 2, layout.height / 2)

    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def _apply_zoom(self) -> None:
        scale = self._zoom * self._points_to_pixels()
        self.setTransform(QTransform.fromScale(scale, scale))
        self._pin_headers()
        self.zoom_changed.emit(self._zoom)

    # Keeping headers in view.

    def reveal(self, rect: QRectF, margin: float = 12.0) -> None:
        """Scroll so that ``rect`` (scene points) shows beside the pinned headers, not under."""
        layout = self.journey_scene.layout
        covered = rect.adjusted(
            -layout.style.lane_header_width - margin, -layout.header_height - margin, margin, margin
        )
        # Without the headers' room, a rectangle at the map's edge still fits.
        self.ensureVisible(covered.intersected(self.sceneRect()) or rect, 0, 0)

    def _pin_headers(self) -> None:
        top_left = self.mapToScene(0, 0)
        self.journey_scene.pin_headers(top_left.x(), top_left.y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True  # open on the top left corner: headers, first stages
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pin_headers()

    # Mouse.

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if not self.editor.finish():
            event.accept()
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        item = self._item_at(event.position())
        corner = self.journey_scene.corner
        if event.button() == Qt.MouseButton.LeftButton and corner.contains(
            corner.mapFromScene(scene_pos)
        ):
            self.journey_scene.clearSelection()
            self.journey_scene.map_chosen.emit()  # the map's title: the map in the inspector
            event.accept()
            return
        persona = next(
            (i for i in self.items(event.position().toPoint()) if isinstance(i, PersonaCardItem)),
            None,
        )
        if event.button() == Qt.MouseButton.LeftButton and persona is not None:
            self.journey_scene.clearSelection()
            self.journey_scene.persona_chosen.emit(persona.persona_id)
            event.accept()
            return
        band = self.journey_scene.layout.emotion_slot_at(scene_pos.x(), scene_pos.y())
        if event.button() == Qt.MouseButton.LeftButton and band is not None and item is None:
            self._gesture = EmotionDrag(self.journey_scene, band[0], band[1], scene_pos)
            event.accept()
            return
        focus_stage(self.journey_scene, None, None)
        if event.button() == Qt.MouseButton.LeftButton:
            if isinstance(item, CardItem) and self._voted(item, event):
                return
            if isinstance(item, CardItem):
                self._gesture = CardDrag(self.journey_scene, scene_pos)
                box = item.box
                self.journey_scene.set_current_cell((box.lane_id, box.stage_id))
            elif isinstance(item, LaneHeaderItem) and self._choose_curve(item, scene_pos):
                event.accept()
                return
            elif isinstance(item, StageHeaderItem | LaneHeaderItem):
                self._gesture = AxisDrag(self.journey_scene, item, scene_pos)
            else:
                self.journey_scene.set_current_cell(
                    self.journey_scene.layout.cell_at(scene_pos.x(), scene_pos.y())
                )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        if isinstance(self._gesture, AxisDrag | EmotionDrag):
            # Headers do not move with the mouse (only the insertion bar does), nor the map
            # under a curve point being dragged.
            self._gesture.move(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._gesture is not None:
            self._gesture.move(self.mapToScene(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        gesture, self._gesture = self._gesture, None
        super().mouseReleaseEvent(event)
        if gesture is not None:
            gesture.finish()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._item_at(event.position())
        scene_pos = self.mapToScene(event.position().toPoint())
        if self.journey_scene.layout.emotion_slot_at(scene_pos.x(), scene_pos.y()):
            event.accept()  # the curve's band: a press sets a score, no card starts there
            return
        if isinstance(item, CardItem) and self._voted(item, event):
            return  # a quick second click is a second dot
        if isinstance(item, CardItem):
            self.editor.begin_edit(item.card_id)
        elif item is None or not isinstance(item, StageHeaderItem | LaneHeaderItem):
            cell = self.journey_scene.layout.cell_at(scene_pos.x(), scene_pos.y())
            if cell is not None:
                self.editor.begin_new_card(cell)
        event.accept()

    def _voted(self, item: CardItem, event: QMouseEvent) -> bool:
        """While a round is open, a click on a card places a dot (Shift+click takes one back)."""
        if open_round(self.journey_scene.journey) is None:
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.vote_requested.emit(item.card_id, shift)
        event.accept()
        return True

    def _choose_curve(self, header: LaneHeaderItem, scene_pos: QPointF) -> bool:
        """A click on a persona's name in an emotion lane's legend edits their curve."""
        index = header.legend_index_at(header.mapFromScene(scene_pos).y())
        if index is None:
            return False
        scene = self.journey_scene
        scene.set_curve_persona(scene.journey.persona_ids[index])
        return True

    def _item_at(self, position: QPointF) -> object | None:
        """The topmost card or header under a point of the viewport."""
        for item in self.items(position.toPoint()):
            if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem):
                return item
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._item_at(QPointF(event.pos()))
        if isinstance(item, StageHeaderItem | LaneHeaderItem):
            self.journey_scene.clearSelection()
            item.setSelected(True)
            axis = "stages" if isinstance(item, StageHeaderItem) else "lanes"
            self.header_menu_requested.emit(axis, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    # Stickies dragged from the palette.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._sticky_drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._sticky_drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._sticky_drop.leave(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._sticky_drop.drop(event)

    # Keyboard.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor.is_editing():
            super().keyPressEvent(event)
            return
        key = event.key()
        if self._curve_key(key):
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        selected = self.journey_scene.selected_card_ids()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.editor.begin_edit(selected[0])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N) and not selected:
            cell = self.journey_scene.current_cell
            if cell is not None:
                self.editor.begin_new_card(cell)
                return
        arrows = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if key in arrows:
            self.move_selection(*arrows[key])
            return
        if key == Qt.Key.Key_Escape:
            self.journey_scene.clearSelection()
            return
        if key == Qt.Key.Key_Backspace and selected:
            self.editor.delete_selected()  # as Delete does; on the map only
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if self._tab_pressed(event):
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if self._tab_pressed(event):
            return True
        return super().viewportEvent(event)

    def _tab_pressed(self, event: QEvent) -> bool:
        # Tab on the map starts a card in the next cell (Shift+Tab: the one before), as Tab
        # in a card being typed does, instead of sending the next keystrokes to a toolbar.
        # (F6 moves the keyboard to the inspector and back.) Only a real key press counts:
        # Qt also moves focus on its own, when a focused widget is hidden.
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and not self.editor.is_editing()
        ):
            return False
        backwards = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        self._type_in_next_cell(-1 if backwards else 1)
        return True

    def _type_in_next_cell(self, step: int) -> None:
        scene = self.journey_scene
        selected = scene.selected_card_ids()
        cell = scene.current_cell
        if selected:
            box = scene.layout.cards[selected[-1]]
            cell = (box.lane_id, box.stage_id)
        if cell is None:
            start = self.editor.first_cell()
            if start is not None:
                self.editor.begin_new_card(start)
            return
        self.editor.begin_new_card(self.editor.next_cell(cell, step))

    def _curve_key(self, key: int) -> bool:
        """Up/Down score the ringed curve point, Left/Right move the ring, Delete clears."""
        scene = self.journey_scene
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

    def delete_selection(self) -> None:
        """Delete what is selected: the ringed curve point's score, else the selected cards."""
        focus = curve_focus(self.journey_scene)
        if focus is not None:
            set_score(self.journey_scene, focus[1], None)
        else:
            self.editor.delete_selected()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def move_selection(self, rows: int, columns: int) -> None:
        """Move the selection to the next card up or down, or to the cell beside."""
        scene = self.journey_scene
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
        target = self._neighbour(cell, rows, columns)
        scene.clearSelection()
        scene.set_current_cell(target)
        cards = layout.cell_cards(*target)
        if cards:
            self.select_card(cards[0] if rows >= 0 else cards[-1])
        else:
            self.reveal(scene.cell_scene_rect(target))

    def _neighbour(self, cell: Cell, rows: int, columns: int) -> Cell:
        layout = self.journey_scene.layout
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
        scene = self.journey_scene
        scene.clearSelection()
        item = scene.item_for_card[card_id]
        item.setSelected(True)
        box = item.box
        scene.set_current_cell((box.lane_id, box.stage_id))
        self.reveal(scene.card_scene_rect(card_id))
