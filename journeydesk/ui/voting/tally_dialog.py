"""The tally of a dot-voting round: its cards, most dots first."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import Translatable, arg
from journeydesk.model.project import Journey
from journeydesk.model.voting import VoteRound, map_order


class VoteTallyText(Translatable):
    """Texts of a round's tally that are not the dialog's own: where each card is."""


def tally_rows(journey: Journey, vote_round: VoteRound) -> list[tuple[int, str, str, int]]:
    """(rank, card text, "stage · lane", dots) of each card with dots, most dots first.

    Cards with as many dots share a rank (1, 2, 2, 4), as a facilitator would count them.
    """
    cards = {card.id: card for card in journey.cards}
    untitled_stage, untitled_lane = (
        VoteTallyText.tr("Untitled stage"),
        VoteTallyText.tr("Untitled lane"),
    )
    stages = {stage.id: stage.title or untitled_stage for stage in journey.stages}
    lanes = {lane.id: lane.title or untitled_lane for lane in journey.lanes}
    where = VoteTallyText.tr("%1 · %2", "where a card is: its stage · its lane")
    empty = VoteTallyText.tr("(an empty card)")
    rows: list[tuple[int, str, str, int]] = []
    rank, previous = 0, -1
    for position, (card_id, dots) in enumerate(vote_round.tally(map_order(journey)), start=1):
        if dots != previous:
            rank, previous = position, dots
        card = cards[card_id]
        text = " ".join(card.text.split()) or empty
        rows.append((rank, text, arg(where, stages[card.stage_id], lanes[card.lane_id]), dots))
    return rows


class TallyDialog(QDialog):
    """Shows a round's question, who voted, and its cards by votes."""

    def __init__(self, journey: Journey, vote_round: VoteRound, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot Voting Tally"))
        self.resize(640, 460)
        column = QVBoxLayout(self)
        question = QLabel(vote_round.question or self.tr("Dot voting"))
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        font = question.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        question.setFont(font)
        column.addWidget(question)
        count = len(vote_round.participants)
        names = ", ".join(vote_round.participant_name(i) for i in range(count))
        card_ids = {card.id for card in journey.cards}
        placed = sum(1 for dot in vote_round.dots if dot.card_id in card_ids)
        state = (
            self.tr("The round is open.") if vote_round.is_open else self.tr("The round is ended.")
        )
        summary = QLabel(
            arg(
                self.tr("%1 placed by %2 (%3); %4 each. %5"),
                self.tr("%n dot(s)", "", placed),
                self.tr("%n participant(s)", "dots placed by 3 participants", count),
                names,
                self.tr("%n dot(s)", "", vote_round.dots_per_participant),
                state,
            )
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        column.addWidget(summary)
        self.rows = tally_rows(journey, vote_round)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Card"), self.tr("Where"), self.tr("Dots")]
        )
        self.table.setAccessibleName(self.tr("Tally"))
        self.table.setAccessibleDescription(
            self.tr("The cards with dots, most dots first: rank, card, where it is and its dots")
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        locale = QLocale()
        for row, (rank, text, where, dots) in enumerate(self.rows):
            count_text = f"{locale.toString(dots)}  {'●' * min(dots, 20)}"
            for col, value in enumerate((locale.toString(rank), text, where, count_text)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        if not self.rows:
            empty = QLabel(self.tr("No dots were placed on cards that are still on the map."))
            empty.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleDescription(self.tr("Close the tally"))
        column.addWidget(buttons)
