"""The checks of loading and saving, made cheaper without being weaker.

Loading parses once and validates once, with the cycle collector paused; nesting is checked
on the values the models do not know. Saving checks the model instead of parsing its file
again (a problem found is then named by a full parse), and every written file is read back
before it replaces the old one.
"""

from __future__ import annotations

import copy
import gc
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeydesk.model import ProjectLoadError, ProjectSaveError, storage
from journeydesk.model.changes import Changes
from journeydesk.model.journeys import copy_journey
from journeydesk.model.json_strict import MAX_DEPTH
from journeydesk.model.project import MAX_STAGES, SCHEMA_VERSION, Project, Stage
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import (
    checked_project_bytes,
    parse_project,
    project_to_bytes,
    save_project,
)

from .test_bad_files import encode, valid_raw
from .test_json_strict import nested
from .test_storage import assert_save_failed_cleanly, sample_project


def refusal(content: bytes) -> str:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    return str(error.value)


# --- Saving: the model is checked, not the file parsed again ---------------------------------


def test_checked_bytes_are_the_file_content() -> None:
    project = sample_project()
    assert checked_project_bytes(project) == project_to_bytes(project)


def test_a_sound_project_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes) -> Project:
        raise AssertionError("the saved bytes were parsed again")

    monkeypatch.setattr(storage, "parse_project", refuse)
    project = generate_project(stages=8, lanes=5, cards=400, seed=3)
    journey = project.journeys[0]
    edited = Changes(cards={journey.cards[7].id}, journeys={journey.id}, personas=True)
    edited.project = True
    assert checked_project_bytes(project, edited) == project_to_bytes(project)


def test_without_the_edits_named_the_bytes_are_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[bytes] = []
    parse = storage.parse_project

    def counting(data: bytes) -> Project:
        parsed.append(data)
        return parse(data)

    monkeypatch.setattr(storage, "parse_project", counting)
    project = generate_project(stages=4, lanes=3, cards=40, seed=3)
    assert checked_project_bytes(project) == project_to_bytes(project)
    assert checked_project_bytes(project, Changes(everything=True)) == project_to_bytes(project)
    assert len(parsed) == 2


def test_an_edited_card_with_a_bad_value_is_refused_with_a_sentence() -> None:
    project = generate_project(stages=4, lanes=3, cards=40, seed=3)
    card = project.journeys[0].cards[5]
    object.__setattr__(card, "votes", -1)  # as a bug that skipped the edit's own check would
    with pytest.raises(ProjectLoadError) as error:
        checked_project_bytes(project, Changes(cards={card.id}))
    assert str(error.value)


def _card_in_a_missing_lane(project: Project) -> None:
    project.journeys[0].cards[1].lane_id = "gone"


def _card_on_a_divider(project: Project) -> None:
    project.journeys[0].cards[0].lane_id = "l3"


def _repeated_id(project: Project) -> None:
    project.journeys[0].cards[2].id = "s1"


def _text_of_the_wrong_type(project: Project) -> None:
    project.journeys[0].cards[0].text = 5  # type: ignore[assignment]


def _too_many_stages(project: Project) -> None:
    project.journeys[0].stages += [Stage(id=f"x{n}") for n in range(MAX_STAGES)]


def _nested_too_deeply(project: Project) -> None:
    card = project.journeys[0].cards[0]
    assert card.__pydantic_extra__ is not None
    card.__pydantic_extra__["x_deep"] = nested(MAX_DEPTH)


def _newer_format(project: Project) -> None:
    project.schema_version = SCHEMA_VERSION + 1


def _made_from_a_missing_map(project: Project) -> None:
    project.journeys[0].source_journey_id = "gone"


@pytest.mark.parametrize(
    "breakage",
    [
        _card_in_a_missing_lane,
        _card_on_a_divider,
        _repeated_id,
        _text_of_the_wrong_type,
        _too_many_stages,
        _nested_too_deeply,
        _newer_format,
        _made_from_a_missing_map,
    ],
)
def test_a_broken_project_is_refused_with_the_sentence_of_opening_it(
    breakage: Callable[[Project], None],
) -> None:
    project = sample_project()
    breakage(project)  # as a bug could: past validation
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = refusal(project_to_bytes(project))
    with pytest.raises(ProjectLoadError) as error:
        checked_project_bytes(project)
    assert str(error.value) == expected


