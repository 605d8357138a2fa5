"""What many GUI tests share: a main window shown on a map file, and the file as saved."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.project import LaneKind, Project
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, save_project
from journeydesk.resources import example_path
from journeydesk.ui.app import create_main_window
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow


def shown_window(
    qtbot: QtBot, path: Path | None, size: tuple[int, int] | None = (1400, 1000)
) -> Iterator[MainWindow]:
    """Yield the app's main window on ``path`` (None: a new map), shown and active.

    Afterwards it is closed without asking about unsaved changes.
    """
    main = create_main_window(path)
    if size is not None:
        main.resize(*size)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    yield main
    close_unsaved(main)


def canvas_window(qtbot: QtBot, path: Path) -> Iterator[MainWindow]:
    """Like ``shown_window``, with the canvas at 100% zoom and holding the keyboard."""
    for main in shown_window(qtbot, path, (1500, 950)):
        view(main).set_zoom(1.0)
        view(main).setFocus()
        yield main


def closing_all() -> Iterator[list[MainWindow]]:
    """Yield a list to put windows in; close each of them unsaved afterwards."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        close_unsaved(window)


def close_unsaved(window: MainWindow) -> None:
    """Close a window without the "Unsaved changes" question."""
    if window.document is not None:
        window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


def saved(window: MainWindow) -> Project:
    """Save the window's document and read the file back."""
    assert window.save()
    assert window.document is not None and window.document.path is not None
    return load_project(window.document.path)


def view(window: MainWindow) -> JourneyView:
    """The canvas of the map on show."""
    current = window.map_tabs.current_view()
    assert current is not None
    return current


def fitted_map(
    qtbot: QtBot, folder: Path, stages: int, lanes: int, cards: int, seed: int
) -> Iterator[JourneyView]:
    """Yield the canvas of a generated map in the app's window, after View > Fit Whole Map."""
    path = folder / "generated.journey"
    save_project(generate_project(stages=stages, lanes=lanes, cards=cards, seed=seed), path)
    for window in shown_window(qtbot, path, (1500, 950)):
        window.map_actions.zoom_fit.trigger()
        yield view(window)


def curve_slot(v: JourneyView, stage: int, score: int) -> QPoint:
    """The viewport pixel of a stage's score on the Feelings curve, scrolled into view."""
    layout = v.journey_scene.layout
    lane = next(row for row in layout.lanes if row.kind is LaneKind.EMOTION)
    column = layout.stages[stage]
    point = QPointF(column.x + column.width / 2, lane.y + layout.score_y(score))
    v.reveal(QRectF(point.x() - 30, point.y() - 30, 60, 60))
    return v.mapFromScene(point)


def drag(v: JourneyView, start: QPoint, end: QPoint) -> None:
    """Press, move in five steps and release the left button over the canvas."""
    viewport = v.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(viewport, left, none, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, left, none, end)


def example_canvas(qtbot: QtBot, folder: Path) -> Iterator[MainWindow]:
    """Like ``canvas_window``, on a copy of the bundled example map in ``folder``."""
    copy = Path(shutil.copy(example_path(), folder / "example.journey"))
    yield from canvas_window(qtbot, copy)


def classic_map_file(folder: Path, title: str = "") -> Path:
    """Save a classic map with three cards in Actions/Awareness and one in Pain points/Purchase."""
    from journeydesk.model.project import Card
    from journeydesk.model.storage import save_project
    from journeydesk.model.templates import TEMPLATES

    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    if title:
        journey.title = title
    actions, pain = journey.lanes[0].id, journey.lanes[3].id
    awareness, purchase = journey.stages[0].id, journey.stages[2].id
    journey.cards += [
        Card(id="first", lane_id=actions, stage_id=awareness, order=0, text="Sees an ad"),
        Card(id="second", lane_id=actions, stage_id=awareness, order=1, text="Asks a friend"),
        Card(id="third", lane_id=actions, stage_id=awareness, order=2, text="Reads reviews"),
        Card(id="pain", lane_id=pain, stage_id=purchase, order=0, text="Form too long"),
    ]
    path = folder / "workshop.journey"
    save_project(project, path)
    return path
