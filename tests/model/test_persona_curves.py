"""Each persona of a map has its own emotion curve: ``emotions`` is the first persona's,
``persona_emotions`` holds the others', checked on load and left out of files without them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeydesk.model import Persona, Project, ProjectLoadError, load_project, save_project
from journeydesk.model.journeys import copy_journey
from journeydesk.model.storage import parse_project, project_to_bytes
from journeydesk.model.templates import TEMPLATES

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw


def two_persona_project() -> Project:
    """A classic map about Eva (its first persona) and Sam, each with a curve."""
    project = TEMPLATES["classic"].create_project("Workshop")
    eva, sam = Persona(id="eva", name="Eva Moline"), Persona(id="sam", name="Sam")
    project.personas += [eva, sam]
    journey = project.journeys[0]
    journey.persona_ids = [eva.id, sam.id]
    first, second, last = (stage.id for stage in journey.stages[:3])
    journey.emotions = {first: 1, second: -1}
    journey.persona_emotions = {sam.id: {last: 2, first: -2}}
    return Project.model_validate(project.model_dump())


def raw_with_sam(**journey_fields: Any) -> dict[str, Any]:
    """The small valid project of test_bad_files, its map about Pat and then Sam."""
    raw = valid_raw()
    raw["personas"].append({"id": "p2", "name": "Sam"})
    journey = raw["journeys"][0]
    journey["persona_ids"] = ["p1", "p2"]
    journey.update(journey_fields)
    return raw


def refusal(raw: dict[str, Any]) -> str:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(encode(raw))
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    return message


def test_a_second_personas_curve_survives_save_and_load(tmp_path: Path) -> None:
    project = two_persona_project()
    path = tmp_path / "two.journey"
    save_project(project, path)
    again = load_project(path).journeys[0]
    stages = [stage.id for stage in again.stages]
    # In stage order in the file, as emotions are.
    assert again.persona_emotions == {"sam": {stages[0]: -2, stages[2]: 2}}
    assert list(again.persona_emotions["sam"]) == [stages[0], stages[2]]
    assert again.emotions == project.journeys[0].emotions
    saved = json.loads(path.read_text("utf-8"))["journeys"][0]
    assert saved["persona_emotions"] == {"sam": {stages[0]: -2, stages[2]: 2}}
    keys = list(saved)
    assert keys.index("persona_emotions") == keys.index("emotions") + 1


def test_without_other_curves_the_field_is_left_out_of_the_file() -> None:
    project = two_persona_project()
    project.journeys[0].persona_emotions = {}
    assert b"persona_emotions" not in project_to_bytes(project)
    assert b"persona_emotions" not in project_to_bytes(TEMPLATES["classic"].create_project("x"))
    # An empty curve is no curve: it is dropped on load, and the field with it.
    raw = raw_with_sam(persona_emotions={"p2": {}})
    assert b"persona_emotions" not in project_to_bytes(parse_project(encode(raw)))


def test_curves_are_kept_in_the_order_of_the_personas() -> None:
    raw = raw_with_sam(persona_emotions={"p3": {"s2": 1}, "p2": {"s2": 0, "s1": -1}})
    raw["personas"].append({"id": "p3", "name": "Kim"})
    raw["journeys"][0]["persona_ids"].append("p3")
    journey = parse_project(encode(raw)).journeys[0]
    assert list(journey.persona_emotions) == ["p2", "p3"]
    assert list(journey.persona_emotions["p2"].items()) == [("s1", -1), ("s2", 0)]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        pytest.param(
            {"persona_emotions": {"ghost": {"s1": 1}}},
            ["Journey 'Joining'", "(id 'ghost')", "does not name after its first persona"],
            id="persona-not-on-the-map",
        ),
        pytest.param(
            {"persona_emotions": {"p1": {"s1": 1}}},
            ["Journey 'Joining'", "first persona (id 'p1')", "own emotion scores"],
            id="first-persona-as-a-key",
        ),
        pytest.param(
            {"persona_emotions": {"p2": {"gone": 1}}},
            ["Journey 'Joining'", "id 'p2'", "stage (id 'gone')", "does not have"],
            id="stage-not-on-the-map",
        ),
        pytest.param(
            {"persona_emotions": {"p2": {"s1": 3}}},
            ["the emotion score of stage 'Awareness' of persona 'Sam' is 3", "at most 2"],
            id="score-out-of-range",
        ),
        pytest.param(
            {"persona_emotions": {"p2": {"s1": 1.0}}},
            ["the emotion score of stage 'Awareness' of persona 'Sam'", "a whole number"],
            id="score-not-whole",
        ),
        pytest.param(
            {"persona_emotions": {"p2": {"s 1": 1}}},
            ["the stage id of an emotion score of persona 'Sam' is 's 1'", "not a valid id"],
            id="bad-stage-id",
        ),
        pytest.param(
            {"persona_emotions": {"p 2": {"s1": 1}}},
            ["the persona id of an emotion curve is 'p 2'", "not a valid id"],
            id="bad-persona-id",
        ),
        pytest.param(
            {"persona_emotions": {"p2": [1]}},
            ["the emotion curve of persona 'Sam' should be an object, not a list"],
            id="curve-not-an-object",
        ),
        pytest.param(
            {"persona_emotions": ["p2"]},
            ["the emotion curves of the other personas should be an object"],
            id="curves-not-an-object",
        ),
    ],
)
def test_a_broken_curve_is_refused_with_a_sentence(
    fields: dict[str, Any], words: list[str]
) -> None:
    message = refusal(raw_with_sam(**fields))
    for word in words:
        assert word in message, message


def test_a_curve_of_a_persona_the_map_no_longer_names_is_refused() -> None:
    raw = raw_with_sam(persona_emotions={"p2": {"s1": 1}})
    raw["journeys"][0]["persona_ids"] = ["p1"]
    assert "(id 'p2')" in refusal(raw)


def test_curve_of_and_curves_name_each_personas_curve() -> None:
    journey = two_persona_project().journeys[0]
    assert journey.curve_of(None) is journey.emotions
    assert journey.curve_of("eva") is journey.emotions
    assert journey.curve_of("sam") == journey.persona_emotions["sam"]
    assert journey.curve_of("nobody") == {}
    assert journey.curves() == [("eva", journey.emotions), ("sam", journey.persona_emotions["sam"])]
    journey.persona_ids.append("kim")
    assert journey.curves()[2] == ("kim", {})
    alone = TEMPLATES["classic"].create_project("x").journeys[0]
    alone.emotions = {alone.stages[0].id: 2}
    assert alone.curves() == [(None, {alone.stages[0].id: 2})]


@pytest.mark.parametrize("future", [False, True])
def test_a_copy_of_a_map_moves_every_curve_onto_its_new_stages(future: bool) -> None:
    project = two_persona_project()
    original = project.journeys[0]
    copy = copy_journey(original, "Copy", future=future)
    new_id = {old.id: new.id for old, new in zip(original.stages, copy.stages, strict=True)}
    assert copy.persona_ids == original.persona_ids
    assert copy.emotions == {new_id[k]: v for k, v in original.emotions.items()}
    assert copy.persona_emotions == {
        "sam": {new_id[k]: v for k, v in original.persona_emotions["sam"].items()}
    }
    project.journeys.append(copy)
    again = parse_project(project_to_bytes(project))
    assert again.journeys[1].persona_emotions == copy.persona_emotions
