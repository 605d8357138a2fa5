"""The map layout, without Qt: cards fit their cells, never overlap, and text fits the cards."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.layout.map_layout import MapLayout, smooth_curve
from journeydesk.layout.style import Style
from journeydesk.layout.text import line_texts, wrap
from journeydesk.model.project import Card, Journey, Lane, LaneKind, Stage
from journeydesk.model.templates import TEMPLATES

STYLE = Style()
EPSILON = 1e-6
words = st.text(alphabet="abcdefghij klmnopqrstuvwxyzÄé日本語😀\n", max_size=120)


@st.composite
def journeys(draw: st.DrawFn) -> Journey:
    stages = [Stage(id=f"s{i}", title=draw(words)) for i in range(draw(st.integers(1, 8)))]
    kinds = draw(st.lists(st.sampled_from(list(LaneKind)), min_size=1, max_size=6))
    lanes = [Lane(id=f"l{i}", title=draw(words), kind=kind) for i, kind in enumerate(kinds)]
    holders = [lane for lane in lanes if lane.kind is not LaneKind.DIVIDER]
    cards = []
    for i in range(draw(st.integers(0, 40)) if holders else 0):
        cards.append(
            Card(
                id=f"c{i}",
                lane_id=draw(st.sampled_from(holders)).id,
                stage_id=draw(st.sampled_from(stages)).id,
                order=draw(st.integers(0, 5)),
                text=draw(words),
                tags=draw(
                    st.lists(st.text(alphabet="abcdef ", min_size=1, max_size=25), max_size=4)
                ),
                votes=draw(st.integers(0, 120)),
            )
        )
    emotions = {s.id: draw(st.integers(-2, 2)) for s in stages if draw(st.booleans())}
    return Journey(stages=stages, lanes=lanes, cards=cards, emotions=emotions)


def check_layout(journey: Journey, layout: MapLayout) -> None:
    """Every geometric promise of the layout, checked on one journey."""
    assert [c.stage_id for c in layout.stages] == [s.id for s in journey.stages]
    assert [r.lane_id for r in layout.lanes] == [lane.id for lane in journey.lanes]
    # Lanes tile the map below the header, without gaps.
    y = layout.header_height
    for row in layout.lanes:
        assert row.y == y
        y += row.height
    assert abs(layout.height - y) < EPSILON
    assert set(layout.cards) == {c.id for c in journey.cards}
    for (lane_id, stage_id), cards in journey.cells().items():
        cx, cy, cw, ch = layout.cell_rect(lane_id, stage_id)
        assert layout.cell_cards(lane_id, stage_id) == [c.id for c in cards]  # in order
        previous_bottom = -sys.float_info.max
        for card in cards:
            x, y, w, h = layout.card_rect(card.id)
            # Inside the cell, with the cell's padding, and the cell grew to hold it.
            assert (
                cx + STYLE.cell_padding - EPSILON <= x
                and x + w <= cx + cw - STYLE.cell_padding + EPSILON
            )
            assert cy <= y and y + h <= cy + ch + EPSILON
            # Stacked in order without overlapping.
            assert y >= previous_bottom + STYLE.card_gap - EPSILON
            previous_bottom = y + h
            box = layout.cards[card.id]
            for line in box.lines:
                # A line may be wider only when it is one character that alone does not fit.
                assert len(line.text) <= 1 or line.width <= STYLE.card_text_width + EPSILON
            for chip in box.tags:
                assert chip.x >= 0 and chip.x + chip.width <= w + EPSILON
                assert chip.y >= 0 and chip.y + STYLE.tag_height <= h + EPSILON
    for row in layout.lanes:
        if row.kind is LaneKind.EMOTION:
            points = layout.emotion_points(journey, row.lane_id)
            assert [p.stage_id for p in points] == [
                s.id for s in journey.stages if s.id in journey.emotions
            ]
            for point in points:
                column = layout.stage_by_id[point.stage_id]
                assert point.x == column.x + column.width / 2
                assert 0 < point.y < STYLE.emotion_band_height
            for a in points:
                for b in points:
                    if a.score > b.score:
                        assert a.y < b.y  # happier is higher on the page


@settings(max_examples=80, deadline=None)
@given(journeys())
def test_generated_journeys_lay_out_soundly(journey: Journey) -> None:
    check_layout(journey, MapLayout(journey, STYLE))


def test_templates_lay_out_soundly() -> None:
    for template in TEMPLATES.values():
        journey = template.create_project().journeys[0]
        check_layout(journey, MapLayout(journey, STYLE))


def test_cells_grow_to_fit_their_cards() -> None:
    journey = TEMPLATES["classic"].create_project().journeys[0]
    lane, stage = journey.lanes[0], journey.stages[0]
    empty = MapLayout(journey).lane_by_id[lane.id].height
    journey.cards = [
        Card(lane_id=lane.id, stage_id=stage.id, order=i, text="word " * 40) for i in range(4)
    ]
    layout = MapLayout(journey)
    assert layout.lane_by_id[lane.id].height > empty
    check_layout(journey, layout)


def test_cell_at_finds_every_cell_and_nothing_outside() -> None:
    journey = TEMPLATES["support"].create_project().journeys[0]
    layout = MapLayout(journey)
    for lane in journey.lanes:
        for stage in journey.stages:
            x, y, w, h = layout.cell_rect(lane.id, stage.id)
            assert layout.cell_at(x + w / 2, y + h / 2) == (lane.id, stage.id)
    assert layout.cell_at(10, layout.header_height + 5) is None  # the lane headers
    assert layout.cell_at(STYLE.lane_header_width + 5, 5) is None  # the stage headers
    assert layout.cell_at(layout.width + 1, layout.header_height + 5) is None
    assert layout.cell_at(STYLE.lane_header_width + 5, layout.height + 1) is None


@given(journeys(), st.data())
@settings(max_examples=60, deadline=None)
def test_relayout_after_edits_equals_a_fresh_layout(journey: Journey, data: st.DataObject) -> None:
    layout = MapLayout(journey, STYLE)
    holders = [lane for lane in journey.lanes if lane.kind is not LaneKind.DIVIDER]
    touched: set[tuple[str, str]] = set()
    if journey.cards:
        card = data.draw(st.sampled_from(journey.cards))
        touched.add((card.lane_id, card.stage_id))
        card.text = data.draw(words)
        moved = data.draw(st.sampled_from(journey.cards))
        touched.add((moved.lane_id, moved.stage_id))
        moved.lane_id = data.draw(st.sampled_from(holders)).id
        moved.stage_id = data.draw(st.sampled_from(journey.stages)).id
        touched.add((moved.lane_id, moved.stage_id))
        gone = data.draw(st.sampled_from(journey.cards))
        touched.add((gone.lane_id, gone.stage_id))
        journey.cards.remove(gone)
    if holders:
        added = Card(
            lane_id=holders[0].id, stage_id=journey.stages[0].id, order=9, text=data.draw(words)
        )
        journey.cards.append(added)
        touched.add((added.lane_id, added.stage_id))
    before = {row.lane_id: (row.y, row.height) for row in layout.lanes}
    changed = layout.relayout_cells(journey, touched)
    fresh = MapLayout(journey, STYLE)
    assert layout.cards == fresh.cards
    assert [(r.y, r.height) for r in layout.lanes] == [(r.y, r.height) for r in fresh.lanes]
    assert changed == {r.lane_id for r in fresh.lanes if (r.y, r.height) != before[r.lane_id]}
    check_layout(journey, layout)


def test_lines_keep_every_word_and_break_long_ones() -> None:
    text = "Supercalifragilisticexpialidocious and a fairly ordinary sentence\n\nafter a blank line"
    lines = wrap(text, 80, 10.5)
    texts = line_texts(lines)
    assert "".join("".join(texts).split()) == "".join(text.split())
    assert "" in texts  # the blank line stays
    assert all(len(line.text) <= 1 or line.width <= 80 + EPSILON for line in lines)
    assert wrap("", 80, 10.5) == ()
    assert len(wrap("日本語のテキストを折り返すテストです", 60, 10.5)) > 1


@given(st.lists(st.tuples(st.integers(-2, 2)), min_size=2, max_size=9))
def test_the_emotion_curve_passes_through_its_points_without_overshooting(
    scores: list[tuple[int]],
) -> None:
    points = [(i * 100.0, 50.0 - 20.0 * score) for i, (score,) in enumerate(scores)]
    segments = smooth_curve(points)
    assert [s[0] for s in segments] + [segments[-1][3]] == points
    for start, c1, c2, end in segments:
        low, high = min(start[1], end[1]), max(start[1], end[1])
        for step in range(21):
            t = step / 20
            y = (
                (1 - t) ** 3 * start[1]
                + 3 * (1 - t) ** 2 * t * c1[1]
                + 3 * (1 - t) * t**2 * c2[1]
                + t**3 * end[1]
            )
            assert low - EPSILON <= y <= high + EPSILON
