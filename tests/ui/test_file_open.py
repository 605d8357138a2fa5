"""Maps opened by the desktop (macOS's FileOpen events) and by the console-less launcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import journeydesk.cli
from journeydesk.model.storage import load_project, save_project
from journeydesk.resources import example_path
from journeydesk.ui.app import create_main_window
from journeydesk.ui.file_open import FileOpener
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.windows import open_windows


def test_a_file_opened_by_the_desktop_fills_the_new_window_then_gets_its_own(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    for path in (first, second):
        save_project(load_project(example_path()), path)
    made: list[MainWindow] = []

    def new_window() -> MainWindow:
        window = create_main_window()
        made.append(window)
        return window

    app = QApplication.instance()
    opener = FileOpener(new_window, app)
    app.installEventFilter(opener)
    try:
        start = new_window()  # the untouched window a launch shows
        start.show()
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(first)))
        assert start.document.path == first and len(made) == 1
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(second)))
        assert len(made) == 2 and made[1].document.path == second
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(first)))  # already open: no third
        assert len(made) == 2
        assert {w.document.path for w in open_windows()} >= {first, second}
    finally:
        app.removeEventFilter(opener)
        for window in made:
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()


def test_the_console_less_launcher_opens_the_file_it_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr(journeydesk.cli, "_open_app", lambda path: opened.append(path) or 0)
    assert journeydesk.cli.gui_main(["map.journey"]) == 0
    assert journeydesk.cli.gui_main([]) == 0
    assert opened == [Path("map.journey"), None]
