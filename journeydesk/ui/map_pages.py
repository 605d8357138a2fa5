"""The maps of a project as pages: new, rename, duplicate, delete and reorder, each undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from journeydesk.i18n import arg
from journeydesk.model.journeys import copy_journey, copy_title
from journeydesk.model.project import MAX_SHORT_TEXT
from journeydesk.ui import messages
from journeydesk.ui.dialogs.compare import CompareDialog
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.project_commands import (
    AddJourneyCommand,
    EditJourneyCommand,
    MoveJourneyCommand,
    RemoveJourneyCommand,
)

if TYPE_CHECKING:
    from journeydesk.ui.document import Document
    from journeydesk.ui.main_window import MainWindow


class MapPages(QObject):
    """The Map menu's page actions, and what the tabs ask for (drag, double-click, menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_map = self._action(
            self.tr("&New Map from Template…"),
            self.tr("Add a map made from a template after the one on show"),
            self.add_from_template,
        )
        self.rename_map = self._action(
            self.tr("&Rename Map…"), self.tr("Give the map on show another title"), self.rename
        )
        self.duplicate_map = self._action(
            self.tr("D&uplicate Map"),
            self.tr("Copy the map on show, cards and all, next to it"),
            self.duplicate,
        )
        self.delete_map = self._action(
            self.tr("De&lete Map…"),
            self.tr("Delete the map on show and its cards (after asking)"),
            self.delete,
        )
        self.future_state = self._action(
            self.tr("Create &Future State"),
            self.tr("Copy the map on show as its future state, linked to it"),
            self.create_future,
        )
        self.compare_states = self._action(
            self.tr("&Compare with Current State…"),
            self.tr("Show what the future state on show changes about its current state"),
            self.compare,
        )
        tabs = window.map_tabs
        tabs.moved.connect(self._on_moved)
        tabs.rename_requested.connect(self.rename)
        tabs.menu_requested.connect(self._show_menu)

    def _action(self, text: str, tip: str, slot: Callable[..., object]) -> QAction:
        """An action of the map on show: ``slot`` is called without arguments."""
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        """The page actions, for the Map menu and the tab menu."""
        return [
            self.new_map,
            self.rename_map,
            self.duplicate_map,
            self.future_state,
            self.compare_states,
            self.delete_map,
        ]

    @property
    def document(self) -> Document:
        assert self.window.document is not None
        return self.window.document

    def _current(self, journey_id: str | None) -> str | None:
        if journey_id is not None:
            return journey_id
        view = self.window.map_tabs.current_view()
        return view.journey_scene.journey_id if view is not None else None

    def _index_after(self, journey_id: str | None) -> int:
        ids = [journey.id for journey in self.document.project.journeys]
        return ids.index(journey_id) + 1 if journey_id in ids else len(ids)

    @Slot()
    def add_from_template(self) -> None:
        """Ask for a template and a title; add the new map after the one on show."""
        if not self.window.commit_edits():
            return
        dialog = NewFromTemplateDialog(self.window)
        dialog.setWindowTitle(self.tr("New Map"))
        if dialog.exec() != NewFromTemplateDialog.DialogCode.Accepted:
            return
        journey = dialog.selected_template().create_project(dialog.map_title()).journeys[0]
        index = self._index_after(self._current(None))
        self.document.undo_stack.push(
            AddJourneyCommand(self.document, index, journey, self.tr("New Map"))
        )
        self.window.map_tabs.show_journey(journey.id)

    def rename(self, journey_id: str | None = None) -> None:
        """Ask for a new title of a map (the one on show by default)."""
        journey_id = self._current(journey_id)
        if journey_id is None or not self.window.commit_edits():
            return
        current = self.document.journey(journey_id).title
        title, accepted = QInputDialog.getText(
            self.window,
            self.tr("Rename Map"),
            self.tr("Title of the map:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        title = title.strip()[:MAX_SHORT_TEXT]
        if accepted and title and title != current:
            self.document.undo_stack.push(
                EditJourneyCommand(self.document, journey_id, {"title": title})
            )

    def duplicate(self, journey_id: str | None = None) -> None:
        """Copy a map, cards and all, next to it."""
        journey_id = self._current(journey_id)
        if journey_id is None or not self.window.commit_edits():
            return
        original = self.document.journey(journey_id)
        taken = {journey.title for journey in self.document.project.journeys}
        copy = copy_journey(original, copy_title(original.title, taken))
        index = self._index_after(journey_id)
        self.document.undo_stack.push(
            AddJourneyCommand(self.document, index, copy, self.tr("Duplicate Map"))
        )
        self.window.map_tabs.show_journey(copy.id)

    def create_future(self, journey_id: str | None = None) -> None:
        """Copy a map as its future state, linked to it (stages and cards name their source)."""
        journey_id = self._current(journey_id)
        if journey_id is None or not self.window.commit_edits():
            return
        original = self.document.journey(journey_id)
        taken = {journey.title for journey in self.document.project.journeys}
        title = arg(self.tr("%1 (future state)"), original.title or self.tr("Untitled map"))
        if title in taken:
            title = copy_title(title, taken)
        future = copy_journey(original, title, future=True)
        index = self._index_after(journey_id)
        self.document.undo_stack.push(
            AddJourneyCommand(self.document, index, future, self.tr("Create Future State"))
        )
        self.window.map_tabs.show_journey(future.id)

    def compare(self, journey_id: str | None = None) -> None:
        """Show what a future state changes about the map it was made from."""
        journey_id = self._current(journey_id)
        if journey_id is None or not self.window.commit_edits():
            return
        future = self.document.journey(journey_id)
        try:
            current = self.document.journey(future.source_journey_id or "")
        except KeyError:
            self.window.statusBar().showMessage(
                self.tr(
                    "This map is not a future state: choose Create Future State on a current "
                    "state first, then compare the copy with it."
                ),
                8000,
            )
            return
        CompareDialog(current, future, self.window).exec()

    def delete(self, journey_id: str | None = None) -> None:
        """Delete a map after asking (the last map of a project stays)."""
        journey_id = self._current(journey_id)
        if journey_id is None or not self.window.commit_edits():
            return
        document = self.document
        if len(document.project.journeys) < 2:
            self.window.statusBar().showMessage(
                self.tr("A project keeps at least one map: add another before deleting this one."),
                8000,
            )
            return
        journey = document.journey(journey_id)
        question = self.tr(
            "Delete the map %1 and the %n card(s) on it? You can undo this with Edit > Undo.",
            "",
            len(journey.cards),
        )
        answer = messages.ask(
            self.window,
            self.tr("Delete Map"),
            arg(question, quoted(journey.title or self.tr("Untitled map"))),
            Button.Yes | Button.Cancel,
            Button.Cancel,
            labels={Button.Yes: self.tr("Delete")},
        )
        if answer == Button.Yes:
            document.undo_stack.push(RemoveJourneyCommand(document, journey_id))

    @Slot(str, int)
    def _on_moved(self, journey_id: str, index: int) -> None:
        self.document.undo_stack.push(MoveJourneyCommand(self.document, journey_id, index))

    @Slot(str, QPoint)
    def _show_menu(self, journey_id: str, position: QPoint) -> None:
        menu = QMenu(self.window)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(journey_id))
        menu.addAction(self.tr("D&uplicate"), lambda: self.duplicate(journey_id))
        menu.addAction(self.tr("Create &Future State"), lambda: self.create_future(journey_id))
        menu.addAction(self.tr("De&lete…"), lambda: self.delete(journey_id))
        menu.addSeparator()
        menu.addAction(self.new_map)
        menu.exec(position)
