"""JourneyDesk in German: the whole catalogue is translated, loaded, and shown in the window."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from journeydesk import i18n
from journeydesk.resources import example_path, resource_path
from journeydesk.ui.translations import chosen_language, default_paper, install_translations
from tests.ui.helpers import shown_window

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from translations import unfinished


@pytest.fixture
def german() -> Iterator[None]:
    install_translations("de")
    yield
    install_translations("en")


def test_the_german_catalogue_is_complete_with_its_plural_forms() -> None:
    source = resource_path("translations", "journeydesk_de.ts")
    assert unfinished(source) == []
    messages = list(ET.parse(source).getroot().iter("message"))
    assert len(messages) > 1000
    plurals = [m for m in messages if m.get("numerus") == "yes"]
    assert plurals and all(len(m.findall("translation/numerusform")) == 2 for m in plurals)


def test_the_window_speaks_german(german: None, qtbot: QtBot) -> None:
    for window in shown_window(qtbot, example_path()):
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Datei" in menus and "&Bearbeiten" in menus and "&Ansicht" in menus
        assert window.undo_action.text().startswith("&Rückgängig")


def test_german_plurals_numbers_and_qt_free_texts(german: None) -> None:
    from journeydesk.cli import CliText
    from journeydesk.ui.command_base import CommandText

    assert i18n.number(1234.5, 1) == "1.234,5"
    assert QLocale().language() == QLocale.Language.German
    assert CommandText.tr("Move %n Card(s)", "", 1) == "1 Karte verschieben"
    assert CommandText.tr("Move %n Card(s)", "", 3) == "3 Karten verschieben"
    assert CliText.tr("%n lane(s)", "", 2) == "2 Bahnen"  # Qt-free code, the same catalogue


def test_english_plurals_read_right() -> None:
    from journeydesk.ui.command_base import CommandText

    assert CommandText.tr("Move %n Card(s)", "", 1) == "Move 1 Card"
    assert CommandText.tr("Move %n Card(s)", "", 3) == "Move 3 Cards"


def test_the_language_follows_the_setting_else_the_system() -> None:
    assert chosen_language("de") == "de"
    assert chosen_language("en") == "en"
    assert chosen_language("") in i18n.LANGUAGES  # the system's, or English


def test_letter_paper_where_letter_is_the_norm() -> None:
    assert default_paper(QLocale("en_US")) == "Letter"
    assert default_paper(QLocale("es_MX")) == "Letter"
    assert default_paper(QLocale("de_DE")) == "A4"
    assert default_paper(QLocale("en_GB")) == "A4"
