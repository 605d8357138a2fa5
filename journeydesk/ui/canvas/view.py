"""The view on a journey scene: zoom, pan, pinned headers, and the mouse and keyboard.

At 100% a point of the map is a point on the screen (the layout works in points). Headers
stay visible while scrolling: the scene moves them to the view's top and left edges.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from journeydesk.model.bulk import bulk
from journeydesk.model.voting import open_round
from journeydesk.ui.canvas.accessibility import CanvasAccessibility
from journeydesk.ui.canvas.accessible_parts import install_factory
from journeydesk.ui.canvas.card_look import detail_for
from journeydesk.ui.canvas.editing import CanvasEditor
from journeydesk.ui.canvas.emotion_drag import EmotionDrag, curve_focus, focus_stage, set_score
from journeydesk.ui.canvas.header_bands import BAND_HEIGHT, BAND_WIDTH, HeaderBands, bands_shown
from journeydesk.ui.canvas.interactions import AxisDrag, CardDrag
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.persona_card_item import PersonaCardItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.navigation import KeyboardNavigation
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.sticky_drop import StickyDrop

MIN_ZOOM, MAX_ZOOM = 0.01, 6.0
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
        install_factory()  # before Qt may ask for this view's accessible interface
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.editor = CanvasEditor(scene)
        self.navigation = KeyboardNavigation(self)
        #: What a screen reader learns of the map: stages, lanes and cards (accessibility.py).
        self.accessibility = CanvasAccessibility(self)
        self._sticky_drop = StickyDrop(self)
        self._zoom = 1.0
        self._gesture: CardDrag | AxisDrag | EmotionDrag | None = None
        self._pan_from: QPointF | None = None
        self._space_held = False
        self._shown = False
        self._bands = HeaderBands()
        self._bands_shown = False
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
        scene.layout_changed.connect(self._follow_layout)
        self._apply_zoom()

    # Zoom.

    @property
    def zoom(self) -> float:
        """The zoom as a fraction: 1.0 shows the map at its printed size."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped to 1%..``max_zoom``)."""
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
        self.journey_scene.completion.complete()  # all of it shows: its true height
        layout = self.journey_scene.layout
        if layout.width <= 0 or layout.height <= 0:
            return
        viewport = self.viewport().rect()
        base = self._points_to_pixels()
        room_x, room_y = 8.0, 8.0
        fit = min(
            (viewport.width() - room_x) / (layout.width * base),
            (viewport.height() - room_y) / (layout.height * base),
        )
        if bands_shown(layout.style, fit * base):  # leave room for the names' bands
            room_x, room_y = room_x + BAND_WIDTH, room_y + BAND_HEIGHT
            fit = min(
                (viewport.width() - room_x) / (layout.width * base),
                (viewport.height() - room_y) / (layout.height * base),
            )
        self.set_zoom(fit)
        scale = self._zoom * base
        self.ensureVisible(QRectF(0, 0, layout.width, layout.height), 0, 0)
        self.centerOn(
            (layout.width - (room_x - 8) / scale) / 2, (layout.height - (room_y - 8) / scale) / 2
        )

    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def _apply_zoom(self) -> None:
        scale = self._zoom * self._points_to_pixels()
        scene = self.journey_scene
        self._bands_shown = bands_shown(scene.map_style, scale)
        self._update_scroll_area()
        self.setTransform(QTransform.fromScale(scale, scale))
        scene.sketching.set_detail(detail_for(scene.map_style, scale), self._near_view())
        self._before_showing()
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

    def _follow_layout(self) -> None:
        self._update_scroll_area()
        self._pin_headers()

    def _update_scroll_area(self) -> None:
        """Scroll over the scene, with room above and left of the map for the names' bands
        when they show."""
        rect = self.journey_scene.sceneRect()
        if self._bands_shown:
            scale = self._zoom * self._points_to_pixels()
            rect = rect.adjusted(-BAND_WIDTH / scale, -BAND_HEIGHT / scale, 0, 0)
        self.setSceneRect(rect)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if self._bands_shown:
            scene = self.journey_scene
            viewport = self.viewport()
            self._bands.draw(
                painter,
                scene.journey,
                scene.layout,
                QPointF(self.mapFromScene(QPointF(0.0, 0.0))),
                self._zoom * self._points_to_pixels(),
                (float(viewport.width()), float(viewport.height())),
            )

    def _pin_headers(self) -> None:
        top_left = self.mapToScene(0, 0)
        self.journey_scene.pin_headers(top_left.x(), top_left.y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()
        self._before_showing()

    def _before_showing(self) -> None:
        """Make what the view is about to show exact: laid out, and at its detail."""
        if not self._shown:
            return  # where it opens is set when it first shows
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.journey_scene.completion.ensure_exact(shown)
        near = self._near_view()
        self.journey_scene.sketching.settle(near)
        self.journey_scene.sketching.anticipate(shown, near)

    def _near_view(self) -> QRectF:
        """What the view shows of the scene, and half as much again all round."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        margin = max(shown.width(), shown.height()) / 2
        return shown.adjusted(-margin, -margin, margin, margin)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # open on the top left corner: headers, first stages
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
            self._shown = True
        self._before_showing()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.accessibility.focus_entered()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pin_headers()
        self._before_showing()

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
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if not self.navigation.key_pressed(event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # (Qt sends events before __init__ is done: only a key press needs the keyboard.)
        if event.type() == QEvent.Type.KeyPress and self.navigation.tab_pressed(event):
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.navigation.tab_pressed(event):
            return True
        if event.type() == QEvent.Type.Paint:
            # A frame may make thousands of objects that stay (a level's sketches, cards'
            # glyph runs): Python's cycle collector waits until it is drawn (model/bulk.py).
            with bulk():
                handled = super().viewportEvent(event)
            self.journey_scene.completion.start()  # what is out of sight, once this shows
            return handled
        return super().viewportEvent(event)

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
        self.navigation.move_selection(rows, columns)

    def select_card(self, card_id: str) -> None:
        """Select one card and scroll it into view."""
        self.navigation.select_card(card_id)
