"""Finding cards by their words: an index kept up to date, not a scan on every keystroke.

A card matches when the text typed (stripped, compared case-insensitively) occurs in its text,
tags and owner joined by spaces. ``CardIndex`` keeps that joined, case-folded text of every
card, cell by cell, so a search reads no card and sorts nothing: it goes through the cells in
the map's order (lane by lane, stage by stage), each cell's cards in their order. It is told
of the cards that changed and of the cells whose cards changed or moved, so an edit costs the
cells concerned only. A search for words that contain an earlier search's words looks only
among that search's matches (typing a word letter by letter narrows).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress

from journeydesk.model.project import Card, Journey

#: How many recent searches are kept to narrow from (typing forward, deleting back).
RECENT_SEARCHES = 32

#: A cell of a map: (lane id, stage id).
Cell = tuple[str, str]
#: Cards in order: their ids and their haystacks.
_Cards = tuple[list[str], list[str]]


def card_haystack(card: Card) -> str:
    """The case-folded words a search looks in: the card's text, tags and owner."""
    return " ".join([card.text, *card.tags, card.owner]).casefold()


def search_needle(text: str) -> str:
    """What a search for ``text`` looks for: without surrounding spaces, case-folded."""
    return text.strip().casefold()


class CardIndex:
    """The cards of one map, cell by cell, searchable by text, tags and owner in map order.

    ``set_cell`` gives a cell's cards (after cards were added, removed or moved),
    ``update`` the new content of cards, ``set_cell_order`` the order of the lanes and
    stages. A change of what cards say or where they are forgets the recent searches.
    """

    def __init__(self) -> None:
        self._cells: dict[Cell, _Cards] = {}
        self._cell_of: dict[str, Cell] = {}
        self._lane_ids: list[str] = []
        self._stage_ids: list[str] = []
        # The non-empty cells in map order (None: to be worked out on the next search).
        self._sequence: list[_Cards] | None = None
        # Recent searches and their matches, oldest first.
        self._recent: dict[str, _Cards] = {}

    @classmethod
    def of_journey(cls, journey: Journey) -> CardIndex:
        """The index of a map's cards, as the map lays them out."""
        index = cls()
        for cell, cards in journey.cells().items():
            index.set_cell(cell, cards)
        index.set_cell_order([lane.id for lane in journey.lanes], [s.id for s in journey.stages])
        return index

    def __len__(self) -> int:
        return len(self._cell_of)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._cell_of

    def has_cell(self, cell: Cell) -> bool:
        """Whether the index has cards in ``cell``."""
        return cell in self._cells

    def cell_of(self, card_id: str) -> Cell | None:
        """The cell the index has this card in (None: not indexed)."""
        return self._cell_of.get(card_id)

    def card_ids(self) -> list[str]:
        """The ids of the cards indexed, in map order."""
        return [card_id for card_ids, _ in self._in_order() for card_id in card_ids]

    def set_cell_order(self, lane_ids: Sequence[str], stage_ids: Sequence[str]) -> None:
        """The map's lanes, top to bottom, and stages, left to right.

        Cells of lanes or stages not named come after the others.
        """
        lane_ids, stage_ids = list(lane_ids), list(stage_ids)
        if (lane_ids, stage_ids) != (self._lane_ids, self._stage_ids):
            self._lane_ids, self._stage_ids = lane_ids, stage_ids
            self._changed()

    def set_cell(self, cell: Cell, cards: Sequence[Card]) -> None:
        """The cards of ``cell`` now, in order; a card indexed in another cell leaves it."""
        cell_of = self._cell_of
        old_ids = self._cells.pop(cell, ([], []))[0]
        for card_id in old_ids:
            if cell_of.get(card_id) == cell:
                del cell_of[card_id]
        for card in cards:
            elsewhere = cell_of.get(card.id)
            if elsewhere is not None:
                self._drop(elsewhere, card.id)
            cell_of[card.id] = cell
        if cards:
            self._cells[cell] = ([card.id for card in cards], [card_haystack(c) for c in cards])
        self._changed()

    def update(self, cards: Iterable[Card]) -> None:
        """New content of these cards (text, tags, owner); cards not indexed are ignored."""
        for card in cards:
            cell = self._cell_of.get(card.id)
            if cell is None:
                continue
            card_ids, haystacks = self._cells[cell]
            position = card_ids.index(card.id)
            haystack = card_haystack(card)
            if haystacks[position] != haystack:  # (a colour changed: nothing to forget)
                haystacks[position] = haystack
                self._recent.clear()

    def search(self, text: str) -> list[str]:
        """The ids of the cards whose text, tags or owner contain ``text``, in map order.

        ``text`` is stripped and compared case-insensitively; blank text finds nothing.
        """
        needle = search_needle(text)
        if not needle:
            return []
        recent = self._recent
        found = recent.pop(needle, None)
        if found is None:
            found = self._find(needle)
        recent[needle] = found  # now the most recent
        if len(recent) > RECENT_SEARCHES:
            del recent[next(iter(recent))]
        return list(found[0])

    def _find(self, needle: str) -> _Cards:
        # The longest recent needle inside this one: its matches are the only candidates.
        base = max((known for known in self._recent if known in needle), key=len, default=None)
        groups = [self._recent[base]] if base is not None else self._in_order()
        found_ids: list[str] = []
        found_haystacks: list[str] = []
        for card_ids, haystacks in groups:
            keep = [needle in haystack for haystack in haystacks]
            found_ids += compress(card_ids, keep)
            found_haystacks += compress(haystacks, keep)
        return found_ids, found_haystacks

    def _in_order(self) -> list[_Cards]:
        """The non-empty cells in map order."""
        if self._sequence is None:
            cells = self._cells
            ordered = [(lane, stage) for lane in self._lane_ids for stage in self._stage_ids]
            sequence = [cells[cell] for cell in ordered if cell in cells]
            if len(sequence) < len(cells):  # cards in a lane or stage not named
                named = set(ordered)
                sequence += [cards for cell, cards in cells.items() if cell not in named]
            self._sequence = sequence
        return self._sequence

    def _drop(self, cell: Cell, card_id: str) -> None:
        """Take a card out of a cell's list (it is in another cell now)."""
        card_ids, haystacks = self._cells[cell]
        position = card_ids.index(card_id)
        del card_ids[position], haystacks[position]
        if not card_ids:
            del self._cells[cell]

    def _changed(self) -> None:
        self._sequence = None
        self._recent.clear()
