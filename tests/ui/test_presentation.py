"""Presenting: F5 shows the map full screen, stage by stage, readable from the back row."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.layout.contrast import AAA_CONTRAST, contrast_ratio, theme
from journeydesk.layout.text import line_texts
from journeydesk.resources import example_path
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.present.presentation_view import PresentationView
from journeydesk.ui.present.presentation_window import PresentationWindow
from journeydesk.ui.present.presenting import presentation_screen
from journeydesk.ui.settings import Settings
from tests.ui.helpers import saved, shown_window, view
from tests.ui.test_accessibility import controls, unnamed

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
#: Letters whose ink runs from the baseline to the cap height and no further.
FLAT_CAPITALS = "EFHIKLMNTXZ"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    copy = Path(shutil.copy(example_path(), tmp_path / "example.journey"))
    yield from shown_window(qtbot, copy)


def _present(qtbot: QtBot, window: MainWindow) -> PresentationWindow:
    # F5 is the window's shortcut: it fires once the window is the active one.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view(window).setFocus()
    QTest.keyClick(view(window), Qt.Key.Key_F5)
    presentation = window.presenting.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    # A projector's 1920 x 1080, whatever screen the test runs on (offscreen: 800 x 600).
    presentation.showNormal()
    presentation.resize(1920, 1080)
    presentation.view.setFocus()
    QApplication.processEvents()
    return presentation


def _settle(qtbot: QtBot, presentation: PresentationWindow) -> None:
    """Let the animated pan finish (its 280 ms, however busy the machine is): wait until the
    view has not moved for 150 ms."""
    shown = presentation.view
    seen: list[tuple[float, int, int]] = []
    still_since = [time.monotonic()]

    def settled() -> bool:
        now = (shown.zoom, shown.horizontalScrollBar().value(), shown.verticalScrollBar().value())
        if not seen or seen[-1] != now:
            seen.append(now)
            still_since[0] = time.monotonic()
        return time.monotonic() - still_since[0] > 0.15

    qtbot.wait(300)
    qtbot.waitUntil(settled, timeout=5000)


def test_f5_steps_through_the_stages_and_escape_leaves(qtbot: QtBot, window: MainWindow) -> None:
    presentation = _present(qtbot, window)
    shown = presentation.view
    assert presentation.isFullScreen() or presentation.isVisible()
    assert shown.journey_scene.map_style.high_contrast
    stages = [s.title for s in window.document.project.journeys[0].stages]
    assert shown.stage_index == 0
    for _ in range(3):
        QTest.keyClick(shown, Qt.Key.Key_Right)
    _settle(qtbot, presentation)
    assert shown.stage_index == 3
    assert presentation.caption.text() == f"Stage 4 of {len(stages)} · {stages[3]}"
    # The spotlit stage fills the screen's width beside the lane titles.
    column = shown.journey_scene.layout.stages[3]
    left = shown.mapFromScene(column.x, 0).x()
    right = shown.mapFromScene(column.x + column.width, 0).x()
    assert left < 1920 * 0.4 and right > 1920 * 0.95
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        QTest.keyClick(shown, key)
    QTest.keyClick(shown, Qt.Key.Key_PageUp)
    _settle(qtbot, presentation)
    assert shown.stage_index == 4
    QTest.keyClick(shown, Qt.Key.Key_Home)
    _settle(qtbot, presentation)
    assert shown.overview
    whole = shown.mapFromScene(shown.journey_scene.sceneRect()).boundingRect()
    assert shown.viewport().rect().adjusted(-2, -2, 2, 2).contains(whole)
    QTest.keyClick(shown, Qt.Key.Key_Right)  # back into the stage that stayed lit
    assert not shown.overview and shown.stage_index == 4
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.presentation is None)
    assert not presentation.isVisible()
    assert Settings.load().present_span == 1


def _rendered(presentation: PresentationWindow) -> QImage:
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    presentation.render(image)
    return image


def _cap_height(image: QImage, area: QRectF, ink: QColor) -> int:
    """The height in pixels of the first glyph of the text in ``area`` of ``image``."""

    def inked(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return abs(colour.lightness() - ink.lightness()) < 90

    top, bottom = int(area.top()), int(area.bottom())
    for x in range(int(area.left()), int(area.right())):
        rows = [y for y in range(top, bottom) if inked(x, y)]
        if rows:
            # The first column with ink is the first glyph's left stem: its full height.
            return max(rows) - min(rows) + 1
    return 0


def test_presented_card_text_is_at_least_28_px_tall_on_1920_by_1080(
    qtbot: QtBot, window: MainWindow
) -> None:
    presentation = _present(qtbot, window)
    shown: PresentationView = presentation.view
    _settle(qtbot, presentation)
    scene, layout = shown.journey_scene, shown.journey_scene.layout
    stage = layout.stages[0].stage_id
    measured = []
    for box in layout.cards.values():
        card = window.document.card(box.card_id)
        if box.stage_id != stage or not card.text or card.text[0] not in FLAT_CAPITALS:
            continue
        rect = scene.card_scene_rect(box.card_id)
        style = layout.style
        # The first line of text, from its top to the next line's top.
        line = QRectF(
            rect.left() + style.card_padding,
            rect.top() + style.card_padding,
            style.card_text_width,
            style.card_line_height,
        )
        on_screen = QRectF(shown.mapFromScene(line).boundingRect())
        if not shown.viewport().rect().contains(on_screen.toRect()):
            continue
        fill, ink = theme(style.high_contrast).card_colours(box.colour)
        assert contrast_ratio(ink, fill) >= AAA_CONTRAST
        measured.append(_cap_height(_rendered(presentation), on_screen, QColor(ink)))
    assert measured, "no card starting with a flat capital shows in the first stage"
    ARTIFACTS.mkdir(exist_ok=True)
    _rendered(presentation).save(str(ARTIFACTS / "presentation-stage-1.png"))
    assert min(measured) >= 28, measured


def test_cards_are_added_and_edited_while_presenting(qtbot: QtBot, window: MainWindow) -> None:
    presentation = _present(qtbot, window)
    shown = presentation.view
    QTest.keyClick(shown, Qt.Key.Key_Right)
    _settle(qtbot, presentation)
    stage = window.document.project.journeys[0].stages[1]
    QTest.keyClick(shown, Qt.Key.Key_Down)  # spotlight the first lane
    lane_id = shown.lane_spot
    assert lane_id is not None
    before = len(window.document.project.journeys[0].cards_in_cell(lane_id, stage.id))
    QTest.keyClick(shown, Qt.Key.Key_Return)  # a new card in the spotlit cell
    assert shown.editor.is_editing()
    QTest.keyClicks(shown.viewport(), "Said out loud in the room")
    QTest.keyClick(shown.viewport(), Qt.Key.Key_Return)
    cards = saved(window).journeys[0].cards_in_cell(lane_id, stage.id)
    assert len(cards) == before + 1
    assert cards[-1].text == "Said out loud in the room"
    # Double-click a card to change its text, in the presentation's large size.
    box = shown.journey_scene.layout.cards[cards[0].id]
    rect = shown.journey_scene.card_scene_rect(box.card_id)
    point = shown.mapFromScene(rect.center())
    QTest.mouseDClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.editor.is_editing()
    QTest.keyClicks(shown.viewport(), "Rewritten")
    QTest.keyClick(shown.viewport(), Qt.Key.Key_Return)
    texts = {card.id: card.text for card in saved(window).journeys[0].cards}
    assert texts[cards[0].id] == "Rewritten"
    # The editor's canvas shows the same text at once.
    shown_lines = view(window).journey_scene.item_for_card[cards[0].id].box.lines
    assert line_texts(shown_lines) == ("Rewritten",)
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.presentation is None)


def test_a_spotlit_lane_dims_the_rest_of_the_stage(qtbot: QtBot, window: MainWindow) -> None:
    presentation = _present(qtbot, window)
    shown = presentation.view
    QTest.keyClick(shown, Qt.Key.Key_Plus)
    QTest.keyClick(shown, Qt.Key.Key_Plus)
    _settle(qtbot, presentation)
    assert shown.span == 3
    QTest.keyClick(shown, Qt.Key.Key_Down)
    QTest.keyClick(shown, Qt.Key.Key_Down)
    _settle(qtbot, presentation)
    layout = shown.journey_scene.layout
    lit_row = layout.lane_by_id[shown.lane_spot]
    image = _rendered(presentation)
    column = layout.stages[0]
    lit = shown.mapFromScene(column.x + 2, lit_row.y + 2)
    dimmed_beside = shown.mapFromScene(layout.stages[1].x + 2, lit_row.y + 2)
    assert image.pixelColor(lit).lightness() > 200  # the pale cell, lit
    assert image.pixelColor(dimmed_beside).lightness() < 140  # the same lane, next stage
    QTest.keyClick(shown, Qt.Key.Key_S)  # spotlight off: all alike
    assert _rendered(presentation).pixelColor(dimmed_beside).lightness() > 200
    QTest.keyClick(shown, Qt.Key.Key_Escape)


def test_the_presentation_prefers_a_screen_the_editor_is_not_on() -> None:
    screens = QApplication.screens()
    assert presentation_screen(screens, screens[0], "") is screens[0] or len(screens) > 1
    assert presentation_screen(screens, None, screens[-1].name()) is screens[-1]
    assert presentation_screen([], None, "HDMI-1") is None


def test_deleting_the_presented_map_leaves_the_presentation(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.map_pages.duplicate(None)  # the copy is the map on show
    copy_id = view(window).journey_scene.journey_id
    presentation = _present(qtbot, window)
    assert presentation.view.journey_scene.journey_id == copy_id
    window.document.undo_stack.undo()  # the copy goes: the presentation cannot stay on it
    qtbot.waitUntil(lambda: window.presenting.presentation is None)
    assert [j.id for j in saved(window).journeys if j.id == copy_id] == []


def test_the_timer_shows_large_on_the_presentation_while_it_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    presentation = _present(qtbot, window)
    display = presentation.corner_widgets[0]
    assert not display.isVisible()  # no timer running: nothing in the corner
    timer = window.presenting.timer
    timer.start(180)
    assert display.isVisible()
    assert display.geometry().right() > 1920 - 60 and display.geometry().top() < 60
    assert presentation in timer.alert_widgets and window in timer.alert_widgets
    # Editing goes on while the timer runs.
    QTest.keyClick(presentation.view, Qt.Key.Key_Return)
    QTest.keyClicks(presentation.view.viewport(), "Typed while timing")
    QTest.keyClick(presentation.view.viewport(), Qt.Key.Key_Return)
    assert any(c.text == "Typed while timing" for c in saved(window).journeys[0].cards)
    timer.stop()
    assert not display.isVisible()
    QTest.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.presentation is None)
    assert timer.alert_widgets == [window]


def test_with_a_second_screen_the_presenter_panel_steps_the_presentation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type(window.presenting), "on_second_screen", lambda _self: True)
    presentation = _present(qtbot, window)
    panel = window.presenting.panel
    assert presentation.controls is None  # the controls are on the laptop instead
    assert panel.isVisible()
    stages = [s.title for s in window.document.project.journeys[0].stages]
    assert panel.now.text() == f"Stage 1 of {len(stages)}: {stages[0]}"
    assert panel.next.text() == f"Next: {stages[1]}"
    assert len(controls(panel)) >= 7 and unnamed(panel) == []  # the timer's button too
    QTest.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert presentation.view.stage_index == 2
    assert panel.now.text() == f"Stage 3 of {len(stages)}: {stages[2]}"
    panel.span.setValue(2)
    assert presentation.view.span == 2
    QTest.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.presenting.presentation is None)
    assert not panel.isVisible()
    assert Settings.load().present_span == 2


def test_clicking_headers_shows_a_stage_and_spotlights_a_lane(
    qtbot: QtBot, window: MainWindow
) -> None:
    order = [s.id for s in window.document.project.journeys[0].stages]
    presentation = _present(qtbot, window)
    shown = presentation.view
    QTest.keyClick(shown, Qt.Key.Key_Plus)  # two stages side by side
    _settle(qtbot, presentation)
    scene = shown.journey_scene
    second = scene.header_for_stage[scene.layout.stages[1].stage_id]
    point = shown.mapFromScene(second.sceneBoundingRect().center())
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _settle(qtbot, presentation)
    assert shown.stage_index == 1
    lane = scene.layout.lanes[1]
    header = scene.header_for_lane[lane.lane_id]
    point = shown.mapFromScene(header.sceneBoundingRect().center())
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.lane_spot == lane.lane_id
    _settle(qtbot, presentation)
    point = shown.mapFromScene(header.sceneBoundingRect().center())
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.lane_spot is None
    # Headers did not move: a click in the presentation never reorders the map.
    assert [s.id for s in saved(window).journeys[0].stages] == order
    QTest.keyClick(shown, Qt.Key.Key_Escape)
