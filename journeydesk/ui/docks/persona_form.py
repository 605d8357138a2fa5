"""The form of one persona: who they are, what they want, their colour and photo."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.photos import PhotoError
from journeydesk.model.project import MAX_LIST_ITEMS, MAX_SHORT_TEXT, MAX_TEXT, Persona
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
from journeydesk.ui.photo_import import photo_from_file
from journeydesk.ui.project_commands import EditPersonaCommand

#: The fields that hold one entry per line: their label, accessible name and description.
LIST_FIELDS = {
    "goals": (
        QT_TRANSLATE_NOOP("PersonaForm", "Goals:"),
        QT_TRANSLATE_NOOP("PersonaForm", "Goals"),
        QT_TRANSLATE_NOOP("PersonaForm", "What the persona wants to achieve, one per line"),
    ),
    "needs": (
        QT_TRANSLATE_NOOP("PersonaForm", "Needs:"),
        QT_TRANSLATE_NOOP("PersonaForm", "Needs"),
        QT_TRANSLATE_NOOP("PersonaForm", "What the persona needs, one per line"),
    ),
    "frustrations": (
        QT_TRANSLATE_NOOP("PersonaForm", "Frustrations:"),
        QT_TRANSLATE_NOOP("PersonaForm", "Frustrations"),
        QT_TRANSLATE_NOOP("PersonaForm", "What frustrates the persona, one per line"),
    ),
}
PHOTO_PREVIEW = 96


class PersonaForm(ItemForm):
    """Shows one persona; each finished edit is one ``EditPersonaCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Persona"), parent)
        self.setAcceptDrops(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Eva Moline"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. Journalist, 29"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(-1, 150)
        self.age_spin.setSpecialValueText("—")
        self.age_spin.setMaximumWidth(90)
        self.quote_edit = CommitTextEdit(2, self.tr("In their own words"))
        self.list_edits = {name: CommitTextEdit(3, self.tr("One per line")) for name in LIST_FIELDS}
        self.colour_picker = SwatchPicker(palette_colours())
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px dashed palette(mid);")
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.choose_photo = QPushButton(self.tr("Choose…"))
        self.choose_photo.setAccessibleName(self.tr("Choose a photo"))
        self.choose_photo.setAccessibleDescription(
            self.tr(
                "Pick a picture file for the persona's photo; a picture can also be dropped here"
            )
        )
        self.remove_photo = QPushButton(self.tr("Remove"))
        self.remove_photo.setAccessibleName(self.tr("Remove the photo"))
        self.remove_photo.setAccessibleDescription(self.tr("The persona keeps no photo"))
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_label)
        buttons = QWidget()
        column = QHBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choose_photo)
        column.addWidget(self.remove_photo)
        row.addWidget(buttons, 1, Qt.AlignmentFlag.AlignTop)
        self._add_field(
            "name",
            self.tr("&Name:"),
            self.name_edit,
            (self.tr("Persona name"), self.tr("The persona's name, shown on their card")),
            self.name_edit.editingFinished,
        )
        self._add_field(
            "role",
            self.tr("&Role:"),
            self.role_edit,
            (self.tr("Role"), self.tr("What the persona does, such as their job")),
            self.role_edit.editingFinished,
        )
        self._add_field(
            "age",
            self.tr("&Age:"),
            self.age_spin,
            (self.tr("Age"), self.tr("The persona's age; the lowest value leaves it out")),
            self.age_spin.editingFinished,
        )
        self._add_field(
            "quote",
            self.tr("&Quote:"),
            self.quote_edit,
            (self.tr("Quote"), self.tr("Something the persona says, in their own words")),
            self.quote_edit.editing_finished,
        )
        for name, (label, accessible, description) in LIST_FIELDS.items():
            edit = self.list_edits[name]
            about = (self.tr(accessible), self.tr(description))
            self._add_field(name, self.tr(label), edit, about, edit.editing_finished)
        self._add_field(
            "colour",
            self.tr("Colour:"),
            self.colour_picker,
            (self.tr("Persona colour"), self.tr("The colour of the persona's card and curve")),
        )
        self._add_field(
            "photo",
            self.tr("Photo:"),
            photo_row,
            (self.tr("Photo"), self.tr("The persona's photo; drop a picture here to set it")),
        )
        self.colour_picker.colour_picked.connect(lambda colour: self.commit("colour", colour))
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo.clicked.connect(lambda: self.commit("photo", None))

    # ItemForm.

    def _item(self) -> Persona | None:
        if self.document is None:
            return None
        try:
            return self.document.persona(self.item_id)
        except KeyError:
            return None

    def _values(self, item: Persona) -> dict[str, Any]:
        return {
            "name": item.name,
            "role": item.role,
            "age": item.age,
            "quote": item.quote,
            **{name: list(getattr(item, name)) for name in LIST_FIELDS},
            "colour": item.colour,
            "photo": item.photo,
        }

    def _write(self, name: str, value: Any) -> None:
        if name in ("name", "role"):
            set_line_text(self.name_edit if name == "name" else self.role_edit, value)
        elif name == "age":
            blocked = self.age_spin.blockSignals(True)
            self.age_spin.setValue(-1 if value is None else value)
            self.age_spin.blockSignals(blocked)
        elif name == "quote":
            set_plain_text(self.quote_edit, value)
        elif name in LIST_FIELDS:
            set_plain_text(self.list_edits[name], "\n".join(value))
        elif name == "colour":
            self.colour_picker.set_current(value)
        elif name == "photo":
            self._show_photo(value)

    def _read(self, name: str) -> Any:
        if name == "name":
            sentence = self.tr("The name is %1 characters; a persona's name holds at most %2.")
            return check_length(self.name_edit.text().strip(), MAX_SHORT_TEXT, sentence)
        if name == "role":
            sentence = self.tr("The role is %1 characters; a persona's role holds at most %2.")
            return check_length(self.role_edit.text().strip(), MAX_SHORT_TEXT, sentence)
        if name == "age":
            return None if self.age_spin.value() < 0 else self.age_spin.value()
        if name == "quote":
            sentence = self.tr("The quote is %1 characters; a quote holds at most %2.")
            return check_length(self.quote_edit.toPlainText().strip(), MAX_TEXT, sentence)
        if name in LIST_FIELDS:
            lines = [line.strip() for line in self.list_edits[name].toPlainText().splitlines()]
            lines = [line for line in lines if line]
            if len(lines) > MAX_LIST_ITEMS:
                sentence = self.tr("There are %1 lines; at most %2.")
                raise LimitError(arg(sentence, count(len(lines)), count(MAX_LIST_ITEMS)))
            sentence = self.tr("A line is %1 characters; a line holds at most %2.")
            for line in lines:
                check_length(line, MAX_TEXT, sentence)
            return lines
        if name == "colour":
            return self.colour_picker.current()
        item = self._item()
        return item.photo if item is not None else None

    def _push(self, fields: dict[str, Any]) -> None:
        assert self.document is not None
        self.document.undo_stack.push(EditPersonaCommand(self.document, self.item_id, fields))

    def _update_extras(self, item: Persona) -> None:
        self.subtitle.setText(item.role or "")

    # The photo.

    def _show_photo(self, photo: object) -> None:
        self.remove_photo.setEnabled(photo is not None)
        if photo is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("Drop a\npicture"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(photo.data))  # type: ignore[attr-defined]
        self.photo_label.setPixmap(
            pixmap.scaled(
                PHOTO_PREVIEW,
                PHOTO_PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def set_photo_from(self, path: Path) -> bool:
        """Make the persona's photo from a picture file; False (and say why) if it cannot."""
        try:
            photo = photo_from_file(path)
        except PhotoError as error:
            self.set_problem("photo", arg(self.tr("%1: %2"), path.name, str(error)))
            return False
        self.set_problem("photo", "")
        self.commit("photo", photo)
        return True

    def _choose_photo(self) -> None:
        filters = self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Photo"), "", filters)
        if chosen:
            self.set_photo_from(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.item_id and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.set_photo_from(Path(url.toLocalFile()))
                return
