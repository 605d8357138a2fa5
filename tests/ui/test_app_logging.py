"""Qt's harmless font-matcher chatter stays off the terminal while people type any script."""

from __future__ import annotations

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from journeydesk.ui.app import create_application
from journeydesk.ui.canvas.painting import map_font


def test_the_font_matcher_says_nothing_about_devanagari(qtbot: QtBot) -> None:
    app = create_application()
    category = QLoggingCategory("qt.text.font.db")
    assert not category.isInfoEnabled() and not category.isWarningEnabled()
    # The typing font tries Noto Sans, Arabic, Hebrew and Thai before Devanagari.
    assert QFontMetricsF(map_font(10.5)).horizontalAdvance("मराठी") > 0
    assert app is not None
