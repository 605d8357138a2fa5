"""Ctrl+F: find cards by their text or tags and step through the matches.

The bar searches a ``CardIndex`` of the map on show rather than reading every card: it
follows the document's signals to note the cells and cards that changed, and brings the index
up to date (those only) when it next searches.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from journeydesk.i18n import arg
from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.search import CardIndex, Cell, search_needle
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view import JourneyView


def map_axes(layout: MapLayout) -> tuple[list[str], list[str]]:
    """The ids of a map's lanes, top to bottom, and of its stages, left to right."""
    lanes = sorted(layout.lanes, key=lambda row: row.index)
    stages = sorted(layout.stages, key=lambda column: column.index)
    return [row.lane_id for row in lanes], [column.stage_id for column in stages]


class MapIndex(QObject):
    """The ``CardIndex`` of one scene's map, kept up to date from its document's signals.

    Signals only note which cells and cards changed; ``index()`` reads those again, so an
    edit costs nothing until the next search, and the scene's layout (which gives the order
    of the cards in a cell, as the map shows them) is up to date by then.
    """

    def __init__(self, scene: JourneyScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self._index: CardIndex | None = None  # None: built on first use
        self._stale_cells: set[Cell] = set()  # cards came, went or moved there since
        self._stale_cards: set[str] = set()  # their text, tags or owner changed since
        self._reorder = False  # lanes or stages changed since
        document = scene.document
        self._connections = (
            (document.cards_added, self._on_cards_added),
            (document.cards_removed, self._on_cards_removed),
            (document.cards_changed, self._on_cards_changed),
            (document.cards_moved, self._on_cards_moved),
            (document.structure_changed, self._on_structure_changed),
        )
        for signal, slot in self._connections:
            signal.connect(slot)

    def detach(self) -> None:
        """Stop following the document (another map is searched now)."""
        for signal, slot in self._connections:
            with suppress(RuntimeError, TypeError):  # the document is already gone
                signal.disconnect(slot)

    def index(self) -> CardIndex:
        """The index, brought up to date with the edits made since the last call."""
        layout, document = self.scene.layout, self.scene.document
        index = self._index
        if index is None:
            index = self._index = CardIndex()
            lane_ids, stage_ids = map_axes(layout)
            self._stale_cells = {(lane, stage) for lane in lane_ids for stage in stage_ids}
            self._stale_cards.clear()
            self._reorder = True
        if self._stale_cells:
            cells, self._stale_cells = self._stale_cells, set()
            for cell in cells:
                cards = [document.card(card_id) for card_id in layout.cell_cards(*cell)]
                if cards or index.has_cell(cell):
                    index.set_cell(cell, cards)
        if self._stale_cards:
            changed, self._stale_cards = self._stale_cards, set()
            index.update(document.card(card_id) for card_id in changed if card_id in layout.cards)
        if self._reorder:
            self._reorder = False
            index.set_cell_order(*map_axes(layout))
        return index

    def _ours(self, journey_id: str) -> bool:
        return self._index is not None and journey_id == self.scene.journey_id

    def _note_cells(self, card_ids: list[str], *, before: bool, after: bool) -> None:
        """Note the cells these cards are in for the index (before) and now (after)."""
        index, document = self._index, self.scene.document
        for card_id in card_ids:
            if before and index is not None and (cell := index.cell_of(card_id)) is not None:
                self._stale_cells.add(cell)
            if after:
                card = document.card(card_id)
                self._stale_cells.add((card.lane_id, card.stage_id))

    def _on_cards_added(self, journey_id: str, card_ids: list[str]) -> None:
        if self._ours(journey_id):
            self._note_cells(card_ids, before=False, after=True)

    def _on_cards_removed(self, journey_id: str, card_ids: list[str]) -> None:
        if self._ours(journey_id):
            self._note_cells(card_ids, before=True, after=False)

    def _on_cards_moved(self, journey_id: str, card_ids: list[str]) -> None:
        if self._ours(journey_id):
            self._note_cells(card_ids, before=True, after=True)

    def _on_cards_changed(self, journey_id: str, card_ids: list[str]) -> None:
        if self._ours(journey_id):
            self._stale_cards.update(card_ids)

    def _on_structure_changed(self, journey_id: str) -> None:
        if self._ours(journey_id):
            self._reorder = True


class FindBar(QWidget):
    """A search field under the canvas; Enter goes to the next match, Shift+Enter back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: JourneyView | None = None
        self._map_index: MapIndex | None = None
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
        scene = view.journey_scene if view is not None else None
        if self._map_index is not None and self._map_index.scene is not scene:
            self._map_index.detach()
            self._map_index.deleteLater()
            self._map_index = None
        if scene is not None and self._map_index is None:
            self._map_index = MapIndex(scene, self)
        if self.isVisible():
            self._prepare()
            self._search(self.field.text())

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._prepare()
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

    def _prepare(self) -> None:
        """Build or update the index now, so that the first keystroke does not wait for it."""
        if self._map_index is not None:
            self._map_index.index()

    def _search(self, text: str) -> None:
        self._position = -1
        if self._map_index is None or not search_needle(text):
            self._matches = []
            self.status.setText("")
            return
        self._matches = self._map_index.index().search(text)
        count = len(self._matches)
        self.status.setText(self.tr("%n found", "", count) if count else self.tr("No cards found"))

    def _step(self, direction: int) -> None:
        if self._view is None:
            return
        if any(i not in self._view.journey_scene.layout for i in self._matches):
            self._search(self.field.text())  # a match was deleted since: search again
        if not self._matches:
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
