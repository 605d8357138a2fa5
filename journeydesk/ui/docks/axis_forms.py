"""The inspector's forms for a stage (title, description, goal) and a lane (title, kind, colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.project import MAX_SHORT_TEXT, MAX_TEXT, Lane, LaneKind, Stage
from journeydesk.ui.commands import EditAxisItemCommand, SetEmotionCommand
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    check_length,
    count,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours

#: How each score reads in the stage's inspector, from delighted to frustrated.
FEELINGS = (
    (2, QT_TRANSLATE_NOOP("StageForm", "+2  delighted")),
    (1, QT_TRANSLATE_NOOP("StageForm", "+1  pleased")),
    (0, QT_TRANSLATE_NOOP("StageForm", "0  neutral")),
    (-1, QT_TRANSLATE_NOOP("StageForm", "-1  annoyed")),
    (-2, QT_TRANSLATE_NOOP("StageForm", "-2  frustrated")),
)
#: What a lane can hold, as the lane's form offers it.
KINDS = {
    LaneKind.CARDS: QT_TRANSLATE_NOOP("LaneForm", "Cards"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("LaneForm", "Emotion curve"),
    LaneKind.DIVIDER: QT_TRANSLATE_NOOP("LaneForm", "Divider"),
}


class StageForm(ItemForm):
    """Shows one stage and turns each finished edit into one ``EditAxisItemCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stage"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Awareness"))
        self.description_edit = CommitTextEdit(3, self.tr("What happens in this stage"))
        self.goal_edit = CommitTextEdit(2, self.tr("What the customer wants to achieve here"))
        self._add_field(
            "title",
            self.tr("&Title:"),
            self.title_edit,
            (self.tr("Stage title"), self.tr("The stage's name, shown in its header")),
            self.title_edit.editingFinished,
        )
        self._add_field(
            "description",
            self.tr("&Description:"),
            self.description_edit,
            (self.tr("Stage description"), self.tr("What happens in this stage")),
            self.description_edit.editing_finished,
        )
        self._add_field(
            "goal",
            self.tr("Customer &goal:"),
            self.goal_edit,
            (self.tr("Customer goal"), self.tr("What the customer wants to achieve here")),
            self.goal_edit.editing_finished,
        )
        self.feeling_combo = QComboBox()
        self.feeling_combo.addItem(self.tr("Not scored"), None)
        for score, words in FEELINGS:
            self.feeling_combo.addItem(self.tr(words), score)
        self._add_field(
            "feeling",
            self.tr("&Feeling:"),
            self.feeling_combo,
            (self.tr("Feeling"), self.tr("How the customer feels here, for the emotion curve")),
        )
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
            sentence = self.tr("The title is %1 characters; a stage's title holds at most %2.")
            return check_length(self.title_edit.text(), MAX_SHORT_TEXT, sentence)
        if name == "description":
            sentence = self.tr("The description is %1 characters; a stage holds at most %2.")
            return check_length(self.description_edit.toPlainText(), MAX_TEXT, sentence)
        sentence = self.tr("The goal is %1 characters; a stage's goal holds at most %2.")
        return check_length(self.goal_edit.toPlainText(), MAX_TEXT, sentence)

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
        self.subtitle.setText(arg(self.tr("Stage %1 of %2"), count(index + 1), count(len(stages))))


class LaneForm(ItemForm):
    """Shows one lane; refuses to make a lane that holds cards a divider, saying why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lane"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Pain points"))
        self.kind_combo = QComboBox()
        for kind, label in KINDS.items():
            self.kind_combo.addItem(self.tr(label), kind)
        self.colour_picker = SwatchPicker(palette_colours(with_default=True), custom_option=True)
        self._add_field(
            "title",
            self.tr("&Title:"),
            self.title_edit,
            (self.tr("Lane title"), self.tr("The lane's name, shown in its header")),
            self.title_edit.editingFinished,
        )
        self._add_field(
            "kind",
            self.tr("&Kind:"),
            self.kind_combo,
            (self.tr("Lane kind"), self.tr("Whether the lane holds cards, a curve or a line")),
        )
        self._add_field(
            "colour",
            self.tr("Colour:"),
            self.colour_picker,
            (self.tr("Lane colour"), self.tr("The colour of the lane's header and cards")),
        )
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
        held = self.card_count()
        if kind is LaneKind.DIVIDER and held:
            self._write("kind", item.kind)
            self.set_problem(
                "kind",
                self.tr(
                    "This lane holds %n card(s), and a divider line cannot hold cards. "
                    "Move or delete its cards first, then make the lane a divider.",
                    "",
                    held,
                ),
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
            sentence = self.tr("The title is %1 characters; a lane's title holds at most %2.")
            return check_length(self.title_edit.text(), MAX_SHORT_TEXT, sentence)
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
        where = (count(index + 1), count(len(lanes)))
        if cards:
            text = self.tr("Lane %1 of %2 · %n card(s)", "", cards)
        elif item.kind is LaneKind.CARDS:
            text = self.tr("Lane %1 of %2 · no cards")
        else:
            text = self.tr("Lane %1 of %2")
        self.subtitle.setText(arg(text, *where))
