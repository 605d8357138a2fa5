"""The workshop timer on screen: a small button for the editor, a large display for the room.

Both only show a ``WorkshopTimer`` and call it; they hold no time of their own, so the editor's
button and the presentation's display always agree.

A click on the button opens its menu, whatever the timer is doing. A click that paused or
stopped the countdown would be easy to make by accident in the middle of a group activity,
and nobody in the room would notice; Pause is one item away in the menu instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QSizePolicy, QToolButton, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.resources import resource_path
from journeydesk.ui.settings import DEFAULT_TIMER_PRESETS, MAX_TIMER_SECONDS
from journeydesk.ui.workshop_timer import TimerState, WorkshopTimer

#: How many custom times the menu remembers besides the default presets (the newest kept).
MAX_CUSTOM_PRESETS = 4
#: The alarm colour of both widgets at zero: white reads on it at 7.3:1.
FLASH_RED = "#b00020"
#: The display's colours: white digits on near-black read at 18.9:1, amber at 11.3:1.
BACKGROUND = "#111111"
DIGITS = "#ffffff"
CAPTION = "#fbbf24"
BAR_TRACK = "#3a3a3a"
BAR_FILL = "#60a5fa"
#: The height of the display's capital letters and digits at scale 1, in pixels.
DEFAULT_CAP_HEIGHT = 72.0

_TIME = r"(?:(\d{1,2}):)?(\d{1,3}):(\d{2})|(\d{1,3})(?:[.,](\d{1,2}))?"


class WorkshopTimerText(Translatable):
    """Texts of the timer's functions: presets in words, the custom time's question."""


def prompt() -> str:
    """The question for a custom time, with examples of what may be typed."""
    return WorkshopTimerText.tr(
        "How long? Type minutes, such as 7, or minutes and seconds, such as 2:30."
    )


def preset_label(seconds: int) -> str:
    """A preset as the menu says it: "1 minute", "2 minutes 30 seconds", "1 hour 5 minutes"."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        *([WorkshopTimerText.tr("%n hour(s)", "", hours)] if hours else []),
        *([WorkshopTimerText.tr("%n minute(s)", "", minutes)] if minutes else []),
        *([WorkshopTimerText.tr("%n second(s)", "", secs)] if secs else []),
    ]
    if not parts:
        return WorkshopTimerText.tr("%n second(s)", "", 0)
    label = parts[0]
    for part in parts[1:]:
        label = arg(WorkshopTimerText.tr("%1 %2", "a time in words: 1 hour 5 minutes"), label, part)
    return label


def parse_duration(text: str) -> int:
    """Seconds from a facilitator's "7", "2:30", "1:05:00" or "2.5" (minutes).

    Raises ValueError with a sentence to show when the text is not a usable time.
    """
    match = re.fullmatch(_TIME, text.strip())  # (compiled on first use, then cached by re)
    if match is None:
        raise ValueError(WorkshopTimerText.tr("That is not a time the timer understands."))
    hours, minutes, secs, whole, fraction = match.groups()
    if whole is not None:
        seconds = round((int(whole) + float(f"0.{fraction or 0}")) * 60)
    elif int(secs) >= 60:
        raise ValueError(WorkshopTimerText.tr("Seconds go up to 59: for 90 seconds, type 1:30."))
    else:
        seconds = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if seconds < 1:
        raise ValueError(WorkshopTimerText.tr("The timer needs a time longer than zero."))
    if seconds > MAX_TIMER_SECONDS:
        longest = preset_label(MAX_TIMER_SECONDS)
        raise ValueError(arg(WorkshopTimerText.tr("The timer runs for %1 at the most."), longest))
    return seconds


def ask_custom_time(parent: QWidget | None) -> int | None:
    """Ask for a custom time until it is usable or cancelled; return seconds, or None."""
    question = prompt()
    label, text = question, ""
    while True:
        text, accepted = QInputDialog.getText(
            parent, WorkshopTimerText.tr("Custom Timer"), label, QLineEdit.EchoMode.Normal, text
        )
        if not accepted:
            return None
        try:
            return parse_duration(text)
        except ValueError as problem:
            # The typed text stays in the box; only our own sentence goes in the label.
            label = f"{problem}\n\n{question}"


