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

from journeydesk.model.photos import PhotoError
from journeydesk.model.project import MAX_LIST_ITEMS, MAX_SHORT_TEXT, MAX_TEXT, Persona
from journeydesk.ui.docks.form_fields import (
    CommitTextEdit,
    ItemForm,
    LimitError,
    check_length,
    set_line_text,
    set_plain_text,
)
from journeydesk.ui.docks.swatches import SwatchPicker, palette_colours
from journeydesk.ui.photo_import import photo_from_file
from journeydesk.ui.project_commands import EditPersonaCommand

#: The fields that hold one entry per line.
LIST_FIELDS = {"goals": "Goals", "needs": "Needs", "frustrations": "Frustrations"}
PICTURE_FILTER = "Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"
PHOTO_PREVIEW = 96


class PersonaForm(ItemForm):
    """Shows one persona; each finished edit is one ``EditPersonaCommand``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Persona", parent)
        self.setAcceptDrops(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("e.g. Eva Moline")
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("e.g. Journalist, 29")
        self.age_spin = QSpinBox()
        self.age_spin.setRange(-1, 150)
        self.age_spin.setSpecialValueText("—")
        self.age_spin.setMaximumWidth(90)
        self.quote_edit = CommitTextEdit(2, "In their own words")
        self.list_edits = {name: CommitTextEdit(3, "One per line") for name in LIST_FIELDS}
        self.colour_picker = SwatchPicker(palette_colours())
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px dashed palette(mid);")
        self.choose_photo = QPushButton("Choose…")
        self.remove_photo = QPushButton("Remove")
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
        self._add_field("name", "&Name:", self.name_edit, self.name_edit.editingFinished)
        self._add_field("role", "&Role:", self.role_edit, self.role_edit.editingFinished)
        self._add_field("age", "&Age:", self.age_spin, self.age_spin.editingFinished)
        self._add_field("quote", "&Quote:", self.quote_edit, self.quote_edit.editing_finished)
        for name, label in LIST_FIELDS.items():
            edit = self.list_edits[name]
            self._add_field(name, f"{label}:", edit, edit.editing_finished)
        self._add_field("colour", "Colour:", self.colour_picker)
        self._add_field("photo", "Photo:", photo_row)
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
        if name in ("name", "role"):
            text = (self.name_edit if name == "name" else self.role_edit).text().strip()
            noun = "name" if name == "name" else "role"
            return check_length(text, MAX_SHORT_TEXT, f"The {noun} is", f"a persona's {noun} holds")
        if name == "age":
            return None if self.age_spin.value() < 0 else self.age_spin.value()
        if name == "quote":
            text = self.quote_edit.toPlainText().strip()
            return check_length(text, MAX_TEXT, "The quote is", "a quote holds")
        if name in LIST_FIELDS:
            lines = [line.strip() for line in self.list_edits[name].toPlainText().splitlines()]
            lines = [line for line in lines if line]
            if len(lines) > MAX_LIST_ITEMS:
                raise LimitError(f"There are {len(lines):,} lines; at most {MAX_LIST_ITEMS:,}.")
            for line in lines:
                check_length(line, MAX_TEXT, "A line is", "a line holds")
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
            self.photo_label.setText("Drop a\npicture")
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
            self.set_problem("photo", f"{path.name}: {error}")
            return False
        self.set_problem("photo", "")
        self.commit("photo", photo)
        return True

    def _choose_photo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Choose a Photo", "", PICTURE_FILTER)
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
