"""View > Text Size and View > High Contrast: larger maps on screen, the poster untouched."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeydesk.layout.contrast import HIGH_CONTRAST, NORMAL
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style, TextSize
from journeydesk.poster.export import PosterRequest
from journeydesk.resources import example_path
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import Settings
from tests.ui.helpers import close_unsaved, shown_window, view


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copy(example_path(), tmp_path / "example.journey"))


@pytest.fixture
def window(qtbot: QtBot, example: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, example)


def _menu_action(window: MainWindow, *path: str):
    """The action at ``path`` of the menu bar, by its visible words (mnemonics dropped)."""
    actions = window.menuBar().actions()
    for words in path:
        action = next(a for a in actions if a.text().replace("&", "") == words)
        actions = action.menu().actions() if action.menu() else []
    return action


def test_a_larger_text_size_grows_the_cards_and_keeps_the_poster(window: MainWindow) -> None:
    scene = view(window).journey_scene
    card_id = next(iter(scene.layout.cards))
    before = scene.layout.cards[card_id]
    printed = MapLayout(scene.journey).cards[card_id]
    _menu_action(window, "View", "Text Size", "Extra Large").trigger()
    scene = view(window).journey_scene
    after = scene.layout.cards[card_id]
    assert after.height > before.height * 1.3
    assert scene.map_style.card_text_size == pytest.approx(1.6 * Style().card_text_size)
    assert scene.item_for_card[card_id].box is after  # the items follow the new layout
    # The poster lays the map out as before: printed sizes never follow the screen.
    assert MapLayout(scene.journey).cards[card_id] == printed
    assert PosterRequest().paper  # the export request carries no text size at all
    assert Settings.load().text_size is TextSize.EXTRA_LARGE
    _menu_action(window, "View", "Text Size", "Normal").trigger()
    assert view(window).journey_scene.layout.cards[card_id] == before


def test_high_contrast_paints_with_the_aaa_theme_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    toggle = _menu_action(window, "View", "High Contrast")
    assert not toggle.isChecked()
    toggle.trigger()
    scene = view(window).journey_scene
    assert scene.map_style.high_contrast
    assert scene.backgroundBrush().color().name() == HIGH_CONTRAST.background
    assert Settings.load().high_contrast
    second = next(shown_window(qtbot, None, None), None)
    try:
        assert second is not None
        assert view(second).journey_scene.map_style.high_contrast  # new windows start in it
    finally:
        if second is not None:
            close_unsaved(second)
    toggle.trigger()
    assert view(window).journey_scene.backgroundBrush().color().name() == NORMAL.background
    QApplication.processEvents()


def test_a_card_being_typed_is_committed_before_the_map_is_laid_out_again(
    window: MainWindow,
) -> None:
    canvas = view(window)
    card_id = next(iter(canvas.journey_scene.layout.cards))
    canvas.editor.begin_edit(card_id)
    canvas.editor.editor.setPlainText("Typed while the text size changed")
    _menu_action(window, "View", "Text Size", "Large").trigger()
    assert window.document.card(card_id).text == "Typed while the text size changed"
    assert not canvas.editor.is_editing()
