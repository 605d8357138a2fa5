"""Where the map's parts are on the screen, and their states, for assistive technology."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible

from journeydesk.ui.canvas.accessible_parts import Kind

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView


def scene_rect(view: JourneyView, kind: Kind, item_id: str) -> QRectF | None:
    """Where a card, stage header or lane (with its header) is on the scene."""
    scene = view.journey_scene
    if kind == "card":
        item = scene.item_for_card.get(item_id)
        if item is None:  # out of sight, not laid out yet: where it is estimated to be
            return QRectF(*scene.layout.card_rect(item_id)) if item_id in scene.layout else None
        return item.mapRectToScene(item.rect())
    if kind == "stage":
        header = scene.header_for_stage.get(item_id)
        return header.sceneBoundingRect() if header is not None else None
    lane, header = scene.item_for_lane.get(item_id), scene.header_for_lane.get(item_id)
    if lane is None or header is None:
        return None
    return header.sceneBoundingRect().united(lane.sceneBoundingRect())


def screen_rect(view: JourneyView, kind: Kind, item_id: str) -> QRect:
    """Where the map, a stage header, a lane or a card is on the screen (scrolled away too)."""
    if kind == "map":
        return QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
    area = scene_rect(view, kind, item_id)
    if area is None:
        return QRect()
    local = view.mapFromScene(area).boundingRect()
    return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())


def part_state(
    view: JourneyView, kind: Kind, item_id: str, current_card: str | None
) -> QAccessible.State:
    """Focus, selection and visibility of the map or one of its parts."""
    scene, state = view.journey_scene, QAccessible.State()
    state.invisible = not view.isVisible()
    if kind == "map":
        state.focusable = True
        state.focused = view.hasFocus()
        return state
    viewport = view.viewport()
    shown = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    state.offscreen = not screen_rect(view, kind, item_id).intersects(shown)
    state.selectable = True
    if kind == "card":
        card = scene.item_for_card.get(item_id)
        state.focusable = state.multiLine = True
        state.selected = card is not None and card.isSelected()
        state.focused = view.hasFocus() and item_id == current_card
    elif kind == "stage":
        stage = scene.header_for_stage.get(item_id)
        state.selected = stage is not None and stage.isSelected()
    else:
        lane = scene.header_for_lane.get(item_id)
        state.selected = lane is not None and lane.isSelected()
    return state
