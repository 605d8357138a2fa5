"""The bar under the map while a dot-voting round is open: whose turn, dots left, end."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.colours import participant_colour
from journeydesk.model.voting import VoteRound


class VoteTurnText(Translatable):
    """Texts of a voting round told to the room, on the bar and on the presentation."""


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
        self.setAccessibleName(self.tr("Dot voting"))
        self.setAccessibleDescription(self.tr("The open round: whose turn it is and dots left"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        row.addWidget(self.question, 1)
        # No mnemonics here: Alt+E and Alt+V belong to the Edit and View menus.
        voter = QLabel(self.tr("Voting now:"))
        row.addWidget(voter)
        self.voter = QComboBox()
        self.voter.setMinimumContentsLength(14)
        self.voter.setAccessibleName(self.tr("Voting now"))
        self.voter.setAccessibleDescription(
            self.tr("The participant whose dots a click on a card places")
        )
        voter.setBuddy(self.voter)
        row.addWidget(self.voter)
        self.left = QLabel()
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.left)
        self.next_button = QPushButton(self.tr("Next Voter"))
        self.tally_button = QPushButton(self.tr("Tally…"))
        self.end_button = QPushButton(self.tr("End Round"))
        for button, name, description in (
            (
                self.next_button,
                self.tr("Next Voter"),
                self.tr("Hand the dots to the next participant who has some left"),
            ),
            (self.tally_button, self.tr("Tally"), self.tr("Show the cards with the most dots")),
            (
                self.end_button,
                self.tr("End Round"),
                self.tr("End the round, show its tally and ring the top cards"),
            ),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicks keep the keys on the map
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
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
        self.question.setText(vote_round.question or self.tr("Dot voting"))
        self.voter.blockSignals(True)
        self.voter.clear()
        for index in range(len(vote_round.participants)):
            name = vote_round.participant_name(index)
            text = arg(self.tr("%1 (%n left)", "a voter's dots left", left[index]), name)
            self.voter.addItem(_dot_icon(participant_colour(index)), text)
        self.voter.setCurrentIndex(turn)
        self.voter.blockSignals(False)
        self.left.setText(turn_text(vote_round, turn, left))
        self.show()


def turn_text(vote_round: VoteRound, turn: int, left: list[int]) -> str:
    """What the room is told: whose turn it is and how many dots they have left."""
    if not any(left):
        return VoteTurnText.tr("Every dot is placed: end the round to see the tally.")
    name = vote_round.participant_name(turn)
    text = VoteTurnText.tr("%1: %n dot(s) left, click cards to place them", "", left[turn])
    return arg(text, name)
