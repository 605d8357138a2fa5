"""The Edit, View and Map menu actions that work on the canvas on show."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from journeydesk.i18n import arg
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
)
from journeydesk.ui.document import Axis
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.shortcuts import DELETE, Keys, Shortcut, bind


class AxisTexts(NamedTuple):
    """What the stage or the lane actions say (each of the two has its own sentences)."""

    select: str
    last: str
    untitled: str
    title: str


class MapActions(QObject):
    """Creates the canvas actions once; each acts on whatever canvas is current."""

    #: Fires with a sentence for the status bar (nothing to paste, no cell chosen, ...).
    message = Signal(str)

    def __init__(self, window: QWidget, current_view: Callable[[], JourneyView | None]) -> None:
        super().__init__(window)
        self._window = window
        self._current_view = current_view
        make, view = self._action, self._on_view
        self.cut = make(
            self.tr("Cu&t"),
            self.tr("Move the selected cards to the clipboard"),
            self.cut_cards,
            Keys.Cut,
        )
        self.copy = make(
            self.tr("&Copy"), self.tr("Copy the selected cards"), self.copy_cards, Keys.Copy
        )
        self.paste = make(
            self.tr("&Paste"),
            self.tr("Paste cards or lines of text into the current cell"),
            self.paste_cards,
            Keys.Paste,
        )
        self.duplicate = make(
            self.tr("D&uplicate"),
            self.tr("Add a copy of the selected cards beside them"),
            view(lambda v: v.editor.duplicate_selected()),
            "Ctrl+D",
        )
        self.delete = make(
            self.tr("&Delete"),
            self.tr("Delete the selected cards"),
            view(JourneyView.delete_selection),
            *DELETE,
        )
        self.edit_text = make(
            self.tr("&Edit Card Text"),
            self.tr("Type into the selected card"),
            self.edit_card_text,
            "F2",
        )
        self.select_all = make(
            self.tr("Select &All Cards"),
            self.tr("Select every card of the map"),
            self.select_all_cards,
            Keys.SelectAll,
        )
        self.zoom_in = make(
            self.tr("Zoom &In"),
            self.tr("Show the map larger"),
            view(JourneyView.zoom_in),
            Keys.ZoomIn,
            "Ctrl+=",
        )
        self.zoom_out = make(
            self.tr("Zoom &Out"),
            self.tr("Show the map smaller"),
            view(JourneyView.zoom_out),
            Keys.ZoomOut,
        )
        self.zoom_fit = make(
            self.tr("&Fit Whole Map"),
            self.tr("Zoom so that the whole map fits the window"),
            view(JourneyView.zoom_to_fit),
            "Ctrl+0",
        )
        self.zoom_actual = make(
            self.tr("&Actual Size"),
            self.tr("Show the map at 100% zoom"),
            view(lambda v: v.set_zoom(1.0)),
            "Ctrl+1",
        )
        self.add_stage = make(
            self.tr("Add &Stage at End"),
            self.tr("Add a stage after the last one"),
            lambda: self.insert_axis_item("stages", None),
        )
        self.stage_before = make(
            self.tr("Insert Stage &Before"),
            self.tr("Add a stage before the selected one"),
            lambda: self.insert_axis_item("stages", 0),
        )
        self.stage_after = make(
            self.tr("Insert Stage &After"),
            self.tr("Add a stage after the selected one"),
            lambda: self.insert_axis_item("stages", 1),
        )
        self.stage_left = make(
            self.tr("Move Stage &Left"),
            self.tr("Move the selected stage one place to the left"),
            lambda: self.move_axis_item("stages", -1),
        )
        self.stage_right = make(
            self.tr("Move Stage &Right"),
            self.tr("Move the selected stage one place to the right"),
            lambda: self.move_axis_item("stages", 1),
        )
        self.delete_stage = make(
            self.tr("Delete Stage…"),
            self.tr("Delete the selected stage and its cards"),
            lambda: self.delete_axis_item("stages"),
        )
        self.add_lane = make(
            self.tr("Add &Lane at End"),
            self.tr("Add a lane below the last one"),
            lambda: self.insert_axis_item("lanes", None),
        )
        self.lane_above = make(
            self.tr("Insert Lane Abo&ve"),
            self.tr("Add a lane above the selected one"),
            lambda: self.insert_axis_item("lanes", 0),
        )
        self.lane_below = make(
            self.tr("Insert Lane Belo&w"),
            self.tr("Add a lane below the selected one"),
            lambda: self.insert_axis_item("lanes", 1),
        )
        self.lane_up = make(
            self.tr("Move Lane &Up"),
            self.tr("Move the selected lane one place up"),
            lambda: self.move_axis_item("lanes", -1),
        )
        self.lane_down = make(
            self.tr("Move Lane &Down"),
            self.tr("Move the selected lane one place down"),
            lambda: self.move_axis_item("lanes", 1),
        )
        self.delete_lane = make(
            self.tr("Delete Lane…"),
            self.tr("Delete the selected lane and its cards"),
            lambda: self.delete_axis_item("lanes"),
        )

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], *shortcuts: Shortcut
    ) -> QAction:
        action = bind(QAction(text, self._window), *shortcuts)
        action.setStatusTip(tip)
        action.setToolTip(tip)
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
            self.message.emit(self.tr("Select the cards to copy first."))
            return False
        document = view.journey_scene.document
        cards = [document.card(i) for i in view.journey_scene.selected_card_ids()]
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards))
        self.message.emit(self.tr("Copied %Ln card(s).", "", len(cards)))
        return True

    def cut_cards(self) -> None:
        """Copy the selected cards, then delete them (one undo step)."""
        view = self._current_view()
        if view is None or not self.copy_cards():
            return
        scene = view.journey_scene
        card_ids = scene.selected_card_ids()
        count = len(card_ids)
        text = self.tr("Cut Card") if count == 1 else self.tr("Cut %Ln Card(s)", "", count)
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
            self.message.emit(self.tr("Click a cell first: pasted cards go into the current cell."))
            return
        mime = QGuiApplication.clipboard().mimeData()
        cards = cards_from_mime(mime) if mime is not None else None
        if cards:
            count = len(cards)
            text = self.tr("Paste Card") if count == 1 else self.tr("Paste %Ln Card(s)", "", count)
            view.editor.add_cards(cell, cards, text)
        elif mime is not None and mime.hasText() and mime.text().strip():
            view.editor.add_cards_from_text(cell, mime.text())
        else:
            self.message.emit(
                self.tr("There is nothing to paste: copy cards or lines of text first.")
            )

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
            view.journey_scene.completion.complete()  # every card has its item
            for item in view.journey_scene.item_for_card.values():
                item.setSelected(True)

    # Stages and lanes.

    def target(self, axis: Axis) -> str | None:
        """The stage or lane to act on: the selected header, else the current cell's."""
        view = self._current_view()
        if view is None:
            return None
        scene = view.journey_scene
        for item in scene.selectedItems():
            if axis == "stages" and isinstance(item, StageHeaderItem):
                return item.stage_id
            if axis == "lanes" and isinstance(item, LaneHeaderItem):
                return item.lane_id
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
        number = QLocale().toString(len(items) + 1)
        if axis == "stages":
            item: Stage | Lane = Stage(title=arg(self.tr("Stage %1"), number))
        else:
            item = Lane(title=arg(self.tr("Lane %1"), number))
        scene.document.undo_stack.push(
            AddAxisItemCommand(scene.document, scene.journey_id, axis, item, index)
        )

    def move_axis_item(self, axis: Axis, step: int) -> None:
        """Move the target stage or lane one place."""
        view, target = self._current_view(), self.target(axis)
        if view is None or target is None:
            self.message.emit(self._text(axis).select)
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
        text = self._text(axis)
        if view is None or target is None:
            self.message.emit(text.select)
            return
        scene = view.journey_scene
        journey = scene.journey
        items = getattr(journey, axis)
        if len(items) == 1:
            self.message.emit(text.last)
            return
        field = "stage_id" if axis == "stages" else "lane_id"
        count = sum(1 for card in journey.cards if getattr(card, field) == target)
        title = next(item.title for item in items if item.id == target) or text.untitled
        if count:
            answer = messages.ask(
                self._window,
                text.title,
                self._delete_question(axis, title, count),
                Button.Yes | Button.Cancel,
                Button.Cancel,
            )
            if answer != Button.Yes:
                return
        scene.document.undo_stack.push(
            RemoveAxisItemCommand(scene.document, scene.journey_id, axis, target)
        )

    def _text(self, axis: Axis) -> AxisTexts:
        if axis == "stages":
            return AxisTexts(
                self.tr("Select a stage first."),
                self.tr("A map needs at least one stage."),
                self.tr("Untitled stage"),
                self.tr("Delete Stage"),
            )
        return AxisTexts(
            self.tr("Select a lane first."),
            self.tr("A map needs at least one lane."),
            self.tr("Untitled lane"),
            self.tr("Delete Lane"),
        )

    def _delete_question(self, axis: Axis, title: str, count: int) -> str:
        if axis == "stages":
            question = self.tr(
                "Delete the stage %1 and the %n card(s) in it? You can undo this with Edit > Undo.",
                "",
                count,
            )
        else:
            question = self.tr(
                "Delete the lane %1 and the %n card(s) in it? You can undo this with Edit > Undo.",
                "",
                count,
            )
        return arg(question, quoted(title))
