"""The workshop timer: a countdown on a fake clock, and its presets in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.ui.settings import DEFAULT_TIMER_PRESETS, Settings
from journeydesk.ui.workshop_timer import (
    FLASH_SECONDS,
    TICK_MS,
    TimerState,
    WorkshopTimer,
    format_seconds,
)


class FakeClock:
    """A clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def timer(window: QWidget, clock: FakeClock) -> WorkshopTimer:
    return WorkshopTimer(window, clock=clock)


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget, int]]:
    record: list[tuple[QWidget, int]] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, ms=0: record.append((widget, ms)))
    return record


def ticker(timer: WorkshopTimer) -> QTimer:
    found = timer.findChild(QTimer, "workshop_timer_ticker")
    assert isinstance(found, QTimer)
    return found


def tick(timer: WorkshopTimer, clock: FakeClock, seconds: float) -> None:
    """Move the clock, then let the timer's own QTimer fire once."""
    clock.advance(seconds)
    ticker(timer).timeout.emit()


def counter(signal: SignalInstance) -> list[int]:
    """A list that grows by one each time ``signal`` fires."""
    fired: list[int] = []
    signal.connect(lambda *_: fired.append(1))
    return fired


def test_a_countdown_follows_the_clock_and_holds_while_paused(
    timer: WorkshopTimer, clock: FakeClock
) -> None:
    changed = counter(timer.changed)
    assert timer.state is TimerState.IDLE and not timer.is_active
    assert not ticker(timer).isActive()
    timer.start(180)
    assert timer.text == "3:00" and timer.state is TimerState.RUNNING
    assert ticker(timer).isActive() and ticker(timer).interval() == TICK_MS
    tick(timer, clock, 30)
    assert timer.text == "2:30" and timer.remaining == pytest.approx(150)
    assert timer.progress == pytest.approx(150 / 180)
    assert len(changed) == 2  # start and the tick

    timer.pause()
    assert timer.state is TimerState.PAUSED and not ticker(timer).isActive()
    clock.advance(100)
    assert timer.text == "2:30" and timer.remaining == pytest.approx(150)
    timer.toggle_pause()
    tick(timer, clock, 10.5)
    assert timer.state is TimerState.RUNNING and timer.text == "2:20"

    timer.add_minute()
    assert timer.text == "3:20" and timer.total == 240
    timer.pause()
    timer.add_minute()
    assert timer.text == "4:20" and timer.state is TimerState.PAUSED
    timer.stop()
    assert timer.state is TimerState.IDLE and not ticker(timer).isActive()
    assert len(changed) == 9  # + pause, resume, tick, +1 min, pause, +1 min, stop


def test_zero_finishes_once_alerts_the_window_and_flashes_for_a_while(
    qtbot: QtBot,
    timer: WorkshopTimer,
    clock: FakeClock,
    window: QWidget,
    alerts: list[tuple[QWidget, int]],
) -> None:
    finished = counter(timer.finished)
    timer.start(5)
    tick(timer, clock, 4)
    assert timer.text == "0:01" and not finished
    with qtbot.waitSignal(timer.finished, timeout=1000):
        tick(timer, clock, 1.5)
    assert alerts == [(window, 0)]
    assert timer.state is TimerState.FINISHED and timer.remaining == 0
    assert timer.text == "0:00" and timer.progress == 0
    assert timer.flashing and timer.flash_on and ticker(timer).isActive()
    assert QApplication.activeModalWidget() is None  # nothing stops the editing

    changed = counter(timer.changed)
    tick(timer, clock, 0.25)
    assert timer.flash_on and not changed  # still the first half second
    tick(timer, clock, 0.3)
    assert not timer.flash_on and len(changed) == 1
    tick(timer, clock, 0.5)
    assert timer.flash_on and len(changed) == 2
    tick(timer, clock, FLASH_SECONDS)
    assert not timer.flashing and not timer.flash_on and not ticker(timer).isActive()
    assert timer.state is TimerState.FINISHED and timer.text == "0:00"
    tick(timer, clock, 60)
    assert len(finished) == 1 and len(alerts) == 1

    timer.add_minute()
    assert timer.state is TimerState.RUNNING and timer.text == "1:00" and timer.total == 60


def test_alert_widgets_can_be_given_as_a_callable(
    qtbot: QtBot, clock: FakeClock, alerts: list[tuple[QWidget, int]]
) -> None:
    first, second = QWidget(), QWidget()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    timer = WorkshopTimer(clock=clock, alert_widgets=lambda: [first, second])
    timer.start(1)
    tick(timer, clock, 2)
    assert alerts == [(first, 0), (second, 0)]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (299.2, "5:00"),
        (299, "4:59"),
        (720, "12:00"),
        (0.4, "0:01"),
        (-3, "0:00"),
        (3900, "1:05:00"),
    ],
)
def test_times_read_as_a_clock_shows_them(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_settings_keep_only_usable_presets() -> None:
    assert Settings(timer_presets=[300, 0, 60, 60, 36000, 30]).timer_presets == [30, 60, 300]
    assert Settings(timer_presets=[]).timer_presets == list(DEFAULT_TIMER_PRESETS)
    assert len(Settings(timer_presets=list(range(1, 20))).timer_presets) == 8
