"""The inspector's forms for a stage (title, description, goal) and a lane (title, kind, colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journeydesk.layout.labels import KIND_LABELS
from journeydesk.model.project import MAX_SHORT_TEXT, MAX_TEXT, Lane, LaneKind, Stage
from journeydesk.ui.commands import EditAxisItemCommand, SetEmotionCommand
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    check_length,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours

#: How each score reads in the stage's inspector, from delighted to frustrated.
FEELINGS = (
    (2, "delighted"),
    (1, "pleased"),
    (0, "neutral"),
    (-1, "annoyed"),
    (-2, "frustrated"),
)


def _cards(count: int) -> str:
    """ "1 card", "3 cards": a count of cards in words."""
    return f"{count:,} card" if count == 1 else f"{count:,} cards"


class StageForm(ItemForm):
    """Shows one stage and turns each finished edit into one ``EditAxisItemCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Stage", parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Awareness")
        self.description_edit = CommitTextEdit(3, "What happens in this stage")
        self.goal_edit = CommitTextEdit(2, "What the customer wants to achieve here")
        self._add_field("title", "&Title:", self.title_edit, self.title_edit.editingFinished)
        self._add_field(
            "description",
            "&Description:",
            self.description_edit,
            self.description_edit.editing_finished,
        )
        self._add_field("goal", "Customer &goal:", self.goal_edit, self.goal_edit.editing_finished)
        self.feeling_combo = QComboBox()
        self.feeling_combo.addItem("Not scored", None)
        for score, words in FEELINGS:
            self.feeling_combo.addItem(f"{score:+d}  {words}" if score else f"0  {words}", score)
        self._add_field("feeling", "&Feeling:", self.feeling_combo)
        self.feeling_combo.currentIndexChanged.connect(self._on_feeling_picked)

    def _on_feeling_picked(self, _index: int) -> None:
        if not self.feeling_combo.signalsBlocked():
            self.commit("feeling")

    def _item(self) -> Stage | None:
        if self.document is None:
            return None
        try:
            return self.document.journey(self.journey_id).stage(self.item_id)
        except KeyError:
            return None

    def _values(self, item: Stage) -> dict[str, Any]:
        assert self.document is not None
        feeling = self.document.journey(self.journey_id).emotions.get(item.id)
        return {
            "title": item.title,
            "description": item.description,
            "goal": item.goal,
            "feeling": feeling,
        }

    def _write(self, name: str, value: Any) -> None:
        if name == "feeling":
            blocked = self.feeling_combo.blockSignals(True)
            self.feeling_combo.setCurrentIndex(self.feeling_combo.findData(value))
            self.feeling_combo.blockSignals(blocked)
        elif name == "title":
            set_line_text(self.title_edit, value)
        else:
            set_plain_text(
                self.description_edit if name == "description" else self.goal_edit, value
            )

    def _read(self, name: str) -> Any:
        if name == "feeling":
            return self.feeling_combo.currentData()
        if name == "title":
            text = self.title_edit.text()
            return check_length(text, MAX_SHORT_TEXT, "The title is", "a stage's title holds")
        if name == "description":
            text = self.description_edit.toPlainText()
            return check_length(text, MAX_TEXT, "The description is", "a stage holds")
        text = self.goal_edit.toPlainText()
        return check_length(text, MAX_TEXT, "The goal is", "a stage's goal holds")

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        if "feeling" in fields:
            feeling = fields.pop("feeling")
            command = SetEmotionCommand(self.document, self.journey_id, self.item_id, feeling)
            if not command.is_noop():
                self.document.undo_stack.push(command)
        if fields:
            self.document.undo_stack.push(
                EditAxisItemCommand(self.document, self.journey_id, "stages", self.item_id, fields)
            )

    def _update_extras(self, item: Stage) -> None:
        assert self.document is not None
        stages = self.document.journey(self.journey_id).stages
        index = next(i for i, stage in enumerate(stages) if stage.id == item.id)
        self.subtitle.setText(f"Stage {index + 1} of {len(stages)}")


class LaneForm(ItemForm):
    """Shows one lane; refuses to make a lane that holds cards a divider, saying why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Lane", parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Pain points")
        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        self.colour_picker = SwatchPicker(palette_colours(with_default=True), custom_option=True)
        self._add_field("title", "&Title:", self.title_edit, self.title_edit.editingFinished)
        self._add_field("kind", "&Kind:", self.kind_combo)
        self._add_field("colour", "Colour:", self.colour_picker)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        self.colour_picker.colour_picked.connect(lambda colour: self.commit("colour", colour))

    def card_count(self) -> int:
        """The number of cards in the lane shown."""
        if self.document is None:
            return 0
        journey = self.document.journey(self.journey_id)
        return sum(1 for card in journey.cards if card.lane_id == self.item_id)

    def _on_kind_chosen(self, index: int) -> None:
        item = self._item()
        if item is None:
            return
        kind = LaneKind(self.kind_combo.itemData(index))
        count = self.card_count()
        if kind is LaneKind.DIVIDER and count:
            self._write("kind", item.kind)
            self.set_problem(
                "kind",
                f"This lane holds {_cards(count)}, and a divider line cannot "
                "hold cards. Move or delete its cards first, then make the lane a divider.",
            )
            return
        self.commit("kind", kind)

    def _item(self) -> Lane | None:
        if self.document is None:
            return None
        try:
            return self.document.journey(self.journey_id).lane(self.item_id)
        except KeyError:
            return None

    def _values(self, item: Lane) -> dict[str, Any]:
        return {"title": item.title, "kind": item.kind, "colour": item.colour}

    def _write(self, name: str, value: Any) -> None:
        if name == "title":
            set_line_text(self.title_edit, value)
        elif name == "kind":
            blocked = self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(LaneKind(value)))
            self.kind_combo.blockSignals(blocked)
        elif name == "colour":
            self.colour_picker.set_current(value)

    def _read(self, name: str) -> Any:
        if name == "title":
            text = self.title_edit.text()
            return check_length(text, MAX_SHORT_TEXT, "The title is", "a lane's title holds")
        if name == "kind":
            return LaneKind(self.kind_combo.currentData())
        return self.colour_picker.current()

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        command = EditAxisItemCommand(self.document, self.journey_id, "lanes", self.item_id, fields)
        self.document.undo_stack.push(command)

    def _update_extras(self, item: Lane) -> None:
        assert self.document is not None
        lanes = self.document.journey(self.journey_id).lanes
        index = next(i for i, lane in enumerate(lanes) if lane.id == item.id)
        cards = self.card_count()
        held = f" · {_cards(cards)}" if cards else " · no cards"
        if item.kind is not LaneKind.CARDS and not cards:
            held = ""
        self.subtitle.setText(f"Lane {index + 1} of {len(lanes)}{held}")
