"""Run the real app for a scripted session: ``python session_driver.py MAP``.

The app starts through ``run_app``, exactly as ``journeydesk MAP`` does (crash dialog, recovery
offer and all). Once the window is up, this prints one JSON line with the screen position of
the empty part of every cell in sight and of the stickies on the toolbar, so that an outside
driver (``xdotool``) knows where to click.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QTimer

from journeydesk.ui import app as app_module
from journeydesk.ui.windows import open_windows


def report_cells() -> None:
    """Print {"lane,stage": [x, y]} for every cell in sight, once the window shows its map."""
    windows = [w for w in open_windows() if w.isVisible()]
    if not windows or windows[0].map_tabs.current_view() is None:
        QTimer.singleShot(100, report_cells)
        return
    window = windows[0]
    view = window.map_tabs.current_view()
    assert view is not None
    layout = view.journey_scene.layout
    cells: dict[str, list[int]] = {}
    for lane_index, row in enumerate(layout.lanes):
        for stage_index, column in enumerate(layout.stages):
            x, y, width, height = layout.cell_rect(row.lane_id, column.stage_id)
            bottom = y + height
            cards = layout.cell_cards(row.lane_id, column.stage_id)
            top = y + row.content_top
            if cards:
                _cx, card_y, _cw, card_height = layout.card_rect(cards[-1])
                top = card_y + card_height
            point = view.mapFromScene(QPointF(x + width / 2, (top + bottom) / 2))
            if not view.viewport().rect().contains(point):
                continue  # scrolled out of sight: a person could not click it either
            screen = view.viewport().mapToGlobal(point)
            cells[f"{lane_index},{stage_index}"] = [screen.x(), screen.y()]
    palette = [
        [centre.x(), centre.y()]
        for button in window.sticky_palette.buttons
        for centre in [button.mapToGlobal(button.rect().center())]
    ]
    report = {"window": int(window.winId()), "cells": cells, "palette": palette}
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    app_module.create_application()  # run_app uses this one; its timers need it first
    QTimer.singleShot(300, report_cells)
    sys.exit(app_module.run_app(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
