"""A map laid out lazily: lanes below ``exact_above`` are estimated, then laid out exactly
and end up exactly as a full layout would place them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.sample import generate_project


def _boxes(layout: MapLayout) -> dict[str, tuple[float, ...]]:
    return {i: layout.card_rect(i) for i in layout.cards}


def test_only_the_lanes_near_the_top_are_exact_at_first() -> None:
    journey = generate_project(stages=12, lanes=8, cards=900, seed=4).journeys[0]
    lazy = MapLayout(journey, exact_above=1500.0)
    assert lazy.provisional
    for lane_id, stage_id in lazy.provisional:
        assert lazy.lane_by_id[lane_id].y >= 1500.0
        for card_id in lazy.cell_cards(lane_id, stage_id):
            assert lazy.cards[card_id].lines == ()  # estimated: nothing shaped
    exact = MapLayout(journey)
    assert not exact.provisional
    for row in lazy.lanes:
        if row.y < 1500.0:
            assert row.height == exact.lane_by_id[row.lane_id].height
    shown = [b for b in lazy.cards.values() if lazy.lane_by_id[b.lane_id].y < 1500.0]
    assert shown and all(box == exact.cards[box.card_id] for box in shown)


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    exact_above=st.floats(0.0, 4000.0),
    batches=st.integers(1, 6),
)
def test_laying_out_the_estimated_cells_gives_the_full_layout(
    seed: int, exact_above: float, batches: int
) -> None:
    journey = generate_project(stages=6, lanes=5, cards=240, seed=seed).journeys[0]
    lazy = MapLayout(journey, exact_above=exact_above)
    cells = sorted(lazy.provisional)
    for start in range(batches):
        lazy.relayout_cells(journey, set(cells[start::batches]))
    assert not lazy.provisional
    exact = MapLayout(journey)
    assert _boxes(lazy) == _boxes(exact)
    assert [(r.y, r.height) for r in lazy.lanes] == [(r.y, r.height) for r in exact.lanes]
    assert lazy.cards == exact.cards
