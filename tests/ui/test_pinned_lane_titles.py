"""A lane taller than the window keeps its name in sight while the window shows its middle.

The lane header column is pinned to the window's left edge; within it, a lane's title and
kind move down with the window's top, under the pinned stage headers, and stop at the lane's
end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journeydesk.layout.boxes import LaneRow
from journeydesk.model.project import LaneKind
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import save_project
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, view


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A map of three stages and two lanes of 50 cards a cell: each lane is many windows tall."""
    path = tmp_path / "tall.journey"
    save_project(generate_project(stages=3, lanes=2, cards=300, seed=5), path)
    yield from canvas_window(qtbot, path)


def _scroll_to(qtbot: QtBot, v: JourneyView, scene_y: float) -> None:
    """Scroll so that the window's top edge shows the map at height ``scene_y``."""
    bar = v.verticalScrollBar()
    bar.setValue(bar.value() + round((scene_y - v.mapToScene(0, 0).y()) * v.transform().m11()))
    qtbot.wait(50)


def _title_ink(v: JourneyView, lane: LaneRow) -> int:
    """Dark pixels where the lane's title is drawn in the header column: at the lane's top,
    or just under the pinned stage headers when the lane's top is above them."""
    layout, style = v.journey_scene.layout, v.journey_scene.map_style
    scale = v.transform().m11()
    window_top = v.mapToScene(0, 0)
    title_y = max(lane.y, window_top.y() + layout.header_height) + style.header_padding
    x = window_top.x() + style.lane_band_width + style.header_padding
    corner = v.mapFromScene(QPointF(x, title_y))
    box = QRect(corner.x(), corner.y(), round(60 * scale), round(style.lane_title_size * scale))
    image: QImage = v.viewport().grab(box).toImage()
    return sum(
        QColor(image.pixel(x, y)).lightness() < 110
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_lane_in_sight_is_named_in_its_middle(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    layout = v.journey_scene.layout
    lane = next(row for row in layout.lanes if row.kind is LaneKind.CARDS)
    assert lane.height * v.transform().m11() > 3 * v.viewport().height()
    _scroll_to(qtbot, v, lane.y - layout.header_height - 20)
    named_at_top = _title_ink(v, lane)
    assert named_at_top > 20

    _scroll_to(qtbot, v, lane.y + lane.height / 2)  # the middle of the lane
    assert _title_ink(v, lane) > named_at_top / 2  # its name is there, under the stages
