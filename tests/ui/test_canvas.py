"""The canvas driven like a facilitator would: real mouse and key events on the viewport.

Every test checks the saved file, then undoes back to the start and checks the document
equals the original.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Project
from journeydesk.model.storage import load_project
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, classic_map_file, view

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A classic map with three cards in Actions/Awareness and one in Pain points/Purchase."""
    return classic_map_file(tmp_path)


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    """The main window on the map, at 100% zoom, shown and focused on the canvas."""
    yield from canvas_window(qtbot, map_file)


def saved(window: MainWindow) -> Project:
    """Save with Ctrl+S and read the file back."""
    window.save_action.trigger()
    assert window.document.path is not None
    return load_project(window.document.path)


def undo_all(window: MainWindow) -> None:
    stack = window.document.undo_stack
    while stack.canUndo():
        window.undo_action.trigger()


def assert_back_to(window: MainWindow, original: Project) -> None:
    """Undo everything and compare the journeys with the file as it was."""
    undo_all(window)
    assert window.document.project.journeys == original.journeys


def to_viewport(v: JourneyView, x: float, y: float) -> QPoint:
    return v.mapFromScene(QPointF(x, y))


def card_centre(v: JourneyView, card_id: str) -> QPoint:
    x, y, w, h = v.journey_scene.layout.card_rect(card_id)
    return to_viewport(v, x + w / 2, y + h / 2)


def cell_point(v: JourneyView, lane: int, stage: int, fraction: float = 0.85) -> QPoint:
    """A point low in a cell (below its cards in most cells)."""
    layout = v.journey_scene.layout
    x, y, w, h = layout.cell_rect(layout.lanes[lane].lane_id, layout.stages[stage].stage_id)
    return to_viewport(v, x + w / 2, y + h * fraction)


def drag(
    qtbot: QtBot,
    v: JourneyView,
    start: QPoint,
    end: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press, move in steps and release, as a hand would."""
    viewport = v.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, 11):
        point = start + (end - start) * (step / 10)
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def cell_texts(project: Project, lane: int, stage: int) -> list[str]:
    journey = project.journeys[0]
    return [c.text for c in journey.cards_in_cell(journey.lanes[lane].id, journey.stages[stage].id)]


def test_double_click_an_empty_cell_and_type_a_card(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseDClick(v.viewport(), LEFT, pos=cell_point(v, 1, 1))
    assert v.editor.is_editing()
    qtbot.keyClicks(v, "Wants fewer")
    qtbot.keyClick(v, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(v, "clicks")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    assert not v.editor.is_editing()
    assert cell_texts(saved(window), 1, 1) == ["Wants fewer\nclicks"]
    assert window.undo_action.text() == "&Undo Add Card"
    assert_back_to(window, original)


def test_escape_cancels_a_new_card_and_tab_goes_to_the_next_cell(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseDClick(v.viewport(), LEFT, pos=cell_point(v, 4, 0))
    qtbot.keyClicks(v, "Never mind")
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert not v.editor.is_editing()
    assert window.document.undo_stack.count() == 0

    qtbot.mouseDClick(v.viewport(), LEFT, pos=cell_point(v, 4, 0))
    qtbot.keyClicks(v, "Chat on the site")
    qtbot.keyClick(v, Qt.Key.Key_Tab)
    assert v.editor.is_editing()  # a new card in the next stage
    qtbot.keyClicks(v, "Live demo")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    project = saved(window)
    assert cell_texts(project, 4, 0) == ["Chat on the site"]
    assert cell_texts(project, 4, 1) == ["Live demo"]
    assert_back_to(window, original)


def test_drag_a_card_to_another_cell_and_place(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    # Drop "Reads reviews" at the top of Pain points / Purchase, above "Form too long".
    x, y, w, _h = v.journey_scene.layout.card_rect("pain")
    drag(qtbot, v, card_centre(v, "third"), to_viewport(v, x + w / 2, y + 3))
    project = saved(window)
    assert cell_texts(project, 3, 2) == ["Reads reviews", "Form too long"]
    assert cell_texts(project, 0, 0) == ["Sees an ad", "Asks a friend"]
    journey = project.journeys[0]
    moved_cell = journey.cards_in_cell(journey.lanes[3].id, journey.stages[2].id)
    assert [c.order for c in moved_cell] == [0, 1]
    assert window.undo_action.text() == "&Undo Move 1 Card"
    assert_back_to(window, original)


def test_reorder_within_a_cell(qtbot: QtBot, window: MainWindow, map_file: Path) -> None:
    original = load_project(map_file)
    v = view(window)
    x, y, w, _h = v.journey_scene.layout.card_rect("first")
    drag(qtbot, v, card_centre(v, "third"), to_viewport(v, x + w / 2, y + 2))
    assert cell_texts(saved(window), 0, 0) == ["Reads reviews", "Sees an ad", "Asks a friend"]
    assert_back_to(window, original)


def test_ctrl_click_several_cards_and_drag_them_together(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "first"))
    qtbot.mouseClick(v.viewport(), LEFT, CTRL, card_centre(v, "pain"))
    assert set(v.journey_scene.selected_card_ids()) == {"first", "pain"}
    drag(qtbot, v, card_centre(v, "pain"), cell_point(v, 4, 3))
    project = saved(window)
    assert cell_texts(project, 4, 3) == ["Sees an ad", "Form too long"]  # map order kept
    assert window.undo_action.text() == "&Undo Move 2 Cards"
    window.undo_action.trigger()  # one gesture, one undo step
    assert window.document.project.journeys == original.journeys


def test_drag_a_stage_header_to_reorder_stages(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    layout = v.journey_scene.layout
    first = layout.stages[0]
    start = to_viewport(v, first.x + first.width / 2, layout.header_height / 2)
    end = to_viewport(
        v, layout.stages[2].x + layout.stages[2].width * 0.9, layout.header_height / 2
    )
    drag(qtbot, v, start, end)
    project = saved(window)
    titles = [s.title for s in project.journeys[0].stages]
    assert titles == ["Consideration", "Purchase", "Awareness", "Retention", "Advocacy"]
    assert cell_texts(project, 0, 2) == ["Sees an ad", "Asks a friend", "Reads reviews"]
    assert_back_to(window, original)


def test_delete_then_undo_restores_exactly_and_redo_deletes_again(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "second"))
    qtbot.keyClick(v, Qt.Key.Key_Delete)
    assert cell_texts(saved(window), 0, 0) == ["Sees an ad", "Reads reviews"]
    qtbot.keyClick(v, Qt.Key.Key_Z, CTRL)
    assert window.document.project.journeys == original.journeys  # same ids, same order
    window.redo_action.trigger()
    assert "second" not in {c.id for c in saved(window).journeys[0].cards}
    assert_back_to(window, original)


def test_paste_three_lines_makes_three_cards(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=cell_point(v, 1, 3))
    QGuiApplication.clipboard().setText("Is it safe?\n\nWho else uses it?\nWhat does it cost?\n")
    qtbot.keyClick(v, Qt.Key.Key_V, CTRL)
    assert cell_texts(saved(window), 1, 3) == [
        "Is it safe?",
        "Who else uses it?",
        "What does it cost?",
    ]
    assert window.undo_action.text() == "&Undo Paste 3 Cards"
    assert_back_to(window, original)


def test_copy_and_paste_cards_keeps_their_details(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "pain"))
    qtbot.keyClick(v, Qt.Key.Key_C, CTRL)
    qtbot.mouseClick(v.viewport(), LEFT, pos=cell_point(v, 4, 2))
    qtbot.keyClick(v, Qt.Key.Key_V, CTRL)
    project = saved(window)
    assert cell_texts(project, 4, 2) == ["Form too long"]
    ids = [c.id for c in project.journeys[0].cards if c.text == "Form too long"]
    assert len(set(ids)) == 2  # a copy with its own id
    assert_back_to(window, original)


def test_inline_edit_commits_with_enter_and_cancels_with_escape(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "pain"))
    qtbot.keyClick(v, Qt.Key.Key_F2)
    qtbot.keyClicks(v, "Checkout form asks for too much")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    assert cell_texts(saved(window), 3, 2) == ["Checkout form asks for too much"]
    assert window.undo_action.text() == "&Undo Edit Card Text"

    qtbot.mouseDClick(v.viewport(), LEFT, pos=card_centre(v, "pain"))
    qtbot.keyClicks(v, "Oops")
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert cell_texts(saved(window), 3, 2) == ["Checkout form asks for too much"]
    assert v.journey_scene.item_for_card["pain"].isVisible()
    assert_back_to(window, original)


def test_zoom_to_fit_shows_the_whole_map(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    v.set_zoom(3.0)
    qtbot.keyClick(v, Qt.Key.Key_0, CTRL)
    visible = v.mapToScene(v.viewport().rect()).boundingRect()
    layout = v.journey_scene.layout
    assert visible.left() <= 0 and visible.top() <= 0
    assert visible.right() >= layout.width and visible.bottom() >= layout.height
    qtbot.keyClick(v, Qt.Key.Key_Equal, CTRL)
    assert v.zoom > 0.3


def test_find_steps_through_matching_cards(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    qtbot.keyClick(v, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "rev")
    assert window.find_bar.matches() == ["third"]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert v.journey_scene.selected_card_ids() == ["third"]
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "S")
    assert window.find_bar.matches() == ["first", "second", "third"]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert v.journey_scene.selected_card_ids() == ["second"]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_arrow_keys_move_between_cards_and_cells(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "first"))
    qtbot.keyClick(v, Qt.Key.Key_Down)
    assert v.journey_scene.selected_card_ids() == ["second"]
    qtbot.keyClick(v, Qt.Key.Key_Right)
    layout = v.journey_scene.layout
    assert v.journey_scene.current_cell == (layout.lanes[0].lane_id, layout.stages[1].stage_id)
    qtbot.keyClick(v, Qt.Key.Key_N)
    assert v.editor.is_editing()
    qtbot.keyClick(v, Qt.Key.Key_Escape)


def test_deleting_a_stage_with_cards_asks_and_undo_brings_all_back(
    qtbot: QtBot, window: MainWindow, map_file: Path, answers: dict[str, list]
) -> None:
    original = load_project(map_file)
    asked = answers["question"]
    answers["replies"].append(QMessageBox.StandardButton.Yes)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "first"))
    window.map_actions.delete_stage.trigger()
    assert "Awareness" in asked[0] and "3 cards" in asked[0]
    project = saved(window)
    assert project.journeys[0].stages[0].title == "Consideration"
    assert len(project.journeys[0].cards) == 1
    assert_back_to(window, original)


def test_the_scene_has_one_item_per_card_stage_and_lane(window: MainWindow, tmp_path: Path) -> None:
    from journeydesk.resources import example_path

    window.open_path(example_path())
    v = view(window)
    scene = v.journey_scene
    journey = window.document.project.journeys[0]
    assert len(scene.item_for_card) == len(journey.cards)
    assert len(scene.header_for_stage) == len(journey.stages)
    assert len(scene.header_for_lane) == len(journey.lanes)
    emotion_lanes = [lane for lane in journey.lanes if lane.kind.value == "emotion"]
    assert len(scene.curve_for_lane) == len(emotion_lanes)
    artifacts = Path(__file__).resolve().parents[1] / "artifacts"
    artifacts.mkdir(exist_ok=True)
    assert window.grab().save(str(artifacts / "example-map.png"))


def test_drag_a_lane_header_to_reorder_lanes(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    layout = v.journey_scene.layout
    pain = layout.lanes[3]
    start = to_viewport(v, 40, pain.y + pain.height / 2)
    end = to_viewport(v, 40, layout.lanes[0].y + 3)  # the top edge of the first lane
    drag(qtbot, v, start, end)
    project = saved(window)
    titles = [lane.title for lane in project.journeys[0].lanes]
    assert titles == ["Pain points", "Actions", "Thinking", "Feelings", "Opportunities"]
    assert cell_texts(project, 0, 2) == ["Form too long"]  # the cards travel with their lane
    assert window.undo_action.text() == "&Undo Move Lane"
    assert_back_to(window, original)


def test_rubber_band_selects_the_cards_it_touches(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    layout = v.journey_scene.layout
    x, y, w, h = layout.cell_rect(layout.lanes[0].lane_id, layout.stages[0].stage_id)
    # From the empty bottom of the cell up through the last two cards.
    _cx, second_top, _cw, _ch = layout.card_rect("second")
    drag(qtbot, v, to_viewport(v, x + 3, y + h - 2), to_viewport(v, x + w - 3, second_top + 4))
    assert v.journey_scene.selected_card_ids() == ["second", "third"]


def test_ctrl_d_duplicates_after_the_original(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    original = load_project(map_file)
    v = view(window)
    qtbot.mouseClick(v.viewport(), LEFT, pos=card_centre(v, "first"))
    qtbot.keyClick(v, Qt.Key.Key_D, CTRL)
    texts = cell_texts(saved(window), 0, 0)
    assert texts == ["Sees an ad", "Sees an ad", "Asks a friend", "Reads reviews"]
    assert window.undo_action.text() == "&Undo Duplicate Card"
    assert_back_to(window, original)


def test_a_sticky_dropped_from_the_palette_opens_a_card_there(
    qtbot: QtBot, window: MainWindow, map_file: Path
) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.palette import STICKY_MIME

    original = load_project(map_file)
    v = view(window)
    x, y, w, _h = v.journey_scene.layout.card_rect("second")
    point = to_viewport(v, x + w / 2, y + 2)  # above "Asks a friend"
    mime = QMimeData()
    mime.setData(STICKY_MIME, b"#e0d4ff")
    args = (Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    for event in (
        QDragEnterEvent(point, *args),
        QDragMoveEvent(point, *args),
        QDropEvent(QPointF(point), *args),
    ):
        QApplication.sendEvent(v.viewport(), event)
        assert event.isAccepted()
    assert v.editor.is_editing()
    qtbot.keyClicks(v, "Compares prices")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    project = saved(window)
    assert cell_texts(project, 0, 0) == [
        "Sees an ad",
        "Compares prices",
        "Asks a friend",
        "Reads reviews",
    ]
    added = next(c for c in project.journeys[0].cards if c.text == "Compares prices")
    assert added.colour == "#e0d4ff"
    assert_back_to(window, original)
