"""Find (Ctrl+F) keeps up with the map: cards edited, added, deleted and moved are found as
they are now, and the matches come in map order, as reading every card would give them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journeydesk.model.sample import generate_project
from journeydesk.model.storage import save_project
from journeydesk.ui.axis_commands import MoveAxisItemCommand
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.card_commands import EditCardCommand, MoveCardsCommand, RemoveCardsCommand
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, classic_map_file, view

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The classic map ("Sees an ad", "Asks a friend", "Reads reviews", "Form too long")."""
    yield from canvas_window(qtbot, classic_map_file(tmp_path))


def find(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    """Open the bar with Ctrl+F on the map and type ``text`` (replacing what was there)."""
    qtbot.keyClick(view(window), Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, text)
    assert bar.field.text() == text
    return bar.matches()


def close_bar(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def click_card(qtbot: QtBot, v: JourneyView, card_id: str) -> None:
    x, y, w, h = v.journey_scene.layout.card_rect(card_id)
    point = v.mapFromScene(QPointF(x + w / 2, y + h / 2))
    qtbot.mouseClick(v.viewport(), LEFT, pos=point)


def test_a_card_retyped_on_the_map_is_found_by_its_new_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert find(qtbot, window, "form") == ["pain"]
    close_bar(qtbot, window)
    v = view(window)
    click_card(qtbot, v, "pain")
    qtbot.keyClick(v, Qt.Key.Key_F2)
    qtbot.keyClicks(v, "Checkout asks for an account")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    assert view(window).journey_scene.document.card("pain").text == "Checkout asks for an account"

    assert find(qtbot, window, "account") == ["pain"]
    assert window.find_bar.status.text() == "1 found"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert v.journey_scene.selected_card_ids() == ["pain"]
    close_bar(qtbot, window)
    assert find(qtbot, window, "form") == []
    assert window.find_bar.status.text() == "No cards found"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Backspace)  # "for": "asks for"
    assert window.find_bar.matches() == ["pain"]


def test_deleted_cards_are_not_found_and_come_back_in_place_on_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert find(qtbot, window, "s") == ["first", "second", "third"]
    close_bar(qtbot, window)
    v = view(window)
    click_card(qtbot, v, "second")
    qtbot.keyClick(v, Qt.Key.Key_Delete)
    assert find(qtbot, window, "s") == ["first", "third"]
    close_bar(qtbot, window)
    qtbot.keyClick(view(window), Qt.Key.Key_Z, CTRL)
    assert find(qtbot, window, "s") == ["first", "second", "third"]


def test_the_matches_follow_cards_and_lanes_moved(qtbot: QtBot, window: MainWindow) -> None:
    document = view(window).journey_scene.document
    journey = document.project.journeys[0]
    stack = document.undo_stack
    stack.push(EditCardCommand(document, journey.id, "pain", {"owner": "Sam"}))
    cell = (journey.lanes[0].id, journey.stages[0].id)
    stack.push(MoveCardsCommand(document, journey.id, ["third"], cell, 0))
    assert find(qtbot, window, "s") == ["third", "first", "second", "pain"]
    close_bar(qtbot, window)
    # Pain points above Actions: "Form too long" comes first.
    pain_lane = journey.lanes[3].id
    stack.push(MoveAxisItemCommand(document, journey.id, "lanes", pain_lane, 0))
    assert find(qtbot, window, "s") == ["pain", "third", "first", "second"]
    close_bar(qtbot, window)
    stack.undo()
    stack.undo()
    assert find(qtbot, window, "s") == ["first", "second", "third", "pain"]
    close_bar(qtbot, window)
    stack.undo()
    assert find(qtbot, window, "s") == ["first", "second", "third"]


def test_each_map_finds_its_own_cards(qtbot: QtBot, window: MainWindow) -> None:
    window.map_pages.duplicate_map.trigger()
    copy = view(window).journey_scene.document.project.journeys[1]
    assert view(window).journey_scene.journey_id == copy.id
    sees = next(card.id for card in copy.cards if card.text == "Sees an ad")
    assert find(qtbot, window, "sees") == [sees]
    window.map_tabs.setCurrentIndex(0)  # with the bar open: it searches the map now shown
    assert window.find_bar.matches() == ["first"]
    window.map_tabs.setCurrentIndex(1)
    assert window.find_bar.matches() == [sees]
    window.undo_action.trigger()  # the copy goes away
    assert window.find_bar.matches() == ["first"]


def old_find(v: JourneyView, text: str) -> list[str]:
    """Find as it was before the index: every card read, sorted by lane, stage and height."""
    needle = text.strip().casefold()
    if not needle:
        return []
    scene = v.journey_scene
    layout = scene.layout
    lanes = {row.lane_id: row.index for row in layout.lanes}
    stages = {column.stage_id: column.index for column in layout.stages}
    found = []
    for card in scene.journey.cards:
        if needle in " ".join([card.text, *card.tags, card.owner]).casefold():
            box = layout.cards[card.id]
            found.append(((lanes[box.lane_id], stages[box.stage_id], box.y), card.id))
    return [card_id for _key, card_id in sorted(found)]


def test_after_many_edits_find_answers_as_reading_every_card(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "big.journey"
    save_project(generate_project(stages=8, lanes=5, cards=400, seed=3), path)
    rng = random.Random(7)
    words = ["pizza", "queue", "app", "coupon", "staff", "Lena", "quick win", "GRÜSSE", "zz"]
    for window in canvas_window(qtbot, path):
        v = view(window)
        document = view(window).journey_scene.document
        journey_id = v.journey_scene.journey_id
        stack = document.undo_stack
        bar = window.find_bar
        bar.open_bar()
        for step in range(40):
            journey = document.journey(journey_id)
            card = rng.choice(journey.cards)
            kind = step % 5
            if kind == 0:
                text = f"{rng.choice(words)} {card.text[:20]}"
                stack.push(EditCardCommand(document, journey_id, card.id, {"text": text}))
            elif kind == 1:
                stack.push(EditCardCommand(document, journey_id, card.id, {"owner": "Lena"}))
            elif kind == 2:
                cell = (rng.choice(journey.lanes).id, rng.choice(journey.stages).id)
                stack.push(MoveCardsCommand(document, journey_id, [card.id], cell, 0))
            elif kind == 3:
                stack.push(RemoveCardsCommand(document, journey_id, [card.id]))
            else:
                stack.undo()
            for word in rng.sample(words, 3):
                bar.field.clear()
                qtbot.keyClicks(bar.field, word[: rng.randint(1, len(word))])
                assert bar.matches() == old_find(v, bar.field.text())
