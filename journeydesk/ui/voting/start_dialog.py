"""Map > Start Dot Voting…: the question, the dots each participant gets, and who votes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.project import MAX_SHORT_TEXT
from journeydesk.model.voting import MAX_DOTS_PER_PARTICIPANT, MAX_PARTICIPANTS


class StartRoundDialog(QDialog):
    """Asks what a dot-voting round is about and who takes part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start Dot Voting")
        form = QFormLayout()
        self.question = QLineEdit()
        self.question.setMaxLength(MAX_SHORT_TEXT)
        self.question.setPlaceholderText("Which pain points should we fix first?")
        form.addRow("&Question:", self.question)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS_PER_PARTICIPANT)
        self.dots.setValue(3)
        form.addRow("&Dots per participant:", self.dots)
        self.by_count = QRadioButton("&Count them:")
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PARTICIPANTS)
        self.count.setValue(6)
        self.count.setSuffix(" participants")
        form.addRow(self.by_count, self.count)
        self.by_name = QRadioButton("&Name them, one a line:")
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText("Alex\nSam\nRobin")
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(110)
        form.addRow(self.by_name, self.names)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_name)
        self.by_count.setChecked(True)
        self.names.textChanged.connect(lambda: self.by_name.setChecked(True))
        self.count.valueChanged.connect(lambda _n: self.by_count.setChecked(True))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start Voting")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(
            _plain(
                "Each participant places their dots on the cards they choose, by clicking them "
                "(several on one card if they like). Ctrl+Z takes the last dot back."
            )
        )
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        self.problem.hide()

    def participants(self) -> list[str] | int:
        """The names given (blank lines dropped), or the count."""
        if self.by_name.isChecked():
            return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]
        return self.count.value()

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()

    def _problem(self) -> str:
        participants = self.participants()
        if isinstance(participants, int):
            return ""
        if not participants:
            return "Type at least one name, or choose to count the participants."
        if len(participants) > MAX_PARTICIPANTS:
            return f"A round takes at most {MAX_PARTICIPANTS} participants."
        if any(len(name) > MAX_SHORT_TEXT for name in participants):
            return f"A name may be at most {MAX_SHORT_TEXT} characters long."
        return ""


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
