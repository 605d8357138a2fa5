"""The workshop timer: a countdown on a fake clock, its button and menu, its display's pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.layout.contrast import contrast_ratio
from journeydesk.ui.settings import DEFAULT_TIMER_PRESETS, Settings
from journeydesk.ui.timer_widgets import (
    BACKGROUND,
    CAPTION,
    DIGITS,
    FLASH_RED,
    TimerButton,
    TimerDisplay,
    parse_duration,
    preset_label,
)
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


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("7", 420), (" 2:30 ", 150), ("1:05:00", 3900), ("2.5", 150), ("0,5", 30), ("0:45", 45)],
)
def test_custom_times_are_read_in_minutes_or_minutes_and_seconds(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("soon", "not a time"),
        ("", "not a time"),
        ("-5", "not a time"),
        ("1:75", "Seconds go up to 59"),
        ("0", "longer than zero"),
        ("600", "at the most"),
    ],
)
def test_unusable_custom_times_are_explained(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_duration(text)


def test_presets_are_named_in_words() -> None:
    assert [preset_label(p) for p in (60, 180, 150, 45, 3600, 3900)] == [
        "1 minute",
        "3 minutes",
        "2 minutes 30 seconds",
        "45 seconds",
        "1 hour",
        "1 hour 5 minutes",
    ]


@pytest.fixture
def button(qtbot: QtBot, timer: WorkshopTimer) -> TimerButton:
    widget = TimerButton(timer, list(DEFAULT_TIMER_PRESETS))
    qtbot.addWidget(widget)
    return widget


def menu_action(button: TimerButton, text: str) -> QAction:
    return next(a for a in button.menu().actions() if a.text() == text)


def test_the_menu_starts_pauses_extends_and_stops_the_countdown(
    button: TimerButton, timer: WorkshopTimer, clock: FakeClock
) -> None:
    names = [a.text() for a in button.menu().actions() if not a.isSeparator()]
    assert names == [
        *("1 minute", "3 minutes", "5 minutes", "10 minutes", "Custom…"),
        *("Pause", "Add a Minute", "Stop"),
    ]
    assert button.text() == "Timer" and not menu_action(button, "Stop").isEnabled()
    assert button.popupMode() is TimerButton.ToolButtonPopupMode.InstantPopup

    menu_action(button, "3 minutes").trigger()
    tick(timer, clock, 1.2)
    assert button.text() == "2:59" and timer.total == 180
    menu_action(button, "Pause").trigger()
    assert button.text() == "2:59 paused" and timer.state is TimerState.PAUSED
    menu_action(button, "Resume").trigger()
    menu_action(button, "Add a Minute").trigger()
    assert button.text() == "3:59"
    menu_action(button, "Stop").trigger()
    assert button.text() == "Timer" and timer.state is TimerState.IDLE
    assert not menu_action(button, "Pause").isEnabled()


def test_the_button_turns_red_in_step_with_the_flash(
    button: TimerButton, timer: WorkshopTimer, clock: FakeClock, alerts: list
) -> None:
    timer.start(60)
    tick(timer, clock, 60)
    assert button.text() == "0:00" and FLASH_RED in button.styleSheet()
    tick(timer, clock, 0.6)
    assert button.styleSheet() and FLASH_RED not in button.styleSheet()
    tick(timer, clock, FLASH_SECONDS)
    assert button.text() == "0:00" and button.styleSheet() == ""


def test_a_click_on_the_button_opens_the_menu_and_a_click_on_a_preset_starts_it(
    qtbot: QtBot, button: TimerButton, timer: WorkshopTimer
) -> None:
    button.show()
    qtbot.waitExposed(button)
    menu = button.menu()
    assert isinstance(menu, QMenu)

    def choose() -> None:
        # The menu runs its own event loop: click its item once it is on screen.
        assert menu.isVisible()
        target = menu_action(button, "5 minutes")
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(target).center())

    menu.aboutToShow.connect(lambda: QTimer.singleShot(0, choose))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert timer.state is TimerState.RUNNING and timer.total == 300
    assert button.text() == "5:00"


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Answer the Custom Timer question with the queued replies; record its labels."""
    record: dict[str, list] = {"replies": [], "labels": []}

    def get_text(_parent: QWidget, title: str, label: str, *_args: object) -> tuple[str, bool]:
        assert title == "Custom Timer"
        record["labels"].append(label)
        return record["replies"].pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return record


def test_custom_asks_again_with_a_reason_and_remembers_the_time(
    button: TimerButton, timer: WorkshopTimer, typed: dict[str, list]
) -> None:
    saved: list[list[int]] = []
    button.presets_changed.connect(saved.append)
    typed["replies"] = [("two minutes", True), ("2:30", True)]
    menu_action(button, "Custom…").trigger()
    assert len(typed["labels"]) == 2 and "not a time" in typed["labels"][1]
    assert timer.text == "2:30" and timer.state is TimerState.RUNNING
    assert saved == [[60, 150, 180, 300, 600]] and button.presets == saved[0]
    assert menu_action(button, "2 minutes 30 seconds").isEnabled()

    typed["replies"] = [("9", False)]
    menu_action(button, "Custom…").trigger()
    assert timer.total == 150 and len(saved) == 1  # cancelled: nothing changed


