"""The persona's card above the map: shown for each persona of the map, clicked to edit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.layout.text import line_texts
from journeydesk.resources import example_path
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import saved, shown_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "eva.journey"
    shutil.copyfile(example_path(), path)
    yield from shown_window(qtbot, path)


def view_of(window: MainWindow) -> JourneyView:
    view = window.map_tabs.current_view()
    assert view is not None
    return view


def card_centre(view: JourneyView, persona_id: str) -> QPoint:
    item = view.journey_scene.persona_cards[persona_id]
    return view.mapFromScene(item.sceneBoundingRect().center())


def test_the_first_view_shows_the_persona_card_above_the_map(window: MainWindow) -> None:
    view = view_of(window)
    scene = view.journey_scene
    (persona_id,) = scene.journey.persona_ids
    rect = scene.persona_cards[persona_id].sceneBoundingRect()
    assert rect.left() == 0 and rect.bottom() < 0  # the top left, above the headers
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(rect)


def test_clicking_the_card_opens_the_persona_to_edit(qtbot: QtBot, window: MainWindow) -> None:
    view = view_of(window)
    window.inspector.raise_()
    persona_id = view.journey_scene.journey.persona_ids[0]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(view, persona_id))
    dock = window.personas
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    current = dock.current_persona()
    assert current is not None and current.id == persona_id
    name = dock.form.name_edit
    assert QApplication.focusWidget() is name
    name.selectAll()
    QTest.keyClicks(name, "Eva M.")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert saved(window).persona(persona_id).name == "Eva M."
    card = view.journey_scene.persona_cards[persona_id]
    assert line_texts(card.layout.texts[0].lines) == ("Eva M.",)
    window.undo()
    assert saved(window).persona(persona_id).name == "Eva Moline"
    assert line_texts(card.layout.texts[0].lines) == ("Eva Moline",)


def test_a_second_persona_gets_a_card_beside_the_first(qtbot: QtBot, window: MainWindow) -> None:
    view = view_of(window)
    scene = view.journey_scene
    first = scene.journey.persona_ids[0]
    window.personas.raise_()
    qtbot.mouseClick(window.personas.add_button, Qt.MouseButton.LeftButton)
    project = saved(window)
    ids = project.journeys[0].persona_ids
    assert len(ids) == 2 and ids[0] == first
    cards = scene.persona_cards
    assert set(cards) == set(ids)
    left, right = cards[ids[0]].sceneBoundingRect(), cards[ids[1]].sceneBoundingRect()
    assert left.right() < right.left() and left.top() == right.top()
    # A click on the new card opens the new persona.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(view, ids[1]))
    current = window.personas.current_persona()
    assert current is not None and current.id == ids[1]
    window.undo()
    assert list(cards) == [first]
    assert saved(window).journeys[0].persona_ids == [first]


def test_a_map_without_persona_shows_no_card(qtbot: QtBot, window: MainWindow) -> None:
    view = view_of(window)
    scene = view.journey_scene
    window.personas.raise_()
    window.personas.on_map.click()  # "This map is about this persona": off
    assert saved(window).journeys[0].persona_ids == []
    assert scene.persona_cards == {}
    assert scene.sceneRect().top() > -100  # no room kept above the map
