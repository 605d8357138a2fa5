"""Undo commands and the document's signals, without widgets.

The key promise: any sequence of edits undoes back to exactly the start (same ids, same
order everywhere) and redoes to exactly the end, and the project always stays valid.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.model.project import Card, Lane, Project, Stage
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.commands import (
    AddAxisItemCommand,
    AddCardsCommand,
    EditAxisItemCommand,
    EditCardCommand,
    MoveAxisItemCommand,
    MoveCardsCommand,
    RemoveAxisItemCommand,
    RemoveCardsCommand,
)
from journeydesk.ui.document import Document


def make_document() -> Document:
    project = TEMPLATES["classic"].create_project("Commands")
    journey = project.journeys[0]
    for lane_index in (0, 1, 3):
        for stage_index in range(3):
            for order in range(2):
                journey.cards.append(
                    Card(
                        id=f"c{lane_index}{stage_index}{order}",
                        lane_id=journey.lanes[lane_index].id,
                        stage_id=journey.stages[stage_index].id,
                        order=order,
                        text=f"card {lane_index}/{stage_index}/{order}",
                    )
                )
    journey.emotions = {journey.stages[0].id: 1, journey.stages[1].id: -2}
    return Document(Project.model_validate(project.model_dump()))


def snapshot(document: Document) -> dict[str, Any]:
    """The whole project, list orders included."""
    return document.project.model_dump()


def cell(document: Document, lane: int, stage: int) -> list[str]:
    journey = document.project.journeys[0]
    return [c.id for c in journey.cards_in_cell(journey.lanes[lane].id, journey.stages[stage].id)]


def record(document: Document) -> list[tuple[str, tuple[Any, ...]]]:
    """Collect every change signal the document emits."""
    seen: list[tuple[str, tuple[Any, ...]]] = []
    for name in (
        "cards_added",
        "cards_removed",
        "cards_changed",
        "cards_moved",
        "structure_changed",
        "emotions_changed",
    ):
        getattr(document, name).connect(lambda *args, n=name: seen.append((n, args)))
    return seen


def test_adding_in_the_middle_renumbers_the_cell() -> None:
    document = make_document()
    journey = document.project.journeys[0]
    lane, stage = journey.lanes[0].id, journey.stages[0].id
    new = Card(id="new", lane_id=lane, stage_id=stage, text="between")
    command = AddCardsCommand(document, journey.id, [(new, 1)])
    assert command.text() == "Add 1 Card"
    document.undo_stack.push(command)
    assert cell(document, 0, 0) == ["c000", "new", "c001"]
    assert [c.order for c in journey.cards_in_cell(lane, stage)] == [0, 1, 2]
    document.undo_stack.undo()
    assert cell(document, 0, 0) == ["c000", "c001"]


def test_remove_then_undo_restores_ids_orders_and_list_positions() -> None:
    document = make_document()
    start = snapshot(document)
    document.undo_stack.push(
        RemoveCardsCommand(document, document.project.journeys[0].id, ["c001", "c110"])
    )
    assert document.undo_stack.undoText() == "Delete 2 Cards"
    assert "c001" not in {c.id for c in document.project.journeys[0].cards}
    document.undo_stack.undo()
    assert snapshot(document) == start


def test_move_several_cards_into_one_cell_keeps_their_order() -> None:
    document = make_document()
    journey = document.project.journeys[0]
    target = (journey.lanes[3].id, journey.stages[2].id)
    command = MoveCardsCommand(document, journey.id, ["c000", "c110"], target, 1)
    assert command.text() == "Move 2 Cards"
    document.undo_stack.push(command)
    assert cell(document, 3, 2) == ["c320", "c000", "c110", "c321"]
    assert cell(document, 0, 0) == ["c001"]
    assert [c.order for c in journey.cards_in_cell(*target)] == [0, 1, 2, 3]
    assert [c.order for c in journey.cards_in_cell(journey.lanes[0].id, journey.stages[0].id)] == [
        0
    ]


def test_a_drop_in_place_is_a_no_op() -> None:
    document = make_document()
    journey = document.project.journeys[0]
    here = (journey.lanes[0].id, journey.stages[0].id)
    assert MoveCardsCommand(document, journey.id, ["c001"], here, 1).is_noop()
    assert not MoveCardsCommand(document, journey.id, ["c001"], here, 0).is_noop()


@pytest.mark.parametrize(
    ("field", "value", "name"),
    [
        ("text", "new words", "Edit Card Text"),
        ("colour", "#ffffff", "Change Card Colour"),
        ("tags", ["a"], "Edit Card Tags"),
        ("votes", 4, "Change Votes"),
        ("owner", "Lena", "Change Card Owner"),
        ("notes", "source", "Edit Card Notes"),
    ],
)
def test_card_edits_are_named_for_the_edit_menu(field: str, value: object, name: str) -> None:
    document = make_document()
    command = EditCardCommand(document, document.project.journeys[0].id, "c000", {field: value})
    assert command.text() == name
    document.undo_stack.push(command)
    assert getattr(document.card("c000"), field) == value


def test_deleting_a_stage_with_cards_and_a_score_undoes_completely() -> None:
    document = make_document()
    start = snapshot(document)
    journey = document.project.journeys[0]
    stage = journey.stages[1].id
    document.undo_stack.push(RemoveAxisItemCommand(document, journey.id, "stages", stage))
    assert stage not in {s.id for s in journey.stages}
    assert stage not in journey.emotions
    assert all(c.stage_id != stage for c in journey.cards)
    document.undo_stack.undo()
    assert snapshot(document) == start
    assert list(journey.emotions) == [journey.stages[0].id, journey.stages[1].id]


def test_moving_a_stage_keeps_its_cards() -> None:
    document = make_document()
    journey = document.project.journeys[0]
    first = journey.stages[0].id
    document.undo_stack.push(MoveAxisItemCommand(document, journey.id, "stages", first, 3))
    assert journey.stages[3].id == first
    assert cell(document, 0, 3) == ["c000", "c001"]
    assert list(journey.emotions) == [journey.stages[0].id, first]  # kept in stage order


def test_signals_fire_once_and_only_on_real_change() -> None:
    document = make_document()
    seen = record(document)
    journey_id = document.project.journeys[0].id
    document.undo_stack.push(EditCardCommand(document, journey_id, "c000", {"text": "changed"}))
    assert seen == [("cards_changed", (journey_id, ["c000"]))]
    seen.clear()
    document.apply_card_fields(journey_id, "c000", {"text": "changed"})
    card = document.card("c001")
    document.apply_placements(journey_id, {"c001": (card.lane_id, card.stage_id, card.order)})
    assert seen == []
    document.undo_stack.push(RemoveCardsCommand(document, journey_id, ["c001"]))
    assert seen == [("cards_removed", (journey_id, ["c001"]))]


def test_the_clean_state_follows_the_stack() -> None:
    document = make_document()
    assert not document.is_modified()
    document.undo_stack.push(
        EditCardCommand(document, document.project.journeys[0].id, "c000", {"votes": 2})
    )
    assert document.is_modified()
    document.undo_stack.undo()
    assert not document.is_modified()


def _random_command(document: Document, data: st.DataObject) -> Any:
    journey = document.project.journeys[0]
    kind = data.draw(st.sampled_from(["add", "remove", "move", "edit", "stage", "lane"]))
    cards = [c.id for c in journey.cards]
    holders = [lane for lane in journey.lanes if lane.kind.value != "divider"]
    if kind == "add" or not cards:
        lane = data.draw(st.sampled_from(holders))
        stage = data.draw(st.sampled_from(journey.stages))
        count = data.draw(st.integers(1, 3))
        new = [
            (Card(lane_id=lane.id, stage_id=stage.id, text="x"), data.draw(st.integers(0, 5)))
            for _ in range(count)
        ]
        return AddCardsCommand(document, journey.id, new)
    chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=4, unique=True))
    if kind == "remove":
        return RemoveCardsCommand(document, journey.id, chosen)
    if kind == "move":
        target = (
            data.draw(st.sampled_from(holders)).id,
            data.draw(st.sampled_from(journey.stages)).id,
        )
        return MoveCardsCommand(document, journey.id, chosen, target, data.draw(st.integers(0, 6)))
    if kind == "edit":
        return EditCardCommand(
            document, journey.id, chosen[0], {"text": data.draw(st.text(max_size=8))}
        )
    axis = "stages" if kind == "stage" else "lanes"
    items = getattr(journey, axis)
    action = data.draw(st.sampled_from(["add", "remove", "move", "edit"]))
    target = data.draw(st.sampled_from(items)).id
    if action == "add":
        item = Stage(title="new") if axis == "stages" else Lane(title="new")
        return AddAxisItemCommand(
            document, journey.id, axis, item, data.draw(st.integers(0, len(items)))
        )
    if action == "remove" and len(items) > 1:
        return RemoveAxisItemCommand(document, journey.id, axis, target)
    if action == "move":
        return MoveAxisItemCommand(
            document, journey.id, axis, target, data.draw(st.integers(0, len(items) - 1))
        )
    return EditAxisItemCommand(
        document, journey.id, axis, target, {"title": data.draw(st.text(max_size=8))}
    )


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_sequence_undoes_to_the_start_and_redoes_to_the_end(data: st.DataObject) -> None:
    document = make_document()
    start = snapshot(document)
    for _ in range(data.draw(st.integers(1, 15))):
        document.undo_stack.push(_random_command(document, data))
        Project.model_validate(document.project.model_dump())  # still a valid project
        for (lane_id, stage_id), cards in document.project.journeys[0].cells().items():
            orders = [c.order for c in cards]
            assert len(orders) == len(set(orders)), (lane_id, stage_id, orders)
    end = snapshot(document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert snapshot(document) == start
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert snapshot(document) == end
