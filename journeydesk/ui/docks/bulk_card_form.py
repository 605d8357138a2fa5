"""The inspector with several cards selected: colour, tags and owner for all of them at once.

Each change is one undo step for every selected card (``EditCardsCommand``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from journeydesk.i18n import arg
from journeydesk.model.project import MAX_LIST_ITEMS, MAX_SHORT_TEXT, Card
from journeydesk.ui.commands import EditCardsCommand
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.docks.card_form import parse_tags
from journeydesk.ui.docks.form_fields import PROBLEM_STYLE, LimitError, check_length, count
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours
from journeydesk.ui.document import Document
from journeydesk.ui.widgets import plain_label


class BulkCardForm(QWidget):
    """Edits the shared fields of several cards of one map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.journey_id = ""
        self.card_ids: list[str] = []
        self.colour_picker = describe(
            SwatchPicker(palette_colours(), lane_option=True),
            self.tr("Colour of the selected cards"),
            self.tr("Gives every selected card this colour"),
        )
        self.add_tags_edit = describe(
            QLineEdit(),
            self.tr("Add tags"),
            self.tr("Tags to add to every selected card, separated by commas; Enter adds them"),
        )
        self.add_tags_edit.setPlaceholderText(self.tr("e.g. quick win, web (Enter adds)"))
        self.remove_tags_edit = describe(
            QLineEdit(),
            self.tr("Remove tags"),
            self.tr("Tags to remove from every selected card; Enter removes them"),
        )
        self.owner_edit = describe(
            QLineEdit(),
            self.tr("Owner of the selected cards"),
            self.tr("Who follows up every selected card"),
        )
        self.problem = plain_label("")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.tr("Colour:"), self.colour_picker)
        form.addRow(self.tr("&Add tags:"), self.add_tags_edit)
        form.addRow(self.tr("&Remove tags:"), self.remove_tags_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.problem)
        self.colour_picker.colour_picked.connect(self._set_colour)
        self.add_tags_edit.returnPressed.connect(self._add_tags)
        self.remove_tags_edit.returnPressed.connect(self._remove_tags)
        self.owner_edit.editingFinished.connect(self._set_owner)

    def show_cards(self, document: Document, journey_id: str, card_ids: list[str]) -> None:
        """Edit these cards (at least two)."""
        self.document, self.journey_id, self.card_ids = document, journey_id, list(card_ids)
        self._say("")
        self.refresh()

    def refresh(self) -> None:
        """Show what the cards share: a common colour and owner, the tags any of them has."""
        cards = self._cards()
        if not cards:
            return
        colours = {card.colour for card in cards}
        if len(colours) == 1:
            self.colour_picker.set_current(colours.pop())
        else:
            self.colour_picker.clear_choice()
        owners = {card.owner for card in cards}
        blocked = self.owner_edit.blockSignals(True)
        if len(owners) == 1:
            self.owner_edit.setText(owners.pop())
            self.owner_edit.setPlaceholderText(self.tr("Who follows these up"))
        else:
            self.owner_edit.clear()
            self.owner_edit.setPlaceholderText(self.tr("(various owners)"))
        self.owner_edit.blockSignals(blocked)
        tags = sorted({tag for card in cards for tag in card.tags}, key=str.casefold)
        self.remove_tags_edit.setPlaceholderText(", ".join(tags) if tags else self.tr("(no tags)"))

    def _cards(self) -> list[Card]:
        if self.document is None:
            return []
        present = []
        for card_id in self.card_ids:
            try:
                present.append(self.document.card(card_id))
            except KeyError:
                continue
        return present

    def _push(self, changes: dict[str, dict[str, object]], what: str) -> None:
        """Push one step for every card in ``changes``; ``what`` names it ("Tags of %n Cards")."""
        assert self.document is not None
        command = EditCardsCommand(self.document, self.journey_id, changes, what)
        if not command.is_noop():
            self.document.undo_stack.push(command)
        self.refresh()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _set_colour(self, colour: str | None) -> None:
        cards = self._cards()
        what = self.tr("Colour of %n Card(s)", "", len(cards))
        self._push({card.id: {"colour": colour} for card in cards}, what)

    def _add_tags(self) -> None:
        try:
            added = parse_tags(self.add_tags_edit.text())
        except LimitError as error:
            self._say(str(error))
            return
        changes: dict[str, dict[str, object]] = {}
        for card in self._cards():
            tags = card.tags + [tag for tag in added if tag not in card.tags]
            if len(tags) > MAX_LIST_ITEMS:
                sentence = self.tr(
                    "A card would have %1 tags; a card holds at most %2. Nothing was changed."
                )
                self._say(arg(sentence, count(len(tags)), count(MAX_LIST_ITEMS)))
                return
            changes[card.id] = {"tags": tags}
        self._say("")
        self.add_tags_edit.clear()
        self._push(changes, self.tr("Tags of %n Card(s)", "", len(changes)))

    def _remove_tags(self) -> None:
        try:
            removed = set(parse_tags(self.remove_tags_edit.text()))
        except LimitError as error:
            self._say(str(error))
            return
        changes: dict[str, dict[str, object]] = {
            card.id: {"tags": [tag for tag in card.tags if tag not in removed]}
            for card in self._cards()
        }
        self._say("")
        self.remove_tags_edit.clear()
        self._push(changes, self.tr("Tags of %n Card(s)", "", len(changes)))

    def _set_owner(self) -> None:
        text = self.owner_edit.text().strip()
        cards = self._cards()
        if not text and len({card.owner for card in cards}) > 1:
            return  # left empty over "(various owners)": nothing was typed
        sentence = self.tr("The owner is %1 characters; an owner holds at most %2.")
        try:
            owner = check_length(text, MAX_SHORT_TEXT, sentence)
        except LimitError as error:
            self._say(str(error))
            return
        self._say("")
        what = self.tr("Owner of %n Card(s)", "", len(cards))
        self._push({card.id: {"owner": owner} for card in cards}, what)
