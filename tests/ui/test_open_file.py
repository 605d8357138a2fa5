"""Opening a written file: the viewer gets the desktop's environment, and a failure is said."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from journeydesk.ui.open_file import desktop_environment, open_in_viewer


def test_the_environment_is_the_desktops_again() -> None:
    frozen = {
        "LD_LIBRARY_PATH": "/app/_internal",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
        "QT_PLUGIN_PATH": "/app/_internal/PySide6/plugins",  # unset before: goes
        "HOME": "/home/eva",
    }
    restored = desktop_environment(frozen)
    assert restored["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "QT_PLUGIN_PATH" not in restored
    assert restored["HOME"] == "/home/eva"


def test_a_frozen_app_opens_the_viewer_with_the_desktops_libraries(
    monkeypatch: pytest.MonkeyPatch, qapp: object, tmp_path: Path
) -> None:
    seen: list[str | None] = []

    def open_url(url: QUrl) -> bool:
        seen.append(os.environ.get("LD_LIBRARY_PATH"))
        return True

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/app/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert open_in_viewer(None, tmp_path / "wall.pdf", "PDF")
    assert seen == ["/usr/local/lib"]
    assert os.environ["LD_LIBRARY_PATH"] == "/app/_internal"  # the app's own, back


def test_when_nothing_opens_the_file_its_folder_is_shown_and_it_is_said(
    monkeypatch: pytest.MonkeyPatch, answers: dict, tmp_path: Path
) -> None:
    asked: list[str] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url.toLocalFile())
        return url.toLocalFile() == str(tmp_path)  # no PDF viewer, but a file manager

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert not open_in_viewer(None, tmp_path / "wall.pdf", "PDF")
    assert asked == [str(tmp_path / "wall.pdf"), str(tmp_path)]
    (warning,) = answers["warning"]
    assert "No program on this computer opened the PDF" in warning
    assert "Its folder is open instead." in warning
