"""Scripted sessions with the real app under X, driven by ``xdotool`` as a person would.

The app runs in its own process (``session_driver.py``, which goes through ``run_app``);
``xdotool`` moves the real pointer, double-clicks cells, types and presses shortcuts. Every card
must be on screen and in the file, and nothing may be printed on stderr.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES

DRIVER = Path(__file__).with_name("session_driver.py")
pytestmark = pytest.mark.skipif(
    shutil.which("xdotool") is None or shutil.which("import") is None,
    reason="xdotool and ImageMagick's import are needed for the scripted sessions",
)


class Session:
    """One running JourneyDesk and the cells it reported."""

    def __init__(self, map_file: Path, log: Path) -> None:
        self.log = log
        self.stderr = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(map_file)],
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=os.environ.copy(),
        )
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        line = self.process.stdout.readline() if ready else ""
        assert line, f"the app did not start within 30 s: {self.errors()}"
        report = json.loads(line)
        self.window: int = report["window"]
        self.cells: dict[str, list[int]] = report["cells"]
        self.palette: list[list[int]] = report["palette"]

    def cell(self, lane: int, stage: int) -> tuple[int, int]:
        x, y = self.cells[f"{lane},{stage}"]
        return x, y

    def errors(self) -> str:
        self.stderr.flush()
        return self.log.read_text(encoding="utf-8")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.stderr.close()


def xdotool(*args: str | int) -> None:
    subprocess.run(["xdotool", *map(str, args)], check=True)


def double_click(x: int, y: int) -> None:
    xdotool("mousemove", "--sync", x, y)
    time.sleep(0.1)
    xdotool("click", "--repeat", 2, "--delay", 80, 1)
    time.sleep(0.3)


def type_text(text: str) -> None:
    xdotool("type", "--delay", 20, text)
    time.sleep(0.2)


def key(name: str) -> None:
    xdotool("key", name)
    time.sleep(0.4)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def screenshot(path: Path) -> QImage:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return QImage(str(path))


def changed_pixels(before: QImage, after: QImage, centre: tuple[int, int]) -> int:
    """How many pixels around ``centre`` (a card's width, two lines high) changed visibly."""
    count = 0
    for x in range(centre[0] - 90, centre[0] + 90, 2):
        for y in range(centre[1] - 40, centre[1] + 20, 2):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 40:
                count += 1
    return count


def card_texts(path: Path) -> list[str]:
    return [card.text for card in load_project(path).journeys[0].cards]


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "session.journey"
    save_project(TEMPLATES["classic"].create_project("Session"), path)
    return path


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[[Path], Session]]:
    sessions: list[Session] = []

    def _start(map_file: Path) -> Session:
        session = Session(map_file, tmp_path / f"stderr-{len(sessions)}.txt")
        sessions.append(session)
        return session

    yield _start
    for session in sessions:
        session.close()


def test_double_click_type_enter_save_and_quit(
    start: Callable[[Path], Session], map_file: Path, tmp_path: Path
) -> None:
    session = start(map_file)
    target = session.cell(0, 1)
    before = screenshot(tmp_path / "before.png")

    double_click(*target)
    type_text("Sees an ad")
    key("Return")
    after = screenshot(tmp_path / "after.png")
    # The card's frame and text: a few hundred of the ~2,700 sampled pixels change.
    assert changed_pixels(before, after, target) > 200, "the new card is not drawn"
    key("Tab")  # types on in the next cell, as a real keyboard sends it
    type_text("Asks a friend")
    key("Return")

    double_click(*session.cell(1, 0))
    type_text("Compares prices")
    key("ctrl+s")  # saved while the editor is still open
    wait_for(lambda: "Compares prices" in card_texts(map_file))
    assert "Sees an ad" in card_texts(map_file)

    double_click(*session.cell(3, 1))
    type_text("Form too long")
    key("ctrl+q")  # asks about the unsaved card; Return answers Save
    key("Return")
    assert session.process.wait(timeout=10) == 0
    assert sorted(card_texts(map_file)) == [
        "Asks a friend",
        "Compares prices",
        "Form too long",
        "Sees an ad",
    ]
    journey = load_project(map_file).journeys[0]
    friend = next(c for c in journey.cards if c.text == "Asks a friend")
    assert (friend.lane_id, friend.stage_id) == (journey.lanes[0].id, journey.stages[2].id)
    assert session.errors() == ""


def test_a_sticky_dragged_from_the_toolbar_becomes_a_card(
    start: Callable[[Path], Session], map_file: Path, tmp_path: Path
) -> None:
    session = start(map_file)
    pink = session.palette[3]  # PALETTE[3] is "#ffc2d1"
    target = session.cell(1, 1)
    before = screenshot(tmp_path / "before.png")
    xdotool("mousemove", "--sync", *pink)
    xdotool("mousedown", 1)
    for step in range(1, 11):  # a hand moves in steps, and Qt starts the drag on the way
        x = pink[0] + (target[0] - pink[0]) * step // 10
        y = pink[1] + (target[1] - pink[1]) * step // 10
        xdotool("mousemove", "--sync", x, y)
        time.sleep(0.05)
    time.sleep(0.2)
    xdotool("mouseup", 1)
    time.sleep(0.4)
    type_text("Dropped here")
    key("Return")
    after = screenshot(tmp_path / "after.png")
    assert changed_pixels(before, after, target) > 200, "the dropped card is not drawn"
    key("ctrl+s")
    wait_for(lambda: card_texts(map_file) == ["Dropped here"])
    journey = load_project(map_file).journeys[0]
    card = journey.cards[0]
    assert (card.lane_id, card.stage_id) == (journey.lanes[1].id, journey.stages[1].id)
    assert card.colour == "#ffc2d1"
    key("ctrl+c")  # cards on the clipboard at exit once crashed the interpreter
    key("ctrl+q")
    assert session.process.wait(timeout=10) == 0
    assert session.errors() == ""


def test_a_killed_app_gives_its_edits_back(
    start: Callable[[Path], Session], map_file: Path
) -> None:
    settings = Path(os.environ["JOURNEYDESK_CONFIG_DIR"]) / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"autosave_seconds": 2}), encoding="utf-8")
    session = start(map_file)
    double_click(*session.cell(0, 0))
    type_text("Typed before the crash")
    key("Return")
    time.sleep(3.5)  # more than one autosave interval
    session.process.send_signal(signal.SIGKILL)
    session.process.wait(timeout=10)
    assert card_texts(map_file) == []  # it was never saved

    again = start(map_file)
    key("Return")  # "Recover Unsaved Map": Recover is the default
    key("ctrl+s")
    wait_for(lambda: card_texts(map_file) == ["Typed before the crash"])
    key("ctrl+q")
    assert again.process.wait(timeout=10) == 0
    assert again.errors() == ""
