"""The inspector's form of a map itself: its title, scenario and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from journeydesk.model.project import MAX_SHORT_TEXT, MAX_TEXT, Journey
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    check_length,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.project_commands import EditJourneyCommand


class MapForm(ItemForm):
    """Shows one map (click the map's title, top left); each edit is one undo step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Map"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Dinner at Forno Verde"))
        self.scenario_edit = CommitTextEdit(3, self.tr("The situation this journey follows"))
        self.notes_edit = CommitTextEdit(4, self.tr("Anything the team wants to keep with the map"))
        self._add_field(
            "title",
            self.tr("&Title:"),
            self.title_edit,
            (self.tr("Map title"), self.tr("The map's name, shown top left and on its tab")),
            self.title_edit.editingFinished,
        )
        self._add_field(
            "scenario",
            self.tr("&Scenario:"),
            self.scenario_edit,
            (self.tr("Scenario"), self.tr("The situation this journey follows")),
            self.scenario_edit.editing_finished,
        )
        self._add_field(
            "notes",
            self.tr("&Notes:"),
            self.notes_edit,
            (self.tr("Map notes"), self.tr("Anything the team wants to keep with the map")),
            self.notes_edit.editing_finished,
        )

    def _item(self) -> Journey | None:
        if self.document is None:
            return None
        try:
            return self.document.journey(self.item_id)
        except KeyError:
            return None

    def _values(self, item: Journey) -> dict[str, Any]:
        return {"title": item.title, "scenario": item.scenario, "notes": item.notes}

    def _write(self, name: str, value: Any) -> None:
        if name == "title":
            set_line_text(self.title_edit, value)
        else:
            set_plain_text(self.scenario_edit if name == "scenario" else self.notes_edit, value)

    def _read(self, name: str) -> Any:
        if name == "title":
            sentence = self.tr("The title is %1 characters; a map's title holds at most %2.")
            return check_length(self.title_edit.text().strip(), MAX_SHORT_TEXT, sentence)
        if name == "scenario":
            sentence = self.tr("The scenario is %1 characters; a map holds at most %2.")
            return check_length(self.scenario_edit.toPlainText(), MAX_TEXT, sentence)
        sentence = self.tr("The notes are %1 characters; a map holds at most %2.")
        return check_length(self.notes_edit.toPlainText(), MAX_TEXT, sentence)

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        self.document.undo_stack.push(EditJourneyCommand(self.document, self.item_id, fields))

    def _update_extras(self, item: Journey) -> None:
        if item.state.value == "future":
            text = self.tr("Future state · %n card(s)", "", len(item.cards))
        else:
            text = self.tr("Current state · %n card(s)", "", len(item.cards))
        self.subtitle.setText(text)
