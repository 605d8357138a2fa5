"""No shortcut is ambiguous on any platform: every action's keys, under every keyboard scheme.

Qt resolves a standard key differently per keyboard scheme (``QPlatformTheme::KeyboardScheme``)
and only the running platform's scheme can be asked. So the standard keys JourneyDesk uses are
transcribed below from Qt's table (qtbase ``src/gui/kernel/qplatformtheme.cpp``): for each, the
sequences and the schemes that have them. KDE, GNOME and CDE also get the X11 rows, as
``QPlatformThemePrivate::currentKeyPlatforms`` adds them. Where Qt versions differ, a row is
given to every scheme any version gives it to: more keys can only find more clashes. Checked
against PySide6 6.11 under the Windows scheme (offscreen) and plain X11 (xcb).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from journeydesk.ui.app import create_main_window
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.shortcuts import SPEC_PROPERTY

WIN, MAC, X11, KDE, GNOME, CDE = "Windows", "macOS", "X11", "KDE", "GNOME", "CDE"
SCHEMES = (WIN, MAC, X11, KDE, GNOME, CDE)
ALL = set(SCHEMES)
X11_LIKE = {X11, KDE, GNOME, CDE}

#: Standard key -> [(sequence, schemes having it)], transcribed from Qt's table.
QT_TABLE: dict[str, list[tuple[str, set[str]]]] = {
    "New": [("Ctrl+N", ALL), ("New", ALL)],
    "Open": [("Ctrl+O", ALL), ("Open", ALL)],
    "Save": [("Ctrl+S", ALL), ("Save", ALL)],
    # Qt 6 binds Ctrl+Shift+S everywhere (Qt 5: GNOME and macOS only), and Ctrl+Q and the
    # Exit key for X11 too (Qt 5: GNOME, KDE and macOS only).
    "SaveAs": [("Ctrl+Shift+S", ALL), ("Shift+Save", ALL)],
    "Quit": [("Ctrl+Q", X11_LIKE | {MAC}), ("Exit", X11_LIKE | {MAC})],
    "Close": [("Ctrl+F4", {WIN, MAC}), ("Ctrl+W", {MAC, WIN} | X11_LIKE), ("Close", ALL)],
    "Delete": [("Ctrl+D", X11_LIKE), ("Del", ALL), ("Meta+D", {MAC})],
    "Cut": [
        ("Ctrl+X", ALL),
        ("Shift+Del", {WIN} | X11_LIKE),
        ("F20", X11_LIKE),
        ("Meta+K", {MAC}),
        ("Cut", ALL),
    ],
    "Copy": [("Ctrl+Ins", X11_LIKE | {WIN}), ("Ctrl+C", ALL), ("F16", X11_LIKE), ("Copy", ALL)],
    "Paste": [
        ("Ctrl+Shift+Ins", X11_LIKE),
        ("Ctrl+V", ALL),
        ("Shift+Ins", {WIN} | X11_LIKE),
        ("F18", X11_LIKE),
        ("Meta+Y", {MAC}),
        ("Paste", ALL),
    ],
    "Undo": [("Alt+Backspace", {WIN}), ("Ctrl+Z", ALL), ("F14", X11_LIKE), ("Undo", ALL)],
    "Redo": [
        ("Alt+Shift+Backspace", {WIN}),
        ("Ctrl+Shift+Z", {MAC, WIN} | X11_LIKE),
        ("Ctrl+Y", {WIN}),
        ("Redo", ALL),
    ],
    "ZoomIn": [("Ctrl++", ALL), ("Zoom In", ALL)],
    "ZoomOut": [("Ctrl+-", ALL), ("Zoom Out", ALL)],
    "Print": [("Ctrl+P", ALL)],
    "Find": [("Ctrl+F", ALL), ("Find", ALL)],
    "FindNext": [("Ctrl+G", {WIN, GNOME, MAC}), ("F3", {WIN} | X11_LIKE)],
    "FindPrevious": [("Ctrl+Shift+G", {WIN, GNOME, MAC}), ("Shift+F3", {WIN} | X11_LIKE)],
    "SelectAll": [("Ctrl+A", ALL)],
}


def normal(sequence: str) -> str:
    """One spelling per key sequence, so that "Del" and "Delete" compare equal."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


def scheme_sequences(spec: str, scheme: str) -> list[str]:
    """The key sequences a recorded binding means under ``scheme``."""
    if not spec.startswith("StandardKey."):
        return [normal(spec)]
    name = spec.removeprefix("StandardKey.")
    assert name in QT_TABLE, f"transcribe StandardKey.{name} from Qt's table into this test"
    return [normal(seq) for seq, schemes in QT_TABLE[name] if scheme in schemes]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = create_main_window()
    qtbot.addWidget(main)
    yield main


def window_actions(window: MainWindow) -> list[QAction]:
    """Every action whose shortcut works anywhere in the main window."""
    found = {id(a): a for a in window.findChildren(QAction)}
    return [a for a in found.values() if a.shortcuts()]


def test_every_action_with_a_shortcut_was_bound_through_shortcuts_bind(window: MainWindow):
    unrecorded = [a.text() for a in window_actions(window) if not a.property(SPEC_PROPERTY)]
    assert unrecorded == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_two_actions_share_a_key_under_any_scheme(window: MainWindow, scheme: str):
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window_actions(window):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for spec in action.property(SPEC_PROPERTY):
            for sequence in scheme_sequences(spec, scheme):
                owners[sequence].add(action.text().replace("&", ""))
    clashes = {seq: sorted(names) for seq, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_duplicate_and_delete_keep_their_keys_on_x11(window: MainWindow):
    by_text = {a.text().replace("&", ""): a for a in window_actions(window)}
    for scheme in X11_LIKE:
        delete = {
            seq
            for spec in by_text["Delete"].property(SPEC_PROPERTY)
            for seq in scheme_sequences(spec, scheme)
        }
        assert normal("Ctrl+D") not in delete
    assert by_text["Duplicate"].shortcut() == QKeySequence("Ctrl+D")


def test_the_running_platform_has_no_ambiguous_shortcut(window: MainWindow):
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window_actions(window):
        for sequence in action.shortcuts():
            owners[normal(sequence.toString())].append(action.text())
    assert {seq: names for seq, names in owners.items() if len(names) > 1} == {}


def test_the_transcribed_table_covers_qt_on_this_platform(qtbot: QtBot):
    """Guard the transcription: this platform's bindings are all in one transcribed scheme."""
    actual = {
        name: {
            normal(s.toString())
            for s in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))
        }
        for name in QT_TABLE
    }
    covering = [
        scheme
        for scheme in SCHEMES
        if all(
            actual[name] <= {normal(seq) for seq, schemes in rows if scheme in schemes}
            for name, rows in QT_TABLE.items()
        )
    ]
    assert covering, f"Qt's bindings here are in no transcribed scheme: {actual}"
