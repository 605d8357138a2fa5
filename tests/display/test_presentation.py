"""Presenting on a real X server: F5 fills the screen, clicker keys step, a real click votes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project
from journeydesk.model.voting import latest_round
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.voting.start_dialog import StartRoundDialog
from tests.display.conftest import canvas, hover


def test_f5_presents_full_screen_steps_and_a_real_click_places_a_dot(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def start(dialog: StartRoundDialog) -> int:
        dialog.count.setValue(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartRoundDialog, "exec", start)
    canvas(window).setFocus()
    QTest.keyClick(canvas(window), Qt.Key.Key_F5)
    presentation = window.presenting.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    screen = presentation.screen().geometry()
    qtbot.waitUntil(lambda: presentation.geometry() == screen, timeout=5000)
    shown = presentation.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown, timeout=5000)
    QTest.keyClick(shown, Qt.Key.Key_Right)
    QTest.keyClick(shown, Qt.Key.Key_PageDown)
    QTest.keyClick(shown, Qt.Key.Key_Left)
    qtbot.wait(400)
    assert shown.stage_index == 1
    column = shown.journey_scene.layout.stages[1]
    assert shown.mapFromScene(column.x + column.width, 0).x() >= screen.width() * 0.95
    QTest.keyClick(shown, Qt.Key.Key_Home)
    qtbot.wait(400)
    assert shown.overview
    QTest.keyClick(shown, Qt.Key.Key_Left)  # from the whole map: back into the spotlit stage
    qtbot.wait(400)
    window.voting.start_action.trigger()
    assert presentation.vote_status.isVisible()
    stage = shown.journey_scene.layout.stages[0].stage_id
    QTest.keyClick(shown, Qt.Key.Key_Home)
    qtbot.wait(400)
    card = next(b.card_id for b in shown.journey_scene.layout.cards.values() if b.stage_id == stage)
    point = shown.mapFromScene(shown.journey_scene.card_scene_rect(card).center())
    hover(qtbot, shown, point)
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "Participant 1: 2 dots left" in presentation.vote_status.text()
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.presentation is None, timeout=5000)
    assert window.save()
    saved_round = latest_round(load_project(window.document.path).journeys[0])
    assert [(d.card_id, d.participant) for d in saved_round.dots] == [(card, 0)]
