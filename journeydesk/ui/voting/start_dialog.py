"""Map > Start Dot Voting…: the question, the dots each participant gets, and who votes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
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

from journeydesk.i18n import arg
from journeydesk.model.project import MAX_SHORT_TEXT
from journeydesk.model.voting import MAX_DOTS_PER_PARTICIPANT, MAX_PARTICIPANTS


class StartRoundDialog(QDialog):
    """Asks what a dot-voting round is about and who takes part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Dot Voting"))
        form = QFormLayout()
        self.question = QLineEdit()
        self.question.setMaxLength(MAX_SHORT_TEXT)
        self.question.setPlaceholderText(self.tr("Which pain points should we fix first?"))
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setAccessibleDescription(
            self.tr("What the participants vote on, shown to the room during the round")
        )
        form.addRow(self.tr("&Question:"), self.question)
        self.dots = QSpinBox()
        self.dots.setRange(1, MAX_DOTS_PER_PARTICIPANT)
        self.dots.setValue(3)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots.setAccessibleDescription(self.tr("How many dots each participant may place"))
        form.addRow(self.tr("&Dots per participant:"), self.dots)
        self.by_count = QRadioButton(self.tr("&Count them:"))
        self.by_count.setAccessibleName(self.tr("Count the participants"))
        self.by_count.setAccessibleDescription(
            self.tr("The participants vote by number, without names")
        )
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PARTICIPANTS)
        self.count.setValue(6)
        self._show_count_words(self.count.value())
        self.count.setAccessibleName(self.tr("Number of participants"))
        self.count.setAccessibleDescription(self.tr("How many participants vote"))
        form.addRow(self.by_count, self.count)
        self.by_name = QRadioButton(self.tr("&Name them, one a line:"))
        self.by_name.setAccessibleName(self.tr("Name the participants"))
        self.by_name.setAccessibleDescription(
            self.tr("The participants vote by name, typed one a line below")
        )
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(self.tr("Alex\nSam\nRobin"))
        self.names.setAccessibleName(self.tr("Participants' names"))
        self.names.setAccessibleDescription(self.tr("One participant's name on each line"))
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(110)
        form.addRow(self.by_name, self.names)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_name)
        self.by_count.setChecked(True)
        self.names.textChanged.connect(lambda: self.by_name.setChecked(True))
        self.count.valueChanged.connect(lambda _n: self.by_count.setChecked(True))
        self.count.valueChanged.connect(self._show_count_words)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start Voting"))
        start.setAccessibleName(self.tr("Start Voting"))
        start.setAccessibleDescription(self.tr("Open the round on the map on show"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close without starting a round"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(
            _plain(
                self.tr(
                    "Each participant places their dots on the cards they choose, by clicking "
                    "them (several on one card if they like). Ctrl+Z takes the last dot back."
                )
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

    def _show_count_words(self, count: int) -> None:
        """Put the word for ``count`` participants around the number, as the language has it."""
        before, _number, after = self.tr("%n participant(s)", "", count).partition(str(count))
        if (before, after) != (self.count.prefix(), self.count.suffix()):
            self.count.setPrefix(before)
            self.count.setSuffix(after)

    def _problem(self) -> str:
        participants = self.participants()
        if isinstance(participants, int):
            return ""
        if not participants:
            return self.tr("Type at least one name, or choose to count the participants.")
        if len(participants) > MAX_PARTICIPANTS:
            most = QLocale().toString(MAX_PARTICIPANTS)
            return arg(self.tr("A round takes at most %1 participants."), most)
        if any(len(name) > MAX_SHORT_TEXT for name in participants):
            most = QLocale().toString(MAX_SHORT_TEXT)
            return arg(self.tr("A name may be at most %1 characters long."), most)
        return ""


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
