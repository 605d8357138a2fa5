"""Dot voting through the document: every change an undoable command, refusals said, the
canvas following ``votes_changed`` card by card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journeydesk.layout import colours
from journeydesk.model.project import Card, Project
from journeydesk.model.storage import load_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import Dot, map_order, open_round
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.commands import RemoveCardsCommand
from journeydesk.ui.document import Document
from journeydesk.ui.vote_commands import (
    DeleteVoteRoundCommand,
    EndVoteRoundCommand,
    PlaceDotCommand,
    RemoveDotCommand,
    StartVoteRoundCommand,
)

from .test_rules import push_refused


def make_document() -> Document:
    """A classic map with cards a, b (Actions, first two stages) and c (Pain points)."""
    project = TEMPLATES["classic"].create_project("Voting")
    journey = project.journeys[0]
    actions, pains = journey.lanes[0], journey.lanes[3]
    journey.cards += [
        Card(id="a", lane_id=actions.id, stage_id=journey.stages[0].id, text="Sees an advert"),
        Card(id="b", lane_id=actions.id, stage_id=journey.stages[1].id, text="Compares"),
        Card(id="c", lane_id=pains.id, stage_id=journey.stages[0].id, text="Jargon"),
    ]
    return Document(Project.model_validate(project.model_dump()))


def journey_id(document: Document) -> str:
    return document.project.journeys[0].id


def snapshot(document: Document) -> dict[str, Any]:
    return document.project.model_dump()


def assert_undoes_and_redoes(
    document: Document, begin: dict[str, Any], end: dict[str, Any]
) -> None:
    """Undo everything back to ``begin``, then redo everything to ``end``."""
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert snapshot(document) == begin
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert snapshot(document) == end


def votes_heard(document: Document) -> list[str]:
    heard: list[str] = []
    document.votes_changed.connect(heard.append)
    return heard


def start(document: Document, participants: list[str] | int = 3, dots: int = 2) -> str:
    command = StartVoteRoundCommand(
        document, journey_id(document), "Fix first?", dots, participants
    )
    document.undo_stack.push(command)
    assert command.round_id is not None
    return command.round_id


def place(document: Document, card_id: str, participant: int) -> None:
    document.undo_stack.push(PlaceDotCommand(document, journey_id(document), card_id, participant))


def test_a_whole_round_is_undone_step_by_step_and_redone() -> None:
    document = make_document()
    jid = journey_id(document)
    heard = votes_heard(document)
    before = snapshot(document)
    round_id = start(document, ["Ana", "Ben", "Kim"])
    vote_round = document.vote_round(jid, round_id)
    assert vote_round.participants == ["Ana", "Ben", "Kim"]
    assert (vote_round.question, vote_round.dots_per_participant) == ("Fix first?", 2)
    assert open_round(document.journey(jid)) is vote_round
    for card_id, participant in [("c", 0), ("a", 1), ("c", 1), ("c", 2), ("b", 0)]:
        place(document, card_id, participant)
    document.undo_stack.push(EndVoteRoundCommand(document, jid))
    assert vote_round.ended_at is not None and vote_round.ended_at >= vote_round.started_at
    assert vote_round.tally(map_order(document.journey(jid))) == [("c", 3), ("a", 1), ("b", 1)]
    assert heard == [jid] * 7
    assert [document.undo_stack.text(i) for i in range(7)] == [
        "Start Vote Round",
        *["Place Dot"] * 5,
        "End Vote Round",
    ]
    end = snapshot(document)

    document.undo_stack.undo()  # reopens the round
    assert document.vote_round(jid, round_id).is_open
    assert len(document.vote_round(jid, round_id).dots) == 5
    assert_undoes_and_redoes(document, before, end)


def test_a_round_with_just_a_count_numbers_its_participants() -> None:
    document = make_document()
    round_id = start(document, 4, dots=5)
    vote_round = document.vote_round(journey_id(document), round_id)
    assert vote_round.participants == [f"Participant {n}" for n in range(1, 5)]
    assert vote_round.dots_per_participant == 5


def test_removing_a_dot_takes_that_participants_last_on_that_card_and_undo_puts_it_back() -> None:
    document = make_document()
    jid = journey_id(document)
    round_id = start(document, ["Ana", "Ben"], dots=3)
    for card_id, participant in [("c", 0), ("c", 1), ("a", 0), ("c", 0)]:
        place(document, card_id, participant)
    dots = document.vote_round(jid, round_id).dots
    document.undo_stack.push(RemoveDotCommand(document, jid, "c", 0))
    assert document.undo_stack.text(document.undo_stack.index() - 1) == "Remove Dot"
    assert [(d.card_id, d.participant) for d in dots] == [("c", 0), ("c", 1), ("a", 0)]
    document.undo_stack.push(RemoveDotCommand(document, jid, "c", 0))
    assert [(d.card_id, d.participant) for d in dots] == [("c", 1), ("a", 0)]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dots == [
        Dot(card_id="c", participant=0),
        Dot(card_id="c", participant=1),
        Dot(card_id="a", participant=0),
        Dot(card_id="c", participant=0),
    ]


def test_deleting_a_round_keeps_its_place_for_undo() -> None:
    document = make_document()
    jid = journey_id(document)
    first = start(document)
    place(document, "a", 0)
    document.undo_stack.push(EndVoteRoundCommand(document, jid))
    second = start(document)
    place(document, "b", 1)
    document.undo_stack.push(DeleteVoteRoundCommand(document, jid, first))
    assert [r.id for r in document.journey(jid).vote_rounds] == [second]
    document.undo_stack.push(DeleteVoteRoundCommand(document, jid, second))  # open: fine
    assert document.journey(jid).vote_rounds == []
    document.undo_stack.undo()
    document.undo_stack.undo()
    rounds = document.journey(jid).vote_rounds
    assert [r.id for r in rounds] == [first, second]
    assert [len(r.dots) for r in rounds] == [1, 1]
    assert document.undo_stack.text(document.undo_stack.index()) == "Delete Vote Round"


def test_edits_that_break_a_voting_rule_change_nothing_and_say_why() -> None:
    document = make_document()
    jid = journey_id(document)
    cases: list[tuple[object, str]] = [
        (PlaceDotCommand(document, jid, "a", 0), "No vote round is open on this map"),
        (RemoveDotCommand(document, jid, "a", 0), "No vote round is open on this map"),
        (EndVoteRoundCommand(document, jid), "No vote round is open on this map."),
        (StartVoteRoundCommand(document, jid, "Q", 0, 3), "Dots per participant is 0"),
        (StartVoteRoundCommand(document, jid, "Q", 3, []), "The list of participants has 0"),
        (StartVoteRoundCommand(document, jid, "Q", 3, 101), "the limit is 100"),
        (StartVoteRoundCommand(document, jid, "Q" * 1001, 3, 2), "1,001 characters"),
        (DeleteVoteRoundCommand(document, jid, "nope"), "no longer on the map"),
    ]
    for command, words in cases:
        (sentence,) = push_refused(document, command)
        assert words in sentence, sentence
    start(document, ["Ana", "Ben"], dots=1)
    place(document, "a", 0)
    cases = [
        (StartVoteRoundCommand(document, jid, "Again", 3, 2), "already open on this map"),
        (PlaceDotCommand(document, jid, "b", 0), "Ana has placed all their 1 dot."),
        (PlaceDotCommand(document, jid, "gone", 1), "That card is no longer on the map."),
        (PlaceDotCommand(document, jid, "a", 2), "no participant number 3"),
        (RemoveDotCommand(document, jid, "b", 0), "Ana has no dot on that card."),
    ]
    for command, words in cases:
        (sentence,) = push_refused(document, command)
        assert words in sentence, sentence
    refused = PlaceDotCommand(document, jid, "b", 0)
    assert refused.refusal() == "Ana has placed all their 1 dot."  # known before it is pushed


def test_a_deleted_cards_dots_stay_count_nowhere_and_come_back_with_undo() -> None:
    document = make_document()
    jid = journey_id(document)
    round_id = start(document, ["Ana"], dots=1)
    place(document, "a", 0)
    document.undo_stack.push(RemoveCardsCommand(document, jid, ["a"]))
    vote_round = document.vote_round(jid, round_id)
    assert vote_round.dots == [Dot(card_id="a", participant=0)]
    place(document, "b", 0)  # her dot came back when its card went
    assert vote_round.tally(map_order(document.journey(jid))) == [("b", 1)]
    Project.model_validate(document.project.model_dump())  # still a valid project
    document.undo_stack.undo()
    document.undo_stack.undo()  # the card is back, with its dot
    assert vote_round.tally(map_order(document.journey(jid))) == [("a", 1)]


def test_a_voted_map_is_saved_and_opens_again(tmp_path: Path) -> None:
    document = make_document()
    start(document, ["Ana", "Ben"])
    place(document, "c", 1)
    document.undo_stack.push(EndVoteRoundCommand(document, journey_id(document)))
    path = tmp_path / "voted.journey"
    assert document.save(path)
    assert load_project(path).journeys == document.project.journeys


def test_the_canvas_redraws_only_the_cards_whose_dots_changed(qtbot: QtBot) -> None:
    document = make_document()
    jid = journey_id(document)
    scene = JourneyScene(document, jid)
    boxes = {card_id: item.box for card_id, item in scene.item_for_card.items()}
    start(document, ["Ana", "Ben"])
    assert {i: item.box for i, item in scene.item_for_card.items()} == boxes  # no dots yet
    place(document, "c", 1)
    place(document, "c", 0)
    dots = scene.item_for_card["c"].box.dots
    assert [dot.colour for dot in dots] == [colours.participant_colour(i) for i in (1, 0)]
    assert all(scene.item_for_card[i].box is boxes[i] for i in ("a", "b"))  # untouched
    assert scene.item_for_card["c"].boundingRect().bottom() >= (
        scene.item_for_card["c"].box.height + scene.map_style.dot_reach
    )
    document.undo_stack.undo()
    assert len(scene.item_for_card["c"].box.dots) == 1
    round_id = document.journey(jid).vote_rounds[0].id
    document.undo_stack.push(DeleteVoteRoundCommand(document, jid, round_id))
    assert scene.item_for_card["c"].box.dots == ()
    scene.detach()
    document.undo_stack.undo()  # the scene no longer follows the document
    assert scene.item_for_card["c"].box.dots == ()


def _random_command(document: Document, data: st.DataObject) -> object:
    jid = journey_id(document)
    kind = data.draw(st.sampled_from(["start", "place", "place", "remove", "end", "delete"]))
    card_id = data.draw(st.sampled_from(["a", "b", "c"]))
    participant = data.draw(st.integers(0, 2))
    rounds = document.journey(jid).vote_rounds
    if kind == "start":
        return StartVoteRoundCommand(document, jid, "Q", data.draw(st.integers(1, 2)), 2)
    if kind == "place":
        return PlaceDotCommand(document, jid, card_id, participant)
    if kind == "remove":
        return RemoveDotCommand(document, jid, card_id, participant)
    if kind == "end" or not rounds:
        return EndVoteRoundCommand(document, jid)
    return DeleteVoteRoundCommand(document, jid, data.draw(st.sampled_from(rounds)).id)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_sequence_of_voting_undoes_to_the_start_and_redoes_to_the_end(
    data: st.DataObject,
) -> None:
    document = make_document()
    begin = snapshot(document)
    for _ in range(data.draw(st.integers(1, 20))):
        document.undo_stack.push(_random_command(document, data))  # type: ignore[arg-type]
        Project.model_validate(document.project.model_dump())  # every rule still holds
    end = snapshot(document)
    assert_undoes_and_redoes(document, begin, end)


@pytest.mark.parametrize("participants", [1, 100])
def test_every_participant_can_place_all_their_dots_and_no_more(participants: int) -> None:
    document = make_document()
    jid = journey_id(document)
    round_id = start(document, participants, dots=2)
    for participant in range(participants):
        place(document, "a", participant)
        place(document, "b", participant)
    assert document.undo_stack.count() == 1 + 2 * participants
    said = push_refused(document, PlaceDotCommand(document, jid, "c", participants - 1))
    assert said == [f"Participant {participants} has placed all their 2 dots."]
    assert document.vote_round(jid, round_id).tally(["a", "b", "c"]) == [
        ("a", participants),
        ("b", participants),
    ]


def test_the_canvas_draws_each_dot_where_the_layout_put_it(qtbot: QtBot) -> None:
    document = make_document()
    jid = journey_id(document)
    start(document, ["Ana", "Ben", "Kim"])
    for card_id, participant in [("a", 2), ("a", 0), ("c", 1)]:
        place(document, card_id, participant)
    scene = JourneyScene(document, jid)
    layout = scene.layout
    image = QImage(round(layout.width * 2), round(layout.height * 2), QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render_map(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    for card_id, participants in (("a", [2, 0]), ("c", [1])):
        x, y, _w, _h = layout.card_rect(card_id)
        dots = layout.cards[card_id].dots
        assert len(dots) == len(participants)
        for dot, participant in zip(dots, participants, strict=True):
            seen = image.pixelColor(round((x + dot.x) * 2), round((y + dot.y) * 2)).name()
            assert seen == colours.participant_colour(participant), (card_id, seen)
            ring = image.pixelColor(round((x + dot.x + dot.radius) * 2), round((y + dot.y) * 2))
            assert ring.lightness() > 200, (card_id, ring.name())  # the white outline
    scene.detach()
