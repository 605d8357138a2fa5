"""A sticky dragged from the palette onto the canvas: the insertion bar, then a new card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent

from journeydesk.ui.canvas.interactions import drop_marker_rect, drop_place
from journeydesk.ui.palette import STICKY_MIME

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView


class StickyDrop:
    """What a view does with a sticky dragged over it: files and other drops are not its."""

    def __init__(self, view: JourneyView) -> None:
        self._view = view

    def enter(self, event: QDragEnterEvent) -> None:
        """Take a sticky; leave anything else to the window (a map file opens there)."""
        if event.mimeData().hasFormat(STICKY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def move(self, event: QDragMoveEvent) -> None:
        """Show where the sticky would land, or refuse outside the cells."""
        scene = self._view.journey_scene
        if not event.mimeData().hasFormat(STICKY_MIME):
            event.ignore()
            return
        place = drop_place(scene, self._view.mapToScene(event.position().toPoint()), set())
        if place is None:
            scene.drop_marker.hide()
            event.ignore()
            return
        scene.drop_marker.show_bar(drop_marker_rect(scene, *place, set()))
        event.acceptProposedAction()

    def leave(self, event: QDragLeaveEvent) -> None:
        """The sticky left the canvas: no bar."""
        self._view.journey_scene.drop_marker.hide()
        event.accept()

    def drop(self, event: QDropEvent) -> None:
        """Start a card of the sticky's colour where the bar was, ready to type."""
        view = self._view
        view.journey_scene.drop_marker.hide()
        if not event.mimeData().hasFormat(STICKY_MIME):
            event.ignore()
            return
        place = drop_place(view.journey_scene, view.mapToScene(event.position().toPoint()), set())
        if place is None:
            event.ignore()
            return
        colour = bytes(event.mimeData().data(STICKY_MIME).data()).decode("ascii") or None
        event.acceptProposedAction()
        view.setFocus()
        view.editor.begin_new_card(place[0], colour, place[1])
