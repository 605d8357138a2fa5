"""The tally of a dot-voting round: its cards, most dots first."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from journeydesk.model.project import Journey
from journeydesk.model.voting import VoteRound, map_order


def tally_rows(journey: Journey, vote_round: VoteRound) -> list[tuple[int, str, str, int]]:
    """(rank, card text, "stage · lane", dots) of each card with dots, most dots first.

    Cards with as many dots share a rank (1, 2, 2, 4), as a facilitator would count them.
    """
    cards = {card.id: card for card in journey.cards}
    stages = {stage.id: stage.title or "Untitled stage" for stage in journey.stages}
    lanes = {lane.id: lane.title or "Untitled lane" for lane in journey.lanes}
    rows: list[tuple[int, str, str, int]] = []
    rank, previous = 0, -1
    for position, (card_id, dots) in enumerate(vote_round.tally(map_order(journey)), start=1):
        if dots != previous:
            rank, previous = position, dots
        card = cards[card_id]
        text = " ".join(card.text.split()) or "(an empty card)"
        rows.append((rank, text, f"{stages[card.stage_id]} · {lanes[card.lane_id]}", dots))
    return rows


class TallyDialog(QDialog):
    """Shows a round's question, who voted, and its cards by votes."""

    def __init__(self, journey: Journey, vote_round: VoteRound, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Dot Voting Tally")
        self.resize(640, 460)
        column = QVBoxLayout(self)
        question = QLabel(vote_round.question or "Dot voting")
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
        state = "open" if vote_round.is_open else "ended"
        summary = QLabel(
            f"{placed} dots placed by {count} participants ({names}); "
            f"{vote_round.dots_per_participant} each. The round is {state}."
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        column.addWidget(summary)
        self.rows = tally_rows(journey, vote_round)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setHorizontalHeaderLabels(["Rank", "Card", "Where", "Dots"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, (rank, text, where, dots) in enumerate(self.rows):
            for col, value in enumerate((str(rank), text, where, f"{dots}  {'●' * min(dots, 20)}")):
                self.table.setItem(row, col, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        if not self.rows:
            empty = QLabel("No dots were placed on cards that are still on the map.")
            empty.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
