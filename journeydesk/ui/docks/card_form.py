"""The inspector's form for one card: text, colour, tags, votes, owner and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.model.project import (
    MAX_LIST_ITEMS,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    MAX_VOTES,
    Card,
)
from journeydesk.ui.commands import EditCardCommand
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    LimitError,
    check_length,
    count,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours
from journeydesk.ui.messages import quoted


class InspectorTagText(Translatable):
    """Texts about a card's tags, typed in the inspector."""


def parse_tags(text: str) -> list[str]:
    """Split comma-separated tags, trimmed, empty ones dropped; raises ``LimitError``."""
    tags = [tag.strip() for tag in text.split(",")]
    tags = [tag for tag in tags if tag]
    if len(tags) > MAX_LIST_ITEMS:
        sentence = InspectorTagText.tr("There are %1 tags; a card holds at most %2.")
        raise LimitError(arg(sentence, count(len(tags)), count(MAX_LIST_ITEMS)))
    for tag in tags:
        if len(tag) > MAX_SHORT_TEXT:
            sentence = InspectorTagText.tr("The tag %1 is %2 characters; a tag holds at most %3.")
            length, limit = count(len(tag)), count(MAX_SHORT_TEXT)
            raise LimitError(arg(sentence, quoted(tag, 20), length, limit))
    return tags


class CardForm(ItemForm):
    """Shows one card and turns each finished edit into one ``EditCardCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Card"), parent)
        self.text_edit = CommitTextEdit(5, self.tr("What the customer does, thinks or feels"))
        self.colour_picker = SwatchPicker(palette_colours(), lane_option=True)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. quick win, web"))
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(0, MAX_VOTES)
        self.votes_spin.setGroupSeparatorShown(True)
        self.votes_spin.setMaximumWidth(110)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who follows this up"))
        self.notes_edit = CommitTextEdit(4, self.tr("Evidence, source, quotes"))
        self._add_field(
            "text",
            self.tr("&Text:"),
            self.text_edit,
            (self.tr("Card text"), self.tr("What the card says on the map")),
            self.text_edit.editing_finished,
        )
        self._add_field(
            "colour",
            self.tr("Colour:"),
            self.colour_picker,
            (self.tr("Card colour"), self.tr("The card's colour, or its lane's colour")),
        )
        self._add_field(
            "tags",
            self.tr("Ta&gs:"),
            self.tags_edit,
            (self.tr("Tags"), self.tr("The card's tags, separated by commas")),
            self.tags_edit.editingFinished,
        )
        self._add_field(
            "votes",
            self.tr("&Votes:"),
            self.votes_spin,
            (self.tr("Votes"), self.tr("How many dots the card has from dot voting")),
            self.votes_spin.editingFinished,
        )
        self._add_field(
            "owner",
            self.tr("&Owner:"),
            self.owner_edit,
            (self.tr("Owner"), self.tr("Who follows the card up")),
            self.owner_edit.editingFinished,
        )
        self._add_field(
            "notes",
            self.tr("&Notes:"),
            self.notes_edit,
            (self.tr("Card notes"), self.tr("Evidence, sources and quotes behind the card")),
            self.notes_edit.editing_finished,
        )
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
            sentence = self.tr("The text is %1 characters; a card holds at most %2.")
            return check_length(self.text_edit.toPlainText(), MAX_TEXT, sentence)
        if name == "notes":
            sentence = self.tr("The notes are %1 characters; a card's notes hold at most %2.")
            return check_length(self.notes_edit.toPlainText(), MAX_TEXT, sentence)
        if name == "owner":
            sentence = self.tr("The owner is %1 characters; an owner holds at most %2.")
            return check_length(self.owner_edit.text(), MAX_SHORT_TEXT, sentence)
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
        lane_title = lane.title.strip() or self.tr("untitled lane")
        stage_title = stage.title.strip() or self.tr("untitled stage")
        self.subtitle.setText(arg(self.tr("Lane: %1 · Stage: %2"), lane_title, stage_title))
