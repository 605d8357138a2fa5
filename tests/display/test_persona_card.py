"""The persona's card under a real pointer: it appears, answers the hover and the click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.layout.text import line_texts
from journeydesk.model.storage import load_project
from journeydesk.ui.main_window import MainWindow
from tests.display.conftest import canvas, hover


def test_a_new_persona_card_is_clicked_and_edited(qtbot: QtBot, window: MainWindow) -> None:
    view = canvas(window)
    dock = window.personas
    dock.show()
    dock.raise_()
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)  # about this map
    ((persona_id, item),) = view.journey_scene.persona_cards.items()
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    window.inspector.raise_()
    centre = view.mapFromScene(item.sceneBoundingRect().center())
    hover(qtbot, view, centre)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.form.name_edit, timeout=3000)
    dock.form.name_edit.selectAll()
    QTest.keyClicks(dock.form.name_edit, "Eva")
    QTest.keyClick(dock.form.name_edit, Qt.Key.Key_Return)
    assert window.save()
    assert window.document is not None and window.document.path is not None
    project = load_project(window.document.path)
    assert project.persona(persona_id).name == "Eva"
    assert project.journeys[0].persona_ids == [persona_id]
    assert line_texts(item.layout.texts[0].lines) == ("Eva",)