def test_custom_presets_are_saved_in_the_settings_and_come_back(
    qtbot: QtBot, timer: WorkshopTimer, typed: dict[str, list]
) -> None:
    settings = Settings.shared()
    assert settings.timer_presets == list(DEFAULT_TIMER_PRESETS)
    button = TimerButton(timer, settings.timer_presets)
    qtbot.addWidget(button)

    def save(presets: list[int]) -> None:
        settings.timer_presets = presets
        settings.save()

    button.presets_changed.connect(save)
    for minutes in ("2", "4", "7", "15", "20"):
        typed["replies"].append((minutes, True))
        menu_action(button, "Custom…").trigger()
    typed["replies"].append(("5", True))
    menu_action(button, "Custom…").trigger()  # a default is not a custom time
    # The defaults stay; of five custom times, the newest four are kept.
    assert Settings.load().timer_presets == [60, 180, 240, 300, 420, 600, 900, 1200]

    again = TimerButton(WorkshopTimer(clock=FakeClock()), Settings.load().timer_presets)
    qtbot.addWidget(again)
    assert menu_action(again, "7 minutes").text() == "7 minutes"
    assert not any(a.text() == "2 minutes" for a in again.menu().actions())


def test_settings_keep_only_usable_presets() -> None:
    assert Settings(timer_presets=[300, 0, 60, 60, 36000, 30]).timer_presets == [30, 60, 300]
    assert Settings(timer_presets=[]).timer_presets == list(DEFAULT_TIMER_PRESETS)
    assert len(Settings(timer_presets=list(range(1, 20))).timer_presets) == 8


# The large display, measured from its pixels.


def rendered(display: TimerDisplay, width: int, height: int) -> QImage:
    display.resize(width, height)
    return display.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def rows_with(image: QImage, colour: str) -> list[int]:
    """The rows of ``image`` holding at least one pixel of exactly ``colour``."""
    pixel = QColor(colour).rgb().to_bytes(4, "little")  # RGB32 is B, G, R, 0xff in memory
    data = bytes(image.constBits())
    stride, width = image.bytesPerLine(), image.width() * 4
    found = []
    for y in range(image.height()):
        start = y * stride
        at = data.find(pixel, start, start + width)
        while at != -1 and (at - start) % 4:
            at = data.find(pixel, at + 1, start + width)
        if at != -1:
            found.append(y)
    return found


def tallest_run(rows: list[int]) -> int:
    best = run = 0
    for before, row in zip([None, *rows], rows, strict=False):
        run = run + 1 if before is not None and row == before + 1 else 1
        best = max(best, run)
    return best


@pytest.fixture
def display(qtbot: QtBot, timer: WorkshopTimer) -> TimerDisplay:
    widget = TimerDisplay(timer)
    qtbot.addWidget(widget)
    return widget


def test_the_digits_stand_at_least_60_pixels_tall_in_high_contrast(
    display: TimerDisplay, timer: WorkshopTimer, clock: FakeClock
) -> None:
    timer.start(300)
    tick(timer, clock, 1)
    hint = display.sizeHint()
    small = rendered(display, hint.width(), hint.height())
    assert tallest_run(rows_with(small, DIGITS)) >= 60
    full = rendered(display, 1920, 1080)
    digits = tallest_run(rows_with(full, DIGITS))
    assert digits >= 60 * 5  # the room gets the whole screen's worth
    assert full.pixelColor(960, 20) == QColor(BACKGROUND)
    assert contrast_ratio(DIGITS, BACKGROUND) >= 7
    assert contrast_ratio(CAPTION, BACKGROUND) >= 7
    assert contrast_ratio(DIGITS, FLASH_RED) >= 7


def test_the_display_grows_with_its_scale(display: TimerDisplay) -> None:
    hint = display.sizeHint()
    display.set_scale(2)
    assert display.sizeHint().width() >= 2 * hint.width() - 2
    assert display.sizeHint().height() >= 2 * hint.height() - 2


def test_paused_is_written_on_the_display(
    display: TimerDisplay, timer: WorkshopTimer, clock: FakeClock
) -> None:
    timer.start(180)
    assert not rows_with(rendered(display, 640, 360), CAPTION)
    timer.pause()
    assert display.caption() == "PAUSED"
    caption_rows = rows_with(rendered(display, 640, 360), CAPTION)
    assert tallest_run(caption_rows) >= 10


def test_the_display_flashes_red_at_zero(
    display: TimerDisplay, timer: WorkshopTimer, clock: FakeClock, alerts: list
) -> None:
    timer.start(60)
    tick(timer, clock, 61)
    assert timer.flash_on
    image = rendered(display, 1280, 720)
    assert image.pixelColor(640, 30) == QColor(FLASH_RED)
    assert tallest_run(rows_with(image, DIGITS)) >= 60
    tick(timer, clock, 0.5)
    assert not timer.flash_on
    image = rendered(display, 1280, 720)
    assert image.pixelColor(640, 30) == QColor(BACKGROUND)
    assert not rows_with(image, FLASH_RED)


def test_two_buttons_of_one_timer_can_share_their_presets(
    qtbot: QtBot, button: TimerButton, timer: WorkshopTimer, typed: dict[str, list]
) -> None:
    other = TimerButton(timer, list(DEFAULT_TIMER_PRESETS))
    qtbot.addWidget(other)
    button.presets_changed.connect(other.set_presets)
    typed["replies"] = [("8", True)]
    menu_action(button, "Custom…").trigger()
    assert other.presets == [60, 180, 300, 480, 600]
    menu_action(other, "8 minutes").trigger()
    assert timer.total == 480 and other.text() == button.text() == "8:00"
