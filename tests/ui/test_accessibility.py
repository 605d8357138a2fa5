"""A screen reader can name every control: walked through Qt's accessibility tree.

The walk starts at the main window's (and each dialog's) QAccessibleInterface and follows
``child()`` down, as assistive technology does; every control a user can operate must have an
accessible name and a description (Qt takes the description from the tool tip when none is set).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.resources import example_path
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import shown_window

#: The roles of things a user operates (a button, a field, a list...).
CONTROL_ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.Slider,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown,
    QAccessible.Role.List,
    QAccessible.Role.Tree,
    QAccessible.Role.Table,
    QAccessible.Role.PageTab,
}


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, example_path())


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Yield ``interface`` and everything below it in the accessibility tree."""
    yield interface
    if depth > 40:  # a cycle would be a bug of its own: the walk still ends
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def controls(top: QWidget) -> list[QAccessibleInterface]:
    """The visible, enabled controls under ``top``, as the accessibility tree shows them."""
    root = QAccessible.queryAccessibleInterface(top)
    assert root is not None
    found = []
    for interface in walk(root):
        state = interface.state()
        if interface.role() in CONTROL_ROLES and not state.invisible and not state.disabled:
            found.append(interface)
    return found


def unnamed(top: QWidget) -> list[str]:
    """Describe each control under ``top`` that lacks a name or a description."""
    missing = []
    for interface in controls(top):
        name = interface.text(QAccessible.Text.Name).strip()
        description = interface.text(QAccessible.Text.Description).strip()
        if not name or not description:
            widget = interface.object()
            label = f"{type(widget).__name__} {widget.objectName() if widget else ''}".strip()
            missing.append(f"{interface.role().name} {label!r}: name={name!r} desc={description!r}")
    return missing


def test_every_control_of_the_main_window_has_a_name_and_a_description(
    window: MainWindow,
) -> None:
    found = controls(window)
    assert len(found) > 20  # the tool bar, the stickies, the docks' fields and lists
    assert unnamed(window) == []


def test_the_toolbar_stickies_name_their_colour(window: MainWindow) -> None:
    names = [
        interface.text(QAccessible.Text.Name)
        for interface in controls(window)
        if interface.object() in window.sticky_palette.buttons
    ]
    assert len(names) == len(window.sticky_palette.buttons) > 3
    assert len(set(names)) == len(names)  # each says which colour it is
    assert all("sticky" in name.lower() for name in names)


def test_every_control_of_the_main_dialogs_has_a_name_and_a_description(
    window: MainWindow, qtbot: QtBot
) -> None:
    from journeydesk.ui.dialogs.export_image import ExportImageDialog
    from journeydesk.ui.dialogs.export_poster import ExportPosterDialog
    from journeydesk.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog

    view = window.map_tabs.current_view()
    assert view is not None
    scene = view.journey_scene
    dialogs: list[QDialog] = [
        KeyboardShortcutsDialog(window.menuBar(), parent=window),
        ExportImageDialog(scene.journey, lambda region: QSizeF(800, 600), (0, 1), window),
        ExportPosterDialog(scene, window.settings, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert controls(dialog), type(dialog).__name__
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
