"""The document enforces the model: an edit that breaks a rule changes nothing and says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from journeydesk.model.project import MAX_TEXT, Card, LaneKind, Project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.commands import (
    AddCardsCommand,
    EditAxisItemCommand,
    EditCardCommand,
    EditCardsCommand,
    MoveCardsCommand,
    SetEmotionCommand,
    SetProjectInfoCommand,
)
from journeydesk.ui.document import Document
from journeydesk.ui.project_commands import EditJourneyCommand


@pytest.fixture
def document() -> Iterator[Document]:
    project = TEMPLATES["classic"].create_project("Rules")
    journey = project.journeys[0]
    journey.lanes[4].kind = LaneKind.DIVIDER  # "Opportunities" becomes a line
    journey.cards.append(
        Card(id="card", lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="A")
    )
    yield Document(Project.model_validate(project.model_dump()))


def push_refused(document: Document, command: object) -> list[str]:
    said: list[str] = []
    document.refused.connect(said.append)
    before = document.project.model_dump()
    count = document.undo_stack.count()
    document.undo_stack.push(command)  # type: ignore[arg-type]
    assert document.project.model_dump() == before  # nothing changed
    assert document.undo_stack.count() == count  # and nothing to undo
    assert len(said) == 1
    return said


def test_every_kind_of_edit_is_held_to_the_model(qtbot: QtBot, document: Document) -> None:
    journey = document.project.journeys[0]
    jid = journey.id
    divider, first = journey.lanes[4].id, journey.stages[0].id
    cases = [
        (EditCardCommand(document, jid, "card", {"text": "x" * (MAX_TEXT + 1)}), "10,001"),
        (EditCardsCommand(document, jid, {"card": {"colour": "red"}}, "Colour"), "colour"),
        (EditCardCommand(document, jid, "card", {"votes": -3}), "at least 0"),
        (MoveCardsCommand(document, jid, ["card"], (divider, first), 0), "divider line"),
        (
            AddCardsCommand(document, jid, [(Card(lane_id=divider, stage_id=first), 0)]),
            "divider line",
        ),
        (
            EditAxisItemCommand(
                document, jid, "lanes", journey.lanes[0].id, {"kind": LaneKind.DIVIDER}
            ),
            "holds 1 card",
        ),
        (EditAxisItemCommand(document, jid, "stages", first, {"title": "x" * 1001}), "1,001"),
        (SetEmotionCommand(document, jid, first, 3), "-2 to +2"),
        (EditJourneyCommand(document, jid, {"title": "x" * 1001}), "1,001"),
        (SetProjectInfoCommand(document, "ok", "x" * (MAX_TEXT + 1)), "10,001"),
    ]
    for command, words in cases:
        (sentence,) = push_refused(document, command)
        assert words in sentence, (type(command).__name__, sentence)


def test_a_good_edit_still_goes_through(document: Document) -> None:
    jid = document.project.journeys[0].id
    document.undo_stack.push(EditCardCommand(document, jid, "card", {"text": "B"}))
    assert document.card("card").text == "B"
    document.undo_stack.undo()
    assert document.card("card").text == "A"


def test_the_window_says_why_an_edit_was_refused(qtbot: QtBot, answers: dict[str, list]) -> None:
    from journeydesk.ui.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    document = window.document
    assert document is not None
    journey = document.project.journeys[0]
    document.undo_stack.push(SetEmotionCommand(document, journey.id, journey.stages[0].id, 7))
    assert answers["warning"] == ["JourneyDesk: A feeling is scored from -2 to +2, not 7."]
    assert not document.is_modified()
