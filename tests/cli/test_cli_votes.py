"""``journeydesk info`` tells each dot-voting round in one line, and in its JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journeydesk import cli
from journeydesk.model import Card, load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import Dot, VoteRound, numbered_participants


@pytest.fixture
def voted(tmp_path: Path) -> Path:
    """A map with an ended round (a tie at the top) and an open round without dots."""
    project = TEMPLATES["classic"].create_project("Voting workshop")
    journey = project.journeys[0]
    actions, pains = journey.lanes[0], journey.lanes[3]
    journey.cards += [
        Card(id="advert", lane_id=actions.id, stage_id=journey.stages[0].id, text="Sees an advert"),
        Card(id="jargon", lane_id=pains.id, stage_id=journey.stages[0].id, text="Too much jargon"),
        Card(id="queue", lane_id=pains.id, stage_id=journey.stages[2].id, text="Long queue"),
    ]
    placed = [("jargon", 0), ("queue", 0), ("queue", 1), ("jargon", 2), ("advert", 1)]
    journey.vote_rounds += [
        VoteRound(
            question="Which pain do we fix first?",
            dots_per_participant=2,
            participants=["Ana", "Ben", "Kim"],
            started_at=datetime(2026, 3, 5, 14, 0, tzinfo=UTC),
            ended_at=datetime(2026, 3, 5, 14, 9, tzinfo=UTC),
            dots=[
                *(Dot(card_id=card, participant=p) for card, p in placed),
                Dot(card_id="deleted", participant=2),
            ],
        ),
        VoteRound(participants=numbered_participants(4), dots_per_participant=3),
    ]
    path = tmp_path / "voted.journey"
    save_project(project, path)
    return path


def test_info_prints_one_line_per_round(voted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", str(voted)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("  Vote")]
    assert lines == [
        "  Vote (ended): Which pain do we fix first?; 3 participants, 5 of 6 dots; "
        "top card: Too much jargon (2 dots, tied with 1 more)",
        "  Vote (open): (no question); 4 participants, 0 of 12 dots",
    ]


def test_info_json_holds_each_rounds_tally(voted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", "--json", str(voted)]) == 0
    rounds = json.loads(capsys.readouterr().out)["journeys"][0]["vote_rounds"]
    assert rounds[0] == {
        "question": "Which pain do we fix first?",
        "participants": ["Ana", "Ben", "Kim"],
        "dots_per_participant": 2,
        "open": False,
        "started": "2026-03-05T14:00:00+00:00",
        "ended": "2026-03-05T14:09:00+00:00",
        "dots": 5,
        "tally": [
            {"card": "Too much jargon", "dots": 2},
            {"card": "Long queue", "dots": 2},
            {"card": "Sees an advert", "dots": 1},
        ],
    }
    assert (rounds[1]["open"], rounds[1]["ended"], rounds[1]["tally"]) == (True, None, [])
    assert rounds[1]["participants"][-1] == "Participant 4"


def test_info_of_a_map_without_rounds_says_nothing_of_votes(
    voted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = load_project(voted)
    project.journeys[0].vote_rounds.clear()
    save_project(project, voted)
    assert cli.main(["info", str(voted)]) == 0
    assert "Vote" not in capsys.readouterr().out
    assert cli.main(["info", "--json", str(voted)]) == 0
    assert "vote_rounds" not in json.loads(capsys.readouterr().out)["journeys"][0]
