"""The inspector's form for one card: text, colour, tags, votes, owner and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from journeydesk.model.project import (
    MAX_LIST_ITEMS,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    MAX_VOTES,
    Card,
    short_label,
)
from journeydesk.ui.commands import EditCardCommand
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    LimitError,
    check_length,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours


def parse_tags(text: str) -> list[str]:
    """Split comma-separated tags, trimmed, empty ones dropped; raises ``LimitError``."""
    tags = [tag.strip() for tag in text.split(",")]
    tags = [tag for tag in tags if tag]
    if len(tags) > MAX_LIST_ITEMS:
        raise LimitError(f"There are {len(tags):,} tags; a card holds at most {MAX_LIST_ITEMS:,}.")
    for tag in tags:
        check_length(tag, MAX_SHORT_TEXT, f"The tag “{short_label(tag, 20)}” is", "a tag holds")
    return tags


class CardForm(ItemForm):
    """Shows one card and turns each finished edit into one ``EditCardCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Card", parent)
        self.text_edit = CommitTextEdit(5, "What the customer does, thinks or feels")
        self.colour_picker = SwatchPicker(palette_colours(), lane_option=True)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText("Comma-separated, e.g. quick win, web")
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(0, MAX_VOTES)
        self.votes_spin.setGroupSeparatorShown(True)
        self.votes_spin.setMaximumWidth(110)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText("Who follows this up")
        self.notes_edit = CommitTextEdit(4, "Evidence, source, quotes")
        self._add_field("text", "&Text:", self.text_edit, self.text_edit.editing_finished)
        self._add_field("colour", "Colour:", self.colour_picker)
        self._add_field("tags", "Ta&gs:", self.tags_edit, self.tags_edit.editingFinished)
        self._add_field("votes", "&Votes:", self.votes_spin, self.votes_spin.editingFinished)
        self._add_field("owner", "&Owner:", self.owner_edit, self.owner_edit.editingFinished)
        self._add_field("notes", "&Notes:", self.notes_edit, self.notes_edit.editing_finished)
        self.colour_picker.colour_picked.connect(lambda colour: self.commit("colour", colour))

    def _item(self) -> Card | None:
        if self.document is None:
            return None
        try:
            return self.document.card(self.item_id)
        except KeyError:
            return None

    def _values(self, item: Card) -> dict[str, Any]:
        return {
            "text": item.text,
            "colour": item.colour,
            "tags": list(item.tags),
            "votes": item.votes,
            "owner": item.owner,
            "notes": item.notes,
        }

    def _write(self, name: str, value: Any) -> None:
        if name == "text":
            set_plain_text(self.text_edit, value)
        elif name == "notes":
            set_plain_text(self.notes_edit, value)
        elif name == "owner":
            set_line_text(self.owner_edit, value)
        elif name == "tags":
            set_line_text(self.tags_edit, ", ".join(value))
        elif name == "votes" and self.votes_spin.value() != value:
            blocked = self.votes_spin.blockSignals(True)
            self.votes_spin.setValue(value)
            self.votes_spin.blockSignals(blocked)
        elif name == "colour":
            self.colour_picker.set_current(value)

    def _read(self, name: str) -> Any:
        if name == "text":
            text = self.text_edit.toPlainText()
            return check_length(text, MAX_TEXT, "The text is", "a card holds")
        if name == "notes":
            text = self.notes_edit.toPlainText()
            return check_length(text, MAX_TEXT, "The notes are", "a card's notes hold")
        if name == "owner":
            text = self.owner_edit.text()
            return check_length(text, MAX_SHORT_TEXT, "The owner is", "an owner holds")
        if name == "tags":
            return parse_tags(self.tags_edit.text())
        if name == "votes":
            return self.votes_spin.value()
        return self.colour_picker.current()

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        command = EditCardCommand(self.document, self.journey_id, self.item_id, fields)
        self.document.undo_stack.push(command)

    def _update_extras(self, item: Card) -> None:
        assert self.document is not None
        journey = self.document.journey(self.journey_id)
        try:
            lane, stage = journey.lane(item.lane_id), journey.stage(item.stage_id)
        except KeyError:  # the card is about to go with its lane or stage
            return
        self.colour_picker.set_lane_colour(lane.colour)
        lane_title = lane.title.strip() or "untitled lane"
        stage_title = stage.title.strip() or "untitled stage"
        self.subtitle.setText(f"Lane: {lane_title} · Stage: {stage_title}")
