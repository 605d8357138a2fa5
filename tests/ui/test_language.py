"""View > Language: the choice is saved in the settings and used from the next start."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journeydesk.i18n import LANGUAGES
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import settings_path
from journeydesk.ui.translations import system_language
from tests.ui.helpers import shown_window


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, None, None)


def choices(window: MainWindow) -> dict[str, QAction]:
    """The Language menu's entries by their language code ("": the system's)."""
    return {action.data(): action for action in window.language_menu.actions()}


def test_the_menu_offers_the_system_language_and_each_language_in_its_own_name(
    window: MainWindow,
) -> None:
    entries = window.language_menu.actions()
    assert [action.text() for action in entries] == [
        f"System Default ({LANGUAGES[system_language()]})",
        *LANGUAGES.values(),
    ]
    assert all(action.isCheckable() and action.statusTip() for action in entries)
    assert [action.isChecked() for action in entries] == [True] + [False] * len(LANGUAGES)
    view_menu = window.language_menu.parent()
    assert isinstance(view_menu, QMenu) and view_menu.title() == "&View"
    assert window.language_menu.menuAction() in view_menu.actions()


def test_choosing_a_language_saves_it_for_the_next_start(
    window: MainWindow, answers: dict[str, list]
) -> None:
    choices(window)["de"].trigger()

    assert json.loads(settings_path().read_text(encoding="utf-8"))["language"] == "de"
    assert answers["information"] == [
        "Language: JourneyDesk will use Deutsch the next time it starts."
    ]
    assert choices(window)["de"].isChecked() and not choices(window)[""].isChecked()

    choices(window)[""].trigger()

    assert json.loads(settings_path().read_text(encoding="utf-8"))["language"] == ""
    assert "the computer's language" in answers["information"][-1]
    assert choices(window)[""].isChecked()


def test_choosing_the_language_already_chosen_says_nothing(
    window: MainWindow, answers: dict[str, list]
) -> None:
    choices(window)[""].trigger()

    assert answers["information"] == []
    assert not settings_path().exists() or (
        json.loads(settings_path().read_text(encoding="utf-8"))["language"] == ""
    )
