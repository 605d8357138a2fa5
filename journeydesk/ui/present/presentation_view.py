"""The projected canvas: one stage (or a span of stages) fills the width, the rest dimmed.

It is a canvas like the editor's, on its own scene of the same document, so cards can still be
added and edited while presenting (double-click, Enter) and every edit reaches the editor at
once. It lays the map out in the high-contrast theme with compact headers, because at a
projector's zoom the headers would otherwise take a third of the wall.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from journeydesk.layout.style import Style, TextSize, screen_style
from journeydesk.model.project import LaneKind
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.document import Document

#: How long a step from one stage to the next takes, in milliseconds.
STEP_MILLISECONDS = 280
#: The veil over what is not spotlit: the map shows through, dimmed.
VEIL = QColor(15, 23, 42, 150)
#: Room kept around the shown stages, in points, so cards do not touch the screen's edges.
EDGE = 6.0

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


#: The header measures of a presentation at the normal text size, in points.
_COMPACT_HEADERS = {
    "lane_title_size": 9.5,
    "lane_title_line_height": 12.0,
    "lane_kind_size": 7.0,
    "lane_kind_line_height": 10.0,
    "legend_text_size": 7.5,
    "legend_line_height": 11.0,
    "stage_title_size": 11.0,
    "stage_title_line_height": 13.5,
    "stage_goal_size": 8.0,
    "stage_goal_line_height": 10.0,
    "stage_header_min_height": 34.0,
    "header_padding": 6.0,
}


def presentation_style(text_size: TextSize = TextSize.NORMAL) -> Style:
    """The editor's text size in the high-contrast theme, with headers sized for a wall.

    Headers are drawn smaller than on screen: the zoom of one stage across a projector makes
    a 9 pt lane title about 60 px tall, and keeps the lane column to a fraction of the width.
    """
    factor = text_size.factor
    compact = {name: points * factor for name, points in _COMPACT_HEADERS.items()}
    return replace(
        screen_style(text_size, high_contrast=True),
        lane_header_width=96.0 * (1.0 + factor) / 2,
        **compact,
    )


class PresentationView(JourneyView):
    """Steps through the stages of one map with the keys a presentation clicker sends."""

    max_zoom = 24.0  # one stage across a 4K wall

    #: Fires when the shown stage, span, spotlight or overview changed.
    position_changed = Signal()
    #: Fires when Escape asks to leave the presentation.
    leave_requested = Signal()

    def __init__(
        self,
        document: Document,
        journey_id: str,
        text_size: TextSize = TextSize.NORMAL,
        span: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        scene = JourneyScene(document, journey_id, presentation_style(text_size))
        super().__init__(scene, parent)
        scene.setParent(self)
        scene.outline_current_cell = False  # the spotlight shows where new cards go
        self.stage_index = 0
        self.span = max(1, span)
        #: The lane spotlit besides the stage, if any.
        self.lane_spot: str | None = None
        self.spotlight = True
        self.overview = False
        self._from = (1.0, 0.0, 0.0)
        self._to = (1.0, 0.0, 0.0)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(STEP_MILLISECONDS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_animation)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Presented map"))
        self.setAccessibleDescription(
            self.tr(
                "The map as the room sees it: Right and Left step through the stages, Home shows"
                " the whole map, Up and Down spotlight a lane, Escape leaves"
            )
        )
        scene.layout_changed.connect(self._on_layout_changed)

    # What is shown.

    @property
    def stage_count(self) -> int:
        """How many stages the map has."""
        return len(self.journey_scene.layout.stages)

    def stage_title(self, index: int) -> str:
        """The title of the stage at ``index`` (empty past the ends)."""
        stages = self.journey_scene.journey.stages
        return stages[index].title if 0 <= index < len(stages) else ""

    def show_stage(self, index: int, animate: bool = True) -> None:
        """Spotlight the stage at ``index`` and bring it (with the span after it) into view."""
        if not self.stage_count:
            self.show_overview(animate)
            return
        self.stage_index = max(0, min(self.stage_count - 1, index))
        self.overview = False
        self._move_to(self._stage_view(), animate)
        self._update_current_cell()
        self.position_changed.emit()

    def step(self, stages: int) -> None:
        """Go ``stages`` forward (or back); from the overview, go into the spotlit stage."""
        if self.overview:
            self.show_stage(self.stage_index)
        else:
            self.show_stage(self.stage_index + stages)

    def show_overview(self, animate: bool = True) -> None:
        """Show the whole map (Home); the spotlit stage stays lit."""
        self.overview = True
        rect = self.journey_scene.sceneRect()  # the personas above the map too
        zoom = (
            min(
                self.viewport().width() / (rect.width() + 2 * EDGE),
                self.viewport().height() / (rect.height() + 2 * EDGE),
            )
            / self._points_to_pixels()
        )
        scale = zoom * self._points_to_pixels()
        # Centred: the room left over on either side of the map, shared.
        left = rect.center().x() - self.viewport().width() / scale / 2
        top = rect.center().y() - self.viewport().height() / scale / 2
        self._move_to((zoom, left, top), animate)
        self.position_changed.emit()

    def set_span(self, span: int) -> None:
        """Show ``span`` stages side by side (at least one, at most all)."""
        span = max(1, min(max(1, self.stage_count), span))
        if span != self.span:
            self.span = span
            if not self.overview:
                self.show_stage(self.stage_index)
            self.position_changed.emit()

    def set_spotlight(self, on: bool) -> None:
        """Dim what is not the current stage (and spotlit lane), or show all alike."""
        self.spotlight = on
        self.viewport().update()
        self.position_changed.emit()

    def spot_lane(self, step: int) -> None:
        """Spotlight the next (or previous) lane that holds cards; past the ends, none."""
        rows = self.journey_scene.layout.lanes
        lanes = [row.lane_id for row in rows if row.kind is not LaneKind.DIVIDER]
        if not lanes:
            return
        if self.lane_spot in lanes:
            index = lanes.index(self.lane_spot) + step
        else:
            index = 0 if step > 0 else len(lanes) - 1
        self.set_lane_spot(lanes[index] if 0 <= index < len(lanes) else None)

    def set_lane_spot(self, lane_id: str | None) -> None:
        """Spotlight a lane (None: no lane) and scroll it into view."""
        self.lane_spot = lane_id
        if lane_id is not None and not self.overview:
            row = self.journey_scene.layout.lane_by_id[lane_id]
            self._reveal_rows(row.y, row.y + row.height)
        self._update_current_cell()
        self.viewport().update()
        self.position_changed.emit()

    def _stage_view(self) -> tuple[float, float, float]:
        """(zoom, left, top) that show the span from the current stage, lane column pinned."""
        layout = self.journey_scene.layout
        style = layout.style
        span = min(self.span, self.stage_count)
        first = max(0, min(self.stage_index, self.stage_count - span))
        width = style.lane_header_width + span * style.stage_width + 2 * EDGE
        zoom = self.viewport().width() / width / self._points_to_pixels()
        left = layout.stages[first].x - style.lane_header_width - EDGE
        top = self._to[2] if not self.overview and self._to[0] == zoom else -EDGE
        return zoom, left, max(-EDGE, top)

    def _reveal_rows(self, top: float, bottom: float) -> None:
        """Scroll down or up, at the current zoom, until the rows from top to bottom show."""
        zoom, left, shown_top = self._to
        scale = zoom * self._points_to_pixels()
        header = self.journey_scene.layout.header_height
        visible = self.viewport().height() / scale - header
        if top - header < shown_top:
            shown_top = top - header - EDGE
        elif bottom > shown_top + header + visible:
            shown_top = min(top - header - EDGE, bottom - header - visible + EDGE)
        self._move_to((zoom, left, max(-EDGE, shown_top)), True)

    # Moving the view.

    def _move_to(self, target: tuple[float, float, float], animate: bool) -> None:
        self._animation.stop()
        self._from = self._current()
        self._to = target
        if animate and self.isVisible():
            self._animation.start()
        else:
            self._place(*target)

    def _current(self) -> tuple[float, float, float]:
        top_left = self.mapToScene(0, 0)
        return self.zoom, top_left.x(), top_left.y()

    def _on_animation(self, value: float) -> None:
        start, end = self._from, self._to
        self._place(*(a + (b - a) * value for a, b in zip(start, end, strict=True)))

    def _place(self, zoom: float, left: float, top: float) -> None:
        """Zoom to ``zoom`` with the scene point (left, top) at the viewport's top left."""
        self.set_zoom(zoom)
        scale = self.zoom * self._points_to_pixels()
        width, height = self.viewport().width() / scale, self.viewport().height() / scale
        self.centerOn(QPointF(left + width / 2, top + height / 2))

    def _on_layout_changed(self) -> None:
        # A stage removed while presenting: show one that exists. A stage renamed: say so.
        if self.stage_index >= self.stage_count and not self.overview:
            self.show_stage(self.stage_count - 1, animate=False)
        else:
            self.stage_index = max(0, min(self.stage_index, self.stage_count - 1))
            self.position_changed.emit()

    def _update_current_cell(self) -> None:
        """New cards (Enter, N) go to the spotlit stage, in the spotlit or first card lane."""
        layout = self.journey_scene.layout
        lanes = [r.lane_id for r in layout.lanes if r.kind is LaneKind.CARDS]
        lane = self.lane_spot if self.lane_spot in lanes else lanes[0] if lanes else None
        if lane is not None and layout.stages:
            self.journey_scene.set_current_cell((lane, layout.stages[self.stage_index].stage_id))

    # Painting.

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if not self.spotlight or not self.stage_count:
            return
        layout = self.journey_scene.layout
        lit_columns = self._lit_columns()
        # The headers are pinned to the view's top and left edges while those are on the map.
        top_left = self.mapToScene(0, 0)
        pinned = QPointF(max(0.0, top_left.x()), max(0.0, top_left.y()))
        header_bottom = pinned.y() + layout.header_height
        lane_right = pinned.x() + layout.style.lane_header_width
        map_rect = QRectF(0, 0, layout.width, layout.height).adjusted(0, 0, 4, 4)
        map_rect = map_rect.united(QRectF(pinned, QPointF(lane_right, header_bottom)))
        lit_rows = self._lit_rows()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(VEIL)
        for veil in _veils(map_rect, lit_columns, lit_rows, lane_right, header_bottom):
            painter.drawRect(veil)
        painter.restore()

    def _lit_columns(self) -> tuple[float, float]:
        column = self.journey_scene.layout.stages[self.stage_index]
        return column.x, column.x + column.width

    def _lit_rows(self) -> tuple[float, float] | None:
        if self.lane_spot is None:
            return None
        row = self.journey_scene.layout.lane_by_id.get(self.lane_spot)
        return (row.y, row.y + row.height) if row is not None else None

    # Mouse, keys and wheel.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A header is a pointer for the room, not a handle to reorder: a click on a stage's
        # header shows that stage, on a lane's header spotlights the lane (again: no lane).
        item = self._item_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and not self.editor.is_editing():
            if isinstance(item, StageHeaderItem):
                self.show_stage(item.column.index)
                event.accept()
                return
            if isinstance(item, LaneHeaderItem) and item.row.kind is not LaneKind.DIVIDER:
                self.set_lane_spot(None if item.lane_id == self.lane_spot else item.lane_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor.is_editing():
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in NEXT_KEYS:
            self.step(-1 if shift and key == Qt.Key.Key_Space else 1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_overview()
        elif key == Qt.Key.Key_End:
            self.show_stage(self.stage_count - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.spot_lane(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_span(self.span + 1)
        elif key == Qt.Key.Key_Minus:
            self.set_span(self.span - 1)
        elif key == Qt.Key.Key_S and not event.modifiers():
            self.set_spotlight(not self.spotlight)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = round(event.angleDelta().y() / 120)
            if steps:
                self.set_span(self.span - steps)  # closer: fewer stages
            event.accept()
            return
        self._animation.stop()
        super().wheelEvent(event)
        self._to = self._current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._replace()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._replace()

    def _replace(self) -> None:
        """Show the same stage (or the overview) again, for a new size of the screen."""
        if self.overview:
            self.show_overview(animate=False)
        else:
            self.show_stage(self.stage_index, animate=False)


def _veils(
    area: QRectF,
    columns: tuple[float, float],
    rows: tuple[float, float] | None,
    lane_right: float,
    header_bottom: float,
) -> list[QRectF]:
    """The rectangles of ``area`` to dim: all but the lit stage's column (and lit lane's row).

    The pinned lane header column stays lit, except beside a lit lane; the pinned stage header
    row is lit only over the lit stage.
    """
    left, right = columns
    veils = [
        QRectF(QPointF(lane_right, area.top()), QPointF(left, area.bottom())),
        QRectF(QPointF(right, area.top()), QPointF(area.right(), area.bottom())),
    ]
    if rows is not None:
        top, bottom = rows
        veils += [
            QRectF(QPointF(area.left(), header_bottom), QPointF(lane_right, top)),
            QRectF(QPointF(area.left(), bottom), QPointF(lane_right, area.bottom())),
            QRectF(QPointF(left, header_bottom), QPointF(right, top)),
            QRectF(QPointF(left, bottom), QPointF(right, area.bottom())),
        ]
    return [veil for veil in veils if veil.width() > 0 and veil.height() > 0]
