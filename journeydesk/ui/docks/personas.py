"""The Personas panel: the project's personas, and which of them a map is about."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.model.project import MAX_SHORT_TEXT, Persona
from journeydesk.ui import messages
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.docks.persona_form import PersonaForm
from journeydesk.ui.document import Document
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.project_commands import (
    AddPersonaCommand,
    EditJourneyCommand,
    RemovePersonaCommand,
)


class PersonasDock(QDockWidget):
    """Lists the personas; adds, duplicates and deletes them; edits the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personas"))
        self.setObjectName("personas")
        self.document: Document | None = None
        self.journey_id = ""
        self.list = describe(
            QListWidget(),
            self.tr("Personas"),
            self.tr("The project's personas; the one chosen is edited below"),
        )
        self.list.setMaximumHeight(140)
        self.add_button = describe(
            QPushButton(self.tr("Add")),
            self.tr("Add a persona"),
            self.tr("Adds a persona, about the map on show"),
        )
        self.duplicate_button = describe(
            QPushButton(self.tr("Duplicate")),
            self.tr("Duplicate the persona"),
            self.tr("Copies the chosen persona, photo and all, under a new name"),
        )
        self.delete_button = describe(
            QPushButton(self.tr("Delete…")),
            self.tr("Delete the persona"),
            self.tr("Deletes the chosen persona, asking first when a map is about them"),
        )
        self.on_map = describe(
            QCheckBox(self.tr("This map is about this persona")),
            self.tr("This map is about this persona"),
            self.tr("Shows the persona's card and emotion curve on the map on show"),
        )
        self.form = PersonaForm()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self.on_map)
        column.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        describe(
            scroll,
            self.tr("Personas panel"),
            self.tr("The project's personas, and the form of the one chosen"),
        )
        self.setWidget(scroll)
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_persona)
        self.duplicate_button.clicked.connect(self.duplicate_persona)
        self.delete_button.clicked.connect(self.delete_persona)
        self.on_map.clicked.connect(self._toggle_on_map)
        self._refresh()

    def set_document(self, document: Document, journey_id: str) -> None:
        """Follow ``document``; ``journey_id`` is the map on show."""
        if document is not self.document:
            if self.document is not None:
                self.document.personas_changed.disconnect(self._refresh)
                self.document.journey_changed.disconnect(self._on_journey_changed)
            self.document = document
            document.personas_changed.connect(self._refresh)
            document.journey_changed.connect(self._on_journey_changed)
        self.journey_id = journey_id
        self._refresh()

    def current_persona(self) -> Persona | None:
        """The persona chosen in the list."""
        item = self.list.currentItem()
        if item is None or self.document is None:
            return None
        try:
            return self.document.persona(item.data(Qt.ItemDataRole.UserRole))
        except KeyError:
            return None

    def add_persona(self) -> None:
        """Add a persona, about the map on show (it is new and has no other map yet)."""
        if self.document is None:
            return
        number = QLocale().toString(len(self.document.project.personas) + 1)
        persona = Persona(name=arg(self.tr("Persona %1"), number))
        journey = self.journey_id or None
        self.document.undo_stack.push(
            AddPersonaCommand(self.document, persona, self.tr("Add Persona"), journey)
        )
        self._choose(persona.id)

    def duplicate_persona(self) -> None:
        """Copy the chosen persona (photo and all) under a new name."""
        original = self.current_persona()
        if original is None or self.document is None:
            return
        copy = original.model_copy(deep=True, update={"id": Persona().id})
        name = original.name or self.tr("Persona")
        copy.name = arg(self.tr("%1 (copy)"), name)[:MAX_SHORT_TEXT]
        command = AddPersonaCommand(self.document, copy, self.tr("Duplicate Persona"))
        self.document.undo_stack.push(command)
        self._choose(copy.id)

    def delete_persona(self) -> None:
        """Delete the chosen persona, asking first when a map is about them."""
        persona = self.current_persona()
        if persona is None or self.document is None:
            return
        maps = [
            quoted(j.title or self.tr("Untitled map"))
            for j in self.document.project.journeys
            if persona.id in j.persona_ids
        ]
        if maps:
            question = self.tr(
                "%1 is the persona of %2. Delete them anyway? You can undo this with Edit > Undo."
            )
            who = quoted(persona.name) if persona.name else self.tr("This persona")
            answer = messages.ask(
                self,
                self.tr("Delete Persona"),
                arg(question, who, QLocale().createSeparatedList(maps)),
                Button.Yes | Button.Cancel,
                Button.Cancel,
                labels={Button.Yes: self.tr("Delete")},
            )
            if answer != Button.Yes:
                return
        self.document.undo_stack.push(RemovePersonaCommand(self.document, persona.id))

    def _toggle_on_map(self, checked: bool) -> None:
        persona = self.current_persona()
        if persona is None or self.document is None or not self.journey_id:
            return
        ids = list(self.document.journey(self.journey_id).persona_ids)
        ids = [*ids, persona.id] if checked else [i for i in ids if i != persona.id]
        self.document.undo_stack.push(
            EditJourneyCommand(self.document, self.journey_id, {"persona_ids": ids})
        )

    @Slot(str)
    def show_persona(self, persona_id: str) -> None:
        """Bring the panel forward on one persona, ready to edit (its card was clicked)."""
        self.show()
        self.raise_()
        self._choose(persona_id)
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.focusNextChild()  # the persona's first field: its name

    def _choose(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)

    def _on_journey_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:
            self._show_current()

    def _refresh(self) -> None:
        chosen = self.current_persona()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        personas = self.document.project.personas if self.document is not None else []
        for persona in personas:
            label = persona.name or self.tr("Unnamed persona")
            if persona.role:
                label = arg(self.tr("%1 — %2"), label, persona.role)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        if chosen is not None:
            self._choose(chosen.id)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self, _row: int = -1) -> None:
        persona = self.current_persona()
        has = persona is not None and self.document is not None
        self.form.setVisible(has)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.on_map.setEnabled(has and bool(self.journey_id))
        if not has:
            return
        assert persona is not None and self.document is not None
        if self.form.item_id != persona.id:
            self.form.finish_editing()
            self.form.show_item(self.document, self.journey_id, persona.id)
        else:
            self.form.refresh()
        blocked = self.on_map.blockSignals(True)
        on_map = (
            bool(self.journey_id)
            and persona.id in self.document.journey(self.journey_id).persona_ids
        )
        self.on_map.setChecked(on_map)
        self.on_map.blockSignals(blocked)
