"""Two personas on one map: each has a curve in their colour, named in the lane's legend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.project import LaneKind, Persona, Project
from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, curve_slot, drag, saved, view

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A classic map about Eva (the first stage +1) and Sam (the first stage -2)."""
    project = TEMPLATES["classic"].create_project("Workshop")
    eva, sam = Persona(id="eva", name="Eva"), Persona(id="sam", name="Sam", colour="#0f766e")
    project.personas = [eva, sam]
    journey = project.journeys[0]
    journey.persona_ids = ["eva", "sam"]
    journey.emotions = {journey.stages[0].id: 1}
    journey.persona_emotions = {"sam": {journey.stages[0].id: -2}}
    path = tmp_path / "two.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from canvas_window(qtbot, map_file)


def legend_entry(v: JourneyView, index: int) -> QPoint:
    """The viewport pixel of a persona's name in the Feelings lane's legend."""
    scene = v.journey_scene
    row = next(row for row in scene.layout.lanes if row.kind is LaneKind.EMOTION)
    names = [scene.document.persona(i).name for i in scene.journey.persona_ids]
    y, _line = scene.layout.legend_lines(row, names)[index]
    header = scene.header_for_lane[row.lane_id]
    point = header.mapToScene(QPointF(40, y + scene.map_style.legend_line_height / 2))
    v.reveal(QRectF(point.x(), point.y() - 20, 10, 40))
    return v.mapFromScene(
        header.mapToScene(QPointF(40, y + scene.map_style.legend_line_height / 2))
    )


def curves(project: Project) -> tuple[list[int | None], list[int | None]]:
    journey = project.journeys[0]
    eva = [journey.curve_of("eva").get(s.id) for s in journey.stages[:3]]
    sam = [journey.curve_of("sam").get(s.id) for s in journey.stages[:3]]
    return eva, sam


def test_dragging_a_point_of_the_second_persona_changes_their_curve(window: MainWindow) -> None:
    v = view(window)
    drag(v, curve_slot(v, 0, -2), curve_slot(v, 0, 0))
    assert curves(saved(window)) == ([1, None, None], [0, None, None])
    drag(v, curve_slot(v, 0, 1), curve_slot(v, 0, 2))  # Eva's point: her curve
    assert curves(saved(window)) == ([2, None, None], [0, None, None])
    window.undo()
    window.undo()
    assert curves(saved(window)) == ([1, None, None], [-2, None, None])


def test_the_legend_chooses_the_curve_that_clicks_and_keys_edit(window: MainWindow) -> None:
    v = view(window)
    QTest.mouseClick(v.viewport(), LEFT, NONE, legend_entry(v, 1))  # Sam
    QTest.mouseClick(v.viewport(), LEFT, NONE, curve_slot(v, 1, 2))  # an empty slot: +2
    assert curves(saved(window)) == ([1, None, None], [-2, 2, None])
    QTest.keyClick(v.viewport(), Qt.Key.Key_Right)  # the ring moves to the third stage
    QTest.keyClick(v.viewport(), Qt.Key.Key_Down)  # unset: starts at neutral
    QTest.keyClick(v.viewport(), Qt.Key.Key_Down)
    assert curves(saved(window)) == ([1, None, None], [-2, 2, -1])
    QTest.keyClick(v.viewport(), Qt.Key.Key_Delete)
    assert curves(saved(window)) == ([1, None, None], [-2, 2, None])
    QTest.mouseClick(v.viewport(), LEFT, NONE, legend_entry(v, 0))  # back to Eva
    QTest.mouseClick(v.viewport(), LEFT, NONE, curve_slot(v, 2, -1))
    assert curves(saved(window)) == ([1, None, -1], [-2, 2, None])
    for _ in range(5):
        window.undo()
    assert curves(saved(window)) == ([1, None, None], [-2, None, None])


def test_one_persona_left_means_one_curve_and_no_legend(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    scene = v.journey_scene
    row = next(row for row in scene.layout.lanes if row.kind is LaneKind.EMOTION)
    assert row.legend_top > 0
    tall = row.height
    window.personas.raise_()
    window.personas.show_persona("eva")
    window.personas.on_map.click()  # Eva leaves the map: Sam's curve is the map's curve
    row = next(row for row in scene.layout.lanes if row.kind is LaneKind.EMOTION)
    assert row.legend_top == 0 and row.height <= tall
    project = saved(window)
    assert project.journeys[0].persona_ids == ["sam"]
    assert curves(project)[1] == [-2, None, None]
    drag(v, curve_slot(v, 0, -2), curve_slot(v, 0, -1))
    assert saved(window).journeys[0].emotions == {project.journeys[0].stages[0].id: -1}
