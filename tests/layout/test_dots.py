"""Voting dots in the layout: a row on each card's bottom edge that never moves a card."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.layout import colours
from journeydesk.layout.dots import DotMark, lay_out_dots
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style, TextSize, screen_style
from journeydesk.layout.text import text_width
from journeydesk.model.project import Card, Journey
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import Dot, VoteRound

STYLE = Style()
EPSILON = 1e-6
WIDTH, HEIGHT = STYLE.card_width, 41.0


def fits() -> int:
    """How many dots a card's width holds."""
    step = 2 * STYLE.dot_radius + STYLE.dot_gap
    return int((STYLE.card_width - 2 * STYLE.card_padding + STYLE.dot_gap) // step)


def check_row(marks: tuple[DotMark, ...], style: Style, width: float, height: float) -> None:
    """Centred on the bottom edge, right to left, inside the padding, not overlapping."""
    for mark in marks:
        assert mark.y == height
        assert mark.radius == style.dot_radius
        assert mark.x - mark.width / 2 >= style.card_padding - EPSILON
        assert mark.x + mark.width / 2 <= width - style.card_padding + EPSILON
    for right, left in pairwise(marks):
        gap = (right.x - right.width / 2) - (left.x + left.width / 2)
        assert abs(gap - style.dot_gap) < EPSILON


def journey_with_cards() -> Journey:
    journey = TEMPLATES["classic"].create_project("Dots").journeys[0]
    lane = journey.lanes[0]
    for stage in journey.stages[:2]:
        for order in range(2):
            journey.cards.append(
                Card(
                    id=f"{stage.title[:3]}{order}",
                    lane_id=lane.id,
                    stage_id=stage.id,
                    order=order,
                    text="A card whose text wraps onto a second line for sure",
                )
            )
    return journey


def test_dots_sit_on_the_bottom_edge_from_the_right_in_their_participants_colours() -> None:
    marks = lay_out_dots((0, 13, 0, 5), WIDTH, HEIGHT, STYLE)
    assert [m.colour for m in marks] == [
        colours.PARTICIPANT_COLOURS[0],
        colours.PARTICIPANT_COLOURS[1],  # participant 13 is 13 % 12
        colours.PARTICIPANT_COLOURS[0],
        colours.PARTICIPANT_COLOURS[5],
    ]
    first = marks[0]
    assert first.x + first.radius == WIDTH - STYLE.card_padding  # the first placed, rightmost
    assert [m.x for m in marks] == sorted((m.x for m in marks), reverse=True)
    assert all(m.width == 2 * m.radius and not m.label for m in marks)
    check_row(marks, STYLE, WIDTH, HEIGHT)
    assert lay_out_dots((), WIDTH, HEIGHT, STYLE) == ()


def test_a_full_row_holds_every_dot_one_more_becomes_a_marker() -> None:
    full = lay_out_dots(tuple(range(fits())), WIDTH, HEIGHT, STYLE)
    assert len(full) == fits() == 15
    assert not any(m.label for m in full)
    check_row(full, STYLE, WIDTH, HEIGHT)
    over = lay_out_dots(tuple(range(fits() + 1)), WIDTH, HEIGHT, STYLE)
    *dots, marker = over
    # "+N" is wider than a dot, so it takes the room of two: 13 dots and 3 more in "+3".
    assert marker.label == f"+{fits() + 1 - len(dots)}" == "+3"
    assert len(dots) == fits() - 2
    assert marker.colour == colours.MORE_DOTS
    label_width = text_width(marker.label, STYLE.dot_label_size, Weight.BOLD)
    assert marker.width == label_width + 2 * STYLE.dot_label_padding > 2 * STYLE.dot_radius
    check_row(tuple(over), STYLE, WIDTH, HEIGHT)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 99), min_size=1, max_size=9_900),
    st.sampled_from(list(TextSize)),
)
def test_any_number_of_dots_fits_the_card_and_is_counted(
    participants: list[int], size: TextSize
) -> None:
    style = screen_style(size)
    marks = lay_out_dots(tuple(participants), style.card_width, HEIGHT, style)
    check_row(marks, style, style.card_width, HEIGHT)
    dots = [m for m in marks if not m.label]
    more = [int(m.label[1:].replace(",", "")) for m in marks if m.label]
    assert len(dots) + sum(more) == len(participants)
    assert [m.colour for m in dots] == [
        colours.participant_colour(p) for p in participants[: len(dots)]
    ]
    assert len(more) <= 1 and (not more or marks[-1].label)  # the marker comes last


