"""A closed map lets go of its memory, although what built it was frozen for the collector.

Loading, laying out and drawing a big map freeze what they built (model/bulk.py), so that the
cycle collector does not walk it again and again. Reference cycles among frozen objects are
never collected by Python itself: without ``collect_frozen`` each map opened and closed in a
workshop kept about 50 MB until the app quit.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from journeydesk.model.sample import generate_project
from journeydesk.model.storage import save_project
from journeydesk.ui.app import create_main_window
from tests.ui.helpers import close_unsaved, view


def test_a_closed_big_map_is_collected(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "big.journey"
    save_project(generate_project(stages=10, lanes=8, cards=2_000, seed=13), path)
    window = create_main_window(path)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    canvas = view(window)
    for zoom in (0.05, 0.2, 0.5, 1.0):  # every level draws, and keeps, its shapes
        canvas.set_zoom(zoom)
        canvas.viewport().repaint()
    layout = weakref.ref(canvas.journey_scene.layout)
    first_card = weakref.ref(next(iter(canvas.journey_scene.item_for_card.values())))
    del canvas

    close_unsaved(window)
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: layout() is None and first_card() is None, timeout=3000)
