"""The map for screen readers: what the accessibility interfaces of one view say, and news.

A screen reader walks the view's interface (``accessible_parts.py``) down to the stage
headers and lanes, and each lane's cards in reading order (stage by stage, top to bottom).
A card is named by its text and described by its place, tags and votes; a header names its
place too ("Stage 2 of 5: Appeal").

Nothing is copied up front: on a map of thousands of cards, an interface is made only for
what assistive technology asks about, and texts are read from the document when asked for.
Edits only mark the index of cards stale (it is rebuilt on the next question, once), drop
the interfaces of what is gone and, when assistive technology listens, tell it what changed.
The current card is announced as the focus when the selection moves on the map.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QWindow,
)
from PySide6.QtWidgets import QApplication

from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import Journey, LaneKind
from journeydesk.model.voting import latest_round
from journeydesk.ui.canvas.accessible_parts import Kind, MapPartAccessible
from journeydesk.ui.canvas.accessible_places import part_state, screen_rect
from journeydesk.ui.canvas.accessible_texts import (
    MapIndex,
    Reading,
    cell_announcement,
    describe,
    name,
    typing_announcement,
)
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.lane_item import LaneItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView

Event = QAccessible.Event


def _release(parts: dict[tuple[Kind, str], MapPartAccessible]) -> None:
    """Give every part's interface back to Qt (which deletes it) and forget it."""
    for part in parts.values():
        part.alive = False
        if shiboken6.isValid(part):  # (Qt deletes them all itself when the app ends)
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(part))
    parts.clear()


