"""Keyboard shortcuts that mean one thing on every platform.

Qt's standard keys differ per keyboard scheme: on X11 ``StandardKey.Delete`` also holds
Ctrl+D, so a Duplicate on Ctrl+D would be ambiguous and neither action would fire. Every
action is bound through ``bind``, which records what it asked for (standard keys by name,
literal sequences as text) so a test can expand the bindings under every scheme Qt knows and
prove that no two actions share a key.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

Keys = QKeySequence.StandardKey
#: A standard key, or a literal sequence such as "Ctrl+D".
Shortcut = Keys | str

#: The dynamic property holding what an action was bound to, for the shortcut test.
SPEC_PROPERTY = "journeydesk_shortcuts"

#: Delete a selection: the Delete key. Not ``StandardKey.Delete``, which holds Ctrl+D on X11
#: and Meta+D on macOS. (Backspace deletes too, on the map only: see ``JourneyView``.)
DELETE = ("Del",)
#: Quit: Qt binds ``StandardKey.Quit`` only for GNOME, KDE and macOS; Windows and plain X11
#: get Ctrl+Q too.
QUIT = (Keys.Quit, "Ctrl+Q")
#: Save As: ``StandardKey.SaveAs`` is only bound for GNOME and macOS.
SAVE_AS = (Keys.SaveAs, "Ctrl+Shift+S")
#: Redo: the platform's keys, plus the two that facilitators try on any system.
REDO = (Keys.Redo, "Ctrl+Shift+Z", "Ctrl+Y")


def sequences(*shortcuts: Shortcut) -> list[QKeySequence]:
    """The key sequences of ``shortcuts`` on this platform, without repeats."""
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, str):
            candidates = [QKeySequence(shortcut)]
        else:
            candidates = QKeySequence.keyBindings(shortcut)
        for sequence in candidates:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


def bind(action: QAction, *shortcuts: Shortcut) -> QAction:
    """Give ``action`` these shortcuts (the first one is shown in menus); return it."""
    action.setShortcuts(sequences(*shortcuts))
    action.setProperty(
        SPEC_PROPERTY,
        [s if isinstance(s, str) else f"StandardKey.{s.name}" for s in shortcuts],
    )
    return action
