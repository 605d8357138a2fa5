"""Another program changes the open file: JourneyDesk notices and asks; our own saves are quiet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.disk_watch import SETTLE_MS
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from tests.ui.helpers import shown_window


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.journey"
    save_project(TEMPLATES["classic"].create_project("Workshop"), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, map_file, None)


def edit_elsewhere(path: Path, title: str) -> None:
    """What another JourneyDesk, or a colleague on a shared drive, does to the file."""
    project = load_project(path)
    project.title = title
    save_project(project, path)


def test_reload_takes_the_version_on_disk(
    qtbot: QtBot, window: MainWindow, map_file: Path, answers: dict[str, list]
) -> None:
    answers["replies"].append(Button.Yes)  # "Reload"
    edit_elsewhere(map_file, "Edited by a colleague")
    qtbot.waitUntil(lambda: bool(answers["question"]), timeout=5000)
    assert "changed by another program" in answers["question"][0]
    assert window.document is not None
    assert window.document.project.title == "Edited by a colleague"
    assert not window.document.is_modified()


def test_keep_mine_keeps_the_map_and_saves_over_without_asking_again(
    qtbot: QtBot, window: MainWindow, map_file: Path, answers: dict[str, list]
) -> None:
    window.map_actions.add_stage.trigger()
    answers["replies"].append(Button.No)  # "Keep Mine"
    edit_elsewhere(map_file, "Edited by a colleague")
    qtbot.waitUntil(lambda: bool(answers["question"]), timeout=5000)
    assert "would be lost" in answers["question"][0]
    assert window.document is not None and window.document.is_modified()
    assert window.save()
    assert len(answers["question"]) == 1
    saved = load_project(map_file)
    assert saved.title == "Workshop" and len(saved.journeys[0].stages) == 6


def test_our_own_saves_raise_no_question(qtbot: QtBot, window: MainWindow, map_file: Path) -> None:
    for _ in range(3):
        window.map_actions.add_stage.trigger()
        assert window.save()
    qtbot.wait(SETTLE_MS * 3)  # an unexpected question would fail the test


def test_a_removed_file_is_reported_and_the_map_kept(
    qtbot: QtBot, window: MainWindow, map_file: Path, answers: dict[str, list]
) -> None:
    map_file.unlink()
    qtbot.waitUntil(lambda: bool(answers["warning"]), timeout=5000)
    assert "removed or renamed" in answers["warning"][0]
    assert window.document is not None and window.document.is_modified()
    assert window.save()
    assert load_project(map_file).title == "Workshop"


def test_saving_without_edits_leaves_the_file_alone(window: MainWindow, map_file: Path) -> None:
    before = os.stat(map_file)
    assert window.save()
    after = os.stat(map_file)
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )
