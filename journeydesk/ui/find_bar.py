"""Ctrl+F: find cards by their text or tags and step through the matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from journeydesk.i18n import arg
from journeydesk.ui.canvas.view import JourneyView


class FindBar(QWidget):
    """A search field under the canvas; Enter goes to the next match, Shift+Enter back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: JourneyView | None = None
        self._matches: list[str] = []
        self._position = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find cards…"))
        self.field.setAccessibleName(self.tr("Find cards"))
        self.field.setAccessibleDescription(
            self.tr(
                "Words to look for in the cards' text, tags and owners; Enter selects the next "
                "match, Shift+Enter the previous one, Esc closes the bar"
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setMinimumWidth(90)
        self.status.setAccessibleName(self.tr("Matches"))
        previous = self._button(
            "▲",
            self.tr("Previous match"),
            self.tr("Previous match (Shift+Enter)"),
            self.tr("Select the previous card that matches"),
        )
        previous.clicked.connect(self.find_previous)
        following = self._button(
            "▼",
            self.tr("Next match"),
            self.tr("Next match (Enter)"),
            self.tr("Select the next card that matches"),
        )
        following.clicked.connect(self.find_next)
        close = self._button(
            "✕",
            self.tr("Close find bar"),
            self.tr("Close (Esc)"),
            self.tr("Hide the find bar and go back to the map"),
        )
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def _button(self, symbol: str, name: str, tip: str, description: str) -> QToolButton:
        """A tool button showing ``symbol``, named for screen readers by ``name``."""
        button = QToolButton(self)
        button.setText(symbol)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        return button

    def set_view(self, view: JourneyView | None) -> None:
        """Search the canvas ``view`` from now on."""
        self._view = view
        if self.isVisible():
            self._search(self.field.text())

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the canvas."""
        self.hide()
        if self._view is not None:
            self._view.setFocus()

    def matches(self) -> list[str]:
        """The ids of the cards matching the current text, in map order."""
        return list(self._matches)

    def find_next(self) -> None:
        """Select the next match."""
        self._step(1)

    def find_previous(self) -> None:
        """Select the previous match."""
        self._step(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Cancel):
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self._position = -1
        needle = text.strip().casefold()
        if self._view is None or not needle:
            self._matches = []
            self.status.setText("")
            return
        scene = self._view.journey_scene
        layout = scene.layout
        lanes = {row.lane_id: row.index for row in layout.lanes}
        stages = {column.stage_id: column.index for column in layout.stages}
        found = []
        for card in scene.journey.cards:
            haystack = " ".join([card.text, *card.tags, card.owner]).casefold()
            if needle in haystack:
                box = layout.cards[card.id]
                found.append(((lanes[box.lane_id], stages[box.stage_id], box.y), card.id))
        found.sort()
        self._matches = [card_id for _key, card_id in found]
        count = len(self._matches)
        self.status.setText(self.tr("%n found", "", count) if count else self.tr("No cards found"))

    def _step(self, direction: int) -> None:
        if self._view is None or not self._matches:
            return
        self._position = (self._position + direction) % len(self._matches)
        self._view.select_card(self._matches[self._position])
        locale = QLocale()
        self.status.setText(
            arg(
                self.tr("%1 of %2", "the match selected, of all the matches"),
                locale.toString(self._position + 1),
                locale.toString(len(self._matches)),
            )
        )
