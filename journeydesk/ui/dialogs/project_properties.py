"""File > Project Properties: the project's title and description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journeydesk.model.project import MAX_SHORT_TEXT, MAX_TEXT, Project
from journeydesk.ui import messages


class ProjectPropertiesDialog(QDialog):
    """Edits the title and description of a project (applied as one undoable command)."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Project Properties")
        self.title = QLineEdit(project.title, self)
        self.title.setMaxLength(MAX_SHORT_TEXT)
        self.description = QPlainTextEdit(self)
        self.description.setPlainText(project.description)
        self.description.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow("Title:", self.title)
        layout.addRow("Description:", self.description)
        layout.addRow(buttons)
        self.resize(480, 260)

    def accept(self) -> None:
        """Close only when the description fits in a project file."""
        length = len(self.description.toPlainText())
        if length > MAX_TEXT:
            messages.warn(
                self,
                "Description Too Long",
                f"The description is {length:,} characters long; the limit is {MAX_TEXT:,}. "
                "Shorten it, or keep the long text in a separate document.",
            )
            return
        super().accept()

    def values(self) -> tuple[str, str]:
        """The title and description as entered."""
        return self.title.text().strip(), self.description.toPlainText()
