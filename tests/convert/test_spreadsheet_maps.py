"""CSV and TSV imports: stages, lanes, maps, personas and scores, and the model's limits."""

from __future__ import annotations

import csv

import pytest

from journeydesk.convert import spreadsheet_reader
from journeydesk.convert.spreadsheet import DEFAULT_JOURNEY_TITLE
from journeydesk.i18n import number
from journeydesk.model.project import MAX_LANES, MAX_LIST_ITEMS, MAX_TEXT, LaneKind
from journeydesk.model.templates import LANE_COLOURS
from tests.convert.spreadsheet_helpers import only_journey, read_text

# ---------------------------------------------------------------- stages, lanes, personas


def test_stage_order_identifies_a_stage_and_sorts_the_stages() -> None:
    imported = read_text(
        "Stage,Stage order,Stage goal,Lane,Text\n"
        "Later,,,L,unordered\n"  # no order: after the ordered stages
        "Arrive,2,Get in,L,a\n"
        "Leave,2,,L,b\n"  # order 2 is Arrive: the card goes there, the other name is reported
        "Start,1,Begin,L,c\n"
        "arrive,,Get out,L,d\n"  # by title: Arrive again, another goal is reported
    )
    journey = only_journey(imported)
    assert [(s.title, s.goal) for s in journey.stages] == [
        ("Start", "Begin"),
        ("Arrive", "Get in"),
        ("Later", ""),
    ]
    assert [len(journey.cards_in_cell(journey.lanes[0].id, s.id)) for s in journey.stages] == [
        1,
        3,
        1,
    ]
    assert imported.notes == (
        "Line 4 gives stage 2 the title 'Leave', but line 3 gave it 'Arrive', which was kept.",
        "Line 6 gives 'Arrive' the goal 'Get out', but line 3 gave it 'Get in', which was kept.",
    )


def test_lanes_keep_kind_and_colour_from_the_first_row_giving_them() -> None:
    imported = read_text(
        "Lane,Lane order,Lane kind,Lane colour,Stage,Text\n"
        "Feelings,2,Emotion,,,\n"
        "Doing,1,,ABCDEF,S,x\n"
        "Doing,1,cards,#123456,S,y\n"  # another colour: reported, the first kept
        "Line,3,divider line,,,\n"
    )
    journey = only_journey(imported)
    assert [(lane.title, lane.kind, lane.colour) for lane in journey.lanes] == [
        ("Doing", LaneKind.CARDS, "#ABCDEF"),
        ("Feelings", LaneKind.EMOTION, LANE_COLOURS["Feelings"]),
        ("Line", LaneKind.DIVIDER, "#fff3b0"),
    ]
    assert imported.notes == (
        "Line 4 gives 'Doing' the colour '#123456', but line 3 gave it '#ABCDEF', which was kept.",
    )


def test_a_card_in_a_divider_line_makes_it_a_card_lane() -> None:
    imported = read_text("Lane,Lane kind,Stage,Text\nLine of visibility,divider,S,Oops\n")
    journey = only_journey(imported)
    assert journey.lanes[0].kind is LaneKind.CARDS
    assert [c.text for c in journey.cards] == ["Oops"]
    assert imported.notes == (
        "Lane 'Line of visibility' is a divider line, which cannot hold cards, yet line 2 puts "
        "a card in it; it was made a card lane.",
    )


def test_maps_are_told_apart_by_title_and_state() -> None:
    imported = read_text(
        "Journey,State,Stage,Lane,Text\n"
        "Dinner,,S,L,now\n"
        "Dinner,To-be,S,L,later\n"
        "dinner ,Current,S,L,now too\n"
        "Lunch,future state,S,L,other\n"
    )
    maps = [(j.title, j.state.value, [c.text for c in j.cards]) for j in imported.project.journeys]
    assert maps == [
        ("Dinner", "current", ["now", "now too"]),
        ("Dinner", "future", ["later"]),
        ("Lunch", "future", ["other"]),
    ]
    assert imported.project.title == "Dinner"


def test_emotion_scores_and_personas() -> None:
    imported = read_text(
        "Journey,Stage,Lane kind,Persona,Score\n"
        "A,One,emotion,,+2\n"
        "A,Two,emotion,,-1.0\n"
        "A,Two,emotion,,0\n"  # a second score for Two: replaces the first
        "A,One,emotion,,5\n"  # out of range
        "A,,emotion,,1\n"  # no stage
        "B,One,emotion,Eva,1\n"
        "B,,,Sam,\n"  # B names Sam, who has no score
        "C,,,Sam,\n"
        "C,One,,Eva,-2\n"  # the same Eva: personas are shared by maps
    )
    a, b, c = imported.project.journeys
    eva, sam = imported.project.personas
    assert (eva.name, sam.name) == ("Eva", "Sam")
    assert a.persona_ids == [] and list(a.emotions.values()) == [2, 0]
    assert b.persona_ids == [eva.id, sam.id] and list(b.emotions.values()) == [1]
    assert c.persona_ids == [sam.id, eva.id] and c.emotions == {}
    assert list(c.persona_emotions[eva.id].values()) == [-2]
    assert a.lanes == []  # scores need no emotion lane
    assert imported.notes == (
        "Line 4 gives stage 'Two' a second score; it replaces the one of line 3.",
        "Line 5: '5' in the Score column is not a whole number from -2 to 2, so it was ignored.",
        "Line 6 gives a score but no stage, so it was left out.",
    )


