"""The emotion curve, edited where it is drawn: drag a point, click a slot, use the keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, curve_slot, drag, view

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A classic map (Feelings is its third lane) whose first stage feels neutral."""
    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    journey.emotions = {journey.stages[0].id: 0}
    path = tmp_path / "workshop.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from canvas_window(qtbot, map_file)


def saved_scores(window: MainWindow) -> list[int | None]:
    """Save with Ctrl+S, then each stage's score from the file."""
    QTest.keyClick(view(window).viewport(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None and window.document.path is not None
    journey = load_project(window.document.path).journeys[0]
    return [journey.emotions.get(stage.id) for stage in journey.stages]


def test_dragging_a_point_snaps_and_is_one_undo_step_each_way(window: MainWindow) -> None:
    v = view(window)
    drag(
        v, curve_slot(v, 0, 0), curve_slot(v, 0, -2) + QPoint(0, 5)
    )  # a little past -2: snaps to it
    assert saved_scores(window)[0] == -2
    assert window.undo_action.text() == "&Undo Set Feeling"
    drag(v, curve_slot(v, 0, -2), curve_slot(v, 0, 0))
    assert saved_scores(window)[0] == 0
    window.undo_action.trigger()
    assert saved_scores(window)[0] == -2
    window.undo_action.trigger()
    assert saved_scores(window)[0] == 0
    assert not window.undo_action.isEnabled()


def test_a_click_on_an_empty_slot_sets_its_score_and_a_click_on_a_point_keeps_it(
    window: MainWindow,
) -> None:
    v = view(window)
    QTest.mouseClick(v.viewport(), LEFT, NONE, curve_slot(v, 2, 1))
    QTest.mouseClick(v.viewport(), LEFT, NONE, curve_slot(v, 0, 0) + QPoint(0, -6))
    assert saved_scores(window)[:3] == [0, None, 1]


def test_the_keyboard_moves_and_clears_a_selected_point(window: MainWindow) -> None:
    v = view(window)
    viewport = v.viewport()
    QTest.mouseClick(viewport, LEFT, NONE, curve_slot(v, 0, 0))
    QTest.keyClick(viewport, Qt.Key.Key_Up)
    QTest.keyClick(viewport, Qt.Key.Key_Up)
    QTest.keyClick(viewport, Qt.Key.Key_Up)  # stays at the top
    QTest.keyClick(viewport, Qt.Key.Key_Right)
    QTest.keyClick(viewport, Qt.Key.Key_Down)  # an unset stage starts at neutral
    QTest.keyClick(viewport, Qt.Key.Key_Down)
    assert saved_scores(window)[:2] == [2, -1]
    window.map_actions.delete.trigger()  # Delete clears the ringed point, not a card
    assert saved_scores(window)[:2] == [2, None]
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert saved_scores(window)[:2] == [0, None]


def test_the_stage_inspector_shows_and_sets_the_score(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    scene = v.journey_scene
    scene.header_for_stage[scene.journey.stages[0].id].setSelected(True)
    form = window.inspector.stage_form
    assert form.feeling_combo.currentData() == 0
    form.feeling_combo.setCurrentIndex(form.feeling_combo.findData(2))
    assert saved_scores(window)[0] == 2
    form.feeling_combo.setCurrentIndex(form.feeling_combo.findData(None))
    assert saved_scores(window)[0] is None