class TimerButton(QToolButton):
    """The small timer of the editor: its time on the button, everything else in its menu."""

    #: Fires with the new presets (seconds, sorted) when a custom time was remembered.
    presets_changed = Signal(list)

    def __init__(
        self, timer: WorkshopTimer, presets: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.timer = timer
        self._presets = sorted(set(presets))
        # Custom times, oldest first: a new one pushes out the oldest beyond MAX_CUSTOM_PRESETS.
        self._customs = [p for p in self._presets if p not in DEFAULT_TIMER_PRESETS]
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Workshop timer"))
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Workshop timer"))
        self._preset_actions: list[QAction] = []
        self.custom_action = menu.addAction(self.tr("Custom…"), self.start_custom)
        self.custom_action.setStatusTip(self.tr("Count down a time you type"))
        menu.addSeparator()
        self.pause_action = menu.addAction(self.tr("Pause"), self.timer.toggle_pause)
        self.pause_action.setStatusTip(self.tr("Hold the countdown, or go on counting"))
        self.add_minute_action = menu.addAction(self.tr("Add a Minute"), self.timer.add_minute)
        self.add_minute_action.setStatusTip(self.tr("Give the countdown one more minute"))
        self.stop_action = menu.addAction(self.tr("Stop"), self.timer.stop)
        self.stop_action.setStatusTip(self.tr("End the countdown"))
        self.setMenu(menu)
        self._fill_presets()
        timer.changed.connect(self._show)
        self._show()

    @property
    def presets(self) -> list[int]:
        """The presets the menu offers, in seconds, shortest first."""
        return list(self._presets)

    def set_presets(self, presets: Sequence[int]) -> None:
        """Offer ``presets`` (from another button of the same timer, say); emits nothing."""
        presets = sorted(set(presets))
        self._customs = [
            *(c for c in self._customs if c in presets),
            *(p for p in presets if p not in DEFAULT_TIMER_PRESETS and p not in self._customs),
        ]
        if presets != self._presets:
            self._presets = presets
            self._fill_presets()

    def start_preset(self, seconds: int) -> None:
        """Start a countdown of ``seconds``, remembering it when it is a custom time."""
        self.timer.start(seconds)
        self._remember(seconds)

    @Slot()
    def start_custom(self) -> None:
        """Ask for a time and start it (nothing happens when the question is cancelled)."""
        seconds = ask_custom_time(self.window())
        if seconds is not None:
            self.start_preset(seconds)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest time it shows, so the bar does not jump as it counts."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        template = "00:00:00" if self.timer.total >= 3600 else "00:00"
        widest = arg(self.tr("%1 paused"), template)
        extra = metrics.horizontalAdvance(widest) - metrics.horizontalAdvance(self.text())
        # A little air between the text and the menu's arrow, which Qt draws close to it.
        return QSize(hint.width() + max(0, extra) + 8, hint.height())

    def _fill_presets(self) -> None:
        menu = self.menu()
        for action in self._preset_actions:
            menu.removeAction(action)
            action.deleteLater()
        self._preset_actions = []
        for seconds in self._presets:
            label = preset_label(seconds)
            action = QAction(label, menu)
            action.setStatusTip(arg(self.tr("Count down %1"), label))
            action.triggered.connect(lambda _checked=False, s=seconds: self.start_preset(s))
            menu.insertAction(self.custom_action, action)
            self._preset_actions.append(action)

    def _remember(self, seconds: int) -> None:
        if seconds in DEFAULT_TIMER_PRESETS:
            return
        self._customs = [*(c for c in self._customs if c != seconds), seconds]
        del self._customs[:-MAX_CUSTOM_PRESETS]
        presets = sorted({*DEFAULT_TIMER_PRESETS, *self._customs})
        if presets != self._presets:
            self._presets = presets
            self._fill_presets()
            self.presets_changed.emit(self.presets)

    @Slot()
    def _show(self) -> None:
        state = self.timer.state
        if state is TimerState.IDLE:
            text, tip = self.tr("Timer"), self.tr("Workshop timer: start a countdown")
        elif state is TimerState.PAUSED:
            text, tip = (
                arg(self.tr("%1 paused"), self.timer.text),
                self.tr("Workshop timer: paused"),
            )
        elif state is TimerState.FINISHED:
            text, tip = self.timer.text, self.tr("Workshop timer: time is up")
        else:
            text, tip = self.timer.text, arg(self.tr("Workshop timer: %1 left"), self.timer.text)
        if text != self.text():
            self.setText(text)
            self.setToolTip(tip)
            self.setAccessibleDescription(tip)
            self.updateGeometry()
        flash = (
            f"QToolButton {{ background: {FLASH_RED if self.timer.flash_on else 'transparent'};"
            f" color: {'#ffffff' if self.timer.flash_on else 'palette(button-text)'};"
            " border-radius: 3px; padding: 2px 6px; }"
            if self.timer.flashing
            else ""
        )
        if flash != self.styleSheet():
            self.setStyleSheet(flash)
        self.pause_action.setText(
            self.tr("Resume") if state is TimerState.PAUSED else self.tr("Pause")
        )
        self.pause_action.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED))
        self.add_minute_action.setEnabled(state is not TimerState.IDLE)
        self.stop_action.setEnabled(state is not TimerState.IDLE)


@cache
def _digits_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "NotoSans-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "Sans Serif"


def _font(pixel_size: float) -> QFont:
    font = QFont(_digits_family())
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(True)
    font.setFeature(QFont.Tag("tnum"), 1)  # every digit as wide: the time does not wobble
    return font


