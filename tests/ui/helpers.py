"""What many GUI tests share: a main window shown on a map file, and the file as saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from journeydesk.model.project import Project
from journeydesk.model.storage import load_project
from journeydesk.ui.app import create_main_window
from journeydesk.ui.main_window import MainWindow


def shown_window(
    qtbot: QtBot, path: Path, size: tuple[int, int] = (1400, 1000)
) -> Iterator[MainWindow]:
    """Yield the app's main window on ``path``, shown; close it unsaved afterwards."""
    main = create_main_window(path)
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.document is not None:
        main.document.undo_stack.setClean()
    main.close()
    main.deleteLater()


def saved(window: MainWindow) -> Project:
    """Save the window's document and read the file back."""
    assert window.save()
    assert window.document is not None and window.document.path is not None
    return load_project(window.document.path)
