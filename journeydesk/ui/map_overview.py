"""A read-only overview of a project's journeys: one tab per map, lanes by stages.

This shows the whole map honestly until the editable canvas replaces it. All user text is
shown as plain text (table items and plain-text labels never interpret markup).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.project import Card, Journey, LaneKind, Project

STAGE_WIDTH = 230
EMOTION_WORDS = {-2: "very unhappy", -1: "unhappy", 0: "neutral", 1: "happy", 2: "delighted"}
EMOTION_COLOURS = {-2: "#f4a6a6", -1: "#f8cfc2", 0: "#eeeeee", 1: "#cfe8c6", 2: "#a8d99b"}


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Return a word-wrapping label that shows ``text`` literally, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card_line(card: Card) -> str:
    """Return a card as it reads in the overview: its text, then votes and tags."""
    extras = []
    if card.votes:
        extras.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
    if card.tags:
        extras.append(", ".join(f"#{tag}" for tag in card.tags))
    suffix = f"  ({'; '.join(extras)})" if extras else ""
    return f"• {card.text.strip()}{suffix}"


class JourneyTable(QTableWidget):
    """One journey as a read-only table: a column per stage, a row per lane."""

    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(len(journey.lanes), len(journey.stages), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setDefaultSectionSize(STAGE_WIDTH)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(48)
        self._fill(journey)

    def _fill(self, journey: Journey) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for column, stage in enumerate(journey.stages):
            header = QTableWidgetItem(stage.title or f"Stage {column + 1}")
            header.setFont(bold)
            if stage.goal or stage.description:
                header.setToolTip("\n".join(t for t in (stage.goal, stage.description) if t))
                header.setText(f"{header.text()}\n{stage.goal}" if stage.goal else header.text())
            self.setHorizontalHeaderItem(column, header)
        cells = journey.cells()
        for row, lane in enumerate(journey.lanes):
            lane_header = QTableWidgetItem(lane.title or f"Lane {row + 1}")
            lane_header.setFont(bold)
            lane_header.setBackground(QBrush(QColor(lane.colour)))
            self.setVerticalHeaderItem(row, lane_header)
            for column, stage in enumerate(journey.stages):
                cards = cells.get((lane.id, stage.id), [])
                self.setItem(row, column, self._cell_item(journey, lane.kind, stage.id, cards))
                if lane.kind is LaneKind.DIVIDER:
                    self.item(row, column).setBackground(QBrush(QColor(lane.colour)))
                elif lane.kind is not LaneKind.EMOTION:
                    self.item(row, column).setBackground(QBrush(QColor(lane.colour).lighter(112)))

    @staticmethod
    def _cell_item(
        journey: Journey, kind: LaneKind, stage_id: str, cards: list[Card]
    ) -> QTableWidgetItem:
        lines = [card_line(card) for card in cards]
        item = QTableWidgetItem()
        if kind is LaneKind.EMOTION and stage_id in journey.emotions:
            score = journey.emotions[stage_id]
            lines.insert(0, f"{score:+d}  {EMOTION_WORDS[score]}")
            item.setBackground(QBrush(QColor(EMOTION_COLOURS[score])))
        item.setText("\n\n".join(lines))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        notes = [f"{card.text.strip()}: {card.notes.strip()}" for card in cards if card.notes]
        if notes:
            item.setToolTip("\n".join(notes))
        return item


class MapOverview(QWidget):
    """The central area until the canvas exists: every journey of the project, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)

    def show_project(self, project: Project) -> None:
        """Show ``project`` (replacing what was shown)."""
        current = self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.setParent(None)  # leave the widget tree now, not at the next event loop turn
            page.deleteLater()
        for journey in project.journeys:
            self.tabs.addTab(self._journey_page(project, journey), journey.title or "Untitled map")
        if project.journeys:
            self.tabs.setCurrentIndex(max(0, min(current, len(project.journeys) - 1)))

    def _journey_page(self, project: Project, journey: Journey) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 6)
        summary = [f"{journey.state.value.capitalize()} state"]
        for persona_id in journey.persona_ids:
            persona = project.persona(persona_id)
            who = ", ".join(str(part) for part in (persona.name, persona.age, persona.role) if part)
            summary.append(f"Persona: {who}" + (f" — “{persona.quote}”" if persona.quote else ""))
        layout.addWidget(plain_label("   ·   ".join(summary), page))
        if journey.scenario.strip():
            layout.addWidget(plain_label(journey.scenario.strip(), page))
        table = JourneyTable(journey, page)
        layout.addWidget(table, 1)
        return page