class TimerDisplay(QWidget):
    """The large timer for the room: big white digits on near-black, a bar of the time left.

    The digits grow with the widget; ``set_scale`` sets the size it asks for (at scale 1 the
    digits stand 72 pixels tall). Paused, it says so in words; at zero it flashes red.
    """

    #: Proportions of the block, in cap heights: padding, gaps, bar and caption.
    _PAD, _GAP, _BAR, _CAPTION = 0.45, 0.35, 0.12, 0.42

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self._scale = 1.0
        self._hours = False
        self.setAccessibleName(self.tr("Workshop timer"))
        self.setAccessibleDescription(self.tr("No countdown"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        timer.changed.connect(self._on_changed)

    @property
    def scale(self) -> float:
        """How large the display asks to be, 1 being digits 72 pixels tall."""
        return self._scale

    def set_scale(self, scale: float) -> None:
        """Ask for a size ``scale`` times the default (the owner resizes to the hint)."""
        self._scale = max(0.25, scale)
        self.updateGeometry()
        self.update()

    def caption(self) -> str:
        """The words under the time: what the room should know besides the digits."""
        if self.timer.state is TimerState.PAUSED:
            return self.tr("PAUSED")
        if self.timer.state is TimerState.FINISHED:
            return self.tr("TIME IS UP")
        return ""

    def description(self) -> str:
        """What a screen reader says about the display: the time left, in words where needed."""
        state = self.timer.state
        if state is TimerState.IDLE:
            return self.tr("No countdown")
        if state is TimerState.PAUSED:
            return arg(self.tr("Paused with %1 left"), self.timer.text)
        if state is TimerState.FINISHED:
            return self.tr("Time is up")
        return arg(self.tr("%1 left"), self.timer.text)

    def sizeHint(self) -> QSize:
        """The size at the current scale, digits and all, with room for a caption."""
        width, height = self._block_size(DEFAULT_CAP_HEIGHT * self._scale)
        return QSize(round(width + 0.5), round(height + 0.5))

    def minimumSizeHint(self) -> QSize:
        """Small enough to share a screen, large enough to read."""
        width, height = self._block_size(DEFAULT_CAP_HEIGHT / 3)
        return QSize(round(width), round(height))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the background, the time, the bar of time left and the caption."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        flash = self.timer.flash_on
        radius = min(24.0, min(self.width(), self.height()) * 0.08)
        painter.setBrush(QColor(FLASH_RED if flash else BACKGROUND))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        cap = self._cap_for(self.width(), self.height())
        caption = self.caption()
        block = cap * (1 + self._GAP + self._BAR)
        if caption:
            block += cap * (self._GAP + self._CAPTION)
        baseline = (self.height() - block) / 2 + cap
        digits = _font(cap / _cap_ratio())
        self._draw_centred(painter, digits, DIGITS, baseline, self.timer.text)
        bar_top = baseline + cap * self._GAP
        bar_width = QFontMetricsF(digits).horizontalAdvance(self._template())
        bar = QRectF((self.width() - bar_width) / 2, bar_top, bar_width, cap * self._BAR)
        self._draw_bar(painter, bar, flash)
        if caption:
            font = _font(cap * self._CAPTION / _cap_ratio())
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
            baseline = bar.bottom() + cap * (self._GAP + self._CAPTION)
            self._draw_centred(painter, font, DIGITS if flash else CAPTION, baseline, caption)
        painter.end()

    # Inside.

    def _draw_centred(
        self, painter: QPainter, font: QFont, colour: str, baseline: float, text: str
    ) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        width = QFontMetricsF(font).horizontalAdvance(text)
        painter.drawText(QPointF((self.width() - width) / 2, baseline), text)

    def _draw_bar(self, painter: QPainter, bar: QRectF, flash: bool) -> None:
        # The track, then what is left of the time from the left end.
        radius = bar.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(DIGITS if flash else BAR_TRACK))
        painter.drawRoundedRect(bar, radius, radius)
        left = bar.adjusted(0, 0, -bar.width() * (1 - self.timer.progress), 0)
        if left.width() > 0:
            paused = self.timer.state is TimerState.PAUSED
            painter.setBrush(QColor(CAPTION if paused else BAR_FILL))
            painter.drawRoundedRect(left, radius, radius)

    def _template(self) -> str:
        # The widest time this countdown shows, so the digits keep one size as they count.
        return "0:00:00" if self._hours else "00:00"

    def _block_size(self, cap: float) -> tuple[float, float]:
        metrics = QFontMetricsF(_font(cap / _cap_ratio()))
        pad = cap * self._PAD
        width = metrics.horizontalAdvance(self._template()) + 2 * pad
        height = cap * (1 + 2 * self._GAP + self._BAR + self._CAPTION) + 2 * pad
        return width, height

    def _cap_for(self, width: float, height: float) -> float:
        # Everything is in proportion to the cap height: find the largest that fits.
        reference = 100.0
        ref_width, ref_height = self._block_size(reference)
        return reference * min(width / ref_width, height / ref_height)

    @Slot()
    def _on_changed(self) -> None:
        hours = self.timer.total >= 3600
        if hours != self._hours:
            self._hours = hours
            self.updateGeometry()
        description = self.description()
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        self.update()


@cache
def _cap_ratio() -> float:
    """The cap height of the digits' font as a share of its pixel size."""
    metrics = QFontMetricsF(_font(1000))
    return metrics.capHeight() / 1000
