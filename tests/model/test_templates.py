"""The starting templates: their stages and lanes, and that each saves and loads unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeydesk.model import LaneKind, load_project, save_project
from journeydesk.model.templates import DEFAULT_LANE_COLOUR, LANE_COLOURS, TEMPLATES, template

DEFAULT_LANES = [
    ("Actions", LaneKind.CARDS),
    ("Thinking", LaneKind.CARDS),
    ("Feelings", LaneKind.EMOTION),
    ("Pain points", LaneKind.CARDS),
    ("Opportunities", LaneKind.CARDS),
]


def lanes_of(key: str) -> list[tuple[str, LaneKind]]:
    journey = TEMPLATES[key].create_project().journeys[0]
    return [(lane.title, lane.kind) for lane in journey.lanes]


def stages_of(key: str) -> list[str]:
    return [stage.title for stage in TEMPLATES[key].create_project().journeys[0].stages]


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_template_round_trips(tmp_path: Path, key: str) -> None:
    project = TEMPLATES[key].create_project()
    path = tmp_path / f"{key}.journey"
    save_project(project, path)
    first = path.read_bytes()
    loaded = load_project(path)
    assert loaded == project
    save_project(loaded, path)
    assert path.read_bytes() == first


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_template_gives_one_journey_without_cards(key: str) -> None:
    entry = TEMPLATES[key]
    assert entry.key == key
    assert entry.title
    assert entry.summary.endswith(".")
    project = entry.create_project()
    assert project.title == entry.title
    assert len(project.journeys) == 1
    journey = project.journeys[0]
    assert journey.title == entry.title
    assert journey.cards == []
    assert journey.emotions == {}
    assert len(journey.stages) == len(entry.stages) >= 4
    assert len(journey.lanes) == len(entry.lanes) >= 3
    for lane in journey.lanes:
        assert lane.colour == LANE_COLOURS.get(lane.title, DEFAULT_LANE_COLOUR)


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_each_use_of_a_template_gets_fresh_ids(key: str) -> None:
    first = TEMPLATES[key].create_project().journeys[0]
    second = TEMPLATES[key].create_project().journeys[0]
    first_ids = {first.id} | {s.id for s in first.stages} | {lane.id for lane in first.lanes}
    second_ids = {second.id} | {s.id for s in second.stages} | {lane.id for lane in second.lanes}
    assert len(first_ids) == 1 + len(first.stages) + len(first.lanes)
    assert not first_ids & second_ids


def test_classic_stages() -> None:
    assert stages_of("classic") == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    assert lanes_of("classic") == DEFAULT_LANES
    assert TEMPLATES["classic"].create_project().journeys[0].stages[0].goal


def test_five_a_stages() -> None:
    assert stages_of("5a") == ["Aware", "Appeal", "Ask", "Act", "Advocate"]
    assert lanes_of("5a") == DEFAULT_LANES


def test_blank_uses_the_default_lanes() -> None:
    assert lanes_of("blank") == DEFAULT_LANES
    assert stages_of("blank") == ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]


def test_blueprint_lanes() -> None:
    assert lanes_of("blueprint") == [
        ("Customer actions", LaneKind.CARDS),
        ("Frontstage", LaneKind.CARDS),
        ("Line of visibility", LaneKind.DIVIDER),
        ("Backstage", LaneKind.CARDS),
        ("Support processes", LaneKind.CARDS),
    ]


def test_create_project_uses_a_given_title() -> None:
    project = TEMPLATES["classic"].create_project("  Onboarding  ")
    assert project.title == "Onboarding"
    assert project.journeys[0].title == "Onboarding"
    assert TEMPLATES["classic"].create_project("   ").title == TEMPLATES["classic"].title


def test_template_lookup() -> None:
    assert template("blueprint") is TEMPLATES["blueprint"]


def test_unknown_template_names_the_choices() -> None:
    with pytest.raises(KeyError) as error:
        template("kanban")
    message = str(error.value)
    assert "kanban" in message
    for key in TEMPLATES:
        assert key in message
