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
        super().__init__("Map", parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Dinner at Forno Verde")
        self.scenario_edit = CommitTextEdit(3, "The situation this journey follows")
        self.notes_edit = CommitTextEdit(4, "Anything the team wants to keep with the map")
        self._add_field("title", "&Title:", self.title_edit, self.title_edit.editingFinished)
        self._add_field(
            "scenario", "&Scenario:", self.scenario_edit, self.scenario_edit.editing_finished
        )
        self._add_field("notes", "&Notes:", self.notes_edit, self.notes_edit.editing_finished)

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
            text = self.title_edit.text().strip()
            return check_length(text, MAX_SHORT_TEXT, "The title is", "a map's title holds")
        edit = self.scenario_edit if name == "scenario" else self.notes_edit
        noun = "scenario" if name == "scenario" else "notes"
        return check_length(edit.toPlainText(), MAX_TEXT, f"The {noun} is", "a map holds")

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        self.document.undo_stack.push(EditJourneyCommand(self.document, self.item_id, fields))

    def _update_extras(self, item: Journey) -> None:
        state = "Future state" if item.state.value == "future" else "Current state"
        self.subtitle.setText(f"{state} · {len(item.cards):,} cards")
