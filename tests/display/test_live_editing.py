"""Live editing with a real pointer over the canvas: every new card is drawn, nothing is lost.

In the offscreen lane these gestures passed while, in a real window, a card created under the
pointer was never drawn: Qt asked the half-built item for its bounding rectangle.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project
from journeydesk.ui.main_window import MainWindow
from tests.display.conftest import canvas, double_click, hover, point_at_cell

CTRL = Qt.KeyboardModifier.ControlModifier


def saved_texts(window: MainWindow) -> list[str]:
    """Save with Ctrl+S; return the card texts of the file in map order (lane, stage, order)."""
    view = canvas(window)
    QTest.keyClick(view.viewport(), Qt.Key.Key_S, CTRL)
    assert window.document is not None and window.document.path is not None
    assert not window.document.is_modified()
    journey = load_project(window.document.path).journeys[0]
    return [
        card.text
        for lane in journey.lanes
        for stage in journey.stages
        for card in journey.cards_in_cell(lane.id, stage.id)
    ]


def close_to(colour: QColor, expected: str) -> bool:
    """Whether ``colour`` is ``expected``, give or take a hover or highlight tint."""
    other = QColor(expected)
    return (
        max(
            abs(colour.red() - other.red()),
            abs(colour.green() - other.green()),
            abs(colour.blue() - other.blue()),
        )
        <= 16
    )


def drawn_colour(window: MainWindow, card_text: str) -> QColor:
    """The colour the screen shows at the centre of the card holding ``card_text``."""
    view = canvas(window)
    scene = view.journey_scene
    card_id = next(c.id for c in scene.journey.cards if c.text == card_text)
    item = scene.item_for_card[card_id]
    assert item.isVisible() and item.scene() is scene
    view.reveal(item.sceneBoundingRect())
    # A point inside the note below its text: the note's own colour, whatever the text.
    inside = item.rect().bottomLeft() + QPointF(4, -3)
    where = view.mapFromScene(item.mapToScene(inside))
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(where.x() * ratio), int(where.y() * ratio))


def test_a_card_typed_under_the_pointer_is_drawn_and_saved(qtbot: QtBot, window: MainWindow):
    view = canvas(window)
    double_click(qtbot, view, point_at_cell(view, lane=1, stage=2))
    QTest.keyClicks(view.viewport(), "Compares prices")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert "Compares prices" in saved_texts(window)
    lane_colour = view.journey_scene.journey.lanes[1].colour
    assert close_to(drawn_colour(window, "Compares prices"), lane_colour)


def test_a_second_card_in_the_same_cell_under_the_pointer(qtbot: QtBot, window: MainWindow):
    view = canvas(window)
    point = point_at_cell(view, lane=0, stage=0)
    for text in ("Hears a podcast", "Sees a poster"):
        double_click(qtbot, view, point)
        QTest.keyClicks(view.viewport(), text)
        QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
        point = point_at_cell(view, lane=0, stage=0)  # the cell grew
    texts = saved_texts(window)
    assert texts[:4] == ["Sees an ad", "Asks a friend", "Hears a podcast", "Sees a poster"]
    colour = view.journey_scene.journey.lanes[0].colour
    for text in texts[:4]:
        assert close_to(drawn_colour(window, text), colour)


def test_paste_with_the_pointer_over_a_cell(qtbot: QtBot, window: MainWindow):
    view = canvas(window)
    QGuiApplication.clipboard().setText("Waits for a reply\nCalls again")
    point = point_at_cell(view, lane=3, stage=1)
    hover(qtbot, view, point)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, CTRL)
    assert saved_texts(window)[-2:] == ["Waits for a reply", "Calls again"]
    colour = view.journey_scene.journey.lanes[3].colour
    assert close_to(drawn_colour(window, "Calls again"), colour)


def test_undo_of_a_delete_with_the_pointer_over_the_card(qtbot: QtBot, window: MainWindow):
    view = canvas(window)
    scene = view.journey_scene
    item = scene.item_for_card["first"]
    point = view.mapFromScene(item.sceneBoundingRect().center())
    hover(qtbot, view, point)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert scene.selected_card_ids() == ["first"]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert "Sees an ad" not in saved_texts(window)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Z, CTRL)
    assert "Sees an ad" in saved_texts(window)
    assert scene.item_for_card["first"].isUnderMouse()
    assert close_to(drawn_colour(window, "Sees an ad"), scene.journey.lanes[0].colour)


def test_the_canvas_keeps_working_after_many_edits_under_the_pointer(
    qtbot: QtBot, window: MainWindow
):
    view = canvas(window)
    for stage in range(4):
        double_click(qtbot, view, point_at_cell(view, lane=1, stage=stage))
        QTest.keyClicks(view.viewport(), f"Thought {stage + 1}")
        QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    texts = saved_texts(window)
    assert [t for t in texts if t.startswith("Thought")] == [f"Thought {i}" for i in range(1, 5)]
    colour = view.journey_scene.journey.lanes[1].colour
    for text in texts:
        if text.startswith("Thought"):
            assert close_to(drawn_colour(window, text), colour)
