"""The Edit, View and Map menu actions that work on the canvas on show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from journeydesk.model.project import Lane, Stage
from journeydesk.ui import messages
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.clipboard import cards_from_mime, cards_to_mime
from journeydesk.ui.commands import (
    AddAxisItemCommand,
    MoveAxisItemCommand,
    RemoveAxisItemCommand,
    RemoveCardsCommand,
    plural,
)
from journeydesk.ui.document import Axis
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.shortcuts import DELETE, Keys, Shortcut, bind


class MapActions(QObject):
    """Creates the canvas actions once; each acts on whatever canvas is current."""

    #: Fires with a sentence for the status bar (nothing to paste, no cell chosen, ...).
    message = Signal(str)

    def __init__(self, window: QWidget, current_view: Callable[[], JourneyView | None]) -> None:
        super().__init__(window)
        self._window = window
        self._current_view = current_view
        make = self._action
        self.cut = make("Cu&t", self.cut_cards, Keys.Cut)
        self.copy = make("&Copy", self.copy_cards, Keys.Copy)
        self.paste = make("&Paste", self.paste_cards, Keys.Paste)
        self.duplicate = make(
            "D&uplicate", self._on_view(lambda v: v.editor.duplicate_selected()), "Ctrl+D"
        )
        self.delete = make("&Delete", self._on_view(JourneyView.delete_selection), *DELETE)
        self.edit_text = make("&Edit Card Text", self.edit_card_text, "F2")
        self.select_all = make("Select &All Cards", self.select_all_cards, Keys.SelectAll)
        self.zoom_in = make("Zoom &In", self._on_view(JourneyView.zoom_in), Keys.ZoomIn, "Ctrl+=")
        self.zoom_out = make("Zoom &Out", self._on_view(JourneyView.zoom_out), Keys.ZoomOut)
        self.zoom_fit = make("&Fit Whole Map", self._on_view(JourneyView.zoom_to_fit), "Ctrl+0")
        self.zoom_actual = make("&Actual Size", self._on_view(lambda v: v.set_zoom(1.0)), "Ctrl+1")
        self.add_stage = make("Add &Stage at End", lambda: self.insert_axis_item("stages", None))
        self.stage_before = make("Insert Stage &Before", lambda: self.insert_axis_item("stages", 0))
        self.stage_after = make("Insert Stage &After", lambda: self.insert_axis_item("stages", 1))
        self.stage_left = make("Move Stage &Left", lambda: self.move_axis_item("stages", -1))
        self.stage_right = make("Move Stage &Right", lambda: self.move_axis_item("stages", 1))
        self.delete_stage = make("Delete Stage…", lambda: self.delete_axis_item("stages"))
        self.add_lane = make("Add &Lane at End", lambda: self.insert_axis_item("lanes", None))
        self.lane_above = make("Insert Lane Abo&ve", lambda: self.insert_axis_item("lanes", 0))
        self.lane_below = make("Insert Lane Belo&w", lambda: self.insert_axis_item("lanes", 1))
        self.lane_up = make("Move Lane &Up", lambda: self.move_axis_item("lanes", -1))
        self.lane_down = make("Move Lane &Down", lambda: self.move_axis_item("lanes", 1))
        self.delete_lane = make("Delete Lane…", lambda: self.delete_axis_item("lanes"))

    def _action(self, text: str, slot: Callable[[], object], *shortcuts: Shortcut) -> QAction:
        action = bind(QAction(text, self._window), *shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _on_view(self, function: Callable[[JourneyView], object]) -> Callable[[], None]:
        def run() -> None:
            view = self._current_view()
            if view is not None:
                function(view)

        return run

    def fill_edit_menu(self, menu: QMenu) -> None:
        """Add the card actions to the Edit menu."""
        for action in (self.cut, self.copy, self.paste, self.duplicate, self.delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.edit_text)
        menu.addAction(self.select_all)

    def fill_view_menu(self, menu: QMenu) -> None:
        """Add the zoom actions to the View menu."""
        for action in (self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_actual):
            menu.addAction(action)

    def fill_map_menu(self, menu: QMenu) -> None:
        """Add the stage and lane actions to the Map menu."""
        self.fill_stage_menu(menu)
        menu.addSeparator()
        self.fill_lane_menu(menu)

    def fill_stage_menu(self, menu: QMenu) -> None:
        """The stage actions (also the stage header's context menu)."""
        for action in (self.add_stage, self.stage_before, self.stage_after):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.stage_left, self.stage_right, self.delete_stage):
            menu.addAction(action)

    def fill_lane_menu(self, menu: QMenu) -> None:
        """The lane actions (also the lane header's context menu)."""
        for action in (self.add_lane, self.lane_above, self.lane_below):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.lane_up, self.lane_down, self.delete_lane):
            menu.addAction(action)

    def show_header_menu(self, axis: str, position: QPoint) -> None:
        """The context menu of a stage or lane header (the header is selected already)."""
        menu = QMenu(self._window)
        if axis == "stages":
            self.fill_stage_menu(menu)
        else:
            self.fill_lane_menu(menu)
        menu.exec(position)

    # Cards.

    def copy_cards(self) -> bool:
        """Copy the selected cards; False if none are selected."""
        view = self._current_view()
        if view is None or not view.journey_scene.selected_card_ids():
            self.message.emit("Select the cards to copy first.")
            return False
        document = view.journey_scene.document
        cards = [document.card(i) for i in view.journey_scene.selected_card_ids()]
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        self.message.emit(f"Copied {len(cards)} card{'s' if len(cards) != 1 else ''}.")
        return True

    def cut_cards(self) -> None:
        """Copy the selected cards, then delete them (one undo step)."""
        view = self._current_view()
        if view is None or not self.copy_cards():
            return
        scene = view.journey_scene
        card_ids = scene.selected_card_ids()
        text = f"Cut {plural(len(card_ids), 'Card')}"
        scene.document.undo_stack.push(
            RemoveCardsCommand(scene.document, scene.journey_id, card_ids, text)
        )

    def paste_cards(self) -> None:
        """Paste cards (or one card per line of text) into the current cell."""
        view = self._current_view()
        if view is None:
            return
        scene = view.journey_scene
        cell = scene.current_cell
        if cell is None:
            self.message.emit("Click a cell first: pasted cards go into the current cell.")
            return
        mime = QGuiApplication.clipboard().mimeData()
        cards = cards_from_mime(mime) if mime is not None else None
        if cards:
            view.editor.add_cards(cell, cards, f"Paste {plural(len(cards), 'Card')}")
        elif mime is not None and mime.hasText() and mime.text().strip():
            view.editor.add_cards_from_text(cell, mime.text())
        else:
            self.message.emit("There is nothing to paste: copy cards or lines of text first.")

    def edit_card_text(self) -> None:
        """Type into the selected card."""
        view = self._current_view()
        if view is not None:
            selected = view.journey_scene.selected_card_ids()
            if len(selected) == 1:
                view.editor.begin_edit(selected[0])

    def select_all_cards(self) -> None:
        """Select every card of the map."""
        view = self._current_view()
        if view is not None:
            for item in view.journey_scene.item_for_card.values():
                item.setSelected(True)

    # Stages and lanes.

    def target(self, axis: Axis) -> str | None:
        """The stage or lane to act on: the selected header, else the current cell's."""
        view = self._current_view()
        if view is None:
            return None
        scene = view.journey_scene
        kind = StageHeaderItem if axis == "stages" else LaneHeaderItem
        for item in scene.selectedItems():
            if isinstance(item, kind):
                return item.stage_id if axis == "stages" else item.lane_id
        if scene.current_cell is not None:
            return scene.current_cell[1] if axis == "stages" else scene.current_cell[0]
        return None

    def insert_axis_item(self, axis: Axis, offset: int | None) -> None:
        """Add a stage or lane at the end (offset None), before (0) or after (1) the target."""
        view = self._current_view()
        if view is None:
            return
        scene = view.journey_scene
        items = getattr(scene.journey, axis)
        target = self.target(axis)
        if offset is None or target is None:
            index = len(items)
        else:
            index = next(i for i, item in enumerate(items) if item.id == target) + offset
        number = len(items) + 1
        item = Stage(title=f"Stage {number}") if axis == "stages" else Lane(title=f"Lane {number}")
        scene.document.undo_stack.push(
            AddAxisItemCommand(scene.document, scene.journey_id, axis, item, index)
        )

    def move_axis_item(self, axis: Axis, step: int) -> None:
        """Move the target stage or lane one place."""
        view, target = self._current_view(), self.target(axis)
        if view is None or target is None:
            self.message.emit(f"Select a {'stage' if axis == 'stages' else 'lane'} first.")
            return
        scene = view.journey_scene
        items = getattr(scene.journey, axis)
        index = next(i for i, item in enumerate(items) if item.id == target) + step
        command = MoveAxisItemCommand(scene.document, scene.journey_id, axis, target, index)
        if not command.is_noop():
            scene.document.undo_stack.push(command)

    def delete_axis_item(self, axis: Axis) -> None:
        """Delete the target stage or lane, asking first when it holds cards."""
        view, target = self._current_view(), self.target(axis)
        noun = "stage" if axis == "stages" else "lane"
        if view is None or target is None:
            self.message.emit(f"Select a {noun} first.")
            return
        scene = view.journey_scene
        journey = scene.journey
        items = getattr(journey, axis)
        if len(items) == 1:
            self.message.emit(f"A map needs at least one {noun}.")
            return
        field = "stage_id" if axis == "stages" else "lane_id"
        count = sum(1 for card in journey.cards if getattr(card, field) == target)
        title = next(item.title for item in items if item.id == target) or f"Untitled {noun}"
        if count:
            answer = messages.ask(
                self._window,
                f"Delete {noun.capitalize()}",
                f"Delete the {noun} {quoted(title)} and the {plural(count, 'card')} in it? "
                "You can undo this with Edit > Undo.",
                Button.Yes | Button.Cancel,
                Button.Cancel,
            )
            if answer != Button.Yes:
                return
        scene.document.undo_stack.push(
            RemoveAxisItemCommand(scene.document, scene.journey_id, axis, target)
        )