def test_scores_without_a_persona_in_a_map_with_personas_go_to_the_first_persona() -> None:
    imported = read_text("Stage,Persona,Score\nOne,,1\nTwo,,2\nTwo,Eva,-1\nOne,Sam,0\n")
    journey = only_journey(imported)
    eva, sam = imported.project.personas
    assert journey.persona_ids == [eva.id, sam.id]
    assert list(journey.emotions.values()) == [1, -1]  # Eva's own score for Two wins
    assert list(journey.persona_emotions[sam.id].values()) == [0]
    assert imported.notes == (
        f"In map '{DEFAULT_JOURNEY_TITLE}', emotion scores without a persona were taken as "
        "those of 'Eva', the map's first persona.",
    )


def test_stage_and_lane_values_on_a_row_without_them_are_reported() -> None:
    imported = read_text("Stage,Stage goal,Lane,Lane colour,Score\n,Be seen,,#123456,\nS,,,,1\n")
    assert only_journey(imported).stages[0].title == "S"
    assert imported.notes == (
        "Line 2 gives a stage goal but no stage, so it was left out.",
        "Line 2 gives a lane colour but no lane, so it was left out.",
    )


# ---------------------------------------------------------------------------------- limits


def test_over_long_text_is_cut_and_reported_never_failing_the_import() -> None:
    long_text = "é" * (MAX_TEXT + 5)
    huge = "x" * 200_000  # over the csv module's own field limit (131,072)
    limit_before = csv.field_size_limit()
    imported = read_text(f"Stage,Lane,Text,Notes,Owner\nS,{'L' * 1005},{long_text},{huge},ok\n")
    card = only_journey(imported).cards[0]
    assert (len(card.text), len(card.notes)) == (MAX_TEXT, MAX_TEXT)
    assert card.text == long_text[:MAX_TEXT]
    assert only_journey(imported).lanes[0].title == "L" * 1000
    assert imported.notes == (
        f"Line 2: the lane's title has {number(1_005)} characters; only the first "
        f"{number(1_000)} were kept.",
        f"Line 2: the card's text has {number(10_005)} characters; only the first "
        f"{number(10_000)} were kept.",
        f"Line 2: the card's notes has {number(200_000)} characters; only the first "
        f"{number(10_000)} were kept.",
    )
    assert csv.field_size_limit() == limit_before


def test_too_many_tags_are_reported_by_name() -> None:
    tags = "; ".join(f"t{i}" for i in range(MAX_LIST_ITEMS + 2))
    imported = read_text(f"Stage,Lane,Text,Tags\nS,L,x,{tags}\n")
    assert only_journey(imported).cards[0].tags[-1] == f"t{MAX_LIST_ITEMS - 1}"
    assert imported.notes == (
        f"Line 2: the card has {MAX_LIST_ITEMS + 2} tags; only the first {MAX_LIST_ITEMS} were "
        f"kept, not 't{MAX_LIST_ITEMS}' and 't{MAX_LIST_ITEMS + 1}'.",
    )


def test_rows_beyond_the_lane_limit_are_left_out_and_repeated_notes_are_counted() -> None:
    rows = "".join(f"S,Lane {i},card {i}\n" for i in range(MAX_LANES + 15))
    imported = read_text("Stage,Lane,Text\n" + rows)
    journey = only_journey(imported)
    assert len(journey.lanes) == MAX_LANES
    assert len(journey.cards) == MAX_LANES
    assert imported.notes[0] == (
        f"Line {MAX_LANES + 2} names one lane more than the {MAX_LANES} a map can have, so it "
        "was left out."
    )
    assert len(imported.notes) == 11
    assert imported.notes[-1] == "Rows beyond a limit: 5 more, handled the same way."


def test_cards_beyond_the_project_limit_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet_reader, "MAX_CARDS", 3)
    imported = read_text("Stage,Lane,Text\n" + "".join(f"S,L,c{i}\n" for i in range(4)))
    assert [c.text for c in only_journey(imported).cards] == ["c0", "c1", "c2"]
    assert imported.notes == (
        "Line 5 names one card more than the 3 a project can have, so it was left out.",
    )
