"""The keyboard on a real X server: X11 key bindings, focus, and text that is never lost.

Offscreen, Qt knows no window manager and no X11 keyboard scheme: Ctrl+D looked free, focus
was wherever the test put it. Here the window is really active and Qt uses the X11 bindings.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from tests.display.conftest import canvas, double_click, hover, point_at_cell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def cells_of_saved(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Each card text of the saved file with its (lane, stage) position."""
    assert window.document is not None and window.document.path is not None
    journey = load_project(window.document.path).journeys[0]
    lanes = [lane.id for lane in journey.lanes]
    stages = [stage.id for stage in journey.stages]
    return {c.text: (lanes.index(c.lane_id), stages.index(c.stage_id)) for c in journey.cards}


def type_into_cell(qtbot: QtBot, window: MainWindow, lane: int, stage: int, text: str) -> None:
    view = canvas(window)
    double_click(qtbot, view, point_at_cell(view, lane, stage))
    QTest.keyClicks(view.viewport(), text)


def test_the_first_view_shows_the_top_left_corner(window: MainWindow) -> None:
    view = canvas(window)
    layout = view.journey_scene.layout
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    first_stage_left = view.mapFromScene(layout.stages[0].x, 0).x()
    lane_headers_right = view.mapFromScene(layout.style.lane_header_width, 0).x()
    assert first_stage_left >= lane_headers_right - 1  # nothing under the pinned headers


def test_the_canvas_has_the_keyboard_at_start(qtbot: QtBot, window: MainWindow) -> None:
    view = canvas(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=3000)
    scene = view.journey_scene
    scene.item_for_card["first"].setSelected(True)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)  # Enter edits the selected card
    assert view.editor.is_editing()


def test_ctrl_s_while_typing_saves_the_typed_text(qtbot: QtBot, window: MainWindow) -> None:
    type_into_cell(qtbot, window, 1, 1, "Half typed")
    QTest.keyClick(canvas(window).viewport(), Qt.Key.Key_S, CTRL)
    assert cells_of_saved(window)["Half typed"] == (1, 1)
    assert window.document is not None and not window.document.is_modified()


def test_closing_while_typing_asks_and_saves_the_text(
    qtbot: QtBot, window: MainWindow, answers: dict[str, list]
) -> None:
    type_into_cell(qtbot, window, 0, 2, "Typed before quitting")
    answers["replies"].append(Button.Save)
    QTest.keyClick(canvas(window).viewport(), Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert "Unsaved Changes" in answers["question"][0]
    assert window.document is not None and window.document.path is not None
    texts = [c.text for c in load_project(window.document.path).journeys[0].cards]
    assert "Typed before quitting" in texts


def test_ctrl_d_duplicates_and_backspace_deletes_on_x11(qtbot: QtBot, window: MainWindow) -> None:
    view = canvas(window)
    item = view.journey_scene.item_for_card["first"]
    point = view.mapFromScene(item.sceneBoundingRect().center())
    hover(qtbot, view, point)
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, CTRL)
    QTest.keyClick(view.viewport(), Qt.Key.Key_S, CTRL)
    assert window.document is not None and window.document.path is not None
    texts = [c.text for c in load_project(window.document.path).journeys[0].cards]
    assert texts.count("Sees an ad") == 2
    QTest.keyClick(view.viewport(), Qt.Key.Key_Backspace)  # the copy is selected
    QTest.keyClick(view.viewport(), Qt.Key.Key_S, CTRL)
    texts = [c.text for c in load_project(window.document.path).journeys[0].cards]
    assert texts.count("Sees an ad") == 1


def test_tab_after_enter_types_into_the_next_cell(qtbot: QtBot, window: MainWindow) -> None:
    view = canvas(window)
    type_into_cell(qtbot, window, 1, 0, "First thought")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view
    QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)
    QTest.keyClicks(view.viewport(), "Next thought")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Tab, SHIFT)
    QTest.keyClicks(view.viewport(), "Back again")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    QTest.keyClick(view.viewport(), Qt.Key.Key_S, CTRL)
    cells = cells_of_saved(window)
    assert cells["First thought"] == (1, 0)
    assert cells["Next thought"] == (1, 1)
    assert cells["Back again"] == (1, 0)
    assert QApplication.focusWidget() is view


@pytest.mark.skipif(shutil.which("xprop") is None, reason="xprop (x11-utils) is not installed")
def test_the_title_bar_shows_brackets_and_ampersands(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journeydesk.ui.commands import SetProjectInfoCommand

    assert window.document is not None
    window.document.undo_stack.push(SetProjectInfoCommand(window.document, "R&D [*] map", ""))

    def shown_title() -> str:
        result = subprocess.run(
            ["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.split("=", 1)[1].strip().strip('"')

    qtbot.waitUntil(lambda: shown_title().startswith("R&D [*] map"), timeout=3000)
    assert shown_title() == "R&D [*] map* — JourneyDesk"
