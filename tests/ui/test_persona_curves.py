"""Each persona's emotion curve stays with its persona through every edit, and undo puts back
the map's personas, ``emotions`` and ``persona_emotions`` exactly, as the saved file shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from journeydesk.model import Journey, Persona, Project, load_project, save_project
from journeydesk.model.journeys import copy_journey
from journeydesk.ui.commands import MoveAxisItemCommand, RemoveAxisItemCommand, SetEmotionCommand
from journeydesk.ui.document import Document
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.project_commands import (
    AddPersonaCommand,
    EditJourneyCommand,
    RemovePersonaCommand,
)
from tests.model.test_persona_curves import two_persona_project
from tests.ui.helpers import saved, shown_window

#: A map's personas and curves, in file order: what undo must put back exactly.
Curves = tuple[list[str], list[tuple[str, int]], list[tuple[str, list[tuple[str, int]]]]]


def curves(journey: Journey) -> Curves:
    return (
        list(journey.persona_ids),
        list(journey.emotions.items()),
        [(i, list(curve.items())) for i, curve in journey.persona_emotions.items()],
    )


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """Two maps: the first about Eva then Sam, the second (a copy) about Sam then Eva."""
    project = two_persona_project()
    second = copy_journey(project.journeys[0], "Second map")
    second.persona_ids = ["sam", "eva"]
    second.emotions = {second.stages[0].id: 2}
    second.persona_emotions = {"eva": {second.stages[1].id: -1}}
    project.journeys.append(second)
    path = tmp_path / "curves.journey"
    save_project(Project.model_validate(project.model_dump()), path)
    return path


@pytest.fixture
def document(qtbot: QtBot, map_file: Path) -> Iterator[Document]:
    yield Document.open(map_file)


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, map_file)


def saved_project(document: Document) -> Project:
    """Save (when there is something new), then the project as the file holds it."""
    document.save()
    assert document.path is not None
    return load_project(document.path)


def saved_maps(document: Document) -> list[Journey]:
    """Save (when there is something new), then the maps as the file holds them."""
    return saved_project(document).journeys


def saved_raw(document: Document) -> dict[str, Any]:
    """The first map of the saved file, as JSON."""
    document.save()
    assert document.path is not None
    return json.loads(document.path.read_text("utf-8"))["journeys"][0]


def emitted(document: Document) -> list[tuple[str, str]]:
    """Record the map signals the document emits, with the map's id."""
    seen: list[tuple[str, str]] = []
    for name in ("emotions_changed", "journey_changed"):
        getattr(document, name).connect(lambda journey_id, n=name: seen.append((n, journey_id)))
    return seen


def test_a_score_on_the_second_personas_curve_is_set_and_undone(document: Document) -> None:
    journey = document.project.journeys[0]
    s0, s1, s2 = (stage.id for stage in journey.stages[:3])
    start = curves(saved_maps(document)[0])
    signals = emitted(document)
    document.undo_stack.push(SetEmotionCommand(document, journey.id, s1, 0, persona_id="sam"))
    first = saved_maps(document)[0]
    assert list(first.persona_emotions["sam"].items()) == [(s0, -2), (s1, 0), (s2, 2)]
    assert first.emotions == {s0: 1, s1: -1}  # Eva's curve is untouched
    assert signals == [("emotions_changed", journey.id)]
    # The first persona's curve is the map's emotions, by id or by None.
    document.undo_stack.push(SetEmotionCommand(document, journey.id, s2, -2, "eva"))
    assert saved_maps(document)[0].emotions == {s0: 1, s1: -1, s2: -2}
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start
    document.undo_stack.redo()
    assert saved_maps(document)[0].persona_emotions["sam"][s1] == 0


