"""File > New from Template: pick a template and name the new map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.templates import TEMPLATES, Template
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.widgets import plain_label


class NewFromTemplateDialog(QDialog):
    """Lists the templates with their stages and lanes, and asks for the map's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Map from Template"))
        self.templates = describe(
            QListWidget(self),
            self.tr("Templates"),
            self.tr("The templates to start the map from, with their stages and lanes beside"),
        )
        for template in TEMPLATES.values():
            item = QListWidgetItem(template.title)
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.templates.addItem(item)
        self.templates.setMinimumWidth(220)
        self.summary = plain_label("", self)
        self.stages = plain_label("", self)
        self.lanes = plain_label("", self)
        self.title = describe(
            QLineEdit(self),
            self.tr("Map name"),
            self.tr("The new map's name; left empty, the template's name is used"),
        )
        self.title.setPlaceholderText(self.tr("For example: Onboarding, current state"))

        details = QFormLayout()
        details.addRow(self.summary)
        details.addRow(self.tr("Stages:"), self.stages)
        details.addRow(self.tr("Lanes:"), self.lanes)
        details.addRow(self.tr("Map name:"), self.title)
        top = QHBoxLayout()
        top.addWidget(self.templates)
        top.addLayout(details, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        create = buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create"))
        create.setAccessibleDescription(self.tr("Create the map from the chosen template"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without creating a map")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

        self.templates.currentItemChanged.connect(self._show_template)
        self.templates.itemDoubleClicked.connect(self.accept)
        self.templates.setCurrentRow(0)
        self.resize(640, 320)

    def selected_template(self) -> Template:
        """The template the facilitator picked."""
        return TEMPLATES[self.templates.currentItem().data(Qt.ItemDataRole.UserRole)]

    def map_title(self) -> str:
        """The name typed for the new map (may be empty: the template's title is used)."""
        return self.title.text().strip()

    def _show_template(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template = TEMPLATES[item.data(Qt.ItemDataRole.UserRole)]
        self.summary.setText(template.summary)
        self.stages.setText(" → ".join(stage.title for stage in template.stages))
        self.lanes.setText(", ".join(lane.title for lane in template.lanes))
