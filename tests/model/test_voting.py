"""Dot voting in the model: rounds checked on load with sentences, tallied, saved, copied."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from journeydesk.i18n import number
from journeydesk.model import Card, Project, load_project, save_project
from journeydesk.model.journeys import copy_journey
from journeydesk.model.storage import parse_project, project_to_bytes
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import (
    Dot,
    VoteRound,
    copied_rounds,
    dot_problem,
    end_problem,
    latest_round,
    map_order,
    numbered_participants,
    open_round,
    removal_problem,
    shown_dots,
    start_problem,
)

from .test_bad_files import encode, valid_raw
from .test_persona_curves import refusal

START = "2026-03-05T14:00:00Z"


def raw_with_rounds(*rounds: dict[str, Any]) -> dict[str, Any]:
    """The small valid project of test_bad_files (cards c1 'Checkout', c2 'Queue') voted on."""
    raw = valid_raw()
    raw["journeys"][0]["vote_rounds"] = list(rounds)
    return raw


def a_round(**fields: Any) -> dict[str, Any]:
    """A raw ended round of Ana and Ben with two dots each (2 allowed), as a file holds it."""
    return {
        "id": "r1",
        "question": "Fix first?",
        "dots_per_participant": 2,
        "participants": ["Ana", "Ben"],
        "started_at": START,
        "ended_at": "2026-03-05T14:10:00Z",
        "dots": [
            {"card_id": "c2", "participant": 0},
            {"card_id": "c1", "participant": 1},
            {"card_id": "c2", "participant": 1},
            {"card_id": "c1", "participant": 0},
        ],
        **fields,
    }


def workshop() -> Project:
    """A classic map with three cards in its first lane, in map order a, b, c."""
    project = TEMPLATES["classic"].create_project("Voting")
    journey = project.journeys[0]
    actions, pains = journey.lanes[0], journey.lanes[3]
    first, second = journey.stages[0], journey.stages[1]
    journey.cards += [
        Card(id="c", lane_id=pains.id, stage_id=first.id, text="Queue at the till"),
        Card(id="b", lane_id=actions.id, stage_id=second.id, text="Compares prices"),
        Card(id="a", lane_id=actions.id, stage_id=first.id, text="Sees an advert"),
    ]
    return project


def test_a_round_of_three_participants_with_three_dots_is_saved_reloaded_and_tallied(
    tmp_path: Path,
) -> None:
    project = workshop()
    journey = project.journeys[0]
    placed = {0: ["c", "c", "a"], 1: ["b", "c", "a"], 2: ["a", "b", "b"]}
    vote_round = VoteRound(
        question="Which moment hurts most?",
        dots_per_participant=3,
        participants=numbered_participants(3),
        started_at=datetime(2026, 3, 5, 14, 0, tzinfo=UTC),
        ended_at=datetime(2026, 3, 5, 14, 12, tzinfo=UTC),
        dots=[Dot(card_id=card, participant=p) for p, cards in placed.items() for card in cards],
    )
    journey.vote_rounds.append(vote_round)
    path = tmp_path / "voted.journey"
    save_project(Project.model_validate(project.model_dump()), path)

    again = load_project(path)
    assert again == project
    loaded = again.journeys[0].vote_rounds[0]
    assert loaded.participants == ["Participant 1", "Participant 2", "Participant 3"]
    assert loaded.ended_at == datetime(2026, 3, 5, 14, 12, tzinfo=UTC)
    # a, b and c have 3 dots each: the tie keeps map order (Actions before Pain points).
    assert map_order(again.journeys[0]) == ["a", "b", "c"]
    assert loaded.tally(map_order(again.journeys[0])) == [("a", 3), ("b", 3), ("c", 3)]
    assert loaded.dots_on("c") == [0, 0, 1]
    assert [loaded.dots_left(p, {"a", "b", "c"}) for p in range(3)] == [0, 0, 0]
    saved = json.loads(path.read_text("utf-8"))["journeys"][0]["vote_rounds"][0]
    assert list(saved) == [
        "id",
        "question",
        "dots_per_participant",
        "participants",
        "started_at",
        "ended_at",
        "dots",
    ]
    assert (saved["started_at"], saved["ended_at"]) == (
        "2026-03-05T14:00:00Z",
        "2026-03-05T14:12:00Z",
    )
    assert saved["dots"][:2] == [{"card_id": "c", "participant": 0}] * 2


def test_tally_puts_most_dots_first_ties_in_map_order_and_ignores_deleted_cards() -> None:
    vote_round = VoteRound(
        participants=["Ana", "Ben", "Kim"],
        dots=[
            Dot(card_id="gone", participant=0),
            Dot(card_id="z", participant=0),
            Dot(card_id="y", participant=1),
            Dot(card_id="gone", participant=1),
            Dot(card_id="x", participant=2),
            Dot(card_id="y", participant=2),
            Dot(card_id="gone", participant=2),
        ],
    )
    # "gone" has the most dots but is no longer on the map; w has none.
    assert vote_round.tally(["w", "x", "y", "z"]) == [("y", 2), ("x", 1), ("z", 1)]
    assert vote_round.tally(["z", "y", "x"]) == [("y", 2), ("z", 1), ("x", 1)]
    assert vote_round.dots_on("gone") == [0, 1, 2]
    assert [dot.card_id for dot in vote_round.dots_of(2)] == ["x", "y", "gone"]
    assert vote_round.dots_left(2, {"x", "y"}) == 1  # its dot on "gone" came back
    assert vote_round.dots_left(2, {"x", "y", "gone"}) == 0
    assert vote_round.dots_by_card() == {"gone": (0, 1, 2), "z": (0,), "y": (1, 2), "x": (2,)}


def test_participants_get_names_and_blank_names_show_as_numbers() -> None:
    assert numbered_participants(2) == ["Participant 1", "Participant 2"]
    assert numbered_participants(0) == []
    vote_round = VoteRound(participants=["Ana", "  "], dots_per_participant=1)
    assert [vote_round.participant_name(i) for i in range(2)] == ["Ana", "Participant 2"]
    assert vote_round.is_open and vote_round.started_at.tzinfo is UTC
    assert vote_round.started_at.microsecond == 0


def test_a_map_without_rounds_writes_no_field_and_one_with_rounds_round_trips() -> None:
    assert b"vote_rounds" not in project_to_bytes(TEMPLATES["classic"].create_project("x"))
    raw = raw_with_rounds(a_round(), a_round(id="r2", ended_at=None, dots=[]))
    data = encode(raw)
    project = parse_project(data)
    rounds = project.journeys[0].vote_rounds
    assert [r.id for r in rounds] == ["r1", "r2"]
    assert open_round(project.journeys[0]) is rounds[1] is latest_round(project.journeys[0])
    assert parse_project(project_to_bytes(project)) == project
    assert (
        json.loads(project_to_bytes(project))["journeys"][0]["vote_rounds"]
        == raw["journeys"][0]["vote_rounds"]
    )


def test_times_are_kept_in_utc_and_an_unknown_field_survives() -> None:
    raw = raw_with_rounds(
        a_round(started_at="2026-03-05T15:00:00+01:00", ended_at="2026-03-05T14:30:00", mood="🙂")
    )
    vote_round = parse_project(encode(raw)).journeys[0].vote_rounds[0]
    assert vote_round.started_at == datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    assert vote_round.ended_at == datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
    saved = json.loads(project_to_bytes(parse_project(encode(raw))))
    assert saved["journeys"][0]["vote_rounds"][0]["mood"] == "🙂"


@pytest.mark.parametrize(
    ("rounds", "words"),
    [
        pytest.param(
            [a_round(dots=[{"card_id": "c1", "participant": 2}])],
            ["Vote round 'Fix first?'", "dot 1", "participant number 3", "2 participants"],
            id="participant-not-in-the-round",
        ),
        pytest.param(
            [a_round(dots_per_participant=1)],
            ["Journey 'Joining'", "participant 'Ana' placed 2 dots", "'Fix first?'", "1 dot"],
            id="too-many-dots",
        ),
        pytest.param(
            [a_round(ended_at="2026-03-05T13:59:59Z")],
            ["Vote round 'Fix first?'", "ended at 2026-03-05 13:59:59 UTC", "before it started"],
            id="ended-before-it-started",
        ),
        pytest.param(
            [a_round(ended_at=None), a_round(id="r2", question="")],
            ["Journey 'Joining'", "vote round 'Fix first?' is still open", "only the last"],
            id="an-earlier-round-still-open",
        ),
        pytest.param(
            [a_round(question="", ended_at=None), a_round(id="r2", ended_at=None)],
            ["vote round 1 is still open"],
            id="two-open-rounds-one-unnamed",
        ),
        pytest.param(
            [a_round(id="c1")],
            ["Vote round 'Fix first?' has the id 'c1'", "card 'Checkout'", "unique"],
            id="id-taken-by-a-card",
        ),
        pytest.param(
            [a_round(dots_per_participant=0)],
            ["Vote round 'Fix first?'", "dots per participant is 0", "at least 1"],
            id="no-dots",
        ),
        pytest.param(
            [a_round(dots_per_participant=100)],
            ["dots per participant is 100", "at most 99"],
            id="too-many-dots-per-participant",
        ),
        pytest.param(
            [a_round(participants=[], dots=[])],
            ["the list of participants has 0 items", "at least 1"],
            id="nobody",
        ),
        pytest.param(
            [a_round(participants=[f"P{i}" for i in range(101)])],
            ["the list of participants has 101 items", "the limit is 100"],
            id="too-many-participants",
        ),
        pytest.param(
            [a_round(dots=[{"card_id": "c1", "participant": -1}])],
            ["Vote round 'Fix first?'", "the participant of dot 1 is -1", "at least 0"],
            id="negative-participant",
        ),
        pytest.param(
            [a_round(dots=[{"card_id": "c 1", "participant": 0}])],
            ["the card id of dot 1 is 'c 1'", "not a valid id"],
            id="bad-card-id",
        ),
        pytest.param(
            [a_round(dots=[{"card_id": "c1", "participant": 1.0}])],
            ["the participant of dot 1 should be a whole number"],
            id="participant-not-whole",
        ),
        pytest.param(
            [a_round(started_at=1_700_000_000)],
            [f"the start time should be a date and time, not {number(1_700_000_000)}"],
            id="start-as-seconds",
        ),
        pytest.param(
            [a_round(ended_at="soon")],
            ["the end time should be a date and time, not 'soon'"],
            id="end-not-a-time",
        ),
        pytest.param(
            [{k: v for k, v in a_round().items() if k != "participants"}],
            ["the list of participants is missing"],
            id="participants-missing",
        ),
    ],
)
def test_a_broken_round_is_refused_with_a_sentence(
    rounds: list[dict[str, Any]], words: list[str]
) -> None:
    message = refusal(raw_with_rounds(*rounds))
    for word in words:
        assert word in message, message


def test_dots_on_deleted_cards_stay_in_the_file_and_count_nowhere() -> None:
    # Ana's two dots on c2 were placed before c2 was deleted; then she placed two more.
    dots = [{"card_id": "c2", "participant": 0}] * 2 + [{"card_id": "c1", "participant": 0}] * 2
    raw = raw_with_rounds(a_round(participants=["Ana"], dots=dots))
    raw["journeys"][0]["cards"].pop()  # c2
    project = parse_project(encode(raw))
    journey = project.journeys[0]
    vote_round = journey.vote_rounds[0]
    assert len(vote_round.dots) == 4
    assert vote_round.tally(map_order(journey)) == [("c1", 2)]
    assert vote_round.dots_left(0, {"c1"}) == 0
    assert project_to_bytes(project).count(b'"card_id": "c2"') == 2


def test_a_duplicate_keeps_its_rounds_on_its_own_cards_and_a_future_state_has_none() -> None:
    raw = raw_with_rounds(a_round(dots=[*a_round()["dots"], {"card_id": "gone", "participant": 1}]))
    project = parse_project(encode(raw))
    original = project.journeys[0]
    copy = copy_journey(original, "Copy")
    copied = copy.vote_rounds[0]
    assert copied.id != original.vote_rounds[0].id
    by_text = {card.text: card.id for card in copy.cards}
    assert copied.tally(map_order(copy)) == [(by_text["Checkout"], 2), (by_text["Queue"], 2)]
    assert len(copied.dots) == 4  # the dot on a card deleted before the copy stays behind
    assert original.vote_rounds[0].dots[-1].card_id == "gone"  # the original is untouched
    assert (copied.question, copied.participants, copied.ended_at) == (
        "Fix first?",
        ["Ana", "Ben"],
        original.vote_rounds[0].ended_at,
    )
    project.journeys.append(copy)
    future = copy_journey(original, "Future", future=True)
    assert future.vote_rounds == []
    project.journeys.append(future)
    assert parse_project(project_to_bytes(project)) == project  # ids unique, all valid


def test_copied_rounds_move_each_dot_to_the_copy_of_its_card() -> None:
    vote_round = VoteRound(participants=["A"], dots=[Dot(card_id="x", participant=0)])
    (copy,) = copied_rounds([vote_round], {"x": "x2"})
    assert copy.dots == [Dot(card_id="x2", participant=0)]
    assert vote_round.dots == [Dot(card_id="x", participant=0)]


def test_the_rules_say_why_an_edit_may_not_be_made() -> None:
    project = workshop()
    journey = project.journeys[0]
    assert start_problem(journey) is None
    assert end_problem(journey) == "No vote round is open on this map."
    assert dot_problem(journey, "a", 0) == (
        "No vote round is open on this map; start one to place dots."
    )
    journey.vote_rounds.append(VoteRound(participants=["Ana", ""], dots_per_participant=1))
    assert start_problem(journey) == (
        "A vote round is already open on this map; end it before starting another."
    )
    assert end_problem(journey) is None
    assert dot_problem(journey, "a", 0) is None
    assert dot_problem(journey, "gone", 0) == "That card is no longer on the map."
    assert dot_problem(journey, "a", 2) == "The vote round has no participant number 3."
    assert removal_problem(journey, "a", 1) == "Participant 2 has no dot on that card."
    journey.vote_rounds[0].dots.append(Dot(card_id="a", participant=1))
    assert dot_problem(journey, "b", 1) == "Participant 2 has placed all their 1 dot."
    assert removal_problem(journey, "a", 1) is None
    journey.vote_rounds[0].ended_at = journey.vote_rounds[0].started_at
    assert removal_problem(journey, "a", 1) == (
        "No vote round is open on this map; dots change only while a round is open."
    )
    assert shown_dots(journey) == {"a": (1,)}  # an ended round still shows its dots
    assert start_problem(journey) is None
