"""Editing cards on one scene: typing new cards and texts, deleting, duplicating, pasting.

Every change becomes one command on the document's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal

from journeydesk.i18n import arg
from journeydesk.layout.map_layout import Cell
from journeydesk.model.project import MAX_TEXT, Card, Journey, LaneKind, new_id
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.commands import AddCardsCommand, EditCardCommand, RemoveCardsCommand

if TYPE_CHECKING:
    from journeydesk.ui.canvas.items.card_editor_item import CardEditorItem


class CanvasEditor(QObject):
    """Turns typing and menu edits on one scene into commands."""

    #: Fires with a sentence for the facilitator when an edit cannot be made as asked.
    problem = Signal(str)
    #: Fires while a card is being typed (its text is not in the document yet).
    typing = Signal()
    #: Fires when a card opens for typing: (the card's id, None for a new card; its cell).
    opened = Signal(object, object)

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.editor: CardEditorItem | None = None
        self._card_id: str | None = None  # the card being edited, None for a new card
        self._cell: Cell | None = None  # where a new card goes
        self._colour: str | None = None  # the colour of a new card (None: the lane's)
        self._index: int | None = None  # where in its cell a new card goes

    def is_editing(self) -> bool:
        """Whether a card is being typed."""
        return self.editor is not None

    def apply_typing(self, journey: Journey) -> None:
        """Put the text being typed into ``journey`` (a copy of the document's, for a
        recovery copy): a crash while typing a long card keeps what was typed."""
        if self.editor is None:
            return
        text = self.editor.text()[:MAX_TEXT]
        if self._card_id is not None:
            for card in journey.cards:
                if card.id == self._card_id:
                    card.text = text
        elif self._cell is not None and text.strip():
            orders = [c.order for c in journey.cards_in_cell(*self._cell)]
            journey.cards.append(
                Card(
                    lane_id=self._cell[0],
                    stage_id=self._cell[1],
                    text=text,
                    colour=self._colour,
                    order=max(orders, default=-1) + 1,
                )
            )

    def begin_new_card(
        self, cell: Cell, colour: str | None = None, index: int | None = None
    ) -> None:
        """Open an empty card for typing in ``cell``, at ``index`` (default: at the end)."""
        if not self.finish():
            return
        scene, layout, style = self.scene, self.scene.layout, self.scene.map_style
        row = layout.lane_by_id[cell[0]]
        if row.kind is LaneKind.DIVIDER:
            return
        scene.set_current_cell(cell)
        cards = layout.cell_cards(*cell)
        index = len(cards) if index is None else max(0, min(index, len(cards)))
        if index < len(cards):
            y = layout.cards[cards[index]].y
        elif cards:
            last = layout.cards[cards[-1]]
            y = last.y + last.height + style.card_gap
        else:
            y = row.content_top + style.cell_padding
        x = layout.stage_by_id[cell[1]].x + style.cell_padding
        self._card_id, self._cell, self._colour, self._index = None, cell, colour, index
        self._open_editor("", colour or row.colour, x, y, cell[0])

    def begin_edit(self, card_id: str) -> None:
        """Open an existing card's text for typing."""
        if not self.finish():
            return
        box = self.scene.layout.cards[card_id]
        card = self.scene.document.card(card_id)
        self._card_id, self._cell = card_id, (box.lane_id, box.stage_id)
        self.scene.item_for_card[card_id].hide()
        self._open_editor(card.text, box.colour, box.x, box.y, box.lane_id)

    def finish(self) -> bool:
        """Commit any typing in progress (before another gesture, a save, a close...).

        Returns False, keeping the editor open, when the text cannot be kept as it is (the
        ``problem`` signal has said why): the caller must not go on.
        """
        if self.editor is not None:
            return self._on_committed(self.editor.text(), False)
        return True

    def delete_selected(self) -> None:
        """Delete the selected cards, as one undo step."""
        card_ids = self.scene.selected_card_ids()
        if card_ids:
            scene = self.scene
            scene.document.undo_stack.push(
                RemoveCardsCommand(scene.document, scene.journey_id, card_ids)
            )

    def duplicate_selected(self) -> None:
        """Put a copy of each selected card right after it."""
        scene = self.scene
        card_ids = scene.selected_card_ids()
        if not card_ids:
            return
        copies = []
        for card_id in card_ids:
            original = scene.document.card(card_id)
            # A new card: in a future state it is "added", not a second copy of its source.
            copy = original.model_copy(deep=True, update={"id": new_id(), "source_card_id": None})
            index = scene.layout.cell_cards(original.lane_id, original.stage_id).index(card_id) + 1
            copies.append((copy, index))
        count = len(copies)
        text = (
            self.tr("Duplicate Card") if count == 1 else self.tr("Duplicate %n Card(s)", "", count)
        )
        command = AddCardsCommand(scene.document, scene.journey_id, copies, text)
        scene.document.undo_stack.push(command)
        self.select(command.card_ids)

    def add_cards(
        self, cell: Cell, cards: list[Card], text: str | None = None, index: int | None = None
    ) -> list[str]:
        """Add ``cards`` to ``cell`` at ``index`` (default: the end), as one undo step."""
        scene = self.scene
        if scene.layout.lane_by_id[cell[0]].kind is LaneKind.DIVIDER or not cards:
            return []
        start = len(scene.layout.cell_cards(*cell)) if index is None else index
        entries = []
        for offset, card in enumerate(cards):
            card.lane_id, card.stage_id = cell
            entries.append((card, start + offset))
        command = AddCardsCommand(scene.document, scene.journey_id, entries, text)
        scene.document.undo_stack.push(command)
        self.select(command.card_ids)
        return command.card_ids

    def add_cards_from_text(self, cell: Cell, text: str) -> list[str]:
        """Make one card per non-empty line of ``text`` (transcribing a wall of stickies)."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        too_long = [line for line in lines if len(line) > MAX_TEXT]
        if too_long:
            locale = QLocale()
            self.problem.emit(
                arg(
                    self.tr(
                        "A card holds at most %1 characters; a pasted line has %2. "
                        "Nothing was pasted."
                    ),
                    locale.toString(MAX_TEXT),
                    locale.toString(len(too_long[0])),
                )
            )
            return []
        cards = [Card(lane_id=cell[0], stage_id=cell[1], text=line) for line in lines]
        count = len(cards)
        text = self.tr("Paste Card") if count == 1 else self.tr("Paste %n Card(s)", "", count)
        return self.add_cards(cell, cards, text)

    def select(self, card_ids: list[str]) -> None:
        """Select exactly these cards."""
        self.scene.clearSelection()
        for card_id in card_ids:
            item = self.scene.item_for_card.get(card_id)
            if item is not None:
                item.setSelected(True)

    def next_cell(self, cell: Cell, step: int = 1) -> Cell:
        """The cell after ``cell`` in reading order (``step`` -1: before), skipping dividers.

        After a lane's last stage comes the next lane's first; the map wraps around.
        """
        layout = self.scene.layout
        columns = len(layout.stages)
        cells = len(layout.lanes) * columns
        here = layout.lane_by_id[cell[0]].index * columns + layout.stage_by_id[cell[1]].index
        for offset in range(1, cells + 1):
            place = (here + step * offset) % cells
            row, column = layout.lanes[place // columns], layout.stages[place % columns]
            if row.kind is LaneKind.CARDS:
                return row.lane_id, column.stage_id
        return cell

    def first_cell(self) -> Cell | None:
        """The top-left cell that holds cards, where typing starts on a fresh map."""
        layout = self.scene.layout
        for row in layout.lanes:
            if row.kind is LaneKind.CARDS and layout.stages:
                return row.lane_id, layout.stages[0].stage_id
        return None

    # The editor item.

    def _open_editor(self, text: str, colour: str, x: float, y: float, lane_id: str) -> None:
        style = self.scene.map_style
        # Imported when first needed: most of a workshop's start is not typing.
        from journeydesk.ui.canvas.items.card_editor_item import CardEditorItem

        editor = CardEditorItem(text, colour, style)
        editor.setParentItem(self.scene.item_for_lane[lane_id])
        editor.setPos(x + style.card_padding, y + style.card_padding)
        editor.committed.connect(self._on_committed)
        editor.cancelled.connect(self._close_editor)
        editor.document().contentsChanged.connect(self.typing)
        self.editor = editor
        editor.start()
        self.opened.emit(self._card_id, self._cell)
        for view in self.scene.views():
            reveal = getattr(view, "reveal", None)  # a JourneyView (which imports this module)
            if callable(reveal):
                reveal(editor.sceneBoundingRect())

    def _on_committed(self, text: str, advance: bool) -> bool:
        if len(text) > MAX_TEXT:
            if self.editor is not None:
                self.editor.reopen()
            locale = QLocale()
            self.problem.emit(
                arg(
                    self.tr(
                        "A card holds at most %1 characters; this text has %2. "
                        "Shorten it, or paste it into a cell to make one card per line."
                    ),
                    locale.toString(MAX_TEXT),
                    locale.toString(len(text)),
                )
            )
            return False
        card_id, cell, colour, index = self._card_id, self._cell, self._colour, self._index
        self._close_editor()
        scene = self.scene
        if card_id is not None:
            if text != scene.document.card(card_id).text:
                scene.document.undo_stack.push(
                    EditCardCommand(scene.document, scene.journey_id, card_id, {"text": text})
                )
            self.select([card_id])
        elif cell is not None and text.strip():
            self.add_cards(
                cell,
                [Card(lane_id=cell[0], stage_id=cell[1], text=text, colour=colour)],
                self.tr("Add Card"),
                index,
            )
        if advance and cell is not None:
            self.begin_new_card(self.next_cell(cell))
        return True

    def _close_editor(self) -> None:
        editor, card_id = self.editor, self._card_id
        self.editor, self._card_id, self._cell = None, None, None
        self._colour = self._index = None
        if editor is not None:
            editor.committed.disconnect(self._on_committed)
            editor.cancelled.disconnect(self._close_editor)
            had_focus = editor.hasFocus()
            editor.clearFocus()
            self.scene.removeItem(editor)
            editor.deleteLater()
            if had_focus:  # typing goes on on the canvas, not in a toolbar
                for view in self.scene.views():
                    if view.isVisible():
                        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if card_id is not None and card_id in self.scene.item_for_card:
            self.scene.item_for_card[card_id].show()
        if editor is not None:
            self.typing.emit()  # the recovery copy follows: typed text kept or cancelled