def test_an_edit_of_cards_content_walks_no_map(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules between parts hold as they did when the file was read: a title or a card's
    # text touches none of them, so the save costs no walk over the map's cards.
    def walked(*_args: object) -> None:
        raise AssertionError("the rules were checked on every card")

    monkeypatch.setattr(storage, "check_journey", walked)
    monkeypatch.setattr(storage, "check_project", walked)
    project = generate_project(stages=8, lanes=5, cards=400, seed=3)
    card = project.journeys[0].cards[7]
    card.text = "Edited"
    assert checked_project_bytes(project, Changes(cards={card.id}, project=True)) == (
        project_to_bytes(project)
    )


def _a_card_moved_by_a_bug(project: Project) -> Changes:
    card = project.journeys[0].cards[1]
    card.lane_id = "gone"
    return Changes(cards={card.id})  # announced as a change of content only


def _an_added_card_with_the_id_of_another(project: Project) -> Changes:
    journey = project.journeys[0]
    card = journey.cards[0].model_copy(update={"text": "Again"})  # same id
    journey.cards.append(card)
    return Changes(cards={card.id}, added={card.id}, placed={journey.id})


def _an_added_card_with_the_id_of_a_stage(project: Project) -> Changes:
    journey = project.journeys[0]
    card = journey.cards[0].model_copy(update={"id": journey.stages[0].id})
    journey.cards.append(card)
    return Changes(cards={card.id}, added={card.id}, placed={journey.id})


def _a_removed_card_still_linked_from_a_future_state(project: Project) -> Changes:
    current = project.journeys[0]
    future = copy_journey(current, "Future", future=True)
    project.journeys.append(future)
    removed = current.cards.pop(0)  # and its copy in the future state keeps the link
    assert any(card.source_card_id == removed.id for card in future.cards)
    return Changes(placed={current.id})


def _a_card_whose_id_a_bug_changed(project: Project) -> Changes:
    card = project.journeys[0].cards[2]
    edited = Changes(cards={card.id})
    card.id = "s1"  # a stage's id
    return edited


def _a_map_of_the_persona_edited(project: Project) -> Changes:
    project.journeys[0].persona_ids.append("nobody")
    return Changes(personas=True)


@pytest.mark.parametrize(
    "breakage",
    [
        _a_card_moved_by_a_bug,
        _an_added_card_with_the_id_of_another,
        _an_added_card_with_the_id_of_a_stage,
        _a_removed_card_still_linked_from_a_future_state,
        _a_card_whose_id_a_bug_changed,
        _a_map_of_the_persona_edited,
    ],
)
def test_a_rule_broken_where_the_edits_reach_is_refused(
    breakage: Callable[[Project], Changes],
) -> None:
    project = sample_project()
    edited = breakage(project)
    expected = refusal(project_to_bytes(project))
    with pytest.raises(ProjectLoadError) as error:
        checked_project_bytes(project, edited)
    assert str(error.value) == expected


# --- Saving: the written file is read back ---------------------------------------------------


@pytest.mark.parametrize("damage", ["changed", "short"])
def test_a_drive_that_loses_what_was_written_fails_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()
    real_write = os.write

    def write_badly(fd: int, data: bytes) -> int:
        # Reports every byte written, as a failing drive or share can.
        damaged = bytes(data[:-1]) + b"?" if damage == "changed" else bytes(data[:-5])
        real_write(fd, damaged)
        return len(data)

    monkeypatch.setattr(storage.os, "write", write_badly)
    with pytest.raises(ProjectSaveError) as error:
        save_project(sample_project(), path)
    monkeypatch.undo()
    assert "could not be saved" in str(error.value)
    assert "unchanged" in str(error.value)
    assert_save_failed_cleanly(error, path, before)


def test_a_save_reads_the_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    real_read = os.read

    def read_recording(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        read.append(len(data))
        return data

    monkeypatch.setattr(storage.os, "read", read_recording)
    project = sample_project()
    save_project(project, tmp_path / "gym.journey")
    monkeypatch.undo()
    assert sum(read) == len(project_to_bytes(project))


# --- Loading: nesting is checked where data can nest -----------------------------------------


def _project_level(raw: dict[str, Any]) -> dict[str, Any]:
    return raw


def _persona_level(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["personas"][0]


def _journey_level(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["journeys"][0]


def _card_level(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["journeys"][0]["cards"][1]


def _lane_level(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["journeys"][0]["lanes"][0]


@pytest.mark.parametrize(
    ("place", "level"),
    [
        (_project_level, 1),
        (_persona_level, 3),
        (_journey_level, 3),
        (_card_level, 5),
        (_lane_level, 5),
    ],
)
def test_unknown_fields_nest_up_to_the_limit_of_the_whole_file(
    place: Callable[[dict[str, Any]], dict[str, Any]], level: int
) -> None:
    raw = valid_raw()
    place(raw)["x_deep"] = nested(MAX_DEPTH - level)
    project = parse_project(encode(raw))
    assert parse_project(project_to_bytes(project)) == project
    place(raw)["x_deep"] = nested(MAX_DEPTH - level + 1)
    assert f"more than {MAX_DEPTH} levels deep" in refusal(encode(raw))


def test_deep_data_in_a_known_field_is_named_for_its_depth() -> None:
    raw = valid_raw()
    raw["journeys"][0]["cards"][0]["tags"] = nested(MAX_DEPTH + 50)
    assert f"more than {MAX_DEPTH} levels deep" in refusal(encode(raw))


def test_depth_is_named_before_any_other_problem() -> None:
    raw = valid_raw()
    raw["format"] = "another"
    raw["journeys"][0]["cards"][0]["lane_id"] = "gone"
    raw["x_deep"] = nested(MAX_DEPTH)
    assert f"more than {MAX_DEPTH} levels deep" in refusal(encode(raw))


def test_nesting_far_past_the_limit_in_a_known_field_is_refused() -> None:
    raw = valid_raw()
    raw["journeys"][0]["cards"][0]["notes"] = nested(500)
    assert f"more than {MAX_DEPTH} levels deep" in refusal(encode(raw))


# --- Loading: one pass, the cycle collector paused -------------------------------------------


@pytest.mark.parametrize("valid", [True, False])
def test_validation_runs_with_the_cycle_collector_paused(
    monkeypatch: pytest.MonkeyPatch, valid: bool
) -> None:
    seen: list[bool] = []
    real_validate = Project.model_validate

    def validate(raw: Any) -> Project:
        seen.append(gc.isenabled())
        return real_validate(raw)

    monkeypatch.setattr(storage.Project, "model_validate", validate)
    raw = valid_raw()
    if not valid:
        raw["journeys"][0]["cards"][0]["lane_id"] = "gone"
    assert gc.isenabled()
    try:
        parse_project(encode(raw))
    except ProjectLoadError:
        assert not valid
    assert seen == [False]
    assert gc.isenabled()


def test_the_first_card_out_of_place_is_named() -> None:
    raw = valid_raw()
    cards = raw["journeys"][0]["cards"]
    cards[1]["lane_id"] = "l2"  # on the divider
    cards[0]["stage_id"] = "gone"
    assert "card 'Checkout'" in refusal(encode(raw))
    second = copy.deepcopy(raw)
    second["journeys"][0]["cards"][0]["stage_id"] = "s1"
    assert "card 'Queue' is in lane 'Line of visibility'" in refusal(encode(second))


def test_the_first_repeated_id_is_named() -> None:
    raw = valid_raw()
    cards = raw["journeys"][0]["cards"]
    cards.append({"id": "c1", "lane_id": "l1", "stage_id": "s1", "text": "Again"})
    cards.append({"id": "s2", "lane_id": "l1", "stage_id": "s1", "text": "Stage id"})
    expected = "Card 'Again' has the id 'c1', which card 'Checkout' already has"
    assert refusal(encode(raw)).startswith(expected)
