"""Autosave, recovery after a crash, and the lock that warns a second JourneyDesk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card
from journeydesk.model.recovery import RecoveryStore
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.app import create_main_window
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from journeydesk.ui.recovery_offer import describe_time, offer_recovery
from journeydesk.ui.settings import settings_path
from tests.ui.helpers import closing_all


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.journey"
    save_project(TEMPLATES["classic"].create_project("Workshop"), path)
    return path


@pytest.fixture
def fast_autosave() -> None:
    """Settings with a two-second autosave interval (the shortest allowed)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"autosave_seconds": 2}), encoding="utf-8")


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    yield from closing_all()


def open_window(windows: list[MainWindow], path: Path | None = None) -> MainWindow:
    window = create_main_window(path)
    windows.append(window)
    return window


def recovery_files() -> list[Path]:
    folder = RecoveryStore().folder
    return sorted(folder.glob("*.journey")) if folder.exists() else []


def add_card(window: MainWindow, text: str) -> None:
    view = window.map_tabs.current_view()
    assert view is not None
    journey = view.journey_scene.journey
    cell = (journey.lanes[0].id, journey.stages[0].id)
    view.editor.add_cards(cell, [Card(lane_id=cell[0], stage_id=cell[1], text=text)])


def crash_with_unsaved_map(map_file: Path | None, text: str) -> None:
    """A JourneyDesk that autosaved a map holding a card ``text``, then died."""
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from journeydesk.model.project import Card
        from journeydesk.model.recovery import RecoveryStore, new_session_key
        from journeydesk.model.storage import load_project
        from journeydesk.model.templates import TEMPLATES
        original = {str(map_file) if map_file else None!r}
        if original:
            project = load_project(original)
        else:
            project = TEMPLATES["classic"].create_project("Never saved")
        journey = project.journeys[0]
        journey.cards.append(
            Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text={text!r})
        )
        RecoveryStore().write(
            new_session_key(), project, Path(original) if original else None, project.title
        )
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=os.environ.copy())


def test_autosave_writes_a_recovery_copy_and_a_save_removes_it(
    qtbot: QtBot, fast_autosave: None, windows: list[MainWindow], map_file: Path
) -> None:
    original = map_file.read_bytes()
    window = open_window(windows, map_file)
    assert window.autosaver.interval_ms == 2000
    add_card(window, "Not saved yet")
    qtbot.waitUntil(lambda: len(recovery_files()) == 1, timeout=5000)
    copy = load_project(recovery_files()[0])
    assert "Not saved yet" in [c.text for c in copy.journeys[0].cards]
    assert map_file.read_bytes() == original  # never over the user's own file
    assert window.save()
    assert recovery_files() == []


def test_a_crashed_map_is_offered_back_with_its_time_and_opens_modified(
    qtbot: QtBot, windows: list[MainWindow], map_file: Path, answers: dict[str, list]
) -> None:
    crash_with_unsaved_map(map_file, "Typed before the crash")
    window = open_window(windows)
    answers["replies"].append(Button.Yes)  # "Recover"
    assert offer_recovery(window, lambda: open_window(windows)) == 1
    question = answers["question"][0]
    assert "“Workshop”" in question and "kept at " in question and str(map_file) in question
    document = window.document
    assert document is not None and document.path == map_file.resolve()
    assert document.is_modified()
    assert "Typed before the crash" in [c.text for c in document.project.journeys[0].cards]
    assert len(recovery_files()) == 1  # now this window's copy, until saved
    assert window.save()
    assert recovery_files() == []
    assert "Typed before the crash" in [c.text for c in load_project(map_file).journeys[0].cards]


def test_the_time_of_a_copy_says_the_day_and_how_long_ago_in_words() -> None:
    now = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    assert describe_time(now - timedelta(seconds=30), now).endswith("(less than a minute ago)")
    assert describe_time(now - timedelta(minutes=1), now).endswith("(1 minute ago)")
    assert describe_time(now - timedelta(minutes=5), now).endswith("(5 minutes ago)")
    assert describe_time(now - timedelta(hours=3), now).endswith("(3 hours ago)")
    earlier = describe_time(now - timedelta(days=9), now)
    assert earlier.startswith("at ") and " on " in earlier and earlier.endswith("(9 days ago)")
    assert "2025" in earlier  # the date is written out


