"""The card index that Find searches: always the same answer as reading every card."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.model import search
from journeydesk.model.project import Card, Journey, Lane, Stage
from journeydesk.model.sample import generate_project
from journeydesk.model.search import (
    RECENT_SEARCHES,
    CardIndex,
    Cell,
    card_haystack,
    search_needle,
)

# Few letters, so that searches find something; case pairs and letters whose case folding
# changes their length (ß -> ss, İ -> i + dot) or merges them (K, Kelvin sign).
_LETTERS = "abAB sSßẞİiKK\n"
_words = st.text(st.sampled_from(_LETTERS), max_size=12)
_content = st.tuples(_words, st.lists(_words, max_size=3), _words)  # text, tags, owner


def card(
    card_id: str,
    text: str = "",
    tags: tuple[str, ...] | list[str] = (),
    owner: str = "",
    cell: Cell = ("l", "s"),
    order: int = 0,
) -> Card:
    """A card with these words, in ``cell`` at ``order``."""
    return Card(
        id=card_id,
        lane_id=cell[0],
        stage_id=cell[1],
        order=order,
        text=text,
        tags=list(tags),
        owner=owner,
    )


def journey(
    cards: list[Card], lanes: tuple[str, ...] = ("l",), stages: tuple[str, ...] = ("s",)
) -> Journey:
    """A map of these lanes and stages holding ``cards``."""
    return Journey(
        lanes=[Lane(id=lane) for lane in lanes],
        stages=[Stage(id=stage) for stage in stages],
        cards=cards,
    )


def naive(cards: list[Card], lanes: list[str], stages: list[str], text: str) -> list[str]:
    """What Find answered before the index: every card read, in map order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = []
    for lane in lanes:
        for stage in stages:
            in_cell = [c for c in cards if (c.lane_id, c.stage_id) == (lane, stage)]
            for one in sorted(in_cell, key=lambda c: c.order):  # ties: list order
                if needle in " ".join([one.text, *one.tags, one.owner]).casefold():
                    found.append(one.id)
    return found


def test_a_card_is_found_by_its_text_tags_and_owner_whatever_the_case() -> None:
    index = CardIndex.of_journey(
        journey(
            [
                card("a", "Long queue at the counter", order=0),
                card("b", "Menu", tags=("Quick win",), order=1),
                card("c", "Booking", owner="Lena (UX)", order=2),
            ]
        )
    )
    assert index.search("QUEUE") == ["a"]
    assert index.search("quick win") == ["b"]
    assert index.search("  lena ") == ["c"]
    assert index.search("menu quick") == ["b"]  # text and tags are joined by a space
    assert index.search("   ") == []
    assert index.search("nowhere") == []


def test_results_come_lane_by_lane_stage_by_stage_in_card_order() -> None:
    cards = [
        card("late", "x", cell=("l2", "s1"), order=0),
        card("second", "x", cell=("l1", "s1"), order=5),
        card("first", "x", cell=("l1", "s1"), order=1),
        card("tie", "x", cell=("l1", "s1"), order=5),  # after "second": list order
        card("left", "x", cell=("l2", "s0"), order=9),
    ]
    index = CardIndex.of_journey(journey(cards, ("l1", "l2"), ("s0", "s1")))
    assert index.search("x") == ["first", "second", "tie", "left", "late"]
    index.set_cell_order(["l2", "l1"], ["s1", "s0"])
    assert index.search("x") == ["late", "left", "first", "second", "tie"]
    index.set_cell_order(["l1"], ["s1"])  # cells of lanes or stages not named: after
    assert index.search("x") == ["first", "second", "tie", "late", "left"]
    assert index.card_ids() == ["first", "second", "tie", "late", "left"]


def test_cards_moved_added_removed_and_edited_are_seen_by_the_next_search() -> None:
    a, b = ("l", "a"), ("l", "b")
    index = CardIndex()
    index.set_cell_order(["l"], ["a", "b"])
    index.set_cell(a, [card("1", "check in", cell=a), card("2", "checkout", cell=a)])
    assert index.search("check") == ["1", "2"]
    # "1" moved to b: the cell it came to may be given before the one it left.
    index.set_cell(b, [card("1", "check in", cell=b)])
    assert index.search("check") == ["2", "1"] and index.cell_of("1") == b
    index.set_cell(a, [card("2", "checkout", cell=a)])
    assert index.search("check") == ["2", "1"] and len(index) == 2
    index.update([card("1", "checkout desk", cell=b), card("unknown", "checkout")])
    assert index.search("checko") == ["2", "1"]
    index.set_cell(a, [])  # "2" deleted
    assert index.search("checkou") == ["1"]
    assert "2" not in index and "1" in index and len(index) == 1
    assert index.cell_of("2") is None and not index.has_cell(a) and index.has_cell(b)


def test_typing_forward_looks_only_among_the_previous_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_in: list[str] = []

    class Watched(str):
        """A haystack that notes each search in it."""

        __slots__ = ()

        def __contains__(self, needle: object) -> bool:
            looked_in.append(str(self))
            return super().__contains__(needle)  # pyright: ignore[reportArgumentType]

    monkeypatch.setattr(search, "card_haystack", lambda one: Watched(card_haystack(one)))
    cards = [card(str(i), f"word {i}", order=i) for i in range(50)]
    index = CardIndex.of_journey(journey([*cards, card("x", "other", order=50)]))
    assert len(index.search("w")) == 50
    assert len(looked_in) == 51  # the first letter: every card
    looked_in.clear()
    assert index.search("word 4") == ["4", *(str(i) for i in range(40, 50))]
    assert len(looked_in) == 50 and "other" not in looked_in
    looked_in.clear()
    assert index.search("word 4") == ["4", *(str(i) for i in range(40, 50))]
    assert index.search("w") == [str(i) for i in range(50)]  # deleting back: remembered
    assert looked_in == []


