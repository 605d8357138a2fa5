"""Several cards selected: the inspector sets colour, tags and owner for all, one step each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card, Journey
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import shown_window, view

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    project = TEMPLATES["classic"].create_project("Bulk")
    journey = project.journeys[0]
    lane, stage = journey.lanes[0].id, journey.stages[0].id
    journey.cards += [
        Card(id="a", lane_id=lane, stage_id=stage, order=0, text="A", tags=["web"], owner="Jo"),
        Card(id="b", lane_id=lane, stage_id=stage, order=1, text="B", owner="Sam"),
        Card(id="c", lane_id=lane, stage_id=stage, order=2, text="C (not selected)"),
    ]
    path = tmp_path / "bulk.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    for main in shown_window(qtbot, map_file, (1400, 900)):
        view(main).editor.select(["a", "b"])
        yield main


def saved(window: MainWindow) -> dict[str, Card]:
    assert window.save()
    assert window.document is not None and window.document.path is not None
    journey: Journey = load_project(window.document.path).journeys[0]
    return {card.id: card for card in journey.cards}


def test_colour_tags_and_owner_for_all_selected_cards(qtbot: QtBot, window: MainWindow) -> None:
    form = window.inspector.bulk_form
    assert form.isVisible() and window.inspector.message() == "2 cards selected"
    assert form.owner_edit.placeholderText() == "(various owners)"
    qtbot.mouseClick(form.colour_picker.buttons["#ffc2d1"], LEFT)
    form.add_tags_edit.setFocus()
    qtbot.keyClicks(form.add_tags_edit, "quick win, web")
    qtbot.keyClick(form.add_tags_edit, Qt.Key.Key_Return)
    form.owner_edit.setFocus()
    qtbot.keyClicks(form.owner_edit, "Lena")
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    cards = saved(window)
    assert [cards[i].colour for i in "abc"] == ["#ffc2d1", "#ffc2d1", None]
    assert cards["a"].tags == ["web", "quick win"] and cards["b"].tags == ["quick win", "web"]
    assert [cards[i].owner for i in "abc"] == ["Lena", "Lena", ""]
    assert window.undo_action.text() == "&Undo Owner of 2 Cards"
    form.remove_tags_edit.setFocus()
    qtbot.keyClicks(form.remove_tags_edit, "web")
    qtbot.keyClick(form.remove_tags_edit, Qt.Key.Key_Return)
    assert [saved(window)[i].tags for i in "ab"] == [["quick win"], ["quick win"]]
    for _ in range(4):  # four steps, one per change
        window.undo_action.trigger()
    cards = saved(window)
    assert (cards["a"].tags, cards["a"].owner, cards["a"].colour) == (["web"], "Jo", None)
    assert (cards["b"].tags, cards["b"].owner, cards["b"].colour) == ([], "Sam", None)
    assert not window.undo_action.isEnabled()
