"""The bar under the map while a dot-voting round is open: whose turn, dots left, end."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journeydesk.layout.colours import participant_colour
from journeydesk.model.voting import VoteRound


def _dot_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class VotingBar(QFrame):
    """Shows the open round of the map on show and whose dots a click places."""

    #: Fires when the facilitator picks who votes next (participant index).
    participant_chosen = Signal(int)
    #: Fires on Next Voter, Tally… and End Round.
    next_requested = Signal()
    tally_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#voting-bar { background: #fff7e6; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        row.addWidget(self.question, 1)
        # No mnemonics here: Alt+E and Alt+V belong to the Edit and View menus.
        voter = QLabel("Voting now:")
        row.addWidget(voter)
        self.voter = QComboBox()
        self.voter.setMinimumContentsLength(14)
        voter.setBuddy(self.voter)
        row.addWidget(self.voter)
        self.left = QLabel()
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.left)
        self.next_button = QPushButton("Next Voter")
        self.tally_button = QPushButton("Tally…")
        self.end_button = QPushButton("End Round")
        for button in (self.next_button, self.tally_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicks keep the keys on the map
            row.addWidget(button)
        self.voter.activated.connect(self.participant_chosen.emit)
        self.next_button.clicked.connect(self.next_requested.emit)
        self.tally_button.clicked.connect(self.tally_requested.emit)
        self.end_button.clicked.connect(self.end_requested.emit)
        self.hide()

    def show_round(self, vote_round: VoteRound | None, turn: int, left: list[int]) -> None:
        """Show ``vote_round`` (None: hide), ``turn`` voting, ``left`` dots of each."""
        if vote_round is None or not vote_round.is_open:
            self.hide()
            return
        self.question.setText(vote_round.question or "Dot voting")
        self.voter.blockSignals(True)
        self.voter.clear()
        for index in range(len(vote_round.participants)):
            name = vote_round.participant_name(index)
            self.voter.addItem(_dot_icon(participant_colour(index)), f"{name} ({left[index]} left)")
        self.voter.setCurrentIndex(turn)
        self.voter.blockSignals(False)
        self.left.setText(turn_text(vote_round, turn, left))
        self.show()


def turn_text(vote_round: VoteRound, turn: int, left: list[int]) -> str:
    """What the room is told: whose turn it is and how many dots they have left."""
    if not any(left):
        return "Every dot is placed: end the round to see the tally."
    name = vote_round.participant_name(turn)
    dots = left[turn]
    return f"{name}: {dots} dot{'s' if dots != 1 else ''} left, click cards to place them"