class CanvasAccessibility(QObject):
    """Answers the accessibility interfaces of one view and tells assistive technology news."""

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene = view.journey_scene
        self._document = document = scene.document
        self._journey_id = scene.journey_id
        self._parts: dict[tuple[Kind, str], MapPartAccessible] = {}
        self._index: MapIndex | None = None
        self._announced: object = None  # the card (or cell) last announced as the focus
        self._pending = False
        self._dot_counts: dict[str, int] = {}  # the latest round's dots on each card, as told
        self._rearranged: set[str] = set()  # cards added, moved or removed, not yet told
        self._before: MapIndex | None = None  # the index as it was before them
        # The parts go back to Qt with this object; the slot keeps no reference to it.
        self.destroyed.connect(partial(_release, self._parts))
        document.cards_added.connect(self._on_cards_placed)
        document.cards_moved.connect(self._on_cards_placed)
        document.cards_removed.connect(self._on_cards_removed)
        document.cards_changed.connect(self._on_cards_changed)
        document.votes_changed.connect(self._on_votes_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.emotions_changed.connect(self._on_curves_changed)
        document.personas_changed.connect(self._on_curves_changed)
        document.journey_changed.connect(self._on_journey_changed)
        view.editor.opened.connect(self._on_editor_opened)
        scene.selectionChanged.connect(self._schedule_focus)
        scene.current_cell_changed.connect(self._schedule_focus)

    # The questions of the interfaces.

    def exists(self, kind: Kind, item_id: str) -> bool:
        """Whether the map, stage, lane or card is still there."""
        if not any(j.id == self._journey_id for j in self._document.project.journeys):
            return False  # the map was removed: its view goes soon
        index = self._places()
        if kind == "stage":
            return item_id in index.stage_at
        if kind == "lane":
            return item_id in index.lane_at
        return kind == "map" or item_id in index.places

    def part(self, kind: Kind, item_id: str) -> MapPartAccessible:
        """The interface of a stage, lane or card, made (and registered) the first time."""
        part = self._parts.get((kind, item_id))
        if part is None:
            part = MapPartAccessible(self, kind, item_id)
            QAccessible.registerAccessibleInterface(part)  # Qt owns the C++ side from here
            self._parts[kind, item_id] = part
        return part

    def interface_count(self) -> int:
        """How many stages, lanes and cards have an interface (made only when asked for)."""
        return len(self._parts)

    def map_interface(self) -> QAccessibleInterface | None:
        """The view's own interface."""
        return QAccessible.queryAccessibleInterface(self._view)

    def window(self) -> QWindow | None:
        """The window the map is shown in."""
        return self._view.window().windowHandle()

    def child_count(self, kind: Kind, item_id: str) -> int:
        """How many children the map (stages and lanes) or a lane (cards) has."""
        index = self._places()
        if kind == "map":
            return len(index.stage_at) + len(index.lane_at)
        if kind == "lane":
            return len(index.lane_cards.get(item_id, ()))
        return 0

    def child_of(self, kind: Kind, item_id: str, number: int) -> QAccessibleInterface | None:
        """The map's stages then lanes, or a lane's cards in reading order."""
        journey, index = self._journey(), self._places()
        if kind == "map":
            stages = len(journey.stages)
            if 0 <= number < stages:
                return self.part("stage", journey.stages[number].id)
            if 0 <= number - stages < len(journey.lanes):
                return self.part("lane", journey.lanes[number - stages].id)
        elif kind == "lane":
            cards = index.lane_cards.get(item_id, [])
            if 0 <= number < len(cards):
                return self.part("card", cards[number])
        return None

    def index_of(self, kind: Kind, item_id: str, child: QAccessibleInterface) -> int:
        """Where ``child`` is among the children of the map or of a lane (-1: not there)."""
        if not isinstance(child, MapPartAccessible) or not child.isValid():
            return -1
        index = self._places()
        if kind == "map" and child.kind == "stage":
            return index.stage_at[child.item_id]
        if kind == "map" and child.kind == "lane":
            return len(index.stage_at) + index.lane_at[child.item_id]
        lane_id = self._document.card(child.item_id).lane_id if child.kind == "card" else None
        if kind == "lane" and lane_id == item_id:
            return index.places[child.item_id][0]
        return -1

    def parent_of(self, kind: Kind, item_id: str) -> QAccessibleInterface | None:
        """A card's lane; the view for stages and lanes; the view's parent for the map."""
        if kind == "card":
            return self.part("lane", self._document.card(item_id).lane_id)
        if kind != "map":
            return self.map_interface()
        parent = self._view.parentWidget() or QApplication.instance()
        return QAccessible.queryAccessibleInterface(parent) if parent is not None else None

    def child_at(self, kind: Kind, item_id: str, point: QPoint) -> QAccessibleInterface | None:
        """The child under a point of the screen (a stage or lane of the map, a lane's card)."""
        view = self._view
        position = view.viewport().mapFromGlobal(point)
        for item in view.items(position):
            if isinstance(item, CardItem) and item.card_id in self._places().places:
                if kind == "lane":
                    lane_id = self._document.card(item.card_id).lane_id
                    return self.part("card", item.card_id) if lane_id == item_id else None
                return self.part("lane", item.box.lane_id)
            if kind != "map":
                continue
            if isinstance(item, StageHeaderItem):
                return self.part("stage", item.stage_id)
            if isinstance(item, LaneHeaderItem | LaneItem):
                return self.part("lane", item.lane_id)
        return None

    def focus_child(self) -> QAccessibleInterface | None:
        """The current card while the map has the keyboard (and no card is being typed)."""
        card_id = self.current_card()
        if card_id is None or not self._view.hasFocus() or self._view.editor.is_editing():
            return None
        return self.part("card", card_id)

    def current_card(self) -> str | None:
        """The card the keyboard is on: the selected one (of several, the last on the map)."""
        selected = [i.card_id for i in self._scene.selectedItems() if isinstance(i, CardItem)]
        if len(selected) > 1:
            selected = self._scene.selected_card_ids()
        return selected[-1] if selected else None

    def text(self, kind: Kind, item_id: str, which: QAccessible.Text) -> str:
        """The name or description of the map, a stage, a lane or a card."""
        if which == QAccessible.Text.Name:
            if kind == "map" and self._view.accessibleName():
                return self._view.accessibleName()
            return name(self._reading(), kind, item_id)
        if which == QAccessible.Text.Description:
            if kind == "map" and self._view.accessibleDescription():
                return self._view.accessibleDescription()
            return describe(self._reading(), kind, item_id)
        return ""

    def rect(self, kind: Kind, item_id: str) -> QRect:
        """Where the map, stage header, lane or card is on the screen."""
        return screen_rect(self._view, kind, item_id)

    def state(self, kind: Kind, item_id: str) -> QAccessible.State:
        """Focus, selection and visibility of the map or one of its parts."""
        current = self.current_card() if kind == "card" else None
        return part_state(self._view, kind, item_id, current)

    # Keeping up with the document.

    def _journey(self) -> Journey:
        return self._document.journey(self._journey_id)

    def _places(self) -> MapIndex:
        if self._index is None:
            self._index = MapIndex(self._journey())
        return self._index

    def _reading(self) -> Reading:
        scene = self._scene
        return Reading(self._journey(), self._places(), self._document, scene.edited_curve())

    def _send(self, event: QAccessibleEvent) -> None:
        QAccessible.updateAccessibility(event)

    def _tell(self, kinds: set[Kind], *events: Event) -> None:
        """Send ``events`` about every part of ``kinds`` assistive technology has seen."""
        for (kind, _item_id), part in list(self._parts.items()):
            if kind in kinds:
                for event in events:
                    self._send(QAccessibleEvent(part, event))

    def _tell_map(self, event: Event) -> None:
        interface = self.map_interface()
        if interface is not None:
            self._send(QAccessibleEvent(interface, event))

    def _drop(self, keys: list[tuple[Kind, str]]) -> None:
        """Forget the parts of ``keys`` (they are gone from the map): Qt deletes them."""
        _release({key: self._parts.pop(key) for key in keys if key in self._parts})

    def _prune(self) -> None:
        """Drop the parts of whatever is no longer on the map."""
        self._drop([key for key in self._parts if not self.exists(*key)])

    def _on_cards_placed(self, journey_id: str, card_ids: list[str]) -> None:
        """Cards were added or moved: the index is stale, their cells have news."""
        if journey_id == self._journey_id:
            self._cards_rearranged(card_ids)

    def _on_cards_removed(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id == self._journey_id:
            self._drop([("card", card_id) for card_id in card_ids])
            self._cards_rearranged(card_ids)

    def _cards_rearranged(self, card_ids: list[str]) -> None:
        before, self._index = self._index, None
        if not QAccessible.isActive():
            return
        # Told once the event loop is back: one edit is often several signals (a card added
        # renumbers its cell), and a gesture several edits.
        if not self._rearranged:
            self._before = before
            QTimer.singleShot(0, self, self._tell_rearranged)
        self._rearranged.update(card_ids)

    def _tell_rearranged(self) -> None:
        """Tell of the new lists of the lanes whose cards changed, and of the new counts and
        places of their stages, lanes and cards."""
        card_ids, self._rearranged = self._rearranged, set()
        before, self._before = self._before, None
        if not card_ids or not self.exists("map", ""):
            return
        index = self._places()
        cells: set[Cell] | None = None  # not known where the cards were: all cells
        if before is not None:
            cells = {before.cell_of[i] for i in card_ids if i in before.cell_of}
            cells |= {index.cell_of[i] for i in card_ids if i in index.cell_of}
        lanes = {cell[0] for cell in cells or ()}
        stages = {cell[1] for cell in cells or ()}
        for (kind, item_id), part in list(self._parts.items()):
            if cells is None:
                concerned = True
            elif kind == "lane":
                concerned = item_id in lanes
            elif kind == "stage":
                concerned = item_id in stages
            else:
                concerned = index.cell_of.get(item_id) in cells
            if concerned and kind == "lane":
                self._send(QAccessibleEvent(part, Event.ObjectReorder))
            if concerned:
                self._send(QAccessibleEvent(part, Event.DescriptionChanged))

    def _on_cards_changed(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id != self._journey_id or not QAccessible.isActive():
            return
        for card_id in card_ids:
            part = self._parts.get(("card", card_id))
            if part is not None:
                self._send(QAccessibleEvent(part, Event.NameChanged))
                self._send(QAccessibleEvent(part, Event.DescriptionChanged))

    def _on_votes_changed(self, journey_id: str) -> None:
        """Dots were placed or taken back: tell of the cards whose count of dots changed."""
        if journey_id != self._journey_id or not QAccessible.isActive():
            return
        last = latest_round(self._journey())
        dots = last.dots_by_card() if last is not None else {}
        counts = {card_id: len(placed) for card_id, placed in dots.items()}
        before, self._dot_counts = self._dot_counts, counts
        for card_id in set(counts) | set(before):
            part = self._parts.get(("card", card_id))
            if part is not None and counts.get(card_id) != before.get(card_id):
                self._send(QAccessibleEvent(part, Event.DescriptionChanged))

    def _on_structure_changed(self, journey_id: str) -> None:
        if journey_id != self._journey_id:
            return
        self._index = None
        self._prune()
        if QAccessible.isActive():
            self._tell_map(Event.ObjectReorder)
            self._tell({"stage", "lane"}, Event.NameChanged, Event.DescriptionChanged)
            self._tell({"lane"}, Event.ObjectReorder)
            self._tell({"card"}, Event.DescriptionChanged)

    def _on_curves_changed(self, journey_id: str = "") -> None:
        if journey_id not in ("", self._journey_id) or not QAccessible.isActive():
            return
        for (kind, item_id), part in list(self._parts.items()):
            if kind == "lane" and self._journey().lane(item_id).kind is LaneKind.EMOTION:
                self._send(QAccessibleEvent(part, Event.DescriptionChanged))

    def _on_journey_changed(self, journey_id: str) -> None:
        if journey_id == self._journey_id and QAccessible.isActive():
            self._tell_map(Event.NameChanged)

    # The focus.

    def focus_entered(self) -> None:
        """The map took the keyboard: say which card it is on, after Qt named the map."""
        self._announced = None
        self._schedule_focus()

    def _schedule_focus(self, *_args: object) -> None:
        # Once the event loop is back: a selection made in steps (clear, then select; a
        # rubber band) is announced once, and one put back as it was is not announced.
        if QAccessible.isActive() and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._announce_focus)

    def _announce_focus(self) -> None:
        self._pending = False
        view = self._view
        if not view.hasFocus() or view.editor.is_editing():
            return
        card_id = self.current_card()
        if card_id is not None:
            if card_id != self._announced:
                self._announced = card_id
                self._send(QAccessibleEvent(self.part("card", card_id), Event.Focus))
            return
        cell = self._scene.current_cell
        if cell is None or cell == self._announced:
            return
        self._announced = cell
        message = cell_announcement(self._journey(), cell)
        self._send(QAccessibleAnnouncementEvent(view, message))

    def _on_editor_opened(self, card_id: str | None, cell: Cell) -> None:
        # The text being typed is not in the tree: at least say what is being typed where.
        if QAccessible.isActive():
            message = typing_announcement(self._reading(), card_id, cell)
            self._send(QAccessibleAnnouncementEvent(self._view, message))
