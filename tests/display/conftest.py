"""Fixtures of the real-display lane: the main window on an X server, driven with a real pointer.

The pointer is really moved (``QCursor.setPos`` warps the X pointer), so Qt gets the enter,
hover and motion events a facilitator's mouse produces; clicks and keys are then sent to the
widget under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card, LaneKind
from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.app import create_main_window
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.dialog_doubles import answers, clean_clipboard, no_unexpected_dialogs

__all__ = ["answers", "clean_clipboard", "no_unexpected_dialogs"]

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A classic map with two cards in Actions/Awareness."""
    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    actions, awareness = journey.lanes[0].id, journey.stages[0].id
    journey.cards += [
        Card(id="first", lane_id=actions, stage_id=awareness, order=0, text="Sees an ad"),
        Card(id="second", lane_id=actions, stage_id=awareness, order=1, text="Asks a friend"),
    ]
    path = tmp_path / "workshop.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    """The main window on the map, shown and active on the X server."""
    main = create_main_window(map_file)
    main.resize(1400, 900)
    main.move(0, 0)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)
    yield main
    if main.document is not None:
        main.document.undo_stack.setClean()
    main.close()
    main.deleteLater()


def canvas(window: MainWindow) -> JourneyView:
    """The canvas on show."""
    view = window.map_tabs.current_view()
    assert view is not None
    return view


def viewport_point(view: JourneyView, scene_x: float, scene_y: float) -> QPoint:
    """The viewport pixel showing a point of the map."""
    return view.mapFromScene(QPointF(scene_x, scene_y))


def point_at_cell(view: JourneyView, lane: int, stage: int) -> QPoint:
    """A viewport pixel in the empty part of a cell, below its cards; scrolled into view.

    ``lane`` and ``stage`` count the rows and columns of the map as drawn.
    """
    scene = view.journey_scene
    layout = scene.layout
    lane_id, stage_id = layout.lanes[lane].lane_id, layout.stages[stage].stage_id
    assert layout.lanes[lane].kind is LaneKind.CARDS, "cards go into a lane of cards"
    x, y, width, height = layout.cell_rect(lane_id, stage_id)
    cards = layout.cell_cards(lane_id, stage_id)
    top = y + layout.lane_by_id[lane_id].content_top
    if cards:
        _cx, card_y, _cw, card_height = layout.card_rect(cards[-1])
        top = card_y + card_height
    view.reveal(QRectF(x, y, width, height))
    return viewport_point(view, x + width / 2, (top + y + height) / 2)


def hover(qtbot: QtBot, view: JourneyView, point: QPoint) -> None:
    """Move the real pointer over ``point`` of the viewport and wait until Qt knows it."""
    target = view.viewport().mapToGlobal(point)
    QCursor.setPos(target)
    qtbot.waitUntil(lambda: QCursor.pos() == target, timeout=3000)
    qtbot.waitUntil(view.viewport().underMouse, timeout=3000)
    QTest.mouseMove(view.viewport(), point)
    qtbot.wait(30)


def double_click(qtbot: QtBot, view: JourneyView, point: QPoint) -> None:
    """Move the pointer there, then double-click as a mouse does (press, release, double)."""
    hover(qtbot, view, point)
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseDClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(30)
