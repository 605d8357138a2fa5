"""The workshop timer: one countdown per window, shown small in the editor and large on show.

Time is read from an injectable clock (``time.monotonic`` by default), so a test can move it
by hand; a ``QTimer`` only prompts a look at the clock, four times a second while the
countdown runs or the display flashes, and not at all when idle or paused. Reaching zero
flashes the displays for a while and asks the desktop to draw attention to the windows
(``QApplication.alert``); nothing modal ever opens, so editing goes on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

#: How often the clock is looked at while the timer runs or flashes, in milliseconds.
TICK_MS = 250
#: How long the displays flash after zero, in seconds.
FLASH_SECONDS = 10.0
#: How long each flash phase (on, then off) lasts, in seconds: two toggles a second.
FLASH_PHASE_SECONDS = 0.5
#: What "Add a Minute" adds, in seconds.
MINUTE = 60

Clock = Callable[[], float]
AlertWidgets = Sequence[QWidget] | Callable[[], Sequence[QWidget]]


class TimerState(Enum):
    """Where a countdown is: not started, counting, held, or at zero."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


def format_seconds(seconds: float) -> str:
    """``seconds`` as a clock shows them: "4:59", "12:00", "1:05:00" (whole seconds, up)."""
    whole = max(0, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class WorkshopTimer(QObject):
    """A countdown for a workshop activity: start, pause, resume, add a minute, stop."""

    #: Fires on every visible change: a tick while running, pause, resume, +1 min, stop,
    #: zero, and each toggle of the flash.
    changed = Signal()
    #: Fires once when the countdown reaches zero.
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        alert_widgets: AlertWidgets | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        #: The windows to alert at zero; by default the parent, when it is a widget.
        self.alert_widgets: AlertWidgets = (
            alert_widgets
            if alert_widgets is not None
            else ([parent] if isinstance(parent, QWidget) else [])
        )
        self._state = TimerState.IDLE
        self._total = 0.0
        self._deadline = 0.0  # the clock's time at zero, while running
        self._held = 0.0  # the seconds left, while paused
        self._finished_at = 0.0
        self._flashing = False
        self._flash_on = False
        self._ticker = QTimer(self)
        self._ticker.setObjectName("workshop_timer_ticker")
        self._ticker.setInterval(TICK_MS)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.tick)

    # What the displays read.

    @property
    def state(self) -> TimerState:
        """Where the countdown is."""
        return self._state

    @property
    def is_active(self) -> bool:
        """Whether there is a countdown to show (running, paused or at zero)."""
        return self._state is not TimerState.IDLE

    @property
    def total(self) -> float:
        """The length of the countdown in seconds, minutes added included (0 when idle)."""
        return self._total

    @property
    def remaining(self) -> float:
        """The seconds left, never negative."""
        if self._state is TimerState.RUNNING:
            return max(0.0, self._deadline - self._clock())
        if self._state is TimerState.PAUSED:
            return self._held
        return 0.0

    @property
    def text(self) -> str:
        """The time left as a clock shows it ("4:59", "0:00", "1:05:00")."""
        return format_seconds(self.remaining)

    @property
    def progress(self) -> float:
        """The share of the countdown still left, from 1 (just started) to 0 (at zero)."""
        if self._total <= 0:
            return 0.0
        return min(1.0, self.remaining / self._total)

    @property
    def flashing(self) -> bool:
        """Whether the displays flash (for a while after zero)."""
        return self._flashing

    @property
    def flash_on(self) -> bool:
        """The phase of the flash: True while the displays show their alarm colour."""
        return self._flash_on

    # What the facilitator does.

    def start(self, seconds: float) -> None:
        """Count down ``seconds`` from now, replacing any countdown."""
        if not seconds > 0:
            raise ValueError(f"a countdown needs a time above zero, not {seconds}")
        self._total = float(seconds)
        self._run(float(seconds))

    def pause(self) -> None:
        """Hold the countdown where it is (only while running)."""
        if self._state is not TimerState.RUNNING:
            return
        self._held = self.remaining
        self._state = TimerState.PAUSED
        self._ticker.stop()
        self.changed.emit()

    def resume(self) -> None:
        """Go on counting from where the countdown was held (only while paused)."""
        if self._state is TimerState.PAUSED:
            self._run(self._held)

    def toggle_pause(self) -> None:
        """Pause a running countdown, resume a paused one; otherwise do nothing."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self.resume()

    def add_minute(self) -> None:
        """Give the countdown a minute more; at zero (or idle) count down a new minute."""
        if self._state is TimerState.RUNNING:
            self._deadline += MINUTE
        elif self._state is TimerState.PAUSED:
            self._held += MINUTE
        else:
            self.start(MINUTE)
            return
        self._total += MINUTE
        self.changed.emit()

    def stop(self) -> None:
        """End the countdown (and any flashing); the timer is idle again."""
        if self._state is TimerState.IDLE:
            return
        self._ticker.stop()
        self._state = TimerState.IDLE
        self._total = 0.0
        self._flashing = self._flash_on = False
        self.changed.emit()

    @Slot()
    def tick(self) -> None:
        """Look at the clock: reach zero, or move the flash on, and tell the displays."""
        if self._state is TimerState.RUNNING:
            if self._deadline - self._clock() <= 0:
                self._finish()
            else:
                self.changed.emit()
        elif self._state is TimerState.FINISHED and self._flashing:
            self._update_flash()
        else:
            self._ticker.stop()

    # Inside.

    def _run(self, seconds: float) -> None:
        self._deadline = self._clock() + seconds
        self._state = TimerState.RUNNING
        self._flashing = self._flash_on = False
        self._ticker.start()
        self.changed.emit()

    def _finish(self) -> None:
        self._state = TimerState.FINISHED
        self._finished_at = self._clock()
        self._flashing = self._flash_on = True
        self.changed.emit()
        self._alert()
        self.finished.emit()

    def _update_flash(self) -> None:
        elapsed = self._clock() - self._finished_at
        if elapsed >= FLASH_SECONDS:
            self._flashing = self._flash_on = False
            self._ticker.stop()
            self.changed.emit()
            return
        flash_on = int(elapsed / FLASH_PHASE_SECONDS) % 2 == 0
        if flash_on != self._flash_on:
            self._flash_on = flash_on
            self.changed.emit()

    def _alert(self) -> None:
        widgets = self.alert_widgets() if callable(self.alert_widgets) else self.alert_widgets
        for widget in widgets:
            if not isValid(widget):
                continue  # a window closed since it was given
            # 0: until the window is activated; a request to the desktop, never a dialog.
            QApplication.alert(widget, 0)
