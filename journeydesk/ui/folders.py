"""Where JourneyDesk suggests saving, and where it keeps its own data.

File dialogs start in the facilitator's documents folder (or the last folder they chose),
never inside JourneyDesk's install folder, where the bundled example lives. Recovery copies go
to the user data folder. Tests point both elsewhere through environment variables.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.resources import resources_dir
from journeydesk.ui import messages

DOCUMENTS_DIR_VARIABLE = "JOURNEYDESK_DOCUMENTS_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


class FolderText(Translatable):
    """Texts of the questions about where to save."""


def documents_dir() -> Path:
    """The facilitator's documents folder (``$JOURNEYDESK_DOCUMENTS_DIR`` when set)."""
    override = os.environ.get(DOCUMENTS_DIR_VARIABLE)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    fallback = Path(platformdirs.user_documents_dir())
    return fallback if fallback.is_dir() else Path.home()


def is_installed_file(path: Path) -> bool:
    """Whether ``path`` lies in JourneyDesk's own folders (bundled resources or the package)."""
    try:
        resolved = path.resolve()
    except OSError:
        return False
    return any(resolved.is_relative_to(folder) for folder in _install_folders())


def _install_folders() -> list[Path]:
    folders = [_PACKAGE_DIR]
    with contextlib.suppress(FileNotFoundError):
        folders.append(resources_dir().resolve())
    return folders


def suggested_folder(last_folder: str) -> Path:
    """The folder a file dialog opens in: the last one chosen, else the documents folder."""
    if last_folder:
        folder = Path(last_folder)
        if folder.is_dir() and not is_installed_file(folder):
            return folder
    return documents_dir()


def may_replace(parent: QWidget, title: str, target: Path) -> bool:
    """Ask whether to replace ``target``, a file the save dialog did not confirm (it asked
    about the name typed, before an extension was added to it)."""
    answer = messages.ask(
        parent,
        title,
        arg(
            FolderText.tr("%1 already exists in %2. Replace it?", "%1: a file, %2: its folder"),
            messages.quoted(target.name),
            target.parent,
        ),
        messages.Button.Save | messages.Button.Cancel,
        messages.Button.Cancel,
        labels={messages.Button.Save: FolderText.tr("Replace")},
    )
    return answer == messages.Button.Save


def ask_save_path(
    parent: QWidget, title: str, suggestion: Path, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save; the name gets ``suffix`` when it lacks it. None if cancelled.

    The dialog only confirms replacing the name that was typed: when the suffix is added
    here, replacing an existing file of that name is confirmed here.
    """
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), file_filter)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() == suffix.lower():
        return target
    target = target.with_name(target.name + suffix)
    if target.exists() and not may_replace(parent, title, target):
        return None
    return target