def test_recent_searches_are_bounded() -> None:
    index = CardIndex.of_journey(journey([card("a", "abc")]))
    for i in range(RECENT_SEARCHES * 3):
        index.search(f"q{i}")
    assert len(index._recent) == RECENT_SEARCHES  # pyright: ignore[reportPrivateUsage]
    assert index.search("ab") == ["a"]


def test_the_haystack_is_what_find_always_read() -> None:
    one = card("a", "Grüße\nStraße", tags=("Quick win", "ẞ"), owner="Ωmega")
    assert card_haystack(one) == "grüsse\nstrasse quick win ss ωmega"
    assert search_needle("  STRASSE ") == "strasse"


def test_a_generated_map_of_twenty_thousand_cards_matches_the_naive_scan() -> None:
    generated = generate_project(stages=50, lanes=10, cards=20_000, seed=1).journeys[0]
    index = CardIndex.of_journey(generated)
    cells = generated.cells()
    order = [
        one.id
        for lane in generated.lanes
        for stage in generated.stages
        for one in cells.get((lane.id, stage.id), [])
    ]
    assert index.card_ids() == order
    cards = {one.id: one for one in generated.cards}
    for text in ("c", "cu", "cus", "custom", "cu", "Grüsse", "quick win", "naïve", "zz"):
        needle = search_needle(text)
        assert index.search(text) == [i for i in order if needle in card_haystack(cards[i])]


@settings(max_examples=300, deadline=None)
@given(start=st.lists(_content, max_size=8), data=st.data())
def test_the_index_answers_as_the_naive_scan_through_any_edits(
    start: list[tuple[str, list[str], str]], data: st.DataObject
) -> None:
    """Edits as the find bar learns of them: cells and cards noted, read again lazily."""
    lanes, stages = ["l0", "l1", "l2"], ["s0", "s1"]
    cells = st.tuples(st.sampled_from(lanes), st.sampled_from(stages))
    orders = st.integers(0, 3)
    serial = 0

    def make(content: tuple[str, list[str], str], cell: Cell, order: int) -> Card:
        nonlocal serial
        serial += 1
        return card(f"c{serial}", *content, cell=cell, order=order)

    cards = [make(content, data.draw(cells), data.draw(orders)) for content in start]
    index = CardIndex.of_journey(journey(cards, tuple(lanes), tuple(stages)))
    stale_cells: set[Cell] = set()
    stale_cards: set[str] = set()

    def in_cell(cell: Cell) -> list[Card]:
        return sorted((c for c in cards if (c.lane_id, c.stage_id) == cell), key=lambda c: c.order)

    def catch_up() -> None:
        for cell in data.draw(st.permutations(sorted(stale_cells)), label="cells read"):
            index.set_cell(cell, in_cell(cell))
        index.update(c for c in cards if c.id in stale_cards)
        index.set_cell_order(lanes, stages)
        stale_cells.clear()
        stale_cards.clear()

    query = ""
    for _ in range(data.draw(st.integers(0, 25), label="steps")):
        step = data.draw(
            st.sampled_from(["type", "delete", "query", "edit", "add", "remove", "move", "axes"])
        )
        if step == "type":
            query += data.draw(st.sampled_from(_LETTERS))
        elif step == "delete":
            query = query[:-1]
        elif step == "query":
            query = data.draw(_words)
        elif step == "edit" and cards:
            position = data.draw(st.integers(0, len(cards) - 1))
            text, tags, owner = data.draw(_content)
            cards[position] = cards[position].model_copy(
                update={"text": text, "tags": tags, "owner": owner}
            )
            stale_cards.add(cards[position].id)
        elif step == "add":
            made = make(data.draw(_content), data.draw(cells), data.draw(orders))
            cards.insert(data.draw(st.integers(0, len(cards))), made)
            stale_cells.add((made.lane_id, made.stage_id))
        elif step == "remove" and cards:
            gone = cards.pop(data.draw(st.integers(0, len(cards) - 1)))
            if (cell := index.cell_of(gone.id)) is not None:  # else: added since, noted then
                stale_cells.add(cell)
        elif step == "move" and cards:
            position = data.draw(st.integers(0, len(cards) - 1))
            moved = cards[position]
            if (cell := index.cell_of(moved.id)) is not None:
                stale_cells.add(cell)
            lane_id, stage_id = data.draw(cells)
            cards[position] = moved.model_copy(
                update={"lane_id": lane_id, "stage_id": stage_id, "order": data.draw(orders)}
            )
            stale_cells.add((lane_id, stage_id))
        elif step == "axes":
            lanes = data.draw(st.permutations(lanes))
            stages = data.draw(st.permutations(stages))
        if data.draw(st.booleans(), label="search now"):  # else: more edits first
            catch_up()
            assert index.search(query) == naive(cards, lanes, stages, query)
    catch_up()
    assert index.search(query) == naive(cards, lanes, stages, query)
    assert sorted(index.card_ids()) == sorted(c.id for c in cards) and len(index) == len(cards)
