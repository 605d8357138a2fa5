"""The toolbar's stickies without dragging: a click or Space adds a card of their colour.

Dragging is covered by the canvas tests; here the stickies are used as a keyboard or
screen-reader user would, and the find bar says what it found in English plural forms.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card, Project
from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.palette import PALETTE, STICKY_TEXTS
from tests.ui.helpers import canvas_window, saved, view


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A classic map with two cards in Actions/Awareness, on the canvas."""
    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    actions, awareness = journey.lanes[0].id, journey.stages[0].id
    journey.cards += [
        Card(id="first", lane_id=actions, stage_id=awareness, order=0, text="Sees an ad"),
        Card(id="second", lane_id=actions, stage_id=awareness, order=1, text="Asks a friend"),
    ]
    path = tmp_path / "workshop.journey"
    save_project(project, path)
    yield from canvas_window(qtbot, path)


def cell_texts(project: Project, lane: int, stage: int) -> list[str]:
    journey = project.journeys[0]
    return [c.text for c in journey.cards_in_cell(journey.lanes[lane].id, journey.stages[stage].id)]


def test_every_sticky_says_its_colour_and_what_it_does(window: MainWindow) -> None:
    buttons = window.sticky_palette.buttons
    assert [button.colour for button in buttons] == list(PALETTE)
    assert set(STICKY_TEXTS) == set(PALETTE)
    names = [button.accessibleName() for button in buttons]
    assert names[:2] == ["Sticky note in the lane's colour", "Yellow sticky note"]
    assert len(set(names)) == len(names)
    for button in buttons:
        assert "click" in button.accessibleDescription()
        assert button.toolTip() == button.accessibleDescription()


def test_clicking_a_sticky_adds_a_card_of_its_colour_by_the_selected_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    v = view(window)
    v.select_card("first")
    pink = window.sticky_palette.buttons[PALETTE.index("#ffc2d1")]
    qtbot.mouseClick(pink, Qt.MouseButton.LeftButton)
    assert v.editor.is_editing()
    qtbot.keyClicks(v, "Compares prices")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    project = saved(window)
    assert cell_texts(project, 0, 0) == ["Sees an ad", "Asks a friend", "Compares prices"]
    added = next(c for c in project.journeys[0].cards if c.text == "Compares prices")
    assert added.colour == "#ffc2d1"


def test_space_on_the_lane_coloured_sticky_adds_a_card_without_a_colour(
    qtbot: QtBot, window: MainWindow
) -> None:
    v = view(window)
    lane_coloured = window.sticky_palette.buttons[0]
    lane_coloured.setFocus()
    qtbot.keyClick(lane_coloured, Qt.Key.Key_Space)
    assert v.editor.is_editing()
    assert v.hasFocus()  # the keyboard goes to the card being typed
    qtbot.keyClicks(v, "Reads reviews")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    added = next(c for c in saved(window).journeys[0].cards if c.text == "Reads reviews")
    assert added.colour is None


def test_the_find_bar_counts_in_words(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.find_bar
    bar.open_bar()
    assert bar.field.accessibleName() == "Find cards"
    qtbot.keyClicks(bar.field, "a")
    assert bar.status.text() == "2 found"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status.text() == "1 of 2"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "Sees")
    assert bar.status.text() == "1 found"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "nothing like it")
    assert bar.status.text() == "No cards found"