def test_several_crashed_maps_each_get_a_window(
    qtbot: QtBot, windows: list[MainWindow], answers: dict[str, list]
) -> None:
    crash_with_unsaved_map(None, "First")
    crash_with_unsaved_map(None, "Second")
    window = open_window(windows)
    answers["replies"] += [Button.Yes, Button.Yes]
    assert offer_recovery(window, lambda: open_window(windows)) == 2
    texts = sorted(
        card.text
        for w in windows
        if w.document is not None
        for card in w.document.project.journeys[0].cards
    )
    assert texts == ["First", "Second"]
    assert all(w.document is not None and w.document.is_modified() for w in windows)


def test_discard_removes_the_copy_and_not_now_keeps_it(
    windows: list[MainWindow], answers: dict[str, list]
) -> None:
    crash_with_unsaved_map(None, "Keep for later")
    window = open_window(windows)
    answers["replies"].append(Button.Cancel)  # "Not Now"
    assert offer_recovery(window, lambda: open_window(windows)) == 0
    assert len(recovery_files()) == 1
    answers["replies"].append(Button.Discard)
    assert offer_recovery(window, lambda: open_window(windows)) == 0
    assert recovery_files() == []


def test_a_map_open_in_another_journeydesk_is_offered_read_only(
    qtbot: QtBot,
    windows: list[MainWindow],
    map_file: Path,
    tmp_path: Path,
    answers: dict[str, list],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from journeydesk.model.lock import ProjectLock;"
            f"lock = ProjectLock.try_acquire({str(map_file)!r}); print('locked', flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        answers["replies"].append(Button.Yes)  # "Open Read-Only"
        window = open_window(windows, map_file)
        assert "already open in JourneyDesk" in answers["question"][0]
        assert window.document is not None and window.document.read_only
        assert "(read-only)" in window.windowTitle()
        add_card(window, "Mine")
        copy = tmp_path / "my copy.journey"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(copy), ""))
        assert window.save()  # Save asks for a new name: the other's file is untouched
        assert [c.text for c in load_project(copy).journeys[0].cards] == ["Mine"]
        assert load_project(map_file).journeys[0].cards == []
        assert not window.document.read_only
    finally:
        holder.communicate("", timeout=10)


def test_closing_releases_the_lock(windows: list[MainWindow], map_file: Path) -> None:
    window = open_window(windows, map_file)
    lock = map_file.parent / f".~lock.{map_file.name}#"
    assert lock.exists()
    window.close()
    assert not lock.exists()


def test_the_recovered_map_replaces_its_own_file_when_it_is_open_unchanged(
    windows: list[MainWindow], map_file: Path, answers: dict[str, list]
) -> None:
    crash_with_unsaved_map(map_file, "Typed before the crash")
    window = open_window(windows, map_file)  # as after `journeydesk workshop.journey`
    answers["replies"].append(Button.Yes)
    assert offer_recovery(window, lambda: open_window(windows)) == 1
    assert len(windows) == 1  # not the same file in a second window
    assert window.document is not None and window.document.is_modified()
    assert [c.text for c in window.document.project.journeys[0].cards] == ["Typed before the crash"]


def test_a_map_open_in_one_window_is_not_opened_in_a_second(
    qtbot: QtBot, windows: list[MainWindow], map_file: Path
) -> None:
    first = open_window(windows, map_file)
    first.show()
    second = open_window(windows)
    second.show()
    assert not second.open_path(map_file)  # the first window is brought forward instead
    assert second.document is not None and second.document.path is None


def test_text_being_typed_is_in_the_recovery_copy(
    qtbot: QtBot, fast_autosave: None, windows: list[MainWindow], map_file: Path
) -> None:
    from PySide6.QtCore import Qt

    window = open_window(windows, map_file)
    window.show()
    view = window.map_tabs.current_view()
    assert view is not None
    journey = view.journey_scene.journey
    view.editor.begin_new_card((journey.lanes[1].id, journey.stages[2].id))
    qtbot.keyClicks(view.viewport(), "A long thought, still being typed")
    qtbot.waitUntil(lambda: len(recovery_files()) == 1, timeout=5000)
    copy = load_project(recovery_files()[0]).journeys[0]
    typed = [c for c in copy.cards if c.text == "A long thought, still being typed"]
    assert [(c.lane_id, c.stage_id) for c in typed] == [(journey.lanes[1].id, journey.stages[2].id)]
    assert journey.cards == []  # the map itself is not touched until Enter
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)  # cancelled: the copy goes too
    qtbot.waitUntil(lambda: recovery_files() == [], timeout=5000)