def test_clearing_a_second_personas_last_scores_leaves_the_field_out_of_the_file(
    document: Document,
) -> None:
    journey = document.project.journeys[0]
    start = curves(journey)
    for stage_id in list(journey.persona_emotions["sam"]):
        document.undo_stack.push(SetEmotionCommand(document, journey.id, stage_id, None, "sam"))
    assert "persona_emotions" not in saved_raw(document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start


@pytest.mark.parametrize(
    ("score", "persona_id", "words"),
    [(3, "sam", "-2 to +2"), (1, "ghost", "persona is no longer on the map")],
)
def test_a_score_out_of_range_or_for_a_persona_not_on_the_map_is_refused(
    document: Document, score: int, persona_id: str, words: str
) -> None:
    journey = document.project.journeys[0]
    said: list[str] = []
    document.refused.connect(said.append)
    before = document.project.model_dump()
    document.undo_stack.push(
        SetEmotionCommand(document, journey.id, journey.stages[0].id, score, persona_id)
    )
    assert document.project.model_dump() == before
    assert document.undo_stack.count() == 0
    assert len(said) == 1 and words in said[0]


def test_removing_the_first_persona_from_a_map_gives_the_second_its_curve(
    document: Document,
) -> None:
    journey = document.project.journeys[0]
    start = curves(saved_maps(document)[0])
    sams = list(journey.persona_emotions["sam"].items())
    signals = emitted(document)
    document.undo_stack.push(EditJourneyCommand(document, journey.id, {"persona_ids": ["sam"]}))
    assert set(signals) == {("journey_changed", journey.id), ("emotions_changed", journey.id)}
    first = saved_maps(document)[0]
    assert curves(first) == (["sam"], sams, [])
    assert "persona_emotions" not in saved_raw(document)
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start
    document.undo_stack.redo()
    assert curves(saved_maps(document)[0]) == (["sam"], sams, [])


def test_removing_the_second_persona_from_a_map_drops_only_its_curve(document: Document) -> None:
    journey = document.project.journeys[0]
    start = curves(journey)
    document.undo_stack.push(EditJourneyCommand(document, journey.id, {"persona_ids": ["eva"]}))
    assert curves(saved_maps(document)[0]) == (["eva"], start[1], [])
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start


def test_reordering_the_personas_of_a_map_swaps_their_curves(document: Document) -> None:
    journey = document.project.journeys[0]
    start = curves(journey)
    (_, sams), evas = start[2][0], start[1]
    document.undo_stack.push(
        EditJourneyCommand(document, journey.id, {"persona_ids": ["sam", "eva"]})
    )
    assert curves(saved_maps(document)[0]) == (["sam", "eva"], sams, [("eva", evas)])
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start


def test_a_map_without_personas_gives_its_curve_to_its_first_and_takes_it_back(
    document: Document,
) -> None:
    journey = document.project.journeys[0]
    evas = curves(journey)[1]
    for ids in (["sam"], []):  # Sam's curve goes with him, then it is the map's own
        document.undo_stack.push(EditJourneyCommand(document, journey.id, {"persona_ids": ids}))
    sams = curves(document.project.journeys[0])[1]
    assert curves(saved_maps(document)[0]) == ([], sams, [])
    kim = Persona(id="kim", name="Kim")
    document.undo_stack.push(AddPersonaCommand(document, kim, "Add Persona", journey.id))
    assert curves(saved_maps(document)[0]) == (["kim"], sams, [])
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == ([], sams, [])
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0])[:2] == (["eva", "sam"], evas)


def test_deleting_a_stage_takes_its_scores_from_every_curve_and_undo_puts_them_back(
    document: Document,
) -> None:
    journey = document.project.journeys[0]
    s0, s1, s2 = (stage.id for stage in journey.stages[:3])
    start = curves(saved_maps(document)[0])
    document.undo_stack.push(RemoveAxisItemCommand(document, journey.id, "stages", s0))
    first = saved_maps(document)[0]
    assert first.emotions == {s1: -1} and first.persona_emotions == {"sam": {s2: 2}}
    document.undo_stack.push(RemoveAxisItemCommand(document, journey.id, "stages", s2))
    assert "persona_emotions" not in saved_raw(document)  # Sam has no score left
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert curves(saved_maps(document)[0]) == start


def test_moving_a_stage_keeps_every_curve_in_stage_order(document: Document) -> None:
    journey = document.project.journeys[0]
    s0, _, s2 = (stage.id for stage in journey.stages[:3])
    document.undo_stack.push(MoveAxisItemCommand(document, journey.id, "stages", s2, 0))
    assert list(saved_raw(document)["persona_emotions"]["sam"]) == [s2, s0]
    document.undo_stack.undo()
    assert list(saved_raw(document)["persona_emotions"]["sam"]) == [s0, s2]


def test_deleting_a_persona_from_the_project_moves_curves_on_every_map_and_undo_restores(
    document: Document,
) -> None:
    first, second = document.project.journeys
    start = [curves(journey) for journey in saved_maps(document)]
    signals = emitted(document)
    document.undo_stack.push(RemovePersonaCommand(document, "eva"))
    assert {name for name, _ in signals} == {"journey_changed", "emotions_changed"}
    assert {journey_id for _, journey_id in signals} == {first.id, second.id}
    one, two = saved_maps(document)
    assert curves(one) == (["sam"], start[0][2][0][1], [])  # Sam's curve is the map's now
    assert curves(two) == (["sam"], start[1][1], [])  # Eva's curve is gone with her
    document.undo_stack.undo()
    project = saved_project(document)
    assert [curves(journey) for journey in project.journeys] == start
    assert [persona.id for persona in project.personas] == ["eva", "sam"]


def test_a_persona_without_scores_leaves_the_curves_alone(document: Document) -> None:
    journey = document.project.journeys[0]
    kim = Persona(id="kim", name="Kim")
    document.undo_stack.push(AddPersonaCommand(document, kim, "Add Persona", journey.id))
    start = curves(journey)
    signals = emitted(document)
    document.undo_stack.push(RemovePersonaCommand(document, "kim"))
    assert signals == [("journey_changed", journey.id)]
    assert curves(saved_maps(document)[0]) == (start[0][:2], start[1], start[2])


def test_unticking_the_first_persona_in_the_panel_moves_the_curves(window: MainWindow) -> None:
    start = curves(saved(window).journeys[0])
    dock = window.personas
    dock.raise_()
    dock.list.setCurrentRow(0)  # Eva
    assert dock.on_map.isChecked()
    dock.on_map.click()
    assert curves(saved(window).journeys[0]) == (["sam"], start[2][0][1], [])
    window.undo_action.trigger()
    assert curves(saved(window).journeys[0]) == start
