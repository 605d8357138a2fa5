"""Edge cases where typed text or someone else's work could be lost, found in review."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.lock import lock_path_for
from journeydesk.model.project import MAX_TEXT, Card
from journeydesk.model.recovery import RecoveryStore
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.app import create_main_window
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from journeydesk.ui.settings import Settings, settings_path
from tests.ui.helpers import closing_all


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    journey.cards += [
        Card(id="one", lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="One"),
        Card(id="two", lane_id=journey.lanes[0].id, stage_id=journey.stages[1].id, text="Two"),
    ]
    path = tmp_path / "workshop.journey"
    save_project(project, path)
    return path


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    yield from closing_all()


def open_window(windows: list[MainWindow], path: Path | None = None) -> MainWindow:
    window = create_main_window(path)
    window.show()
    windows.append(window)
    return window


def select_card(window: MainWindow, card_id: str) -> None:
    view = window.map_tabs.current_view()
    assert view is not None
    view.editor.select([card_id])


def test_notes_over_the_limit_stop_save_and_stay_in_the_inspector(
    windows: list[MainWindow], map_file: Path, answers: dict[str, list]
) -> None:
    window = open_window(windows, map_file)
    select_card(window, "one")
    form = window.inspector.card_form
    too_long = "x" * (MAX_TEXT + 1)
    form.notes_edit.setPlainText(too_long)  # typed or pasted, the field not yet left
    before = map_file.read_bytes()
    assert not window.save()
    assert "inspector" in answers["warning"][0] and f"{MAX_TEXT:,}" in answers["warning"][0]
    assert map_file.read_bytes() == before
    select_card(window, "two")  # the form stays on the card being edited, text and all
    assert window.inspector.shown_id == "one"
    assert form.notes_edit.toPlainText() == too_long
    form.notes_edit.setPlainText("Short notes")
    select_card(window, "two")
    assert window.inspector.shown_id == "two"
    assert window.document is not None and window.document.card("one").notes == "Short notes"


def test_a_read_only_map_is_saved_as_a_copy_beside_it(
    windows: list[MainWindow], map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(windows, map_file)
    assert window.document is not None
    window.document.read_only = True
    suggested: list[str] = []

    def save_dialog(_parent: object, _title: str, suggestion: str, *_args: object) -> tuple:
        suggested.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert not window.save()
    assert Path(suggested[0]).name == "workshop (copy).journey"


def test_save_as_without_the_suffix_asks_before_replacing_a_map(
    windows: list[MainWindow],
    map_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: dict[str, list],
) -> None:
    other = tmp_path / "plans.journey"
    save_project(TEMPLATES["blank"].create_project("Plans"), other)
    window = open_window(windows, map_file)
    typed = str(tmp_path / "plans")  # the dialog saw no "plans" to warn about
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (typed, ""))
    answers["replies"].append(Button.Cancel)
    assert not window.save_as()
    assert "“plans.journey” already exists" in answers["question"][0]
    assert load_project(other).title == "Plans"


def test_reload_keeps_the_lock(
    qtbot: QtBot, windows: list[MainWindow], map_file: Path, answers: dict[str, list]
) -> None:
    window = open_window(windows, map_file)
    lock = lock_path_for(map_file)
    assert lock.exists()
    answers["replies"].append(Button.Yes)  # "Reload"
    project = load_project(map_file)
    project.title = "Changed elsewhere"
    save_project(project, map_file)
    qtbot.waitUntil(
        lambda: (
            window.document is not None and window.document.project.title == "Changed elsewhere"
        ),
        timeout=5000,
    )
    assert lock.exists()


def test_keep_mine_is_autosaved(
    qtbot: QtBot, windows: list[MainWindow], map_file: Path, answers: dict[str, list]
) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"autosave_seconds": 2}), encoding="utf-8")
    open_window(windows, map_file)
    answers["replies"].append(Button.No)  # "Keep Mine": unsaved now, with no edit made
    map_file.write_bytes(map_file.read_bytes().replace(b"Workshop", b"Theirs"))
    qtbot.waitUntil(lambda: bool(answers["question"]), timeout=5000)
    folder = RecoveryStore().folder
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("*.journey")), timeout=5000)


def test_windows_share_their_settings(windows: list[MainWindow], map_file: Path) -> None:
    first = open_window(windows, map_file)
    second = open_window(windows)
    first.close()
    second.close()  # closing last must not write back an older recent-files list
    assert Settings.load().recent_files == [str(map_file.resolve())]


def test_a_question_about_the_file_waits_for_an_open_dialog(
    qtbot: QtBot,
    windows: list[MainWindow],
    map_file: Path,
    answers: dict[str, list],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    window = open_window(windows, map_file)
    dialog = QDialog(window)
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: dialog))
    answers["replies"].append(Button.No)
    map_file.write_bytes(map_file.read_bytes().replace(b"Workshop", b"Theirs"))
    qtbot.wait(1500)
    assert answers["question"] == []  # not on top of the dialog
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: None))
    qtbot.waitUntil(lambda: bool(answers["question"]), timeout=3000)
