"""Every card stays drawn, selectable, draggable and findable at every level of detail.

Close up each card draws itself; far out its lane sketches it (lines for its text, then a
block of its colour). The zooms below sit on each side of both boundaries.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.layout.boxes import StageColumn
from journeydesk.layout.contrast import theme
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, save_project
from journeydesk.ui.canvas.card_look import ITEM_PIXELS, LINES_PIXELS, READABLE_PIXELS, Detail
from journeydesk.ui.canvas.header_bands import BAND_HEIGHT, BAND_WIDTH
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import EditCardCommand
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import fitted_map, shown_window, view


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "levels.journey"
    save_project(generate_project(stages=6, lanes=4, cards=120, seed=3), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, map_file, (1500, 950))


def _zoom_for(shown: JourneyView, pixels: float) -> float:
    """The zoom at which card text is ``pixels`` high on the screen."""
    style = shown.journey_scene.map_style
    return pixels / (style.card_text_size * shown.logicalDpiX() / 72.0)


#: Card text sizes on the screen on each side of each boundary, and the level expected.
LEVELS = [
    (ITEM_PIXELS * 1.2, Detail.FULL),
    (ITEM_PIXELS * 0.9, Detail.WORDS),
    (READABLE_PIXELS * 1.2, Detail.WORDS),
    (READABLE_PIXELS * 0.9, Detail.LINES),
    (LINES_PIXELS * 1.1, Detail.LINES),
    (LINES_PIXELS * 0.8, Detail.BLOCKS),
]


def _settle(qtbot: QtBot, shown: JourneyView, pixels: float, detail: Detail) -> None:
    shown.set_zoom(_zoom_for(shown, pixels))
    sketching = shown.journey_scene.sketching
    assert sketching.detail is detail
    qtbot.waitUntil(sketching.is_settled)
    scene = shown.journey_scene
    for item in scene.item_for_card.values():
        assert item.is_sketched() == (detail is not Detail.FULL)


def _colour_share(image: QImage, shown: JourneyView, card_id: str, colour: QColor) -> float:
    """The share of the pixels inside a card that are ``colour`` (give or take a little)."""
    rect = shown.mapFromScene(shown.journey_scene.card_scene_rect(card_id)).boundingRect()
    inside = rect.adjusted(1, 1, -1, -1)
    total = matching = 0
    for x in range(inside.left(), inside.right() + 1):
        for y in range(inside.top(), inside.bottom() + 1):
            if not image.rect().contains(x, y):
                continue
            total += 1
            pixel = image.pixelColor(x, y)
            if (
                max(
                    abs(pixel.red() - colour.red()),
                    abs(pixel.green() - colour.green()),
                    abs(pixel.blue() - colour.blue()),
                )
                <= 8
            ):
                matching += 1
    return matching / total if total else 0.0


@pytest.mark.parametrize(("pixels", "detail"), LEVELS)
def test_every_card_in_view_is_drawn_in_its_colour(
    qtbot: QtBot, window: MainWindow, pixels: float, detail: Detail
) -> None:
    shown = view(window)
    _settle(qtbot, shown, pixels, detail)
    image = shown.viewport().grab().toImage()
    shown_rect = shown.mapToScene(shown.viewport().rect()).boundingRect()
    scene = shown.journey_scene
    checked = 0
    for card_id, item in scene.item_for_card.items():
        assert item.isVisible()
        if not shown_rect.contains(scene.card_scene_rect(card_id)):
            continue
        fill = QColor(item.box.colour)
        # Words and bars take some of a card; most of it is still its colour.
        assert _colour_share(image, shown, card_id, fill) > 0.4, (card_id, detail)
        checked += 1
    assert checked >= 10


def _centre(shown: JourneyView, card_id: str) -> QPoint:
    return shown.mapFromScene(shown.journey_scene.card_scene_rect(card_id).center())


@pytest.mark.parametrize(("pixels", "detail"), LEVELS)
def test_a_click_selects_and_a_drag_moves_a_card_at_every_level(
    qtbot: QtBot, window: MainWindow, map_file: Path, pixels: float, detail: Detail
) -> None:
    shown = view(window)
    _settle(qtbot, shown, pixels, detail)
    scene = shown.journey_scene
    layout = scene.layout
    first, second = layout.stages[0].stage_id, layout.stages[1].stage_id
    card_id = next(b.card_id for b in layout.cards.values() if b.stage_id == first)
    lane_id = layout.cards[card_id].lane_id
    viewport = shown.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(viewport, left, none, _centre(shown, card_id))
    assert scene.selected_card_ids() == [card_id]
    # Drag it to the next stage's cell of its lane, into the cell's empty space below its cards.
    x, y, w, h = layout.cell_rect(lane_id, second)
    target = shown.mapFromScene(QPointF(x + w / 2, y + h - 2))
    start = _centre(shown, card_id)
    QTest.mousePress(viewport, left, none, start)
    for step in range(1, 11):
        # (Offscreen, QTest.mouseMove only moves the cursor: send the move itself.)
        QApplication.sendEvent(viewport, _move_event(shown, start + (target - start) * step / 10))
    QTest.mouseRelease(viewport, left, none, target)
    assert scene.selected_card_ids() == [card_id]
    item = scene.item_for_card[card_id]
    assert item.is_sketched() == (detail is not Detail.FULL)  # back in its lane's sketch
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_project(map_file).journeys[0]
    assert next(c for c in saved.cards if c.id == card_id).stage_id == second


def _move_event(shown: JourneyView, point: QPoint) -> QMouseEvent:
    viewport = shown.viewport()
    return QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


@pytest.mark.parametrize(("pixels", "detail"), LEVELS)
def test_find_selects_the_card_at_every_level(
    qtbot: QtBot, window: MainWindow, pixels: float, detail: Detail
) -> None:
    shown = view(window)
    _settle(qtbot, shown, pixels, detail)
    scene = shown.journey_scene
    assert window.document is not None
    card = window.document.journey(scene.journey_id).cards[-1]
    word = "Zanzibar"
    card_item: CardItem = scene.item_for_card[card.id]
    command = EditCardCommand(window.document, scene.journey_id, card.id, {"text": word})
    window.document.undo_stack.push(command)
    window.find_bar.open_bar()
    QTest.keyClicks(window.find_bar.field, word.lower())
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() == [card.id]
    assert card_item.isVisible()
    assert shown.journey_scene.sketching.detail is detail


def test_far_out_the_names_stay_readable_beside_the_map(qtbot: QtBot, tmp_path: Path) -> None:
    for shown in fitted_map(qtbot, tmp_path, stages=40, lanes=8, cards=1600, seed=6):
        scene = shown.journey_scene
        assert scene.sketching.detail is not Detail.FULL, shown.zoom
        # The bands of names have room beside the map: they cover none of it.
        corner = shown.mapFromScene(QPointF(0.0, 0.0))
        assert corner.x() >= BAND_WIDTH and corner.y() >= BAND_HEIGHT
        image = shown.viewport().grab().toImage()
        ink = QColor(theme(False).lane_title)
        for row in scene.layout.lanes:
            top = shown.mapFromScene(QPointF(0.0, row.y)).y()
            bottom = shown.mapFromScene(QPointF(0.0, row.y + row.height)).y()
            if bottom - top < 20:
                continue  # too thin a row for a name
            inked = [
                (x, y)
                for x in range(int(corner.x() - BAND_WIDTH), int(corner.x()))
                for y in range(top, min(bottom, top + 30))
                if image.pixelColor(x, y).lightness() < ink.lightness() + 60
            ]
            assert inked, f"no name beside lane {row.index + 1}"


def test_far_out_every_stage_shows_its_name_or_number(qtbot: QtBot, tmp_path: Path) -> None:
    for shown in fitted_map(qtbot, tmp_path, stages=20, lanes=5, cards=200, seed=7):
        layout = shown.journey_scene.layout
        corner = shown.mapFromScene(QPointF(0.0, 0.0))
        image = shown.viewport().grab().toImage()
        ink = QColor(theme(False).stage_title)
        top = int(corner.y() - BAND_HEIGHT)
        cut_short = 0
        for column in layout.stages:
            x0 = shown.mapFromScene(QPointF(column.x, 0.0)).x()
            x1 = shown.mapFromScene(QPointF(column.x + column.width, 0.0)).x()
            assert x1 - x0 >= 40, "the map should leave room for names"
            inked = [
                (x, y)
                for x in range(x0 + 2, x1 - 2)
                for y in range(top + 2, top + int(BAND_HEIGHT) - 2)
                if image.pixelColor(x, y).lightness() > ink.lightness() - 60
            ]
            assert len(inked) > 10, f"stage {column.index + 1} has no name in the band"
            cut_short += len(_joined_title(column)) * 7 > x1 - x0
        assert cut_short > 2  # several names were cut short: each still drawn in its ink


def _joined_title(column: StageColumn) -> str:
    return " ".join(line.text for line in column.title_lines)


def test_an_edit_made_close_up_shows_far_out(qtbot: QtBot, window: MainWindow) -> None:
    shown = view(window)
    _settle(qtbot, shown, READABLE_PIXELS * 0.9, Detail.LINES)  # each lane's sketch is made
    _settle(qtbot, shown, ITEM_PIXELS * 1.2, Detail.FULL)
    scene = shown.journey_scene
    shown_rect = shown.mapToScene(shown.viewport().rect()).boundingRect()
    card_id = next(i for i in scene.item_for_card if shown_rect.contains(scene.card_scene_rect(i)))
    assert window.document is not None
    command = EditCardCommand(window.document, scene.journey_id, card_id, {"colour": "#d946ef"})
    window.document.undo_stack.push(command)
    _settle(qtbot, shown, READABLE_PIXELS * 0.9, Detail.LINES)
    image = shown.viewport().grab().toImage()
    fill = QColor(scene.item_for_card[card_id].box.colour)
    assert fill == QColor("#d946ef")
    assert _colour_share(image, shown, card_id, fill) > 0.4  # sketched anew, not as it was


def test_cards_drawn_by_their_lane_look_as_they_draw_themselves(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Crossing from the lanes drawing the cards in words to each card drawing itself must
    # change nothing on the screen: the same notes, words, chips, badges and selection.
    shown = view(window)
    _settle(qtbot, shown, ITEM_PIXELS * 0.9, Detail.WORDS)
    scene = shown.journey_scene
    shown_rect = shown.mapToScene(shown.viewport().rect()).boundingRect()
    in_view = [
        i for i in scene.item_for_card.values() if shown_rect.contains(i.sceneBoundingRect())
    ]
    assert any(item.box.tags for item in in_view) and any(item.box.votes for item in in_view)
    in_view[1].setSelected(True)
    qtbot.waitUntil(lambda: scene.selected_card_ids() == [in_view[1].card_id])
    by_lanes = shown.viewport().grab().toImage()
    scene.sketching.set_detail(Detail.FULL)
    qtbot.waitUntil(scene.sketching.is_settled)
    by_cards = shown.viewport().grab().toImage()
    assert by_lanes.size() == by_cards.size()
    different = 0
    for x in range(by_lanes.width()):
        for y in range(by_lanes.height()):
            a, b = by_lanes.pixelColor(x, y), by_cards.pixelColor(x, y)
            step = max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
            different += step > 16
    assert different <= 40, different  # a few pixels where two cards' edges meet
