"""A big map opens with only its top lanes laid out; no one ever sees an estimated card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import save_project
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import shown_window, view


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "big.journey"
    save_project(generate_project(stages=20, lanes=10, cards=3000, seed=5), path)
    yield from shown_window(qtbot, path, (1500, 950))


def _nothing_in_sight_can_move(shown: JourneyView) -> None:
    """Check that no estimated cell can move what is in view: each is in a lane below the
    view, or in a lane whose exact cells already reach below it."""
    layout = shown.journey_scene.layout
    bottom = shown.mapToScene(shown.viewport().rect()).boundingRect().bottom()
    for lane_id, _ in layout.provisional:
        assert layout.lane_by_id[lane_id].y > bottom or layout.exact_reach(lane_id) >= bottom


def _shown_cards_are_exact(shown: JourneyView) -> int:
    """Check every card in view is laid out exactly; return how many there are."""
    scene = shown.journey_scene
    visible = shown.mapToScene(shown.viewport().rect()).boundingRect()
    count = 0
    _nothing_in_sight_can_move(shown)
    for lane_id, stage_id in scene.layout.provisional:
        x, y, width, height = scene.layout.cell_rect(lane_id, stage_id)
        assert not QRectF(x, y, width, height).intersects(visible), "an estimated cell in view"
    for item in scene.item_for_card.values():
        if item.sceneBoundingRect().intersects(visible):
            box = item.box
            assert box.lines or not scene.document.card(box.card_id).text.strip()
            count += 1
    return count


def test_the_first_view_is_exact_and_the_rest_follows(qtbot: QtBot, window: MainWindow) -> None:
    shown = view(window)
    scene = shown.journey_scene
    assert _shown_cards_are_exact(shown) > 10
    qtbot.waitUntil(scene.completion.is_complete, timeout=20_000)
    exact = MapLayout(scene.journey, scene.map_style)
    assert {i: scene.layout.card_rect(i) for i in exact.cards} == {
        i: exact.card_rect(i) for i in exact.cards
    }
    for card_id, item in scene.item_for_card.items():
        assert item.box == exact.cards[card_id]
        assert item.scenePos().y() == pytest.approx(exact.card_rect(card_id)[1])


def test_jumping_to_the_bottom_lays_out_what_shows_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = view(window)
    scene = shown.journey_scene
    assert scene.layout.provisional  # the idle steps have not run yet
    bar = shown.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert _shown_cards_are_exact(shown) > 10
    # Nothing in view or above it is left estimated: it will not move when the rest settles.
    _nothing_in_sight_can_move(shown)
    bottom = shown.mapToScene(shown.viewport().rect()).boundingRect().bottom()
    assert all(
        scene.layout.lane_by_id[lane].y + scene.layout.lane_by_id[lane].height > bottom
        for lane, _ in scene.layout.provisional
    )


def test_scrolling_across_lays_out_the_cells_that_come_into_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = view(window)
    scene = shown.journey_scene
    first_lane = scene.layout.lanes[0].lane_id
    # The top lane's cells out of sight wait: those in sight already reach below the view.
    assert any(lane == first_lane for lane, _ in scene.layout.provisional)
    tops = {row.lane_id: row.y for row in scene.layout.lanes}
    bar = shown.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert _shown_cards_are_exact(shown) > 10
    assert scene.layout.lanes[0].y == tops[first_lane]


def test_cards_out_of_sight_get_their_items_when_laid_out(qtbot: QtBot, window: MainWindow) -> None:
    scene = view(window).journey_scene
    cards = len(scene.journey.cards)
    assert len(scene.item_for_card) < cards  # only what was laid out has items
    qtbot.waitUntil(scene.completion.is_complete, timeout=20_000)
    assert len(scene.item_for_card) == cards


def test_select_all_and_find_reach_cards_not_yet_laid_out(qtbot: QtBot, window: MainWindow) -> None:
    shown = view(window)
    scene = shown.journey_scene
    last_lane = scene.layout.lanes[-1].lane_id
    assert any(cell[0] == last_lane for cell in scene.layout.provisional)
    far = next(
        c
        for c in reversed(scene.journey.cards)
        if c.lane_id == last_lane and c.text.strip() and c.text.isascii()  # (QTest types ASCII)
    )
    window.find_bar.open_bar()
    QTest.keyClicks(window.find_bar.field, far.text[:40])
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert far.id in scene.selected_card_ids()
    assert scene.item_for_card[far.id].box.lines  # laid out for real before it showed
    assert _shown_cards_are_exact(shown) > 0
    window.find_bar.close_bar()
    shown.setFocus()
    QTest.keyClick(shown, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.selected_card_ids()) == len(scene.journey.cards)
