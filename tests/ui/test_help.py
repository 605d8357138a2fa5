"""Help > Keyboard Shortcuts: every shortcut, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from journeydesk.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog, plain
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import shown_window


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, None, None)


def test_f1_lists_every_shortcut_from_the_actions(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[KeyboardShortcutsDialog] = []

    def keep(dialog: KeyboardShortcutsDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(KeyboardShortcutsDialog, "exec", keep)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (dialog,) = shown
    rows = dialog.visible_rows()
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.save_action, window.open_action, window.poster_action):
        keys = action.shortcut().toString(native)
        assert any(
            name == plain(action.text()) and keys in shown_keys for name, shown_keys, _ in rows
        )
    assert any(name == "Keyboard Shortcuts" and "F1" in keys for name, keys, _ in rows)
    assert all(menu for _name, _keys, menu in rows)
    dialog.filter.setText("poster")
    assert [name for name, _keys, _menu in dialog.visible_rows()] == ["Export Poster"]
