"""The bundled example map: complete, sound, and in step with the script that builds it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from journeydesk.model.project import LaneKind
from journeydesk.model.storage import load_project, project_to_bytes, save_project
from journeydesk.resources import example_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_example_is_eva_at_the_pizza_restaurant() -> None:
    project = load_project(example_path())
    eva = project.personas[0]
    assert (eva.name, eva.age, eva.role) == ("Eva Moline", 29, "Journalist")
    journey = project.journeys[0]
    assert journey.persona_ids == [eva.id]
    titles = [s.title for s in journey.stages]
    assert titles == ["Aware", "Research", "Arrival", "Order", "Eat", "Leave", "Feedback", "Promo"]
    assert set(journey.emotions) == {s.id for s in journey.stages}


def test_every_lane_has_cards_in_every_stage() -> None:
    journey = load_project(example_path()).journeys[0]
    cells = journey.cells()
    for lane in journey.lanes:
        if lane.kind is LaneKind.DIVIDER:
            continue
        for stage in journey.stages:
            assert cells.get((lane.id, stage.id)), f"{lane.title} / {stage.title} is empty"


def test_the_pain_points_and_their_answers_are_there() -> None:
    journey = load_project(example_path()).journeys[0]
    pains = " ".join(c.text.lower() for c in journey.cards if c.lane_id == "lane-pain")
    for problem in ("few reviews", "entrance", "allergy", "restroom"):
        assert problem in pains
    answers = " ".join(c.text.lower() for c in journey.cards if c.lane_id == "lane-opportunities")
    for answer in ("review", "sign", "allergen", "restroom"):
        assert answer in answers


def test_the_example_round_trips_byte_for_byte(tmp_path: Path) -> None:
    original = example_path().read_bytes()
    project = load_project(example_path())
    assert project_to_bytes(project) == original
    copy = tmp_path / "copy.journey"
    save_project(project, copy)
    assert load_project(copy) == project


def test_the_builder_script_writes_the_committed_file(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_example", ROOT / "tools" / "build_example.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "rebuilt.journey"
    module.save_project(module.build(), target)
    assert target.read_bytes() == example_path().read_bytes()