def test_the_palette_has_twelve_distinct_colours() -> None:
    palette = colours.PARTICIPANT_COLOURS
    assert len(palette) == len({c.lower() for c in palette}) == 12
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in palette)
    assert colours.participant_colour(12) == palette[0]
    assert colours.participant_colour(23) == palette[11]


def test_dots_never_change_a_card_or_a_lane() -> None:
    journey = journey_with_cards()
    before = MapLayout(journey)
    rects = {card_id: before.card_rect(card_id) for card_id in before.cards}
    journey.vote_rounds.append(
        VoteRound(
            participants=["Ana", "Ben"],
            dots=[Dot(card_id=card.id, participant=p) for card in journey.cards for p in (0, 1)],
        )
    )
    after = MapLayout(journey)
    assert {card_id: after.card_rect(card_id) for card_id in after.cards} == rects
    assert after.height == before.height
    assert all(len(after.cards[card_id].dots) == 2 for card_id in rects)
    assert all(before.cards[card_id].dots == () for card_id in rects)


def test_cards_show_the_latest_round_only_and_only_on_the_map() -> None:
    journey = journey_with_cards()
    a, b = journey.cards[0].id, journey.cards[1].id
    old = VoteRound(participants=["Ana"], dots=[Dot(card_id=a, participant=0)])
    old.ended_at = old.started_at
    journey.vote_rounds.append(old)
    assert [m.colour for m in MapLayout(journey).cards[a].dots] == [colours.participant_colour(0)]
    latest = VoteRound(
        participants=["Ana", "Ben"],
        dots=[Dot(card_id=b, participant=1), Dot(card_id="deleted", participant=0)],
    )
    journey.vote_rounds.append(latest)
    layout = MapLayout(journey)
    assert layout.cards[a].dots == ()
    assert [m.colour for m in layout.cards[b].dots] == [colours.participant_colour(1)]
    assert "deleted" not in layout.cards


def test_relayout_votes_lays_out_only_the_cells_whose_dots_changed() -> None:
    journey = journey_with_cards()
    vote_round = VoteRound(participants=["Ana", "Ben"])
    journey.vote_rounds.append(vote_round)
    layout = MapLayout(journey)
    assert layout.relayout_votes(journey) == (set(), set())
    first, other = journey.cards[0], journey.cards[2]  # in two stages
    untouched = layout.cards[other.id]
    vote_round.dots.append(Dot(card_id=first.id, participant=1))
    cells, lanes = layout.relayout_votes(journey)
    assert cells == {(first.lane_id, first.stage_id)}
    assert lanes == set()  # dots take no height
    assert [m.colour for m in layout.cards[first.id].dots] == [colours.participant_colour(1)]
    assert layout.cards[other.id] is untouched
    vote_round.dots.append(Dot(card_id=first.id, participant=0))
    layout.relayout_votes(journey)
    assert len(layout.cards[first.id].dots) == 2
    journey.vote_rounds.clear()  # the round deleted: its dots go
    assert layout.relayout_votes(journey)[0] == {(first.lane_id, first.stage_id)}
    assert layout.cards[first.id].dots == ()
    assert layout.relayout_votes(journey) == (set(), set())


def test_dots_follow_a_card_that_moves_and_leave_with_one_that_is_deleted() -> None:
    journey = journey_with_cards()
    card = journey.cards[0]
    journey.vote_rounds.append(
        VoteRound(participants=["Ana"], dots=[Dot(card_id=card.id, participant=0)])
    )
    layout = MapLayout(journey)
    old_cell = (card.lane_id, card.stage_id)
    card.stage_id = journey.stages[3].id
    layout.relayout_cells(journey, {old_cell, (card.lane_id, card.stage_id)})
    assert len(layout.cards[card.id].dots) == 1
    journey.cards.remove(card)
    layout.relayout_cells(journey, {(card.lane_id, card.stage_id)})
    assert card.id not in layout.cards
    assert layout.relayout_votes(journey) == (set(), set())  # nothing left to draw it on
