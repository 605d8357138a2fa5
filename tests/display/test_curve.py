"""The emotion curve under a real pointer: the point follows the hand, the file gets the score."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.project import LaneKind
from journeydesk.model.storage import load_project
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.display.conftest import canvas, hover

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def slot(view: JourneyView, stage: int, score: int) -> QPoint:
    layout = view.journey_scene.layout
    lane = next(row for row in layout.lanes if row.kind is LaneKind.EMOTION)
    column = layout.stages[stage]
    point = QPointF(column.x + column.width / 2, lane.y + layout.score_y(score))
    view.reveal(QRectF(point.x() - 40, point.y() - 80, 80, 160))
    return view.mapFromScene(point)


def test_scoring_and_dragging_a_feeling_with_the_real_pointer(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = canvas(window)
    start = slot(view, 1, 1)
    hover(qtbot, view, start)
    QTest.mouseClick(view.viewport(), LEFT, NONE, start)  # an empty slot: scored +1
    end = slot(view, 1, -2)
    QTest.mousePress(view.viewport(), LEFT, NONE, start)
    for step in range(1, 9):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 8)
        qtbot.wait(10)
    QTest.mouseRelease(view.viewport(), LEFT, NONE, end)
    QTest.keyClick(view.viewport(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None and window.document.path is not None
    journey = load_project(window.document.path).journeys[0]
    assert journey.emotions == {journey.stages[1].id: -2}
    curve = next(iter(view.journey_scene.curve_for_lane.values()))
    assert curve.focus == journey.stages[1].id  # ringed for the keyboard
