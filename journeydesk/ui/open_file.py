"""Opening a written file (a poster, a picture) in the user's own viewer.

A frozen JourneyDesk (PyInstaller) points ``LD_LIBRARY_PATH`` and Qt's plug-in paths at its
own bundled libraries; a viewer started with them may load the wrong libraries and fail. The
viewer is therefore started with the environment the desktop gave JourneyDesk: PyInstaller
keeps each variable it changed as ``NAME_ORIG`` (absent when it was unset). When no viewer
opens, the facilitator is told so, and the folder holding the file is shown instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.ui import messages

#: Variables a frozen build changes for itself and that a viewer must not inherit.
_FROZEN_VARIABLES = (
    "LD_LIBRARY_PATH",
    "DYLD_LIBRARY_PATH",
    "QT_PLUGIN_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
    "QML2_IMPORT_PATH",
    "PYTHONPATH",
    "PYTHONHOME",
)


class OpenFileText(Translatable):
    """Texts said when no program opens a file JourneyDesk wrote."""


def desktop_environment(environ: dict[str, str]) -> dict[str, str]:
    """``environ`` as the desktop gave it, before a frozen build changed it."""
    restored = dict(environ)
    for name in _FROZEN_VARIABLES:
        original = environ.get(f"{name}_ORIG")
        if original is not None:
            restored[name] = original
        else:
            restored.pop(name, None)
    return restored


@contextmanager
def _desktop_environment() -> Iterator[None]:
    """Inside this block (frozen builds only), the process has the desktop's environment."""
    if not getattr(sys, "frozen", False):
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(desktop_environment(saved))
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def open_in_viewer(parent: QWidget | None, path: Path, what: str) -> bool:
    """Open ``path`` in the user's viewer; if none opens, say so and show its folder.

    ``what`` is the kind of file by its format's name, such as "PDF" (not translated).
    """
    with _desktop_environment():
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        folder_shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    name = messages.quoted(path.name)
    if folder_shown:
        text = arg(
            OpenFileText.tr(
                "No program on this computer opened the %1 %2. Its folder is open instead."
            ),
            what,
            name,
        )
    else:
        text = arg(
            OpenFileText.tr("No program on this computer opened the %1 %2. It is in %3."),
            what,
            name,
            path.parent,
        )
    messages.warn(parent, OpenFileText.tr("Cannot Open"), text)
    return False
