"""File > Project Properties: the project's title and description."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.model.project import MAX_SHORT_TEXT, MAX_TEXT, Project
from journeydesk.ui import messages
from journeydesk.ui.dialogs.accessible import describe


class ProjectPropertiesDialog(QDialog):
    """Edits the title and description of a project (applied as one undoable command)."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project Properties"))
        self.title = describe(
            QLineEdit(project.title, self),
            self.tr("Project title"),
            self.tr("The project's name, shown in the window title"),
        )
        self.title.setMaxLength(MAX_SHORT_TEXT)
        self.description = describe(
            QPlainTextEdit(self),
            self.tr("Project description"),
            self.tr("What the project is about, for the team"),
        )
        self.description.setPlainText(project.description)
        self.description.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Keep the title and description")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without changing the project")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Title:"), self.title)
        layout.addRow(self.tr("Description:"), self.description)
        layout.addRow(buttons)
        self.resize(480, 260)

    def accept(self) -> None:
        """Close only when the description fits in a project file."""
        length = len(self.description.toPlainText())
        if length > MAX_TEXT:
            sentence = self.tr(
                "The description is %1 characters long; the limit is %2. "
                "Shorten it, or keep the long text in a separate document."
            )
            locale = QLocale()
            messages.warn(
                self,
                self.tr("Description Too Long"),
                arg(sentence, locale.toString(length), locale.toString(MAX_TEXT)),
            )
            return
        super().accept()

    def values(self) -> tuple[str, str]:
        """The title and description as entered."""
        return self.title.text().strip(), self.description.toPlainText()
